#include "ui/app.hpp"

#include "pw/draft_library.hpp"
#include "pw/lookup.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/content_changes.hpp"
#include "ui/exercise_library.hpp"
#include "ui/fonts.hpp"
#include "ui/navigation.hpp"
#include "ui/process_map.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/rich_text.hpp"
#include "ui/strings.hpp"
#include "ui/test_hook.hpp"

#include <imgui.h>

#include <cmath>

#include <type_traits>
#include <utility>

namespace pw::ui {
namespace {

// The system's wish for contrast first; then the user's choice; with none
// ("system"), the system's light or dark.
Theme theme_in_use(const AppState& s) {
    if (s.high_contrast) return Theme::high_contrast;
    const std::string& chosen = s.progress.settings.theme;
    if (chosen == "dark" || (chosen == "system" && s.system_dark)) return Theme::dark;
    return Theme::light;
}

} // namespace

App::App(std::string text_version_url, std::string page_address) {
    state_.text_version_url = std::move(text_version_url);
    state_.page_address = std::move(page_address);
}

bool App::prepare_frame(float dpr, double time) {
    state_.dpr = dpr;
    state_.time = time;
    // Enter activates the focused control as Space does: Dear ImGui 1.86 maps
    // Enter only to "text input", so buttons and links ignored it. Not while
    // typing, where Enter belongs to the text field.
    ImGuiIO& io = ImGui::GetIO();
    for (const ImGuiKey key : {ImGuiKey_Enter, ImGuiKey_KeyPadEnter})
        if (!io.WantTextInput && io.KeyMap[key] >= 0 && io.KeysDown[io.KeyMap[key]])
            io.NavInputs[ImGuiNavInput_Activate] = 1.0f;
    if (state_.pointer_resting && (std::abs(io.MousePos.x - state_.rest_x) > 2.0f ||
                                   std::abs(io.MousePos.y - state_.rest_y) > 2.0f))
        state_.pointer_resting = false;
    if (!fonts_arrived_) return false;
    const float scale = state_.scale();
    const Theme theme = theme_in_use(state_);
    // The first atlas holds the glyphs of the content and the UI alone, half
    // of them; the frame after the first screen builds it whole.
    if (fonts_built_for_ != scale || (state_.fonts.large_wanted && !state_.fonts.large) ||
        (announced_ && !state_.fonts.complete)) {
        state_.fonts = build_fonts(font_files_, scale, state_.fonts.large_wanted, announced_);
        state_.paragraph_layouts.clear(); // measured with the fonts before
        fonts_built_for_ = scale;
        theme_applied_ = theme;
        apply_theme(theme, scale);
        return true;
    }
    if (theme_applied_ != theme) {
        theme_applied_ = theme;
        apply_theme(theme, scale);
    }
    return false;
}

void App::draw() {
    // The second frame on compares the content with the stored fingerprint:
    // the first screen does not wait for it, the notice shows a frame later.
    if (announced_) compare_content(state_);
    // A move asked for since the last frame is made before anything is drawn:
    // a frame shows one place, and what the test hook reports of it matches.
    move();
    a11y_begin_frame();
    state_.explanation.previous = std::exchange(state_.explanation.item, 0u);
    if (fonts_ready()) shown_ = draw_main_window(state_, views_);
    tree_ = a11y_end_frame(state_.dpr);
    if (state_.status == ContentStatus::ready) {
        a11y_main_heading(tree_, place_title());
        // A new place: the browser's focus goes to its h1, as after a page
        // load; not while typing (the search box changes the route as it goes).
        const std::string route = current_route(state_);
        if (route != focused_route_ && !focused_route_.empty() && !ImGui::GetIO().WantTextInput)
            a11y_focus_main_heading(tree_);
        focused_route_ = route;
    }
    ++state_.frames;
    after_frame();
}

std::string App::place_title() const {
    return state_.not_found.empty() ? route_title(state_.content.model, state_.route)
                                    : std::string(tr(Text::not_found_title));
}

void App::describe_page() {
    if (state_.status != ContentStatus::ready) return;
    const std::string place = place_title();
    DescribePage page{state_.route.kind == Route::Kind::home && state_.not_found.empty()
                          ? std::string(tr(Text::app_title)) + " — " + tr(Text::app_subtitle)
                          : place + " — " + tr(Text::app_title),
                      language() == Language::en ? "en" : "nl", tr(Text::skip_link)};
    if (page.title != described_.title || page.language != described_.language) {
        // A new place is said as well; a new language alone is not.
        if (page.title != described_.title && !described_.title.empty())
            state_.ask(Announce{place});
        described_ = page;
        state_.ask(std::move(page));
    }
    if (state_.notice != announced_notice_) {
        announced_notice_ = state_.notice;
        if (!state_.notice.empty()) state_.ask(Announce{state_.notice});
    }
}

bool App::first_screen_due() const {
    return !announced_ && fonts_ready() && state_.status != ContentStatus::loading;
}

void App::after_frame() {
    publish_route(state_);
    describe_page();
    save_library_if_dirty(state_);
    if (state_.progress_dirty) {
        state_.ask(SaveProgress{serialize_progress(state_.progress)});
        state_.progress_dirty = false;
    }
    const bool announced_before = announced_;
    if (first_screen_due()) {
        announced_ = true;
        state_.ask(AnnounceReady{});
    }
    // The rest of the content is asked for once the first screen is drawn
    // (after AnnounceReady, among this frame's commands); the search index is
    // built in a frame after it, once the rest is in, so the app is ready
    // without waiting for either.
    const bool ready = state_.status == ContentStatus::ready;
    const bool rest_settled = !rest_coming(state_) || !ready;
    if (announced_ && ready) request_rest(state_);
    send_due_classroom_check(state_, views_.training.classroom);
    if (announced_before && rest_settled && !state_.rest.ready_said) {
        state_.rest.ready_said = true;
        state_.ask(RestReady{});
    }
    if (announced_before && ready && rest_settled) {
        state_.search_index();
        if (!search_ready_said_) state_.ask(SearchReady{});
        search_ready_said_ = true;
    }
}

void App::move() {
    if (!arrive(state_)) return;
    note_place_opened(state_);
    follow_route(state_, views_);
    const ImVec2 pointer = ImGui::GetIO().MousePos;
    state_.pointer_resting = true;
    state_.rest_x = pointer.x;
    state_.rest_y = pointer.y;
}

void App::handle(Event event) {
    std::visit(
        [this](auto& e) {
            using E = std::decay_t<decltype(e)>;
            if constexpr (std::is_same_v<E, ProgressRead>) {
                load_progress(e.text);
            } else if constexpr (std::is_same_v<E, DraftsRead>) {
                state_.library.stored = e.text;
                state_.library.read = false;
                read_library(state_); // when the content came first
            } else if constexpr (std::is_same_v<E, FilePicked>) {
                take_file(e);
            } else if constexpr (std::is_same_v<E, TabStateRead>) {
                restore_classroom(state_, views_.training.classroom, e.text);
            } else if constexpr (std::is_same_v<E, ContentArrived>) {
                take_content(load_bundle(e.bundle));
                apply_route(state_, state_.published_route);
            } else if constexpr (std::is_same_v<E, ContentLoaded>) {
                take_content(std::move(e.content));
                apply_route(state_, state_.published_route);
            } else if constexpr (std::is_same_v<E, RestArrived>) {
                if (take_rest(state_, e)) rest_in();
            } else if constexpr (std::is_same_v<E, ContentFailed>) {
                state_.status = ContentStatus::fetch_failed;
            } else if constexpr (std::is_same_v<E, FontsArrived>) {
                font_files_ = e.files;
                fonts_arrived_ = true;
            } else if constexpr (std::is_same_v<E, HashChanged>) {
                if (e.hash != state_.published_route) apply_route(state_, e.hash);
            } else if constexpr (std::is_same_v<E, HttpResponse>) {
                apply_http_response(state_, views_.training.classroom, e);
            } else if constexpr (std::is_same_v<E, UpdateReady>) {
                state_.update_ready = true;
            } else if constexpr (std::is_same_v<E, FocusRequest>) {
                a11y_request_focus(e.id);
            } else if constexpr (std::is_same_v<E, FocusOnward>) {
                a11y_focus_onward(tree_, e.from, e.backward);
            } else if constexpr (std::is_same_v<E, ContrastPreference>) {
                state_.high_contrast = e.more;
            } else if constexpr (std::is_same_v<E, ColorSchemePreference>) {
                state_.system_dark = e.dark;
            } else if constexpr (std::is_same_v<E, ZoomGesture>) {
                views_.process.map.pending_zoom += e.notches;
            }
        },
        event);
}

bool App::shortcut(Shortcut key) {
    if (ImGui::GetCurrentContext() == nullptr || ImGui::GetIO().WantTextInput) return false;
    // With a popup or combo open, keys (Escape above all) are ImGui's.
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId | ImGuiPopupFlags_AnyPopupLevel))
        return false;
    if (state_.status != ContentStatus::ready) return false;
    // The single-key shortcuts can be switched off in the settings; Escape stays.
    if (key != Shortcut::leave && !state_.progress.settings.single_key_shortcuts) return false;
    const bool on_map = shows_map(state_.route) && state_.not_found.empty();
    MapViewState& map = views_.process.map;
    bool handled = false;
    switch (key) {
    case Shortcut::focus_search:
        state_.search_focus_requested = true;
        handled = true;
        break;
    case Shortcut::zoom_in:
        if (on_map) step_zoom(map, +1);
        handled = on_map;
        break;
    case Shortcut::zoom_out:
        if (on_map) step_zoom(map, -1);
        handled = on_map;
        break;
    case Shortcut::zoom_to_fit:
        if (on_map) map.fit_all_requested = true;
        handled = on_map;
        break;
    case Shortcut::leave:
        // Escape closes an open explanation first; else it leaves a step or a
        // search for the place around it.
        if (state_.explanation.item != 0) {
            state_.explanation.dismissed = std::exchange(state_.explanation.item, 0u);
            handled = true;
        } else {
            handled = leave_place(state_, views_.top_bar);
        }
        break;
    }
    return handled;
}

