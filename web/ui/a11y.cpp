#include "ui/a11y.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <cstdio>
#include <unordered_map>
#include <utility>

namespace pw::ui {
namespace {

// Where an item is, in device pixels: all of it, and the part its window shows.
struct Place {
    ImRect whole, shown;
};

struct Frame {
    std::vector<A11yNode> nodes;                    // in submission order
    std::vector<Place> places;                      // per node
    std::unordered_map<ImGuiID, std::size_t> by_id; // widget -> node
    std::unordered_map<std::string, int> text_seen; // keys of repeated text
    std::vector<ImGuiID> hidden;
    A11yRegion region = A11yRegion::main;
    std::string group;
    bool radio_group = false;
    std::unordered_map<std::string, int> offscreen_seen; // keys of repeated off-screen nodes
    ImGuiID last_add_id = 0;
    Place last_add;
    bool last_add_visible = false;
};

Frame g_frame;
// A focus asked for between frames (FocusRequest), made when its widget is submitted.
ImGuiID g_focus_request = 0;
bool g_focus_clear = false;

// The visible part of an ImGui label ("Zoeken##box" -> "Zoeken").
std::string visible_label(const char* label) {
    if (!label) return {};
    std::string_view l(label);
    if (const auto hash = l.find("##"); hash != std::string_view::npos) l = l.substr(0, hash);
    while (!l.empty() && l.front() == ' ')
        l.remove_prefix(1);
    while (!l.empty() && l.back() == ' ')
        l.remove_suffix(1);
    return std::string(l);
}

// The id part of an ImGui label ("Beginnen###start" -> "start", "##zoeken" -> "zoeken").
std::string label_tag(const char* label) {
    if (!label) return {};
    std::string_view l(label);
    const auto hash = l.find("##");
    if (hash == std::string_view::npos) return {};
    l.remove_prefix(hash);
    while (!l.empty() && l.front() == '#')
        l.remove_prefix(1);
    return std::string(l);
}

// An item and the part of it its window shows (a screen reader's click lands there).
Place place_of(const ImGuiContext* ctx, const ImRect& bb) {
    Place p{bb, bb};
    if (const ImGuiWindow* w = ctx->CurrentWindow) p.shown.ClipWith(w->ClipRect);
    return p;
}

Place last_item_place() {
    return place_of(GImGui, ImRect(ImGui::GetItemRectMin(), ImGui::GetItemRectMax()));
}

bool visible_in_window(const Place& p) {
    return p.shown.GetWidth() > 0 && p.shown.GetHeight() > 0;
}

Rect css(const ImRect& r, float dpr) {
    return Rect{r.Min.x / dpr, r.Min.y / dpr, r.GetWidth() / dpr, r.GetHeight() / dpr};
}

// The region and group the view is in now.
void stamp(A11yNode& node) {
    node.region = g_frame.region;
    node.group = g_frame.group;
    node.radio_group = g_frame.radio_group;
}

// Adds or updates the node of a widget.
A11yNode& widget_node(ImGuiID id, const Place& place) {
    auto it = g_frame.by_id.find(id);
    if (it != g_frame.by_id.end()) {
        g_frame.places[it->second] = place;
        return g_frame.nodes[it->second];
    }
    g_frame.by_id[id] = g_frame.nodes.size();
    A11yNode node;
    node.key = a11y_widget_key(id);
    node.id = id;
    stamp(node);
    g_frame.nodes.push_back(node);
    g_frame.places.push_back(place);
    return g_frame.nodes.back();
}

} // namespace

std::string a11y_widget_key(unsigned id) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "i%08x", id);
    return buf;
}

const char* a11y_role_name(A11yRole role) {
    switch (role) {
    case A11yRole::button:
        return "button";
    case A11yRole::link:
        return "link";
    case A11yRole::checkbox:
        return "checkbox";
    case A11yRole::radio:
        return "radio";
    case A11yRole::textbox:
        return "textbox";
    case A11yRole::combobox:
        return "combobox";
    case A11yRole::heading:
        return "heading";
    case A11yRole::text:
        return "text";
    }
    return "text";
}

