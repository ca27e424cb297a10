// When to draw. While the user does something, and for a second after, every
// animation frame is drawn; when nothing happens, a few frames a second, which
// is enough for a blinking caret and the app's own timers (the draft saved
// 0.5 s after the last edit, the editor's check 0.3 s after the last key).
// An idle page then costs a sixth of the CPU it took drawing 60 frames a second.
#pragma once

#include "platform_only.hpp"

namespace pw::platform {

// Every input the page receives (pointer, wheel, keys, text, focus — also in
// the screen-reader mirror —, resize, hash change) counts as activity.
void install_activity_listeners();
// Activity the listeners do not see: a fetched file, an HTTP response.
void note_activity();
// Whether the animation frame at `now_ms` is drawn. `busy`: the platform has
// work of its own in flight (a mirror click, text waiting for its field).
bool frame_due(double now_ms, bool busy);
// Whether this frame must be drawn even if its picture is unchanged: the page
// was hidden and shown again, or the benchmark measures drawn frames
// (protocolwijzer.drawEveryFrame). Asks once per request.
bool repaint_requested();

} // namespace pw::platform
