#include "ui/step_detail.hpp"

#include "pw/lookup.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace pw::ui {
namespace {

std::string role_with_organisation(const Model& model, const std::string& role_id) {
    std::string out(role_name(model, role_id));
    if (const Organisation* o = organisation_of_role(model, role_id))
        if (out.find(o->short_name) == std::string::npos) out += " (" + o->short_name + ")";
    return out;
}

void legal_bases_block(const AppState& s, const Model& model, const std::vector<std::string>& ids) {
    for (const auto& id : ids) {
        const LegalBasis* b = find_by_id(model.legal_bases, id);
        if (!b) continue;
        ImGui::PushFont(s.fonts.bold);
        bullet_wrapped(b->reference + " — " + b->title);
        ImGui::PopFont();
        ImGui::Indent();
        wrapped_muted(b->text);
        ImGui::Unindent();
    }
}

void flow_block(AppState& s, const Model& model, const CaseType& ct, const Flow& flow, int index) {
    ImGui::PushID(index);
    ImGui::Separator();
    ImGui::PushFont(s.fonts.bold);
    std::string header = role_with_organisation(model, flow.from) + "  →  ";
    for (std::size_t i = 0; i < flow.to.size(); ++i)
        header += (i ? ", " : "") + role_with_organisation(model, flow.to[i]);
    wrapped(header);
    ImGui::PopFont();
    if (!flow.condition.empty()) {
        section_label(s, tr(Text::condition));
        wrapped(flow.condition);
    }
    section_label(s, tr(Text::how));
    wrapped(flow.description);

    section_label(s, tr(Text::channel));
    const Channel* channel = find_by_id(model.channels, flow.channel);
    wrapped(channel ? channel->name : flow.channel);
    if (channel && !channel->secure)
        badge(s, tr(Text::channel_insecure), colour::error_bg, colour::error_text);

    section_label(s, tr(Text::data));
    for (const auto& d : shared_data(ct, flow)) {
        const bool always = std::find(ct.always_shared.begin(), ct.always_shared.end(), d) !=
                            ct.always_shared.end();
        std::string line(data_item_name(model, d));
        if (always) line += std::string(" (") + tr(Text::always_shared) + ")";
        bullet_wrapped(line);
    }
    section_label(s, tr(Text::purpose));
    for (const auto& p : flow.purposes)
        bullet_wrapped(p);
    if (!flow.systems.empty()) {
        section_label(s, tr(Text::systems));
        std::string systems;
        for (const auto& sys : flow.systems)
            systems += (systems.empty() ? "" : ", ") + std::string(system_name(model, sys));
        wrapped(systems);
    }
    ImGui::Spacing();
    provenance_block(s, model, flow.provenance);
    ImGui::PopID();
}

} // namespace

void draw_step_detail(AppState& s, const Model& model, const CaseType& ct, const Step& step) {
    s.probe.detail_title = step.title;
    const char* kind = step.kind == StepKind::decision ? tr(Text::kind_decision)
                       : step.kind == StepKind::end    ? tr(Text::kind_end)
                                                       : tr(Text::kind_task);
    const ImU32 kind_colour = step.kind == StepKind::decision ? colour::decision
                              : step.kind == StepKind::end    ? colour::end
                                                              : colour::accent;
    badge(s, kind, kind_colour, colour::panel);
    heading(s, step.title);
    if (step.provenance.illustrative)
        badge(s, tr(Text::illustrative), colour::warning_bg, colour::warning_text);

    section_label(s, tr(Text::who));
    wrapped(role_with_organisation(model, step.actor));
    section_label(s, tr(Text::what));
    wrapped(step.summary);

    if (step.kind == StepKind::decision) {
        section_label(s, tr(Text::question));
        wrapped(step.question);
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
        for (std::size_t i = 0; i < step.next.size(); ++i) {
            const Transition& t = step.next[i];
            const Step* target = find_step(ct, t.step);
            if (!target) continue;
            std::string label = t.label.empty() ? target->title : t.label + ": " + target->title;
            ImGui::Bullet();
            ImGui::SameLine();
            if (link_button(s, label, t.step.c_str())) {
                s.step = t.step;
                s.scroll_to_step = true;
            }
        }
    }

    section_label(s, tr(Text::sources));
    provenance_block(s, model, step.provenance);
    ImGui::Spacing();
    if (link_button(s, tr(Text::back_to_overview), "overview")) s.step.clear();
}

void draw_case_type_overview(AppState& s, const Model& model, const CaseType& ct) {
    s.probe.detail_title = ct.title;
    heading(s, ct.title);
    wrapped(ct.summary);
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, colour::accent);
    wrapped(tr(Text::select_step_hint));
    ImGui::PopStyleColor();

    section_label(s, tr(Text::trigger));
    wrapped(ct.trigger);
    if (!ct.annex.empty()) {
        section_label(s, tr(Text::annex));
        wrapped(ct.annex);
    }
    if (!ct.always_shared.empty()) {
        section_label(s, tr(Text::data));
        for (const auto& d : ct.always_shared)
            bullet_wrapped(std::string(data_item_name(model, d)) + " (" + tr(Text::always_shared) +
                           ")");
    }
    section_label(s, tr(Text::legal_basis));
    legal_bases_block(s, model, ct.legal_bases);
    section_label(s, tr(Text::principles));
    for (const auto& id : ct.principles) {
        const Principle* p = find_by_id(model.principles, id);
        if (!p) continue;
        ImGui::PushFont(s.fonts.bold);
        bullet_wrapped(p->title);
        ImGui::PopFont();
        ImGui::Indent();
        wrapped_muted(p->text);
        ImGui::Unindent();
    }
    section_label(s, tr(Text::sources));
    provenance_block(s, model, ct.provenance);
}

} // namespace pw::ui