void a11y_request_focus(unsigned id) {
    g_focus_request = id;
    g_focus_clear = id == 0;
}

void a11y_begin_frame() {
    g_frame = Frame{};
    GImGui->TestEngineHookItems = true; // ask ImGui for the item hooks below
    if (std::exchange(g_focus_clear, false)) {
        GImGui->NavId = 0; // Enter then activates nothing the user did not choose
        GImGui->NavDisableHighlight = true;
    }
}

std::vector<A11yNode> a11y_end_frame(float dpr) {
    g_focus_request = 0; // its widget is gone
    std::vector<A11yNode> out;
    for (std::size_t i = 0; i < g_frame.nodes.size(); ++i) {
        A11yNode node = g_frame.nodes[i];
        if (node.id && std::find(g_frame.hidden.begin(), g_frame.hidden.end(), node.id) !=
                           g_frame.hidden.end())
            continue;
        if (node.name.empty()) continue; // nothing to say: not mirrored
        node.rect = css(g_frame.places[i].shown, dpr);
        node.whole = css(g_frame.places[i].whole, dpr);
        out.push_back(std::move(node));
    }
    return out;
}

bool nav_focus_visible() {
    return ImGui::IsItemFocused() && !GImGui->NavDisableHighlight;
}

unsigned a11y_focused_id() {
    const ImGuiContext& g = *GImGui;
    return g.NavDisableHighlight ? 0u : g.NavId;
}

void a11y_item(A11yRole role, std::string_view name, bool checked, std::string_view tag) {
    if (!ImGui::IsItemVisible()) return;
    const ImGuiID id = ImGui::GetItemID();
    if (id == 0) return a11y_text(name, role == A11yRole::heading ? 2 : 0);
    A11yNode& node = widget_node(id, last_item_place());
    node.role = role;
    node.name = std::string(name);
    node.checked = checked;
    node.disabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
    if (!tag.empty()) node.tag = std::string(tag);
}

void a11y_state(bool expanded, bool disabled) {
    auto it = g_frame.by_id.find(ImGui::GetItemID());
    if (it == g_frame.by_id.end()) return;
    g_frame.nodes[it->second].expanded = expanded;
    g_frame.nodes[it->second].disabled = g_frame.nodes[it->second].disabled || disabled;
}

void a11y_value(std::string_view value) {
    auto it = g_frame.by_id.find(ImGui::GetItemID());
    if (it != g_frame.by_id.end()) g_frame.nodes[it->second].value = std::string(value);
}

void a11y_offscreen(A11yRole role, std::string_view name, std::string_view href) {
    if (name.empty()) return;
    const std::string base = std::string(href.empty() ? "o" : "l") +
                             a11y_widget_key(ImHashStr(name.data(), name.size())).substr(1);
    const int n = g_frame.offscreen_seen[base]++;
    A11yNode node;
    node.key = base + "." + std::to_string(n);
    node.role = role;
    node.name = std::string(name);
    node.href = std::string(href);
    node.drawn = false;
    stamp(node);
    // Placed in the window, one pixel large: in the tree, never in the way.
    const ImVec2 at = GImGui->CurrentWindow ? GImGui->CurrentWindow->ClipRect.Min : ImVec2(0, 0);
    const ImRect dot(at, ImVec2(at.x + 1, at.y + 1));
    g_frame.nodes.push_back(std::move(node));
    g_frame.places.push_back(Place{dot, dot});
}

void a11y_region(A11yRegion region) {
    g_frame.region = region;
}

void a11y_begin_group(std::string_view name, bool radio_group) {
    g_frame.group = std::string(name);
    g_frame.radio_group = radio_group;
}

