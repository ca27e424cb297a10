#include "ui/classroom_actions.hpp"

#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "ui/authored_exercises.hpp"
#include "ui/navigation.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace pw::ui {
namespace {

using nlohmann::json;

constexpr double kPollSeconds = 2.0;

void say(ClassroomState& c, std::string message, bool error) {
    c.message = std::move(message);
    c.message_is_error = error;
}

// The server's own words when it has them ({"error": ...}), else why there was no answer.
std::string error_text(int status, const std::string& body) {
    if (status == 0) return tr(Text::no_server);
    const json reply = json::parse(body, nullptr, false);
    if (reply.is_object() && reply.contains("error") && reply["error"].is_string())
        return reply["error"].get<std::string>();
    return trf(Text::server_status, std::to_string(status));
}

std::string session_path(const std::string& code, const char* tail) {
    return "/api/sessions/" + code + tail;
}

// Asks the platform to send a request to the classroom API; its answer comes
// back to apply_http_response as `call`.
void send(AppState& s, ClassroomState& c, ClassroomCall call, HttpMethod method, std::string path,
          const json& body = nullptr, const std::string& trainer_key = {}) {
    HttpRequest request{++s.last_request, method, std::move(path), {}, {}};
    if (!body.is_null()) {
        request.body = body.dump();
        request.headers.emplace_back("Content-Type", "application/json");
    }
    // The trainer's key stays in this tab: without it nobody sees the spread.
    if (!trainer_key.empty()) request.headers.emplace_back("X-Trainer-Key", trainer_key);
    c.pending.emplace(request.id, std::move(call));
    s.ask(std::move(request));
}

// What the tab keeps to rejoin after a reload: the trainer's code and key,
// the trainee's code, token and acknowledged answers; empty when neither.
std::string tab_memory(const ClassroomState& c) {
    json kept = json::object();
    if (!c.code.empty() && c.open)
        kept["trainer"] = {{"code", c.code}, {"key", c.trainer_key}, {"scenario", c.scenario}};
    if (!c.token.empty())
        kept["trainee"] = {{"code", c.joined_code},
                           {"token", c.token},
                           {"nickname", c.nickname},
                           {"scenario", c.joined_scenario},
                           {"shared", c.shared}};
    return kept.empty() ? std::string() : kept.dump();
}

void remember(AppState& s, const ClassroomState& c) {
    s.ask(SaveTabState{tab_memory(c)});
}

// A class code as pw-serve makes them; anything else kept in the tab is not used.
bool plausible_code(const std::string& code) {
    return !code.empty() && code.size() <= 16 && std::all_of(code.begin(), code.end(), [](char ch) {
        return std::isalnum(static_cast<unsigned char>(ch)) != 0;
    });
}

// A class session that plays an exercise of the trainer's own hands it over
// ("exercise" in the join and session replies): it is added to this app's
// exercises, so the trainee plays it without importing anything. False, with
// the reason said, when it cannot be read.
bool take_session_exercise(AppState& s, ClassroomState& c, const json& reply,
                           const std::string& code) {
    if (!reply.contains("exercise") || !reply["exercise"].is_object()) return true;
    const AddedExercise added = add_authored_exercise(s, reply["exercise"].dump());
    if (!added.problem.empty())
        say(c, trf(Text::class_exercise_unreadable, code, added.problem), true);
    return added.problem.empty();
}

std::string kept_text(const json& object, const char* key) {
    return object.contains(key) && object[key].is_string() ? object[key].get<std::string>()
                                                           : std::string();
}

} // namespace

void start_classroom(AppState& s, ClassroomState& c, const std::string& scenario) {
    if (c.busy) return;
    c.busy = true;
    say(c, "", false);
    // The server knows only the shipped exercises: an authored one goes along
    // whole, in the schema of content/scenarios/ (the server checks it again).
    const Scenario* authored =
        s.is_authored(scenario) ? find_by_id(s.content.model.scenarios, scenario) : nullptr;
    const json body = authored ? json{{"exercise", json::parse(draft_to_json(*authored))}}
                               : json{{"scenario", scenario}};
    send(s, c, {ClassroomCall::Kind::create, {}, {}}, HttpMethod::post, "/api/sessions", body);
}

