#include "classroom_api.hpp"

#include "http_responses.hpp"

#include "pw/classroom.hpp"
#include "pw/lookup.hpp"

#include <regex>

namespace pw::serve {
namespace {

using nlohmann::json;

// Parses a JSON object body; replies with the error and returns false otherwise.
bool read_body(const httplib::Request& req, httplib::Response& res, json& body) {
    if (req.get_header_value("Content-Type").rfind("application/json", 0) != 0) {
        json_error(res, 415, "Stuur JSON (Content-Type: application/json).");
        return false;
    }
    body = json::parse(req.body, nullptr, false);
    if (body.is_discarded() || !body.is_object()) {
        json_error(res, 400, "De inhoud is geen geldig JSON-object.");
        return false;
    }
    return true;
}

std::optional<std::string> string_field(const json& body, const char* key) {
    auto it = body.find(key);
    if (it == body.end() || !it->is_string() || it->get_ref<const std::string&>().size() > 200)
        return std::nullopt;
    return it->get<std::string>();
}

bool store_ready(const ClassroomApi& api, httplib::Response& res) {
    if (api.store) return true;
    json_error(res, 503, "Klassessies staan uit op deze server (start pw-serve met --db).");
    return false;
}

// The session named in the path, or a 404 reply.
std::optional<ClassroomSession> session_for(const ClassroomApi& api, const httplib::Request& req,
                                            httplib::Response& res) {
    auto s = api.store->find_session(req.matches[1].str());
    if (!s) json_error(res, 404, "Onbekende klascode. Controleer de code bij de trainer.");
    return s;
}

bool trainer_allowed(const ClassroomSession& s, const httplib::Request& req,
                     httplib::Response& res) {
    const std::string key = req.get_header_value("X-Trainer-Key");
    if (key.empty()) {
        json_error(res, 401, "Alleen de trainer mag dit (X-Trainer-Key ontbreekt).");
        return false;
    }
    if (!same_secret(key, s.trainer_key)) {
        json_error(res, 403, "Onjuiste trainerssleutel.");
        return false;
    }
    return true;
}

const Scenario* scenario_of(const ClassroomApi& api, const ClassroomSession& s) {
    return find_by_id(api.model->scenarios, s.scenario);
}

json session_json(ClassroomApi api, const ClassroomSession& s) {
    return {{"code", s.code},
            {"scenario", s.scenario},
            {"decision", s.decision},
            {"trainees", api.store->trainee_count(s.code)}};
}

const char* kCode = "/api/sessions/([A-Za-z0-9]{1,16})";

} // namespace

void install_classroom_api(httplib::Server& server, const ClassroomApi& api) {
    server.Post("/api/sessions", [api](const httplib::Request& req, httplib::Response& res) {
        json body;
        if (!store_ready(api, res) || !read_body(req, res, body)) return;
        const auto scenario = string_field(body, "scenario");
        if (!scenario)
            return json_error(res, 400, "Geef de oefening op: {\"scenario\": \"<id>\"}.");
        if (!find_by_id(api.model->scenarios, *scenario))
            return json_error(res, 422, "Onbekende oefening \"" + *scenario + "\".");
        const auto s = api.store->create_session(*scenario);
        if (!s) return json_error(res, 500, "De sessie kon niet worden aangemaakt.");
        json_reply(res, 201,
                   {{"code", s->code}, {"trainerKey", s->trainer_key}, {"scenario", s->scenario}});
    });

    server.Get(kCode, [api](const httplib::Request& req, httplib::Response& res) {
        if (!store_ready(api, res)) return;
        if (const auto s = session_for(api, req, res)) json_reply(res, 200, session_json(api, *s));
    });

    server.Post(std::string(kCode) + "/join", [api](const httplib::Request& req,
                                                    httplib::Response& res) {
        json body;
        if (!store_ready(api, res) || !read_body(req, res, body)) return;
        const auto s = session_for(api, req, res);
        if (!s) return;
        RequestError error;
        const auto raw = string_field(body, "nickname");
        const auto nickname = raw ? clean_nickname(*raw, error) : std::nullopt;
        if (!nickname)
            return json_error(
                res, 400, raw ? error.message : "Geef een bijnaam op: {\"nickname\": \"...\"}.");
        std::string token;
        switch (api.store->join(s->code, *nickname, token)) {
        case JoinResult::joined:
            return json_reply(
                res, 201, {{"token", token}, {"nickname", *nickname}, {"scenario", s->scenario}});
        case JoinResult::nickname_taken:
            return json_error(res, 409,
                              "Deze bijnaam is al gekozen in deze klas; kies een andere.");
        case JoinResult::session_full:
            return json_error(res, 409, "Deze klas is vol.");
        case JoinResult::no_session:
            return json_error(res, 404, "Onbekende klascode.");
        }
    });

    server.Post(std::string(kCode) + "/answers", [api](const httplib::Request& req,
                                                       httplib::Response& res) {
        json body;
        if (!store_ready(api, res) || !read_body(req, res, body)) return;
        const auto s = session_for(api, req, res);
        if (!s) return;
        const auto token = string_field(body, "token");
        const auto decision = string_field(body, "decision");
        if (!token || !decision || !body.contains("answer"))
            return json_error(res, 400, "Stuur {\"token\", \"decision\", \"answer\"}.");
        if (api.store->session_of(*token) != s->code)
            return json_error(res, 403,
                              "Onbekende deelnemer in deze klas; doe opnieuw mee met de code.");
        RequestError error;
        const auto answer = answer_from_json(body["answer"], error);
        if (!answer) return json_error(res, 400, error.message);
        const Scenario* sc = scenario_of(api, *s);
        if (!sc) return json_error(res, 410, "De oefening van deze sessie bestaat niet meer.");
        if (const auto problem = check_classroom_answer(*sc, *decision, *answer))
            return json_error(res, 422, problem->message);
        if (!api.store->store_answer(s->code, *token, *decision, *answer))
            return json_error(res, 500, "Het antwoord kon niet worden opgeslagen.");
        json_reply(res, 200, {{"stored", true}, {"decision", *decision}});
    });

    server.Put(std::string(kCode) + "/decision", [api](const httplib::Request& req,
                                                       httplib::Response& res) {
        json body;
        if (!store_ready(api, res) || !read_body(req, res, body)) return;
        const auto s = session_for(api, req, res);
        if (!s || !trainer_allowed(*s, req, res)) return;
        const auto decision = string_field(body, "decision");
        const Scenario* sc = scenario_of(api, *s);
        if (!decision || !sc || (!decision->empty() && !find_by_id(sc->decisions, *decision)))
            return json_error(res, 422, "Onbekend beslismoment voor deze oefening.");
        api.store->set_decision(s->code, *decision);
        json_reply(res, 200, {{"decision", *decision}});
    });

    server.Get(
        std::string(kCode) + "/spread", [api](const httplib::Request& req, httplib::Response& res) {
            if (!store_ready(api, res)) return;
            const auto s = session_for(api, req, res);
            if (!s || !trainer_allowed(*s, req, res)) return;
            const Scenario* sc = scenario_of(api, *s);
            if (!sc) return json_error(res, 410, "De oefening van deze sessie bestaat niet meer.");
            json out = session_json(api, *s);
            out["decisions"] = spread_to_json(spread_choices(*sc, api.store->answers(s->code)));
            json_reply(res, 200, out);
        });
}

void api_fallback(const httplib::Request& req, httplib::Response& res) {
    static const std::regex session(R"(/api/sessions/[A-Za-z0-9]{1,16})");
    static const std::regex action(
        R"(/api/sessions/[A-Za-z0-9]{1,16}/(join|answers|decision|spread))");
    std::smatch m;
    std::string allow;
    if (req.path == "/api/sessions")
        allow = "POST";
    else if (std::regex_match(req.path, session))
        allow = "GET";
    else if (std::regex_match(req.path, m, action))
        allow = m[1] == "spread" ? "GET" : m[1] == "decision" ? "PUT" : "POST";
    if (allow.empty()) return json_error(res, 404, "Onbekend adres in de API.");
    res.set_header("Allow", allow);
    json_error(res, 405,
               "Methode " + req.method + " is hier niet toegestaan; gebruik " + allow + ".");
}

} // namespace pw::serve
