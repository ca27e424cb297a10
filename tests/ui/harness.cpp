#include "harness.hpp"

#include "content_files.hpp"
#include "pw/assistant.hpp"
#include "ui/strings.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

namespace pw::ui::test {
namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot read " << path);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

// Loading and validating takes most of a harness's start under the
// sanitizers: done once, each app gets a copy.
const LoadResult& shipped_content() {
    static const LoadResult content = load_bundle(content_bundle());
    return content;
}

} // namespace

const FontFiles& font_files() {
    static const FontFiles files{read_file(PW_FONT_DIR "/DejaVuSans.ttf"),
                                 read_file(PW_FONT_DIR "/DejaVuSans-Bold.ttf")};
    return files;
}

// The content as the browser gets it: one bundle of every file.
const std::string& content_bundle() {
    static const std::string bundle = [] {
        ContentFiles files = read_content_dir(PW_CONTENT_DIR);
        REQUIRE(files.diagnostics.empty());
        return write_bundle(files.files, files.version);
    }();
    return bundle;
}

const SplitPack& content_packs() {
    static const SplitPack packs = pack_content_split(shipped_content());
    return packs;
}

std::size_t shipped_exercise_count() {
    return shipped_content().model.scenarios.size();
}

const Scenario& shipped_scenario(std::string_view id) {
    const std::vector<Scenario>& all = shipped_content().model.scenarios;
    const auto it =
        std::find_if(all.begin(), all.end(), [id](const Scenario& sc) { return sc.id == id; });
    REQUIRE(it != all.end());
    return *it;
}

void Harness::start(std::string_view stored_progress, std::string_view hash,
                    std::string_view tab_state) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    // Keys are their ImGuiKey: the harness presses them by that name.
    for (int key = 0; key < ImGuiKey_COUNT; ++key)
        io.KeyMap[key] = key;
    app_.handle(ProgressRead{std::string(stored_progress)});
    if (!tab_state.empty()) app_.handle(TabStateRead{std::string(tab_state)});
    app_.handle(HashChanged{std::string(hash)});
    app_.handle(FontsArrived{font_files()});
}

std::unique_ptr<Harness> Harness::before_rest(std::string_view stored_progress,
                                              std::string_view hash, std::string_view tab_state) {
    std::unique_ptr<Harness> h(new Harness(BeforeRest{}));
    h->start(stored_progress, hash, tab_state);
    LoadResult first = unpack_content(content_packs().first_screen);
    REQUIRE(first.rest_pending());
    h->app_.handle(ContentLoaded{std::move(first)});
    REQUIRE(h->state().status == ContentStatus::ready);
    h->frames(2);
    return h;
}

Harness::Harness(BeforeRest) : context_(ImGui::CreateContext()), app_("tekst.html") {}

Harness::Harness(Display display, std::string_view stored_progress, std::string_view hash,
                 std::string_view bundle)
    : context_(ImGui::CreateContext()), app_("tekst.html"), display_(display) {
    start(stored_progress, hash);
    if (bundle.empty())
        app_.handle(ContentLoaded{shipped_content()});
    else
        app_.handle(ContentArrived{bundle});
    REQUIRE(state().status == ContentStatus::ready);
    frames(2);
}

Harness::~Harness() {
    ImGui::DestroyContext(context_);
    // The UI language is global (strings.cpp): a harness in English leaves none behind.
    set_language(Language::nl);
}

const std::vector<A11yNode>& Harness::frames(int n) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < n; ++i) {
        time_ += 1.0 / 60.0;
        app_.prepare_frame(1.0f, time_);
        io.DisplaySize = ImVec2(display_.width, display_.height);
        io.DeltaTime = 1.0f / 60.0f;
        ImGui::NewFrame();
        app_.draw();
        for (const A11yNode& node : tree())
            if (node.take_focus) focus_taken_by_ = node.name;
        ImGui::Render();
        for (Command& c : app_.take_commands())
            commands_.push_back(std::move(c));
    }
    return tree();
}

void Harness::open(const std::string& hash, int n) {
    app_.handle(HashChanged{hash});
    frames(n);
}

const A11yNode* Harness::control(std::string_view tag) const {
    for (const A11yNode& node : tree())
        if (node.tag == tag) return &node;
    return nullptr;
}

bool Harness::scroll_to(std::string_view tag) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    // With the wheel over the middle of the page: down first, then back up.
    for (int i = 0; i < 120 && !control(tag); ++i) {
        io.MousePos = ImVec2(display_.width * 0.5f, display_.height * 0.6f);
        io.MouseWheel = i < 40 ? -2.0f : 2.0f;
        frames(1);
    }
    io.MousePos = ImVec2(-1, -1);
    frames(1);
    return control(tag) != nullptr;
}

