#include "harness.hpp"

#include "content_files.hpp"
#include "pw/lookup.hpp"
#include "ui/app.hpp"
#include "ui/fonts.hpp"
#include "ui/navigation.hpp"
#include "ui/theme.hpp"

#include <doctest/doctest.h>
#include <imgui.h>

#include <fstream>
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

// The content as the browser gets it: one bundle of every file.
const std::string& content_bundle() {
    static const std::string bundle = [] {
        ContentFiles files = read_content_dir(PW_CONTENT_DIR);
        REQUIRE(files.diagnostics.empty());
        return write_bundle(files.files);
    }();
    return bundle;
}

const FontFiles& font_files() {
    static const FontFiles files{read_file(PW_FONT_DIR "/DejaVuSans.ttf"),
                                 read_file(PW_FONT_DIR "/DejaVuSans-Bold.ttf")};
    return files;
}

} // namespace

Harness::Harness(Display display) : display_(display) {
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    state_.fonts = build_fonts(font_files(), state_.scale());
    apply_theme(Theme::light, state_.scale());
    load_content_bundle(state_, content_bundle());
    REQUIRE(state_.status == ContentStatus::ready);
}

Harness::~Harness() {
    ImGui::DestroyContext();
}

void Harness::resize(Display display) {
    display_ = display;
}

const std::vector<A11yNode>& Harness::frames(int n) {
    ImGuiIO& io = ImGui::GetIO();
    for (int i = 0; i < n; ++i) {
        io.DisplaySize = ImVec2(display_.width, display_.height);
        io.DeltaTime = 1.0f / 60.0f;
        state_.time += io.DeltaTime;
        ImGui::NewFrame();
        a11y_begin_frame();
        draw_app(state_);
        tree_ = a11y_end_frame(state_.dpr);
        ImGui::Render();
    }
    return tree_;
}

void Harness::open(const std::string& hash, int n) {
    apply_route(state_, hash);
    frames(n);
}

bool Harness::shows(const std::string& text) const {
    for (const A11yNode& node : tree_)
        if (node.name.find(text) != std::string::npos) return true;
    return false;
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
    for (const Card& x : m.cards)
        out.push_back(route(Route::Kind::card, x.id));
    for (const LegalBasis& x : m.legal_bases)
        out.push_back(route(Route::Kind::rule, x.id));
    for (const Principle& x : m.principles)
        out.push_back(route(Route::Kind::rule, x.id));
    return out;
}

} // namespace pw::ui::test
