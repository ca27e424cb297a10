// What a new decision asks, filled in from the protocol: the right answer
// comes from the content (the step's flow, a decision right, the escalation
// table, the case type's order) exactly as the simulator will score it, and
// the wrong choices are proposed from the same case type first (they tempt
// most), then the catalog. Texts only the author can write (feedback, the
// story's consequences) stay empty; the check asks for them.
#include "exercise_draft_internal.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "simulator_internal.hpp"

#include <algorithm>
#include <cstdint>

namespace pw::detail {
namespace {

constexpr std::size_t kWrongChoices = 3;

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

void add_unique(std::vector<std::string>& v, const std::string& x) {
    if (!x.empty() && !contains(v, x)) v.push_back(x);
}

// A stable mix so the right answer is not always first: ordered by a hash of
// the decision's id and the choice's, the same every time.
std::uint32_t mix(const std::string& salt, const std::string& id) {
    std::uint32_t h = 2166136261u;
    for (char c : salt + "/" + id)
        h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
    return h;
}
void shuffle_ids(const std::string& salt, std::vector<std::string>& ids) {
    std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
        return mix(salt, a) < mix(salt, b);
    });
}
void shuffle_options(const std::string& salt, std::vector<ScenarioOption>& options) {
    std::stable_sort(options.begin(), options.end(),
                     [&](auto& a, auto& b) { return mix(salt, a.id) < mix(salt, b.id); });
}

// The right answer plus up to kWrongChoices of the candidates it does not hold.
std::vector<std::string> with_wrong(const std::vector<std::string>& right,
                                    const std::vector<std::string>& candidates) {
    std::vector<std::string> out = right;
    std::size_t added = 0;
    for (const std::string& c : candidates)
        if (added < kWrongChoices && !contains(out, c)) {
            out.push_back(c);
            ++added;
        }
    return out;
}

// Roles of the case type, in the order its steps name them.
std::vector<std::string> case_type_roles(const CaseType& ct) {
    std::vector<std::string> out;
    for (const Step& s : ct.steps) {
        add_unique(out, s.actor);
        for (const Flow& f : s.flows) {
            add_unique(out, f.from);
            for (const std::string& r : f.to)
                add_unique(out, r);
        }
    }
    return out;
}

ScenarioOption option(std::string id, std::string text, double credit) {
    ScenarioOption o;
    o.id = std::move(id);
    o.text = std::move(text);
    o.credit = credit;
    return o;
}

void fill_recipients(const Model& m, const CaseType& ct, const Flow& f, const Scenario& sc,
                     ScenarioDecision& d) {
    std::vector<std::string> candidates;
    for (const std::string& r : case_type_roles(ct))
        if (r != f.from && r != sc.perspective) candidates.push_back(r);
    for (const Role& r : m.roles)
        add_unique(candidates, r.id);
    std::erase_if(candidates, [&](const std::string& r) { return contains(f.to, r); });
    // Another role of a right organisation tempts most (the raad, but the
    // wrong desk): two of those, then roles of other organisations.
    auto near_end = std::stable_partition(candidates.begin(), candidates.end(), [&](auto& r) {
        const Organisation* org = organisation_of_role(m, r);
        return std::any_of(f.to.begin(), f.to.end(),
                           [&](const std::string& t) { return organisation_of_role(m, t) == org; });
    });
    if (near_end - candidates.begin() > 2)
        std::rotate(candidates.begin() + 2, near_end, candidates.end());
    d.offered_recipients = with_wrong(f.to, candidates);
    shuffle_ids(d.id + "/recipients", d.offered_recipients);
}

void fill_data(const Model& m, const CaseType& ct, const Flow& f, ScenarioDecision& d) {
    const std::vector<std::string> allowed = shared_data(ct, f);
    std::vector<std::string> candidates;
    for (const Step& s : ct.steps)
        for (const Flow& other : s.flows)
            for (const std::string& x : other.data)
                add_unique(candidates, x);
    for (const DataItem& x : m.data_items)
        add_unique(candidates, x.id);
    d.offered_data = with_wrong(allowed, candidates);
    shuffle_ids(d.id + "/data", d.offered_data);
}

// The flow's channel, a secure channel that is still wrong (the validator asks
// for one: "never the insecure one" must not be enough) and an insecure one.
void fill_channels(const Model& m, const CaseType& ct, const Flow& f, ScenarioDecision& d) {
    std::vector<std::string> secure, insecure;
    for (const Step& s : ct.steps)
        for (const Flow& other : s.flows)
            if (const Channel* ch = find_by_id(m.channels, other.channel); ch && ch->secure)
                add_unique(secure, ch->id);
    for (const Channel& ch : m.channels)
        add_unique(ch.secure ? secure : insecure, ch.id);
    std::erase(secure, f.channel);
    std::erase(insecure, f.channel);
    d.offered_channels = {f.channel};
    for (std::size_t i = 0; i < secure.size() && i < 2; ++i)
        d.offered_channels.push_back(secure[i]);
    if (!insecure.empty()) d.offered_channels.push_back(insecure.front());
    shuffle_ids(d.id + "/channels", d.offered_channels);
}

