#include "ui/search_view.hpp"

#include "pw/routes.hpp"
#include "pw/search_answer.hpp"
#include "pw/text_fold.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/search_answer_card.hpp"
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

// One hit: its title with the matched words marked, what it is and where it
// belongs ("Stap · Kinderbeschermingsmaatregel"), and a snippet. One control.
// The marks and the snippet are described when the row first comes on screen;
// until then the row keeps the room of a two-line snippet.
void hit_row(AppState& s, const SearchResults& hits, std::vector<std::optional<HitDetails>>& rows,
             std::size_t i, int n, float width) {
    const SearchHit& h = hits[i];
    const SearchDocument& d = s.search_index().documents()[h.document];
    ImGui::PushID(n);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float snippet_room = 2.0f * s.fonts.body->FontSize;
    rows.resize(hits.size());
    std::optional<HitDetails>& row = rows[i];
    if (!row && ImGui::IsRectVisible(top, ImVec2(top.x + width, top.y + 2.0f * snippet_room)))
        row = s.search_index().describe(hits, i);
    static const std::vector<TextSpan> kNoMarks;
    ImGui::BeginGroup();
    highlighted_text(s, s.fonts.bold, d.title, row ? row->title_matches : kNoMarks,
                     colours().accent);
    ImGui::PushFont(s.fonts.small);
    const std::string where =
        std::string(search_kind_name(d.kind)) + (d.context.empty() ? "" : " · " + d.context);
    ImGui::TextDisabled("%s", where.c_str());
    ImGui::PopFont();
    if (!row)
        ImGui::Dummy(ImVec2(width, snippet_room));
    else if (!row->snippet.empty())
        highlighted_text(s, s.fonts.body, row->snippet, row->snippet_matches, colours().text);
    ImGui::EndGroup();
    // The whole hit is one control: click or Enter opens it.
    const ImVec2 bottom = ImGui::GetItemRectMax();
    ImGui::SetCursorScreenPos(top);
    if (ImGui::InvisibleButton("hit", ImVec2(width, bottom.y - top.y))) navigate(s, d.route);
    a11y_item(A11yRole::link, d.title + " (" + where + ")", false, "treffer:" + std::to_string(n));
    focus_ring(s);
    if (ImGui::IsItemHovered()) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::GetWindowDrawList()->AddRect(top, ImVec2(top.x + width, bottom.y), colours().accent,
                                            4.0f * s.scale());
    }
    ImGui::Spacing();
    ImGui::PopID();
}

// The "Wat nu?" assistant for a question that found nothing: a case is often
// easier to describe in its interview than in search words.
bool offer_assistant(AppState& s, const std::string& /*query*/) {
    if (s.content.model.assistant.questions.empty()) return false;
    ImGui::Spacing();
    if (link_button(s, tr(Text::assistant_ask), "zoek-wat-nu"))
        navigate(s, Route{Route::Kind::assistant, {}, {}, {}, {}});
    return true;
}

// Nothing found: never just "0 results". The closest words, what they find,
// the glossary, and the assistant.
void nothing_found(AppState& s, SearchViewState& view, float width) {
    const std::string& query = s.route.query;
    wrapped(trf(Text::search_none, query));
    if (!view.closest_words.empty()) {
        ImGui::Spacing();
        line(tr(Text::did_you_mean));
        for (std::size_t i = 0; i < view.closest_words.size(); ++i) {
            ImGui::SameLine();
            const std::string& word = view.closest_words[i];
            if (link_button(s, word, ("bedoelde:" + std::to_string(i)).c_str()))
                navigate_replace(s, Route{Route::Kind::search, {}, {}, {}, word});
        }
        if (!view.closest.empty()) {
            section_label(s, tr(Text::closest_matches));
            for (std::size_t i = 0; i < view.closest.size(); ++i)
                hit_row(s, view.closest, view.closest_rows, i, static_cast<int>(i), width);
        }
    }
    offer_assistant(s, query);
    // The glossary, A to Z, as links: the words the guide uses.
    section_label(s, tr(Text::glossary_browse));
    std::vector<const GlossaryTerm*> terms;
    for (const GlossaryTerm& t : s.content.model.glossary)
        terms.push_back(&t);
    std::sort(terms.begin(), terms.end(), [](const GlossaryTerm* a, const GlossaryTerm* b) {
        return fold(a->term) < fold(b->term);
    });
    const float right = ImGui::GetCursorScreenPos().x + width;
    for (std::size_t i = 0; i < terms.size(); ++i) {
        const float w = ImGui::CalcTextSize(terms[i]->term.c_str()).x;
        if (i > 0) {
            ImGui::SameLine(0, ImGui::GetFontSize());
            if (ImGui::GetCursorScreenPos().x + w > right) ImGui::NewLine();
        }
        route_link(s, terms[i]->term, Route{Route::Kind::term, {}, {}, terms[i]->id, {}},
                   "woordenlijst:" + std::to_string(i));
    }
}

