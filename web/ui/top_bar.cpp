#include "ui/top_bar.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/apart.hpp"
#include "ui/navigation.hpp"
#include "ui/rest_arrival.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>

namespace pw::ui {
namespace {

// Typing is searching: the first letter opens the results, the rest refine them.
int on_search_edit(ImGuiInputTextCallbackData* data) {
    AppState& s = *static_cast<AppState*>(data->UserData);
    const std::string query(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    if (s.route.kind != Route::Kind::search) {
        navigate(s, Route{Route::Kind::search, {}, {}, {}, query});
    } else {
        navigate_replace(s, Route{Route::Kind::search, {}, {}, {}, query});
    }
    return 0;
}

void search_box(AppState& s, TopBarState& bar) {
    // A search opened by a link shows its words in the box.
    if (s.route.kind == Route::Kind::search && s.route.query != bar.query &&
        !ImGui::GetIO().WantTextInput)
        std::snprintf(bar.query, sizeof bar.query, "%s", s.route.query.c_str());
    if (s.search_focus_requested) {
        ImGui::SetKeyboardFocusHere();
        s.search_focus_requested = false;
    }
    ImGui::SetNextItemWidth(bar.widths[0]);
    const bool enter = ImGui::InputTextWithHint(
        "##zoeken", tr(Text::search_hint), bar.query, sizeof bar.query,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackEdit, on_search_edit,
        &s);
    a11y_item(A11yRole::textbox, tr(Text::search_hint));
    a11y_value(bar.query);
    // Enter opens the best hit; before the rest of the content is in, the
    // search page opens once it is (there is nothing to rank yet).
    if (enter && !rest_coming(s)) {
        const SearchResults hits = s.search_index().search(bar.query, 1);
        if (!hits.empty()) navigate(s, s.search_index().documents()[hits.front().document].route);
    }
    if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) &&
        s.route.kind == Route::Kind::search)
        navigate(s, bar.return_to);
}

void process_combo(AppState& s, const TopBarState& bar) {
    const Model& m = s.content.model;
    const CaseType* current = find_case_type(m, s.case_type);
    ImGui::SetNextItemWidth(bar.widths[1]);
    const bool open =
        ImGui::BeginCombo("##proces", current ? current->short_title.c_str() : tr(Text::process));
    if (open) {
        for (const CaseType& ct : m.case_types) {
            const bool selected = ct.id == s.case_type;
            if (ImGui::Selectable(tagged(ct.short_title, "proces:" + ct.id).c_str(), selected))
                navigate(s, Route{Route::Kind::case_type, ct.id, {}, {}, {}});
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    a11y_item(A11yRole::combobox,
              std::string(tr(Text::process)) + ": " + (current ? current->short_title : ""), false,
              "proces");
    a11y_state(open);
    if (hover_tip(s)) ImGui::SetTooltip("%s", tr(Text::process));
}

void lens_combo(AppState& s, const TopBarState& bar) {
    const Model& m = s.content.model;
    std::string current = tr(Text::lens_none);
    if (const Organisation* o = find_organisation(m, s.lens)) current = o->short_name;
    if (const Role* r = find_role(m, s.lens)) current = r->name;
    ImGui::SetNextItemWidth(bar.widths[2]);
    const std::string label = std::string(tr(Text::lens)) + ": " + current;
    const bool open = ImGui::BeginCombo("##rolbril", label.c_str(), ImGuiComboFlags_HeightLarge);
    if (open) {
        if (ImGui::Selectable(tagged(tr(Text::lens_none), "rolbril:").c_str(), s.lens.empty()))
            s.lens.clear();
        // The three organisations first, then their roles, then the rest.
        for (const Organisation& o : m.organisations) {
            if (o.kind != "uitvoeringsorganisatie") continue;
            if (ImGui::Selectable(tagged(o.short_name, "rolbril:" + o.id).c_str(), s.lens == o.id))
                s.lens = o.id;
        }
        ImGui::Separator();
        // The roles that take part in the process on the map, grouped by
        // organisation: the steps that say so come with the rest of the content.
        if (rest_coming(s)) ImGui::TextDisabled("%s", tr(Text::rest_loading));
        std::set<std::string> in_process;
        if (const CaseType* ct = find_case_type(m, s.case_type))
            for (const Step& st : ct->steps) {
                in_process.insert(st.actor);
                for (const Flow& f : st.flows) {
                    in_process.insert(f.from);
                    in_process.insert(f.to.begin(), f.to.end());
                }
            }
        for (const Organisation& o : m.organisations)
            for (const Role& r : m.roles) {
                if (r.organisation != o.id || !in_process.count(r.id)) continue;
                const std::string item = tagged("   " + r.name, "rolbril:" + r.id);
                if (ImGui::Selectable(item.c_str(), s.lens == r.id)) s.lens = r.id;
            }
        ImGui::EndCombo();
    }
    a11y_item(A11yRole::combobox, label, false, "rolbril");
    a11y_state(open);
    if (hover_tip(s)) ImGui::SetTooltip("%s", tr(Text::lens_hint));
}

// The way to the other processes: a navigation landmark within the banner,
// where it is drawn (between search and lens: reading order is visual order).
void process_in_navigation(AppState& s, const TopBarState& bar) {
    a11y_region(A11yRegion::banner_navigation, tr(Text::process));
    process_combo(s, bar);
    a11y_region(A11yRegion::banner);
}

// A radio button the screen reader knows as one, with its state and a name
// that says what it sets ("Tekstgrootte 85 %", not "A-").
bool settings_radio(std::string_view label, std::string_view tag, std::string_view name,
                    bool checked) {
    const bool pressed = ImGui::RadioButton(tagged(label, tag).c_str(), checked);
    a11y_item(A11yRole::radio, name, checked);
    return pressed;
}

void settings_contents(AppState& s) {
    Settings& set = s.progress.settings;
    const Settings before = set;
    ImGui::TextUnformatted(tr(Text::language));
    a11y_begin_group(tr(Text::language), true);
    if (settings_radio(tr(Text::language_nl), "taal:nl", tr(Text::language_nl),
                       set.language == "nl"))
        set.language = "nl";
    ImGui::SameLine();
    if (settings_radio(tr(Text::language_en), "taal:en", tr(Text::language_en),
                       set.language == "en"))
        set.language = "en";
    a11y_end_group();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Text::theme));
    a11y_begin_group(tr(Text::theme), true);
    // "Systeem" follows the system's light or dark (prefers-color-scheme).
    const struct {
        Text label;
        const char *tag, *value;
    } themes[] = {{Text::theme_system, "thema:systeem", "system"},
                  {Text::theme_light, "thema:licht", "light"},
                  {Text::theme_dark, "thema:donker", "dark"}};
    for (const auto& t : themes) {
        if (t.label != Text::theme_system) ImGui::SameLine();
        if (settings_radio(tr(t.label), t.tag, tr(t.label), set.theme == t.value))
            set.theme = t.value;
    }
    a11y_end_group();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Text::text_size));
    struct Size {
        const char* label;
        const char* tag;
        float value;
    };
    const Size sizes[] = {{"A-", "A-", 0.85f},
                          {"A", "A", 1.0f},
                          {"A+", "A+", 1.2f},
                          {"A++", "A++", 1.4f},
                          {tr(Text::text_projector), "projector", 1.8f}};
    // On a narrow window (a phone, 200 % zoom) the sizes wrap instead of
    // running off the screen.
    const ImGuiStyle& style = ImGui::GetStyle();
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float right_edge = viewport->Pos.x + viewport->Size.x - style.WindowPadding.x;
    a11y_begin_group(tr(Text::text_size), true);
    for (std::size_t i = 0; i < std::size(sizes); ++i) {
        const float width = ImGui::GetFrameHeight() + style.ItemInnerSpacing.x +
                            ImGui::CalcTextSize(sizes[i].label).x;
        if (i && ImGui::GetItemRectMax().x + style.ItemSpacing.x + width <= right_edge)
            ImGui::SameLine();
        const std::string name = std::string(tr(Text::text_size)) + " " +
                                 std::to_string(std::lround(sizes[i].value * 100)) + " %";
        if (settings_radio(sizes[i].label, std::string("tekst:") + sizes[i].tag, name,
                           std::abs(set.text_scale - sizes[i].value) < 0.01f))
            set.text_scale = sizes[i].value;
    }
    a11y_end_group();
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Text::shortcuts));
    a11y_begin_group(tr(Text::shortcuts), true);
    if (settings_radio(tr(Text::shortcuts_on), "sneltoetsen:aan", tr(Text::shortcuts_on),
                       set.single_key_shortcuts))
        set.single_key_shortcuts = true;
    ImGui::SameLine();
    if (settings_radio(tr(Text::shortcuts_off), "sneltoetsen:uit", tr(Text::shortcuts_off),
                       !set.single_key_shortcuts))
        set.single_key_shortcuts = false;
    a11y_end_group();
    if (!(set == before)) s.progress_dirty = true;
}

