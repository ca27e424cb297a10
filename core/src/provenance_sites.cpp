#include "pw/provenance_sites.hpp"

#include "pw/lookup.hpp"
#include "pw/scenario_answer.hpp"
#include "pw/simulator.hpp"

namespace pw {
namespace {

std::string quoted(const std::string& s) {
    return "\"" + s + "\"";
}

class Sites {
  public:
    explicit Sites(const Model& m) : m_(m) {}
    std::vector<ProvenanceSite> take() { return std::move(out_); }

    void add(const char* kind, std::string id, std::string label, std::string claim,
             std::optional<Route> route, const Origin& origin, const Provenance& p) {
        out_.push_back(ProvenanceSite{kind, std::move(id), std::move(label), std::move(claim),
                                      std::move(route), origin, &p});
    }
    void add_training(const char* kind, std::string id, std::string label, std::string claim,
                      std::optional<Route> route, const Origin& origin, const Provenance& p) {
        add(kind, std::move(id), std::move(label), std::move(claim), std::move(route), origin, p);
        out_.back().training = true;
    }

    void roles() {
        for (const Role& r : m_.roles) {
            const Route route{Route::Kind::role, {}, {}, r.id, {}};
            add("role", r.id, "Rol " + quoted(r.name), r.description, route, r.origin,
                r.provenance);
            statements("task", "taak", "Rol " + quoted(r.name) + ", taak", r, r.tasks, route);
            statements("limit", "grens", "Rol " + quoted(r.name) + ", beslist niet", r, r.limits,
                       route);
        }
    }

    void case_type(const CaseType& ct) {
        const Route route{Route::Kind::case_type, ct.id, {}, {}, {}};
        add("case-type", ct.id, "Zaaktype " + quoted(ct.title), ct.summary, route, ct.origin,
            ct.provenance);
        if (!ct.always_shared.empty()) {
            std::string names;
            for (const auto& d : ct.always_shared)
                names += (names.empty() ? "" : ", ") + std::string(data_item_name(m_, d));
            add("always-shared", ct.id, "Zaaktype " + quoted(ct.short_title) + ", altijd gedeeld",
                "In elke stap gaan mee: " + names + ".", route,
                Origin{ct.origin.file, ct.origin.pointer + "/alwaysSharedBasis"},
                ct.always_shared_basis);
        }
        for (const Step& s : ct.steps) {
            const Route step_route{Route::Kind::step, ct.id, s.id, {}, {}};
            add("step", s.id, "Stap " + quoted(s.title) + " (" + ct.short_title + ")", s.summary,
                step_route, s.origin, s.provenance);
            for (const Flow& f : s.flows) {
                std::string to;
                for (const auto& r : f.to)
                    to += (to.empty() ? "" : ", ") + std::string(role_name(m_, r));
                add("flow", f.id,
                    "Gegevensstroom " + std::string(role_name(m_, f.from)) + " → " + to + " (" +
                        ct.short_title + " › " + s.title + ")",
                    f.description, step_route, f.origin, f.provenance);
            }
        }
        for (const Example& e : ct.examples)
            add("example", e.id, "Voorbeeld " + quoted(e.title), e.summary,
                Route{Route::Kind::example, ct.id, {}, e.id, {}}, e.origin, e.provenance);
    }

    // An exercise: each decision and each answer option that rests on a source,
    // so the quotes that teach an answer are checked like the guide's own.
    void scenario(const Scenario& sc) {
        const Route route{Route::Kind::scenario, {}, {}, sc.id, {}};
        add("scenario", sc.id, "Oefening " + quoted(sc.title), sc.summary, route, sc.origin,
            sc.provenance);
        for (const ScenarioDecision& d : sc.decisions) {
            const std::string at = "Oefening " + quoted(sc.id) + ", beslismoment " + quoted(d.id);
            add_training("decision", sc.id + "/" + d.id, at, d.situation, route, d.origin,
                         d.provenance);
            for (const QuestionKind kind : kQuestionKinds) {
                const ScenarioQuestion* q = question_of(d, kind);
                if (!q || !q->asked()) continue;
                const std::string key = question_kind_id(kind);
                add_training("question", sc.id + "/" + d.id + "/" + key, at + ", " + key, q->prompt,
                             route, q->origin, q->provenance);
                for (const ScenarioOption& o : q->options)
                    add_training("option", sc.id + "/" + d.id + "/" + key + "/" + o.id,
                                 at + ", keuze " + quoted(o.id), o.text, route, o.origin,
                                 o.provenance);
            }
        }
    }

    void training() {
        for (const FeedbackRule& r : m_.feedback_rules)
            add_training("feedback-rule", r.id, "Feedbackregel " + quoted(r.id), r.text,
                         std::nullopt, r.origin, r.provenance);
        for (const MistakeClass& x : m_.mistake_classes)
            add_training("mistake-class", x.id, "Soort fout " + quoted(x.name), x.consequence,
                         std::nullopt, x.origin, x.provenance);
        for (const WordingCriterion& c : m_.wording_criteria)
            add_training("wording-criterion", c.id, "Criterium " + quoted(c.id), c.text,
                         std::nullopt, c.origin, c.provenance);
        for (const Venue& v : m_.venues)
            add_training("venue", v.id, "Overlegplek " + quoted(v.name), v.description,
                         std::nullopt, v.origin, v.provenance);
        for (const EscalationMatter& x : m_.escalation_matters)
            add_training("escalation-matter", x.id, "Kwestie " + quoted(x.title), x.description,
                         std::nullopt, x.origin, x.provenance);
    }

