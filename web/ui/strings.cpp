#include "ui/strings.hpp"

#include "ui/string_entry.hpp"
#include "ui/strings_assistant.hpp"
#include "ui/strings_changes.hpp"
#include "ui/strings_editor.hpp"
#include "ui/strings_guide.hpp"
#include "ui/strings_places.hpp"
#include "ui/strings_training.hpp"

#include <array>
#include <cstddef>

namespace pw::ui {
namespace {

using strings::Entry;

template <std::size_t N, std::size_t M>
constexpr void append(std::array<Entry, M>& out, std::size_t& at,
                      const std::array<Entry, N>& part) {
    for (const Entry& e : part)
        out[at++] = e;
}

// The parts one after another, as the enum lists them.
template <std::size_t... N> constexpr auto join(const std::array<Entry, N>&... parts) {
    std::array<Entry, (N + ...)> out{};
    std::size_t at = 0;
    (append(out, at, parts), ...);
    return out;
}

constexpr auto kTable =
    join(strings::kGuideStrings, strings::kTrainingStrings, strings::kPlacesStrings,
         strings::kAssistantStrings, strings::kChangesStrings, strings::kEditorStrings);

constexpr bool table_in_order() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (static_cast<std::size_t>(kTable[i].id) != i) return false;
    return kTable.size() == static_cast<std::size_t>(Text::count_);
}
static_assert(table_in_order(), "every Text has exactly one entry, in enum order");

Language g_language = Language::nl;

} // namespace

const std::string& group_title(const OnboardingItem& item) {
    return language() == Language::en && !item.group_en.empty() ? item.group_en : item.group;
}

void set_language(Language l) {
    g_language = l;
}
Language language() {
    return g_language;
}

const char* tr(Text text) {
    const Entry& e = kTable[static_cast<std::size_t>(text)];
    return g_language == Language::nl ? e.nl : e.en;
}

std::string field_name(const std::string& dutch) {
    if (g_language == Language::nl) return dutch;
    for (const strings::FieldName& f : strings::kFieldNames)
        if (dutch == f.nl) return f.en;
    return dutch;
}

std::string trf(Text text, const std::string& a, const std::string& b) {
    std::string s = tr(text);
    if (auto p = s.find("%1"); p != std::string::npos) s.replace(p, 2, a);
    if (auto p = s.find("%2"); p != std::string::npos) s.replace(p, 2, b);
    return s;
}

} // namespace pw::ui
