// Readers for the reference files: sources, organisations and roles, the
// catalog (systems, channels, data items) and the AVG rules.
#include "loaders.hpp"

namespace pw::detail {
namespace {

// "tasks" and "limits" of a role: each an object with its own source (or an
// illustrative flag), so every claim about a role can be checked on its own.
std::vector<RoleStatement> read_role_statements(const FileContext& file, ObjectReader& role,
                                                const char* key, const char* noun) {
    std::vector<RoleStatement> out;
    const nlohmann::json* list = role.array(key, false);
    if (!list) return out;
    for (std::size_t i = 0; i < list->size(); ++i) {
        const nlohmann::json& item = (*list)[i];
        const std::string pointer = role.child_pointer(key) + "/" + std::to_string(i);
        const std::string label = role.label() + ", " + noun + " " + std::to_string(i + 1);
        if (item.is_string()) {
            // The start of the text, cut on a character boundary, shows which one is meant.
            std::string start = item.get<std::string>();
            if (start.size() > 40) {
                std::size_t cut = 40;
                while (cut > 0 && (static_cast<unsigned char>(start[cut]) & 0xC0) == 0x80)
                    --cut;
                start.resize(cut);
            }
            file.report(Severity::error, pointer,
                        label +
                            ": schrijf dit als object met de tekst en haar bron, bijvoorbeeld "
                            "{\"text\": \"" +
                            start +
                            "...\", \"sources\": [{\"source\": ..., \"locator\": ..., "
                            "\"quote\": ...}]}.");
            continue;
        }
        ObjectReader r(file, item, pointer, label);
        if (!r.is_object()) continue;
        RoleStatement statement;
        statement.text = r.required_string("text");
        statement.provenance = r.provenance();
        statement.origin = r.origin();
        r.reject_unknown_keys({"text", "sources", "illustrative", "illustrativeNote"});
        out.push_back(std::move(statement));
    }
    return out;
}

} // namespace

void read_sources_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "sources", "bron", true, model.sources, [](ObjectReader& r) {
        SourceDocument d;
        d.id = r.required_string("id");
        d.title = r.required_string("title");
        d.file = r.optional_string("file");
        d.url = r.optional_string("url");
        d.date = r.optional_string("date");
        d.description = r.optional_string("description");
        d.origin = r.origin();
        r.reject_unknown_keys({"id", "title", "file", "url", "date", "description"});
        return d;
    });
    top.reject_unknown_keys({"kind", "description", "sources"});
}

void read_organisations_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "organisations", "organisatie", true, model.organisations,
                  [](ObjectReader& r) {
                      Organisation o;
                      o.id = r.required_string("id");
                      o.name = r.required_string("name");
                      o.short_name = r.required_string("shortName");
                      o.kind = r.required_string("kind");
                      o.description = r.required_string("description");
                      o.provenance = r.provenance();
                      o.origin = r.origin();
                      r.reject_unknown_keys({"id", "name", "shortName", "kind", "description",
                                             "sources", "illustrative", "illustrativeNote"});
                      return o;
                  });
    read_entities(file, top, "roles", "rol", true, model.roles, [&file](ObjectReader& r) {
        Role role;
        role.id = r.required_string("id");
        role.organisation = r.required_string("organisation");
        role.name = r.required_string("name");
        role.short_name = r.optional_string("shortName");
        role.description = r.required_string("description");
        role.tasks = read_role_statements(file, r, "tasks", "taak");
        role.limits = read_role_statements(file, r, "limits", "grens");
        role.provenance = r.provenance();
        role.origin = r.origin();
        r.reject_unknown_keys({"id", "organisation", "name", "shortName", "description", "tasks",
                               "limits", "sources", "illustrative", "illustrativeNote"});
        return role;
    });
    read_entities(file, top, "decisionRights", "rolverdeling", false, model.decision_rights,
                  [](ObjectReader& r) {
                      DecisionRight d;
                      d.id = r.required_string("id");
                      d.subject = r.required_string("subject");
                      d.organisation = r.required_string("organisation");
                      d.statement = r.required_string("statement");
                      d.not_decided_by = r.string_list("notDecidedBy", false);
                      d.provenance = r.provenance();
                      d.origin = r.origin();
                      r.reject_unknown_keys({"id", "subject", "organisation", "statement",
                                             "notDecidedBy", "sources", "illustrative",
                                             "illustrativeNote"});
                      return d;
                  });
    read_entities(file, top, "contactPoints", "contactpunt", false, model.contact_points,
                  [](ObjectReader& r) {
                      ContactPoint c;
                      c.id = r.required_string("id");
                      c.organisation = r.required_string("organisation");
                      c.role = r.required_string("role");
                      c.count = r.required_string("count");
                      c.locations = r.string_list("locations", false);
                      c.as_of = r.required_string("asOf");
                      c.note = r.optional_string("note");
                      c.provenance = r.provenance();
                      c.origin = r.origin();
                      r.reject_unknown_keys({"id", "organisation", "role", "count", "locations",
                                             "asOf", "note", "sources", "illustrative",
                                             "illustrativeNote"});
                      return c;
                  });
    top.reject_unknown_keys(
        {"kind", "description", "organisations", "roles", "decisionRights", "contactPoints"});
}

