// Readers for the training's own content: feedback.json (the sentences that
// explain a score, mistake classes, wording criteria, channel rules) and
// escalation.json (venues and the route each kind of matter takes).
#include "loaders.hpp"

namespace pw::detail {

void read_feedback_file(const FileContext& file, ObjectReader& top, Model& model) {
    auto read_rule = [](ObjectReader& r) {
        FeedbackRule rule;
        rule.id = r.required_string("id");
        rule.text = r.required_string("text");
        rule.provenance = r.provenance();
        rule.origin = r.origin();
        return rule;
    };
    read_entities(
        file, top, "rules", "feedbackregel", true, model.feedback_rules, [&](ObjectReader& r) {
            FeedbackRule rule = read_rule(r);
            r.reject_unknown_keys({"id", "text", "sources", "illustrative", "illustrativeNote"});
            return rule;
        });
    read_entities(file, top, "channelRules", "kanaalregel", false, model.feedback_rules,
                  [&](ObjectReader& r) {
                      FeedbackRule rule = read_rule(r);
                      rule.expected = r.required_string("expected");
                      rule.chosen = r.required_string("chosen");
                      rule.credit = r.optional_number("credit", 0.0);
                      rule.mistake = r.required_string("mistake");
                      r.reject_unknown_keys({"id", "text", "expected", "chosen", "credit",
                                             "mistake", "sources", "illustrative",
                                             "illustrativeNote"});
                      return rule;
                  });
    read_entities(file, top, "mistakes", "soort fout", true, model.mistake_classes,
                  [](ObjectReader& r) {
                      MistakeClass m;
                      m.id = r.required_string("id");
                      m.name = r.required_string("name");
                      m.consequence = r.required_string("consequence");
                      m.provenance = r.provenance();
                      m.origin = r.origin();
                      r.reject_unknown_keys({"id", "name", "consequence", "sources", "illustrative",
                                             "illustrativeNote"});
                      return m;
                  });
    read_entities(file, top, "criteria", "criterium", true, model.wording_criteria,
                  [](ObjectReader& r) {
                      WordingCriterion c;
                      c.id = r.required_string("id");
                      c.text = r.required_string("text");
                      c.missing = r.required_string("missing");
                      c.blocking = r.optional_bool("blocking", false);
                      c.provenance = r.provenance();
                      c.origin = r.origin();
                      r.reject_unknown_keys({"id", "text", "missing", "blocking", "sources",
                                             "illustrative", "illustrativeNote"});
                      return c;
                  });
    top.reject_unknown_keys(
        {"kind", "description", "rules", "channelRules", "mistakes", "criteria"});
}

void read_escalation_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "venues", "overleg of loket", true, model.venues, [](ObjectReader& r) {
        Venue v;
        v.id = r.required_string("id");
        v.name = r.required_string("name");
        v.description = r.required_string("description");
        v.provenance = r.provenance();
        v.origin = r.origin();
        r.reject_unknown_keys(
            {"id", "name", "description", "sources", "illustrative", "illustrativeNote"});
        return v;
    });
    read_entities(file, top, "matters", "soort kwestie", true, model.escalation_matters,
                  [&file](ObjectReader& r) {
                      EscalationMatter m;
                      m.id = r.required_string("id");
                      m.title = r.required_string("title");
                      m.description = r.required_string("description");
                      m.route = r.string_list("route", true);
                      read_never(file, r, m);
                      m.provenance = r.provenance();
                      m.origin = r.origin();
                      r.reject_unknown_keys({"id", "title", "description", "route", "never",
                                             "sources", "illustrative", "illustrativeNote"});
                      return m;
                  });
    top.reject_unknown_keys({"kind", "description", "venues", "matters"});
}

void read_never(const FileContext& file, ObjectReader& r, EscalationMatter& m) {
    const nlohmann::json* list = r.array("never", false);
    if (!list) return;
    for (std::size_t i = 0; i < list->size(); ++i) {
        ObjectReader n(file, (*list)[i], r.child_pointer("never") + "/" + std::to_string(i),
                       r.label() + ", \"never\" " + std::to_string(i + 1));
        if (!n.is_object()) continue;
        const std::string venue = n.required_string("venue");
        const std::string rule = n.required_string("rule");
        n.reject_unknown_keys({"venue", "rule"});
        m.never.emplace_back(venue, rule);
    }
}

} // namespace pw::detail
