#include "ui/main_window.hpp"

#include "ui/a11y.hpp"
#include "ui/apart.hpp"
#include "ui/changes_view.hpp"
#include "ui/diagnostics_view.hpp"
#include "ui/editor_actions.hpp"
#include "ui/editor_view.hpp"
#include "ui/entity_views.hpp"
#include "ui/home_view.hpp"
#include "ui/navigation.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/training_actions.hpp"
#include "ui/training_views.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace pw::ui {
namespace {

View exercise_view(const TrainingState& t, bool trainer) {
    switch (exercise_phase(t)) {
    case ExercisePhase::feedback:
        return trainer ? View::trainer_feedback : View::feedback;
    case ExercisePhase::debrief:
        return trainer ? View::trainer_debrief : View::debrief;
    case ExercisePhase::question:
        break;
    }
    return trainer ? View::trainer : View::exercise;
}

View place_view(const AppState& s, const Views& v) {
    switch (s.route.kind) {
    case Route::Kind::home:
        return View::home;
    case Route::Kind::search:
        return View::search;
    case Route::Kind::case_type:
    case Route::Kind::step:
        return View::map;
    case Route::Kind::example:
        return View::walkthrough;
    case Route::Kind::training:
        return View::training;
    case Route::Kind::scenario:
        return exercise_view(v.training, false);
    case Route::Kind::trainer:
        return exercise_view(v.training, true);
    case Route::Kind::role:
        return View::role;
    case Route::Kind::organisation:
        return View::organisation;
    case Route::Kind::term:
        return View::term;
    case Route::Kind::data_item:
        return View::data_item;
    case Route::Kind::system:
        return View::system;
    case Route::Kind::channel:
        return View::channel;
    case Route::Kind::card:
        return View::card;
    case Route::Kind::rule:
        return View::rule;
    case Route::Kind::assistant:
        return View::assistant;
    case Route::Kind::changes:
        return View::changes;
    case Route::Kind::editor:
        return View::editor;
    }
    return View::home;
}

// The views past the home screen are called apart (apart.hpp).
void draw_view(AppState& s, Views& v, View view) {
    switch (view) {
    case View::loading:
        // Content there, the place asked for waits for the rest of it (rest_arrival.hpp).
        if (s.status != ContentStatus::ready) {
            wrapped(tr(Text::loading));
        } else if (!s.rest.problem.empty()) {
            ImGui::PushStyleColor(ImGuiCol_Text, colours().error_text);
            wrapped(trf(Text::rest_failed, s.rest.problem));
            ImGui::PopStyleColor();
        } else {
            wrapped(tr(Text::rest_loading));
        }
        break;
    case View::diagnostics:
        draw_diagnostics(s);
        break;
    case View::not_found:
        draw_not_found(s);
        break;
    case View::home:
        draw_home(s);
        break;
    case View::search:
        apart(draw_search_results)(s, v.search);
        break;
    case View::map:
    case View::walkthrough:
        apart(draw_process)(s, v.process);
        break;
    case View::training:
        apart(draw_training_list)(s, v.training);
        break;
    case View::exercise:
    case View::feedback:
    case View::debrief:
        apart(draw_exercise)(s, v.training);
        break;
    case View::trainer:
    case View::trainer_feedback:
    case View::trainer_debrief:
        apart(draw_trainer)(s, v.training);
        break;
    case View::role:
    case View::organisation:
    case View::term:
    case View::data_item:
    case View::system:
    case View::channel:
    case View::card:
    case View::rule:
        apart(draw_entity_view)(s);
        break;
    case View::assistant:
        apart(draw_assistant)(s, v.assistant);
        break;
    case View::changes:
        apart(draw_changes)(s);
        break;
    case View::editor:
        apart(draw_editor)(s, v.editor, v.training);
        break;
    }
}

// On a page of the onboarding path (a card, a process, a role; never one of
// its steps): where it is on the path, and the way on, so the path is
// followed page by page instead of from the home page.
void draw_path_bar(AppState& s) {
    const auto at = onboarding_position(s.onboarding, s.route);
    if (!at) return;
    const OnboardingItem& item = s.onboarding[*at];
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    line(trf(Text::path_position, std::to_string(*at + 1), std::to_string(s.onboarding.size())) +
         " · " + group_title(item));
    ImGui::PopStyleColor();
    // Each link beside the last when it fits, else on a line of its own (320 px).
    const float gap = 16 * s.scale();
    if (*at > 0) {
        same_line_if_room(ImGui::CalcTextSize(tr(Text::path_previous)).x, gap);
        if (link_button(s, tr(Text::path_previous), "pad-vorige"))
            navigate(s, s.onboarding[*at - 1].route);
    }
    if (*at + 1 < s.onboarding.size()) {
        const std::string next = trf(Text::path_next, s.onboarding[*at + 1].title);
        same_line_if_room(ImGui::CalcTextSize(next.c_str()).x, gap);
        if (link_button(s, next, "pad-volgende")) navigate(s, s.onboarding[*at + 1].route);
    }
}

// A preview of the trainer's own exercise: said, with the way back.
void draw_preview_bar(AppState& s) {
    if (s.library.preview.empty() || s.route.id != s.library.preview ||
        (s.route.kind != Route::Kind::scenario && s.route.kind != Route::Kind::trainer))
        return;
    ImGui::PushStyleColor(ImGuiCol_Text, colours().warning_text);
    line(tr(Text::preview_banner));
    ImGui::PopStyleColor();
    same_line_if_room(ImGui::CalcTextSize(tr(Text::preview_back)).x, 16 * s.scale());
    if (link_button(s, tr(Text::preview_back), "terug-naar-editor"))
        navigate(s, Route{Route::Kind::editor, {}, {}, s.library.preview_of, {}});
}

void draw_notice(AppState& s) {
    if (s.notice.empty() || s.time > s.notice_until) {
        s.notice.clear();
        return;
    }
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(
        ImVec2(vp->Pos.x + vp->Size.x * 0.5f, vp->Pos.y + vp->Size.y - 24.0f * s.scale()), 0,
        ImVec2(0.5f, 1.0f));
    ImGui::SetNextWindowBgAlpha(0.97f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colours().warning_bg);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().warning_text);
    ImGui::Begin("melding", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing |
                     ImGuiWindowFlags_NoNav |
                     ImGuiWindowFlags_NoInputs); // never in the way of a click
    ImGui::PushTextWrapPos(600.0f * s.scale());
    line(s.notice); // wrapped at the width above; the screen reader reads it too
    ImGui::PopTextWrapPos();
    ImGui::End();
    ImGui::PopStyleColor(2);
}

