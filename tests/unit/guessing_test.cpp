// Every exercise in content/ played by a trainee who follows the protocol
// (full marks, a good ending, no mistakes) and by trainees who guess from
// surface patterns (guessing_strategies.cpp). The best guesser may score at
// most 40 % of the maximum over all exercises; the figures per strategy and
// per exercise are printed, and written to $PW_ARTIFACTS/guessing-report.txt.
#include "content_files.hpp"
#include "guessing_strategies.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <string>

namespace {

constexpr double kMaxGuessingShare = 0.40;

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

struct Played {
    pw::ScenarioRun run;
    double points = 0, max = 0;
    bool good_ending = false;
};

template <class Answer> Played play(const pw::Scenario& sc, Answer answer) {
    Played p;
    p.run = pw::start_run(sc);
    for (int guard = 0; !p.run.finished && guard < 200; ++guard) {
        const pw::ScenarioDecision* d = pw::current_decision(sc, p.run);
        REQUIRE(d);
        const pw::ScenarioAnswer a = answer(*d);
        INFO("oefening " << sc.id << ", beslismoment " << d->id << ": "
                         << pw::answer_problem(*d, a));
        REQUIRE(pw::submit_answer(model(), sc, p.run, a));
    }
    REQUIRE(p.run.finished);
    const pw::Debrief d = pw::make_debrief(model(), sc, p.run);
    p.points = d.points;
    p.max = d.max;
    const pw::ScenarioEnding* end = pw::run_ending(sc, p.run);
    p.good_ending = end && end->good;
    return p;
}

std::string percent(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%5.1f %%", share * 100);
    return buf;
}

// For authors: how one guesser fares at every decision (PW_GUESS_DETAIL="<name>").
void print_detail(const guessing::Strategy& s) {
    for (const pw::Scenario& sc : model().scenarios) {
        guessing::Rng rng{s.seed};
        const Played p = play(sc, [&](const pw::ScenarioDecision& d) {
            return s.answer(pw::offered_decision(model(), sc, d), rng);
        });
        std::printf("%s (%s)\n", sc.id.c_str(), s.name.c_str());
        for (const auto& o : p.run.outcomes) {
            std::printf("  %-28s", o.decision.c_str());
            for (const auto& f : o.feedback)
                std::printf(" %s=%.1f", pw::question_kind_id(f.kind), f.points);
            std::printf("\n");
        }
    }
}

} // namespace

TEST_CASE("a trainee who follows the protocol gets full marks and a good ending everywhere") {
    REQUIRE(!model().scenarios.empty());
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const Played p = play(
            sc, [&](const pw::ScenarioDecision& d) { return pw::correct_answer(model(), sc, d); });
        CHECK(p.max > 0);
        CHECK(p.points == doctest::Approx(p.max));
        CHECK(p.good_ending);
        CHECK(pw::make_debrief(model(), sc, p.run).mistakes.empty());
    }
}

TEST_CASE("no guessing trainee scores more than 40 % over all exercises") {
    const auto strategies = guessing::strategies();
    std::string report = "Gokkende cursisten: score als deel van het maximum van hun eigen pad\n\n";
    std::map<std::string, std::map<std::string, double>>
        per_exercise; // exercise -> strategy -> share
    double best_share = 0;
    std::string best_name;
    for (const guessing::Strategy& s : strategies) {
        double points = 0, max = 0;
        int good_endings = 0;
        for (const pw::Scenario& sc : model().scenarios) {
            guessing::Rng rng{s.seed};
            const Played p = play(sc, [&](const pw::ScenarioDecision& d) {
                return s.answer(pw::offered_decision(model(), sc, d), rng);
            });
            points += p.points;
            max += p.max;
            good_endings += p.good_ending ? 1 : 0;
            per_exercise[sc.id][s.name] = p.max > 0 ? p.points / p.max : 0;
        }
        if (const char* detail = std::getenv("PW_GUESS_DETAIL"); detail && s.name == detail)
            print_detail(s);
        const double share = max > 0 ? points / max : 0;
        report += percent(share) + "  " + s.name + "  (goede afloop in " +
                  std::to_string(good_endings) + " van " +
                  std::to_string(model().scenarios.size()) + ")\n";
        if (share > best_share) best_share = share, best_name = s.name;
        CAPTURE(s.name);
        CHECK(share <= kMaxGuessingShare);
    }
    report += "\nBeste gokker: " + best_name + " met " + percent(best_share) +
              "\n\nPer oefening (beste gokker):\n";
    for (const auto& [exercise, shares] : per_exercise) {
        const auto best = std::max_element(shares.begin(), shares.end(),
                                           [](auto& a, auto& b) { return a.second < b.second; });
        report += percent(best->second) + "  " + exercise + "  (" + best->first + ")\n";
    }
    std::fputs(report.c_str(), stdout);
    if (const char* dir = std::getenv("PW_ARTIFACTS"))
        std::ofstream(std::string(dir) + "/guessing-report.txt") << report;
}