void settings_popup(AppState& s) {
    if (ImGui::Button(tagged(tr(Text::settings), "instellingen").c_str()))
        ImGui::OpenPopup("instellingen");
    if (!ImGui::BeginPopup("instellingen")) return;
    apart(settings_contents)(s); // only when open (apart.hpp)
    ImGui::EndPopup();
}

// The text twin has a section for every entity and step, named by its route.
std::string text_version_anchor(const AppState& s) {
    switch (s.route.kind) {
    case Route::Kind::home:
    case Route::Kind::search:
    case Route::Kind::training:
    case Route::Kind::scenario:
    case Route::Kind::trainer:
    case Route::Kind::editor:
    case Route::Kind::assistant:
    case Route::Kind::changes:
        return "";
    default:
        return s.not_found.empty() ? format_route(s.route) : "";
    }
}

} // namespace

bool leave_place(AppState& s, const TopBarState& bar) {
    // A place still waiting for the rest of the content: Escape gives up the wait.
    if (s.rest.route_waiting) {
        navigate(s, Route{});
        return true;
    }
    if (s.route.kind == Route::Kind::step) {
        navigate(s, Route{Route::Kind::case_type, s.route.case_type, {}, {}, {}});
        return true;
    }
    if (s.route.kind == Route::Kind::search) {
        navigate(s, bar.return_to);
        return true;
    }
    // A page of the reference (a role, a card, a term ...): back to where its
    // link was followed from, or home when it was opened from the address bar.
    if (s.route.kind != Route::Kind::home && !shows_map(s.route) &&
        s.route.kind != Route::Kind::training && s.route.kind != Route::Kind::scenario &&
        s.route.kind != Route::Kind::trainer) {
        s.requested =
            Navigation{s.came_from.empty() ? Route{} : s.came_from.back(), true, {}, false, true};
        return true;
    }
    return false;
}

