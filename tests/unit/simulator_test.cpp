// The training simulator, driven through every exercise in content/: each kind
// of mistake costs points on its own dimension, names the rule of
// content/feedback.json that explains it, counts as the mistake class that
// fits (a breach, a delay, a stalled hand-over) and has a consequence in the
// story; graded questions give partial credit by rule; the ending follows
// from what the trainee did. (Full marks for the protocol: guessing_test.cpp.)
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/exercise_stats.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <set>

namespace {

using pw::Dimension;
using pw::QuestionKind;

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

bool contains_text(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

const pw::Flow& flow_of(const pw::Scenario& sc, const pw::ScenarioDecision& d) {
    const pw::CaseType* ct = pw::find_case_type(model(), sc.case_type);
    REQUIRE(ct);
    const pw::Step* step = pw::find_step(*ct, d.step);
    REQUIRE(step);
    const pw::Flow* flow = pw::find_by_id(step->flows, d.flow);
    REQUIRE(flow);
    return *flow;
}

std::vector<std::string> allowed_data(const pw::Scenario& sc, const pw::ScenarioDecision& d) {
    return pw::shared_data(*pw::find_case_type(model(), sc.case_type), flow_of(sc, d));
}

// Plays a scenario with the protocol's answers, changed by `alter` where it applies.
pw::ScenarioRun
play(const pw::Scenario& sc,
     const std::function<void(const pw::ScenarioDecision&, pw::ScenarioAnswer&)>& alter = nullptr) {
    pw::ScenarioRun run = pw::start_run(sc);
    for (int guard = 0; !run.finished && guard < 100; ++guard) {
        const pw::ScenarioDecision* d = pw::current_decision(sc, run);
        REQUIRE(d);
        pw::ScenarioAnswer a = pw::correct_answer(model(), sc, *d);
        if (alter) alter(*d, a);
        REQUIRE_MESSAGE(pw::submit_answer(model(), sc, run, a), pw::answer_problem(*d, a));
    }
    REQUIRE(run.finished);
    return run;
}

const pw::Feedback* feedback_on(const pw::DecisionOutcome& o, QuestionKind kind) {
    for (const auto& f : o.feedback)
        if (f.kind == kind) return &f;
    return nullptr;
}

bool applied(const pw::Feedback& f, const std::string& rule) {
    return std::any_of(f.parts.begin(), f.parts.end(),
                       [&](const pw::FeedbackPart& p) { return p.rule == rule; });
}

// The protocol's answer to `d` with one question answered differently.
pw::DecisionOutcome answer_with(const pw::Scenario& sc, const pw::ScenarioDecision& d,
                                QuestionKind kind, std::vector<std::string> ids) {
    pw::ScenarioAnswer a = pw::correct_answer(model(), sc, d);
    pw::set_answer_values(a, kind, std::move(ids));
    return pw::evaluate_decision(model(), sc, d, a);
}

// Calls `f` for every decision of every exercise that asks `kind`.
void each_asking(QuestionKind kind,
                 const std::function<void(const pw::Scenario&, const pw::ScenarioDecision&)>& f) {
    for (const pw::Scenario& sc : model().scenarios)
        for (const auto& d : sc.decisions) {
            const auto kinds = pw::asked_kinds(d);
            if (std::find(kinds.begin(), kinds.end(), kind) == kinds.end()) continue;
            CAPTURE(sc.id);
            CAPTURE(d.id);
            f(sc, d);
        }
}

// Every other question of the outcome is at full marks.
void only_kind_lost(const pw::DecisionOutcome& o, QuestionKind kind) {
    for (const auto& f : o.feedback) {
        CAPTURE(pw::question_kind_id(f.kind));
        if (f.kind == kind)
            CHECK(f.points < f.max);
        else
            CHECK(f.points == doctest::Approx(f.max));
    }
}

} // namespace

TEST_CASE("there are exercises for every case type, each from different roles") {
    const pw::Model& m = model();
    for (const pw::CaseType& ct : m.case_types) {
        CAPTURE(ct.id);
        std::set<std::string> perspectives;
        for (const pw::Scenario& sc : m.scenarios)
            if (sc.case_type == ct.id) perspectives.insert(sc.perspective);
        CHECK(perspectives.size() >= 2);
    }
}

TEST_CASE("the exercises as a whole: many kinds, long enough, wrong choices with their own paths") {
    const pw::ExerciseStats s = pw::exercise_stats(model());
    CHECK(s.exercises >= 20);
    CHECK(s.mean_decisions >= 5.0);
    CHECK(s.kinds_used.size() >= 5);
    CHECK(s.branching_share() >= 0.30);
    CHECK(s.exercises_with_bad_ending == s.exercises);
    // Every exercise uses at least two kinds beyond the flow questions.
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        std::set<pw::QuestionKind> kinds;
        for (const auto& d : sc.decisions)
            for (pw::QuestionKind k : pw::asked_kinds(d))
                if (k != QuestionKind::recipients && k != QuestionKind::data &&
                    k != QuestionKind::channel)
                    kinds.insert(k);
        CHECK(kinds.size() >= 2);
    }
}

