#include "pw/walkthrough.hpp"

#include "pw/lookup.hpp"

namespace pw {

Walkthrough start_walkthrough(const CaseType& ct, const Example& e) {
    return Walkthrough{ct.id, e.id, {ct.start}};
}

const Step* walkthrough_step(const CaseType& ct, const Walkthrough& w) {
    return w.trail.empty() ? nullptr : find_step(ct, w.trail.back());
}

std::vector<WalkthroughChoice> walkthrough_choices(const CaseType& ct, const Example& e,
                                                   const Walkthrough& w) {
    std::vector<WalkthroughChoice> out;
    const Step* s = walkthrough_step(ct, w);
    if (!s) return out;
    const bool on_script = walkthrough_on_script(e, w);
    const std::size_t at = w.trail.size();
    for (const Transition& t : s->next) {
        const bool in_example = on_script && at < e.path.size() && e.path[at].step == t.step;
        out.push_back(WalkthroughChoice{t.step, t.label, in_example});
    }
    return out;
}

bool advance_walkthrough(const CaseType& ct, Walkthrough& w, const std::string& next) {
    const Step* s = walkthrough_step(ct, w);
    if (!s) return false;
    for (const Transition& t : s->next)
        if (t.step == next && find_step(ct, next)) {
            w.trail.push_back(next);
            return true;
        }
    return false;
}

bool back_walkthrough(Walkthrough& w) {
    if (w.trail.size() <= 1) return false;
    w.trail.pop_back();
    return true;
}

bool walkthrough_finished(const CaseType& ct, const Walkthrough& w) {
    const Step* s = walkthrough_step(ct, w);
    return s && s->kind == StepKind::end;
}

bool walkthrough_on_script(const Example& e, const Walkthrough& w) {
    if (w.trail.size() > e.path.size()) return false;
    for (std::size_t i = 0; i < w.trail.size(); ++i)
        if (e.path[i].step != w.trail[i]) return false;
    return true;
}

std::string walkthrough_narrative(const Example& e, const Walkthrough& w) {
    if (w.trail.empty() || !walkthrough_on_script(e, w)) return {};
    return e.path[w.trail.size() - 1].narrative;
}

} // namespace pw
