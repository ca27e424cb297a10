// One text of the UI in both languages; the table is split per part of the
// app (strings_*.hpp) and joined in strings.cpp.
#pragma once

#include "ui/strings.hpp"

namespace pw::ui::strings {

struct Entry {
    Text id = Text::count_;
    const char* nl = "";
    const char* en = "";
};

} // namespace pw::ui::strings