bool Harness::click(std::string_view tag) {
    if (!control(tag) && !scroll_to(tag)) return false;
    // Where it stands still (a scroll or a panel's height settles in a frame or two).
    Rect at = control(tag)->rect;
    for (int i = 0; i < 5; ++i) {
        frames(1);
        const A11yNode* now = control(tag);
        if (!now) return false;
        const bool still = now->rect.x == at.x && now->rect.y == at.y;
        at = now->rect;
        if (still) break;
    }
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = ImVec2(at.x + at.w * 0.5f, at.y + at.h * 0.5f);
    frames(1); // hover
    io.MouseDown[0] = true;
    frames(1);
    io.MouseDown[0] = false;
    frames(3);
    io.MousePos = ImVec2(-1, -1);
    return true;
}

void Harness::type(std::string_view text) {
    ImGui::SetCurrentContext(context_);
    ImGui::GetIO().AddInputCharactersUTF8(std::string(text).c_str());
    frames(2);
}

void Harness::press(int key) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.KeysDown[key] = true;
    frames(1);
    io.KeysDown[key] = false;
    frames(2);
}

std::string content_bundle_with(std::string_view path, std::string_view from, std::string_view to) {
    ContentFiles files = read_content_dir(PW_CONTENT_DIR);
    bool replaced = false;
    for (ContentSource& f : files.files)
        if (f.path == path) {
            const auto at = f.text.find(from);
            REQUIRE(at != std::string::npos);
            f.text.replace(at, from.size(), to);
            replaced = true;
        }
    REQUIRE(replaced);
    return write_bundle(files.files, files.version);
}

std::string content_bundle_edition(const std::function<void(std::vector<ContentSource>&)>& edit,
                                   const ContentVersion& version) {
    ContentFiles files = read_content_dir(PW_CONTENT_DIR);
    edit(files.files);
    return write_bundle(files.files, version);
}

bool Harness::shows(std::string_view text) const {
    for (const A11yNode& node : tree())
        if (node.name.find(text) != std::string::npos) return true;
    return false;
}

std::string exercise_route(const std::string& id, bool trainer) {
    return format_route(
        Route{trainer ? Route::Kind::trainer : Route::Kind::scenario, {}, {}, id, {}});
}

std::vector<std::string> every_route(const Model& m) {
    auto route = [](Route::Kind kind, std::string id) {
        Route r;
        r.kind = kind;
        r.id = std::move(id);
        return format_route(r);
    };
    std::vector<std::string> out{"#/", "#/oefenen", "#/zoek/", "#/zoek/kind", "#/zoek/ots"};
    for (const CaseType& ct : m.case_types) {
        out.push_back(format_route(Route{Route::Kind::case_type, ct.id, {}, {}, {}}));
        for (const Step& s : ct.steps)
            out.push_back(format_route(Route{Route::Kind::step, ct.id, s.id, {}, {}}));
        for (const Example& e : ct.examples)
            out.push_back(format_route(Route{Route::Kind::example, ct.id, {}, e.id, {}}));
    }
    for (const Scenario& s : m.scenarios) {
        out.push_back(route(Route::Kind::scenario, s.id));
        out.push_back(route(Route::Kind::trainer, s.id));
    }
    for (const Role& x : m.roles)
        out.push_back(route(Route::Kind::role, x.id));
    for (const Organisation& x : m.organisations)
        out.push_back(route(Route::Kind::organisation, x.id));
    for (const GlossaryTerm& x : m.glossary)
        out.push_back(route(Route::Kind::term, x.id));
    for (const DataItem& x : m.data_items)
        out.push_back(route(Route::Kind::data_item, x.id));
    for (const System& x : m.systems)
        out.push_back(route(Route::Kind::system, x.id));
    for (const Channel& x : m.channels)
        out.push_back(route(Route::Kind::channel, x.id));
    for (const Card& x : m.cards)
        out.push_back(route(Route::Kind::card, x.id));
    for (const LegalBasis& x : m.legal_bases)
        out.push_back(route(Route::Kind::rule, x.id));
    for (const Principle& x : m.principles)
        out.push_back(route(Route::Kind::rule, x.id));
    // "Wat nu?": the empty interview, and for every outcome the first
    // combination of answers that reaches it.
    out.push_back(format_route(Route{Route::Kind::assistant, {}, {}, {}, {}}));
    std::set<std::string> outcomes;
    for_each_combination(m.assistant, 100000, [&](const AssistantAnswers& answers) {
        const AssistantOutcome* o = matching_outcome(m.assistant, answers);
        if (o && outcomes.insert(o->id).second)
            out.push_back(format_route(
                Route{Route::Kind::assistant, {}, {}, {}, format_answers(m.assistant, answers)}));
        return true;
    });
    return out;
}

} // namespace pw::ui::test
