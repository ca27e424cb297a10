// What crosses between the UI and the browser platform, typed both ways. The
// UI asks for a service with a Command (App::take_commands); the platform
// reports what happened with an Event (App::handle) and passes the keys that
// work everywhere as a Shortcut (App::shortcut). Nothing else crosses: no
// flags left in the state for the platform to find, no strings or numbers
// whose meaning both sides agree on by convention.
#pragma once

#include "pw/content_loader.hpp"
#include "ui/fonts.hpp"

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace pw::ui {

// Keys that work anywhere outside a text field; the platform maps the
// browser's keys to them (platform/keyboard.cpp).
enum class Shortcut {
    focus_search, // "/"
    zoom_in,      // "+"
    zoom_out,     // "-"
    zoom_to_fit,  // "0"
    leave,        // Escape: from a step to its process, from a search or a page of the
                  // reference back to where it was opened
};

// ---- Commands: what the UI asks of the browser, in the order asked ----

// Shows the app's place in the address bar; a new history entry or not.
struct ShowRoute {
    std::string hash;
    bool new_history_entry = true;
};
// Puts the page's address (as the address bar shows it) on the clipboard.
struct CopyLink {};
// Puts a text on the clipboard (the assistant's checklist).
struct CopyText {
    std::string text;
};
// Opens a page of the app's own site: in this tab (the text version) or in a
// new one (a printable card, so the guide stays where it was).
struct OpenUrl {
    std::string url;
    bool new_tab = false;
};
// Offers a file to save (results, a session summary).
struct Download {
    std::string filename, mime, data;
};
// Keeps the user's progress and settings (localStorage).
struct SaveProgress {
    std::string text;
};
// Keeps what this tab needs to rejoin its class after a reload (sessionStorage:
// this tab only, gone when it closes); empty text forgets it.
struct SaveTabState {
    std::string text;
};
// Keeps the exercises the trainer wrote (localStorage, beside the progress).
// `damaged`: a stored value that could not be read, kept under a key of its
// own so that nothing is lost when the app writes a new one.
struct SaveDrafts {
    std::string text;
    bool damaged = false;
};
// Lets the user choose a file (the browser's file chooser, `accept` as its
// filter: ".json"); its text comes back as FilePicked. Nothing is uploaded.
struct PickFile {
    std::string accept;
};
// Switches to the newer build the service worker holds (after UpdateReady).
struct ApplyUpdate {};
// The first real frame is drawn: content or its problems, in the user's fonts.
struct AnnounceReady {};
// The search index is built: from now on a question is answered at once.
// Once per content; the benchmark's "search ready" (performance mark).
struct SearchReady {};
// The shipped content came as what the first screen draws
// (LoadResult::rest_pending): fetch the rest. First rest.pack; `from_json`
// after it was refused: the whole model is taken from content.json. It comes
// back as RestArrived.
struct FetchRest {
    bool from_json = false;
};
// The whole model is in, or could not be had: every place is usable (or the
// loading screen says why not). Once; the benchmark's and the tests' "rest ready".
struct RestReady {};
// What the page is about: the document's title (the tab, the screen reader's
// page name) and its language ("nl" or "en"), whenever either changes; the
// skip link's words in that language.
struct DescribePage {
    std::string title, language, skip_link;
};
// Said once by the screen reader, without moving the focus: a new place, a
// confirmation, an error (a polite live region).
struct Announce {
    std::string text;
};

enum class HttpMethod { get, post, put };
using RequestId = std::uint32_t;
// A request to the own origin; its answer comes back as HttpResponse.
struct HttpRequest {
    RequestId id = 0;
    HttpMethod method = HttpMethod::get;
    std::string path;
    std::string body;
    std::vector<std::pair<std::string, std::string>> headers;
};

using Command =
    std::variant<ShowRoute, CopyLink, CopyText, OpenUrl, Download, SaveProgress, SaveTabState,
                 SaveDrafts, PickFile, ApplyUpdate, AnnounceReady, SearchReady, FetchRest,
                 RestReady, HttpRequest, DescribePage, Announce>;

// ---- Events: what the browser tells the UI ----

// What the user saved before (empty when nothing, or storage is not allowed).
struct ProgressRead {
    std::string text;
};
// What this tab kept with SaveTabState before a reload (empty when nothing).
struct TabStateRead {
    std::string text;
};
// The exercises the trainer wrote, as SaveDrafts kept them (empty when none).
struct DraftsRead {
    std::string text;
};
// The file the user chose after PickFile. `problem`: it could not be read
// (too large, not text), in Dutch; then `text` is empty.
struct FilePicked {
    std::string name, text, problem;
};
// The content bundle (content.json), valid during the call.
struct ContentArrived {
    std::string_view bundle;
};
// The content, already loaded and validated (the test harness loads it once
// for all its apps; a pre-validated form of the shipped content would too).
struct ContentLoaded {
    LoadResult content;
};
struct ContentFailed {};
// The answer to FetchRest, valid during the call; `failed`: not fetched.
struct RestArrived {
    std::string_view bytes;
    bool from_json = false;
    bool failed = false;
};
// The font files (empty where one could not be fetched: ImGui's own font then).
struct FontsArrived {
    FontFiles files;
};
// The address bar's hash: at the start, and on back/forward or a followed link.
struct HashChanged {
    std::string hash;
};
// status 0: no answer (offline, no server, or not served by pw-serve).
struct HttpResponse {
    RequestId id = 0;
    int status = 0;
    std::string body;
};
// A newer build is installed and waits (service worker).
struct UpdateReady {};
// Ctrl+wheel or a pinch, in wheel notches (positive: zoom in).
struct ZoomGesture {
    float notches = 0;
};

// The system asks for more contrast (prefers-contrast: more, or forced
// colours such as Windows' high contrast): at the start and on every change.
struct ContrastPreference {
    bool more = false;
};

// The system's colour scheme (prefers-color-scheme: dark): at the start and
// on every change. The app follows it while the user chose no theme.
struct ColorSchemePreference {
    bool dark = false;
};

// Tab (Shift+Tab: `backward`) on the last (first) control a window shows while
// more of it lies below (above): the app scrolls on to the next control and
// focuses it, instead of the focus leaving the view.
struct FocusOnward {
    unsigned from = 0; // ImGuiID of the control the focus is on
    bool backward = false;
};

// Tab or Shift+Tab moved the focus to a control's element in the screen-reader
// mirror: the app's keyboard focus moves there (0: to no control, e.g. a link
// the mirror describes but the app does not draw).
struct FocusRequest {
    unsigned id = 0; // ImGuiID
};

using Event = std::variant<ProgressRead, TabStateRead, DraftsRead, ContentArrived, ContentLoaded,
                           ContentFailed, RestArrived, FontsArrived, HashChanged, HttpResponse,
                           FilePicked, UpdateReady, ZoomGesture, ContrastPreference,
                           ColorSchemePreference, FocusRequest, FocusOnward>;

} // namespace pw::ui
