#include "ui/top_bar.hpp"

#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cstring>
#include <set>

namespace pw::ui {
namespace {

char g_search_buffer[256] = "";

int on_search_edit(ImGuiInputTextCallbackData* data) {
    auto* s = static_cast<AppState*>(data->UserData);
    const std::string query(data->Buf, static_cast<std::size_t>(data->BufTextLen));
    if (s->route.kind != Route::Kind::search) {
        s->search.return_to = s->route;
        navigate(*s, Route{Route::Kind::search, {}, {}, {}, query});
    } else {
        navigate_replace(*s, Route{Route::Kind::search, {}, {}, {}, query});
    }
    return 0;
}

void search_box(AppState& s) {
    if (!ImGui::IsItemActive() && s.search.query != g_search_buffer &&
        !ImGui::GetIO().WantTextInput) {
        std::strncpy(g_search_buffer, s.search.query.c_str(), sizeof g_search_buffer - 1);
        g_search_buffer[sizeof g_search_buffer - 1] = '\0';
    }
    if (s.search.focus_requested) {
        ImGui::SetKeyboardFocusHere();
        s.search.focus_requested = false;
    }
    ImGui::SetNextItemWidth(s.top_bar_widths[0]);
    const bool enter = ImGui::InputTextWithHint(
        "##zoeken", tr(Text::search_hint), g_search_buffer, sizeof g_search_buffer,
        ImGuiInputTextFlags_EnterReturnsTrue | ImGuiInputTextFlags_CallbackEdit, on_search_edit,
        &s);
    probe_item(s, "zoeken");
    a11y_item(A11yRole::textbox, tr(Text::search_hint));
    if (enter) {
        // Enter opens the best hit.
        if (s.search.hits_for != s.search.query)
            s.search.hits = s.search_index().search(s.search.query);
        if (!s.search.hits.empty())
            navigate(s, s.search_index().documents()[s.search.hits.front().document].route);
    }
    if (ImGui::IsItemDeactivated() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) &&
        s.route.kind == Route::Kind::search)
        navigate(s, s.search.return_to);
}

void process_combo(AppState& s) {
    const Model& m = s.content.model;
    const CaseType* current = find_case_type(m, s.case_type);
    ImGui::SetNextItemWidth(s.top_bar_widths[1]);
    if (ImGui::BeginCombo("##proces", current ? current->short_title.c_str() : tr(Text::process))) {
        for (const CaseType& ct : m.case_types) {
            const bool selected = ct.id == s.case_type;
            if (ImGui::Selectable(ct.short_title.c_str(), selected))
                navigate(s, Route{Route::Kind::case_type, ct.id, {}, {}, {}});
            probe_item(s, "proces:" + ct.id);
            if (selected) ImGui::SetItemDefaultFocus();
        }
        ImGui::EndCombo();
    }
    probe_item(s, "proces");
    a11y_item(A11yRole::combobox,
              std::string(tr(Text::process)) + ": " + (current ? current->short_title : ""));
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::process));
}

void lens_combo(AppState& s) {
    const Model& m = s.content.model;
    std::string current = tr(Text::lens_none);
    if (const Organisation* o = find_organisation(m, s.lens)) current = o->short_name;
    if (const Role* r = find_role(m, s.lens)) current = r->name;
    ImGui::SetNextItemWidth(s.top_bar_widths[2]);
    const std::string label = std::string(tr(Text::lens)) + ": " + current;
    if (ImGui::BeginCombo("##rolbril", label.c_str(), ImGuiComboFlags_HeightLarge)) {
        if (ImGui::Selectable(tr(Text::lens_none), s.lens.empty())) s.lens.clear();
        probe_item(s, "rolbril:");
        // The three organisations first, then their roles, then the rest.
        for (const Organisation& o : m.organisations) {
            if (o.kind != "uitvoeringsorganisatie") continue;
            if (ImGui::Selectable(o.short_name.c_str(), s.lens == o.id)) s.lens = o.id;
            probe_item(s, "rolbril:" + o.id);
        }
        ImGui::Separator();
        // The roles that take part in the process on the map, grouped by organisation.
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
                const std::string item = "   " + r.name;
                if (ImGui::Selectable(item.c_str(), s.lens == r.id)) s.lens = r.id;
                probe_item(s, "rolbril:" + r.id);
            }
        ImGui::EndCombo();
    }
    probe_item(s, "rolbril");
    a11y_item(A11yRole::combobox, label);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::lens_hint));
}

