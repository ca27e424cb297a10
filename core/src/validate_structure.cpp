// References, sources and the shape of every process.
#include "checker.hpp"

#include <map>
#include <set>

namespace pw::detail {
namespace {

void check_flow(Checker& c, const CaseType& ct, const Step& step, const Flow& f) {
    const std::string who = "Stap \"" + step.id + "\", gegevensstroom \"" + f.id + "\"";
    c.reference(f.from, c.role_ids, "rol", f.origin, "/from", who);
    c.references(f.to, c.role_ids, "rol", f.origin, "/to", who);
    c.reference(f.channel, c.channel_ids, "kanaal", f.origin, "/channel", who);
    c.references(f.data, c.data_ids, "gegeven", f.origin, "/data", who);
    c.references(f.systems, c.system_ids, "systeem", f.origin, "/systems", who);
    if (f.data.empty() && ct.always_shared.empty())
        c.error(f.origin, "/data",
                who + " deelt geen gegevens; noem onder \"data\" welke gegevens gaan.");
    if (f.purposes.empty())
        c.error(
            f.origin, "/purposes",
            who + " heeft geen doel; noem onder \"purposes\" waarvoor de gegevens gedeeld worden.");
    for (const auto& to : f.to)
        if (to == f.from)
            c.error(f.origin, "/to", who + ": afzender en ontvanger zijn dezelfde rol.");
    c.source_or_flag(f.provenance, f.origin, who);
}

void check_step(Checker& c, const CaseType& ct, const Step& s,
                const std::vector<std::string>& step_ids) {
    const std::string who = "Stap \"" + s.id + "\"";
    c.reference(s.actor, c.role_ids, "rol", s.origin, "/actor", who);
    c.references(s.legal_bases, c.legal_basis_ids, "grondslag", s.origin, "/legalBases", who);
    for (std::size_t i = 0; i < s.next.size(); ++i) {
        const std::string suffix = "/next/" + std::to_string(i);
        c.reference(s.next[i].step, step_ids, "vervolgstap", s.origin, suffix + "/step", who);
        if (s.next[i].step == s.id)
            c.error(s.origin, suffix, who + " verwijst naar zichzelf als vervolg.");
        for (std::size_t j = 0; j < i; ++j)
            if (s.next[j].step == s.next[i].step) {
                c.error(s.origin, suffix + "/step",
                        who + ": vervolgstap \"" + s.next[i].step +
                            "\" staat twee keer onder \"next\" (ook als vervolg " +
                            std::to_string(j + 1) + ").");
                break;
            }
    }
    switch (s.kind) {
    case StepKind::task:
        if (s.next.empty())
            c.error(s.origin, "",
                    who + " heeft geen vervolg; voeg \"next\" toe of maak het een eindstap "
                          "(\"kind\": \"end\").");
        break;
    case StepKind::decision:
        if (s.question.empty())
            c.error(s.origin, "", who + " is een beslispunt zonder vraag; vul \"question\" in.");
        if (s.next.size() < 2)
            c.error(s.origin, "/next",
                    who + " is een beslispunt en heeft minstens twee uitkomsten nodig.");
        for (std::size_t i = 0; i < s.next.size(); ++i)
            if (s.next[i].label.empty())
                c.error(s.origin, "/next/" + std::to_string(i),
                        who + ": uitkomst " + std::to_string(i + 1) +
                            " van het beslispunt heeft geen \"label\".");
        break;
    case StepKind::end:
        if (!s.next.empty())
            c.error(s.origin, "/next", who + " is een eindstap maar heeft toch een vervolg.");
        break;
    }
    for (const Flow& f : s.flows)
        check_flow(c, ct, s, f);
    c.source_or_flag(s.provenance, s.origin, who);
}

void check_reachability(Checker& c, const CaseType& ct) {
    std::map<std::string, const Step*> by_id;
    for (const Step& s : ct.steps)
        by_id.emplace(s.id, &s);
    if (!by_id.count(ct.start)) return; // reported as an unknown reference

    std::set<std::string> reached{ct.start};
    std::vector<std::string> work{ct.start};
    while (!work.empty()) {
        const Step* s = by_id[work.back()];
        work.pop_back();
        for (const Transition& t : s->next)
            if (by_id.count(t.step) && reached.insert(t.step).second) work.push_back(t.step);
    }
    for (const Step& s : ct.steps)
        if (!reached.count(s.id))
            c.error(s.origin, "",
                    "Stap \"" + s.id + "\" is niet bereikbaar vanaf de start (\"" + ct.start +
                        "\"); geen enkele stap verwijst ernaar met \"next\".");

    // Every reachable step must lead to an end, or the process can get stuck.
    std::set<std::string> ending;
    for (const Step& s : ct.steps)
        if (s.kind == StepKind::end) ending.insert(s.id);
    for (bool grew = true; grew;) {
        grew = false;
        for (const Step& s : ct.steps) {
            if (ending.count(s.id)) continue;
            for (const Transition& t : s.next)
                if (ending.count(t.step)) {
                    ending.insert(s.id);
                    grew = true;
                    break;
                }
        }
    }
    for (const Step& s : ct.steps)
        if (reached.count(s.id) && !ending.count(s.id) && !s.next.empty())
            c.error(s.origin, "",
                    "Stap \"" + s.id +
                        "\" leidt nooit naar een eindstap; het proces loopt daar vast.");
}

void check_case_type(Checker& c, const CaseType& ct) {
    const std::string who = "Zaaktype \"" + ct.id + "\"";
    std::vector<std::string> step_ids;
    for (const Step& s : ct.steps)
        step_ids.push_back(s.id);
    c.reference(ct.start, step_ids, "startstap", ct.origin, "/start", who);
    c.references(ct.always_shared, c.data_ids, "gegeven", ct.origin, "/alwaysShared", who);
    if (!ct.always_shared.empty()) {
        // Without a basis, point at the list that needs one.
        const Provenance& basis = ct.always_shared_basis;
        const bool written = !basis.citations.empty() || basis.illustrative;
        c.source_or_flag(basis,
                         Origin{ct.origin.file, ct.origin.pointer + (written ? "/alwaysSharedBasis"
                                                                             : "/alwaysShared")},
                         who + ", \"alwaysSharedBasis\" (waarom deze gegevens altijd meegaan)");
    }
    c.references(ct.legal_bases, c.legal_basis_ids, "grondslag", ct.origin, "/legalBases", who);
    c.references(ct.principles, c.principle_ids, "uitgangspunt", ct.origin, "/principles", who);
    c.provenance(ct.provenance, ct.origin, who);
    for (const Step& s : ct.steps)
        check_step(c, ct, s, step_ids);
    check_reachability(c, ct);
}

} // namespace

void check_structure(Checker& c) {
    const Model& m = c.model();
    for (const auto& o : m.organisations)
        c.provenance(o.provenance, o.origin, "Organisatie \"" + o.id + "\"");
    for (const auto& r : m.roles) {
        const std::string who = "Rol \"" + r.id + "\"";
        c.reference(r.organisation, c.organisation_ids, "organisatie", r.origin, "/organisation",
                    who);
        c.provenance(r.provenance, r.origin, who);
        for (std::size_t i = 0; i < r.tasks.size(); ++i)
            c.source_or_flag(r.tasks[i].provenance, r.tasks[i].origin,
                             who + ", taak " + std::to_string(i + 1));
        for (std::size_t i = 0; i < r.limits.size(); ++i)
            c.source_or_flag(r.limits[i].provenance, r.limits[i].origin,
                             who + ", grens " + std::to_string(i + 1));
    }
    for (const auto& s : m.systems) {
        const std::string who = "Systeem \"" + s.id + "\"";
        if (!s.organisation.empty())
            c.reference(s.organisation, c.organisation_ids, "organisatie", s.origin,
                        "/organisation", who);
        c.provenance(s.provenance, s.origin, who);
    }
    for (const auto& ch : m.channels)
        c.provenance(ch.provenance, ch.origin, "Kanaal \"" + ch.id + "\"");
    for (const auto& d : m.data_items)
        c.provenance(d.provenance, d.origin, "Gegeven \"" + d.id + "\"");
    for (const auto& b : m.legal_bases)
        c.provenance(b.provenance, b.origin, "Grondslag \"" + b.id + "\"");
    for (const auto& p : m.principles)
        c.provenance(p.provenance, p.origin, "Uitgangspunt \"" + p.id + "\"");
    for (const auto& ct : m.case_types)
        check_case_type(c, ct);
}

} // namespace pw::detail