namespace {

void text_version_button(AppState& s) {
    // The same place in the text version: its anchors are the app's routes.
    if (ImGui::Button(tagged(tr(Text::text_version), "tekstversie").c_str()))
        s.ask(OpenUrl{s.text_version_url + text_version_anchor(s), false});
}

void copy_link(AppState& s) {
    s.ask(CopyLink{});
    s.tell(tr(Text::link_copied), 2.5);
}

// Text version, copy link and settings, when the window has room for them.
void right_buttons(AppState& s) {
    if (!s.text_version_url.empty()) {
        text_version_button(s);
        ImGui::SameLine();
    }
    if (ImGui::Button(tagged(tr(Text::copy_link), "kopieer-link").c_str())) copy_link(s);
    ImGui::SameLine();
    settings_popup(s);
}

// The same three in one menu, for a narrow window (a phone, 200 % zoom).
void menu_popup(AppState& s) {
    if (ImGui::Button(tagged(tr(Text::menu), "menu").c_str())) ImGui::OpenPopup("menu");
    if (!ImGui::BeginPopup("menu")) return;
    if (!s.text_version_url.empty()) text_version_button(s);
    if (ImGui::Button(tagged(tr(Text::copy_link), "kopieer-link").c_str())) {
        copy_link(s);
        ImGui::CloseCurrentPopup();
    }
    ImGui::Separator();
    apart(settings_contents)(s); // only when open (apart.hpp)
    ImGui::EndPopup();
}

// The process picker as wide as its longest name, so that none is cut.
float process_width(const AppState& s) {
    float longest = 0.0f;
    for (const CaseType& ct : s.content.model.case_types)
        longest = std::max(longest, ImGui::CalcTextSize(ct.short_title.c_str()).x);
    const float chrome = ImGui::GetFrameHeight() + ImGui::GetStyle().FramePadding.x * 2;
    return std::clamp(longest + chrome, 160.0f * s.scale(), 340.0f * s.scale());
}

// The three choices in reading order; the process and lens on the search
// box's row, or on the next.
void search_process_lens(AppState& s, TopBarState& bar, bool search_on_same_row) {
    search_box(s, bar);
    if (search_on_same_row) ImGui::SameLine();
    process_in_navigation(s, bar);
    ImGui::SameLine();
    lens_combo(s, bar);
}

float button_width(Text label) {
    return ImGui::CalcTextSize(tr(label)).x + ImGui::GetStyle().FramePadding.x * 2;
}

} // namespace