void join_classroom(AppState& s, ClassroomState& c) {
    if (c.busy) return;
    std::string code;
    for (char ch : std::string(c.code_input))
        if (ch != ' ' && ch != '-')
            code += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    RequestError error;
    const auto nickname = clean_nickname(c.nickname_input, error);
    if (code.empty()) return say(c, tr(Text::enter_class_code), true);
    if (!nickname) return say(c, error.message, true);
    c.busy = true;
    say(c, "", false);
    send(s, c, {ClassroomCall::Kind::join, {}, code}, HttpMethod::post, session_path(code, "/join"),
         json{{"nickname", *nickname}});
}

void leave_classroom(AppState& s, ClassroomState& c) {
    c.token.clear();
    c.joined_code.clear();
    c.joined_scenario.clear();
    c.nickname.clear();
    c.shared.clear();
    say(c, "", false);
    remember(s, c);
}

void restore_classroom(AppState& s, ClassroomState& c, std::string_view kept) {
    if (kept.empty()) return;
    const json memory = json::parse(kept, nullptr, false);
    if (!memory.is_object()) return remember(s, c); // unreadable: forget it
    if (memory.contains("trainer") && memory["trainer"].is_object()) {
        const json& t = memory["trainer"];
        if (plausible_code(kept_text(t, "code")) && !kept_text(t, "key").empty()) {
            c.code = kept_text(t, "code");
            c.trainer_key = kept_text(t, "key");
            c.scenario = kept_text(t, "scenario");
            c.open = true;
            c.next_poll = 0; // the spread and who joined, at once
            say(c, trf(Text::class_resumed_trainer, c.code), false);
        }
    }
    if (memory.contains("trainee") && memory["trainee"].is_object()) {
        const json& t = memory["trainee"];
        if (plausible_code(kept_text(t, "code")) && !kept_text(t, "token").empty()) {
            c.joined_code = kept_text(t, "code");
            c.token = kept_text(t, "token");
            c.nickname = kept_text(t, "nickname");
            c.joined_scenario = kept_text(t, "scenario");
            c.shared.clear();
            if (t.contains("shared") && t["shared"].is_array())
                for (const json& d : t["shared"])
                    if (d.is_string()) c.shared.push_back(d.get<std::string>());
            c.check_due = true;
        }
    }
}

void send_due_classroom_check(AppState& s, ClassroomState& c) {
    if (!c.check_due || s.status != ContentStatus::ready || rest_coming(s)) return;
    c.check_due = false;
    if (c.joined_code.empty()) return; // left the class meanwhile
    send(s, c, {ClassroomCall::Kind::check, {}, c.joined_code}, HttpMethod::get,
         session_path(c.joined_code, ""));
}

void remove_participant(AppState& s, ClassroomState& c, const std::string& nickname) {
    if (c.code.empty()) return;
    send(s, c, {ClassroomCall::Kind::remove, nickname, {}}, HttpMethod::post,
         session_path(c.code, "/remove"), json{{"nickname", nickname}}, c.trainer_key);
}

void end_classroom(AppState& s, ClassroomState& c) {
    if (c.code.empty() || !c.open) return;
    send(s, c, {ClassroomCall::Kind::close, {}, {}}, HttpMethod::post,
         session_path(c.code, "/close"), nullptr, c.trainer_key);
}

void classroom_tick(AppState& s, ClassroomState& c, const std::string& scenario,
                    const std::string& current_decision) {
    if (c.code.empty() || c.scenario != scenario) return;
    if (c.open && !c.publishing && c.published_decision != current_decision) {
        c.publishing = true;
        send(s, c, {ClassroomCall::Kind::publish, current_decision, {}}, HttpMethod::put,
             session_path(c.code, "/decision"), json{{"decision", current_decision}},
             c.trainer_key);
    }
    if (!c.polling && s.time >= c.next_poll) {
        c.polling = true;
        send(s, c, {ClassroomCall::Kind::poll, {}, {}}, HttpMethod::get,
             session_path(c.code, "/spread"), nullptr, c.trainer_key);
    }
}

void share_answer(AppState& s, ClassroomState& c, const std::string& scenario,
                  const std::string& decision, const ScenarioAnswer& answer) {
    if (c.token.empty() || c.joined_scenario != scenario) return;
    send(s, c, {ClassroomCall::Kind::answer, decision, {}}, HttpMethod::post,
         session_path(c.joined_code, "/answers"),
         json{{"token", c.token}, {"decision", decision}, {"answer", answer_to_json(answer)}});
}

