// The guide as a Markdown handbook.
#include "pw/export.hpp"

#include "export_common.hpp"
#include "pw/lookup.hpp"
#include "pw/routes.hpp"

#include <algorithm>
#include <sstream>

namespace pw {
namespace {

using namespace detail;

class Writer {
  public:
    explicit Writer(const Model& m) : m_(m) {}
    std::string str() const { return out_.str(); }
    std::ostringstream& out() { return out_; }

    // The flag and every citation with its quote, as list items at `indent`.
    void provenance(const Provenance& p, const char* indent = "") {
        if (p.illustrative) out_ << indent << "- *Illustratief:* " << p.illustrative_note << "\n";
        for (const Citation& c : p.citations) {
            out_ << indent << "- Bron: " << citation_text(m_, c);
            if (!c.quote.empty()) out_ << " — “" << c.quote << "”";
            out_ << "\n";
        }
    }

    void flow(const CaseType& ct, const Flow& f) {
        std::vector<std::string> to;
        for (const auto& r : f.to)
            to.push_back(role_with_organisation(m_, r));
        out_ << "- **" << role_with_organisation(m_, f.from) << " → " << join(to, ", ") << "**"
             << (f.provenance.illustrative ? " *(illustratief)*" : "") << "\n";
        if (!f.condition.empty()) out_ << "  - Wanneer: " << f.condition << "\n";
        out_ << "  - Hoe: " << f.description << "\n";
        const Channel* ch = find_by_id(m_.channels, f.channel);
        out_ << "  - Kanaal: " << (ch ? ch->name : f.channel)
             << (ch && !ch->secure ? " (niet geschikt voor persoonsgegevens)" : "") << "\n";
        std::vector<std::string> data;
        for (const auto& d : shared_data(ct, f)) {
            std::string name(data_item_name(m_, d));
            if (std::find(ct.always_shared.begin(), ct.always_shared.end(), d) !=
                ct.always_shared.end())
                name += " (altijd)";
            data.push_back(name);
        }
        out_ << "  - Gegevens: " << join(data, "; ") << "\n";
        out_ << "  - Doel: " << join(f.purposes, " ") << "\n";
        if (!f.systems.empty()) {
            std::vector<std::string> systems;
            for (const auto& s : f.systems)
                systems.emplace_back(system_name(m_, s));
            out_ << "  - Systeem: " << join(systems, ", ") << "\n";
        }
        provenance(f.provenance, "  ");
    }

    void step(const CaseType& ct, const Step& s, int number) {
        out_ << "#### " << number << ". " << s.title << "\n\n";
        out_ << "*" << step_kind_label(s.kind) << "* · `"
             << format_route(Route{Route::Kind::step, ct.id, s.id, {}, {}}) << "`\n\n";
        out_ << "- **Wie:** " << role_with_organisation(m_, s.actor) << "\n";
        out_ << "- **Wat:** " << s.summary << "\n";
        if (!s.question.empty()) out_ << "- **Vraag:** " << s.question << "\n";
        for (const Transition& t : s.next) {
            const Step* target = find_step(ct, t.step);
            out_ << "- **" << (s.kind == StepKind::decision ? "Uitkomst" : "Vervolg") << ":** "
                 << (t.label.empty() ? "" : t.label + " → ") << (target ? target->title : t.step)
                 << "\n";
        }
        if (!s.legal_bases.empty()) {
            std::vector<std::string> bases;
            for (const auto& b : s.legal_bases)
                if (const LegalBasis* lb = find_by_id(m_.legal_bases, b))
                    bases.push_back(lb->reference);
            out_ << "- **Grondslag:** " << join(bases, "; ") << "\n";
        }
        provenance(s.provenance);
        out_ << "\n";
        if (!s.flows.empty()) {
            out_ << "Gegevensstromen:\n\n";
            for (const Flow& f : s.flows)
                flow(ct, f);
            out_ << "\n";
        }
    }

