#include "ui/step_detail.hpp"

#include "pw/lookup.hpp"
#include "ui/content_changes.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

Route role_route(const std::string& id) {
    return Route{Route::Kind::role, {}, {}, id, {}};
}

std::string role_with_organisation(const Model& model, const std::string& role_id) {
    std::string out(role_name(model, role_id));
    if (const Organisation* o = organisation_of_role(model, role_id))
        if (out.find(o->short_name) == std::string::npos) out += " (" + o->short_name + ")";
    return out;
}

void legal_bases_block(AppState& s, const Model& model, const std::vector<std::string>& ids) {
    for (const auto& id : ids) {
        const LegalBasis* b = find_by_id(model.legal_bases, id);
        if (!b) continue;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushFont(s.fonts.bold);
        route_link(s, b->reference + " — " + b->title, Route{Route::Kind::rule, {}, {}, b->id, {}});
        ImGui::PopFont();
        ImGui::Indent();
        prose_muted(s, b->text);
        ImGui::Unindent();
    }
}

void flow_block(AppState& s, const Model& model, const CaseType& ct, const Flow& flow, int index) {
    ImGui::PushID(index);
    ImGui::Separator();
    // Sender and recipients are links to their role pages.
    ImGui::PushFont(s.fonts.bold);
    route_link(s, role_with_organisation(model, flow.from), role_route(flow.from));
    ImGui::PopFont();
    for (const auto& to : flow.to) {
        ImGui::TextUnformatted("→");
        ImGui::SameLine();
        ImGui::PushFont(s.fonts.bold);
        route_link(s, role_with_organisation(model, to), role_route(to));
        ImGui::PopFont();
    }
    if (flow.provenance.illustrative)
        badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);
    if (!flow.condition.empty()) {
        section_label(s, tr(Text::condition));
        prose(s, flow.condition);
    }
    section_label(s, tr(Text::how));
    prose(s, flow.description);

    section_label(s, tr(Text::channel));
    const Channel* channel = find_by_id(model.channels, flow.channel);
    prose(s, channel ? channel->name : flow.channel);
    if (channel && !channel->secure)
        badge(s, tr(Text::channel_insecure), colours().error_bg, colours().error_text);

    section_label(s, tr(Text::data));
    for (const auto& d : shared_data(ct, flow)) {
        const bool always = std::find(ct.always_shared.begin(), ct.always_shared.end(), d) !=
                            ct.always_shared.end();
        std::string line(data_item_name(model, d));
        if (always) line += std::string(" (") + tr(Text::always_shared) + ")";
        ImGui::Bullet();
        ImGui::SameLine();
        route_link(s, line, Route{Route::Kind::data_item, {}, {}, d, {}});
    }
    section_label(s, tr(Text::purpose));
    for (const auto& p : flow.purposes)
        bullet_prose(s, p);
    if (!flow.systems.empty()) {
        section_label(s, tr(Text::systems));
        for (std::size_t i = 0; i < flow.systems.size(); ++i) {
            if (i) ImGui::SameLine();
            route_link(s, system_name(model, flow.systems[i]),
                       Route{Route::Kind::system, {}, {}, flow.systems[i], {}});
        }
    }
    ImGui::Spacing();
    provenance_block(s, model, flow.provenance);
    ImGui::PopID();
}

// The steps of this process marked new or changed since the user's last
// visit, as links, until they are opened or the changes are marked seen.
void changed_steps_list(AppState& s, const CaseType& ct) {
    bool any = false;
    for (const Step& step : ct.steps) {
        const auto badge = step_badge(s, ct.id, step.id);
        if (!badge) continue;
        if (!any) section_label(s, tr(Text::changes_in_process));
        any = true;
        ImGui::Bullet();
        ImGui::SameLine();
        route_link(s, step.title + " — " + badge_text(*badge),
                   Route{Route::Kind::step, ct.id, step.id, {}, {}}, "gewijzigde-stap:" + step.id);
    }
}

} // namespace