TEST_CASE("a duration estimate follows the decisions a trainee meets on the protocol's path") {
    int longest = 0, shortest = 1000;
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const pw::DurationEstimate e = pw::estimate_duration(sc);
        const pw::ScenarioRun run = play(sc);
        CHECK(e.decisions == static_cast<int>(run.outcomes.size()));
        CHECK(e.minutes == e.decisions * pw::kMinutesPerDecision);
        longest = std::max(longest, e.minutes);
        shortest = std::min(shortest, e.minutes);
    }
    CHECK(shortest > 0);
    CHECK(longest > shortest); // the list tells a long exercise from a short one
}

TEST_CASE("following the protocol costs nothing, leaves no story of mistakes and cites sources") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const pw::ScenarioRun run = play(sc);
        const pw::Debrief d = pw::make_debrief(model(), sc, run);
        CHECK(d.costly.empty());
        CHECK(d.mistakes.empty());
        CHECK(d.trainee_steps == d.protocol_steps);
        for (const auto& o : run.outcomes) {
            CHECK(o.consequences.empty());
            for (const auto& f : o.feedback) {
                CAPTURE(pw::question_kind_id(f.kind));
                CHECK_FALSE(f.citations.empty());
                CHECK_FALSE(pw::feedback_text(model(), f).empty());
            }
        }
    }
}

TEST_CASE("sharing more than the purpose needs costs data points, says why, and is over-sharing") {
    int checked = 0;
    each_asking(QuestionKind::data, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        const auto allowed = allowed_data(sc, d);
        for (const auto& extra : d.offered_data) {
            if (contains(allowed, extra)) continue;
            auto ids = allowed;
            ids.push_back(extra);
            const pw::DecisionOutcome o = answer_with(sc, d, QuestionKind::data, ids);
            only_kind_lost(o, QuestionKind::data);
            const pw::Feedback* f = feedback_on(o, QuestionKind::data);
            REQUIRE(f);
            CHECK(applied(*f, "gegevens-te-veel"));
            const std::string text = pw::feedback_text(model(), *f);
            CHECK(contains_text(text, pw::data_item_name(model(), extra)));
            const auto& purposes = flow_of(sc, d).purposes;
            if (!purposes.empty()) { // quoted mid-sentence: no capital, no full stop
                std::string purpose = purposes.front().substr(1);
                if (!purpose.empty() && purpose.back() == '.') purpose.pop_back();
                CHECK(contains_text(text, purpose));
            }
            CHECK(contains(o.mistakes, "te-veel-gedeeld"));
            CHECK_FALSE(o.consequences.empty());
            ++checked;
        }
    });
    CHECK(checked > 0);
}

TEST_CASE("leaving out data the receiver needs stalls the hand-over") {
    int checked = 0;
    each_asking(QuestionKind::data, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        auto ids = allowed_data(sc, d);
        const std::string left_out = ids.back();
        ids.pop_back();
        const pw::DecisionOutcome o = answer_with(sc, d, QuestionKind::data, ids);
        only_kind_lost(o, QuestionKind::data);
        const pw::Feedback* f = feedback_on(o, QuestionKind::data);
        CHECK(applied(*f, "gegevens-ontbreekt"));
        CHECK(contains_text(pw::feedback_text(model(), *f), pw::data_item_name(model(), left_out)));
        CHECK(contains(o.mistakes, "stagnatie"));
        ++checked;
    });
    CHECK(checked > 0);
}

