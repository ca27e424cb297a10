// The fingerprint keeps, per entity a user meets, a 64-bit FNV-1a hash of all
// its fields (changed or not) and 16 bits per field (which fields): a change
// is found by the first, named by the second.
#include "pw/content_fingerprint.hpp"

#include "pw/content_entities.hpp"
#include "pw/lookup.hpp"

#include <algorithm>
#include <cstdint>
#include <set>

namespace pw {
namespace {

constexpr std::uint64_t kFnvOffset = 14695981039346656037ull;
constexpr std::uint64_t kFnvPrime = 1099511628211ull;

std::uint64_t fnv(std::uint64_t h, std::string_view text) {
    for (unsigned char c : text) {
        h ^= c;
        h *= kFnvPrime;
    }
    return h;
}

std::string hex(std::uint64_t value, int digits) {
    static const char* kDigits = "0123456789abcdef";
    std::string out(static_cast<std::size_t>(digits), '0');
    for (int i = digits - 1; i >= 0; --i, value >>= 4)
        out[static_cast<std::size_t>(i)] = kDigits[value & 15];
    return out;
}

// Labels are kept to name what is gone: a short one does (a flow's is its
// step's title and its whole description), and keeps the stored progress small.
constexpr std::size_t kMaxLabelBytes = 80;

std::string short_label(const std::string& label) {
    if (label.size() <= kMaxLabelBytes) return label;
    std::size_t cut = kMaxLabelBytes;
    while (cut > 0 && (static_cast<unsigned char>(label[cut]) & 0xC0) == 0x80)
        --cut; // not inside a UTF-8 character
    return label.substr(0, cut) + "…";
}

SeenEntity seen_entity(const std::string& kind, const ContentEntity& e) {
    std::uint64_t all = kFnvOffset;
    std::string fields;
    for (const auto& [name, value] : e.fields) {
        all = fnv(fnv(fnv(all, name), "\x1f"), value);
        all = fnv(all, "\x1e");
        fields += hex(fnv(kFnvOffset, value) & 0xffff, 4);
    }
    return {kind, e.key, short_label(e.label), hex(all, 16), std::move(fields)};
}

// What an entity of this kind belongs to: its key is the parent's key and one more part.
const char* parent_kind(const std::string& kind) {
    if (kind == "stap") return "zaaktype";
    if (kind == "gegevensstroom") return "stap";
    if (kind == "beslismoment") return "oefening";
    return nullptr;
}

std::string parent_key(const std::string& key) {
    const auto slash = key.rfind('/');
    return slash == std::string::npos ? std::string() : key.substr(0, slash);
}

std::string id_of(const std::string& key) {
    const auto slash = key.rfind('/');
    return slash == std::string::npos ? key : key.substr(slash + 1);
}

// Where an existing entity is in the guide.
std::optional<Route> route_of(const Model& m, const std::string& kind, const std::string& key) {
    const std::string parent = parent_key(key);
    if (kind == "zaaktype") return Route{Route::Kind::case_type, key, {}, {}, {}};
    if (kind == "stap") return Route{Route::Kind::step, parent, id_of(key), {}, {}};
    if (kind == "gegevensstroom")
        return Route{Route::Kind::step, parent_key(parent), id_of(parent), {}, {}};
    if (kind == "rol") return Route{Route::Kind::role, {}, {}, key, {}};
    if (kind == "oefening") return Route{Route::Kind::scenario, {}, {}, key, {}};
    if (kind == "beslismoment") return Route{Route::Kind::scenario, {}, {}, parent, {}};
    if (kind == "beslisbevoegdheid")
        if (const DecisionRight* d = find_by_id(m.decision_rights, key))
            return Route{Route::Kind::organisation, {}, {}, d->organisation, {}};
    return std::nullopt;
}

// The model's entities of the fingerprint's kinds, each kind in content order.
// A trainer's own exercise (a draft, or one a class session brought) is in the
// model but not in the content: it has no origin in a content file.
std::vector<ContentEntityKind> current_kinds(const Model& m) {
    std::set<std::string> own;
    for (const Scenario& sc : m.scenarios)
        if (sc.origin.file < 0) own.insert(sc.id);
    const auto is_own = [&](const std::string& kind, const ContentEntity& e) {
        if (kind == "oefening") return own.count(e.key) > 0;
        return kind == "beslismoment" && own.count(parent_key(e.key)) > 0;
    };
    std::vector<ContentEntityKind> out;
    for (ContentEntityKind& k : content_entities(m)) {
        if (!std::count(fingerprint_kinds().begin(), fingerprint_kinds().end(), k.name)) continue;
        if (!own.empty())
            std::erase_if(k.entities, [&](const ContentEntity& e) { return is_own(k.name, e); });
        out.push_back(std::move(k));
    }
    return out;
}

std::string full_key(const std::string& kind, const std::string& key) {
    return kind + ":" + key;
}

} // namespace

const std::vector<std::string>& fingerprint_kinds() {
    static const std::vector<std::string> kinds{
        "zaaktype",          "stap",     "gegevensstroom", "rol",
        "beslisbevoegdheid", "oefening", "beslismoment"};
    return kinds;
}

ContentFingerprint content_fingerprint(const Model& model, const ContentVersion& version) {
    ContentFingerprint out{version, {}};
    for (const ContentEntityKind& k : current_kinds(model))
        for (const ContentEntity& e : k.entities)
            out.entities.push_back(seen_entity(k.name, e));
    return out;
}

SeenChanges changes_since(const ContentFingerprint& seen, const Model& model,
                          const ContentVersion& version, ContentFingerprint* current) {
    SeenChanges out{seen.version, version, {}};
    if (current) *current = ContentFingerprint{version, {}};
    std::map<std::string, const SeenEntity*> before;
    for (const SeenEntity& e : seen.entities)
        before.emplace(full_key(e.kind, e.key), &e);
    const std::vector<ContentEntityKind> kinds = current_kinds(model);
    std::map<std::string, std::string> labels; // full key -> current label
    for (const ContentEntityKind& k : kinds)
        for (const ContentEntity& e : k.entities)
            labels.emplace(full_key(k.name, e.key), e.label);
    auto label_of_parent = [&](const std::string& kind, const std::string& key) {
        const char* pk = parent_kind(kind);
        if (!pk) return std::string();
        const std::string parent = full_key(pk, parent_key(key));
        if (const auto it = labels.find(parent); it != labels.end()) return it->second;
        if (const auto it = before.find(parent); it != before.end()) return it->second->label;
        return parent_key(key);
    };

    // A removal has no place in the guide to go to.
    auto change = [&](SeenChange::Kind kind, const std::string& entity, const std::string& key,
                      const std::string& label) {
        return SeenChange{kind,
                          entity,
                          key,
                          label,
                          label_of_parent(entity, key),
                          {},
                          kind == SeenChange::Kind::removed ? std::nullopt
                                                            : route_of(model, entity, key)};
    };
    std::vector<SeenChange> added, changed, removed;
    std::set<std::string> came, gone;
    for (const ContentEntityKind& k : kinds) {
        for (const ContentEntity& e : k.entities) {
            const SeenEntity now = seen_entity(k.name, e);
            if (current) current->entities.push_back(now);
            const auto it = before.find(full_key(k.name, e.key));
            const char* pk = parent_kind(k.name);
            if (it == before.end()) {
                came.insert(full_key(k.name, e.key));
                if (!pk || !came.count(full_key(pk, parent_key(e.key))))
                    added.push_back(change(SeenChange::Kind::added, k.name, e.key, e.label));
                continue;
            }
            if (it->second->hash == now.hash) continue;
            SeenChange c = change(SeenChange::Kind::changed, k.name, e.key, e.label);
            // Fields are named only when the stored field hashes line up with these.
            if (it->second->field_hashes.size() == now.field_hashes.size())
                for (std::size_t f = 0; f < e.fields.size(); ++f)
                    if (now.field_hashes.compare(f * 4, 4, it->second->field_hashes, f * 4, 4))
                        c.fields.push_back(e.fields[f].first);
            changed.push_back(std::move(c));
        }
    }
    for (const std::string& kind : fingerprint_kinds())
        for (const SeenEntity& e : seen.entities) {
            if (e.kind != kind || labels.count(full_key(e.kind, e.key))) continue;
            gone.insert(full_key(e.kind, e.key));
            const char* pk = parent_kind(e.kind);
            if (!pk || !gone.count(full_key(pk, parent_key(e.key))))
                removed.push_back(change(SeenChange::Kind::removed, e.kind, e.key, e.label));
        }
    for (auto* part : {&added, &changed, &removed})
        for (SeenChange& c : *part)
            out.changes.push_back(std::move(c));
    return out;
}

std::map<std::string, SeenChange::Kind> changed_steps(const SeenChanges& changes) {
    std::map<std::string, SeenChange::Kind> out;
    for (const SeenChange& c : changes.changes)
        if (c.entity == "stap" && c.kind != SeenChange::Kind::removed) out[c.key] = c.kind;
    // A flow added, changed or removed changes its step: listed at all, its
    // step is still there (what belongs to a removed step is not listed).
    for (const SeenChange& c : changes.changes)
        if (c.entity == "gegevensstroom") out.emplace(parent_key(c.key), SeenChange::Kind::changed);
    return out;
}

void mark_step_seen(ContentFingerprint& seen, const Model& model, const ContentVersion& version,
                    const std::string& case_type, const std::string& step) {
    const std::string key = case_type + "/" + step;
    const CaseType* ct = find_case_type(model, case_type);
    if (!ct || !find_step(*ct, step)) return;
    // The step's entries and its flows' go; the model's are put in their place.
    auto belongs = [&key](const SeenEntity& e) {
        return (e.kind == "stap" && e.key == key) ||
               (e.kind == "gegevensstroom" && parent_key(e.key) == key);
    };
    seen.entities.erase(std::remove_if(seen.entities.begin(), seen.entities.end(), belongs),
                        seen.entities.end());
    std::vector<SeenEntity> now;
    for (const ContentEntityKind& k : current_kinds(model))
        for (const ContentEntity& e : k.entities) {
            const SeenEntity s = seen_entity(k.name, e);
            if (belongs(s)) now.push_back(s);
        }
    seen.entities.insert(seen.entities.end(), now.begin(), now.end());
    if (changes_since(seen, model, version).empty()) seen = content_fingerprint(model, version);
}

} // namespace pw
