// What the views share: the content and what is derived from it, where the
// user is, their progress and settings, and the frame's environment (scale,
// fonts, time). Each view keeps its own state and caches in its own struct
// (TopBarState, ProcessViewState, SearchViewState, TrainingState), owned by
// the App; a view changes the shared state only through the functions here
// and in navigation.hpp.
#pragma once

#include "pw/content_loader.hpp"
#include "pw/onboarding.hpp"
#include "pw/progress.hpp"
#include "pw/routes.hpp"
#include "pw/search.hpp"
#include "ui/edge.hpp"
#include "ui/paragraph_layouts.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace pw::ui {

enum class ContentStatus { loading, ready, invalid, fetch_failed };

// A rectangle in CSS pixels.
struct Rect {
    float x = 0, y = 0, w = 0, h = 0;
    bool operator==(const Rect&) const = default;
};

// A move a view asked for; the App makes it after the frame (navigation.hpp).
struct Navigation {
    Route route;
    bool new_history_entry = true;
    std::string not_found;         // the hash that named no place (route is then home)
    bool from_address_bar = false; // the browser shows it already: nothing to publish
    bool going_back = false;       // Escape back to where a link was followed from
};

// The explanation of an abbreviation shown on hover or focus (rich_text): it
// stays while the pointer is on it and Escape closes it (WCAG 1.4.13).
struct HoverExplanation {
    unsigned item = 0;      // the word whose explanation this frame shows (ImGuiID), or 0
    unsigned previous = 0;  // ... the frame before
    Rect shown;             // where it was drawn last frame, device pixels
    unsigned dismissed = 0; // closed by Escape: not again until the word is left
};

// What changed in the content since the user last saw it (content_changes.hpp).
struct ContentChangesState {
    bool carried_over = false; // the progress was carried over to this content
    bool reconciled = false;   // and compared with the stored fingerprint (a frame after ready)
    bool compared = false;     // a stored fingerprint was there to compare this content with
    SeenChanges since;         // from the stored fingerprint, kept up to date
    std::map<std::string, SeenChange::Kind> steps; // "case-type/step" with a badge
};

// The rest of the shipped content, which comes after the first screen (rest_arrival.hpp).
struct RestArrival {
    bool requested = false;            // FetchRest asked
    bool route_waiting = false;        // a place that needs it was asked for: opened once it is in
    std::optional<Navigation> waiting; // that place, when a link (not the address bar) asked
    std::string problem;               // it could not be had: why (the loading screen says so)
    bool ready_said = false;           // RestReady asked
};

// The exercises the trainer wrote (exercise_library.hpp).
struct ExerciseLibrary {
    std::vector<Scenario> drafts;
    std::string stored;                // as read from storage, until the content arrives to read it
    bool read = false;                 // `stored` was read into `drafts`
    bool dirty = false;                // to be saved after the frame
    std::vector<std::string> playable; // ids of drafts put into the model (no errors)
    std::string preview;               // the id a preview plays under, or empty
    std::string preview_of;            // the draft it previews
};

struct AppState {
    // ---- The content, and what is derived from it once ----
    ContentStatus status = ContentStatus::loading;
    LoadResult content;
    std::vector<BrokenScenarioFile> broken_scenarios; // set aside at load, listed in training
    // Exercises written in the editor (kept in this browser) or received from a
    // class session: played like the shipped ones, so they sit in
    // content.model.scenarios too; these are their ids. Nothing of them goes
    // into the progress (visits, runs, results): they are not the content's.
    std::vector<std::string> authored_exercises;
    bool is_authored(const std::string& id) const {
        return std::find(authored_exercises.begin(), authored_exercises.end(), id) !=
               authored_exercises.end();
    }
    ExerciseLibrary library; // the editor's drafts, kept in this browser
    std::vector<OnboardingItem> onboarding;
    // Text that is explained on hover: abbreviation or term -> glossary id.
    std::unordered_map<std::string, std::string> glossary_lookup;
    ParagraphLayouts paragraph_layouts; // rich_text's, emptied with the glossary and the fonts
    // Built on first use, so that the first frame does not wait for it (the
    // App builds it in the frame after the app is ready).
    std::optional<SearchIndex> search_index_built;
    const SearchIndex& search_index() {
        if (!search_index_built) search_index_built = SearchIndex::build(content.model);
        return *search_index_built;
    }
    // Another generation whenever the index is dropped: hits found with an
    // older one are found again (their document numbers mean other documents).
    std::uint64_t search_generation = 0;
    void forget_search_index() {
        search_index_built.reset();
        ++search_generation;
    }
    RestArrival rest;

    // ---- Where the user is ----
    Route route;
    std::string not_found;               // a route that could not be opened, or empty
    std::vector<Route> came_from;        // where the links followed here were clicked (Escape)
    std::string published_route;         // the hash the address bar shows
    bool replace_history = false;        // publish the current route without a history entry
    std::optional<Navigation> requested; // made by the App after the frame
    std::string case_type; // the process on the map (kept while visiting other places)
    std::string lens;      // role or organisation whose part is highlighted, or empty
    bool search_focus_requested = false; // "Ik zoek iets" or the / key: into the search box

    // ---- The user's progress and settings (saved when dirty, after the frame) ----
    Progress progress;
    bool progress_dirty = false;
    ContentChangesState changes;

    // ---- What the user is told ----
    std::string notice; // a message at the bottom (stored progress reset, link copied)
    double notice_until = 0;
    bool update_ready = false;  // a newer build waits in the service worker
    bool high_contrast = false; // the system asks for more contrast (ContrastPreference)
    bool system_dark = false;   // the system's colour scheme is dark (ColorSchemePreference)
    HoverExplanation explanation;
    std::string text_version_url; // "tekst.html" when served (not in the single file)
    std::string page_address;     // the app's address without the route: trainees join there

    // ---- The frame ----
    float dpr = 1.0f; // device pixels per CSS pixel
    Fonts fonts;
    double time = 0; // seconds
    int frames = 0;
    // After a move to another place the pointer rests where the click was: no
    // tooltip pops up under it until it moves (see hover_tip).
    bool pointer_resting = false;
    float rest_x = 0, rest_y = 0;

    // Services asked of the platform, in order; the App hands them over after the frame.
    std::vector<Command> commands;
    RequestId last_request = 0;
    void ask(Command command) { commands.push_back(std::move(command)); }

    void tell(std::string message, double seconds) {
        notice = std::move(message);
        notice_until = time + seconds;
    }

    // Trainer mode is for a projector: text at least this large. A move asked
    // for counts already, so that the fonts are built for the place the frame
    // will show (the move is made as the frame begins), not a frame later.
    static constexpr float kTrainerTextScale = 1.5f;
    float text_scale() const {
        const bool trainer = requested ? requested->route.kind == Route::Kind::trainer &&
                                             requested->not_found.empty()
                                       : route.kind == Route::Kind::trainer && not_found.empty();
        return trainer ? std::max(progress.settings.text_scale, kTrainerTextScale)
                       : progress.settings.text_scale;
    }
    float scale() const { return dpr * text_scale(); } // UI units -> device pixels
};

} // namespace pw::ui
