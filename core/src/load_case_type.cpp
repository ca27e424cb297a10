// Reader for a case-type file: one case type with its steps and flows.
#include "loaders.hpp"

namespace pw::detail {
namespace {

StepKind read_step_kind(const FileContext& file, ObjectReader& r) {
    const std::string kind = r.optional_string("kind");
    if (kind.empty() || kind == "task") return StepKind::task;
    if (kind == "decision") return StepKind::decision;
    if (kind == "end") return StepKind::end;
    file.report(Severity::error, r.child_pointer("kind"),
                r.label() + ": soort \"" + kind +
                    "\" bestaat niet; kies \"task\" (handeling), \"decision\" (beslispunt) of "
                    "\"end\" (einde).");
    return StepKind::task;
}

Flow read_flow(ObjectReader& r) {
    Flow f;
    f.id = r.required_string("id");
    f.from = r.required_string("from");
    f.to = r.string_list("to", true);
    f.channel = r.required_string("channel");
    f.data = r.string_list("data", false);
    f.purposes = r.string_list("purposes", true);
    f.systems = r.string_list("systems", false);
    f.description = r.required_string("description");
    f.condition = r.optional_string("condition");
    f.provenance = r.provenance();
    f.origin = r.origin();
    r.reject_unknown_keys({"id", "from", "to", "channel", "data", "purposes", "systems",
                           "description", "condition", "sources", "illustrative",
                           "illustrativeNote"});
    return f;
}

Step read_step(const FileContext& file, ObjectReader& r) {
    Step s;
    s.id = r.required_string("id");
    s.title = r.required_string("title");
    s.kind = read_step_kind(file, r);
    s.actor = r.required_string("actor");
    s.summary = r.required_string("summary");
    s.question = r.optional_string("question");
    if (const nlohmann::json* next = r.array("next", false)) {
        for (std::size_t i = 0; i < next->size(); ++i) {
            ObjectReader t(file, (*next)[i], r.child_pointer("next") + "/" + std::to_string(i),
                           r.label() + ", vervolg " + std::to_string(i + 1));
            if (!t.is_object()) continue;
            Transition transition;
            transition.step = t.required_string("step");
            transition.label = t.optional_string("label");
            t.reject_unknown_keys({"step", "label"});
            s.next.push_back(std::move(transition));
        }
    }
    read_entities(file, r, "flows", "gegevensstroom", false, s.flows, read_flow);
    s.legal_bases = r.string_list("legalBases", false);
    s.provenance = r.provenance();
    s.origin = r.origin();
    r.reject_unknown_keys({"id", "title", "kind", "actor", "summary", "question", "next", "flows",
                           "legalBases", "sources", "illustrative", "illustrativeNote"});
    return s;
}

Example read_example(const FileContext& file, ObjectReader& r) {
    Example e;
    e.id = r.required_string("id");
    e.title = r.required_string("title");
    e.summary = r.required_string("summary");
    e.persons = read_persons(file, r, true);
    if (const nlohmann::json* path = r.array("path", true)) {
        for (std::size_t i = 0; i < path->size(); ++i) {
            ObjectReader p(file, (*path)[i], r.child_pointer("path") + "/" + std::to_string(i),
                           r.label() + ", pad " + std::to_string(i + 1));
            if (!p.is_object()) continue;
            ExampleStep step;
            step.step = p.required_string("step");
            step.narrative = p.required_string("narrative");
            step.outcome = p.optional_string("outcome");
            p.reject_unknown_keys({"step", "narrative", "outcome"});
            e.path.push_back(std::move(step));
        }
    }
    e.provenance = r.provenance();
    e.origin = r.origin();
    r.reject_unknown_keys({"id", "title", "summary", "persons", "path", "sources", "illustrative",
                           "illustrativeNote"});
    return e;
}

} // namespace

void read_case_type_file(const FileContext& file, ObjectReader& top, Model& model) {
    CaseType ct;
    ct.id = top.required_string("id");
    ct.title = top.required_string("title");
    ct.short_title = top.required_string("shortTitle");
    ct.summary = top.required_string("summary");
    ct.trigger = top.required_string("trigger");
    ct.annex = top.optional_string("annex");
    ct.always_shared = top.string_list("alwaysShared", false);
    if (const nlohmann::json* basis_json = top.object("alwaysSharedBasis", false)) {
        ObjectReader basis(file, *basis_json, top.child_pointer("alwaysSharedBasis"),
                           top.label() + ", basis van \"alwaysShared\"");
        ct.always_shared_basis = basis.provenance();
        basis.reject_unknown_keys({"sources", "illustrative", "illustrativeNote"});
    }
    ct.legal_bases = top.string_list("legalBases", false);
    ct.principles = top.string_list("principles", false);
    ct.start = top.required_string("start");
    read_entities(file, top, "steps", "stap", true, ct.steps,
                  [&file](ObjectReader& r) { return read_step(file, r); });
    read_entities(file, top, "examples", "voorbeeld", false, ct.examples,
                  [&file](ObjectReader& r) { return read_example(file, r); });
    ct.provenance = top.provenance();
    ct.origin = top.origin();
    top.reject_unknown_keys({"kind", "id", "title", "shortTitle", "summary", "trigger", "annex",
                             "alwaysShared", "alwaysSharedBasis", "legalBases", "principles",
                             "start", "steps", "examples", "sources", "illustrative",
                             "illustrativeNote"});
    model.case_types.push_back(std::move(ct));
}

} // namespace pw::detail