TEST_CASE("a channel other than the protocol's earns nothing; an insecure one is a data breach") {
    int insecure = 0, secure = 0;
    each_asking(QuestionKind::channel, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        const pw::Flow& flow = flow_of(sc, d);
        for (const auto& c : d.offered_channels) {
            if (c == flow.channel) continue;
            const pw::DecisionOutcome o = answer_with(sc, d, QuestionKind::channel, {c});
            only_kind_lost(o, QuestionKind::channel);
            const pw::Feedback* f = feedback_on(o, QuestionKind::channel);
            CHECK(f->points == doctest::Approx(0));
            const std::string text = pw::feedback_text(model(), *f);
            CHECK(contains_text(text, pw::channel_name(model(), flow.channel)));
            if (!pw::find_by_id(model().channels, c)->secure) {
                CHECK(applied(*f, "kanaal-onveilig"));
                CHECK(contains(o.mistakes, "datalek"));
                ++insecure;
            } else {
                CHECK_FALSE(applied(*f, "kanaal-onveilig"));
                CHECK_FALSE(contains(o.mistakes, "datalek"));
                CHECK_FALSE(o.mistakes.empty());
                ++secure;
            }
            CHECK_FALSE(o.consequences.empty());
        }
    });
    CHECK(insecure > 0);
    CHECK(secure > 0);
}

TEST_CASE("a wrong recipient: outside the flow's organisations a breach, a colleague a delay") {
    int breach = 0, delay = 0;
    each_asking(
        QuestionKind::recipients, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
            const pw::Flow& flow = flow_of(sc, d);
            for (const auto& r : d.offered_recipients) {
                if (contains(flow.to, r)) continue;
                auto ids = flow.to;
                ids.push_back(r);
                const pw::DecisionOutcome o = answer_with(sc, d, QuestionKind::recipients, ids);
                only_kind_lost(o, QuestionKind::recipients);
                const pw::Feedback* f = feedback_on(o, QuestionKind::recipients);
                const std::string text = pw::feedback_text(model(), *f);
                CHECK(contains_text(text, pw::role_name(model(), r)));
                for (const auto& to : flow.to)
                    CHECK(contains_text(text, pw::role_name(model(), to)));
                const pw::Organisation* org = pw::organisation_of_role(model(), r);
                bool colleague = false;
                for (const auto& other : flow.to)
                    colleague |= pw::organisation_of_role(model(), other) == org;
                colleague |= pw::organisation_of_role(model(), flow.from) == org;
                colleague &= org && org->id != "gezin";
                CHECK(contains(o.mistakes, colleague ? "vertraging" : "datalek"));
                (colleague ? delay : breach)++;
            }
        });
    CHECK(breach > 0);
    CHECK(delay > 0);
}

TEST_CASE("who decides: a decider the decision right excludes earns nothing and says so; a "
          "partial answer names its rule") {
    int excluded = 0, partial = 0;
    each_asking(QuestionKind::decides, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        const pw::DecisionRight* right = pw::find_by_id(model().decision_rights, d.decides.right);
        REQUIRE(right);
        for (const auto& o : d.decides.options) {
            const pw::DecisionOutcome out = answer_with(sc, d, QuestionKind::decides, {o.id});
            const pw::Feedback* f = feedback_on(out, QuestionKind::decides);
            CHECK(f->points == doctest::Approx(o.credit));
            if (contains(right->not_decided_by, o.decider)) {
                CHECK(f->points == doctest::Approx(0));
                CHECK(applied(*f, "beslisser-niet"));
                CHECK(contains(out.mistakes, "rolfout"));
                ++excluded;
            }
            if (o.credit == 0.5) {
                CHECK(applied(*f, o.rule));
                ++partial;
            }
            if (o.credit < 1)
                CHECK(contains_text(pw::feedback_text(model(), *f), "Volgens het protocol"));
        }
    });
    CHECK(excluded > 0);
    CHECK(partial > 0);
}

