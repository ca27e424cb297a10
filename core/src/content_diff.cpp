// Two editions of the content compared entity by entity. Each kind of entity
// is flattened into (key, label, named fields as text) by content_entities();
// entities are matched by their id path, fields compared as text, so a
// change names exactly the fields an author edited.
#include "pw/content_diff.hpp"

#include "pw/content_entities.hpp"

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <sstream>

namespace pw {

ContentDiff diff_content(const Model& old_model, const Model& new_model) {
    ContentDiff diff;
    const auto old_kinds = content_entities(old_model);
    const auto new_kinds = content_entities(new_model);
    std::set<std::string> gone, came; // keys of removed and added entities
    for (std::size_t k = 0; k < old_kinds.size(); ++k) {
        const std::string& entity = old_kinds[k].name;
        std::map<std::string, const ContentEntity*> before, after;
        for (const ContentEntity& e : old_kinds[k].entities)
            before.emplace(e.key, &e);
        for (const ContentEntity& e : new_kinds[k].entities)
            after.emplace(e.key, &e);
        for (const ContentEntity& e : old_kinds[k].entities) {
            const auto it = after.find(e.key);
            if (it == after.end()) {
                gone.insert(entity + ":" + e.key);
                if (!gone.count(e.parent))
                    diff.changes.push_back(
                        {ContentChange::Kind::removed, entity, e.key, e.label, {}});
                continue;
            }
            ContentChange change{
                ContentChange::Kind::changed, entity, e.key, it->second->label, {}};
            for (std::size_t f = 0; f < e.fields.size(); ++f)
                if (e.fields[f].second != it->second->fields[f].second)
                    change.fields.push_back(
                        {e.fields[f].first, e.fields[f].second, it->second->fields[f].second});
            if (!change.fields.empty()) diff.changes.push_back(std::move(change));
        }
        for (const ContentEntity& e : new_kinds[k].entities) {
            if (before.count(e.key)) continue;
            came.insert(entity + ":" + e.key);
            if (!came.count(e.parent))
                diff.changes.push_back({ContentChange::Kind::added, entity, e.key, e.label, {}});
        }
    }
    return diff;
}

namespace {

std::string version_text(const ContentVersion& v) {
    if (v.version.empty() && v.date.empty()) return "(zonder versie)";
    return (v.version.empty() ? "?" : v.version) + (v.date.empty() ? "" : " (" + v.date + ")");
}

const char* kind_word(ContentChange::Kind k) {
    return k == ContentChange::Kind::added     ? "toegevoegd"
           : k == ContentChange::Kind::removed ? "verwijderd"
                                               : "gewijzigd";
}

} // namespace

std::string format_diff_text(const ContentDiff& diff) {
    std::ostringstream o;
    o << "Inhoud " << version_text(diff.old_version) << " → " << version_text(diff.new_version)
      << ": ";
    if (diff.changes.empty()) return o.str() + "geen verschillen.\n";
    o << diff.changes.size() << (diff.changes.size() == 1 ? " wijziging" : " wijzigingen") << ".\n";
    for (const ContentChange& c : diff.changes) {
        o << (c.kind == ContentChange::Kind::added     ? "+ "
              : c.kind == ContentChange::Kind::removed ? "- "
                                                       : "~ ")
          << c.entity << " " << c.id << " " << kind_word(c.kind) << ": " << c.label << "\n";
        for (const FieldChange& f : c.fields)
            o << "    " << f.field << ": “" << f.old_value << "” → “" << f.new_value << "”\n";
    }
    return o.str();
}

std::string format_diff_json(const ContentDiff& diff) {
    using nlohmann::json;
    auto version = [](const ContentVersion& v) {
        return json{{"version", v.version}, {"date", v.date}};
    };
    json changes = json::array();
    for (const ContentChange& c : diff.changes) {
        json fields = json::array();
        for (const FieldChange& f : c.fields)
            fields.push_back({{"field", f.field}, {"old", f.old_value}, {"new", f.new_value}});
        changes.push_back({{"kind", c.kind == ContentChange::Kind::added     ? "added"
                                    : c.kind == ContentChange::Kind::removed ? "removed"
                                                                             : "changed"},
                           {"entity", c.entity},
                           {"id", c.id},
                           {"label", c.label},
                           {"fields", fields}});
    }
    return json{{"old", version(diff.old_version)},
                {"new", version(diff.new_version)},
                {"changes", changes}}
               .dump(2) +
           "\n";
}

} // namespace pw
