// The training simulator, driven through every scenario in content/: the
// protocol's path scores full marks, and each kind of mistake (sharing too
// much, an insecure channel, a wrong recipient) costs points on its own
// dimension with an explanation and a consequence in the story.
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace {

using pw::Dimension;

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

// Plays a scenario with the protocol's answers, changed by `alter` where it
// applies; returns the run.
pw::ScenarioRun
play(const pw::Scenario& sc,
     const std::function<void(const pw::ScenarioDecision&, pw::ScenarioAnswer&)>& alter = nullptr) {
    pw::ScenarioRun run = pw::start_run(sc);
    for (int guard = 0; !run.finished && guard < 100; ++guard) {
        const pw::ScenarioDecision* d = pw::current_decision(sc, run);
        REQUIRE(d);
        pw::ScenarioAnswer a = pw::correct_answer(model(), sc, *d);
        if (alter) alter(*d, a);
        REQUIRE(pw::submit_answer(model(), sc, run, a));
    }
    REQUIRE(run.finished);
    return run;
}

const pw::DimensionScore* score(const pw::Debrief& d, Dimension dim) {
    for (const auto& s : d.dimensions)
        if (s.dimension == dim) return &s;
    return nullptr;
}

// Every dimension other than `dim` is at full marks.
void check_only_dimension_lost(const pw::Debrief& d, Dimension dim) {
    for (const auto& s : d.dimensions) {
        CAPTURE(pw::dimension_label(s.dimension));
        if (s.dimension == dim)
            CHECK(s.points < s.max);
        else
            CHECK(s.points == doctest::Approx(s.max));
    }
}

const pw::DecisionOutcome* outcome_for(const pw::ScenarioRun& run, const std::string& decision) {
    for (const auto& o : run.outcomes)
        if (o.decision == decision) return &o;
    return nullptr;
}

const pw::Feedback* feedback_on(const pw::DecisionOutcome& o, Dimension dim) {
    for (const auto& f : o.feedback)
        if (f.dimension == dim) return &f;
    return nullptr;
}

} // namespace

TEST_CASE("there are exercises for every case type, each from different roles") {
    const pw::Model& m = model();
    CHECK(m.scenarios.size() >= 12);
    for (const pw::CaseType& ct : m.case_types) {
        CAPTURE(ct.id);
        std::set<std::string> perspectives;
        for (const pw::Scenario& sc : m.scenarios)
            if (sc.case_type == ct.id) perspectives.insert(sc.perspective);
        CHECK(perspectives.size() >= 2);
    }
}

TEST_CASE("every exercise practises all four inter-agency dimensions and role fidelity") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        bool recipients = false, over_sharing = false, insecure = false, judgement = false;
        for (const auto& d : sc.decisions) {
            recipients |= !d.offered_recipients.empty();
            judgement |= d.judgement.asked() || d.action.asked();
            if (!d.offered_data.empty()) {
                const auto allowed = allowed_data(sc, d);
                over_sharing |= std::any_of(d.offered_data.begin(), d.offered_data.end(),
                                            [&](const auto& x) { return !contains(allowed, x); });
            }
            for (const auto& c : d.offered_channels)
                if (const pw::Channel* ch = pw::find_by_id(model().channels, c))
                    insecure |= !ch->secure;
        }
        CHECK(recipients);
        CHECK(over_sharing);
        CHECK(insecure);
        CHECK(judgement);
    }
}

TEST_CASE("following the protocol scores full marks on every exercise") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        const pw::ScenarioRun run = play(sc);
        const pw::Debrief d = pw::make_debrief(model(), sc, run);
        CHECK(d.max > 0);
        CHECK(d.points == doctest::Approx(d.max));
        CHECK(d.costly.empty());
        CHECK(d.trainee_steps == d.protocol_steps);
        const pw::ScenarioEnding* end = pw::run_ending(sc, run);
        REQUIRE(end);
        CHECK(end->good);
        for (const auto& o : run.outcomes) {
            CHECK(o.consequences.empty());
            for (const auto& f : o.feedback)
                CHECK_FALSE(f.citations.empty());
        }
    }
}

