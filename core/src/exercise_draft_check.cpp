// A draft checked as the CLI checks a scenario file: written as that file,
// read by the content loader (fields, types, the JSON Schema, unique ids),
// validated against the rest of the content, then searched for personal data.
#include "pw/exercise_draft_check.hpp"

#include "exercise_draft_internal.hpp"
#include "pw/content_loader.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "pw/personal_data.hpp"
#include "pw/simulator.hpp"
#include "pw/validator.hpp"

#include <algorithm>
#include <functional>

namespace pw {
namespace {

using TextVisitor = std::function<void(const std::string& field, const std::string& text)>;

std::string at(const std::string& base, std::size_t i) {
    return base + "[" + std::to_string(i) + "]";
}

void visit_provenance(const std::string& field, const Provenance& p, const TextVisitor& v) {
    v(field + ".illustrativeNote", p.illustrative_note);
}

void visit_question(const std::string& field, const char* items, const ScenarioQuestion& q,
                    const TextVisitor& v) {
    v(field + ".prompt", q.prompt);
    for (std::size_t i = 0; i < q.options.size(); ++i) {
        const ScenarioOption& o = q.options[i];
        const std::string f = at(field + "." + items, i);
        v(f + ".text", o.text);
        v(f + ".feedback", o.feedback);
        v(f + ".consequence", o.consequence);
        visit_provenance(f, o.provenance, v);
    }
}

// Every text the author writes, with its field.
void visit_texts(const ExerciseDraft& d, const TextVisitor& v) {
    v("title", d.title);
    v("summary", d.summary);
    visit_provenance("", d.provenance, v);
    for (std::size_t i = 0; i < d.persons.size(); ++i) {
        v(at("persons", i) + ".name", d.persons[i].name);
        v(at("persons", i) + ".description", d.persons[i].description);
        v(at("persons", i) + ".identifier", d.persons[i].identifier);
    }
    for (std::size_t i = 0; i < d.decisions.size(); ++i) {
        const ScenarioDecision& x = d.decisions[i];
        const std::string f = at("decisions", i);
        v(f + ".situation", x.situation);
        for (QuestionKind k : kQuestionKinds)
            if (const ScenarioQuestion* q = question_of(x, k); q && q->asked())
                visit_question(f + "." + question_kind_id(k),
                               k == QuestionKind::order ? "items" : "options", *q, v);
        for (const auto& [mistake, text] : x.consequences)
            v(f + ".consequences." + mistake, text);
        visit_provenance(f, x.provenance, v);
    }
    for (std::size_t i = 0; i < d.endings.size(); ++i) {
        v(at("endings", i) + ".title", d.endings[i].title);
        v(at("endings", i) + ".text", d.endings[i].text);
    }
}

void check_personal_data(const Model& model, const ExerciseDraft& draft,
                         std::vector<DraftFinding>& out) {
    const NameLists names = name_lists(model, draft);
    visit_texts(draft, [&](const std::string& field, const std::string& text) {
        const std::string where = field.rfind('.', 0) == 0 ? field.substr(1) : field;
        // A person's own name is checked for its "(fictief)" below, once.
        const bool person_name = where.rfind("persons[", 0) == 0 && where.ends_with(".name");
        for (const PersonalDataHit& hit : find_personal_data(text, names)) {
            if (person_name && hit.kind == PersonalDataHit::Kind::name) continue;
            out.push_back(
                {where, personal_data_message(hit),
                 hit.kind == PersonalDataHit::Kind::name ? Severity::warning : Severity::error,
                 true});
        }
    });
    for (std::size_t i = 0; i < draft.persons.size(); ++i)
        if (!draft.persons[i].name.empty() && !marked_fictional(draft.persons[i].name))
            out.push_back({at("persons", i) + ".name",
                           "Persoon \"" + draft.persons[i].name +
                               "\" is niet als verzonnen gemarkeerd: zet (fictief) achter de "
                               "naam. Echte personen horen niet in een oefening.",
                           Severity::warning, true});
}

// What the graph says that the validator does not say in one sentence.
void check_graph(const ExerciseDraft& draft, std::vector<DraftFinding>& out) {
    if (draft.decisions.empty()) {
        out.push_back({"decisions",
                       "De oefening heeft nog geen beslismoment; kies een stap op de "
                       "proceskaart.",
                       Severity::error, false});
        return;
    }
    const DraftGraph g = draft_graph(draft);
    if (!g.ending_reachable && !draft.endings.empty())
        out.push_back({"endings",
                       "Vanaf de start is geen enkele afloop te bereiken; verbind het laatste "
                       "beslismoment met een afloop.",
                       Severity::error, false});
}

} // namespace

std::string field_of_pointer(std::string_view pointer) {
    std::string out;
    std::size_t i = pointer.empty() || pointer[0] != '/' ? 0 : 1;
    while (i < pointer.size()) {
        std::size_t j = pointer.find('/', i);
        if (j == std::string_view::npos) j = pointer.size();
        const std::string_view part = pointer.substr(i, j - i);
        const bool index = !part.empty() && std::all_of(part.begin(), part.end(), [](char c) {
            return c >= '0' && c <= '9';
        });
        if (index)
            out += "[" + std::string(part) + "]";
        else
            out += (out.empty() ? "" : ".") + std::string(part);
        i = j + 1;
    }
    return out;
}

std::vector<DraftFinding> check_draft(const Model& model, const ExerciseDraft& draft) {
    std::vector<DraftFinding> out;
    LoadResult loaded = load_content({{detail::draft_file_path(draft), draft_to_json(draft)}});
    Diagnostics all = std::move(loaded.diagnostics);
    if (loaded.model.scenarios.size() == 1) {
        const Diagnostics more =
            validate_scenario(model, loaded.model.scenarios.front(), loaded.source_map);
        all.insert(all.end(), more.begin(), more.end());
    }
    for (const Diagnostic& d : all)
        out.push_back({field_of_pointer(d.pointer), d.message, d.severity, false});
    if (find_by_id(model.scenarios, draft.id))
        out.push_back({"id",
                       "Er is al een oefening met id \"" + draft.id +
                           "\"; deze vervangt haar. Kies een ander id voor een nieuwe oefening.",
                       Severity::warning, false});
    check_graph(draft, out);
    check_personal_data(model, draft, out);
    // The loader and the schema can say the same of one field; say it once.
    std::vector<DraftFinding> unique;
    for (DraftFinding& f : out)
        if (std::none_of(unique.begin(), unique.end(), [&](const DraftFinding& u) {
                return u.field == f.field && u.message == f.message;
            }))
            unique.push_back(std::move(f));
    return unique;
}

bool can_play(const std::vector<DraftFinding>& findings) {
    return std::none_of(findings.begin(), findings.end(),
                        [](const DraftFinding& f) { return f.severity == Severity::error; });
}

bool can_share(const std::vector<DraftFinding>& findings) {
    return can_play(findings) &&
           std::none_of(findings.begin(), findings.end(),
                        [](const DraftFinding& f) { return f.personal_data; });
}

} // namespace pw
