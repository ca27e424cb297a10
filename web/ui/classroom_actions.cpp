#include "ui/classroom_actions.hpp"

#include "pw/lookup.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"

#include <nlohmann/json.hpp>

#include <cctype>

namespace pw::ui {
namespace {

using nlohmann::json;

constexpr double kPollSeconds = 2.0;

void say(AppState& s, std::string message, bool error) {
    s.classroom.message = std::move(message);
    s.classroom.message_is_error = error;
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

} // namespace

void start_classroom(AppState& s, const std::string& scenario) {
    ClassroomState& c = s.classroom;
    if (c.busy) return;
    c.busy = true;
    say(s, "", false);
    s.http_out.push_back({.kind = HttpCall::Kind::create,
                          .method = "POST",
                          .path = "/api/sessions",
                          .body = json{{"scenario", scenario}}.dump()});
}

void join_classroom(AppState& s) {
    ClassroomState& c = s.classroom;
    if (c.busy) return;
    std::string code;
    for (char ch : std::string(c.code_input))
        if (ch != ' ' && ch != '-')
            code += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    RequestError error;
    const auto nickname = clean_nickname(c.nickname_input, error);
    if (code.empty()) return say(s, tr(Text::enter_class_code), true);
    if (!nickname) return say(s, error.message, true);
    c.busy = true;
    say(s, "", false);
    s.http_out.push_back({.kind = HttpCall::Kind::join,
                          .method = "POST",
                          .path = session_path(code, "/join"),
                          .body = json{{"nickname", *nickname}}.dump(),
                          .code = code});
}

void leave_classroom(AppState& s) {
    ClassroomState& c = s.classroom;
    c.token.clear();
    c.joined_code.clear();
    c.joined_scenario.clear();
    c.nickname.clear();
    c.shared.clear();
    say(s, "", false);
}

void classroom_tick(AppState& s, const std::string& current_decision) {
    ClassroomState& c = s.classroom;
    if (c.code.empty() || c.scenario != s.training.scenario) return;
    if (!c.publishing && c.published_decision != current_decision) {
        c.publishing = true;
        s.http_out.push_back({.kind = HttpCall::Kind::publish,
                              .method = "PUT",
                              .path = session_path(c.code, "/decision"),
                              .body = json{{"decision", current_decision}}.dump(),
                              .trainer_key = c.trainer_key,
                              .decision = current_decision});
    }
    if (!c.polling && s.time >= c.next_poll) {
        c.polling = true;
        s.http_out.push_back({.kind = HttpCall::Kind::poll,
                              .method = "GET",
                              .path = session_path(c.code, "/spread"),
                              .trainer_key = c.trainer_key});
    }
}

void share_answer(AppState& s, const std::string& scenario, const std::string& decision,
                  const ScenarioAnswer& answer) {
    const ClassroomState& c = s.classroom;
    if (c.token.empty() || c.joined_scenario != scenario) return;
    s.http_out.push_back(
        {.kind = HttpCall::Kind::answer,
         .method = "POST",
         .path = session_path(c.joined_code, "/answers"),
         .body =
             json{{"token", c.token}, {"decision", decision}, {"answer", answer_to_json(answer)}}
                 .dump(),
         .decision = decision});
}

void apply_http_response(AppState& s, const HttpCall& call, int status, const std::string& body) {
    ClassroomState& c = s.classroom;
    const json reply = json::parse(body, nullptr, false);
    const bool ok = status >= 200 && status < 300 && reply.is_object();
    auto text = [&reply](const char* key) {
        return reply.contains(key) && reply[key].is_string() ? reply[key].get<std::string>()
                                                             : std::string();
    };
    switch (call.kind) {
    case HttpCall::Kind::create:
        c.busy = false;
        if (!ok) return say(s, error_text(status, body), true);
        c.code = text("code");
        c.trainer_key = text("trainerKey");
        c.scenario = text("scenario");
        c.published_decision.clear();
        c.spread.clear();
        c.trainees = 0;
        c.next_poll = 0;
        return say(s, "", false);
    case HttpCall::Kind::publish:
        c.publishing = false;
        if (ok)
            c.published_decision = call.decision;
        else
            say(s, error_text(status, body), true);
        return;
    case HttpCall::Kind::poll:
        c.polling = false;
        c.next_poll = s.time + kPollSeconds;
        if (!ok) return say(s, error_text(status, body), true);
        if (reply.contains("trainees") && reply["trainees"].is_number_integer())
            c.trainees = reply["trainees"].get<int>();
        if (reply.contains("decisions")) c.spread = spread_from_json(reply["decisions"]);
        if (c.message_is_error) say(s, "", false);
        return;
    case HttpCall::Kind::join:
        c.busy = false;
        if (!ok) return say(s, error_text(status, body), true);
        c.token = text("token");
        c.nickname = text("nickname");
        c.joined_scenario = text("scenario");
        c.joined_code = call.code;
        c.shared.clear();
        say(s, "", false);
        if (find_by_id(s.content.model.scenarios, c.joined_scenario))
            navigate(s, Route{Route::Kind::scenario, {}, {}, c.joined_scenario, {}});
        return;
    case HttpCall::Kind::answer:
        if (!ok) return say(s, error_text(status, body), true);
        c.shared.push_back(call.decision);
        return say(s, "", false);
    }
}

} // namespace pw::ui