TEST_CASE("sharing more than the purpose needs costs data-minimisation points, with the reason") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        std::map<std::string, std::string> extra_by_decision;
        const pw::ScenarioRun run =
            play(sc, [&](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
                if (d.offered_data.empty()) return;
                const auto allowed = allowed_data(sc, d);
                for (const auto& x : d.offered_data)
                    if (!contains(allowed, x)) {
                        a.data.push_back(x);
                        extra_by_decision[d.id] = x;
                        return;
                    }
            });
        REQUIRE_FALSE(extra_by_decision.empty());
        const pw::Debrief debrief = pw::make_debrief(model(), sc, run);
        check_only_dimension_lost(debrief, Dimension::data_minimisation);
        for (const auto& entry : extra_by_decision) {
            const std::string decision = entry.first,
                              extra = entry.second; // lambdas cannot capture bindings (clang 14)
            const pw::DecisionOutcome* o = outcome_for(run, decision);
            REQUIRE(o);
            const pw::Feedback* f = feedback_on(*o, Dimension::data_minimisation);
            REQUIRE(f);
            CHECK(f->points < f->max);
            CHECK(contains_text(f->text, "Te veel gedeeld"));
            CHECK(contains_text(f->text, pw::data_item_name(model(), extra)));
            // The purpose the protocol names is the reason the extra is not needed.
            const auto& purposes = flow_of(sc, *pw::find_by_id(sc.decisions, decision)).purposes;
            if (!purposes.empty()) {
                // Quoted mid-sentence: without its capital and its full stop.
                std::string purpose = purposes.front().substr(1);
                if (!purpose.empty() && purpose.back() == '.') purpose.pop_back();
                CHECK(contains_text(f->text, purpose));
            }
            CHECK(
                contains(o->consequences, pw::find_by_id(sc.decisions, decision)->on_over_sharing));
            const bool listed =
                std::any_of(debrief.costly.begin(), debrief.costly.end(), [&](const auto& c) {
                    return c.decision == decision &&
                           c.feedback.dimension == Dimension::data_minimisation;
                });
            CHECK(listed);
        }
    }
}

TEST_CASE("leaving out data the receiver needs costs points too") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        std::string left_out;
        const pw::ScenarioRun run =
            play(sc, [&](const pw::ScenarioDecision&, pw::ScenarioAnswer& a) {
                if (a.data.empty() || !left_out.empty()) return;
                left_out = a.data.back();
                a.data.pop_back();
            });
        REQUIRE_FALSE(left_out.empty());
        const pw::Debrief debrief = pw::make_debrief(model(), sc, run);
        check_only_dimension_lost(debrief, Dimension::data_minimisation);
        REQUIRE_FALSE(debrief.costly.empty());
        CHECK(contains_text(debrief.costly.front().feedback.text, "Ontbreekt"));
        CHECK(contains_text(debrief.costly.front().feedback.text,
                            pw::data_item_name(model(), left_out)));
    }
}

TEST_CASE("an insecure channel costs the channel points and is reported as a data breach") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        std::vector<std::string> changed;
        const pw::ScenarioRun run =
            play(sc, [&](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
                for (const auto& c : d.offered_channels)
                    if (!pw::find_by_id(model().channels, c)->secure) {
                        a.channel = c;
                        changed.push_back(d.id);
                        return;
                    }
            });
        REQUIRE_FALSE(changed.empty());
        const pw::Debrief debrief = pw::make_debrief(model(), sc, run);
        check_only_dimension_lost(debrief, Dimension::secure_channel);
        CHECK(score(debrief, Dimension::secure_channel)->points == doctest::Approx(0));
        for (const auto& id : changed) {
            const pw::ScenarioDecision& d = *pw::find_by_id(sc.decisions, id);
            const pw::DecisionOutcome* o = outcome_for(run, id);
            REQUIRE(o);
            const pw::Feedback* f = feedback_on(*o, Dimension::secure_channel);
            REQUIRE(f);
            CHECK(f->points == doctest::Approx(0));
            CHECK(contains_text(f->text, "niet geschikt voor persoonsgegevens"));
            CHECK(contains_text(f->text, pw::channel_name(model(), flow_of(sc, d).channel)));
            CHECK(contains(o->consequences, d.on_insecure_channel));
        }
    }
}

TEST_CASE("a secure channel other than the protocol's earns half the channel points") {
    for (const pw::Scenario& sc : model().scenarios) {
        for (const auto& d : sc.decisions) {
            if (d.offered_channels.empty()) continue;
            const std::string protocol = flow_of(sc, d).channel;
            for (const auto& c : d.offered_channels) {
                if (c == protocol || !pw::find_by_id(model().channels, c)->secure) continue;
                CAPTURE(sc.id);
                CAPTURE(d.id);
                pw::ScenarioAnswer a = pw::correct_answer(model(), sc, d);
                a.channel = c;
                const pw::DecisionOutcome o = pw::evaluate_decision(model(), sc, d, a);
                CHECK(feedback_on(o, Dimension::secure_channel)->points == doctest::Approx(0.5));
                CHECK(o.consequences.empty());
            }
        }
    }
}

