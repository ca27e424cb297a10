// Reader for content/assistant.json: the questions, their conditions and the
// outcomes of the "Wat nu?" assistant. What the ids point at is checked by
// validate_assistant.cpp.
#include "loaders.hpp"

namespace pw::detail {
namespace {

std::vector<AssistantCondition> read_conditions(const FileContext& file, ObjectReader& r) {
    std::vector<AssistantCondition> out;
    read_entities(file, r, "when", "voorwaarde", false, out, [](ObjectReader& c) {
        AssistantCondition condition;
        condition.question = c.required_string("question");
        condition.is = c.string_list("is", true);
        c.reject_unknown_keys({"question", "is"});
        return condition;
    });
    return out;
}

AssistantNote read_note(ObjectReader& r) {
    AssistantNote n;
    n.text = r.required_string("text");
    n.open = r.optional_bool("open", false);
    n.ask = r.string_list("ask", false);
    n.provenance = r.provenance();
    n.origin = r.origin();
    r.reject_unknown_keys({"text", "open", "ask", "sources", "illustrative", "illustrativeNote"});
    return n;
}

std::vector<AssistantNote> read_notes(const FileContext& file, ObjectReader& r, const char* key,
                                      const char* noun) {
    std::vector<AssistantNote> out;
    read_entities(file, r, key, noun, false, out, [](ObjectReader& n) { return read_note(n); });
    return out;
}

AssistantOption read_option(const FileContext& file, ObjectReader& r) {
    AssistantOption o;
    o.id = r.required_string("id");
    o.text = r.required_string("text");
    o.organisation = r.optional_string("organisation");
    o.role = r.optional_string("role");
    if (const nlohmann::json* note = r.object("note", false)) {
        ObjectReader n(file, *note, r.child_pointer("note"), r.label() + ", opmerking");
        if (n.is_object()) {
            o.has_note = true;
            o.note = read_note(n);
        }
    }
    o.decision_rights = r.string_list("decisionRights", false);
    o.origin = r.origin();
    r.reject_unknown_keys({"id", "text", "organisation", "role", "note", "decisionRights"});
    return o;
}

} // namespace

void read_assistant_file(const FileContext& file, ObjectReader& top, Model& model) {
    Assistant& a = model.assistant;
    if (a.origin.file >= 0)
        file.report(Severity::error, "",
                    "er is al een bestand met de assistent (soort \"assistant\"); zet alle "
                    "vragen en uitkomsten in één bestand.");
    a.origin = top.origin();
    read_entities(file, top, "questions", "vraag", true, a.questions, [&file](ObjectReader& r) {
        AssistantQuestion q;
        q.id = r.required_string("id");
        q.text = r.required_string("text");
        q.help = r.optional_string("help");
        q.when = read_conditions(file, r);
        read_entities(file, r, "options", "keuze", true, q.options,
                      [&file](ObjectReader& o) { return read_option(file, o); });
        q.origin = r.origin();
        r.reject_unknown_keys({"id", "text", "help", "when", "options"});
        return q;
    });
    read_entities(file, top, "outcomes", "uitkomst", true, a.outcomes, [&file](ObjectReader& r) {
        AssistantOutcome o;
        o.id = r.required_string("id");
        o.title = r.required_string("title");
        o.when = read_conditions(file, r);
        o.case_type = r.optional_string("caseType");
        o.step = r.optional_string("step");
        o.steps = r.string_list("steps", false);
        o.why = r.required_string("why");
        o.decision_rights = r.string_list("decisionRights", false);
        o.deadlines = read_notes(file, r, "deadlines", "termijn");
        o.notes = read_notes(file, r, "notes", "opmerking");
        o.ask = r.string_list("ask", false);
        o.open = r.optional_bool("open", false);
        o.provenance = r.provenance();
        o.origin = r.origin();
        r.reject_unknown_keys({"id", "title", "when", "caseType", "step", "steps", "why",
                               "decisionRights", "deadlines", "notes", "ask", "open", "sources",
                               "illustrative", "illustrativeNote"});
        return o;
    });
    top.reject_unknown_keys({"kind", "description", "questions", "outcomes"});
}

} // namespace pw::detail
