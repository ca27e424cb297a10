#include "ui/diagnostics_view.hpp"

#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

namespace pw::ui {

void draw_diagnostics(AppState& s) {
    ImGui::BeginChild("diagnostics", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::content_failed_title));
    if (s.status == ContentStatus::fetch_failed) {
        wrapped(tr(Text::content_failed_fetch));
    } else {
        wrapped(tr(Text::content_failed_intro));
        ImGui::Spacing();
        wrapped_muted(std::to_string(s.content.diagnostics.size()) + " " +
                      tr(Text::diagnostics_count));
    }
    ImGui::Spacing();
    for (std::size_t i = 0; i < s.content.diagnostics.size(); ++i) {
        const Diagnostic& d = s.content.diagnostics[i];
        ImGui::PushID(static_cast<int>(i));
        const bool error = d.severity == Severity::error;
        std::string where = d.file;
        if (d.line > 0) where += ":" + std::to_string(d.line);
        badge(s, where, error ? colours().error_bg : colours().warning_bg,
              error ? colours().error_text : colours().warning_text);
        wrapped(d.message);
        if (!d.pointer.empty()) wrapped_muted(d.pointer);
        ImGui::Separator();
        ImGui::PopID();
    }
    ImGui::EndChild();
}

} // namespace pw::ui
