// The exercises the trainer wrote, as the app keeps them: read from the
// browser's storage once the content is there to read them against, put into
// the model when they can be played (so the exercise views play them as they
// play the shipped ones), saved after the frame, imported from a file.
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>

namespace pw::ui {

// Reads what storage held (AppState::library.stored) once the content is
// ready; what cannot be read is reported and kept under a key of its own.
void read_library(AppState& state);

// Puts every draft without errors into the model (and takes out those that
// no longer qualify); called after any change to the library.
void refresh_playable(AppState& state);

const Scenario* find_draft(const AppState& state, std::string_view id);
// Adds or replaces the draft stored as `previous_id` (its id may have changed).
void keep_draft(AppState& state, const Scenario& draft, std::string_view previous_id);
void remove_draft(AppState& state, std::string_view id);
// An id no shipped exercise and no other draft has: `base`, `base-2`, ...
std::string free_exercise_id(const AppState& state, const std::string& base,
                             std::string_view except = {});

// A file the user chose: read as an exercise, given a free id if its own is
// taken, and kept. Returns the id it is kept under, or "" (the reason told).
std::string import_exercise(AppState& state, const std::string& name, const std::string& text);

// Asks for the library to be saved when it changed (after the frame).
void save_library_if_dirty(AppState& state);

} // namespace pw::ui