void draw_step_detail(AppState& s, const Model& model, const CaseType& ct, const Step& step) {
    const char* kind = step.kind == StepKind::decision ? tr(Text::kind_decision)
                       : step.kind == StepKind::end    ? tr(Text::kind_end)
                                                       : tr(Text::kind_task);
    const ImU32 kind_colour = step.kind == StepKind::decision ? colours().decision
                              : step.kind == StepKind::end    ? colours().end
                                                              : colours().accent;
    badge(s, kind, kind_colour, colours().on_accent);
    heading(s, step.title);
    if (step.provenance.illustrative)
        badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);

    section_label(s, tr(Text::who));
    route_link(s, role_with_organisation(model, step.actor), role_route(step.actor));
    section_label(s, tr(Text::what));
    prose(s, step.summary);

    if (step.kind == StepKind::decision) {
        section_label(s, tr(Text::question));
        prose(s, step.question);
    }

    if (!step.flows.empty()) {
        section_label(s, tr(Text::flows));
        for (std::size_t i = 0; i < step.flows.size(); ++i)
            flow_block(s, model, ct, step.flows[i], static_cast<int>(i));
        ImGui::Separator();
    }

    // A step without a basis of its own rests on the bases of its process.
    section_label(s, tr(Text::legal_basis));
    legal_bases_block(s, model, step.legal_bases.empty() ? ct.legal_bases : step.legal_bases);

    if (!step.next.empty()) {
        section_label(s,
                      step.kind == StepKind::decision ? tr(Text::outcomes) : tr(Text::next_steps));
        for (const Transition& t : step.next) {
            const Step* target = find_step(ct, t.step);
            if (!target) continue;
            ImGui::Bullet();
            ImGui::SameLine();
            route_link(s, t.label.empty() ? target->title : t.label + ": " + target->title,
                       Route{Route::Kind::step, ct.id, t.step, {}, {}});
        }
    }

    section_label(s, tr(Text::sources));
    provenance_block(s, model, step.provenance);
    ImGui::Spacing();
    route_link(s, tr(Text::back_to_overview), Route{Route::Kind::case_type, ct.id, {}, {}, {}});
}

void draw_case_type_overview(AppState& s, const Model& model, const CaseType& ct) {
    heading(s, ct.title);
    prose(s, ct.summary);
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    wrapped(tr(Text::select_step_hint));
    ImGui::PopStyleColor();
    changed_steps_list(s, ct);

    if (!ct.examples.empty()) {
        section_label(s, tr(Text::examples));
        for (const Example& e : ct.examples) {
            ImGui::Bullet();
            ImGui::SameLine();
            route_link(s, std::string(tr(Text::play_example)) + ": " + e.title,
                       Route{Route::Kind::example, ct.id, {}, e.id, {}}, "voorbeeld:" + e.id);
        }
    }
    section_label(s, tr(Text::trigger));
    prose(s, ct.trigger);
    if (!ct.annex.empty()) {
        section_label(s, tr(Text::annex));
        prose(s, ct.annex);
    }
    if (!ct.always_shared.empty()) {
        section_label(s, tr(Text::data));
        for (const auto& d : ct.always_shared)
            bullet_prose(s, std::string(data_item_name(model, d)) + " (" + tr(Text::always_shared) +
                                ")");
        provenance_block(s, model, ct.always_shared_basis);
    }
    section_label(s, tr(Text::legal_basis));
    legal_bases_block(s, model, ct.legal_bases);
    section_label(s, tr(Text::principles));
    for (const auto& id : ct.principles) {
        const Principle* p = find_by_id(model.principles, id);
        if (!p) continue;
        ImGui::Bullet();
        ImGui::SameLine();
        ImGui::PushFont(s.fonts.bold);
        route_link(s, p->title, Route{Route::Kind::rule, {}, {}, p->id, {}});
        ImGui::PopFont();
        ImGui::Indent();
        prose_muted(s, p->text);
        ImGui::Unindent();
    }
    section_label(s, tr(Text::sources));
    provenance_block(s, model, ct.provenance);
}

} // namespace pw::ui
