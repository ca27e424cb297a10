#include "ui/walkthrough_panel.hpp"

#include "pw/lookup.hpp"
#include "pw/walkthrough.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {

void draw_walkthrough_panel(AppState& s, ProcessViewState& view, const CaseType& ct,
                            const Example& e) {
    const Model& model = s.content.model;
    if (!view.walkthrough) view.walkthrough = start_walkthrough(ct, e);
    Walkthrough& w = *view.walkthrough;
    const Step* step = walkthrough_step(ct, w);
    if (!step) return;
    // The step and its choices come first, so they stay in view while playing.
    ImGui::PushFont(s.fonts.small);
    ImGui::TextDisabled("%s: %s", tr(Text::example_prefix), e.title.c_str());
    ImGui::PopFont();
    ImGui::PushFont(s.fonts.small);
    ImGui::TextDisabled("%s", trf(Text::step_of, std::to_string(w.trail.size())).c_str());
    ImGui::PopFont();
    ImGui::PushFont(s.fonts.bold);
    route_link(s, step->title, Route{Route::Kind::step, ct.id, step->id, {}, {}});
    ImGui::PopFont();
    ImGui::PushFont(s.fonts.small);
    ImGui::TextDisabled("%s", std::string(role_name(model, step->actor)).c_str());
    ImGui::PopFont();
    const std::string narrative = walkthrough_narrative(e, w);
    if (!narrative.empty()) {
        prose(s, narrative);
    } else {
        prose_muted(s, tr(Text::off_script));
        prose(s, step->summary);
    }
    ImGui::Spacing();

    if (walkthrough_finished(ct, w)) {
        badge(s, tr(Text::finished), colours().end, colours().on_accent);
        wrapped(tr(Text::finished_text));
        const std::string key = ct.id + "/" + e.id;
        if (!s.progress.completed_walkthroughs.count(key)) {
            s.progress.completed_walkthroughs.insert(key);
            s.progress_dirty = true;
        }
    } else {
        if (step->kind == StepKind::decision) {
            section_label(s, step->question.c_str());
        }
        // The example's own way first, where "Volgende" was: a quick second
        // click follows the example instead of taking another branch.
        std::vector<WalkthroughChoice> choices = walkthrough_choices(ct, e, w);
        std::stable_partition(choices.begin(), choices.end(),
                              [](const WalkthroughChoice& c) { return c.in_example; });
        for (const WalkthroughChoice& c : choices) {
            const Step* target = find_step(ct, c.step);
            if (!target) continue;
            std::string label = step->kind == StepKind::decision
                                    ? c.label
                                    : std::string(tr(Text::next)) + ": " + target->title;
            if (c.in_example) label += "  (" + std::string(tr(Text::in_example)) + ")";
            const std::string tag =
                c.in_example ? "walkthrough:voorbeeld" : "walkthrough:" + c.step;
            if (wide_button(s, label, tag.c_str(), c.in_example)) {
                advance_walkthrough(ct, w, c.step);
                view.map.scroll_to_step = true;
            }
        }
    }
    ImGui::Spacing();
    ImGui::BeginDisabled(w.trail.size() <= 1);
    if (button(tagged(tr(Text::back), "walkthrough:terug").c_str())) {
        back_walkthrough(w);
        view.map.scroll_to_step = true;
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (button(tagged(tr(Text::restart), "walkthrough:opnieuw").c_str())) {
        w = start_walkthrough(ct, e);
        view.map.scroll_to_step = true;
    }
    ImGui::Spacing();
    ImGui::Separator();
    // About the example: who it is about and where it comes from.
    section_label(s, tr(Text::example_prefix));
    heading(s, e.title);
    prose(s, e.summary);
    section_label(s, tr(Text::persons));
    for (const ExamplePerson& p : e.persons)
        bullet_prose(s, p.name + ": " + p.description +
                            (p.identifier.empty() ? "" : " (" + p.identifier + ")"));
    provenance_block(s, model, e.provenance);
    ImGui::Spacing();
    route_link(s, tr(Text::back_to_overview), Route{Route::Kind::case_type, ct.id, {}, {}, {}});
}

} // namespace pw::ui
