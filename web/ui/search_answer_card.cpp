#include "ui/search_answer_card.hpp"

#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <string>

namespace pw::ui {
namespace {

const char* label_text(AnswerLabel label) {
    switch (label) {
    case AnswerLabel::who:
        return tr(Text::who);
    case AnswerLabel::to_whom:
        return tr(Text::answer_to_whom);
    case AnswerLabel::what:
        return tr(Text::what);
    case AnswerLabel::data:
        return tr(Text::data);
    case AnswerLabel::channel:
        return tr(Text::channel);
    case AnswerLabel::purpose:
        return tr(Text::purpose);
    case AnswerLabel::system:
        return tr(Text::systems);
    case AnswerLabel::decides:
        return tr(Text::answer_decides);
    case AnswerLabel::does_not_decide:
        return tr(Text::answer_not_decides);
    case AnswerLabel::count:
        return tr(Text::answer_count);
    case AnswerLabel::where:
        return tr(Text::answer_where);
    case AnswerLabel::note:
        return tr(Text::answer_note);
    case AnswerLabel::flow:
        return tr(Text::answer_flow);
    case AnswerLabel::source:
        return tr(Text::sources);
    }
    return "";
}

} // namespace

const char* search_kind_name(SearchKind kind) {
    switch (kind) {
    case SearchKind::step:
        return tr(Text::search_kind_step);
    case SearchKind::flow:
        return tr(Text::search_kind_flow);
    case SearchKind::decision_right:
        return tr(Text::search_kind_decision);
    case SearchKind::contact_point:
        return tr(Text::search_kind_contacts);
    case SearchKind::role:
        return tr(Text::search_kind_role);
    case SearchKind::organisation:
        return tr(Text::search_kind_organisation);
    case SearchKind::data_item:
        return tr(Text::search_kind_data);
    case SearchKind::system:
        return tr(Text::search_kind_system);
    case SearchKind::channel:
        return tr(Text::search_kind_channel);
    case SearchKind::glossary:
        return tr(Text::search_kind_term);
    case SearchKind::card:
        return tr(Text::search_kind_card);
    case SearchKind::example:
        return tr(Text::search_kind_example);
    case SearchKind::exercise:
        return tr(Text::search_kind_exercise);
    case SearchKind::case_type:
        return tr(Text::search_kind_process);
    case SearchKind::rule:
        return tr(Text::search_kind_rule);
    }
    return "";
}

void draw_answer_card(AppState& s, const SearchAnswer& a) {
    const ImGuiID panel = begin_panel(s, "antwoord", colours().panel, colours().accent);
    ImGui::PushFont(s.fonts.small);
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    const std::string kind = std::string(tr(Text::answer)) + " · " + search_kind_name(a.kind) +
                             (a.context.empty() ? "" : " · " + a.context);
    line(kind);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    heading(s, a.title);
    if (a.illustrative)
        badge(s, tr(Text::illustrative), colours().warning_bg, colours().warning_text);

    // Who / what / to whom ...: labels in a column, text wrapping beside them.
    const float label_width = 9.5f * ImGui::GetFontSize();
    if (ImGui::BeginTable("rijen", 2, ImGuiTableFlags_SizingStretchProp)) {
        ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, label_width);
        ImGui::TableSetupColumn("tekst", ImGuiTableColumnFlags_WidthStretch);
        for (std::size_t i = 0; i < a.rows.size(); ++i) {
            const AnswerRow& row = a.rows[i];
            ImGui::PushID(static_cast<int>(i));
            ImGui::TableNextRow();
            ImGui::TableSetColumnIndex(0);
            ImGui::PushFont(s.fonts.bold);
            // A label is shown once for a run of rows that share it (several sources).
            if (i == 0 || a.rows[i - 1].label != row.label) wrapped(label_text(row.label));
            ImGui::PopFont();
            ImGui::TableSetColumnIndex(1);
            if (row.label == AnswerLabel::source)
                prose_muted(s, row.text);
            else
                prose(s, row.text);
            ImGui::PopID();
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    const std::string open = std::string(tr(Text::open_in_guide)) + "  →";
    const float width = ImGui::CalcTextSize(open.c_str()).x + 2 * ImGui::GetStyle().FramePadding.x;
    ImGui::BeginChild("open", ImVec2(width, ImGui::GetFrameHeight() * 1.4f), false,
                      ImGuiWindowFlags_NavFlattened | ImGuiWindowFlags_NoScrollbar);
    if (wide_button(s, open, "antwoord-openen", true)) navigate(s, a.route);
    ImGui::EndChild();
    end_panel(panel);
}

} // namespace pw::ui