// The protocol's action at this step against the actions of other steps: doing
// the next step too early, or another organisation's work.
void fill_action(const CaseType& ct, const Step& step, ScenarioDecision& d) {
    ScenarioQuestion& q = d.action;
    q.prompt = "Wat doe je?";
    ScenarioOption right =
        option("protocol", step.summary.empty() ? step.title : step.summary, 1.0);
    right.provenance = step.provenance;
    q.options.push_back(std::move(right));
    std::vector<const Step*> others;
    for (const Transition& t : step.next)
        if (const Step* s = find_step(ct, t.step); s && s->kind == StepKind::task)
            others.push_back(s);
    for (const Step& s : ct.steps)
        if (s.kind == StepKind::task && s.id != step.id && s.actor != step.actor &&
            std::find(others.begin(), others.end(), &s) == others.end())
            others.push_back(&s);
    for (std::size_t i = 0; i < others.size() && i < 2; ++i)
        q.options.push_back(
            option("stap-" + others[i]->id,
                   others[i]->summary.empty() ? others[i]->title : others[i]->summary, 0.0));
    shuffle_options(d.id + "/action", q.options);
}

// Who decides: the decision right the author chose, else the one of the
// organisation acting at this step (else the first); the right organisation
// against those that do not decide.
void fill_decides(const Model& m, const Step& step, const std::string& chosen, QuestionKind kind,
                  ScenarioDecision& d) {
    if (m.decision_rights.empty()) return;
    const Organisation* actor = organisation_of_role(m, step.actor);
    const DecisionRight* right = find_by_id(m.decision_rights, chosen);
    for (const DecisionRight& r : m.decision_rights)
        if (!right && actor && r.organisation == actor->id) right = &r;
    if (!right) right = &m.decision_rights.front();
    ScenarioQuestion& q = kind == QuestionKind::decides ? d.decides : d.judgement;
    q.prompt = "Wie beslist over " + right->subject + "?";
    if (kind == QuestionKind::decides) q.right = right->id;
    std::vector<std::string> orgs{right->organisation};
    for (const std::string& o : right->not_decided_by)
        add_unique(orgs, o);
    for (const Organisation& o : m.organisations)
        if (orgs.size() < 1 + kWrongChoices) add_unique(orgs, o.id);
    for (const std::string& org : orgs) {
        const Organisation* o = find_organisation(m, org);
        ScenarioOption opt =
            option(org, (o ? o->name : org) + " beslist over " + right->subject + ".",
                   org == right->organisation ? 1.0 : 0.0);
        if (kind == QuestionKind::decides) opt.decider = org;
        if (opt.credit >= 1) opt.provenance = right->provenance;
        q.options.push_back(std::move(opt));
    }
    shuffle_options(d.id + "/" + question_kind_id(kind), q.options);
}

// A data item of the flow is missing: ask the organisation that supplies it.
void fill_missing(const Model& m, const CaseType& ct, const Flow& f, ScenarioDecision& d) {
    const std::vector<std::string> data = f.data.empty() ? shared_data(ct, f) : f.data;
    if (data.empty()) return;
    ScenarioQuestion& q = d.missing;
    q.data_item = data.front();
    q.flow = f.id;
    q.prompt = std::string(data_item_name(m, q.data_item)) + " ontbreekt. Wat doe je?";
    ScenarioOption right =
        option("vragen", "Ik vraag het aan " + std::string(role_name(m, f.from)) + ".", 1.0);
    right.ask = f.from;
    right.provenance = f.provenance;
    q.options.push_back(std::move(right));
    const Organisation* holder = organisation_of_role(m, f.from);
    for (const std::string& r : f.to)
        if (organisation_of_role(m, r) != holder) {
            ScenarioOption wrong =
                option("vragen-" + r, "Ik vraag het aan " + std::string(role_name(m, r)) + ".", 0);
            wrong.ask = r;
            q.options.push_back(std::move(wrong));
            break;
        }
    q.options.push_back(option("zonder", "Ik ga verder zonder.", 0.0));
    shuffle_options(d.id + "/missing", q.options);
}