    void case_type(const CaseType& ct) {
        out_ << "### " << ct.title << "\n\n" << ct.summary << "\n\n";
        out_ << "- **Aanleiding:** " << ct.trigger << "\n";
        if (!ct.annex.empty()) out_ << "- **Bijlage:** " << ct.annex << "\n";
        std::vector<std::string> bases, principles;
        for (const auto& b : ct.legal_bases)
            if (const LegalBasis* lb = find_by_id(m_.legal_bases, b))
                bases.push_back(lb->reference + " (" + lb->title + ")");
        for (const auto& p : ct.principles)
            if (const Principle* pr = find_by_id(m_.principles, p)) principles.push_back(pr->title);
        if (!bases.empty()) out_ << "- **Grondslagen:** " << join(bases, "; ") << "\n";
        if (!principles.empty()) out_ << "- **Uitgangspunten:** " << join(principles, "; ") << "\n";
        if (!ct.always_shared.empty()) {
            out_ << "- **Altijd gedeeld:** " << join(always_shared_names(m_, ct), ", ") << "\n";
            provenance(ct.always_shared_basis, "  ");
        }
        provenance(ct.provenance);
        out_ << "\n";
        int n = 0;
        for (const Step* s : steps_in_order(m_, ct))
            step(ct, *s, ++n);
        for (const Example& e : ct.examples) {
            out_ << "#### Voorbeeld: " << e.title << "\n\n" << e.summary << "\n\n";
            for (const ExamplePerson& p : e.persons)
                out_ << "- " << p.name << ": " << p.description
                     << (p.identifier.empty() ? "" : " (" + p.identifier + ")") << "\n";
            out_ << "\n";
            int i = 0;
            for (const ExampleStep& p : e.path) {
                const Step* s = find_step(ct, p.step);
                out_ << ++i << ". **" << (s ? s->title : p.step) << "** — " << p.narrative << "\n";
            }
            out_ << "\n";
            provenance(e.provenance);
            out_ << "\n";
        }
    }

    void role(const Role& r) {
        out_ << "#### " << r.name << "\n\n" << r.description << "\n\n";
        for (const auto& t : r.tasks) {
            out_ << "- Doet: " << t.text << "\n";
            provenance(t.provenance, "  ");
        }
        for (const auto& l : r.limits) {
            out_ << "- Beslist niet: " << l.text << "\n";
            provenance(l.provenance, "  ");
        }
        const RoleDecisionRights rights = decision_rights_for(m_, r.id);
        for (const auto* d : rights.decides)
            out_ << "- Wie beslist wat — wel: " << d->statement << "\n";
        for (const auto* d : rights.does_not_decide)
            out_ << "- Wie beslist wat — niet: " << d->subject << " (" << d->statement << ")\n";
        for (const auto& c : contact_lines(m_, r.id))
            out_ << "- Contact: " << c << "\n";
        std::vector<std::string> where;
        for (const RoleAppearance& a : role_appearances(m_, r.id)) {
            const CaseType* ct = find_case_type(m_, a.case_type);
            const Step* s = ct ? find_step(*ct, a.step) : nullptr;
            if (!s) continue;
            std::vector<std::string> how;
            if (a.acts) how.emplace_back("voert uit");
            if (a.sends) how.emplace_back("stuurt");
            if (a.receives) how.emplace_back("ontvangt");
            where.push_back(ct->short_title + " › " + s->title + " (" + join(how, ", ") + ")");
        }
        if (!where.empty()) out_ << "- Komt voor in: " << join(where, "; ") << "\n";
        provenance(r.provenance);
        out_ << "\n";
    }

    void cards(const std::string& kind) {
        for (const Card& c : m_.cards) {
            if (c.kind != kind) continue;
            out_ << "### " << c.title << "\n\n";
            if (!c.misconception.empty())
                out_ << "**Misvatting:** " << c.misconception << "\n\n**Zo zit het:** ";
            for (const auto& t : c.text)
                out_ << t << "\n\n";
            for (const auto& i : c.items)
                out_ << "- " << i << "\n";
            if (!c.items.empty()) out_ << "\n";
            provenance(c.provenance);
            out_ << "\n";
        }
    }