void read_catalog_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "systems", "systeem", false, model.systems, [](ObjectReader& r) {
        System s;
        s.id = r.required_string("id");
        s.name = r.required_string("name");
        s.organisation = r.optional_string("organisation");
        s.description = r.required_string("description");
        s.provenance = r.provenance();
        s.origin = r.origin();
        r.reject_unknown_keys({"id", "name", "organisation", "description", "sources",
                               "illustrative", "illustrativeNote"});
        return s;
    });
    read_entities(file, top, "channels", "kanaal", false, model.channels, [](ObjectReader& r) {
        Channel c;
        c.id = r.required_string("id");
        c.name = r.required_string("name");
        c.short_name = r.optional_string("shortName");
        c.secure = r.optional_bool("secure", false);
        c.description = r.required_string("description");
        c.provenance = r.provenance();
        c.origin = r.origin();
        r.reject_unknown_keys({"id", "name", "shortName", "secure", "description", "sources",
                               "illustrative", "illustrativeNote"});
        return c;
    });
    read_entities(file, top, "dataItems", "gegeven", false, model.data_items, [](ObjectReader& r) {
        DataItem d;
        d.id = r.required_string("id");
        d.name = r.required_string("name");
        d.description = r.required_string("description");
        d.provenance = r.provenance();
        d.origin = r.origin();
        r.reject_unknown_keys(
            {"id", "name", "description", "sources", "illustrative", "illustrativeNote"});
        return d;
    });
    top.reject_unknown_keys({"kind", "description", "systems", "channels", "dataItems"});
}

void read_rules_file(const FileContext& file, ObjectReader& top, Model& model) {
    read_entities(file, top, "legalBases", "grondslag", false, model.legal_bases,
                  [](ObjectReader& r) {
                      LegalBasis b;
                      b.id = r.required_string("id");
                      b.title = r.required_string("title");
                      b.reference = r.required_string("reference");
                      b.text = r.required_string("text");
                      b.provenance = r.provenance();
                      b.origin = r.origin();
                      r.reject_unknown_keys({"id", "title", "reference", "text", "sources",
                                             "illustrative", "illustrativeNote"});
                      return b;
                  });
    read_entities(file, top, "principles", "uitgangspunt", false, model.principles,
                  [](ObjectReader& r) {
                      Principle p;
                      p.id = r.required_string("id");
                      p.title = r.required_string("title");
                      p.text = r.required_string("text");
                      p.provenance = r.provenance();
                      p.origin = r.origin();
                      r.reject_unknown_keys(
                          {"id", "title", "text", "sources", "illustrative", "illustrativeNote"});
                      return p;
                  });
    top.reject_unknown_keys({"kind", "description", "legalBases", "principles"});
}

} // namespace pw::detail