std::vector<Command> App::take_commands() {
    return std::exchange(state_.commands, {});
}

std::string App::test_state_json() {
    return ui::test_state_json(state_, views_, shown_, tree_);
}

void App::take_content(LoadResult content) {
    AppState& s = state_;
    s.content = std::move(content);
    // A broken exercise is listed in the training view; the guide still opens.
    s.broken_scenarios = set_aside_broken_scenarios(s.content);
    if (!s.content.ok() || s.content.model.case_types.empty()) {
        s.status = ContentStatus::invalid;
        return;
    }
    s.status = ContentStatus::ready;
    s.rest = RestArrival{};
    s.forget_search_index();
    search_ready_said_ = false;
    s.onboarding = onboarding_path(s.content.model);
    build_glossary_lookup(s);
    if (!find_case_type(s.content.model, s.case_type))
        s.case_type = s.content.model.case_types.front().id;
    // Before any exercise is resumed: the progress as this content has room for it.
    s.changes = ContentChangesState{};
    reconcile_content(s);
    // The trainer's own exercises after the progress is reconciled: they are
    // not the content's and never in the progress.
    s.library.read = false;
    s.authored_exercises.clear();
    s.library.playable.clear();
    if (s.library.stored.empty() && !s.library.drafts.empty())
        s.library.stored = store_draft_library(s.library.drafts);
    read_library(s);
}

