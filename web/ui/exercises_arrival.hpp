// The shipped exercises come after the first screen (content_pack.hpp): the
// App asks for them once that screen is drawn, or at once when the address
// names a place that needs them. Until they are in, the training view says
// they are coming, such a place waits on a loading screen, and the progress
// is not carried over (it would drop every exercise's results).
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Places that cannot be shown without the content's exercises: an exercise,
// its trainer's screen, the editor (the trainer's own exercises are read
// beside the content's), what changed, a class joined by its code.
bool needs_exercises(const Route& route);

// The content's exercises are still on their way: not in, and not failed.
bool exercises_coming(const AppState& s);

// Asks the platform for the exercises, once.
void request_exercises(AppState& s);

// The answer to the request. The exercises go into the model; a refused
// exercises.pack is asked for again from content.json; when neither serves,
// the reason is kept and told. Returns true when the wait is over, either way.
bool take_exercises(AppState& s, const ExercisesArrived& arrived);

} // namespace pw::ui
