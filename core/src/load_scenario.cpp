// Reader for scenario files: one training scenario per file.
#include "loaders.hpp"

namespace pw::detail {
namespace {

ScenarioQuestion read_question(const FileContext& file, ObjectReader& parent, const char* key) {
    ScenarioQuestion q;
    const nlohmann::json* obj = parent.object(key, false);
    if (!obj) return q;
    ObjectReader r(file, *obj, parent.child_pointer(key),
                   parent.label() + ", vraag \"" + key + "\"");
    q.prompt = r.required_string("prompt");
    read_entities(file, r, "options", "keuze", true, q.options, [](ObjectReader& o) {
        ScenarioOption opt;
        opt.id = o.required_string("id");
        opt.text = o.required_string("text");
        opt.correct = o.optional_bool("correct", false);
        opt.feedback = o.required_string("feedback");
        opt.next = o.optional_string("next");
        opt.consequence = o.optional_string("consequence");
        o.reject_unknown_keys({"id", "text", "correct", "feedback", "next", "consequence"});
        return opt;
    });
    r.reject_unknown_keys({"prompt", "options"});
    return q;
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
    d.next = r.optional_string("next");
    if (const nlohmann::json* c = r.object("consequences", false)) {
        ObjectReader cr(file, *c, r.child_pointer("consequences"), r.label() + ", gevolgen");
        d.on_over_sharing = cr.optional_string("overSharing");
        d.on_missing_data = cr.optional_string("missingData");
        d.on_insecure_channel = cr.optional_string("insecureChannel");
        d.on_wrong_recipient = cr.optional_string("wrongRecipient");
        cr.reject_unknown_keys({"overSharing", "missingData", "insecureChannel", "wrongRecipient"});
    }
    d.origin = r.origin();
    r.reject_unknown_keys({"id", "step", "flow", "situation", "action", "recipients", "data",
                           "channels", "judgement", "next", "consequences"});
    return d;
}

} // namespace

void read_scenario_file(const FileContext& file, ObjectReader& top, Model& model) {
    Scenario sc;
    sc.id = top.required_string("id");
    sc.title = top.required_string("title");
    sc.case_type = top.required_string("caseType");
    sc.perspective = top.required_string("perspective");
    sc.summary = top.required_string("summary");
    if (const nlohmann::json* persons = top.array("persons", false))
        for (std::size_t i = 0; i < persons->size(); ++i) {
            ObjectReader p(file, (*persons)[i],
                           top.child_pointer("persons") + "/" + std::to_string(i),
                           "persoon " + std::to_string(i + 1));
            if (!p.is_object()) continue;
            ExamplePerson person;
            person.name = p.required_string("name");
            person.description = p.required_string("description");
            person.identifier = p.optional_string("identifier");
            p.reject_unknown_keys({"name", "description", "identifier"});
            sc.persons.push_back(std::move(person));
        }
    sc.start = top.required_string("start");
    read_entities(file, top, "decisions", "beslismoment", true, sc.decisions,
                  [&file](ObjectReader& r) { return read_decision(file, r); });
    read_entities(file, top, "endings", "afloop", true, sc.endings, [](ObjectReader& r) {
        ScenarioEnding e;
        e.id = r.required_string("id");
        e.title = r.required_string("title");
        e.text = r.required_string("text");
        e.good = r.optional_bool("good", true);
        e.origin = r.origin();
        r.reject_unknown_keys({"id", "title", "text", "good"});
        return e;
    });
    sc.provenance = top.provenance();
    sc.origin = top.origin();
    top.reject_unknown_keys({"kind", "id", "title", "caseType", "perspective", "summary", "persons",
                             "start", "decisions", "endings", "sources", "illustrative",
                             "illustrativeNote"});
    model.scenarios.push_back(std::move(sc));
}

} // namespace pw::detail