// A newer build waits in the service worker: say so, and switch on request.
void draw_update_notice(AppState& s) {
    if (!s.update_ready) return;
    const ImGuiViewport* vp = ImGui::GetMainViewport();
    const float pad = 16.0f * s.scale();
    ImGui::SetNextWindowPos(ImVec2(vp->Pos.x + vp->Size.x - pad, vp->Pos.y + vp->Size.y - pad), 0,
                            ImVec2(1.0f, 1.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, colours().panel);
    ImGui::PushStyleColor(ImGuiCol_Border, colours().accent);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 2.0f * s.scale());
    ImGui::Begin("update", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_AlwaysAutoResize |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoFocusOnAppearing);
    ImGui::TextUnformatted(tr(Text::update_available));
    ImGui::SameLine();
    if (ImGui::Button(tagged(tr(Text::update_apply), "update-laden").c_str())) s.ask(ApplyUpdate{});
    ImGui::End();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
}

} // namespace

View current_view(const AppState& s, const Views& v) {
    switch (s.status) {
    case ContentStatus::loading:
        return View::loading;
    case ContentStatus::invalid:
    case ContentStatus::fetch_failed:
        return View::diagnostics;
    case ContentStatus::ready:
        break;
    }
    // Past the home screen: the rest of the content, on its way or why not.
    if (s.rest.route_waiting || waits_for_rest(s, s.route) ||
        (s.content.rest_pending() && !s.not_found.empty()))
        return View::loading;
    if (!s.not_found.empty()) return View::not_found;
    return place_view(s, v);
}

const char* view_name(View view) {
    switch (view) {
    case View::loading:
        return "loading";
    case View::diagnostics:
        return "diagnostics";
    case View::not_found:
        return "not_found";
    case View::home:
        return "home";
    case View::search:
        return "search";
    case View::map:
        return "map";
    case View::walkthrough:
        return "walkthrough";
    case View::role:
        return "role";
    case View::organisation:
        return "organisation";
    case View::term:
        return "term";
    case View::data_item:
        return "data_item";
    case View::system:
        return "system";
    case View::channel:
        return "channel";
    case View::card:
        return "card";
    case View::rule:
        return "rule";
    case View::training:
        return "training";
    case View::exercise:
        return "exercise";
    case View::feedback:
        return "feedback";
    case View::debrief:
        return "debrief";
    case View::trainer:
        return "trainer";
    case View::trainer_feedback:
        return "trainer_feedback";
    case View::trainer_debrief:
        return "trainer_debrief";
    case View::assistant:
        return "assistant";
    case View::changes:
        return "changes";
    case View::editor:
        return "editor";
    }
    return "";
}

View draw_main_window(AppState& s, Views& v) {
    set_language(s.progress.settings.language == "en" ? Language::en : Language::nl);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->Pos);
    ImGui::SetNextWindowSize(viewport->Size);
    // Keyboard navigation needs a focused window: the page's, unless another has it.
    if (!ImGui::IsWindowFocused(ImGuiFocusedFlags_AnyWindow)) ImGui::SetNextWindowFocus();
    ImGui::Begin("Protocolwijzer", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus);
    a11y_region(A11yRegion::banner);
    draw_top_bar(s, v.top_bar);
    const View view = current_view(s, v);
    a11y_region(A11yRegion::navigation, tr(Text::path_title));
    draw_path_bar(s);
    a11y_region(A11yRegion::main);
    if (s.status == ContentStatus::ready) draw_changes_notice(s);
    draw_preview_bar(s);
    draw_view(s, v, view);
    ImGui::End();
    draw_notice(s);
    draw_update_notice(s);
    return view;
}

void follow_route(AppState& s, Views& v) {
    follow_route(v.process, s);
    follow_route(v.training, s);
    follow_route(v.editor, s);
}

} // namespace pw::ui
