#include "ui/editor_fields.hpp"

#include "ui/a11y.hpp"
#include "ui/editor_actions.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

// ImGui edits a char buffer: the string grows as the text does.
int grow_string(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* text = static_cast<std::string*>(data->UserData);
        text->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = text->data();
    }
    return 0;
}

} // namespace

void after_field(EditorState& e, AppState& s, FieldEdit edit) {
    if (edit == FieldEdit::typing) working_changed(e, s);
    if (edit == FieldEdit::done) commit_working(e, s);
}

void field_findings(const EditorState& e, const std::string& field, bool prefix) {
    for (const DraftFinding* f : findings_at(e, field, prefix)) {
        const bool error = f->severity == Severity::error;
        ImGui::PushStyleColor(ImGuiCol_Text, error ? colours().error_text : colours().text_muted);
        wrapped(std::string(error ? "✗ " : "• ") + f->message);
        ImGui::PopStyleColor();
    }
}

FieldEdit text_field(AppState& s, const EditorState& e, const char* label, const std::string& field,
                     std::string& value, int lines) {
    line(label);
    const std::string id = "##" + field;
    const ImGuiInputTextFlags flags = ImGuiInputTextFlags_CallbackResize;
    bool changed = false;
    ImGui::SetNextItemWidth(-1.0f);
    if (lines > 1)
        changed = ImGui::InputTextMultiline(
            id.c_str(), value.data(), value.capacity() + 1,
            ImVec2(-1.0f, ImGui::GetTextLineHeight() * static_cast<float>(lines) +
                              ImGui::GetStyle().FramePadding.y * 2),
            flags, grow_string, &value);
    else
        changed = ImGui::InputText(id.c_str(), value.data(), value.capacity() + 1, flags,
                                   grow_string, &value);
    const bool done = ImGui::IsItemDeactivatedAfterEdit();
    a11y_item(A11yRole::textbox, label);
    a11y_value(value);
    focus_ring(s);
    field_findings(e, field);
    return done ? FieldEdit::done : changed ? FieldEdit::typing : FieldEdit::none;
}

bool id_picker(const char* label, const std::string& tag, std::string& value,
               const std::vector<std::pair<std::string, std::string>>& options, const char* none,
               float width) {
    std::string current = none ? none : "";
    for (const auto& [id, name] : options)
        if (id == value) current = name;
    if (value.size() && current == (none ? none : "")) current = value; // an unknown id, shown
    ImGui::SetNextItemWidth(std::min(width, ImGui::GetContentRegionAvail().x));
    const std::string before = value;
    const bool open =
        ImGui::BeginCombo(("##" + tag).c_str(), current.c_str(), ImGuiComboFlags_HeightLarge);
    if (open) {
        if (none && ImGui::Selectable(tagged(none, tag + ":").c_str(), value.empty()))
            value.clear();
        for (const auto& [id, name] : options)
            if (ImGui::Selectable(tagged(name, tag + ":" + id).c_str(), value == id)) value = id;
        ImGui::EndCombo();
    }
    a11y_item(A11yRole::combobox, std::string(label) + ": " + current, false, tag);
    a11y_state(open);
    return value != before;
}

} // namespace pw::ui