TEST_CASE("a wording earns what its criteria earn, and the feedback names what it misses") {
    int checked = 0;
    each_asking(QuestionKind::wording, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        for (const auto& o : d.wording.options) {
            const pw::DecisionOutcome out = answer_with(sc, d, QuestionKind::wording, {o.id});
            const pw::Feedback* f = feedback_on(out, QuestionKind::wording);
            std::vector<const pw::WordingCriterion*> missed;
            for (const auto& c : d.wording.criteria)
                if (!contains(o.meets, c))
                    missed.push_back(pw::find_by_id(model().wording_criteria, c));
            const bool blocking = std::any_of(missed.begin(), missed.end(),
                                              [](const auto* c) { return c->blocking; });
            const double expected = missed.empty() ? 1 : missed.size() == 1 && !blocking ? 0.5 : 0;
            CHECK(f->points == doctest::Approx(expected));
            for (const auto* c : missed)
                CHECK(contains_text(pw::feedback_text(model(), *f), c->missing));
            if (expected < 1) CHECK(contains(out.mistakes, "motiveringsfout"));
            ++checked;
        }
    });
    CHECK(checked > 0);
}

TEST_CASE("an order: exact earns all, one neighbouring swap half, anything else nothing") {
    int checked = 0;
    each_asking(QuestionKind::order, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        auto order = d.order.correct_order;
        auto points = [&](const std::vector<std::string>& ids) {
            return feedback_on(answer_with(sc, d, QuestionKind::order, ids), QuestionKind::order)
                ->points;
        };
        CHECK(points(order) == doctest::Approx(1));
        std::swap(order[0], order[1]);
        CHECK(points(order) == doctest::Approx(0.5));
        std::reverse(order.begin(), order.end());
        CHECK(points(order) == doctest::Approx(0));
        const pw::DecisionOutcome out = answer_with(sc, d, QuestionKind::order, order);
        CHECK(contains(out.mistakes, "stapfout"));
        ++checked;
    });
    CHECK(checked > 0);
}

TEST_CASE("a route: the matter's route earns all, one stop short half, a forbidden venue nothing") {
    int checked = 0;
    each_asking(QuestionKind::escalation,
                [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
                    const pw::EscalationMatter* em =
                        pw::find_by_id(model().escalation_matters, d.escalation.matter);
                    REQUIRE(em);
                    auto outcome = [&](const std::vector<std::string>& ids) {
                        return answer_with(sc, d, QuestionKind::escalation, ids);
                    };
                    CHECK(feedback_on(outcome(em->route), QuestionKind::escalation)->points ==
                          doctest::Approx(1));
                    if (em->route.size() > 1) {
                        auto shorter = em->route;
                        shorter.pop_back();
                        CHECK(feedback_on(outcome(shorter), QuestionKind::escalation)->points ==
                              doctest::Approx(0.5));
                    }
                    for (const auto& [venue, rule] : em->never) {
                        if (!contains(d.escalation.venues, venue)) continue;
                        const pw::DecisionOutcome out = outcome({venue});
                        const pw::Feedback* f = feedback_on(out, QuestionKind::escalation);
                        CHECK(f->points == doctest::Approx(0));
                        CHECK(applied(*f, rule));
                        CHECK(contains(out.mistakes, "routefout"));
                    }
                    ++checked;
                });
    CHECK(checked > 0);
}

TEST_CASE("missing information: a wrong way costs the dimension and names who supplies it") {
    int checked = 0;
    each_asking(QuestionKind::missing, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        for (const auto& o : d.missing.options) {
            if (o.credit >= 1) continue;
            const pw::DecisionOutcome out = answer_with(sc, d, QuestionKind::missing, {o.id});
            const pw::Feedback* f = feedback_on(out, QuestionKind::missing);
            CHECK(f->dimension == Dimension::missing_info);
            CHECK(applied(*f, "ontbrekend-leverancier"));
            CHECK_FALSE(out.mistakes.empty());
            CHECK_FALSE(out.consequences.empty());
            ++checked;
        }
    });
    CHECK(checked > 0);
}