  private:
    const Model& m_;
    std::ostringstream out_;
};

} // namespace

std::string export_markdown(const Model& m) {
    Writer w(m);
    auto& o = w.out();
    o << "# Protocolwijzer — Handelingsprotocol RvdK, IND en DT&V\n\n"
      << "Een gids voor nieuwe medewerkers van de IND, de DT&V en de RvdK: hoe de drie "
         "organisaties samenwerken rond "
         "kinderen in vreemdelingenprocedures, wie wat doet en beslist, en wie wie informeert, met "
         "welke gegevens, via "
         "welk kanaal en systeem. Elk feit noemt zijn bron. Wat niet in de bronnen staat maar is "
         "toegevoegd om het "
         "geheel te laten lezen, is gemarkeerd als *illustratief*. Voorbeelden gaan over verzonnen "
         "personen.\n\n";
    o << "## Inhoud\n\n1. Wie beslist wat\n2. Zaaktypen\n3. Rollen\n4. Samenwerking en "
         "contactpersonen\n"
         "5. Misvattingen\n6. Terugkeer en vertrek\n7. AVG: grondslagen en uitgangspunten\n"
         "8. Systemen, kanalen en gegevens\n9. Woordenlijst\n10. Bronnen\n\n";

    o << "## 1. Wie beslist wat\n\n";
    for (const DecisionRight& d : m.decision_rights) {
        const Organisation* org = find_organisation(m, d.organisation);
        std::vector<std::string> not_by;
        for (const auto& id : d.not_decided_by)
            if (const Organisation* x = find_organisation(m, id)) not_by.push_back(x->short_name);
        o << "- **" << d.subject << "** — " << (org ? org->short_name : d.organisation) << ": "
          << d.statement;
        if (!not_by.empty()) o << " *Niet:* " << join(not_by, ", ") << ".";
        o << "\n";
        w.provenance(d.provenance, "  ");
    }
    o << "\n";
    w.cards("rolverdeling");

    o << "## 2. Zaaktypen\n\n";
    for (const CaseType& ct : m.case_types)
        w.case_type(ct);

    o << "## 3. Rollen\n\n";
    for (const auto& [org, roles] : roles_by_organisation(m)) {
        o << "### " << org->name << " (" << org->short_name << ")\n\n"
          << org->description << "\n\n";
        w.provenance(org->provenance);
        o << "\n";
        for (const Role* r : roles)
            w.role(*r);
    }

    o << "## 4. Samenwerking en contactpersonen\n\n";
    w.cards("samenwerking");
    o << "### Aantallen contactpersonen Belang van het Kind\n\n| organisatie | aantal | locaties | "
         "stand | toelichting |\n"
         "|---|---|---|---|---|\n";
    for (const ContactPoint& p : m.contact_points) {
        const Organisation* org = find_organisation(m, p.organisation);
        o << "| " << (org ? org->short_name : p.organisation) << " | " << p.count << " | "
          << join(p.locations, ", ") << " | " << p.as_of << " | " << p.note << " |\n";
    }
    o << "\n";
    for (const ContactPoint& p : m.contact_points)
        w.provenance(p.provenance);
    o << "\n## 5. Misvattingen\n\n";
    w.cards("misvatting");
    o << "## 6. Terugkeer en vertrek\n\n";
    w.cards("terugkeer");
    w.cards("achtergrond");

    o << "## 7. AVG: grondslagen en uitgangspunten\n\n### Grondslagen\n\n";
    for (const LegalBasis& b : m.legal_bases) {
        o << "- **" << b.reference << "** — " << b.title << ". " << b.text << "\n";
        w.provenance(b.provenance, "  ");
    }
    o << "\n### Uitgangspunten\n\n";
    for (const Principle& p : m.principles) {
        o << "- **" << p.title << ".** " << p.text << "\n";
        w.provenance(p.provenance, "  ");
    }
    w.cards("avg");

    o << "\n## 8. Systemen, kanalen en gegevens\n\n### Systemen\n\n";
    for (const System& s : m.systems) {
        o << "- **" << s.name << "** — " << s.description << "\n";
        w.provenance(s.provenance, "  ");
    }
    o << "\n### Kanalen\n\n";
    for (const Channel& c : m.channels) {
        o << "- **" << c.name << "** ("
          << (c.secure ? "geschikt voor persoonsgegevens" : "niet geschikt voor persoonsgegevens")
          << ") — " << c.description << "\n";
        w.provenance(c.provenance, "  ");
    }
    o << "\n### Gegevens\n\n";
    for (const DataItem& d : m.data_items) {
        o << "- **" << d.name << "** — " << d.description << "\n";
        w.provenance(d.provenance, "  ");
    }

    o << "\n## 9. Woordenlijst\n\n";
    std::vector<const GlossaryTerm*> terms;
    for (const GlossaryTerm& t : m.glossary)
        terms.push_back(&t);
    std::sort(terms.begin(), terms.end(), [](const GlossaryTerm* a, const GlossaryTerm* b) {
        std::string x = a->term, y = b->term;
        std::transform(x.begin(), x.end(), x.begin(), ::tolower);
        std::transform(y.begin(), y.end(), y.begin(), ::tolower);
        return x < y;
    });
    for (const GlossaryTerm* t : terms) {
        o << "- **" << t->term << "**" << (t->expansion.empty() ? "" : " (" + t->expansion + ")")
          << " — " << t->definition << "\n";
        w.provenance(t->provenance, "  ");
    }

    o << "\n## 10. Bronnen\n\n";
    for (const SourceDocument& s : m.sources) {
        o << "- **" << s.title << "**";
        if (!s.file.empty()) o << " — `" << s.file << "`";
        if (!s.url.empty()) o << " — " << s.url;
        o << ". " << s.description << "\n";
    }
    return w.str();
}

} // namespace pw
