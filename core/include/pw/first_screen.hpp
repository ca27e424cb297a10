// What the home screen draws, and no more: the model the app starts from
// before the rest of the content is in (content_pack.hpp). The home screen
// names the case types and their examples, the path's cards and roles, the
// place the user was last (any place), and explains abbreviations in its
// text; every other place waits for the whole model. Kept as small as the
// home screen allows: the first visit fetches it before the app is usable
// (issue 20).
#pragma once

#include "pw/model.hpp"

namespace pw {

// The same model with only what the home screen reads: the content's files
// and its path (onboarding) whole; every place by id and title (case types
// with their steps and examples, roles, organisations, systems, channels,
// data items, rules, glossary terms, cards, exercises); the glossary's
// abbreviations with their explanation; the assistant's questions by id (the
// home screen offers "Wat nu?" when there are any). Everything else is left
// empty.
Model first_screen_model(const Model& whole);

} // namespace pw
