// A draft's shape: starting one, adding and removing decisions, connecting
// them, and the graph the editor draws. What a decision asks is filled in by
// exercise_draft_questions.cpp.
#include "pw/exercise_draft.hpp"

#include "exercise_draft_internal.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <algorithm>
#include <map>
#include <set>

namespace pw {
namespace {

constexpr const char* kGoodEnding = "goed";
constexpr const char* kBadEnding = "met-schade";

// Every target a decision names, with what names it.
void decision_edges(const ScenarioDecision& d, std::vector<DraftEdge>& out) {
    if (!d.next.empty()) out.push_back({d.id, d.next, "volgende"});
    for (QuestionKind k : kQuestionKinds)
        if (const ScenarioQuestion* q = question_of(d, k))
            for (const ScenarioOption& o : q->options)
                if (!o.next.empty()) out.push_back({d.id, o.next, o.id});
    for (const auto& [mistake, target] : d.on_mistake)
        out.push_back({d.id, target, mistake});
}

ScenarioDecision* find_decision(ExerciseDraft& draft, std::string_view id) {
    for (ScenarioDecision& d : draft.decisions)
        if (d.id == id) return &d;
    return nullptr;
}

// A decision id from the step's, unique in the draft: "melding", "melding-2".
std::string fresh_id(const ExerciseDraft& draft, const std::string& base) {
    auto taken = [&](const std::string& id) {
        return find_by_id(draft.decisions, id) || find_by_id(draft.endings, id);
    };
    const std::string stem = base.empty() ? std::string("beslismoment") : base;
    std::string id = stem;
    for (int n = 2; taken(id); ++n)
        id = stem + "-" + std::to_string(n);
    return id;
}

// The decision whose default next is an ending, last on the protocol's path:
// where a new decision is appended.
ScenarioDecision* path_end(ExerciseDraft& draft) {
    const std::vector<std::string> path = protocol_path(draft);
    for (auto it = path.rbegin(); it != path.rend(); ++it)
        if (ScenarioDecision* d = find_decision(draft, *it)) return d;
    return draft.decisions.empty() ? nullptr : &draft.decisions.back();
}

} // namespace

ExerciseDraft start_draft(const Model& model, std::string_view case_type, std::string_view role) {
    ExerciseDraft d;
    d.case_type = std::string(case_type);
    d.perspective = std::string(role);
    d.id = d.case_type + "-" + d.perspective + "-eigen";
    if (const CaseType* ct = find_case_type(model, case_type))
        d.provenance.citations = ct->provenance.citations;
    d.provenance.illustrative = true;
    d.provenance.illustrative_note = "Oefencasus: personen en verloop zijn verzonnen. De juiste "
                                     "antwoorden volgen uit de genoemde bronnen.";
    ScenarioEnding good;
    good.id = kGoodEnding;
    good.title = "Volgens het protocol";
    good.text = "Wie beslist wat, wie wie informeert en met welke gegevens: het ging zoals het "
                "protocol het vraagt.";
    good.requires_.min_score = 0.7;
    good.requires_.without = {"datalek", "rolfout"};
    good.otherwise = kBadEnding;
    ScenarioEnding bad;
    bad.id = kBadEnding;
    bad.title = "Afgerond, met schade";
    bad.text = "De zaak loopt door, maar onderweg ging er iets mis: informatie kwam te laat, bij "
               "de verkeerde of met te veel gegevens.";
    bad.good = false;
    d.endings = {good, bad};
    return d;
}

const Flow* default_flow(const Step& step, std::string_view role) {
    for (const Flow& f : step.flows)
        if (f.from == role) return &f;
    return step.flows.empty() ? nullptr : &step.flows.front();
}

AddedDecision add_decision(const Model& model, const ExerciseDraft& draft,
                           const DecisionSpec& spec) {
    AddedDecision out{draft, {}, {}};
    ScenarioDecision d;
    d.id = fresh_id(draft, spec.step);
    d.step = spec.step;
    const CaseType* ct = find_case_type(model, draft.case_type);
    const Step* step = ct ? find_step(*ct, spec.step) : nullptr;
    if (!step)
        out.notes.push_back("Stap \"" + spec.step + "\" bestaat niet in zaaktype \"" +
                            draft.case_type + "\"; kies een stap op de proceskaart.");
    else
        for (QuestionKind kind : spec.kinds)
            detail::fill_question(model, draft, *ct, *step, spec, kind, d, out.notes);
    ScenarioDecision* last = path_end(out.draft);
    if (last) {
        d.next = last->next;
        last->next = d.id;
    } else {
        d.next = kGoodEnding;
        out.draft.start = d.id;
    }
    out.decision = d.id;
    out.draft.decisions.push_back(std::move(d));
    return out;
}

ExerciseDraft remove_decision(const ExerciseDraft& draft, std::string_view decision) {
    ExerciseDraft out = draft;
    const ScenarioDecision* gone = find_by_id(draft.decisions, decision);
    if (!gone) return out;
    const std::string follow = gone->next;
    // Whatever led to the removed decision leads where it went on to.
    auto relink = [&](std::string& target) {
        if (target == decision) target = follow;
    };
    std::erase_if(out.decisions, [&](const ScenarioDecision& d) { return d.id == decision; });
    relink(out.start);
    for (ScenarioDecision& d : out.decisions) {
        relink(d.next);
        for (QuestionKind k : kQuestionKinds)
            if (ScenarioQuestion* q = detail::question_ref(d, k))
                for (ScenarioOption& o : q->options)
                    relink(o.next);
        for (auto& [mistake, target] : d.on_mistake)
            relink(target);
    }
    return out;
}

ExerciseDraft connect_next(const ExerciseDraft& draft, std::string_view decision,
                           std::string_view target) {
    ExerciseDraft out = draft;
    if (ScenarioDecision* d = find_decision(out, decision)) d->next = std::string(target);
    return out;
}

ExerciseDraft connect_choice(const ExerciseDraft& draft, std::string_view decision,
                             QuestionKind kind, std::string_view option, std::string_view target) {
    ExerciseDraft out = draft;
    ScenarioDecision* d = find_decision(out, decision);
    ScenarioQuestion* q = d ? detail::question_ref(*d, kind) : nullptr;
    if (q)
        for (ScenarioOption& o : q->options)
            if (o.id == option) o.next = std::string(target);
    return out;
}

ExerciseDraft connect_mistake(const ExerciseDraft& draft, std::string_view decision,
                              std::string_view mistake, std::string_view target) {
    ExerciseDraft out = draft;
    ScenarioDecision* d = find_decision(out, decision);
    if (!d) return out;
    auto& links = d->on_mistake;
    auto it = std::find_if(links.begin(), links.end(), [&](auto& l) { return l.first == mistake; });
    if (target.empty()) {
        if (it != links.end()) links.erase(it);
    } else if (it != links.end()) {
        it->second = std::string(target);
    } else {
        links.emplace_back(std::string(mistake), std::string(target));
    }
    return out;
}

DraftGraph draft_graph(const ExerciseDraft& draft) {
    DraftGraph g;
    for (const ScenarioDecision& d : draft.decisions)
        decision_edges(d, g.edges);
    for (const ScenarioEnding& e : draft.endings)
        if (!e.otherwise.empty()) g.edges.push_back({e.id, e.otherwise, "anders"});
    std::set<std::string> nodes;
    for (const ScenarioDecision& d : draft.decisions)
        nodes.insert(d.id);
    for (const ScenarioEnding& e : draft.endings)
        nodes.insert(e.id);
    std::map<std::string, std::vector<std::string>> out_edges;
    for (const DraftEdge& e : g.edges) {
        if (nodes.count(e.to))
            out_edges[e.from].push_back(e.to);
        else if (std::find(g.dangling.begin(), g.dangling.end(), e.to) == g.dangling.end())
            g.dangling.push_back(e.to);
    }
    std::set<std::string> reached;
    std::vector<std::string> work;
    if (nodes.count(draft.start)) {
        reached.insert(draft.start);
        work.push_back(draft.start);
    }
    while (!work.empty()) {
        const std::string at = work.back();
        work.pop_back();
        for (const std::string& n : out_edges[at])
            if (reached.insert(n).second) work.push_back(n);
    }
    for (const ScenarioDecision& d : draft.decisions) {
        if (!reached.count(d.id)) g.unreachable.push_back(d.id);
        if (out_edges[d.id].empty()) g.dead_ends.push_back(d.id);
    }
    for (const ScenarioEnding& e : draft.endings) {
        if (!reached.count(e.id))
            g.unreachable.push_back(e.id);
        else
            g.ending_reachable = true;
    }
    return g;
}

} // namespace pw