// The ids a route names (its case type, step, example, entity or query), or
// the whole text when it is not a route at all.
std::string place_words(const std::string& hash) {
    const std::optional<Route> route = parse_route(hash);
    if (!route) return percent_decode(hash);
    return route->case_type + " " + route->step + " " + route->id + " " + route->query;
}

// The hits of the query, found once per query; when nothing is found, the
// closest words and what they find.
void find_hits(AppState& s, SearchViewState& view) {
    const std::string& query = s.route.query;
    if (view.hits_for == query && view.hits_generation == s.search_generation) return;
    view.hits_for = query;
    view.hits_generation = s.search_generation;
    view.hits = s.search_index().search(query, 40);
    view.rows.clear();
    view.closest_words.clear();
    view.closest = {};
    view.closest_rows.clear();
    if (!view.hits.empty() || query.find_first_not_of(' ') == std::string::npos) return;
    view.closest_words = s.search_index().closest_words(query);
    std::string joined;
    for (const auto& w : view.closest_words)
        joined += (joined.empty() ? "" : " ") + w;
    if (!joined.empty()) view.closest = s.search_index().search(joined, 5);
}

} // namespace

const SearchHit* answered_hit(const SearchViewState& view) {
    return SearchIndex::clear_winner(view.hits.hits) ? &view.hits.front() : nullptr;
}

std::vector<const SearchHit*> displayed_hits(const SearchViewState& view) {
    std::vector<const SearchHit*> out;
    for (const SearchHit& h : view.hits.empty() ? view.closest : view.hits)
        out.push_back(&h);
    return out;
}

void draw_search_results(AppState& s, SearchViewState& view) {
    find_hits(s, view);
    ImGui::BeginChild("search", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    const float width = std::min(ImGui::GetContentRegionAvail().x, 1000.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() +
                         (ImGui::GetContentRegionAvail().x - width) * 0.5f);
    ImGui::BeginChild("results", ImVec2(width, 0), false, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::search_results));
    if (s.route.query.find_first_not_of(' ') == std::string::npos) {
        wrapped(tr(Text::search_empty));
    } else if (view.hits.empty()) {
        nothing_found(s, view, width);
    } else {
        // One hit clearly wins: its answer on top, the rest below, best first.
        std::size_t first = 0;
        if (const SearchHit* best = answered_hit(view)) {
            const SearchDocument& doc = s.search_index().documents()[best->document];
            draw_answer_card(s, answer_for(s.content.model, doc));
            section_label(s, tr(Text::more_places));
            first = 1;
        }
        for (std::size_t i = first; i < view.hits.size(); ++i)
            hit_row(s, view.hits, view.rows, i, static_cast<int>(i), width);
    }
    ImGui::EndChild();
    ImGui::EndChild();
}

namespace {

// "kb-maatregel meldng" -> kb, maatregel, meldng.
std::vector<std::string> split_route_words(const std::string& route) {
    std::vector<std::string> words(1);
    for (char c : route)
        if (c == '/' || c == '-' || c == '#' || c == ' ') {
            if (!words.back().empty()) words.emplace_back();
        } else {
            words.back() += c;
        }
    if (words.back().empty()) words.pop_back();
    return words;
}

} // namespace

void draw_not_found(AppState& s) {
    ImGui::BeginChild("not-found", ImVec2(0, 0), true, ImGuiWindowFlags_NavFlattened);
    heading(s, tr(Text::not_found_title));
    wrapped(trf(Text::not_found_text, s.not_found));
    // The nearest places, found by the names in the route, not its own keywords
    // that every place shares. The last name is the most specific ("stap/meldng"
    // -> "meldng"), so its hits come first, then those for all its names.
    // (An exercise may mention the word more often than the step it misspells.)
    std::vector<std::string> parts;
    for (const std::string& w : split_route_words(place_words(s.not_found)))
        if (w.size() >= 3) parts.push_back(w);
    std::vector<SearchHit> best;
    const auto add_hits = [&](const std::string& query) {
        for (const SearchHit& h : s.search_index().search(query, 8))
            if (best.size() < 8 && std::none_of(best.begin(), best.end(), [&](const SearchHit& b) {
                    return b.document == h.document;
                }))
                best.push_back(h);
    };
    if (!parts.empty()) add_hits(parts.back());
    std::string all;
    for (const std::string& w : parts)
        all += (all.empty() ? "" : " ") + w;
    if (parts.size() > 1) add_hits(all);
    // A well-formed route to a step that does not exist: its process's places first.
    if (const auto wrong = parse_route(s.not_found); wrong && !wrong->case_type.empty())
        std::stable_partition(best.begin(), best.end(), [&](const SearchHit& h) {
            return s.search_index().documents()[h.document].route.case_type == wrong->case_type;
        });
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
