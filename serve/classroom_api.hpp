// The classroom API under /api/sessions (JSON in, JSON out):
//   POST /api/sessions                 {"scenario"}            -> 201 {code, trainerKey, scenario}
//                                      or {"exercise": {...}}     (a published exercise, below)
//   GET  /api/sessions/<code>                                  -> {code, scenario, decision,
//                                                                  trainees, open, exercise?}
//   POST /api/sessions/<code>/join     {"nickname"}            -> 201 {token, nickname, scenario,
//                                                                  exercise?}
//   POST /api/sessions/<code>/answers  {"token","decision","answer"} -> {stored: true}
// and for the trainer (X-Trainer-Key):
//   PUT  /api/sessions/<code>/decision {"decision"}            -> {decision}
//   GET  /api/sessions/<code>/spread                           -> {trainees, participants,
//                                                                  decisions: [...]}
//   POST /api/sessions/<code>/remove   {"nickname"}            -> {removed}
//   POST /api/sessions/<code>/close                            -> {closed: true}
// Every request is checked against the content the server serves: known
// scenario, decision and choice ids only. A trainer may instead publish an
// exercise of their own (session_exercise.hpp): the session keeps it, checks
// answers against it, and hands it to whoever joins ("exercise", the object
// in the schema of content/scenarios/). Errors are {"error": "<Dutch>"}; a
// refused exercise adds "findings": [{field, message}].
// Requests run on one worker thread in batched transactions; a reply goes out
// after its batch is on disk. Per client (IP address) there are rate limits
// on starting sessions, joining and on failed guesses (unknown class code,
// wrong trainer key or trainee token): 429 with Retry-After beyond them.
#pragma once

#include "batch_worker.hpp"
#include "classroom_store.hpp"
#include "http_message.hpp"
#include "rate_limiter.hpp"

#include "pw/model.hpp"

#include <functional>
#include <map>
#include <memory>
#include <optional>

namespace pw::serve {

struct ClassroomLimits {
    RateRule create{5, 60};           // sessions a client starts: 5, then one a minute
    RateRule join{10, 5};             // joins: 10, then one every 5 s
    RateRule guess{10, 6};            // failed guesses: 10, then one every 6 s
    int max_joins_per_client = 10;    // nicknames one client may add to one class
    double maintenance_seconds = 600; // how often finished sessions are purged
};

class ClassroomApi {
  public:
    // `store` nullptr: sessions are switched off (no --db). `clock` gives seconds.
    ClassroomApi(const Model& model, ClassroomStore* store, ClassroomLimits limits = {},
                 std::function<double()> clock = {});
    ~ClassroomApi();
    ClassroomApi(const ClassroomApi&) = delete;
    ClassroomApi& operator=(const ClassroomApi&) = delete;

    // A request under /api/: answered through `reply` once its batch is committed.
    // The store is used on the worker's thread only, with its maintenance.
    void handle(Request req, Reply reply);

    struct Route; // a path under /api/sessions/ taken apart

  private:
    Response respond(const Request& req);
    void create(const Request& req, Response& res, double now);
    void on_session(const Route& route, const Request& req, Response& res, double now);
    void join(const ClassroomSession& s, const nlohmann::json& body, const Request& req,
              Response& res, double now);
    void answer(const ClassroomSession& s, const nlohmann::json& body, const Request& req,
                Response& res, double now);
    void trainer(const ClassroomSession& s, const std::string& action, const nlohmann::json& body,
                 const Request& req, Response& res, double now);
    void failed_guess(const Request& req, Response& res, double now, int status,
                      const std::string& message);
    void maintain();
    // The exercise a session plays: shipped, or its own (read once, then kept).
    const Scenario* scenario_of(const ClassroomSession& s);

    const Model& model_;
    ClassroomStore* store_;
    ClassroomLimits limits_;
    std::function<double()> clock_;
    RateLimiter creates_, joins_, guesses_;
    std::map<std::pair<std::string, std::string>, int> joins_per_client_; // (code, client)
    std::map<std::string, std::optional<Scenario>> exercises_;            // by session code
    std::unique_ptr<BatchWorker> worker_;
};

} // namespace pw::serve
