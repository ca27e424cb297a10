#include "ui/changes_view.hpp"

#include "ui/content_changes.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

const char* entity_word(const std::string& entity) {
    if (entity == "zaaktype") return tr(Text::entity_case_type);
    if (entity == "stap") return tr(Text::entity_step);
    if (entity == "gegevensstroom") return tr(Text::entity_flow);
    if (entity == "rol") return tr(Text::entity_role);
    if (entity == "beslisbevoegdheid") return tr(Text::entity_right);
    if (entity == "oefening") return tr(Text::entity_exercise);
    if (entity == "beslismoment") return tr(Text::entity_decision);
    return "";
}

std::string version_text(const ContentVersion& v) {
    return v.version.empty() ? "?" : v.version;
}

// The changed fields, named in the UI language.
std::string field_names(const std::vector<std::string>& fields) {
    std::string out;
    for (const std::string& f : fields)
        out += (out.empty() ? "" : ", ") + field_name(f);
    return out;
}

// One change: its kind and name (a link to it when it still exists), where
// it belongs, and which fields changed.
void change_item(AppState& s, const SeenChange& c, int n) {
    const std::string name = std::string(entity_word(c.entity)) + ": " + c.label;
    ImGui::Bullet();
    ImGui::SameLine();
    ImGui::PushID(n);
    if (c.route)
        route_link(s, name, *c.route, "wijziging:" + c.entity + ":" + c.key);
    else
        wrapped(name);
    ImGui::PopID();
    ImGui::Indent();
    if (!c.parent_label.empty()) wrapped_muted(trf(Text::changes_in, c.parent_label));
    if (!c.fields.empty()) wrapped_muted(trf(Text::changes_fields, field_names(c.fields)));
    ImGui::Unindent();
}

void change_group(AppState& s, const SeenChanges& since, SeenChange::Kind kind, Text title) {
    const auto count = std::count_if(since.changes.begin(), since.changes.end(),
                                     [kind](const SeenChange& c) { return c.kind == kind; });
    if (count == 0) return;
    section_label(s, trf(title, std::to_string(count)).c_str());
    int n = 0;
    for (const SeenChange& c : since.changes)
        if (c.kind == kind) change_item(s, c, n++);
}

std::string dropped_text(const DroppedProgress& d) {
    switch (d.what) {
    case DroppedProgress::What::visited:
        return trf(Text::dropped_visited, d.label);
    case DroppedProgress::What::walkthrough:
        return trf(Text::dropped_walkthrough, d.label);
    case DroppedProgress::What::exercise_run:
        return trf(Text::dropped_run, d.label);
    case DroppedProgress::What::exercise_answers:
        return trf(Text::dropped_answers, d.label, std::to_string(d.count));
    case DroppedProgress::What::exercise_result:
        return trf(Text::dropped_result, d.label);
    }
    return d.label;
}

} // namespace

void draw_changes(AppState& s) {
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 900.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("wat-is-veranderd", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::changes_title));
    const SeenChanges& since = s.changes.since;
    wrapped(trf(Text::changes_now, version_text(s.content.version), s.content.version.date));
    if (!content_changes_pending(s)) {
        wrapped(tr(Text::changes_all_seen));
        ImGui::EndChild();
        return;
    }
    if (!since.empty()) {
        wrapped(trf(Text::changes_seen_before, version_text(since.seen), since.seen.date));
        prose(s, tr(Text::changes_intro));
        change_group(s, since, SeenChange::Kind::added, Text::changes_added);
        change_group(s, since, SeenChange::Kind::changed, Text::changes_changed);
        change_group(s, since, SeenChange::Kind::removed, Text::changes_removed);
    } else {
        // Only what was dropped from the progress is left to show: either each
        // changed part was opened since, or there was no fingerprint to compare.
        wrapped(tr(s.changes.compared ? Text::changes_none : Text::changes_not_compared));
    }
    if (!s.progress.dropped.empty()) {
        section_label(s, tr(Text::changes_progress));
        wrapped(tr(Text::changes_progress_intro));
        for (const DroppedProgress& d : s.progress.dropped)
            bullet_wrapped(dropped_text(d));
    }
    ImGui::Spacing();
    ImGui::Spacing();
    if (button(tagged(tr(Text::changes_seen_button), "wijzigingen-gezien").c_str()))
        mark_changes_seen(s);
    wrapped_muted(tr(Text::changes_seen_hint));
    ImGui::EndChild();
}

// The notice above every view while something changed: the version, and the way to the list.
void draw_changes_notice(AppState& s) {
    if (!content_changes_pending(s) || s.route.kind == Route::Kind::changes) return;
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    const std::string text =
        s.changes.since.empty()
            ? std::string(tr(Text::changes_dropped_notice))
            : trf(Text::changes_notice, version_text(s.content.version), s.content.version.date);
    ImGui::PushFont(s.fonts.bold);
    wrapped(text);
    ImGui::PopFont();
    ImGui::PopStyleColor();
    same_line_if_room(ImGui::CalcTextSize(tr(Text::changes_link)).x, 12.0f * s.scale());
    route_link(s, tr(Text::changes_link), Route{Route::Kind::changes, {}, {}, {}, {}},
               "naar-wijzigingen");
}

} // namespace pw::ui
