// The exercise editor's core: right answers filled in from the real content,
// wrong ones proposed, the graph, files in and out, storage and undo/redo.
#include "draft_fixtures.hpp"

#include "pw/draft_history.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "pw/simulator.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace {

using draft_fixtures::complete_draft;
using draft_fixtures::decision;
using draft_fixtures::model;

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::string print(const std::vector<pw::DraftFinding>& findings) {
    std::string all;
    for (const pw::DraftFinding& f : findings)
        all += "\n  [" + f.field + "] " + f.message;
    return all;
}

} // namespace

TEST_CASE("a draft written with the editor's core has no findings and can be shared") {
    const auto findings = pw::check_draft(model(), complete_draft());
    INFO("findings:" << print(findings));
    CHECK(findings.empty());
    CHECK(pw::can_play(findings));
    CHECK(pw::can_share(findings));
}

TEST_CASE("recipients, data and channel are filled in from the step's flow") {
    const pw::Model& m = model();
    const pw::CaseType* ct = pw::find_case_type(m, "kb-maatregel");
    REQUIRE(ct);
    // Every step with a flow, as the trainee's role or another: the answer is the flow's.
    int checked = 0;
    for (const pw::Step& step : ct->steps) {
        const pw::Flow* flow = pw::default_flow(step, "ind-contactpersoon");
        if (!flow) continue;
        pw::ExerciseDraft d = pw::start_draft(m, "kb-maatregel", "ind-contactpersoon");
        const pw::AddedDecision added = pw::add_decision(
            m, d,
            {step.id,
             {pw::QuestionKind::recipients, pw::QuestionKind::data, pw::QuestionKind::channel},
             ""});
        CAPTURE(step.id);
        REQUIRE(added.draft.decisions.size() == 1);
        const pw::ScenarioDecision& x = added.draft.decisions.front();
        CHECK(x.flow == flow->id);
        const pw::ScenarioAnswer right = pw::correct_answer(m, added.draft, x);
        std::vector<std::string> to = flow->to, got = right.recipients;
        std::sort(to.begin(), to.end());
        std::sort(got.begin(), got.end());
        CHECK(got == to);
        std::vector<std::string> data = pw::shared_data(*ct, *flow), got_data = right.data;
        std::sort(data.begin(), data.end());
        std::sort(got_data.begin(), got_data.end());
        CHECK(got_data == data);
        CHECK(right.channel == flow->channel);
        // Wrong choices to pick from: more roles and data than the answer, a
        // secure channel that is still wrong and an insecure one.
        CHECK(x.offered_recipients.size() > flow->to.size());
        CHECK(x.offered_data.size() > data.size());
        bool secure_wrong = false, insecure = false;
        for (const std::string& c : x.offered_channels) {
            const pw::Channel* ch = pw::find_by_id(m.channels, c);
            REQUIRE(ch);
            secure_wrong = secure_wrong || (ch->secure && c != flow->channel);
            insecure = insecure || !ch->secure;
        }
        CHECK(secure_wrong);
        CHECK(insecure);
        ++checked;
    }
    CHECK(checked >= 10);
}

