#include "pw/lookup.hpp"

#include <algorithm>

namespace pw {

const Organisation* organisation_of_role(const Model& m, std::string_view role_id) {
    const Role* r = find_role(m, role_id);
    return r ? find_organisation(m, r->organisation) : nullptr;
}

std::string_view role_name(const Model& m, std::string_view id) {
    const Role* r = find_role(m, id);
    return r ? std::string_view(r->name) : id;
}

std::string_view role_short_name(const Model& m, std::string_view id) {
    const Role* r = find_role(m, id);
    if (!r) return id;
    return r->short_name.empty() ? std::string_view(r->name) : std::string_view(r->short_name);
}

std::string_view channel_short_name(const Model& m, std::string_view id) {
    const Channel* c = find_by_id(m.channels, id);
    if (!c) return id;
    return c->short_name.empty() ? std::string_view(c->name) : std::string_view(c->short_name);
}

std::string_view channel_name(const Model& m, std::string_view id) {
    const Channel* c = find_by_id(m.channels, id);
    return c ? std::string_view(c->name) : id;
}

std::string_view system_name(const Model& m, std::string_view id) {
    const System* s = find_by_id(m.systems, id);
    return s ? std::string_view(s->name) : id;
}

std::string_view data_item_name(const Model& m, std::string_view id) {
    const DataItem* d = find_by_id(m.data_items, id);
    return d ? std::string_view(d->name) : id;
}

std::string_view source_title(const Model& m, std::string_view id) {
    const SourceDocument* s = find_by_id(m.sources, id);
    return s ? std::string_view(s->title) : id;
}

std::vector<std::string> shared_data(const CaseType& ct, const Flow& flow) {
    std::vector<std::string> out = ct.always_shared;
    for (const auto& d : flow.data)
        if (std::find(out.begin(), out.end(), d) == out.end()) out.push_back(d);
    return out;
}

} // namespace pw
