// The classroom API under /api/sessions (JSON in, JSON out):
//   POST /api/sessions                 {"scenario"}          -> 201 {code, trainerKey, scenario}
//   GET  /api/sessions/<code>                                -> {code, scenario, decision,
//   trainees} POST /api/sessions/<code>/join     {"nickname"}          -> 201 {token, nickname}
//   POST /api/sessions/<code>/answers  {"token","decision","answer"} -> {stored: true}
//   PUT  /api/sessions/<code>/decision {"decision"}  + X-Trainer-Key -> {decision}
//   GET  /api/sessions/<code>/spread               + X-Trainer-Key -> {trainees, decisions: [...]}
// Every request is checked against the content the server serves: known
// scenario, decision and choice ids only. Errors are {"error": "<Dutch>"}.
#pragma once

#include "classroom_store.hpp"

#include "pw/model.hpp"

#include <httplib.h>

namespace pw::serve {

struct ClassroomApi {
    const Model* model = nullptr;    // the served content: scenarios and their decisions
    ClassroomStore* store = nullptr; // nullptr: sessions are switched off (no --db)
};

void install_classroom_api(httplib::Server& server, const ClassroomApi& api);

// Any /api/ request no route took: 404 for an unknown path, 405 with Allow for a wrong method.
void api_fallback(const httplib::Request& req, httplib::Response& res);

} // namespace pw::serve