// This step and the ones after it, along the first way on: at least three.
void fill_order(const CaseType& ct, const Step& step, ScenarioDecision& d,
                std::vector<std::string>& notes) {
    std::vector<const Step*> path{&step};
    while (path.size() < 4 && !path.back()->next.empty()) {
        const Step* s = find_step(ct, path.back()->next.front().step);
        if (!s || std::find(path.begin(), path.end(), s) != path.end()) break;
        path.push_back(s);
    }
    if (path.size() < 3) {
        notes.push_back("Na stap \"" + step.id +
                        "\" volgen te weinig stappen om op volgorde te zetten; kies een eerdere "
                        "stap.");
        return;
    }
    ScenarioQuestion& q = d.order;
    q.prompt = "Zet op volgorde: wat gebeurt er eerst?";
    for (const Step* s : path) {
        q.correct_order.push_back(s->id);
        ScenarioOption item = option(s->id, s->title, 0.0);
        item.step = s->id;
        q.options.push_back(std::move(item));
        for (const Citation& c : s->provenance.citations)
            if (!c.quote.empty()) q.provenance.citations.push_back(c);
    }
    std::reverse(q.options.begin(), q.options.end());
    if (q.provenance.citations.empty()) {
        q.provenance.illustrative = true;
        q.provenance.illustrative_note =
            "De volgorde volgt de stappen van het zaaktype in de gids.";
    }
}

// The route of a kind of matter (the author's choice, else the first): its
// venues, and places off the route.
void fill_escalation(const Model& m, const std::string& chosen, ScenarioDecision& d) {
    if (m.escalation_matters.empty()) return;
    const EscalationMatter* found = find_by_id(m.escalation_matters, chosen);
    const EscalationMatter& em = found ? *found : m.escalation_matters.front();
    ScenarioQuestion& q = d.escalation;
    q.prompt = "Waar leg je dit neer, en in welke volgorde?";
    q.matter = em.id;
    q.venues = em.route;
    for (const auto& [venue, rule] : em.never)
        add_unique(q.venues, venue);
    for (const Venue& v : m.venues)
        if (q.venues.size() < em.route.size() + 2) add_unique(q.venues, v.id);
    shuffle_ids(d.id + "/escalation", q.venues);
}

// A wording that meets the criteria and one that meets none; the author writes both.
void fill_wording(const Model& m, ScenarioDecision& d) {
    ScenarioQuestion& q = d.wording;
    q.prompt = "Welke formulering laat zien dat het belang van het kind is gewogen?";
    for (std::size_t i = 0; i < m.wording_criteria.size() && i < 3; ++i)
        q.criteria.push_back(m.wording_criteria[i].id);
    ScenarioOption strong = option("sterk", "", 0.0);
    strong.meets = q.criteria;
    // The strong wording rests on what the criteria rest on.
    for (std::size_t i = 0; i < q.criteria.size(); ++i)
        for (const Citation& c : m.wording_criteria[i].provenance.citations)
            if (!c.quote.empty()) strong.provenance.citations.push_back(c);
    q.options = {strong, option("zwak", "", 0.0)};
}

} // namespace

ScenarioQuestion* question_ref(ScenarioDecision& d, QuestionKind kind) {
    // The simulator's lookup, for a draft being edited.
    return const_cast<ScenarioQuestion*>(question_of(d, kind));
}

void fill_question(const Model& m, const ExerciseDraft& draft, const CaseType& ct, const Step& step,
                   const DecisionSpec& spec, QuestionKind kind, ScenarioDecision& d,
                   std::vector<std::string>& notes) {
    const std::string& flow_id = spec.flow;
    const bool needs_flow = kind == QuestionKind::recipients || kind == QuestionKind::data ||
                            kind == QuestionKind::channel || kind == QuestionKind::missing;
    const Flow* flow =
        flow_id.empty() ? default_flow(step, draft.perspective) : find_by_id(step.flows, flow_id);
    if (needs_flow && !flow) {
        notes.push_back(std::string("Vraag \"") + question_kind_label(kind) + "\": stap \"" +
                        step.id + "\" heeft " +
                        (flow_id.empty() ? std::string("geen gegevensstroom")
                                         : "geen gegevensstroom \"" + flow_id + "\"") +
                        "; kies een stap waar informatie wordt gedeeld.");
        return;
    }
    if (kind != QuestionKind::missing && needs_flow) d.flow = flow->id;
    switch (kind) {
    case QuestionKind::action:
        return fill_action(ct, step, d);
    case QuestionKind::recipients:
        return fill_recipients(m, ct, *flow, draft, d);
    case QuestionKind::data:
        return fill_data(m, ct, *flow, d);
    case QuestionKind::channel:
        return fill_channels(m, ct, *flow, d);
    case QuestionKind::judgement:
    case QuestionKind::decides:
        return fill_decides(m, step, spec.right, kind, d);
    case QuestionKind::wording:
        return fill_wording(m, d);
    case QuestionKind::missing:
        return fill_missing(m, ct, *flow, d);
    case QuestionKind::order:
        return fill_order(ct, step, d, notes);
    case QuestionKind::escalation:
        return fill_escalation(m, spec.matter, d);
    }
}

} // namespace pw::detail
