// Worked examples: a walk from the start to an end that the process allows,
// with people who are obviously fictional.
#include "checker.hpp"

#include "pw/lookup.hpp"

namespace pw::detail {
namespace {

bool looks_fake(const std::string& identifier) {
    return identifier.find("FICTIEF") != std::string::npos ||
           identifier.find("TEST") != std::string::npos;
}

void check_example(Checker& c, const CaseType& ct, const Example& e) {
    const std::string who = "Zaaktype \"" + ct.id + "\", voorbeeld \"" + e.id + "\"";
    c.provenance(e.provenance, e.origin, who);
    for (std::size_t i = 0; i < e.persons.size(); ++i)
        if (!e.persons[i].identifier.empty() && !looks_fake(e.persons[i].identifier))
            c.error(e.origin, "/persons/" + std::to_string(i) + "/identifier",
                    who + ": kenmerk \"" + e.persons[i].identifier +
                        "\" moet zichtbaar nep zijn (met FICTIEF of TEST erin), zodat niemand het "
                        "voor echt aanziet.");
    if (e.path.empty()) return;
    if (e.path.front().step != ct.start)
        c.error(e.origin, "/path/0/step",
                who + " begint niet bij de startstap \"" + ct.start + "\".");
    for (std::size_t i = 0; i < e.path.size(); ++i) {
        const std::string at = "/path/" + std::to_string(i);
        const Step* step = find_step(ct, e.path[i].step);
        if (!step) {
            c.error(e.origin, at + "/step",
                    who + ": stap \"" + e.path[i].step + "\" bestaat niet in dit zaaktype.");
            return;
        }
        const bool last = i + 1 == e.path.size();
        if (last) {
            if (step->kind != StepKind::end)
                c.error(e.origin, at,
                        who + " eindigt bij \"" + step->id + "\", maar dat is geen eindstap.");
            break;
        }
        const std::string& next = e.path[i + 1].step;
        bool allowed = false;
        for (const Transition& t : step->next)
            allowed = allowed || t.step == next;
        if (!allowed)
            c.error(e.origin, at,
                    who + ": na \"" + step->id + "\" kan het proces niet naar \"" + next + "\".");
        if (step->kind == StepKind::decision && e.path[i].outcome != next)
            c.error(e.origin, at + "/outcome",
                    who + ": bij beslispunt \"" + step->id +
                        "\" moet \"outcome\" de gekozen vervolgstap noemen (\"" + next + "\").");
    }
}

} // namespace

void check_examples(Checker& c) {
    for (const CaseType& ct : c.model().case_types)
        for (const Example& e : ct.examples)
            check_example(c, ct, e);
}

} // namespace pw::detail
