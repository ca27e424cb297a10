// Pieces both exports need: what to say, in which order. Internal.
#pragma once

#include "pw/model.hpp"
#include "pw/role_facts.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw::detail {

// Steps in the order of the map (by process order, then as written).
std::vector<const Step*> steps_in_order(const Model& model, const CaseType& case_type);

const char* step_kind_label(StepKind kind);
std::string role_with_organisation(const Model& model, const std::string& role_id);
// "Title, locator": the document's title, never its file name; the quote is
// for each export to set off in its own way.
std::string citation_text(const Model& model, const Citation& citation);
// Names of the data items every flow of the case type shares, in order.
std::vector<std::string> always_shared_names(const Model& model, const CaseType& case_type);
std::string join(const std::vector<std::string>& items, const std::string& separator);
// Text safe inside HTML elements and attribute values.
std::string html_escape(std::string_view s);

// Role ids grouped per organisation, in content order.
std::vector<std::pair<const Organisation*, std::vector<const Role*>>>
roles_by_organisation(const Model& model);

// "RvdK-contactpersoon via beveiligde mail (3×)" lines for a role.
std::vector<std::string> contact_lines(const Model& model, const std::string& role_id);

} // namespace pw::detail
