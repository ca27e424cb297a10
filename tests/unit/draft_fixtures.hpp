// The real content and a complete exercise written with the editor's core, as
// a trainer would: for the tests of the exercise editor.
#pragma once

#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/exercise_draft.hpp"
#include "pw/exercise_draft_check.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace draft_fixtures {

inline const pw::Model& model() {
    static const pw::LoadResult result =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files);
    return result.model;
}

inline pw::ScenarioDecision& decision(pw::ExerciseDraft& d, const std::string& id) {
    for (pw::ScenarioDecision& x : d.decisions)
        if (x.id == id) return x;
    FAIL("no decision " << id);
    return d.decisions.front();
}

// Two decisions of the KB process seen from the IND's contact person: whom to
// inform about the residence situation, with what and how (filled in from the
// flow), then the action at the transfer file (the author writes the story).
inline pw::ExerciseDraft complete_draft() {
    const pw::Model& m = model();
    pw::ExerciseDraft d = pw::start_draft(m, "kb-maatregel", "ind-contactpersoon");
    d.id = "kb-ind-eigen-oefening";
    d.title = "Verblijfsinformatie voor de RvdK";
    d.summary = "Je bent contactpersoon Belang van het Kind bij de IND. De RvdK onderzoekt een "
                "gezin dat bij de IND bekend is.";
    d.persons = {{"Familie Karimi (fictief)", "ouders met Sami (9) en Lina (5)", "V-FICTIEF-1001"}};
    pw::AddedDecision first = pw::add_decision(
        m, d,
        {"verblijfsinformatie",
         {pw::QuestionKind::recipients, pw::QuestionKind::data, pw::QuestionKind::channel},
         ""});
    d = first.draft;
    decision(d, first.decision).situation =
        "De RvdK vraagt naar de verblijfsrechtelijke situatie van Sami en Lina Karimi. Aan wie "
        "stuur je het antwoord, wat deel je en hoe?";
    pw::AddedDecision second =
        pw::add_decision(m, d, {"overdrachtsdossier", {pw::QuestionKind::action}, ""});
    d = second.draft;
    pw::ScenarioDecision& action = decision(d, second.decision);
    action.situation = "Het raadsonderzoek loopt. Wat doe je nu met het dossier van de Karimi's?";
    for (pw::ScenarioOption& o : action.action.options) {
        o.feedback =
            o.correct() ? "Juist: zo vraagt het protocol het." : "Nee: dat is niet aan jou.";
        if (!o.correct()) o.consequence = "Het dossier blijft liggen; de DT&V wacht.";
    }
    return d;
}

inline std::vector<std::string> messages(const std::vector<pw::DraftFinding>& findings,
                                         const std::string& field = "*") {
    std::vector<std::string> out;
    for (const pw::DraftFinding& f : findings)
        if (field == "*" || f.field == field) out.push_back(f.message);
    return out;
}

inline bool says(const std::vector<pw::DraftFinding>& findings, const std::string& field,
                 const std::string& message) {
    for (const pw::DraftFinding& f : findings)
        if (f.field == field && f.message == message) return true;
    std::string all;
    for (const pw::DraftFinding& f : findings)
        all += "\n  [" + f.field + "] " + f.message;
    MESSAGE("findings:" << all);
    return false;
}

} // namespace draft_fixtures
