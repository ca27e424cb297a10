// A draft as the scenario file of content/scenarios/ (written here, read by
// the content loader itself so nothing can drift), and the envelope the
// browser stores it in.
#include "pw/exercise_draft_json.hpp"

#include "exercise_draft_internal.hpp"
#include "pw/content_loader.hpp"
#include "pw/lookup.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace pw {
namespace {

using Json = nlohmann::ordered_json;

constexpr const char* kDraftKind = "exercise-draft";
void put_text(Json& j, const char* key, const std::string& value) {
    if (!value.empty()) j[key] = value;
}

void put_list(Json& j, const char* key, const std::vector<std::string>& value) {
    if (!value.empty()) j[key] = value;
}

// A JSON array with one value an item.
template <class T, class F> Json array_of(const std::vector<T>& items, F to_json) {
    Json list = Json::array();
    for (const T& x : items)
        list.push_back(to_json(x));
    return list;
}

void put_provenance(Json& j, const Provenance& p) {
    if (p.illustrative) {
        j["illustrative"] = true;
        put_text(j, "illustrativeNote", p.illustrative_note);
    }
    if (p.citations.empty()) return;
    j["sources"] = array_of(p.citations, [](const Citation& c) {
        Json x{{"source", c.source}, {"locator", c.locator}};
        put_text(x, "quote", c.quote);
        return x;
    });
}

// `wording`: an option of a wording question, whose "meets" the schema
// requires even when it meets nothing.
Json option_json(const ScenarioOption& o, bool wording) {
    Json j{{"id", o.id}, {"text", o.text}};
    if (o.credit == 1)
        j["correct"] = true;
    else if (o.credit != 0)
        j["credit"] = o.credit;
    put_text(j, "rule", o.rule);
    put_text(j, "decider", o.decider);
    if (wording)
        j["meets"] = o.meets;
    else
        put_list(j, "meets", o.meets);
    put_text(j, "ask", o.ask);
    put_text(j, "step", o.step);
    put_text(j, "flow", o.flow);
    put_text(j, "feedback", o.feedback);
    put_text(j, "consequence", o.consequence);
    put_text(j, "mistake", o.mistake);
    put_text(j, "next", o.next);
    put_provenance(j, o.provenance);
    return j;
}

// A question the author started (a prompt) or that offers something is
// written, so an empty list is reported at its place.
void put_question(Json& j, const char* key, const ScenarioQuestion& q) {
    if (!q.asked() && q.prompt.empty()) return;
    const bool escalation = std::string_view(key) == "escalation";
    Json x{{"prompt", q.prompt}};
    put_text(x, "right", q.right);
    put_list(x, "criteria", q.criteria);
    put_text(x, "data", q.data_item);
    put_text(x, "flow", q.flow);
    put_text(x, "matter", q.matter);
    if (escalation)
        x["venues"] = q.venues;
    else
        x[std::string_view(key) == "order" ? "items" : "options"] =
            array_of(q.options, [key](const ScenarioOption& o) {
                return option_json(o, std::string_view(key) == "wording");
            });
    put_list(x, "correctOrder", q.correct_order);
    put_provenance(x, q.provenance);
    j[key] = std::move(x);
}

Json string_map(const std::vector<std::pair<std::string, std::string>>& pairs) {
    Json j = Json::object();
    for (const auto& [k, v] : pairs)
        j[k] = v;
    return j;
}

Json decision_json(const ScenarioDecision& d) {
    Json j{{"id", d.id}, {"step", d.step}};
    put_text(j, "flow", d.flow);
    j["situation"] = d.situation;
    put_question(j, "action", d.action);
    put_list(j, "recipients", d.offered_recipients);
    put_list(j, "data", d.offered_data);
    put_list(j, "channels", d.offered_channels);
    put_question(j, "judgement", d.judgement);
    put_question(j, "decides", d.decides);
    put_question(j, "wording", d.wording);
    put_question(j, "missing", d.missing);
    put_question(j, "order", d.order);
    put_question(j, "escalation", d.escalation);
    put_text(j, "next", d.next);
    if (!d.on_mistake.empty()) j["onMistake"] = string_map(d.on_mistake);
    if (!d.consequences.empty()) j["consequences"] = string_map(d.consequences);
    put_provenance(j, d.provenance);
    return j;
}

Json ending_json(const ScenarioEnding& e) {
    Json j{{"id", e.id}, {"title", e.title}, {"text", e.text}};
    if (!e.good) j["good"] = false;
    if (e.requires_.min_score != 0) j["minScore"] = e.requires_.min_score;
    put_list(j, "without", e.requires_.without);
    put_text(j, "otherwise", e.otherwise);
    return j;
}

Json scenario_json(const ExerciseDraft& d) {
    Json j{{"$schema", "../schemas/scenario.schema.json"},
           {"kind", "scenario"},
           {"id", d.id},
           {"title", d.title},
           {"caseType", d.case_type},
           {"perspective", d.perspective},
           {"summary", d.summary}};
    // Always written: an exercise without people is told so at this field.
    j["persons"] = array_of(d.persons, [](const ExamplePerson& p) {
        Json x{{"name", p.name}, {"description", p.description}};
        put_text(x, "identifier", p.identifier);
        return x;
    });
    j["start"] = d.start;
    j["decisions"] = array_of(d.decisions, decision_json);
    j["endings"] = array_of(d.endings, ending_json);
    put_provenance(j, d.provenance);
    return j;
}

const Json* member(const Json& obj, const char* key) {
    auto it = obj.find(key);
    return it == obj.end() ? nullptr : &*it;
}

std::string string_member(const Json& obj, const char* key) {
    const Json* v = member(obj, key);
    return v && v->is_string() ? v->get<std::string>() : std::string();
}

DraftImport refuse(std::string why) {
    DraftImport out;
    out.problem = std::move(why);
    return out;
}

// The scenario object of a file: the file itself, or the draft in an envelope.
const Json* scenario_of(const Json& root, std::string& problem) {
    const std::string app = string_member(root, "app");
    if (!app.empty() && app != "protocolwijzer") {
        problem =
            "Dit bestand komt uit een ander programma (\"" + app + "\"), niet uit Protocolwijzer.";
        return nullptr;
    }
    if (app.empty()) return &root;
    if (string_member(root, "kind") != kDraftKind) {
        problem = "Dit bestand is van Protocolwijzer, maar geen oefening (het lijkt opgeslagen "
                  "voortgang).";
        return nullptr;
    }
    const Json* version = member(root, "version");
    if (!version || !version->is_number_integer()) {
        problem = "Bij dit opgeslagen concept ontbreekt de versie.";
        return nullptr;
    }
    const long long v = version->get<long long>();
    if (v < 1 || v > kDraftStoreVersion) {
        problem = "Dit concept is opgeslagen in versie " + std::to_string(v) +
                  ", die deze app niet kent (zij leest versie 1 tot en met " +
                  std::to_string(kDraftStoreVersion) + "). Werk de app bij.";
        return nullptr;
    }
    const Json* draft = member(root, "draft");
    if (!draft || !draft->is_object()) {
        problem = "In dit opgeslagen concept ontbreekt de oefening zelf.";
        return nullptr;
    }
    return draft;
}

// Why an object is not an exercise of this guide, or empty.
std::string foreign(const Model& model, const Json& sc) {
    const std::string kind = string_member(sc, "kind");
    if (kind != "scenario") {
        // Another kind the loader reads: Protocolwijzer's file, just not an exercise.
        const std::vector<std::string> kinds = content_file_kinds();
        if (std::find(kinds.begin(), kinds.end(), kind) != kinds.end())
            return "Dit is een inhoudsbestand van soort \"" + kind +
                   "\", geen oefening. Kies een oefening (een bestand uit content/scenarios/ of "
                   "een geëxporteerde oefening).";
        return "Dit bestand is geen oefening van Protocolwijzer: \"kind\" is niet \"scenario\".";
    }
    const std::string ct = string_member(sc, "caseType");
    if (!find_case_type(model, ct))
        return "Zaaktype \"" + ct +
               "\" bestaat niet in deze gids; de oefening hoort bij andere inhoud.";
    const std::string role = string_member(sc, "perspective");
    if (!find_role(model, role))
        return "Rol \"" + role +
               "\" bestaat niet in deze gids; de oefening hoort bij andere inhoud.";
    return {};
}

} // namespace

