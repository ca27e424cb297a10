// The shipped content comes in two parts (content_pack.hpp): the app starts
// from what its home screen draws and asks for the rest (the whole model)
// once that screen is drawn, or at once when the address names another
// place. Until the rest is in, every other place waits on a loading screen,
// and the progress is not carried over (it would drop every place and every
// exercise's results the first part does not name).
#pragma once

#include "ui/app_state.hpp"

namespace pw::ui {

// Places that cannot be shown without the rest of the content: all but the
// home screen.
bool needs_rest(const Route& route);

// The rest of the content is still on its way: not in, and not failed.
bool rest_coming(const AppState& s);

// Whether `route` must wait for the rest, or cannot be shown since it failed.
bool waits_for_rest(const AppState& s, const Route& route);

// Asks the platform for the rest, once.
void request_rest(AppState& s);

// The answer to the request. The whole model replaces the first screen's; a
// refused rest.pack is asked for again from content.json; when neither
// serves, the reason is kept and told. Returns true when the wait is over,
// either way.
bool take_rest(AppState& s, const RestArrived& arrived);

} // namespace pw::ui
