// Views at a laptop's (1280x720) and a projector's (1920x1080) size, and at
// the largest text setting: every control and text lies wholly inside the
// window, nothing runs off its right edge.
#include "harness.hpp"

#include "pw/lookup.hpp"
#include "ui/training_actions.hpp"

#include <doctest/doctest.h>

#include <cmath>

namespace pw::ui::test {
namespace {

// Nodes that run past the right edge of the display (the map scrolls sideways: not counted).
std::vector<std::string> off_the_edge(const Harness& h) {
    std::vector<std::string> out;
    for (const A11yNode& node : h.tree())
        if (node.whole.x + node.whole.w > h.display().width + 0.5f &&
            node.tag.rfind("stap:", 0) != 0)
            out.push_back(node.name.substr(0, 60) + " [" + node.tag + "]");
    return out;
}

// The control is wholly on screen as drawn, no part scrolled or clipped away.
bool wholly_in_view(const Harness& h, std::string_view tag) {
    const A11yNode* node = h.control(tag);
    return node && node->rect.h > 0 && std::abs(node->rect.h - node->whole.h) < 0.5f &&
           std::abs(node->rect.y - node->whole.y) < 0.5f &&
           node->whole.y + node->whole.h <= h.display().height;
}

// Where the action that moves on sits: its bottom edge, or -1 when not shown.
float action_bottom(const Harness& h, std::string_view tag) {
    const A11yNode* node = h.control(tag);
    return node ? node->whole.y + node->whole.h : -1.0f;
}

} // namespace

TEST_CASE("nothing runs off the right edge, at 1280 and 1920 and at projector text size") {
    for (const Display display : {Display{1280, 720}, Display{1920, 1080}})
        for (const float text_scale : {1.0f, 1.8f}) {
            Harness h(display);
            h.state().progress.settings.text_scale = text_scale;
            const Model& m = h.model();
            std::vector<std::string> routes{"#/", "#/oefenen", "#/zoek/kind"};
            for (const CaseType& ct : m.case_types)
                routes.push_back("#/proces/" + ct.id + "/stap/" + ct.steps.front().id);
            for (const Scenario& sc : m.scenarios)
                routes.push_back("#/oefenen/" + sc.id + "/trainer");
            routes.push_back("#/rol/" + m.roles.front().id);
            routes.push_back("#/kaart/" + m.cards.front().id);
            for (const std::string& hash : routes) {
                CAPTURE(hash);
                CAPTURE(display.width);
                CAPTURE(text_scale);
                h.open(hash);
                CHECK(off_the_edge(h) == std::vector<std::string>{});
            }
        }
}

TEST_CASE("trainer mode at a small projector (1280x720): the controls to lead the group fit") {
    Harness h({1280, 720});
    const Scenario& sc = h.model().scenarios.front();
    h.open("#/oefenen/" + sc.id + "/trainer");
    REQUIRE(h.click("toon-opties"));
    for (const char* tag : {"toon-opties", "toon-antwoord", "timer-pauze", "timer-opnieuw"}) {
        CAPTURE(tag);
        const A11yNode* node = h.control(tag);
        REQUIRE(node);
        CHECK(node->whole.x >= 0);
        CHECK(node->whole.x + node->whole.w <= 1280);
        CHECK(node->whole.y + node->whole.h <= 720);
    }
}

TEST_CASE("home shows its three journeys at 1280 and 1920") {
    for (const Display display : {Display{1280, 720}, Display{1920, 1080}}) {
        Harness h(display);
        h.open("#/");
        for (const char* tag : {"reis:nieuw", "reis:zoeken", "reis:training"}) {
            CAPTURE(tag);
            REQUIRE(h.control(tag));
            CHECK(h.control(tag)->whole.y + h.control(tag)->whole.h <= display.height);
        }
    }
}

} // namespace pw::ui::test

namespace pw::ui::test {

TEST_CASE("on a 1920x1080 projector the action is always in view, where the trainee has it") {
    Harness trainer({1920, 1080});
    Harness trainee({1920, 1080});
    int multi_select = 0;
    for (const Scenario& sc : trainer.model().scenarios) {
        CAPTURE(sc.id);
        trainer.open("#/oefenen/" + sc.id + "/trainer");
        trainee.open("#/oefenen/" + sc.id);
        TrainingState& group = trainer.views().training;
        TrainingState& one = trainee.views().training;
        for (int guard = 0; guard < 50 && exercise_phase(group) != ExercisePhase::debrief;
             ++guard) {
            const ScenarioDecision* d = current_decision(sc, group.run);
            REQUIRE(d);
            CAPTURE(d->id);
            REQUIRE(trainer.click("toon-opties"));
            for (const OfferedQuestion& q : offered_decision(trainer.model(), sc, *d).questions)
                multi_select += question_takes_many(q.kind) ? 1 : 0;
            CHECK(wholly_in_view(trainer, "keuze-vastleggen"));
            CHECK(wholly_in_view(trainee, "antwoord-geven"));
            // The group's choice as the trainer enters it: the protocol's, clicked.
            group.draft = correct_answer(trainer.model(), sc, *d);
            one.draft = group.draft;
            trainer.frames(2);
            REQUIRE(trainer.click("keuze-vastleggen"));
            REQUIRE(trainee.click("antwoord-geven"));
            REQUIRE(exercise_phase(group) == ExercisePhase::feedback);
            CHECK(wholly_in_view(trainer, "verder"));
            CHECK(wholly_in_view(trainee, "verder"));
            // In the exercise's column (not beside it), at the foot of the screen as the
            // trainee's (the trainer's larger type pads the window a little more).
            REQUIRE(trainer.control("timer-pauze"));
            CHECK(trainer.control("verder")->whole.x < trainer.control("timer-pauze")->whole.x);
            CHECK(action_bottom(trainer, "verder") > 1080 - 40);
            CHECK(action_bottom(trainee, "verder") > 1080 - 40);
            CHECK(std::abs(action_bottom(trainer, "verder") - action_bottom(trainee, "verder")) <
                  12.0f);
            REQUIRE(trainer.click("verder"));
            REQUIRE(trainee.click("verder"));
        }
    }
    CHECK(multi_select > 5); // multi-select decisions were among them
}

TEST_CASE("a paragraph is laid out again for another width and text size, and not otherwise") {
    // rich_text keeps each paragraph's layout (ui/paragraph_layouts.hpp): a
    // layout kept for another width or size would overflow or leave gaps.
    Harness h({1920, 1080});
    const CaseType& ct = h.model().case_types.front();
    const Step& step = ct.steps.front();
    h.open("#/proces/" + ct.id + "/stap/" + step.id);
    auto height = [&] {
        for (const A11yNode& node : h.tree())
            if (node.name == step.summary) return node.whole.h;
        return -1.0f;
    };
    const float wide = height();
    REQUIRE(wide > 0);
    const std::size_t made = h.state().paragraph_layouts.made();
    h.frames(3);
    CHECK(h.state().paragraph_layouts.made() == made); // drawn again from what was kept
    CHECK(height() == wide);

    h.resize({900, 1080});
    h.frames(3);
    const float narrow = height();
    CHECK(narrow > wide);
    CHECK(off_the_edge(h) == std::vector<std::string>{});

    h.state().progress.settings.text_scale = 1.5f;
    h.frames(3);
    CHECK(height() > narrow);
    CHECK(off_the_edge(h) == std::vector<std::string>{});

    h.state().progress.settings.text_scale = 1.0f;
    h.resize({1920, 1080});
    h.frames(3);
    CHECK(height() == wide);
}

} // namespace pw::ui::test