// The rest of the content is in (or could not be had): what waited for it follows.
void App::rest_in() {
    AppState& s = state_;
    s.forget_search_index();
    search_ready_said_ = false;
    // The same path and abbreviations as the first part's, now read from the whole model.
    s.onboarding = onboarding_path(s.content.model);
    build_glossary_lookup(s);
    reconcile_content(s);
    read_library(s);
    // A place chosen on the loading screen since (navigate) is newer: it stays.
    if (!s.rest.route_waiting || s.requested) return;
    if (s.rest.waiting)
        s.requested = std::move(*s.rest.waiting);
    else
        apply_route(s, s.published_route);
    s.rest.waiting.reset();
}

void App::take_file(const FilePicked& file) {
    if (state_.status != ContentStatus::ready) return;
    if (!file.problem.empty()) {
        state_.tell(trf(Text::import_failed, file.name, file.problem), 15.0);
        return;
    }
    const std::string id = import_exercise(state_, file.name, file.text);
    if (!id.empty()) navigate(state_, Route{Route::Kind::editor, {}, {}, id, {}});
}

void App::load_progress(std::string_view stored) {
    ProgressLoad loaded = parse_progress(stored);
    state_.progress = std::move(loaded.progress);
    if (loaded.problem) {
        state_.tell(*loaded.problem, 12.0);
        state_.progress_dirty = true; // overwrite the unusable value
    }
    state_.changes = ContentChangesState{};
    reconcile_content(state_); // when the content came first
}

} // namespace pw::ui
