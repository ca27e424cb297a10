#include "ui/classroom_view.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

void message_line(const ClassroomState& c) {
    if (c.message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          c.message_is_error ? colours().error_text : colours().text);
    wrapped(c.message);
    ImGui::PopStyleColor();
}

// A bar with the count beside it (legible on any fill), then the label on the same line.
void count_bar(const AppState& s, float fraction, int count, float width) {
    ImGui::ProgressBar(fraction, ImVec2(width, 0), "");
    ImGui::SameLine();
    const std::string n = std::to_string(count);
    ImGui::TextUnformatted(n.c_str());
    ImGui::SameLine(0, 0);
    ImGui::Dummy(ImVec2(std::max(0.0f, 28.0f * s.scale() - ImGui::CalcTextSize(n.c_str()).x), 1));
    ImGui::SameLine();
}

// One row per choice: its name, a bar, "n"; the protocol's choice marked in words.
void spread_rows(AppState& s, const std::map<std::string, int>& counts,
                 const std::vector<std::string>& ids,
                 std::string_view (*name)(const Model&, std::string_view), int answers,
                 const std::vector<std::string>& protocol, bool protocol_visible) {
    const float bar_w = 120.0f * s.scale();
    for (const std::string& id : ids) {
        const auto it = counts.find(id);
        const int n = it == counts.end() ? 0 : it->second;
        const float fraction =
            answers > 0 ? static_cast<float>(n) / static_cast<float>(answers) : 0.0f;
        count_bar(s, fraction, n, bar_w);
        std::string label(name(s.content.model, id));
        if (protocol_visible && std::find(protocol.begin(), protocol.end(), id) != protocol.end())
            label += std::string(" ✓ ") + tr(Text::protocol_choice);
        wrapped(label);
    }
}

std::string_view option_text_of(const ScenarioQuestion& q, std::string_view id) {
    const ScenarioOption* o = find_by_id(q.options, id);
    return o ? std::string_view(o->text) : id;
}

} // namespace

void draw_join_panel(AppState& s, ClassroomState& c) {
    const ImGuiID panel = begin_panel(s, "klas", colours().panel, colours().accent);
    ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted(tr(Text::join_title));
    ImGui::PopFont();
    if (!c.token.empty()) {
        wrapped(trf(Text::joined, c.joined_code, c.nickname));
        if (const Scenario* sc = find_by_id(s.content.model.scenarios, c.joined_scenario)) {
            route_link(s, std::string(tr(Text::to_exercise)) + ": " + sc->title,
                       Route{Route::Kind::scenario, {}, {}, sc->id, {}}, "klas-oefening");
        }
        if (ImGui::Button(tagged(tr(Text::leave_class), "klas-verlaten").c_str()))
            leave_classroom(c);
    } else {
        wrapped_muted(tr(Text::join_intro));
        const float w = 180.0f * s.scale();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(Text::join_code));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##klascode", c.code_input, sizeof c.code_input,
                         ImGuiInputTextFlags_CharsUppercase);
        a11y_item(A11yRole::textbox, tr(Text::join_code));
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(Text::join_nickname));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##bijnaam", c.nickname_input, sizeof c.nickname_input);
        a11y_item(A11yRole::textbox, tr(Text::join_nickname));
        ImGui::SameLine();
        ImGui::BeginDisabled(c.busy);
        if (ImGui::Button(tagged(tr(Text::join_button), "meedoen").c_str())) join_classroom(s, c);
        ImGui::EndDisabled();
    }
    message_line(c);
    end_panel(panel);
}

void draw_classroom_badge(AppState& s, const ClassroomState& c, const Scenario& sc) {
    if (c.token.empty() || c.joined_scenario != sc.id) return;
    badge(s, trf(Text::joined, c.joined_code, c.nickname), colours().accent_soft, colours().text);
    wrapped_muted(trf(Text::shared, std::to_string(c.shared.size())));
    message_line(c);
}

namespace {

// The class's choices at one decision, per question; the protocol's marked once revealed.
void spread_rows_of(AppState& s, const Scenario& sc, const ScenarioDecision* d,
                    const ChoiceSpread* spread, bool protocol_visible) {
    const ScenarioAnswer protocol = correct_answer(s.content.model, sc, *d);
    auto option_rows = [&](const ScenarioQuestion& q, const std::map<std::string, int>& counts,
                           const std::string& right) {
        for (const ScenarioOption& o : q.options) {
            const auto it = counts.find(o.id);
            const int n = it == counts.end() ? 0 : it->second;
            count_bar(s,
                      spread->answers > 0
                          ? static_cast<float>(n) / static_cast<float>(spread->answers)
                          : 0.0f,
                      n, 120.0f * s.scale());
            std::string label(option_text_of(q, o.id));
            if (protocol_visible && o.id == right)
                label += std::string(" ✓ ") + tr(Text::protocol_choice);
            wrapped(label);
        }
    };
    if (d->action.asked()) option_rows(d->action, spread->action, protocol.action);
    if (!d->offered_recipients.empty())
        spread_rows(s, spread->recipients, d->offered_recipients, role_name, spread->answers,
                    protocol.recipients, protocol_visible);
    if (!d->offered_data.empty())
        spread_rows(s, spread->data, d->offered_data, data_item_name, spread->answers,
                    protocol.data, protocol_visible);
    if (!d->offered_channels.empty())
        spread_rows(s, spread->channel, d->offered_channels, channel_name, spread->answers,
                    {protocol.channel}, protocol_visible);
    if (d->judgement.asked()) option_rows(d->judgement, spread->judgement, protocol.judgement);
}

} // namespace

void draw_trainer_classroom(AppState& s, ClassroomState& c, const Scenario& sc,
                            const std::string& decision_id, bool protocol_visible) {
    section_label(s, tr(Text::classroom_title));
    if (c.code.empty() || c.scenario != sc.id) {
        ImGui::BeginDisabled(c.busy);
        if (ImGui::Button(tagged(tr(Text::classroom_start), "klas-starten").c_str()))
            start_classroom(s, c, sc.id);
        ImGui::EndDisabled();
        message_line(c);
        return;
    }
    ImGui::TextUnformatted(tr(Text::classroom_code));
    ImGui::SameLine();
    ImGui::PushFont(s.fonts.heading);
    line(c.code);
    ImGui::PopFont();
    ImGui::SameLine();
    line(trf(Text::classroom_trainees, std::to_string(c.trainees)));
    wrapped_muted(tr(Text::classroom_intro));
    message_line(c);

    const ScenarioDecision* d = find_by_id(sc.decisions, decision_id);
    const auto spread = std::find_if(c.spread.begin(), c.spread.end(), [&](const ChoiceSpread& x) {
        return x.decision == decision_id;
    });
    if (!d || spread == c.spread.end()) return;
    ImGui::Spacing();
    ImGui::PushFont(s.fonts.bold);
    line(tr(Text::classroom_spread));
    ImGui::PopFont();
    ImGui::SameLine();
    line(trf(Text::classroom_answers, std::to_string(spread->answers)));
    spread_rows_of(s, sc, d, &*spread, protocol_visible);
}

} // namespace pw::ui
