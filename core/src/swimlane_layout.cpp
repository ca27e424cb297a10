#include "pw/swimlane_layout.hpp"

#include "pw/lookup.hpp"

#include <algorithm>
#include <functional>
#include <map>

namespace pw {
namespace {

// Longest-path layering from the start step, with edges that close a cycle
// (found by depth-first search) ignored, so repeats do not push steps right.
std::vector<int> layer_steps(const CaseType& ct) {
    const std::size_t n = ct.steps.size();
    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < n; ++i)
        index.emplace(ct.steps[i].id, i);

    std::vector<std::vector<std::size_t>> forward(n);
    std::vector<int> state(n, 0); // 0 unseen, 1 on stack, 2 done
    std::vector<std::size_t> topo;
    std::function<void(std::size_t)> dfs = [&](std::size_t v) {
        state[v] = 1;
        for (const Transition& t : ct.steps[v].next) {
            auto it = index.find(t.step);
            if (it == index.end()) continue;
            const std::size_t w = it->second;
            if (state[w] == 1) continue; // back edge: part of a cycle
            forward[v].push_back(w);
            if (state[w] == 0) dfs(w);
        }
        state[v] = 2;
        topo.push_back(v);
    };
    if (auto it = index.find(ct.start); it != index.end()) dfs(it->second);
    for (std::size_t i = 0; i < n; ++i)
        if (state[i] == 0) dfs(i); // unreachable steps still get a place

    std::reverse(topo.begin(), topo.end());
    std::vector<int> layer(n, 0);
    for (std::size_t v : topo)
        for (std::size_t w : forward[v])
            layer[w] = std::max(layer[w], layer[v] + 1);
    return layer;
}

} // namespace

const StepBox* SwimlaneLayout::box_for_step(std::size_t step) const {
    if (step >= box_of_step.size() || box_of_step[step] >= boxes.size()) return nullptr;
    return &boxes[box_of_step[step]];
}

SwimlaneLayout layout_swimlanes(const Model& model, const CaseType& ct) {
    SwimlaneLayout out;

    // Lanes: organisations that act or exchange data here, in content order.
    std::vector<std::string> used;
    auto use_role = [&](const std::string& role_id) {
        if (const Organisation* o = organisation_of_role(model, role_id))
            if (std::find(used.begin(), used.end(), o->id) == used.end()) used.push_back(o->id);
    };
    for (const Step& s : ct.steps) {
        use_role(s.actor);
        for (const Flow& f : s.flows) {
            use_role(f.from);
            for (const auto& to : f.to)
                use_role(to);
        }
    }
    for (const Organisation& o : model.organisations)
        if (std::find(used.begin(), used.end(), o.id) != used.end()) out.lanes.push_back(o.id);
    auto lane_of_role = [&](const std::string& role_id) {
        const Organisation* o = organisation_of_role(model, role_id);
        if (!o) return 0;
        auto it = std::find(out.lanes.begin(), out.lanes.end(), o->id);
        return static_cast<int>(it - out.lanes.begin());
    };

    // Columns: by layer, then by the order the author wrote the steps.
    const std::vector<int> layer = layer_steps(ct);
    std::vector<std::size_t> order(ct.steps.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return layer[a] < layer[b]; });

    int slot = 0;
    for (std::size_t i : order) {
        const Step& s = ct.steps[i];
        StepBox box;
        box.step = i;
        box.lane = lane_of_role(s.actor);
        box.first_slot = slot;
        for (std::size_t f = 0; f < s.flows.size(); ++f) {
            const Flow& flow = s.flows[f];
            const int from_lane = lane_of_role(flow.from);
            std::map<int, std::vector<std::string>> by_lane;
            for (const auto& to : flow.to)
                by_lane[lane_of_role(to)].push_back(to);
            bool internal = true;
            for (auto& [to_lane, recipients] : by_lane) {
                if (to_lane == from_lane) continue;
                internal = false;
                box.marks.push_back(FlowMark{
                    f, from_lane, to_lane, slot + static_cast<int>(box.marks.size()), recipients});
            }
            if (internal) ++box.internal_flows;
        }
        box.slot_count = std::max<int>(1, static_cast<int>(box.marks.size()));
        box.label_slots = s.kind == StepKind::decision ? 1 : 0;
        slot += box.slot_count + box.label_slots;
        out.boxes.push_back(std::move(box));
    }
    out.slot_count = slot;
    out.box_of_step.assign(ct.steps.size(), static_cast<std::size_t>(-1));
    for (std::size_t b = 0; b < out.boxes.size(); ++b)
        out.box_of_step[out.boxes[b].step] = b;

    std::map<std::string, std::size_t> index;
    for (std::size_t i = 0; i < ct.steps.size(); ++i)
        index.emplace(ct.steps[i].id, i);
    for (std::size_t i = 0; i < ct.steps.size(); ++i) {
        const std::size_t first_of_step = out.connectors.size();
        for (const Transition& t : ct.steps[i].next) {
            auto it = index.find(t.step);
            if (it == index.end()) continue;
            const StepBox* a = out.box_for_step(i);
            const StepBox* b = out.box_for_step(it->second);
            Connector c{i, it->second, t.label, b->first_slot < a->first_slot};
            if (!c.backwards) {
                // Forward connectors of step i so far: this one comes after them.
                for (std::size_t e = first_of_step; e < out.connectors.size(); ++e)
                    if (Connector& earlier = out.connectors[e]; !earlier.backwards) {
                        ++earlier.siblings;
                        ++c.sibling;
                    }
                c.siblings = c.sibling + 1;
            }
            out.connectors.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace pw