    // The "Wat nu?" assistant: why an outcome applies, its deadlines and
    // remarks, and the remarks an answer brings in.
    void assistant() {
        const std::size_t first = out_.size();
        const Route route{Route::Kind::assistant, {}, {}, {}, {}};
        for (const AssistantQuestion& q : m_.assistant.questions)
            for (const AssistantOption& o : q.options)
                if (o.has_note)
                    add("assistant-note", q.id + "/" + o.id,
                        "Wat nu?, vraag " + quoted(q.id) + ", keuze " + quoted(o.id), o.note.text,
                        route, o.note.origin, o.note.provenance);
        for (const AssistantOutcome& o : m_.assistant.outcomes) {
            const std::string label = "Wat nu?, uitkomst " + quoted(o.title);
            add("assistant-outcome", o.id, label, o.why, route, o.origin, o.provenance);
            for (std::size_t i = 0; i < o.deadlines.size(); ++i)
                add("assistant-note", o.id + "/termijn-" + std::to_string(i + 1),
                    label + ", termijn " + std::to_string(i + 1), o.deadlines[i].text, route,
                    o.deadlines[i].origin, o.deadlines[i].provenance);
            for (std::size_t i = 0; i < o.notes.size(); ++i)
                add("assistant-note", o.id + "/opmerking-" + std::to_string(i + 1),
                    label + ", opmerking " + std::to_string(i + 1), o.notes[i].text, route,
                    o.notes[i].origin, o.notes[i].provenance);
        }
        for (std::size_t i = first; i < out_.size(); ++i)
            out_[i].assistant = true;
    }

  private:
    void statements(const char* kind, const char* noun, const std::string& label, const Role& r,
                    const std::vector<RoleStatement>& list, const Route& route) {
        for (std::size_t i = 0; i < list.size(); ++i)
            add(kind, r.id + "/" + noun + "-" + std::to_string(i + 1),
                label + " " + std::to_string(i + 1), list[i].text, route, list[i].origin,
                list[i].provenance);
    }

    const Model& m_;
    std::vector<ProvenanceSite> out_;
};

std::string paragraphs(const Card& c) {
    std::string out = c.misconception.empty() ? "" : "Misvatting: " + c.misconception + " ";
    for (const auto& t : c.text)
        out += t + " ";
    for (const auto& i : c.items)
        out += "- " + i + " ";
    if (!out.empty()) out.pop_back();
    return out;
}

} // namespace

std::vector<ProvenanceSite> provenance_sites(const Model& m) {
    Sites s(m);
    for (const Organisation& o : m.organisations)
        s.add("organisation", o.id, "Organisatie " + quoted(o.name), o.description,
              Route{Route::Kind::organisation, {}, {}, o.id, {}}, o.origin, o.provenance);
    s.roles();
    for (const DecisionRight& d : m.decision_rights)
        s.add("decision-right", d.id, "Wie beslist wat: " + quoted(d.subject), d.statement,
              Route{Route::Kind::organisation, {}, {}, d.organisation, {}}, d.origin, d.provenance);
    for (const ContactPoint& p : m.contact_points) {
        const Organisation* org = find_organisation(m, p.organisation);
        s.add("contact-point", p.id,
              "Contactpersonen Belang van het Kind " + (org ? org->short_name : p.organisation),
              p.count + " contactpersonen (" + p.as_of + "). " + p.note,
              Route{Route::Kind::organisation, {}, {}, p.organisation, {}}, p.origin, p.provenance);
    }
    for (const System& x : m.systems)
        s.add("system", x.id, "Systeem " + quoted(x.name), x.description,
              Route{Route::Kind::system, {}, {}, x.id, {}}, x.origin, x.provenance);
    for (const Channel& x : m.channels)
        s.add("channel", x.id, "Kanaal " + quoted(x.name), x.description, std::nullopt, x.origin,
              x.provenance);
    for (const DataItem& x : m.data_items)
        s.add("data-item", x.id, "Gegeven " + quoted(x.name), x.description,
              Route{Route::Kind::data_item, {}, {}, x.id, {}}, x.origin, x.provenance);
    for (const LegalBasis& b : m.legal_bases)
        s.add("legal-basis", b.id, "Grondslag " + quoted(b.reference), b.text,
              Route{Route::Kind::rule, {}, {}, b.id, {}}, b.origin, b.provenance);
    for (const Principle& p : m.principles)
        s.add("principle", p.id, "Uitgangspunt " + quoted(p.title), p.text,
              Route{Route::Kind::rule, {}, {}, p.id, {}}, p.origin, p.provenance);
    for (const CaseType& ct : m.case_types)
        s.case_type(ct);
    for (const GlossaryTerm& t : m.glossary)
        s.add("term", t.id, "Begrip " + quoted(t.term), t.definition,
              Route{Route::Kind::term, {}, {}, t.id, {}}, t.origin, t.provenance);
    for (const Card& c : m.cards)
        s.add("card", c.id, "Kaart " + quoted(c.title), paragraphs(c),
              Route{Route::Kind::card, {}, {}, c.id, {}}, c.origin, c.provenance);
    for (const Scenario& sc : m.scenarios)
        s.scenario(sc);
    s.training();
    s.assistant();
    return s.take();
}

} // namespace pw
