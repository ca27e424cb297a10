// Finding entities by id. Linear scans: the protocol has tens of entities of
// each kind, and the engines that need speed build their own indexes.
#pragma once

#include "pw/model.hpp"
#include "pw/routes.hpp"

#include <string_view>
#include <vector>

namespace pw {

template <class T> const T* find_by_id(const std::vector<T>& items, std::string_view id) {
    for (const T& item : items)
        if (item.id == id) return &item;
    return nullptr;
}

inline const Role* find_role(const Model& m, std::string_view id) {
    return find_by_id(m.roles, id);
}
inline const Organisation* find_organisation(const Model& m, std::string_view id) {
    return find_by_id(m.organisations, id);
}
inline const CaseType* find_case_type(const Model& m, std::string_view id) {
    return find_by_id(m.case_types, id);
}
inline const Step* find_step(const CaseType& ct, std::string_view id) {
    return find_by_id(ct.steps, id);
}

// The organisation a role belongs to, or nullptr for an unknown role.
const Organisation* organisation_of_role(const Model& m, std::string_view role_id);

// Display names with a fallback to the id, so a view never shows an empty label.
std::string_view role_name(const Model& m, std::string_view role_id);
std::string_view role_short_name(const Model& m, std::string_view role_id);
std::string_view channel_name(const Model& m, std::string_view channel_id);
std::string_view channel_short_name(const Model& m, std::string_view channel_id);
std::string_view system_name(const Model& m, std::string_view system_id);
std::string_view data_item_name(const Model& m, std::string_view data_id);
std::string_view source_title(const Model& m, std::string_view source_id);

// Whether a route names a place in this content (a deep link, a stored visit).
bool route_exists(const Model& m, const Route& route);

// Data shared by a flow: the case type's always-shared items first, then the
// flow's own, without repeats.
std::vector<std::string> shared_data(const CaseType& ct, const Flow& flow);

} // namespace pw
