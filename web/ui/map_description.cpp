#include "ui/map_description.hpp"

#include "pw/lookup.hpp"
#include "pw/role_facts.hpp"
#include "pw/routes.hpp"
#include "ui/a11y.hpp"
#include "ui/content_changes.hpp"
#include "ui/process_map.hpp"
#include "ui/strings.hpp"

namespace pw::ui {
namespace {

// What the map shows of a step besides its box, in words, from the content:
// its lane, its flows (sender, recipients, channel, systems, condition) and
// the steps that follow (with the outcome that leads there).
std::string step_description(const AppState& s, const CaseType& ct, const SwimlaneLayout& layout,
                             const StepBox& box, const Step& step) {
    const Model& model = s.content.model;
    std::string out;
    if (box.lane >= 0 && static_cast<std::size_t>(box.lane) < layout.lanes.size())
        if (const Organisation* org = find_organisation(model, layout.lanes[box.lane]))
            out = trf(Text::map_lane, org->short_name) + ".";
    for (const Flow& flow : step.flows) {
        std::string how(channel_short_name(model, flow.channel));
        std::string systems;
        for (const auto& id : flow.systems)
            systems += (systems.empty() ? "" : ", ") + std::string(system_name(model, id));
        if (!systems.empty()) how += " (" + systems + ")";
        out += " " + trf(Text::flow_from, std::string(role_short_name(model, flow.from))) + " " +
               trf(Text::map_flow, join_short_names(model, flow.to), how);
        if (!flow.condition.empty()) out += ", " + trf(Text::map_flow_when, flow.condition);
        out += ".";
    }
    std::string next;
    for (const Transition& t : step.next)
        if (const Step* target = find_step(ct, t.step))
            next += (next.empty() ? "" : "; ") + target->title +
                    (t.label.empty() ? std::string() : " (" + t.label + ")");
    if (!next.empty()) out += " " + trf(Text::map_next, next) + ".";
    return out;
}

} // namespace

std::string join_short_names(const Model& model, const std::vector<std::string>& roles) {
    std::string out;
    for (const auto& r : roles)
        out += (out.empty() ? "" : ", ") + std::string(role_short_name(model, r));
    return out;
}

const char* kind_label(StepKind kind) {
    switch (kind) {
    case StepKind::decision:
        return tr(Text::kind_decision);
    case StepKind::end:
        return tr(Text::kind_end);
    case StepKind::task:
        return tr(Text::kind_task);
    }
    return "";
}

std::string step_name(const AppState& s, const Step& step) {
    const Model& model = s.content.model;
    std::string name = std::string(kind_label(step.kind)) + ": " + step.title + " (" +
                       std::string(role_name(model, step.actor)) + ")";
    if (const Involvement lens = step_involvement(model, step, s.lens); lens.any())
        name += " — " + lens_tag_text(lens);
    // Marked as new or changed since the user's last visit (on the map's process).
    if (const auto badge = step_badge(s, s.case_type, step.id))
        name += " — " + std::string(badge_text(*badge));
    return name;
}

void describe_offscreen_step(const AppState& s, const Step& step, const std::string& href,
                             const std::string& description) {
    a11y_offscreen(A11yRole::link, step_name(s, step), href);
    a11y_offscreen(A11yRole::text, description);
}

const std::vector<std::string>& describe_steps(const AppState& s, MapViewState& map,
                                               const CaseType& ct, const SwimlaneLayout& layout) {
    const std::string key = ct.id + (language() == Language::en ? "/en" : "/nl");
    if (map.described == key && map.descriptions.size() == ct.steps.size()) return map.descriptions;
    map.descriptions.assign(ct.steps.size(), std::string());
    map.hrefs.clear();
    for (const Step& step : ct.steps)
        map.hrefs.push_back(format_route(Route{Route::Kind::step, ct.id, step.id, {}, {}}));
    for (const StepBox& box : layout.boxes)
        map.descriptions[box.step] = step_description(s, ct, layout, box, ct.steps[box.step]);
    map.described = key;
    return map.descriptions;
}

} // namespace pw::ui