TEST_CASE("who decides, what is missing and the order come from the content") {
    const pw::Model& m = model();
    const pw::CaseType* ct = pw::find_case_type(m, "kb-maatregel");
    REQUIRE(ct);
    const pw::Step* step = pw::find_step(*ct, "verblijfsinformatie");
    REQUIRE(step);
    const pw::AddedDecision added = pw::add_decision(
        m, pw::start_draft(m, "kb-maatregel", "ind-contactpersoon"),
        {"verblijfsinformatie",
         {pw::QuestionKind::decides, pw::QuestionKind::missing, pw::QuestionKind::order},
         ""});
    const pw::ScenarioDecision& x = added.draft.decisions.front();
    // Decides: the right option names the organisation of the decision right.
    const pw::DecisionRight* right = pw::find_by_id(m.decision_rights, x.decides.right);
    REQUIRE(right);
    int full = 0;
    for (const pw::ScenarioOption& o : x.decides.options) {
        if (o.credit >= 1) {
            ++full;
            CHECK(o.decider == right->organisation);
        } else {
            CHECK(o.decider != right->organisation);
        }
    }
    CHECK(full == 1);
    // Missing: ask the organisation whose role sends the flow.
    const pw::Flow* flow = pw::default_flow(*step, "ind-contactpersoon");
    REQUIRE(flow);
    CHECK(x.missing.flow == flow->id);
    CHECK(contains(pw::shared_data(*ct, *flow), x.missing.data_item));
    for (const pw::ScenarioOption& o : x.missing.options)
        if (o.correct())
            CHECK(pw::organisation_of_role(m, o.ask) == pw::organisation_of_role(m, flow->from));
    // Order: this step and the ones after it, shown out of order.
    REQUIRE(x.order.correct_order.size() >= 3);
    CHECK(x.order.correct_order.front() == "verblijfsinformatie");
    CHECK(x.order.correct_order[1] == step->next.front().step);
    std::vector<std::string> shown;
    for (const pw::ScenarioOption& o : x.order.options)
        shown.push_back(o.id);
    CHECK(shown != x.order.correct_order);
    // The author's choice of decision right and matter: the answer follows it.
    REQUIRE(m.decision_rights.size() > 1);
    REQUIRE(m.escalation_matters.size() > 1);
    const pw::DecisionRight& other = m.decision_rights.back();
    const pw::EscalationMatter& matter = m.escalation_matters.back();
    const pw::AddedDecision chosen =
        pw::add_decision(m, pw::start_draft(m, "kb-maatregel", "ind-contactpersoon"),
                         {"verblijfsinformatie",
                          {pw::QuestionKind::decides, pw::QuestionKind::escalation},
                          "",
                          other.id,
                          matter.id});
    const pw::ScenarioDecision& y = chosen.draft.decisions.front();
    CHECK(y.decides.right == other.id);
    CHECK(y.escalation.matter == matter.id);
    for (const std::string& venue : matter.route)
        CHECK(contains(y.escalation.venues, venue));
    CHECK(y.escalation.venues.size() > matter.route.size());
    const pw::ScenarioAnswer right_answer = pw::correct_answer(m, chosen.draft, y);
    const pw::ScenarioOption* picked = pw::find_by_id(y.decides.options, right_answer.decides);
    REQUIRE(picked);
    CHECK(picked->decider == other.organisation);
    CHECK(right_answer.escalation == matter.route);
}

TEST_CASE(
    "proposals are deterministic; a step without flows says why flow questions cannot be asked") {
    const pw::Model& m = model();
    const pw::ExerciseDraft start = pw::start_draft(m, "kb-maatregel", "ind-contactpersoon");
    const pw::DecisionSpec spec{"verblijfsinformatie",
                                {pw::QuestionKind::recipients, pw::QuestionKind::data,
                                 pw::QuestionKind::channel, pw::QuestionKind::action},
                                ""};
    CHECK(pw::add_decision(m, start, spec).draft == pw::add_decision(m, start, spec).draft);
    const pw::AddedDecision none =
        pw::add_decision(m, start, {"bekend-in-keten", {pw::QuestionKind::recipients}, ""});
    REQUIRE(none.notes.size() == 1);
    CHECK(none.notes.front() ==
          "Vraag \"ontvangers\": stap \"bekend-in-keten\" heeft geen gegevensstroom; kies een "
          "stap waar informatie wordt gedeeld.");
    CHECK(none.draft.decisions.front().offered_recipients.empty());
}

