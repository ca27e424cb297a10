#include "ui/home_view.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

namespace pw::ui {
namespace {

struct JourneyCard {
    const char* id;
    const char* title;
    const char* text;
    std::string footer;
};

float card_padding(const AppState& s) {
    return 18.0f * s.scale();
}

// How tall a card must be to hold its wrapped title, text and footer.
float journey_height(const AppState& s, const JourneyCard& c, float width) {
    const float pad = card_padding(s);
    const float inner = width - 2 * pad;
    const ImFont* heading = s.fonts.heading;
    const ImFont* body = s.fonts.body;
    float h = pad + heading->CalcTextSizeA(heading->FontSize, FLT_MAX, inner, c.title).y +
              8 * s.scale() + body->CalcTextSizeA(body->FontSize, FLT_MAX, inner, c.text).y + pad;
    if (!c.footer.empty()) h += 8 * s.scale() + s.fonts.small->FontSize;
    return h;
}

// A large, clickable journey card; returns true when chosen. The title and
// the text wrap inside the card at every text size.
bool journey(AppState& s, const JourneyCard& c, float width, float height) {
    ImGui::PushID(c.id);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool pressed = ImGui::InvisibleButton("journey", ImVec2(width, height));
    // The footer (the path's progress, how many exercises) is heard too.
    a11y_item(A11yRole::link,
              std::string(c.title) + ": " + c.text + (c.footer.empty() ? "" : " " + c.footer + "."),
              false, std::string("reis:") + c.id);
    focus_ring(s);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + width, pos.y + height);
    dl->AddRectFilled(pos, end, hovered ? colours().accent_soft : colours().panel,
                      8.0f * s.scale());
    dl->AddRect(pos, end, colours().accent, 8.0f * s.scale(), 0,
                (hovered ? 3.0f : 1.5f) * s.scale());
    const float pad = card_padding(s);
    const float inner = width - 2 * pad;
    ImFont* heading = s.fonts.heading;
    dl->AddText(heading, heading->FontSize, ImVec2(pos.x + pad, pos.y + pad), colours().accent,
                c.title, nullptr, inner);
    const float title_h = heading->CalcTextSizeA(heading->FontSize, FLT_MAX, inner, c.title).y;
    dl->AddText(s.fonts.body, s.fonts.body->FontSize,
                ImVec2(pos.x + pad, pos.y + pad + title_h + 8 * s.scale()), colours().text, c.text,
                nullptr, inner);
    if (!c.footer.empty())
        dl->AddText(s.fonts.small, s.fonts.small->FontSize,
                    ImVec2(pos.x + pad, end.y - pad - s.fonts.small->FontSize),
                    colours().text_muted, c.footer.c_str());
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopID();
    return pressed;
}

// The three journeys: new here (the path), look something up, train. Side by
// side, or one under the other when a third of the width is too narrow.
void journeys(AppState& s, float width, const OnboardingItem* next, std::size_t done) {
    const Model& m = s.content.model;
    const float gap = ImGui::GetStyle().ItemSpacing.x * 2;
    const JourneyCard cards[3] = {
        {"nieuw", tr(Text::journey_new), tr(Text::journey_new_text),
         trf(Text::path_progress, std::to_string(done), std::to_string(s.onboarding.size()))},
        {"zoeken", tr(Text::journey_search), tr(Text::journey_search_text), {}},
        {"training", tr(Text::journey_training), tr(Text::journey_training_text),
         trf(Text::journey_training_list, std::to_string(m.scenarios.size()))}};
    const bool stacked = (width - 2 * gap) / 3.0f < 220.0f * s.scale();
    const float card_w = stacked ? width : (width - 2 * gap) / 3.0f;
    float card_h = 150.0f * s.scale();
    for (const JourneyCard& c : cards)
        card_h = std::max(card_h, journey_height(s, c, card_w));
    for (int i = 0; i < 3; ++i) {
        if (i && !stacked) ImGui::SameLine(0, gap);
        if (!journey(s, cards[i], card_w, stacked ? journey_height(s, cards[i], card_w) : card_h))
            continue;
        if (i == 0 && !s.onboarding.empty())
            navigate(s, next ? next->route : s.onboarding.front().route);
        if (i == 1) {
            // The search page explains how to ask; the cursor waits in the box.
            navigate(s, Route{Route::Kind::search, {}, {}, {}, {}});
            s.search_focus_requested = true;
        }
        if (i == 2) navigate(s, Route{Route::Kind::training, {}, {}, {}, {}});
    }
}

// One click back to where the user was, and to the next item of the path.
void continue_links(AppState& s, const OnboardingItem* next) {
    const Model& m = s.content.model;
    const std::optional<Route> last = parse_route(s.progress.last_route);
    if (last && last->kind != Route::Kind::home && route_exists(m, *last)) {
        ImGui::TextUnformatted(tr(Text::continue_where));
        ImGui::SameLine();
        route_link(s, route_title(m, *last), *last, "verder");
    }
    if (next) {
        ImGui::TextUnformatted(tr(Text::continue_path));
        ImGui::SameLine();
        route_link(s, next->title, next->route);
    }
}

// Three columns where every group's title fits in a third of the width;
// else (a phone, large text) the groups stack, in the columns' order: a
// title does not wrap, and a column cut it off.
int path_column_count(const AppState& s, float width) {
    ImGui::PushFont(s.fonts.bold);
    float widest = 0.0f;
    for (const auto& item : s.onboarding)
        widest = std::max(widest, ImGui::CalcTextSize(group_title(item).c_str()).x);
    ImGui::PopFont();
    return widest <= width / 3.0f - 2.0f * ImGui::GetStyle().ItemSpacing.x ? 3 : 1;
}

// The path itself in the columns its groups name, with a check for what was
// viewed.
void path_columns(AppState& s, float width, std::size_t done) {
    section_label(s, tr(Text::path_title));
    const float fraction = s.onboarding.empty()
                               ? 0.0f
                               : static_cast<float>(done) / static_cast<float>(s.onboarding.size());
    const std::string count =
        trf(Text::path_progress, std::to_string(done), std::to_string(s.onboarding.size()));
    ImGui::ProgressBar(fraction, ImVec2(width, 0), count.c_str());
    if (!s.onboarding.empty() && done == s.onboarding.size()) wrapped(tr(Text::path_done));
    const int columns = path_column_count(s, width);
    if (columns > 1) ImGui::Columns(columns, "pad", false);
    for (int col = 1; col <= 3; ++col) {
        std::string group;
        for (const auto& item : s.onboarding) {
            if (item.column != col) continue;
            if (item.group != group) {
                group = item.group;
                ImGui::Spacing();
                ImGui::PushFont(s.fonts.bold);
                line(group_title(item));
                ImGui::PopFont();
            }
            const bool seen = s.progress.visited.count(format_route(item.route)) > 0;
            ImGui::PushStyleColor(ImGuiCol_Text, seen ? colours().end : colours().text_muted);
            ImGui::TextUnformatted(seen ? "✓" : "•");
            ImGui::PopStyleColor();
            ImGui::SameLine();
            route_link(s, item.title, item.route);
        }
        if (columns > 1) ImGui::NextColumn();
    }
    if (columns > 1) ImGui::Columns(1);
}

void example_list(AppState& s) {
    section_label(s, tr(Text::examples));
    for (const CaseType& ct : s.content.model.case_types)
        for (const Example& e : ct.examples) {
            const std::string key = ct.id + "/" + e.id;
            const bool completed = s.progress.completed_walkthroughs.count(key) > 0;
            ImGui::TextUnformatted(completed ? "✓" : "→");
            ImGui::SameLine();
            route_link(s, ct.short_title + ": " + e.title,
                       Route{Route::Kind::example, ct.id, {}, e.id, {}});
        }
}

} // namespace