TEST_CASE("a wrong choice leads down its own path: an option's branch, or the mistake's") {
    int branched = 0;
    for (const pw::Scenario& sc : model().scenarios)
        for (const auto& d : sc.decisions) {
            CAPTURE(sc.id);
            CAPTURE(d.id);
            for (QuestionKind k : pw::asked_kinds(d)) {
                const pw::ScenarioQuestion* q = pw::question_of(d, k);
                if (!q || pw::question_is_sequence(k)) continue;
                for (const auto& o : q->options) {
                    if (o.next.empty() || o.credit >= 1) continue;
                    const pw::DecisionOutcome out = answer_with(sc, d, k, {o.id});
                    bool by_mistake = false;
                    for (const auto& [mistake, target] : d.on_mistake)
                        by_mistake |= contains(out.mistakes, mistake);
                    if (!by_mistake) CHECK(out.next == o.next);
                    ++branched;
                }
            }
            for (const auto& [mistake, target] : d.on_mistake)
                CHECK((pw::find_by_id(sc.decisions, target) || pw::find_by_id(sc.endings, target)));
        }
    CHECK(branched > 0);
}

TEST_CASE("the ending follows from what the trainee did: a poor or harmful run does not end well") {
    int fell = 0;
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const pw::ScenarioRun good = play(sc);
        const pw::ScenarioEnding* good_end = pw::run_ending(sc, good);
        REQUIRE(good_end);
        CHECK(good_end->good);
        // Every answer the first wrong choice of each question: the same path, if the
        // exercise does not branch, but with mistakes and a low score.
        const pw::ScenarioRun poor =
            play(sc, [&](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
                const pw::OfferedDecision offer = pw::offered_decision(model(), sc, d);
                const pw::ScenarioAnswer right = pw::correct_answer(model(), sc, d);
                for (const auto& q : offer.questions)
                    for (const auto& c : q.choices) {
                        if (contains(pw::answer_values(right, q.kind), c.id)) continue;
                        std::vector<std::string> ids{c.id};
                        if (q.kind == QuestionKind::order) {
                            ids = pw::answer_values(right, q.kind);
                            std::reverse(ids.begin(), ids.end());
                        }
                        pw::set_answer_values(a, q.kind, ids);
                        break;
                    }
            });
        const pw::Debrief d = pw::make_debrief(model(), sc, poor);
        CHECK(d.points < d.max);
        const auto trail = pw::ending_trail(sc, poor);
        REQUIRE_FALSE(trail.empty());
        CHECK_FALSE(trail.back()->good);
        if (trail.size() > 1) ++fell;
    }
    CHECK(fell > 0);
}

namespace {

// The protocol's answers, except one choice at one decision.
pw::ScenarioRun play_with(const pw::Scenario& sc, const std::string& decision, QuestionKind kind,
                          const std::vector<std::string>& ids) {
    return play(sc, [&](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
        if (d.id == decision) pw::set_answer_values(a, kind, ids);
    });
}

// Every single wrong choice of every decision on the protocol's path, with
// the mistakes it counts as on its own.
struct SingleSlip {
    std::string decision;
    QuestionKind kind;
    std::string choice;
    std::vector<std::string> mistakes;
};
std::vector<SingleSlip> single_slips(const pw::Scenario& sc) {
    std::vector<SingleSlip> out;
    for (const std::string& id : pw::protocol_path(sc)) {
        const pw::ScenarioDecision* d = pw::find_by_id(sc.decisions, id);
        REQUIRE(d);
        const pw::ScenarioAnswer right = pw::correct_answer(model(), sc, *d);
        for (const auto& q : pw::offered_decision(model(), sc, *d).questions) {
            if (pw::question_is_sequence(q.kind)) continue; // no single wrong choice
            for (const auto& c : q.choices) {
                if (contains(pw::answer_values(right, q.kind), c.id)) continue;
                const pw::DecisionOutcome o = answer_with(sc, *d, q.kind, {c.id});
                out.push_back({d->id, q.kind, c.id, o.mistakes});
            }
        }
    }
    return out;
}

} // namespace