TEST_CASE("a wrong recipient costs recipient points, names who should have had it, and has a "
          "consequence") {
    for (const pw::Scenario& sc : model().scenarios) {
        CAPTURE(sc.id);
        std::map<std::string, std::string> wrong;
        const pw::ScenarioRun run =
            play(sc, [&](const pw::ScenarioDecision& d, pw::ScenarioAnswer& a) {
                for (const auto& r : d.offered_recipients)
                    if (!contains(a.recipients, r)) {
                        a.recipients = {r};
                        wrong[d.id] = r;
                        return;
                    }
            });
        REQUIRE_FALSE(wrong.empty());
        const pw::Debrief debrief = pw::make_debrief(model(), sc, run);
        check_only_dimension_lost(debrief, Dimension::recipients);
        for (const auto& [id, role] : wrong) {
            const pw::ScenarioDecision& d = *pw::find_by_id(sc.decisions, id);
            const pw::DecisionOutcome* o = outcome_for(run, id);
            REQUIRE(o);
            const pw::Feedback* f = feedback_on(*o, Dimension::recipients);
            REQUIRE(f);
            CHECK(f->points < f->max);
            CHECK(contains_text(f->text, std::string("Niet naar ") +
                                             std::string(pw::role_name(model(), role))));
            for (const auto& r : flow_of(sc, d).to)
                CHECK(contains_text(f->text, pw::role_name(model(), r)));
            CHECK(contains(o->consequences, d.on_wrong_recipient));
        }
    }
}

TEST_CASE("a wrong judgement about who decides costs role fidelity and says who does") {
    int judged = 0;
    for (const pw::Scenario& sc : model().scenarios)
        for (const auto& d : sc.decisions) {
            if (!d.judgement.asked()) continue;
            CAPTURE(sc.id);
            for (const auto& option : d.judgement.options) {
                if (option.correct) continue;
                pw::ScenarioAnswer a = pw::correct_answer(model(), sc, d);
                a.judgement = option.id;
                const pw::DecisionOutcome o = pw::evaluate_decision(model(), sc, d, a);
                const pw::Feedback* f = feedback_on(o, Dimension::role_fidelity);
                REQUIRE(f);
                CHECK(f->points == doctest::Approx(0));
                CHECK(contains_text(f->text, "Volgens het protocol"));
                CHECK_FALSE(f->citations.empty());
                ++judged;
            }
        }
    CHECK(judged > 0);
}

TEST_CASE("a wrong action branches into its consequence and away from the protocol path") {
    int branched = 0;
    for (const pw::Scenario& sc : model().scenarios)
        for (const auto& d : sc.decisions)
            for (const auto& option : d.action.options) {
                if (option.correct || option.next.empty()) continue;
                CAPTURE(sc.id);
                pw::ScenarioAnswer a = pw::correct_answer(model(), sc, d);
                a.action = option.id;
                const pw::DecisionOutcome o = pw::evaluate_decision(model(), sc, d, a);
                CHECK(o.next == option.next);
                CHECK(feedback_on(o, Dimension::step_order)->points == doctest::Approx(0));
                if (!option.consequence.empty())
                    CHECK(contains(o.consequences, option.consequence));
                ++branched;
            }
    CHECK(branched > 0);
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

TEST_CASE("answers that do not fit are refused, and a replay stops at the first one") {
    const pw::Scenario& sc = model().scenarios.front();
    pw::ScenarioRun run = pw::start_run(sc);
    const pw::ScenarioDecision* d = pw::current_decision(sc, run);
    REQUIRE(d);
    pw::ScenarioAnswer bogus = pw::correct_answer(model(), sc, *d);
    if (d->action.asked())
        bogus.action = "bestaat-niet";
    else
        bogus.judgement = "bestaat-niet";
    CHECK_FALSE(pw::submit_answer(model(), sc, run, bogus));
    CHECK(run.answers.empty());
    const pw::ScenarioRun stopped =
        pw::replay_run(model(), sc, {bogus, pw::correct_answer(model(), sc, *d)});
    CHECK(stopped.answers.empty());
    CHECK(stopped.current == sc.start);

    const pw::ScenarioRun done = play(sc);
    pw::ScenarioRun after = done;
    CHECK_FALSE(pw::submit_answer(model(), sc, after, pw::ScenarioAnswer{}));
    CHECK(after.answers.size() == done.answers.size());
}

TEST_CASE("results export as CSV rows per decision and dimension, and as JSON with the debrief") {
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
    CHECK(contains_text(csv, "\"Veilig kanaal\";0;1;"));

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
    CHECK(json["decisions"].size() == run.outcomes.size());
    CHECK(json["decisions"][0]["seconds"] == 12.5);
    CHECK(json["group"] == "Groep \"A\"");
}
