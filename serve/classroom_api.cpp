#include "classroom_api.hpp"

#include "http_responses.hpp"
#include "secrets.hpp"
#include "session_exercise.hpp"

#include "pw/classroom.hpp"
#include "pw/lookup.hpp"

#include <chrono>
#include <cmath>

namespace pw::serve {

using nlohmann::json;

// "/api/sessions/<code>[/<action>]" taken apart.
struct ClassroomApi::Route {
    std::string code, action;
    bool valid = false;
};

namespace {

ClassroomApi::Route parse_route(const std::string& path) {
    ClassroomApi::Route r;
    const std::string prefix = "/api/sessions/";
    if (path.rfind(prefix, 0) != 0) return r;
    const std::string rest = path.substr(prefix.size());
    const std::size_t slash = rest.find('/');
    r.code = rest.substr(0, slash);
    if (slash != std::string::npos) r.action = rest.substr(slash + 1);
    r.valid = !r.code.empty() && r.code.size() <= 16 &&
              r.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                                       "0123456789") == std::string::npos &&
              r.action.find('/') == std::string::npos;
    return r;
}

// The method each action takes; empty for an unknown action.
std::string allowed_method(const std::string& action) {
    if (action.empty() || action == "spread") return "GET";
    if (action == "decision") return "PUT";
    if (action == "join" || action == "answers" || action == "remove" || action == "close")
        return "POST";
    return "";
}

// Parses a JSON object body; replies with the error and returns false otherwise.
bool read_body(const Request& req, Response& res, json& body) {
    if (req.header("content-type").rfind("application/json", 0) != 0) {
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

void too_many(Response& res, double wait, const std::string& what) {
    const long long seconds = std::max<long long>(1, std::llround(std::ceil(wait)));
    json_error(res, 429,
               what + " vanaf dit apparaat; probeer het over " + std::to_string(seconds) +
                   " seconden opnieuw.");
    res.set_header("Retry-After", std::to_string(seconds));
}

// What a trainee's app needs besides the id: the session's own exercise, if any.
void add_exercise(json& reply, const ClassroomSession& s) {
    if (s.exercise.empty()) return;
    json exercise = json::parse(s.exercise, nullptr, false);
    if (exercise.is_object()) reply["exercise"] = std::move(exercise);
}

double system_seconds() {
    return std::chrono::duration<double>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace

ClassroomApi::ClassroomApi(const Model& model, ClassroomStore* store, ClassroomLimits limits,
                           std::function<double()> clock)
    : model_(model), store_(store), limits_(limits),
      clock_(clock ? std::move(clock) : system_seconds), creates_(limits.create),
      joins_(limits.join), guesses_(limits.guess) {
    if (!store_) return;
    worker_ = std::make_unique<BatchWorker>([this] { store_->begin(); },
                                            [this] { return store_->commit(); },
                                            [this] { maintain(); }, limits_.maintenance_seconds);
}

ClassroomApi::~ClassroomApi() {
    worker_.reset(); // finishes the queued requests first
}

void ClassroomApi::maintain() {
    const auto now = static_cast<long long>(clock_());
    store_->purge(now);
    // Per-class join counts only matter while a class runs; they go with the day.
    if (joins_per_client_.size() > 100000) joins_per_client_.clear();
}

const Scenario* ClassroomApi::scenario_of(const ClassroomSession& s) {
    if (s.exercise.empty()) return find_by_id(model_.scenarios, s.scenario);
    auto it = exercises_.find(s.code);
    if (it == exercises_.end()) {
        // Read again after a restart or when many classes ran: a few ms each.
        if (exercises_.size() >= 64) exercises_.clear();
        it = exercises_.emplace(s.code, stored_exercise(model_, s.exercise)).first;
    }
    return it->second ? &*it->second : nullptr;
}

void ClassroomApi::handle(Request req, Reply reply) {
    if (!worker_) return reply(respond(req));
    auto shared = std::make_shared<std::pair<Request, Response>>(std::move(req), Response{});
    worker_->post([this, shared] { shared->second = respond(shared->first); },
                  [shared, reply = std::move(reply)](bool committed) {
                      if (committed) return reply(std::move(shared->second));
                      Response failed;
                      json_error(failed, 500, "De klassessie kon niet worden opgeslagen.");
                      reply(std::move(failed));
                  });
}

Response ClassroomApi::respond(const Request& req) {
    Response res;
    const double now = clock_();
    const Route route = parse_route(req.path);
    std::string allow;
    if (req.path == "/api/sessions")
        allow = "POST";
    else if (route.valid)
        allow = allowed_method(route.action);
    if (allow.empty()) {
        json_error(res, 404, "Onbekend adres in de API.");
        return res;
    }
    if (req.method != allow) {
        res.set_header("Allow", allow);
        json_error(res, 405,
                   "Methode " + req.method + " is hier niet toegestaan; gebruik " + allow + ".");
        return res;
    }
    if (!store_) {
        json_error(res, 503, "Klassessies staan uit op deze server (start pw-serve met --db).");
        return res;
    }
    if (req.path == "/api/sessions")
        create(req, res, now);
    else
        on_session(route, req, res, now);
    return res;
}

void ClassroomApi::create(const Request& req, Response& res, double now) {
    json body;
    if (!read_body(req, res, body)) return;
    auto refused = [&] {
        if (creates_.allow(req.client, now)) return false;
        too_many(res, creates_.wait_seconds(req.client, now), "Te veel nieuwe klassessies");
        return true;
    };
    std::optional<std::string> scenario;
    PublishedExercise published;
    if (body.contains("exercise") && !body.contains("scenario")) {
        // Reading and checking an exercise costs the one worker milliseconds:
        // every attempt counts as a new session, refused or not.
        if (refused()) return;
        published = read_published_exercise(model_, body["exercise"]);
        if (!published.scenario) return json_reply(res, published.status, published.error);
        scenario = published.scenario->id;
    } else {
        scenario = string_field(body, "scenario");
        if (!scenario || body.contains("exercise"))
            return json_error(res, 400,
                              "Geef de oefening op: {\"scenario\": \"<id>\"} of {\"exercise\": "
                              "{...}}.");
        if (!find_by_id(model_.scenarios, *scenario))
            return json_error(res, 422, "Onbekende oefening \"" + *scenario + "\".");
        if (refused()) return;
    }
    std::string key;
    const auto s =
        store_->create_session(*scenario, static_cast<long long>(now), key, published.text);
    if (!s) return json_error(res, 500, "De sessie kon niet worden aangemaakt.");
    if (published.scenario) exercises_.insert_or_assign(s->code, std::move(published.scenario));
    json_reply(res, 201, {{"code", s->code}, {"trainerKey", key}, {"scenario", s->scenario}});
}

// A wrong code, key or token: answered, and taken from the client's guesses.
void ClassroomApi::failed_guess(const Request& req, Response& res, double now, int status,
                                const std::string& message) {
    guesses_.charge(req.client, now);
    json_error(res, status, message);
}

void ClassroomApi::on_session(const Route& route, const Request& req, Response& res, double now) {
    // Guessing codes, keys or tokens: refused for everything once the budget is
    // spent, so that a refusal never tells whether a code exists.
    if (!guesses_.allow(req.client, now, false))
        return too_many(res, guesses_.wait_seconds(req.client, now), "Te veel mislukte pogingen");
    const auto session = store_->find_session(route.code);
    if (!session)
        return failed_guess(req, res, now, 404,
                            "Onbekende klascode. Controleer de code bij de trainer.");
    const ClassroomSession& s = *session;
    const bool open = s.open_at(static_cast<long long>(now));
    const std::string& a = route.action;

    if (a.empty()) {
        json reply{{"code", s.code},
                   {"scenario", s.scenario},
                   {"decision", s.decision},
                   {"trainees", store_->trainee_count(s.code)},
                   {"open", open}};
        add_exercise(reply, s);
        return json_reply(res, 200, reply);
    }

    json body;
    if (req.method != "GET" && a != "close" && !read_body(req, res, body)) return;

    if (a == "join") return join(s, body, req, res, now);
    if (a == "answers") return answer(s, body, req, res, now);
    trainer(s, a, body, req, res, now);
}

void ClassroomApi::join(const ClassroomSession& s, const json& body, const Request& req,
                        Response& res, double now) {
    const auto stamp = static_cast<long long>(now);
    const bool open = s.open_at(stamp);
    if (!open) return json_error(res, 410, "Deze klassessie is afgelopen.");
    const auto raw = string_field(body, "nickname");
    if (!raw) return json_error(res, 400, "Geef een bijnaam op: {\"nickname\": \"...\"}.");
    std::string problem;
    const auto nickname = normalize_nickname(*raw, problem);
    if (!nickname) return json_error(res, 400, problem);
    int& mine = joins_per_client_[{s.code, req.client}];
    if (mine >= limits_.max_joins_per_client)
        return json_error(res, 429,
                          "Vanaf dit apparaat doen al " + std::to_string(mine) +
                              " deelnemers mee in deze klas.");
    if (!joins_.allow(req.client, now))
        return too_many(res, joins_.wait_seconds(req.client, now), "Te veel aanmeldingen");
    std::string token;
    switch (store_->join(s, *nickname, stamp, token)) {
    case JoinResult::joined: {
        ++mine;
        json reply{{"token", token}, {"nickname", nickname->display}, {"scenario", s.scenario}};
        add_exercise(reply, s);
        return json_reply(res, 201, reply);
    }
    case JoinResult::nickname_taken:
        return json_error(res, 409,
                          "Deze bijnaam is al gekozen in deze klas (of lijkt er te veel op); "
                          "kies een andere.");
    case JoinResult::session_full:
        return json_error(res, 409, "Deze klas is vol.");
    case JoinResult::closed:
        return json_error(res, 410, "Deze klassessie is afgelopen.");
    case JoinResult::no_session:
        return json_error(res, 404, "Onbekende klascode.");
    }
    return;
}

void ClassroomApi::answer(const ClassroomSession& s, const json& body, const Request& req,
                          Response& res, double now) {
    const auto stamp = static_cast<long long>(now);
    const bool open = s.open_at(stamp);
    const Scenario* sc = scenario_of(s);
    const auto token = string_field(body, "token");
    const auto decision = string_field(body, "decision");
    if (!token || !decision || !body.contains("answer"))
        return json_error(res, 400, "Stuur {\"token\", \"decision\", \"answer\"}.");
    if (store_->session_of(*token) != s.code)
        return failed_guess(req, res, now, 403,
                            "Onbekende deelnemer in deze klas; doe opnieuw mee met de code.");
    if (!open)
        return json_error(res, 410, "Deze klassessie is afgelopen; je antwoord is niet gedeeld.");
    RequestError error;
    const auto given = answer_from_json(body["answer"], error);
    if (!given) return json_error(res, 400, error.message);
    if (!sc) return json_error(res, 410, "De oefening van deze sessie bestaat niet meer.");
    if (const auto problem = check_classroom_answer(*sc, *decision, *given))
        return json_error(res, 422, problem->message);
    if (!store_->store_answer(s.code, *token, *decision, *given, stamp))
        return json_error(res, 500, "Het antwoord kon niet worden opgeslagen.");
    return json_reply(res, 200, {{"stored", true}, {"decision", *decision}});
}

// What only the trainer may do: checked against the key's hash.
void ClassroomApi::trainer(const ClassroomSession& s, const std::string& a, const json& body,
                           const Request& req, Response& res, double now) {
    const auto stamp = static_cast<long long>(now);
    const bool open = s.open_at(stamp);
    const Scenario* sc = scenario_of(s);
    const std::string key = req.header("x-trainer-key");
    if (key.empty())
        return json_error(res, 401, "Alleen de trainer mag dit (X-Trainer-Key ontbreekt).");
    if (!same_secret(hash_secret(key), s.key_hash))
        return failed_guess(req, res, now, 403, "Onjuiste trainerssleutel.");

    if (a == "decision") {
        if (!open) return json_error(res, 410, "Deze klassessie is afgelopen.");
        const auto decision = string_field(body, "decision");
        if (!decision || !sc || (!decision->empty() && !find_by_id(sc->decisions, *decision)))
            return json_error(res, 422, "Onbekend beslismoment voor deze oefening.");
        store_->set_decision(s.code, *decision);
        return json_reply(res, 200, {{"decision", *decision}});
    }
    if (a == "spread") {
        if (!sc) return json_error(res, 410, "De oefening van deze sessie bestaat niet meer.");
        json participants = json::array();
        for (const Participant& p : store_->participants(s.code))
            participants.push_back({{"nickname", p.nickname}, {"answers", p.answers}});
        return json_reply(
            res, 200,
            {{"code", s.code},
             {"scenario", s.scenario},
             {"decision", s.decision},
             {"trainees", participants.size()},
             {"open", open},
             {"participants", participants},
             {"decisions", spread_to_json(spread_choices(*sc, store_->answers(s.code)))}});
    }
    if (a == "remove") {
        const auto raw = string_field(body, "nickname");
        std::string problem;
        const auto nickname = raw ? normalize_nickname(*raw, problem) : std::nullopt;
        const auto removed =
            nickname ? store_->remove_trainee(s.code, nickname->key) : std::nullopt;
        if (!removed) return json_error(res, 404, "Geen deelnemer met deze bijnaam in deze klas.");
        return json_reply(res, 200, {{"removed", *removed}});
    }
    // close
    store_->close_session(s.code, stamp);
    json_reply(res, 200, {{"closed", true}});
}

} // namespace pw::serve
