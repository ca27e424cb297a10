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
    int term = -1;          // index in the glossary
};

// Splits text into plain runs and glossary-term words.
std::vector<Piece> pieces(const AppState& s, std::string_view text) {
    std::vector<Piece> out;
    std::size_t at = 0;
    const auto& glossary = s.content.model.glossary;
    for (const TextSpan& w : words(text)) {
        auto it = s.glossary_lookup.find(std::string(w.text(text)));
        if (it == s.glossary_lookup.end()) continue;
        const GlossaryTerm* t = find_by_id(glossary, it->second);
        if (!t) continue;
        if (w.begin > at) out.push_back({at, w.begin});
        out.push_back({w.begin, w.begin + w.length, static_cast<int>(t - glossary.data())});
        at = w.begin + w.length;
    }
    if (at < text.size()) out.push_back({at, text.size()});
    return out;
}

// Places the text word by word, wrapping at `wrap`; plain words that follow
// each other on a line become one run.
ParagraphLayout lay_out(const AppState& s, std::string_view text, const ImFont* font, float size,
                        float wrap) {
    ParagraphLayout out{font, size, wrap, {}, 0, 0};
    const float space = font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
    float x = 0, y = 0;
    bool extends = false; // the next plain word may join the last run
    auto place_piece = [&](std::size_t begin, std::size_t end, int term) {
        std::size_t i = begin;
        while (i < end) {
            if (text[i] == ' ' || text[i] == '\n') {
                if (text[i] == '\n') {
                    x = 0;
                    y += size;
                    extends = false;
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
            const float w = font->CalcTextSizeA(size, FLT_MAX, 0.0f, w0, text.data() + j).x;
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
                extends = false;
            }
            if (term < 0 && extends) {
                PlacedRun& last = out.runs.back();
                last.end = static_cast<std::uint32_t>(j);
                last.width = x + w - last.x;
            } else {
                out.runs.push_back(PlacedRun{static_cast<std::uint32_t>(i),
                                             static_cast<std::uint32_t>(j), x, y, w, term});
            }
            extends = term < 0;
            x += w;
            out.widest = std::max(out.widest, x);
            i = j;
        }
    };
    for (const Piece& p : pieces(s, text))
        place_piece(p.begin, p.end, p.term);
    out.height = y + size;
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

// An explained abbreviation: a control with a dotted underline.
void draw_term(AppState& s, std::string_view text, const PlacedRun& run, const GlossaryTerm& term,
               ImVec2 at, float size, ImU32 colour) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImGui::SetCursorScreenPos(at);
    ImGui::PushID(static_cast<int>(run.begin));
    ImGui::PushID(text.data() + run.begin);
    const bool pressed = ImGui::InvisibleButton("abbr", ImVec2(run.width, size));
    a11y_hide_last(); // the paragraph is read as a whole; the glossary explains
    focus_ring(s);
    const bool hovered = ImGui::IsItemHovered();
    const ImGuiID id = ImGui::GetItemID();
    const bool on_word = (hovered && !s.pointer_resting) || ImGui::IsItemFocused();
    const bool kept = s.explanation.previous == id && pointer_on(s.explanation.shown);
    if (!on_word && !kept) {
        if (s.explanation.dismissed == id) s.explanation.dismissed = 0;
    } else if (s.explanation.dismissed != id) {
        explain(s, term, id);
    }
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (pressed) navigate(s, Route{Route::Kind::term, {}, {}, term.id, {}});
    ImGui::PopID();
    ImGui::PopID();
    // Dotted underline: the usual mark for an explained abbreviation.
    const float uy = at.y + size - 1.0f;
    for (float dx = 0; dx < run.width; dx += 4.0f * s.dpr)
        dl->AddLine(ImVec2(at.x + dx, uy),
                    ImVec2(at.x + std::min(run.width, dx + 2.0f * s.dpr), uy), colour,
                    std::max(1.0f, s.dpr));
}

} // namespace

void build_glossary_lookup(AppState& s) {
    s.glossary_lookup.clear();
    s.paragraph_layouts.clear(); // their explained words with it
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
    const ParagraphLayout* layout = s.paragraph_layouts.find(text, font, size, wrap);
    if (!layout) layout = &s.paragraph_layouts.keep(text, lay_out(s, text, font, size, wrap));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const auto& glossary = s.content.model.glossary;
    for (const PlacedRun& run : layout->runs) {
        const ImVec2 at(start.x + run.x, start.y + run.y);
        if (run.term >= 0 && static_cast<std::size_t>(run.term) < glossary.size())
            draw_term(s, text, run, glossary[static_cast<std::size_t>(run.term)], at, size, colour);
        dl->AddText(font, size, at, colour, text.data() + run.begin, text.data() + run.end);
    }
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(std::max(layout->widest, 1.0f), layout->height));
}

} // namespace pw::ui