void draw_top_bar(AppState& s, TopBarState& bar) {
    // Leaving a search goes back to where it was opened, however it was opened
    // (typing, the / key, "Ik zoek iets", a link).
    if (s.route.kind != Route::Kind::search) bar.return_to = s.route;
    ImGui::PushFont(s.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    if (ImGui::Button(tagged(tr(Text::app_title), "start").c_str())) navigate(s, Route{});
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    if (hover_tip(s)) ImGui::SetTooltip("%s", tr(Text::home));

    const ImGuiStyle& style = ImGui::GetStyle();
    const float gap = style.ItemSpacing.x;
    const float window_x = ImGui::GetWindowPos().x;
    const float content_right = ImGui::GetWindowContentRegionMax().x;
    const float title_end = ImGui::GetItemRectMax().x - window_x;
    const float twin_w = s.text_version_url.empty() ? 0.0f : button_width(Text::text_version) + gap;
    const float right = button_width(Text::copy_link) + gap + button_width(Text::settings) + twin_w;
    const float natural[3] = {280.0f * s.scale(), process_width(s), 230.0f * s.scale()};
    const float total = natural[0] + natural[1] + natural[2];
    const bool ready = s.status == ContentStatus::ready;
    // One row while search, process and lens keep 60 % of their widths;
    // otherwise they move to a row of their own (two when even that is narrow).
    const float one_row_room = content_right - right - title_end - 4 * gap;
    const bool one_row = ready && one_row_room >= 0.6f * total;
    // The buttons fold into a menu when they do not fit beside the title.
    const bool fold = content_right - title_end - gap < right;
    if (!one_row) {
        const float menu_w = button_width(Text::menu);
        // On a phone at large text even the menu may not fit beside the title.
        if (title_end + gap + (fold ? menu_w : right) <= content_right)
            ImGui::SameLine(content_right - (fold ? menu_w : right));
        fold ? menu_popup(s) : right_buttons(s);
        if (!ready) return;
        const float row = content_right - style.WindowPadding.x;
        const bool three_rows = row < 0.5f * total;
        if (three_rows) {
            bar.widths[0] = row;
            bar.widths[1] = bar.widths[2] = (row - gap) / 2;
        } else {
            const float factor = (row - 2 * gap) / total;
            for (int i = 0; i < 3; ++i)
                bar.widths[i] = natural[i] * std::min(factor, 1.0f);
        }
        search_process_lens(s, bar, !three_rows);
        return;
    }
    // Search, process and lens share what the title and the buttons leave, up
    // to their natural widths: the search box gives way first, so that the
    // process's name is not cut; at projector size nothing overlaps.
    const float search_room = one_row_room - natural[1] - natural[2];
    if (search_room >= 0.6f * natural[0]) {
        bar.widths[0] = std::min(search_room, natural[0]);
        bar.widths[1] = natural[1];
        bar.widths[2] = natural[2];
    } else {
        const float factor = std::clamp(one_row_room / total, 0.6f, 1.0f);
        for (int i = 0; i < 3; ++i)
            bar.widths[i] = natural[i] * factor;
    }
    ImGui::SameLine();
    search_process_lens(s, bar, true);
    const float after = ImGui::GetItemRectMax().x - window_x + gap;
    ImGui::SameLine(std::max(after, content_right - right));
    right_buttons(s);
}

} // namespace pw::ui
