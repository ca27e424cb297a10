#include "ui/search_view.hpp"

#include "pw/routes.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <optional>

namespace pw::ui {
namespace {

// Text with marked spans drawn on a highlight, wrapped; returns nothing.
void highlighted_text(const AppState& s, ImFont* font, const std::string& text,
                      const std::vector<TextSpan>& spans, ImU32 colour) {
    const float size = font->FontSize;
    const float wrap = ImGui::GetContentRegionAvail().x;
    const ImVec2 start = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = 0, y = 0;
    std::size_t i = 0;
    auto in_span = [&spans](std::size_t at) {
        for (const auto& sp : spans)
            if (at >= sp.begin && at < sp.begin + sp.length) return true;
        return false;
    };
    while (i < text.size()) {
        std::size_t j = i;
        while (j < text.size() && text[j] != ' ')
            ++j;
        const float w =
            font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + i, text.data() + j).x;
        if (x > 0 && x + w > wrap) {
            x = 0;
            y += size;
        }
        // Draw the word in pieces so a match inside it ("gezags[beëindiging]") is marked exactly.
        std::size_t k = i;
        float px = x;
        while (k < j) {
            const bool mark = in_span(k);
            std::size_t e = k;
            while (e < j && in_span(e) == mark)
                ++e;
            const float pw =
                font->CalcTextSizeA(size, FLT_MAX, 0.0f, text.data() + k, text.data() + e).x;
            const ImVec2 at(start.x + px, start.y + y);
            if (mark)
                dl->AddRectFilled(at, ImVec2(at.x + pw, at.y + size), colours().highlight_bg,
                                  2.0f * s.dpr);
            dl->AddText(font, size, at, colour, text.data() + k, text.data() + e);
            px += pw;
            k = e;
        }
        x += w;
        i = j;
        if (i < text.size()) {
            x += font->CalcTextSizeA(size, FLT_MAX, 0.0f, " ").x;
            ++i;
        }
    }
    ImGui::Dummy(ImVec2(wrap, y + size));
}

// One hit: the title and the words matched, where it is, a snippet; the whole
// hit is one control (click or Enter opens it).
void draw_hit(AppState& s, const SearchHit& h, int n, float width) {
    const SearchDocument& d = s.search_index().documents()[h.document];
    ImGui::PushID(n);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    ImGui::BeginGroup();
    highlighted_text(s, s.fonts.bold, d.title, h.title_matches, colours().accent);
    if (!d.context.empty()) {
        ImGui::PushFont(s.fonts.small);
        ImGui::TextDisabled("%s · %s", d.context.c_str(), format_route(d.route).c_str());
        ImGui::PopFont();
    }
    highlighted_text(s, s.fonts.body, h.snippet, h.snippet_matches, colours().text);
    ImGui::EndGroup();
    const ImVec2 bottom = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton("hit", ImVec2(width, bottom.y - top.y))) navigate(s, d.route);
    a11y_item(A11yRole::link, d.title + (d.context.empty() ? "" : " (" + d.context + ")"), false,
              "treffer:" + std::to_string(n));
    focus_ring(s);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::GetWindowDrawList()->AddRect(top, ImVec2(top.x + width, bottom.y), colours().accent,
                                            4.0f * s.scale());
    }
    ImGui::Spacing();
    ImGui::PopID();
}

} // namespace

std::vector<const SearchHit*> displayed_hits(const SearchIndex& index,
                                             const SearchViewState& view) {
    // Groups in the order of their best hit.
    std::vector<SearchKind> order;
    for (const SearchHit& h : view.hits) {
        const SearchKind k = index.documents()[h.document].kind;
        if (std::find(order.begin(), order.end(), k) == order.end()) order.push_back(k);
    }
    std::vector<const SearchHit*> out;
    for (const SearchKind kind : order)
        for (const SearchHit& h : view.hits)
            if (index.documents()[h.document].kind == kind) out.push_back(&h);
    return out;
}

void draw_search_results(AppState& s, SearchViewState& view) {
    const std::string& query = s.route.query;
    if (view.hits_for != query) {
        view.hits = s.search_index().search(query, 60);
        view.hits_for = query;
    }
    ImGui::BeginChild("search", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    const float width = std::min(ImGui::GetContentRegionAvail().x, 1000.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    ImGui::BeginChild("results", ImVec2(width, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::search_results));
    if (query.find_first_not_of(' ') == std::string::npos) {
        wrapped(tr(Text::search_empty));
    } else if (view.hits.empty()) {
        wrapped(trf(Text::search_none, query));
    } else {
        const std::vector<SearchDocument>& documents = s.search_index().documents();
        int n = 0;
        std::optional<SearchKind> group;
        for (const SearchHit* h : displayed_hits(s.search_index(), view)) {
            const SearchKind kind = documents[h->document].kind;
            if (kind != group) {
                group = kind;
                const auto count = std::count_if(view.hits.begin(), view.hits.end(), [&](auto& x) {
                    return documents[x.document].kind == kind;
                });
                section_label(
                    s, (std::string(search_kind_label(kind)) + " (" + std::to_string(count) + ")")
                           .c_str());
            }
            draw_hit(s, *h, n++, width);
        }
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

void draw_not_found(AppState& s) {
    ImGui::BeginChild("not-found", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::not_found_title));
    wrapped(trf(Text::not_found_text, s.not_found));
    // The nearest places: search for the words in the route ("stap/meldng" -> "meldng").
    std::string words;
    for (char c : percent_decode(s.not_found))
        words += (c == '/' || c == '-' || c == '#') ? ' ' : c;
    const auto hits = s.search_index().search(
        words.substr(std::min(words.size(), words.find_first_not_of(' '))), 8);
    std::vector<SearchHit> best = hits;
    if (best.empty()) {
        // Try each word alone, most specific (last) first.
        std::vector<std::string> parts;
        std::size_t at = 0;
        while (at < words.size()) {
            const std::size_t e = words.find(' ', at);
            const std::string w =
                words.substr(at, e == std::string::npos ? std::string::npos : e - at);
            if (w.size() >= 3) parts.push_back(w);
            if (e == std::string::npos) break;
            at = e + 1;
        }
        for (auto it = parts.rbegin(); it != parts.rend() && best.empty(); ++it)
            best = s.search_index().search(*it, 8);
    }
    for (std::size_t i = 0; i < best.size(); ++i) {
        const SearchDocument& d = s.search_index().documents()[best[i].document];
        ImGui::Bullet();
        ImGui::SameLine();
        route_link(s, d.title + (d.context.empty() ? "" : " (" + d.context + ")"), d.route,
                   "suggestie:" + std::to_string(i));
    }
    ImGui::Spacing();
    route_link(s, tr(Text::to_home), Route{});
    ImGui::EndChild();
}

} // namespace pw::ui