void a11y_end_group() {
    g_frame.group.clear();
    g_frame.radio_group = false;
}

void a11y_main_heading(std::vector<A11yNode>& tree, std::string_view title) {
    auto first = tree.end();
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (it->region != A11yRegion::main) continue;
        if (first == tree.end()) first = it;
        if (it->role == A11yRole::heading) {
            it->level = 1;
            return;
        }
    }
    if (title.empty()) return;
    A11yNode h1;
    h1.key = "h1";
    h1.role = A11yRole::heading;
    h1.level = 1;
    h1.name = std::string(title);
    h1.drawn = false;
    h1.rect = first != tree.end() ? Rect{first->rect.x, first->rect.y, 1, 1} : Rect{0, 0, 1, 1};
    tree.insert(first, std::move(h1));
}

void a11y_hide_last() {
    g_frame.hidden.push_back(ImGui::GetItemID());
}

void a11y_text(std::string_view text, int heading_level) {
    if (text.empty()) return;
    char buf[24];
    std::snprintf(buf, sizeof buf, "t%08x", ImHashStr(text.data(), text.size()));
    const int n = g_frame.text_seen[buf]++;
    A11yNode node;
    node.key = std::string(buf) + "." + std::to_string(n);
    node.role = heading_level > 0 ? A11yRole::heading : A11yRole::text;
    node.level = heading_level;
    node.name = std::string(text);
    stamp(node);
    // Scrolled out of its window, the text is still part of the view: said,
    // placed one pixel large at the window's corner.
    Place place = last_item_place();
    if (!ImGui::IsItemVisible()) {
        node.drawn = false;
        const ImVec2 at = GImGui->CurrentWindow ? GImGui->CurrentWindow->ClipRect.Min : ImVec2();
        place.whole = place.shown = ImRect(at, ImVec2(at.x + 1, at.y + 1));
    }
    g_frame.nodes.push_back(std::move(node));
    g_frame.places.push_back(place);
}

} // namespace pw::ui

// Dear ImGui's test-engine hooks (IMGUI_ENABLE_TEST_ENGINE). ItemAdd gives
// every widget's rectangle; ItemInfo, called by the standard widgets, gives its
// label and state.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    if (id != 0 && id == pw::ui::g_focus_request && ctx->CurrentWindow) {
        pw::ui::g_focus_request = 0;
        ImGuiWindow* window = ctx->CurrentWindow;
        ImGui::FocusWindow(window);
        ImGui::SetFocusID(id, window);
        ctx->NavDisableHighlight = false;
        ctx->NavDisableMouseHover = true;
        ImGui::ScrollToRect(window, bb, ImGuiScrollFlags_KeepVisibleEdgeY);
    }
    pw::ui::g_frame.last_add_id = id;
    pw::ui::g_frame.last_add = pw::ui::place_of(ctx, bb);
    pw::ui::g_frame.last_add_visible = pw::ui::visible_in_window(pw::ui::g_frame.last_add);
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label,
                                  ImGuiItemStatusFlags flags) {
    using namespace pw::ui;
    if (id != g_frame.last_add_id || !g_frame.last_add_visible) return;
    const std::string name = visible_label(label);
    A11yNode& node = widget_node(id, g_frame.last_add);
    if (std::string tag = label_tag(label); !tag.empty()) node.tag = std::move(tag);
    if (!node.name.empty() && name.empty()) return; // keep an explicit description
    node.name = name;
    node.checked = (flags & ImGuiItemStatusFlags_Checked) != 0;
    node.disabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
    if (flags & ImGuiItemStatusFlags_Checkable)
        node.role = A11yRole::checkbox;
    else if (ctx->LastItemData.InFlags & ImGuiItemFlags_Inputable)
        node.role = A11yRole::textbox;
    else if (flags & ImGuiItemStatusFlags_Openable)
        node.role = A11yRole::combobox;
    else
        node.role = A11yRole::button;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) {
    return nullptr;
}
