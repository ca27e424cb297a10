// The form of one decision of the exercise being written: its situation, and
// per question the choices with the protocol's verdict on each (filled in by
// the core, not editable), their texts, feedback and where each leads.
#pragma once

#include "ui/app_state.hpp"
#include "ui/editor_state.hpp"

namespace pw::ui {

void draw_decision_form(AppState& state, EditorState& editor, std::size_t index);

// "actie", "ontvangers" ... in the UI language.
const char* kind_text(QuestionKind kind);

// Decisions and endings of the draft as (id, name) for a "leads to" picker.
std::vector<std::pair<std::string, std::string>> targets(const Scenario& draft);

} // namespace pw::ui
