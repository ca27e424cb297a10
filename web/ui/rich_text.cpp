#include "ui/rich_text.hpp"

#include "pw/abbreviations.hpp"
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui_internal.h>

#include <cfloat>
#include <vector>

namespace pw::ui {
namespace {

struct Piece {
    std::size_t begin, end; // bytes in the text
    const GlossaryTerm* term = nullptr;
};

// Splits text into plain runs and glossary-term words.
std::vector<Piece> pieces(const AppState& s, std::string_view text) {
    std::vector<Piece> out;
    std::size_t at = 0;
    for (const TextSpan& w : words(text)) {
        auto it = s.glossary_lookup.find(std::string(w.text(text)));
        if (it == s.glossary_lookup.end()) continue;
        const GlossaryTerm* t = find_by_id(s.content.model.glossary, it->second);
        if (!t) continue;
        if (w.begin > at) out.push_back({at, w.begin, nullptr});
        out.push_back({w.begin, w.begin + w.length, t});
        at = w.begin + w.length;
    }
    if (at < text.size()) out.push_back({at, text.size(), nullptr});
    return out;
}

// Whether the pointer is on the explanation drawn last frame.
bool pointer_on(const Rect& r) {
    const ImVec2 m = ImGui::GetIO().MousePos;
    return m.x >= r.x && m.x < r.x + r.w && m.y >= r.y && m.y < r.y + r.h;
}

void explain(AppState& s, const GlossaryTerm& t, ImGuiID word) {
    // Right below the word, touching it: the pointer can move onto it and it stays.
    ImGui::SetNextWindowPos(ImVec2(ImGui::GetItemRectMin().x, ImGui::GetItemRectMax().y));
    ImGui::BeginTooltip();
    s.explanation.item = word;
    const ImVec2 at = ImGui::GetWindowPos(), size = ImGui::GetWindowSize();
    s.explanation.shown = Rect{at.x, at.y, size.x, size.y};
    ImGui::PushTextWrapPos(380.0f * s.scale());
    ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted((t.expansion.empty() ? t.term : t.term + " — " + t.expansion).c_str());
    ImGui::PopFont();
    ImGui::TextUnformatted(t.definition.c_str());
    ImGui::PushStyleColor(ImGuiCol_Text, colours().text_muted);
    ImGui::TextUnformatted(tr(Text::open_in_glossary));
    ImGui::PopStyleColor();
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

} // namespace

void build_glossary_lookup(AppState& s) {
    s.glossary_lookup.clear();
    for (const GlossaryTerm& t : s.content.model.glossary) {
        if (t.expansion.empty()) continue; // only abbreviations are explained inline
        s.glossary_lookup.emplace(t.term, t.id);
        for (const auto& a : t.aliases)
            if (a.size() >= 2) s.glossary_lookup.emplace(a, t.id);
    }
}

void rich_text(AppState& s, std::string_view text, ImU32 colour) {
    if (colour == 0) colour = colours().text;
    ImFont* font = ImGui::GetFont();
    const float size = ImGui::GetFontSize();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float wrap = std::max(40.0f, ImGui::GetContentRegionAvail().x);
    const float space = font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = 0, y = 0, widest = 0;

    // Lays out one run of text word by word, wrapping at the panel edge.
    auto draw_run = [&](std::size_t begin, std::size_t end, const GlossaryTerm* term) {
        std::size_t i = begin;
        while (i < end) {
            if (text[i] == ' ' || text[i] == '\n') {
                if (text[i] == '\n') {
                    x = 0;
                    y += size;
                } else if (x > 0) {
                    x += space;
                }
                ++i;
                continue;
            }
            std::size_t j = i;
            while (j < end && text[j] != ' ' && text[j] != '\n')
                ++j;
            const char* w0 = text.data() + i;
            const char* w1 = text.data() + j;
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, w0, w1).x;
            // A word glued to the previous piece ("(IND)") stays on its line;
            // whether to wrap is decided on the whole word, glued pieces
            // included ("NAW-gegevens,"), so it never runs past the edge.
            const bool glued = i == begin && begin > 0 && text[begin - 1] != ' ';
            std::size_t whole = j;
            while (whole < text.size() && text[whole] != ' ' && text[whole] != '\n')
                ++whole;
            const float whole_w =
                whole == j ? w
                           : font->CalcTextSizeA(size, FLT_MAX, 0.0f, w0, text.data() + whole).x;
            if (x > 0 && x + whole_w > wrap && !glued) {
                x = 0;
                y += size;
            }
            const ImVec2 at(start.x + x, start.y + y);
            if (term) {
                ImGui::SetCursorScreenPos(at);
                ImGui::PushID(static_cast<int>(i));
                ImGui::PushID(w0);
                const bool pressed = ImGui::InvisibleButton("abbr", ImVec2(w, size));
                a11y_hide_last(); // the paragraph is read as a whole; the glossary explains
                focus_ring(s);
                const bool hovered = ImGui::IsItemHovered();
                const ImGuiID id = ImGui::GetItemID();
                const bool on_word = (hovered && !s.pointer_resting) || ImGui::IsItemFocused();
                const bool kept = s.explanation.previous == id && pointer_on(s.explanation.shown);
                if (!on_word && !kept) {
                    if (s.explanation.dismissed == id) s.explanation.dismissed = 0;
                } else if (s.explanation.dismissed != id) {
                    explain(s, *term, id);
                }
                if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
                if (pressed) navigate(s, Route{Route::Kind::term, {}, {}, term->id, {}});
                ImGui::PopID();
                ImGui::PopID();
                dl->AddText(font, size, at, colour, w0, w1);
                // Dotted underline: the usual mark for an explained abbreviation.
                const float uy = at.y + size - 1.0f;
                for (float dx = 0; dx < w; dx += 4.0f * s.dpr)
                    dl->AddLine(ImVec2(at.x + dx, uy),
                                ImVec2(at.x + std::min(w, dx + 2.0f * s.dpr), uy), colour,
                                std::max(1.0f, s.dpr));
            } else {
                dl->AddText(font, size, at, colour, w0, w1);
            }
            x += w;
            widest = std::max(widest, x);
            i = j;
        }
    };
    for (const Piece& p : pieces(s, text))
        draw_run(p.begin, p.end, p.term);
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(std::max(widest, 1.0f), y + size));
}

} // namespace pw::ui
