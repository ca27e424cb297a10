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

std::string plain_step_name(const Model& model, const Step& step) {
    return std::string(kind_label(step.kind)) + ": " + step.title + " (" +
           std::string(role_name(model, step.actor)) + ")";
}

// The marks a step's name carries after its plain name: the lens, and new or
// changed since the user's last visit (on the map's process).
void add_step_marks(const AppState& s, const Step& step, std::string& name) {
    if (const Involvement lens = step_involvement(s.content.model, step, s.lens); lens.any())
        name += " — " + lens_tag_text(lens);
    if (const auto badge = step_badge(s, s.case_type, step.id))
        name += " — " + std::string(badge_text(*badge));
}

std::string step_name(const AppState& s, const Step& step) {
    std::string name = plain_step_name(s.content.model, step);
    add_step_marks(s, step, name);
    return name;
}

void describe_offscreen_step(const AppState& s, const MapViewState& map, const Step& step,
                             std::size_t index) {
    // The plain name is made once with the descriptions, the marks every frame.
    std::string name = map.names[index];
    add_step_marks(s, step, name);
    a11y_offscreen(A11yRole::link, name, map.hrefs[index]);
    a11y_offscreen(A11yRole::text, map.descriptions[index]);
}

const std::vector<std::string>& describe_steps(const AppState& s, MapViewState& map,
                                               const CaseType& ct, const SwimlaneLayout& layout) {
    const std::string key = ct.id + (language() == Language::en ? "/en" : "/nl");
    if (map.described == key && map.descriptions.size() == ct.steps.size()) return map.descriptions;
    map.descriptions.assign(ct.steps.size(), std::string());
    map.hrefs.clear();
    map.names.clear();
    for (const Step& step : ct.steps) {
        map.hrefs.push_back(format_route(Route{Route::Kind::step, ct.id, step.id, {}, {}}));
        map.names.push_back(plain_step_name(s.content.model, step));
    }
    for (const StepBox& box : layout.boxes)
        map.descriptions[box.step] = step_description(s, ct, layout, box, ct.steps[box.step]);
    map.described = key;
    return map.descriptions;
}

} // namespace pw::ui