TEST_CASE("one data breach or one role error, however good the rest, never ends well") {
    int breaches = 0, role_errors = 0;
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        for (const SingleSlip& slip : single_slips(sc)) {
            const bool breach = contains(slip.mistakes, "datalek");
            const bool role_error = contains(slip.mistakes, "rolfout");
            if (!breach && !role_error) continue;
            CAPTURE(slip.decision);
            CAPTURE(slip.choice);
            const pw::ScenarioRun run = play_with(sc, slip.decision, slip.kind, {slip.choice});
            const pw::Debrief d = pw::make_debrief(model(), sc, run);
            REQUIRE(contains(d.mistakes, breach ? "datalek" : "rolfout"));
            const pw::ScenarioEnding* end = pw::run_ending(sc, run);
            REQUIRE(end);
            CHECK_FALSE(end->good);
            breaches += breach ? 1 : 0;
            role_errors += role_error ? 1 : 0;
        }
    }
    // Both kinds of mistake are really tried, in many exercises.
    CHECK(breaches >= 10);
    CHECK(role_errors >= 10);
}

TEST_CASE("a low score without a breach or role error does not end well either") {
    int low = 0;
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        // Every question of every decision answered with a wrong choice that is
        // neither a breach nor a role error: many points lost, neither mistake made.
        const std::vector<SingleSlip> slips = single_slips(sc);
        const pw::ScenarioRun run = play(sc, [&](const pw::ScenarioDecision& d,
                                                 pw::ScenarioAnswer& a) {
            std::set<QuestionKind> done;
            for (const SingleSlip& slip : slips)
                if (slip.decision == d.id && !done.count(slip.kind) &&
                    !contains(slip.mistakes, "datalek") && !contains(slip.mistakes, "rolfout")) {
                    pw::set_answer_values(a, slip.kind, {slip.choice});
                    done.insert(slip.kind);
                }
        });
        const pw::Debrief d = pw::make_debrief(model(), sc, run);
        if (contains(d.mistakes, "datalek") || contains(d.mistakes, "rolfout")) continue;
        if (d.points >= pw::kGoodEndingMinScore * d.max) continue;
        const pw::ScenarioEnding* end = pw::run_ending(sc, run);
        REQUIRE(end);
        CHECK_FALSE(end->good);
        ++low;
    }
    CHECK(low >= 3);
}

TEST_CASE("an answer resting on an illustrative flow or option says so in its feedback") {
    int checked = 0;
    for (const pw::Scenario& sc : model().scenarios)
        for (const auto& d : sc.decisions) {
            const pw::DecisionOutcome o =
                pw::evaluate_decision(model(), sc, d, pw::correct_answer(model(), sc, d));
            for (const auto& f : o.feedback) {
                if (!f.illustrative) continue;
                CAPTURE(sc.id);
                CAPTURE(d.id);
                CHECK_FALSE(f.illustrative_note.empty());
                CHECK(applied(f, "antwoord-illustratief"));
                CHECK(contains_text(pw::feedback_text(model(), f), f.illustrative_note));
                ++checked;
            }
        }
    CHECK(checked > 0);
}

TEST_CASE("the sentences come from content/feedback.json: change a rule, the feedback changes") {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    for (auto& f : files.files)
        if (f.path == "feedback.json") {
            auto doc = nlohmann::json::parse(f.text);
            for (auto& r : doc["rules"])
                if (r["id"] == "kanaal-onveilig") r["text"] = "ANDERS {gekozen} / {protocol}";
            f.text = doc.dump();
        }
    const pw::Model changed = pw::load_and_validate(files.files).model;
    each_asking(QuestionKind::channel, [&](const pw::Scenario& sc, const pw::ScenarioDecision& d) {
        for (const auto& c : d.offered_channels) {
            if (pw::find_by_id(model().channels, c)->secure) continue;
            pw::ScenarioAnswer a = pw::correct_answer(changed, sc, d);
            a.channel = c;
            const pw::DecisionOutcome o = pw::evaluate_decision(changed, sc, d, a);
            const std::string text =
                pw::feedback_text(changed, *feedback_on(o, QuestionKind::channel));
            CHECK(text.rfind("ANDERS " + std::string(pw::channel_name(model(), c)), 0) == 0);
        }
    });
}

