// The core without ImGui, for the text version's exercises (oefening.html):
// JSON strings in, JSON strings out, so the page script needs nothing but
// UTF8ToString/allocateUTF8. The content is the app's own bundle (content.json).
// Each returned pointer stays valid until the next call.
#include "run_json.hpp"

#include "pw/content_loader.hpp"

#include <emscripten/emscripten.h>
#include <nlohmann/json.hpp>

#include <string>

namespace {

pw::LoadResult g_content;
bool g_loaded = false;
std::string g_reply;

const char* reply(const nlohmann::json& value) {
    g_reply = value.dump();
    return g_reply.c_str();
}

} // namespace

extern "C" {

// The bundle's text -> {"ok": true} or {"ok": false, "problems": [lines]}.
// Exercises with errors are set aside, as in the app.
EMSCRIPTEN_KEEPALIVE const char* pw_text_load(const char* bundle) {
    pw::Diagnostics problems;
    std::vector<pw::ContentSource> files = pw::read_bundle(bundle ? bundle : "", problems);
    g_content = pw::load_and_validate(files);
    pw::set_aside_broken_scenarios(g_content);
    problems.insert(problems.end(), g_content.diagnostics.begin(), g_content.diagnostics.end());
    g_loaded = !pw::has_errors(problems);
    nlohmann::json lines = nlohmann::json::array();
    for (const pw::Diagnostic& d : problems)
        if (d.severity == pw::Severity::error) lines.push_back(pw::format_diagnostic(d));
    return reply({{"ok", g_loaded}, {"problems", lines}});
}

EMSCRIPTEN_KEEPALIVE const char* pw_text_exercises() {
    return reply(g_loaded ? pw::text::exercises_json(g_content.model) : nlohmann::json::array());
}

// {"exercise": id, "answers": [...]} -> the run so far (see run_json.hpp).
EMSCRIPTEN_KEEPALIVE const char* pw_text_play(const char* request) {
    if (!g_loaded) return reply({{"error", "De inhoud is niet geladen."}, {"answered", 0}});
    const nlohmann::json parsed = nlohmann::json::parse(request ? request : "", nullptr, false);
    if (parsed.is_discarded())
        return reply({{"error", "Het verzoek is geen geldige JSON."}, {"answered", 0}});
    return reply(pw::text::play_json(g_content.model, parsed));
}

} // extern "C"