TEST_CASE("decisions are appended on the protocol's path and can be connected and removed") {
    const pw::Model& m = model();
    pw::ExerciseDraft d = complete_draft();
    REQUIRE(d.decisions.size() == 2);
    CHECK(d.start == d.decisions[0].id);
    CHECK(d.decisions[0].next == d.decisions[1].id);
    CHECK(d.decisions[1].next == "goed");
    pw::DraftGraph g = pw::draft_graph(d);
    CHECK(g.ending_reachable);
    CHECK(g.unreachable.empty());
    CHECK(g.dead_ends.empty());
    // A branch: the channel's data breach goes to a decision of its own.
    const pw::AddedDecision extra =
        pw::add_decision(m, d, {"verblijfsinformatie", {pw::QuestionKind::action}, ""});
    d = pw::connect_next(extra.draft, d.decisions[1].id, "goed");
    d = pw::connect_next(d, extra.decision, "");
    g = pw::draft_graph(d);
    CHECK(g.unreachable == std::vector<std::string>{extra.decision});
    CHECK(g.dead_ends == std::vector<std::string>{extra.decision});
    d = pw::connect_mistake(d, d.decisions[0].id, "datalek", extra.decision);
    d = pw::connect_next(d, extra.decision, "met-schade");
    g = pw::draft_graph(d);
    CHECK(g.unreachable.empty());
    CHECK(g.dead_ends.empty());
    // Removing a decision relinks what led to it.
    d = pw::remove_decision(d, d.decisions[1].id);
    CHECK(d.decisions[0].next == "goed");
    CHECK(pw::draft_graph(d).unreachable.empty());
}

TEST_CASE("draft -> JSON -> draft gives the same draft, and the file passes the loader") {
    const pw::ExerciseDraft d = complete_draft();
    const std::string text = pw::draft_to_json(d);
    const pw::DraftImport back = pw::draft_from_json(model(), text);
    INFO(back.problem);
    REQUIRE(back.draft);
    CHECK(*back.draft == d);
    CHECK(pw::draft_to_json(*back.draft) == text);
    // Added to the real content as it is, the whole content still validates.
    std::vector<pw::ContentSource> files = pw::read_content_dir(PW_CONTENT_DIR).files;
    files.push_back({"scenarios/" + d.id + ".json", text});
    const pw::LoadResult all = pw::load_and_validate(files);
    std::string problems;
    for (const pw::Diagnostic& x : all.diagnostics)
        problems += "\n" + pw::format_diagnostic(x);
    INFO(problems);
    CHECK(all.ok());
    CHECK(pw::find_by_id(all.model.scenarios, d.id));
}

TEST_CASE("every exercise in content/ reads as a draft and is written back as the same JSON") {
    using nlohmann::json;
    int files = 0;
    for (const pw::ContentSource& f : pw::read_content_dir(PW_CONTENT_DIR).files) {
        if (f.path.rfind("scenarios/", 0) != 0) continue;
        CAPTURE(f.path);
        const pw::DraftImport read = pw::draft_from_json(model(), f.text);
        REQUIRE(read.draft);
        const json diff =
            json::diff(json::parse(f.text), json::parse(pw::draft_to_json(*read.draft)));
        CHECK_MESSAGE(diff.empty(), diff.dump());
        ++files;
    }
    CHECK(files >= 20);
}

