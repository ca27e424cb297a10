#include "export_common.hpp"

#include "pw/lookup.hpp"
#include "pw/swimlane_layout.hpp"

namespace pw::detail {

std::vector<const Step*> steps_in_order(const Model& model, const CaseType& ct) {
    std::vector<const Step*> out;
    for (const StepBox& box : layout_swimlanes(model, ct).boxes)
        out.push_back(&ct.steps[box.step]);
    return out;
}

const char* step_kind_label(StepKind kind) {
    switch (kind) {
    case StepKind::task:
        return "Handeling";
    case StepKind::decision:
        return "Beslispunt";
    case StepKind::end:
        return "Einde";
    }
    return "";
}

std::string role_with_organisation(const Model& m, const std::string& role_id) {
    std::string out(role_name(m, role_id));
    if (const Organisation* o = organisation_of_role(m, role_id))
        if (out.find(o->short_name) == std::string::npos) out += " (" + o->short_name + ")";
    return out;
}

std::string citation_text(const Model& m, const Citation& c) {
    std::string out(source_title(m, c.source));
    if (!c.locator.empty()) out += ", " + c.locator;
    return out;
}

std::vector<std::string> always_shared_names(const Model& m, const CaseType& ct) {
    std::vector<std::string> out;
    for (const auto& d : ct.always_shared)
        out.emplace_back(data_item_name(m, d));
    return out;
}

std::string join(const std::vector<std::string>& items, const std::string& separator) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? separator : "") + items[i];
    return out;
}

std::string html_escape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        default:
            out += c;
        }
    }
    return out;
}

std::vector<std::pair<const Organisation*, std::vector<const Role*>>>
roles_by_organisation(const Model& m) {
    std::vector<std::pair<const Organisation*, std::vector<const Role*>>> out;
    for (const Organisation& o : m.organisations) {
        std::vector<const Role*> roles;
        for (const Role& r : m.roles)
            if (r.organisation == o.id) roles.push_back(&r);
        out.emplace_back(&o, std::move(roles));
    }
    return out;
}

std::vector<std::string> contact_lines(const Model& m, const std::string& role_id) {
    std::vector<std::string> out;
    for (const RoleContact& c : role_contacts(m, role_id)) {
        std::string line = c.outgoing ? "stuurt aan " : "ontvangt van ";
        line += role_with_organisation(m, c.other_role) + " via " +
                std::string(channel_name(m, c.channel));
        if (c.flows > 1) line += " (" + std::to_string(c.flows) + "×)";
        out.push_back(line);
    }
    return out;
}

} // namespace pw::detail
