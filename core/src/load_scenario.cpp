// Reader for scenario files: one training scenario per file. Every kind of
// question has its key in a decision ("action", "decides", "order", ...).
#include "loaders.hpp"

namespace pw::detail {
namespace {

ScenarioOption read_option(ObjectReader& o) {
    ScenarioOption opt;
    opt.id = o.required_string("id");
    opt.text = o.required_string("text");
    opt.credit = o.optional_bool("correct", false) ? 1.0 : o.optional_number("credit", 0.0);
    opt.rule = o.optional_string("rule");
    opt.feedback = o.optional_string("feedback");
    opt.next = o.optional_string("next");
    opt.consequence = o.optional_string("consequence");
    opt.mistake = o.optional_string("mistake");
    opt.decider = o.optional_string("decider");
    opt.meets = o.string_list("meets", false);
    opt.ask = o.optional_string("ask");
    opt.step = o.optional_string("step");
    opt.flow = o.optional_string("flow");
    opt.provenance = o.provenance();
    opt.origin = o.origin();
    o.reject_unknown_keys({"id", "text", "correct", "credit", "rule", "feedback", "next",
                           "consequence", "mistake", "decider", "meets", "ask", "step", "flow",
                           "sources", "illustrative", "illustrativeNote"});
    return opt;
}

// A question object under `key`; `items` names its list of choices.
ScenarioQuestion read_question(const FileContext& file, ObjectReader& parent, const char* key,
                               const char* items = "options") {
    ScenarioQuestion q;
    const nlohmann::json* obj = parent.object(key, false);
    if (!obj) return q;
    ObjectReader r(file, *obj, parent.child_pointer(key),
                   parent.label() + ", vraag \"" + key + "\"");
    q.prompt = r.required_string("prompt");
    const bool venues = std::string(key) == "escalation";
    if (venues)
        q.venues = r.string_list("venues", true);
    else
        read_entities(file, r, items, "keuze", true, q.options, read_option);
    q.right = r.optional_string("right");
    q.criteria = r.string_list("criteria", false);
    q.data_item = r.optional_string("data");
    q.flow = r.optional_string("flow");
    q.correct_order = r.string_list("correctOrder", false);
    q.matter = r.optional_string("matter");
    q.provenance = r.provenance();
    q.origin = r.origin();
    r.reject_unknown_keys({"prompt", items, "venues", "right", "criteria", "data", "flow",
                           "correctOrder", "matter", "sources", "illustrative",
                           "illustrativeNote"});
    return q;
}

// An object of string values, kept in the order written: {"datalek": "lek-melden"}.
std::vector<std::pair<std::string, std::string>>
read_string_map(const FileContext& file, ObjectReader& parent, const char* key) {
    std::vector<std::pair<std::string, std::string>> out;
    const nlohmann::json* obj = parent.object(key, false);
    if (!obj) return out;
    for (const auto& [k, v] : obj->items()) {
        if (v.is_string()) {
            out.emplace_back(k, v.get<std::string>());
        } else {
            file.report(Severity::error, parent.child_pointer(key) + "/" + k,
                        parent.label() + ": \"" + key + "\"." + k + " moet een tekst zijn.");
        }
    }
    return out;
}

ScenarioDecision read_decision(const FileContext& file, ObjectReader& r) {
    ScenarioDecision d;
    d.id = r.required_string("id");
    d.step = r.required_string("step");
    d.flow = r.optional_string("flow");
    d.situation = r.required_string("situation");
    d.action = read_question(file, r, "action");
    d.offered_recipients = r.string_list("recipients", false);
    d.offered_data = r.string_list("data", false);
    d.offered_channels = r.string_list("channels", false);
    d.judgement = read_question(file, r, "judgement");
    d.decides = read_question(file, r, "decides");
    d.wording = read_question(file, r, "wording");
    d.missing = read_question(file, r, "missing");
    d.order = read_question(file, r, "order", "items");
    d.escalation = read_question(file, r, "escalation");
    d.next = r.optional_string("next");
    d.on_mistake = read_string_map(file, r, "onMistake");
    d.consequences = read_string_map(file, r, "consequences");
    d.provenance = r.provenance();
    d.origin = r.origin();
    r.reject_unknown_keys({"id",           "step",       "flow",         "situation",
                           "action",       "recipients", "data",         "channels",
                           "judgement",    "decides",    "wording",      "missing",
                           "order",        "escalation", "next",         "onMistake",
                           "consequences", "sources",    "illustrative", "illustrativeNote"});
    return d;
}

ScenarioEnding read_ending(ObjectReader& r) {
    ScenarioEnding e;
    e.id = r.required_string("id");
    e.title = r.required_string("title");
    e.text = r.required_string("text");
    e.good = r.optional_bool("good", true);
    e.otherwise = r.optional_string("otherwise");
    e.requires_.min_score = r.optional_number("minScore", 0.0);
    e.requires_.without = r.string_list("without", false);
    e.origin = r.origin();
    r.reject_unknown_keys({"id", "title", "text", "good", "minScore", "without", "otherwise"});
    return e;
}

} // namespace

std::vector<ExamplePerson> read_persons(const FileContext& file, ObjectReader& r, bool required) {
    std::vector<ExamplePerson> out;
    const nlohmann::json* persons = r.array("persons", required);
    if (!persons) return out;
    for (std::size_t i = 0; i < persons->size(); ++i) {
        ObjectReader p(file, (*persons)[i], r.child_pointer("persons") + "/" + std::to_string(i),
                       r.label() + ", persoon " + std::to_string(i + 1));
        if (!p.is_object()) continue;
        ExamplePerson person;
        person.name = p.required_string("name");
        person.description = p.required_string("description");
        person.identifier = p.optional_string("identifier");
        p.reject_unknown_keys({"name", "description", "identifier"});
        out.push_back(std::move(person));
    }
    return out;
}

void read_scenario_file(const FileContext& file, ObjectReader& top, Model& model) {
    Scenario sc;
    sc.id = top.required_string("id");
    sc.title = top.required_string("title");
    sc.case_type = top.required_string("caseType");
    sc.perspective = top.required_string("perspective");
    sc.summary = top.required_string("summary");
    sc.persons = read_persons(file, top, false);
    sc.start = top.required_string("start");
    read_entities(file, top, "decisions", "beslismoment", true, sc.decisions,
                  [&file](ObjectReader& r) { return read_decision(file, r); });
    read_entities(file, top, "endings", "afloop", true, sc.endings, read_ending);
    sc.provenance = top.provenance();
    sc.origin = top.origin();
    top.reject_unknown_keys({"kind", "id", "title", "caseType", "perspective", "summary", "persons",
                             "start", "decisions", "endings", "sources", "illustrative",
                             "illustrativeNote"});
    model.scenarios.push_back(std::move(sc));
}

} // namespace pw::detail