TEST_CASE("a stored draft comes back; a damaged one is reported and its text kept") {
    const pw::ExerciseDraft d = complete_draft();
    const std::string stored = pw::store_draft(d);
    const pw::StoredDraftLoad ok = pw::load_stored_draft(model(), stored);
    REQUIRE(ok.draft);
    CHECK(*ok.draft == d);
    CHECK(ok.problem.empty());
    CHECK(pw::load_stored_draft(model(), "").problem.empty());
    // A draft with errors is kept all the same: it cannot be played, not lost.
    pw::ExerciseDraft unfinished = d;
    unfinished.decisions[0].situation.clear();
    unfinished.decisions[1].action.options.clear();
    CHECK_FALSE(pw::can_play(pw::check_draft(model(), unfinished)));
    const pw::StoredDraftLoad kept = pw::load_stored_draft(model(), pw::store_draft(unfinished));
    REQUIRE(kept.draft);
    CHECK(*kept.draft == unfinished);

    const std::string cut = stored.substr(0, stored.size() / 2);
    const pw::StoredDraftLoad broken = pw::load_stored_draft(model(), cut);
    CHECK_FALSE(broken.draft);
    CHECK(broken.kept == cut);
    CHECK(broken.problem.rfind("Het opgeslagen concept kon niet worden gelezen: Dit bestand is "
                               "geen oefening: het is geen geldige JSON",
                               0) == 0);
    CHECK(broken.problem.find("De opgeslagen tekst is bewaard") != std::string::npos);

    std::string newer = stored;
    newer.replace(newer.find("\"version\":1"), 11, "\"version\":9");
    const pw::StoredDraftLoad future = pw::load_stored_draft(model(), newer);
    CHECK_FALSE(future.draft);
    CHECK(future.kept == newer);
    CHECK(future.problem ==
          "Het opgeslagen concept kon niet worden gelezen: Dit concept is opgeslagen in versie "
          "9, die deze app niet kent (zij leest versie 1 tot en met 1). Werk de app bij. De "
          "opgeslagen tekst is bewaard; sla hem op als bestand voordat je opnieuw begint.");
}

TEST_CASE("undo and redo walk the drafts; the history is bounded") {
    const pw::ExerciseDraft a = complete_draft();
    pw::ExerciseDraft b = a, c = a;
    b.title = "Tweede";
    c.title = "Derde";
    pw::DraftHistory h(a, 2);
    CHECK_FALSE(h.can_undo());
    h.push(a); // no change, no step
    CHECK_FALSE(h.can_undo());
    h.push(b);
    h.push(c);
    CHECK(h.current().title == "Derde");
    CHECK(h.undo());
    CHECK(h.current().title == "Tweede");
    CHECK(h.redo());
    CHECK(h.current().title == "Derde");
    CHECK_FALSE(h.redo());
    CHECK(h.undo());
    h.push(a); // a new edit drops what could be redone
    CHECK_FALSE(h.can_redo());
    pw::ExerciseDraft e = a;
    e.title = "Vierde";
    h.push(e);
    CHECK(h.undo_steps() == 2); // bounded: the oldest went
    CHECK(h.undo());
    CHECK(h.undo());
    CHECK_FALSE(h.undo());
    CHECK(h.current().title == "Tweede");
}

TEST_CASE("every kind of question, proposed and then written by the author, passes the check") {
    const pw::Model& m = model();
    pw::ExerciseDraft d = complete_draft();
    const std::vector<pw::QuestionKind> all(pw::kQuestionKinds.begin(), pw::kQuestionKinds.end());
    const pw::AddedDecision added = pw::add_decision(m, d, {"verblijfsinformatie", all});
    CHECK(added.notes.empty());
    d = added.draft;
    pw::ScenarioDecision& x = decision(d, added.decision);
    x.situation = "De RvdK-contactpersoon belt over het gezin Karimi. Wat doe je?";
    // What only the author writes: feedback, a wrong choice's consequence in
    // the story (order items and wordings have neither), the wordings themselves.
    for (pw::ScenarioQuestion* q : {&x.action, &x.judgement, &x.decides, &x.missing})
        for (pw::ScenarioOption& o : q->options) {
            o.feedback = "Uitleg bij " + o.id + ".";
            if (!o.correct()) o.consequence = "Het gezin wacht langer.";
        }
    for (pw::ScenarioOption& o : x.wording.options)
        o.text = "Een formulering die " + std::to_string(o.meets.size()) + " criteria haalt.";
    const auto findings = pw::check_draft(m, d);
    INFO("findings:" << print(findings));
    CHECK(findings.empty());
}
