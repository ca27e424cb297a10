// Trainees who guess: each answers from surface patterns of what is offered
// (the texts and ids a decision shows: pw::OfferedDecision) and never from
// the answers. If one of them scores well, the exercises test patterns, not
// the protocol. Strategies are only ever added, never weakened.
#pragma once

#include "pw/simulator.hpp"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace guessing {

// A small deterministic generator, so a "random" trainee is the same every run.
struct Rng {
    std::uint64_t state;
    std::uint64_t next();
    std::size_t below(std::size_t n); // 0 .. n-1; n > 0
};

struct Strategy {
    std::string name;
    std::function<pw::ScenarioAnswer(const pw::OfferedDecision&, Rng&)> answer;
    std::uint64_t seed = 1;
};

std::vector<Strategy> strategies();

// Makes an answer complete the way a trainee must before submitting: a one-of
// question unanswered gets its first choice, an empty selection of recipients
// or a sequence gets the first choice offered.
pw::ScenarioAnswer completed(const pw::OfferedDecision& offer, pw::ScenarioAnswer answer);

} // namespace guessing
