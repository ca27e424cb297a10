// The guide as semantic HTML: the text twin of the app. Anchors are the app's
// deep-link routes ("/proces/kb-maatregel/stap/melding"), so a link works in
// both, and every section links back into the app.
#include "pw/export.hpp"

#include "export_common.hpp"
#include "pw/lookup.hpp"
#include "pw/routes.hpp"

#include <algorithm>
#include <sstream>

namespace pw {
namespace {

using namespace detail;

std::string esc(std::string_view s) {
    return html_escape(s);
}

std::string anchor(const Route& r) {
    return format_route(r).substr(1);
} // "#/x" -> "/x"

class Html {
  public:
    Html(const Model& m, const HtmlExportOptions& o) : m_(m), opt_(o) {}
    std::ostringstream& out() { return out_; }
    std::string str() const { return out_.str(); }

    std::string app_link(const Route& r, const std::string& text = "Open in de gids") {
        return "<a class=\"app-link\" href=\"" + esc(opt_.app_url + format_route(r)) + "\">" +
               esc(text) + "</a>";
    }

    // "Title, locator" and, set off below it, the quote that backs the claim.
    std::string citation(const Citation& c) {
        std::string out = esc(citation_text(m_, c));
        if (!c.quote.empty()) out += "<br><span class=\"quote\">“" + esc(c.quote) + "”</span>";
        return out;
    }

    void sources(const Provenance& p) {
        if (p.illustrative)
            out_ << "<p class=\"illustrative\"><strong>Illustratief:</strong> "
                 << esc(p.illustrative_note) << "</p>\n";
        if (p.citations.empty()) return;
        out_ << "<ul class=\"sources\">";
        for (const Citation& c : p.citations)
            out_ << "<li>Bron: " << citation(c) << "</li>";
        out_ << "</ul>\n";
    }

    std::string citations_inline(const Provenance& p) {
        std::vector<std::string> parts;
        for (const Citation& c : p.citations)
            parts.push_back(citation(c));
        std::string s = join(parts, "; ");
        if (p.illustrative)
            s +=
                " <em class=\"illustrative\">(illustratief: " + esc(p.illustrative_note) + ")</em>";
        return s;
    }

    // A claim in a list, with its sources after it.
    void statement_item(const std::string& text, const Provenance& p) {
        out_ << "<li>" << esc(text) << " <span class=\"source\">(Bron: " << citations_inline(p)
             << ")</span></li>";
    }