void settings_popup(AppState& s) {
    if (ImGui::Button(tr(Text::settings))) ImGui::OpenPopup("instellingen");
    probe_item(s, "instellingen");
    if (!ImGui::BeginPopup("instellingen")) return;
    Settings& set = s.progress.settings;
    const Settings before = set;
    ImGui::TextUnformatted(tr(Text::language));
    if (ImGui::RadioButton(tr(Text::language_nl), set.language == "nl")) set.language = "nl";
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Text::language_en), set.language == "en")) set.language = "en";
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Text::theme));
    if (ImGui::RadioButton(tr(Text::theme_light), set.theme == "light")) set.theme = "light";
    probe_item(s, "thema:licht");
    ImGui::SameLine();
    if (ImGui::RadioButton(tr(Text::theme_dark), set.theme == "dark")) set.theme = "dark";
    probe_item(s, "thema:donker");
    ImGui::Separator();
    ImGui::TextUnformatted(tr(Text::text_size));
    struct Size {
        const char* label;
        float value;
    };
    const Size sizes[] = {
        {"A-", 0.85f}, {"A", 1.0f}, {"A+", 1.2f}, {"A++", 1.4f}, {tr(Text::text_projector), 1.8f}};
    for (std::size_t i = 0; i < std::size(sizes); ++i) {
        if (i) ImGui::SameLine();
        if (ImGui::RadioButton(sizes[i].label, std::abs(set.text_scale - sizes[i].value) < 0.01f))
            set.text_scale = sizes[i].value;
        probe_item(s, std::string("tekst:") + sizes[i].label);
    }
    if (!(set == before)) s.progress_dirty = true;
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
        return "";
    default:
        return s.not_found.empty() ? format_route(s.route) : "";
    }
}

} // namespace

void draw_top_bar(AppState& s) {
    ImGui::PushFont(s.fonts.heading);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    ImGui::PushStyleColor(ImGuiCol_Text, colours().accent);
    if (ImGui::Button(tr(Text::app_title))) navigate(s, Route{});
    probe_item(s, "start");
    ImGui::PopStyleColor(2);
    ImGui::PopFont();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", tr(Text::home));

    const ImGuiStyle& style = ImGui::GetStyle();
    const float twin_w = s.text_version_url.empty()
                             ? 0.0f
                             : ImGui::CalcTextSize(tr(Text::text_version)).x +
                                   style.FramePadding.x * 2 + style.ItemSpacing.x;
    const float right = ImGui::CalcTextSize(tr(Text::copy_link)).x +
                        ImGui::CalcTextSize(tr(Text::settings)).x + style.FramePadding.x * 4 +
                        style.ItemSpacing.x + twin_w;
    if (s.status == ContentStatus::ready) {
        // Search, process and lens share what the title and the buttons leave,
        // up to their natural widths: at projector size nothing overlaps.
        const float title_end = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x;
        const float room =
            ImGui::GetWindowContentRegionMax().x - right - title_end - 4 * style.ItemSpacing.x;
        const float natural[3] = {320.0f * s.scale(), 230.0f * s.scale(), 230.0f * s.scale()};
        const float total = natural[0] + natural[1] + natural[2];
        const float factor = std::clamp(room / total, 0.35f, 1.0f);
        for (int i = 0; i < 3; ++i)
            s.top_bar_widths[i] = natural[i] * factor;
        ImGui::SameLine();
        search_box(s);
        ImGui::SameLine();
        process_combo(s);
        ImGui::SameLine();
        lens_combo(s);
    }
    const float after = ImGui::GetItemRectMax().x - ImGui::GetWindowPos().x + style.ItemSpacing.x;
    ImGui::SameLine(std::max(after, ImGui::GetWindowContentRegionMax().x - right));
    if (!s.text_version_url.empty()) {
        // The same place in the text version: its anchors are the app's routes.
        if (ImGui::Button(tr(Text::text_version)))
            s.open_url_request = s.text_version_url + text_version_anchor(s);
        probe_item(s, "tekstversie");
        ImGui::SameLine();
    }
    if (ImGui::Button(tr(Text::copy_link))) {
        s.clipboard_request = "copy-link";
        s.notice = tr(Text::link_copied);
        s.notice_until = s.time + 2.5;
    }
    probe_item(s, "kopieer-link");
    ImGui::SameLine();
    settings_popup(s);
}

} // namespace pw::ui