TEST_CASE("a run resumes from stored answers exactly where it was") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const pw::ScenarioRun full =
            play(sc, [](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
                if (!d.offered_data.empty()) a.data.pop_back();
            });
        for (std::size_t n = 0; n <= full.answers.size(); ++n) {
            const std::vector<pw::ScenarioAnswer> prefix(
                full.answers.begin(), full.answers.begin() + static_cast<long>(n));
            const pw::ScenarioRun resumed = pw::replay_run(model(), sc, prefix);
            CHECK(resumed.answers == prefix);
            CHECK(resumed.finished == (n == full.answers.size()));
            if (n < full.answers.size()) CHECK(resumed.current == full.outcomes[n].decision);
        }
    }
}

TEST_CASE("answers that do not fit are refused with the reason, and a replay stops there") {
    const pw::Scenario& sc = model().scenarios.front();
    pw::ScenarioRun run = pw::start_run(sc);
    const pw::ScenarioDecision* d = pw::current_decision(sc, run);
    REQUIRE(d);
    const pw::QuestionKind first = pw::asked_kinds(*d).front();
    pw::ScenarioAnswer bogus = pw::correct_answer(model(), sc, *d);
    pw::set_answer_values(bogus, first, {"bestaat-niet"});
    CHECK(contains_text(pw::answer_problem(*d, bogus), "bestaat-niet"));
    CHECK_FALSE(pw::submit_answer(model(), sc, run, bogus));
    CHECK(run.answers.empty());
    pw::ScenarioAnswer empty;
    CHECK(contains_text(pw::answer_problem(*d, empty), "niet beantwoord"));
    const pw::ScenarioRun stopped =
        pw::replay_run(model(), sc, {bogus, pw::correct_answer(model(), sc, *d)});
    CHECK(stopped.answers.empty());
    CHECK(stopped.current == sc.start);

    const pw::ScenarioRun done = play(sc);
    pw::ScenarioRun after = done;
    CHECK_FALSE(pw::submit_answer(model(), sc, after, pw::ScenarioAnswer{}));
    CHECK(after.answers.size() == done.answers.size());
}

TEST_CASE("results export as CSV rows per decision and question, and as JSON with the debrief") {
    const pw::Scenario& sc =
        *pw::find_by_id(model().scenarios, std::string("kb-ind-contactpersoon"));
    const pw::ScenarioRun run = play(sc, [](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
        if (!d.offered_channels.empty()) a.channel = "onversleutelde-mail";
    });
    std::size_t rows = 0;
    for (const auto& o : run.outcomes)
        rows += o.feedback.size();
    const std::string csv = pw::results_csv(model(), sc, run);
    CHECK(static_cast<std::size_t>(std::count(csv.begin(), csv.end(), '\n')) == rows + 1);
    CHECK(csv.rfind("oefening;beslismoment;stap;keuze;dimensie", 0) == 0);
    CHECK(contains_text(csv, "\"Veilig en juist kanaal\";0;1;\"Gewone, onversleutelde e-mail"));

    pw::SessionNotes notes{"Groep \"A\"", {12.5, 30}, {true, false}};
    const std::string with_notes = pw::results_csv(model(), sc, run, &notes);
    CHECK(contains_text(with_notes, ";groep;seconden;antwoord eerst getoond"));
    CHECK(contains_text(with_notes, "\"Groep \"\"A\"\"\";12.5;ja"));

    const auto json = nlohmann::json::parse(pw::results_json(model(), sc, run, &notes));
    const pw::Debrief d = pw::make_debrief(model(), sc, run);
    CHECK(json["scenario"] == sc.id);
    CHECK(json["finished"] == true);
    CHECK(json["points"].get<double>() == doctest::Approx(d.points));
    CHECK(json["max"].get<double>() == doctest::Approx(d.max));
    CHECK(json["mistakes"] == nlohmann::json(d.mistakes));
    CHECK(json["endingGood"] == false);
    CHECK(json["decisions"].size() == run.outcomes.size());
    CHECK(json["decisions"][0]["seconds"] == 12.5);
    CHECK(json["group"] == "Groep \"A\"");
}