    void flows_table(const CaseType& ct, const Step& s) {
        out_ << "<table>\n<caption>Gegevensstromen bij “" << esc(s.title) << "”</caption>\n"
             << "<thead><tr><th scope=\"col\">Wie</th><th scope=\"col\">Wat</th><th "
                "scope=\"col\">Welke gegevens</th>"
                "<th scope=\"col\">Doel</th><th scope=\"col\">Systeem</th><th "
                "scope=\"col\">Bron</th></tr></thead>\n<tbody>\n";
        for (const Flow& f : s.flows) {
            std::vector<std::string> to, data, systems;
            for (const auto& r : f.to)
                to.push_back(esc(role_with_organisation(m_, r)));
            for (const auto& d : shared_data(ct, f))
                data.push_back(esc(std::string(data_item_name(m_, d))));
            for (const auto& sy : f.systems)
                systems.push_back(esc(std::string(system_name(m_, sy))));
            const Channel* ch = find_by_id(m_.channels, f.channel);
            out_ << "<tr><td>" << esc(role_with_organisation(m_, f.from)) << " → " << join(to, ", ")
                 << "<br>via " << esc(ch ? ch->name : f.channel)
                 << (ch && !ch->secure ? " (niet geschikt voor persoonsgegevens)" : "")
                 << "</td><td>" << esc(f.description)
                 << (f.condition.empty() ? "" : "<br><strong>Wanneer:</strong> " + esc(f.condition))
                 << "</td><td><ul>";
            for (const auto& d : data)
                out_ << "<li>" << d << "</li>";
            out_ << "</ul></td><td><ul>";
            for (const auto& p : f.purposes)
                out_ << "<li>" << esc(p) << "</li>";
            out_ << "</ul></td><td>" << join(systems, ", ") << "</td><td>"
                 << citations_inline(f.provenance) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    void step(const CaseType& ct, const Step& s, int n) {
        const Route r{Route::Kind::step, ct.id, s.id, {}, {}};
        out_ << "<section id=\"" << esc(anchor(r)) << "\" class=\"step\">\n<h4>" << n << ". "
             << esc(s.title) << " <span class=\"kind\">(" << step_kind_label(s.kind)
             << ")</span></h4>\n<dl>\n<dt>Wie</dt><dd>" << esc(role_with_organisation(m_, s.actor))
             << "</dd>\n<dt>Wat</dt><dd>" << esc(s.summary) << "</dd>\n";
        if (!s.question.empty()) out_ << "<dt>Vraag</dt><dd>" << esc(s.question) << "</dd>\n";
        if (!s.next.empty()) {
            out_ << "<dt>" << (s.kind == StepKind::decision ? "Uitkomsten" : "Vervolg")
                 << "</dt><dd><ul>";
            for (const Transition& t : s.next) {
                const Step* target = find_step(ct, t.step);
                out_ << "<li>" << (t.label.empty() ? "" : esc(t.label) + ": ") << "<a href=\"#"
                     << esc(anchor(Route{Route::Kind::step, ct.id, t.step, {}, {}})) << "\">"
                     << esc(target ? target->title : t.step) << "</a></li>";
            }
            out_ << "</ul></dd>\n";
        }
        out_ << "</dl>\n";
        if (!s.flows.empty()) flows_table(ct, s);
        sources(s.provenance);
        out_ << "<p>" << app_link(r) << "</p>\n</section>\n";
    }

    void case_type(const CaseType& ct) {
        const Route r{Route::Kind::case_type, ct.id, {}, {}, {}};
        out_ << "<section id=\"" << esc(anchor(r)) << "\" class=\"case-type\">\n<h3>"
             << esc(ct.title) << "</h3>\n<p>" << esc(ct.summary)
             << "</p>\n<dl>\n<dt>Aanleiding</dt><dd>" << esc(ct.trigger) << "</dd>\n";
        if (!ct.annex.empty()) out_ << "<dt>Bijlage</dt><dd>" << esc(ct.annex) << "</dd>\n";
        if (!ct.always_shared.empty())
            out_ << "<dt>Altijd gedeeld</dt><dd>" << esc(join(always_shared_names(m_, ct), ", "))
                 << " <span class=\"source\">(Bron: " << citations_inline(ct.always_shared_basis)
                 << ")</span></dd>\n";
        out_ << "</dl>\n";
        sources(ct.provenance);
        out_ << "<p>" << app_link(r, "Open de proceskaart in de gids");
        if (!opt_.card_dir.empty())
            out_ << " · <a class=\"card-link\" href=\"" << esc(opt_.card_dir + card_file_name(ct))
                 << "\">Naslagkaart om af te drukken</a>";
        out_ << "</p>\n";
        int n = 0;
        for (const Step* s : steps_in_order(m_, ct))
            step(ct, *s, ++n);
        for (const Example& e : ct.examples) {
            const Route er{Route::Kind::example, ct.id, {}, e.id, {}};
            out_ << "<section id=\"" << esc(anchor(er))
                 << "\" class=\"example\">\n<h4>Voorbeeld: " << esc(e.title) << "</h4>\n<p>"
                 << esc(e.summary) << "</p>\n<ul>";
            for (const ExamplePerson& p : e.persons)
                out_ << "<li>" << esc(p.name) << ": " << esc(p.description)
                     << (p.identifier.empty() ? "" : " (" + esc(p.identifier) + ")") << "</li>";
            out_ << "</ul>\n<ol>";
            for (const ExampleStep& p : e.path) {
                const Step* s = find_step(ct, p.step);
                out_ << "<li><strong>" << esc(s ? s->title : p.step) << "</strong> — "
                     << esc(p.narrative) << "</li>";
            }
            out_ << "</ol>\n";
            sources(e.provenance);
            out_ << "<p>" << app_link(er, "Speel dit voorbeeld af in de gids")
                 << "</p>\n</section>\n";
        }
        out_ << "</section>\n";
    }

    void role(const Role& r) {
        const Route route{Route::Kind::role, {}, {}, r.id, {}};
        out_ << "<section id=\"" << esc(anchor(route)) << "\" class=\"role\">\n<h4>" << esc(r.name)
             << "</h4>\n<p>" << esc(r.description) << "</p>\n<dl>\n<dt>Doet</dt><dd><ul>";
        for (const auto& t : r.tasks)
            statement_item(t.text, t.provenance);
        out_ << "</ul></dd>\n<dt>Beslist niet</dt><dd><ul>";
        for (const auto& l : r.limits)
            statement_item(l.text, l.provenance);
        out_ << "</ul></dd>\n";
        const RoleDecisionRights rights = decision_rights_for(m_, r.id);
        if (!rights.decides.empty() || !rights.does_not_decide.empty()) {
            out_ << "<dt>Wie beslist wat</dt><dd><ul>";
            for (const auto* d : rights.decides)
                out_ << "<li>Wel: " << esc(d->statement) << "</li>";
            for (const auto* d : rights.does_not_decide)
                out_ << "<li>Niet: " << esc(d->subject) << " — " << esc(d->statement) << "</li>";
            out_ << "</ul></dd>\n";
        }
        const auto contacts = contact_lines(m_, r.id);
        if (!contacts.empty()) {
            out_ << "<dt>Contact</dt><dd><ul>";
            for (const auto& c : contacts)
                out_ << "<li>" << esc(c) << "</li>";
            out_ << "</ul></dd>\n";
        }
        const auto where = role_appearances(m_, r.id);
        if (!where.empty()) {
            out_ << "<dt>Komt voor in</dt><dd><ul>";
            for (const RoleAppearance& a : where) {
                const CaseType* ct = find_case_type(m_, a.case_type);
                const Step* s = ct ? find_step(*ct, a.step) : nullptr;
                if (!s) continue;
                out_ << "<li><a href=\"#"
                     << esc(anchor(Route{Route::Kind::step, ct->id, s->id, {}, {}})) << "\">"
                     << esc(ct->short_title + " › " + s->title) << "</a></li>";
            }
            out_ << "</ul></dd>\n";
        }
        out_ << "</dl>\n";
        sources(r.provenance);
        out_ << "<p>" << app_link(route) << "</p>\n</section>\n";
    }

    // The exercises, each played on its own page with form controls (web/text).
    void exercises() {
        out_ << "<section id=\"oefeningen\">\n<h2>Oefeningen</h2>\n<p>Oefen de beslissingen "
                "uit het protocol met gewone formulieren: per beslismoment kies je wat je doet, "
                "wie je informeert, met welke gegevens en via welk kanaal; daarna volgt de "
                "uitleg met de bronnen en aan het eind een nabespreking. De casussen zijn "
                "verzonnen.</p>\n<ul>\n";
        for (const Scenario& sc : m_.scenarios) {
            const CaseType* ct = find_case_type(m_, sc.case_type);
            out_ << "<li><a href=\"" << esc(opt_.exercise_page + "#" + sc.id) << "\">"
                 << esc(sc.title) << "</a> — je bent "
                 << esc(std::string(role_name(m_, sc.perspective))) << " ("
                 << esc(ct ? ct->short_title : sc.case_type) << ")</li>\n";
        }
        out_ << "</ul>\n</section>\n";
    }

    void cards(const std::string& kind, const char* heading_tag) {
        for (const Card& c : m_.cards) {
            if (c.kind != kind) continue;
            const Route r{Route::Kind::card, {}, {}, c.id, {}};
            out_ << "<section id=\"" << esc(anchor(r)) << "\" class=\"card\">\n<" << heading_tag
                 << ">" << esc(c.title) << "</" << heading_tag << ">\n";
            if (!c.misconception.empty())
                out_ << "<p><strong>Misvatting:</strong> " << esc(c.misconception)
                     << "</p>\n<p><strong>Zo zit het:</strong></p>\n";
            for (const auto& t : c.text)
                out_ << "<p>" << esc(t) << "</p>\n";
            if (!c.items.empty()) {
                out_ << "<ul>";
                for (const auto& i : c.items)
                    out_ << "<li>" << esc(i) << "</li>";
                out_ << "</ul>\n";
            }
            sources(c.provenance);
            out_ << "</section>\n";
        }
    }

  private:
    const Model& m_;
    const HtmlExportOptions& opt_;
    std::ostringstream out_;
};

} // namespace

std::string export_html(const Model& m, const HtmlExportOptions& options) {
    Html h(m, options);
    auto& o = h.out();
    o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Protocolwijzer — tekstversie van de gids</title>\n<link rel=\"stylesheet\" "
         "href=\"tekst.css\">\n</head>\n<body>\n"
         "<a class=\"skip-link\" href=\"#inhoud\">Naar de inhoud</a>\n<header>\n"
         "<h1>Protocolwijzer: Handelingsprotocol RvdK, IND en DT&amp;V</h1>\n"
         "<p>De tekstversie van de gids: dezelfde inhoud als de interactieve app, als gewone "
         "tekst. Elk feit noemt zijn bron; "
         "wat is toegevoegd om het geheel te laten lezen, staat er als <em>illustratief</em> bij. "
         "Voorbeelden gaan over "
         "verzonnen personen.</p>\n<p><a href=\""
      << esc(options.app_url)
      << "\">Naar de interactieve gids</a></p>\n<nav aria-label=\"Inhoudsopgave\">\n<ol>\n"
         "<li><a href=\"#wie-beslist-wat\">Wie beslist wat</a></li>\n<li><a "
         "href=\"#zaaktypen\">Zaaktypen</a><ol>\n";
    for (const CaseType& ct : m.case_types)
        o << "<li><a href=\"#" << esc(anchor(Route{Route::Kind::case_type, ct.id, {}, {}, {}}))
          << "\">" << esc(ct.short_title) << "</a></li>\n";
    o << "</ol></li>\n<li><a href=\"#rollen\">Rollen</a></li>\n<li><a "
         "href=\"#samenwerking\">Samenwerking en contactpersonen</a></li>\n"
         "<li><a href=\"#misvattingen\">Misvattingen</a></li>\n<li><a "
         "href=\"#terugkeer\">Terugkeer en vertrek</a></li>\n"
         "<li><a href=\"#avg\">AVG: grondslagen en uitgangspunten</a></li>\n<li><a "
         "href=\"#catalogus\">Systemen, kanalen en gegevens</a></li>\n"
         "<li><a href=\"#woordenlijst\">Woordenlijst</a></li>\n<li><a "
         "href=\"#bronnen\">Bronnen</a></li>\n";
    if (!options.exercise_page.empty()) o << "<li><a href=\"#oefeningen\">Oefeningen</a></li>\n";
    o << "</ol>\n</nav>\n</header>\n<main id=\"inhoud\">\n";

    o << "<section id=\"wie-beslist-wat\">\n<h2>Wie beslist "
         "wat</h2>\n<table>\n<caption>Rolverdeling</caption>\n"
         "<thead><tr><th scope=\"col\">Onderwerp</th><th scope=\"col\">Beslist</th><th "
         "scope=\"col\">Wat</th>"
         "<th scope=\"col\">Beslist niet</th><th scope=\"col\">Bron</th></tr></thead>\n<tbody>\n";
    for (const DecisionRight& d : m.decision_rights) {
        const Organisation* org = find_organisation(m, d.organisation);
        std::vector<std::string> not_by;
        for (const auto& id : d.not_decided_by)
            if (const Organisation* x = find_organisation(m, id))
                not_by.push_back(esc(x->short_name));
        o << "<tr><th scope=\"row\">" << esc(d.subject) << "</th><td>"
          << esc(org ? org->short_name : d.organisation) << "</td><td>" << esc(d.statement)
          << "</td><td>" << join(not_by, ", ") << "</td><td>" << h.citations_inline(d.provenance)
          << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n";
    h.cards("rolverdeling", "h3");
    o << "</section>\n<section id=\"zaaktypen\">\n<h2>Zaaktypen</h2>\n";
    for (const CaseType& ct : m.case_types)
        h.case_type(ct);
    o << "</section>\n<section id=\"rollen\">\n<h2>Rollen</h2>\n";
    for (const auto& [org, roles] : roles_by_organisation(m)) {
        o << "<section id=\"" << esc(anchor(Route{Route::Kind::organisation, {}, {}, org->id, {}}))
          << "\">\n<h3>" << esc(org->name) << " (" << esc(org->short_name) << ")</h3>\n<p>"
          << esc(org->description) << "</p>\n";
        h.sources(org->provenance);
        for (const Role* r : roles)
            h.role(*r);
        o << "</section>\n";
    }
    o << "</section>\n<section id=\"samenwerking\">\n<h2>Samenwerking en contactpersonen</h2>\n";
    h.cards("samenwerking", "h3");
    o << "<table>\n<caption>Contactpersonen Belang van het Kind</caption>\n<thead><tr><th "
         "scope=\"col\">Organisatie</th>"
         "<th scope=\"col\">Aantal</th><th scope=\"col\">Locaties</th><th "
         "scope=\"col\">Stand</th><th scope=\"col\">Toelichting</th>"
         "<th scope=\"col\">Bron</th></tr></thead>\n<tbody>\n";
    for (const ContactPoint& p : m.contact_points) {
        const Organisation* org = find_organisation(m, p.organisation);
        o << "<tr><th scope=\"row\">" << esc(org ? org->short_name : p.organisation) << "</th><td>"
          << esc(p.count) << "</td><td>" << esc(join(p.locations, ", ")) << "</td><td>"
          << esc(p.as_of) << "</td><td>" << esc(p.note) << "</td><td>"
          << h.citations_inline(p.provenance) << "</td></tr>\n";
    }
    o << "</tbody>\n</table>\n</section>\n<section id=\"misvattingen\">\n<h2>Misvattingen</h2>\n";
    h.cards("misvatting", "h3");
    o << "</section>\n<section id=\"terugkeer\">\n<h2>Terugkeer en vertrek</h2>\n";
    h.cards("terugkeer", "h3");
    h.cards("achtergrond", "h3");
    o << "</section>\n<section id=\"avg\">\n<h2>AVG: grondslagen en "
         "uitgangspunten</h2>\n<h3>Grondslagen</h3>\n<dl>\n";
    for (const LegalBasis& b : m.legal_bases)
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::rule, {}, {}, b.id, {}})) << "\">"
          << esc(b.reference) << " — " << esc(b.title) << "</dt><dd>" << esc(b.text)
          << " <span class=\"source\">Bron: " << h.citations_inline(b.provenance)
          << "</span></dd>\n";
    o << "</dl>\n<h3>Uitgangspunten</h3>\n<dl>\n";
    for (const Principle& p : m.principles)
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::rule, {}, {}, p.id, {}})) << "\">"
          << esc(p.title) << "</dt><dd>" << esc(p.text)
          << " <span class=\"source\">Bron: " << h.citations_inline(p.provenance)
          << "</span></dd>\n";
    o << "</dl>\n";
    h.cards("avg", "h3");
    o << "</section>\n<section id=\"catalogus\">\n<h2>Systemen, kanalen en "
         "gegevens</h2>\n<h3>Systemen</h3>\n<dl>\n";
    for (const System& s : m.systems)
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::system, {}, {}, s.id, {}})) << "\">"
          << esc(s.name) << "</dt><dd>" << esc(s.description)
          << " <span class=\"source\">Bron: " << h.citations_inline(s.provenance)
          << "</span></dd>\n";
    o << "</dl>\n<h3>Kanalen</h3>\n<dl>\n";
    for (const Channel& c : m.channels)
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::channel, {}, {}, c.id, {}})) << "\">"
          << esc(c.name) << "</dt><dd>"
          << (c.secure ? "Geschikt voor persoonsgegevens. "
                       : "Niet geschikt voor persoonsgegevens. ")
          << esc(c.description)
          << " <span class=\"source\">Bron: " << h.citations_inline(c.provenance)
          << "</span></dd>\n";
    o << "</dl>\n<h3>Gegevens</h3>\n<dl>\n";
    for (const DataItem& d : m.data_items)
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::data_item, {}, {}, d.id, {}})) << "\">"
          << esc(d.name) << "</dt><dd>" << esc(d.description)
          << " <span class=\"source\">Bron: " << h.citations_inline(d.provenance)
          << "</span></dd>\n";
    o << "</dl>\n</section>\n<section id=\"woordenlijst\">\n<h2>Woordenlijst</h2>\n<dl>\n";
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
        o << "<dt id=\"" << esc(anchor(Route{Route::Kind::term, {}, {}, t->id, {}})) << "\">";
        if (!t->expansion.empty())
            o << "<abbr title=\"" << esc(t->expansion) << "\">" << esc(t->term) << "</abbr> ("
              << esc(t->expansion) << ")";
        else
            o << esc(t->term);
        o << "</dt><dd>" << esc(t->definition)
          << " <span class=\"source\">Bron: " << h.citations_inline(t->provenance)
          << "</span></dd>\n";
    }
    o << "</dl>\n</section>\n<section id=\"bronnen\">\n<h2>Bronnen</h2>\n<ul>\n";
    for (const SourceDocument& s : m.sources) {
        o << "<li><strong>" << esc(s.title) << "</strong>";
        if (!s.file.empty()) o << " (<code>" << esc(s.file) << "</code>)";
        if (!s.url.empty()) o << " — " << esc(s.url);
        o << ". " << esc(s.description) << "</li>\n";
    }
    o << "</ul>\n</section>\n";
    if (!options.exercise_page.empty()) h.exercises();
    o << "</main>\n<footer><p><a href=\"" << esc(options.app_url)
      << "\">Naar de interactieve gids</a> · <a href=\"#inhoud\">Naar "
         "boven</a></p></footer>\n</body>\n</html>\n";
    return h.str();
}

} // namespace pw