void draw_home(AppState& s) {
    // A centred column, so lines stay readable on wide screens.
    const float outer = ImGui::GetContentRegionAvail().x;
    const float column = std::min(outer, 1100.0f * s.scale());
    ImGui::SetCursorPosX(ImGui::GetCursorPosX() + (outer - column) * 0.5f);
    ImGui::BeginChild("home", ImVec2(column, 0), false, ImGuiWindowFlags_NavFlattened);
    const float width = ImGui::GetContentRegionAvail().x;
    heading(s, tr(Text::home_title));
    prose(s, tr(Text::home_intro));
    ImGui::Spacing();

    const std::size_t done = onboarding_done(s.onboarding, s.progress.visited);
    const OnboardingItem* next = nullptr;
    for (const auto& item : s.onboarding)
        if (!s.progress.visited.count(format_route(item.route))) {
            next = &item;
            break;
        }
    journeys(s, width, next, done);
    ImGui::Spacing();
    if (!s.content.model.assistant.questions.empty() &&
        wide_button(s, tr(Text::home_assistant), "wat-nu", true))
        navigate(s, Route{Route::Kind::assistant, {}, {}, {}, {}});
    ImGui::Spacing();
    ImGui::Spacing();
    continue_links(s, next);
    ImGui::Spacing();
    path_columns(s, width, done);
    ImGui::Spacing();
    example_list(s);
    ImGui::EndChild();
}

} // namespace pw::ui