void apply_http_response(AppState& s, ClassroomState& c, const HttpResponse& response) {
    const auto pending = c.pending.find(response.id);
    if (pending == c.pending.end()) return;
    const ClassroomCall call = std::move(pending->second);
    c.pending.erase(pending);
    const int status = response.status;
    const std::string& body = response.body;
    const json reply = json::parse(body, nullptr, false);
    const bool ok = status >= 200 && status < 300 && reply.is_object();
    auto text = [&reply](const char* key) {
        return reply.contains(key) && reply[key].is_string() ? reply[key].get<std::string>()
                                                             : std::string();
    };
    switch (call.kind) {
    case ClassroomCall::Kind::create:
        c.busy = false;
        if (!ok) return say(c, error_text(status, body), true);
        c.code = text("code");
        c.trainer_key = text("trainerKey");
        c.scenario = text("scenario");
        c.published_decision.clear();
        c.spread.clear();
        c.participants.clear();
        c.open = true;
        c.trainees = 0;
        c.next_poll = 0;
        remember(s, c);
        return say(c, "", false);
    case ClassroomCall::Kind::publish:
        c.publishing = false;
        if (ok)
            c.published_decision = call.decision;
        else
            say(c, error_text(status, body), true);
        return;
    case ClassroomCall::Kind::poll:
        c.polling = false;
        c.next_poll = s.time + kPollSeconds;
        if (!ok) return say(c, error_text(status, body), true);
        if (reply.contains("trainees") && reply["trainees"].is_number_integer())
            c.trainees = reply["trainees"].get<int>();
        if (reply.contains("decisions")) c.spread = spread_from_json(reply["decisions"]);
        if (reply.contains("open") && reply["open"].is_boolean())
            c.open = reply["open"].get<bool>();
        if (reply.contains("participants") && reply["participants"].is_array()) {
            c.participants.clear();
            for (const json& p : reply["participants"])
                if (p.is_object() && p.contains("nickname") && p["nickname"].is_string())
                    c.participants.emplace_back(p["nickname"].get<std::string>(),
                                                p.value("answers", 0));
        }
        if (c.message_is_error) say(c, "", false);
        return;
    case ClassroomCall::Kind::join:
        c.busy = false;
        if (!ok) return say(c, error_text(status, body), true);
        c.token = text("token");
        c.nickname = text("nickname");
        c.joined_scenario = text("scenario");
        c.joined_code = call.code;
        c.shared.clear();
        remember(s, c);
        say(c, "", false);
        if (!take_session_exercise(s, c, reply, call.code)) return;
        if (find_by_id(s.content.model.scenarios, c.joined_scenario))
            navigate(s, Route{Route::Kind::scenario, {}, {}, c.joined_scenario, {}});
        return;
    case ClassroomCall::Kind::answer:
        if (!ok) return say(c, error_text(status, body), true);
        // Answered again after a reload: the class keeps one answer per decision.
        if (std::find(c.shared.begin(), c.shared.end(), call.decision) == c.shared.end())
            c.shared.push_back(call.decision);
        remember(s, c);
        return say(c, "", false);
    case ClassroomCall::Kind::check:
        if (call.code != c.joined_code) return; // left or joined another since
        if (status == 0) return say(c, tr(Text::no_server), true);
        if (ok && reply.value("open", false)) {
            if (!take_session_exercise(s, c, reply, call.code)) return;
            // The reload opened the exercise's address before the exercise was
            // here: shown as not found, or about to be (decided, not yet drawn).
            // A move the user made since is theirs: it stays.
            const std::string missing = s.requested ? s.requested->not_found : s.not_found;
            if (!missing.empty()) apply_route(s, missing);
            return say(c, trf(Text::class_resumed_trainee, c.joined_code, c.nickname), false);
        }
        leave_classroom(s, c);
        return say(c, trf(Text::class_gone, call.code), true);
    case ClassroomCall::Kind::remove:
    case ClassroomCall::Kind::close:
        if (!ok) return say(c, error_text(status, body), true);
        if (call.kind == ClassroomCall::Kind::close) {
            c.open = false;
            remember(s, c);
        }
        std::erase_if(c.participants, [&](const auto& p) { return p.first == call.decision; });
        c.next_poll = 0; // show the change at once
        return say(c, "", false);
    }
}

} // namespace pw::ui
