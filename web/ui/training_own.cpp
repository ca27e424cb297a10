#include "ui/training_own.hpp"

#include "pw/exercise_draft_check.hpp"
#include "pw/exercise_draft_json.hpp"
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/exercise_library.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

// A button named with its exercise for the screen reader: the rows repeat them.
bool row_button(Text label, const std::string& tag, const std::string& title, int& shown) {
    if (shown++ > 0) same_line_if_room(ImGui::CalcTextSize(tr(label)).x + 16.0f);
    const bool pressed = button(tagged(tr(label), tag).c_str());
    a11y_item(A11yRole::button, std::string(tr(label)) + ": " + title);
    return pressed;
}

void own_row(AppState& s, const Scenario& d, std::string& confirm_remove) {
    const bool playable = std::find(s.library.playable.begin(), s.library.playable.end(), d.id) !=
                          s.library.playable.end();
    const std::string title = d.title.empty() ? tr(Text::own_untitled) : d.title;
    ImGui::PushID(d.id.c_str());
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::PushFont(s.fonts.bold);
    wrapped(title);
    ImGui::PopFont();
    ImGui::PushFont(s.fonts.small);
    const CaseType* ct = find_case_type(s.content.model, d.case_type);
    wrapped_muted((ct ? ct->short_title : d.case_type) + " · " +
                  std::string(role_name(s.content.model, d.perspective)) + " · " + d.id + " · " +
                  tr(playable ? Text::own_ready : Text::own_draft));
    ImGui::PopFont();
    ImGui::TableNextColumn();
    int shown = 0;
    if (playable && row_button(Text::start, "oefening:" + d.id, title, shown))
        navigate(s, Route{Route::Kind::scenario, {}, {}, d.id, {}});
    if (playable && row_button(Text::trainer_mode, "trainer:" + d.id, title, shown))
        navigate(s, Route{Route::Kind::trainer, {}, {}, d.id, {}});
    if (row_button(Text::own_edit, "bewerken:" + d.id, title, shown))
        navigate(s, Route{Route::Kind::editor, {}, {}, d.id, {}});
    if (confirm_remove != d.id) {
        if (row_button(Text::own_remove, "verwijderen:" + d.id, title, shown))
            confirm_remove = d.id;
    } else if (row_button(Text::own_remove_confirm, "verwijderen-zeker:" + d.id, title, shown)) {
        s.tell(trf(Text::own_removed, title), 6.0);
        confirm_remove.clear();
        ImGui::PopID();
        remove_draft(s, std::string(d.id)); // `d` is gone after this
        return;
    }
    ImGui::PopID();
}

} // namespace

void draw_own_exercises(AppState& s, TrainingState& t) {
    section_label(s, tr(Text::own_title));
    wrapped_muted(tr(Text::own_intro));
    if (button(tagged(tr(Text::own_new), "oefening-schrijven").c_str()))
        navigate(s, Route{Route::Kind::editor, {}, {}, {}, {}});
    focus_ring(s);
    ImGui::SameLine();
    if (button(tagged(tr(Text::own_import), "oefening-importeren").c_str()))
        s.ask(PickFile{".json,application/json"});
    focus_ring(s);
    if (s.library.drafts.empty()) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersInnerH |
                                  ImGuiTableFlags_PadOuterX | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("eigen-oefeningen", 2, flags)) return;
    ImGui::TableSetupColumn("oefening", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    ImGui::TableSetupColumn("knoppen", ImGuiTableColumnFlags_WidthStretch, 1.0f);
    const std::vector<Scenario> drafts = s.library.drafts; // a row may remove one
    for (const Scenario& d : drafts)
        own_row(s, d, t.confirm_remove_own);
    ImGui::EndTable();
}

} // namespace pw::ui