namespace detail {

void clear_origins(Scenario& sc) {
    sc.origin = {};
    for (ScenarioDecision& d : sc.decisions) {
        d.origin = {};
        for (QuestionKind k : kQuestionKinds) {
            ScenarioQuestion* q = question_ref(d, k);
            if (!q) continue;
            q->origin = {};
            for (ScenarioOption& o : q->options)
                o.origin = {};
        }
    }
    for (ScenarioEnding& e : sc.endings)
        e.origin = {};
}

std::string draft_file_path(const ExerciseDraft& draft) {
    return "scenarios/" + (draft.id.empty() ? std::string("nieuw") : draft.id) + ".json";
}

} // namespace detail

std::string draft_to_json(const ExerciseDraft& draft) {
    return scenario_json(draft).dump(2) + "\n";
}

DraftImport draft_from_json(const Model& model, std::string_view text) {
    JsonParseOutcome parsed = parse_json_document(text);
    if (!parsed.ok) {
        std::string why = parsed.error;
        if (why.rfind("geen geldige JSON: ", 0) == 0) why.erase(0, 19);
        return refuse("Dit bestand is geen oefening: het is geen geldige JSON (regel " +
                      std::to_string(parsed.error_line) + ": " + why + ").");
    }
    const Json root = Json::parse(text, nullptr, false);
    if (root.is_discarded() || !root.is_object())
        return refuse("Dit bestand bevat geen oefening van Protocolwijzer.");
    std::string problem;
    const Json* sc = scenario_of(root, problem);
    if (!sc) return refuse(problem);
    problem = foreign(model, *sc);
    if (!problem.empty()) return refuse(problem);
    const std::string id = string_member(*sc, "id");
    LoadResult loaded = load_content(
        {{"scenarios/" + (id.empty() ? std::string("nieuw") : id) + ".json", sc->dump(2)}});
    DraftImport out;
    out.diagnostics = std::move(loaded.diagnostics);
    if (loaded.model.scenarios.empty()) {
        out.problem = "Dit bestand kon niet als oefening worden gelezen";
        out.problem += out.diagnostics.empty() ? "." : ": " + out.diagnostics.front().message;
        return out;
    }
    out.draft = std::move(loaded.model.scenarios.front());
    detail::clear_origins(*out.draft);
    return out;
}

std::string store_draft(const ExerciseDraft& draft) {
    Json j{{"app", "protocolwijzer"},
           {"kind", kDraftKind},
           {"version", kDraftStoreVersion},
           {"draft", scenario_json(draft)}};
    return j.dump();
}

StoredDraftLoad load_stored_draft(const Model& model, std::string_view stored) {
    StoredDraftLoad out;
    if (stored.empty()) return out;
    DraftImport read = draft_from_json(model, stored);
    if (read.draft) {
        out.draft = std::move(read.draft);
        return out;
    }
    out.problem = "Het opgeslagen concept kon niet worden gelezen: " + read.problem +
                  " De opgeslagen tekst is bewaard; sla hem op als bestand voordat je opnieuw "
                  "begint.";
    out.kept = std::string(stored);
    return out;
}

} // namespace pw
