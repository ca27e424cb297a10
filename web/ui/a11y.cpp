#include "ui/a11y.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <algorithm>
#include <charconv>
#include <cmath>
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
    std::unordered_map<std::uint64_t, int> repeats; // texts said so far, by kind (repeat_key)
    std::vector<ImGuiID> hidden;
    A11yRegion region = A11yRegion::main;
    std::string region_name;
    std::string group;
    bool radio_group = false;
    ImGuiID last_add_id = 0;
    Place last_add;
    bool last_add_visible = false;
    std::vector<ImGuiID> describing; // scrollers whose hidden part is described (a map's steps)
    bool focus_next_heading = false;
};

Frame g_frame;
// Tab past the last control a window shows (a11y_focus_onward), across frames.
struct Onward {
    ImGuiID scroller = 0; // 0: nothing asked
    bool backward = false;
    std::vector<ImGuiID> known; // the controls shown when Tab was pressed
};
Onward g_onward;
// A focus asked for between frames (FocusRequest), made when its widget is submitted.
ImGuiID g_focus_request = 0;
bool g_focus_clear = false;

// A node's key: its kind, the hash of its text or id and, for text said more
// than once in a view, which time this is ("t0123abcd.1"); written without
// printf, as the map keys hundreds of nodes a frame.
std::string node_key(char kind, unsigned hash, int repeat = -1) {
    static constexpr char kHex[] = "0123456789abcdef";
    char buf[24];
    buf[0] = kind;
    for (int i = 0; i < 8; ++i)
        buf[1 + i] = kHex[(hash >> (28 - 4 * i)) & 0xfu];
    char* end = buf + 9;
    if (repeat >= 0) {
        *end++ = '.';
        end = std::to_chars(end, buf + sizeof buf, repeat).ptr;
    }
    return std::string(buf, end);
}

// The key of a text node of this kind: the same text said again in a frame
// (a label repeated down a list) counts on, so that each keeps its own key.
std::string repeat_key(char kind, std::string_view text) {
    const unsigned hash = ImHashStr(text.data(), text.size());
    const std::uint64_t said = (std::uint64_t{static_cast<unsigned char>(kind)} << 32) | hash;
    return node_key(kind, hash, g_frame.repeats[said]++);
}

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

// Where a node not drawn this frame sits: one pixel at the current window's
// corner, in the tree and never in the way.
Place corner_dot() {
    const ImVec2 at = GImGui->CurrentWindow ? GImGui->CurrentWindow->ClipRect.Min : ImVec2();
    const ImRect dot(at, ImVec2(at.x + 1, at.y + 1));
    return Place{dot, dot};
}

Rect css(const ImRect& r, float dpr) {
    return Rect{r.Min.x / dpr, r.Min.y / dpr, r.GetWidth() / dpr, r.GetHeight() / dpr};
}

// The nearest window, this one or a parent, that has room to scroll vertically.
ImGuiID scroller_of(const ImGuiWindow* w) {
    for (; w; w = w->ParentWindow) {
        if (w->ScrollMax.y > 0.0f) return w->ID;
        if (!(w->Flags & ImGuiWindowFlags_ChildWindow)) break;
    }
    return 0;
}

// A control the window draws this frame (Tab's scrolling on counts only those).
bool shown_control(const A11yNode& node) {
    return node.id != 0 && node.drawn && node.role != A11yRole::text &&
           node.role != A11yRole::heading;
}

bool contains(const std::vector<ImGuiID>& ids, ImGuiID id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Marks the last (first) control each scrolling window shows (draws) when it
// has more below (above): Tab there scrolls on. Not where the hidden part is described
// already (a map's steps are links, all in the tree).
void mark_scroll_edges(std::vector<A11yNode>& tree) {
    std::vector<ImGuiID> done;
    for (const A11yNode& node : tree) {
        if (!node.scroller || contains(done, node.scroller)) continue;
        done.push_back(node.scroller);
        if (contains(g_frame.describing, node.scroller)) continue;
        const ImGuiWindow* w = ImGui::FindWindowByID(node.scroller);
        if (!w) continue;
        A11yNode* first = nullptr;
        A11yNode* last = nullptr;
        for (A11yNode& n : tree)
            if (n.scroller == node.scroller && shown_control(n)) {
                if (!first) first = &n;
                last = &n;
            }
        if (first && w->Scroll.y > 0.5f) first->more_above = true;
        if (last && w->Scroll.y < w->ScrollMax.y - 0.5f) last->more_below = true;
    }
}

// Scrolls the window Tab went on in by most of a page; false at its end.
bool scroll_onward() {
    ImGuiWindow* w = ImGui::FindWindowByID(g_onward.scroller);
    if (!w) return false;
    const float page = std::max(w->InnerRect.GetHeight() * 0.8f, 1.0f);
    const float target =
        std::clamp(w->Scroll.y + (g_onward.backward ? -page : page), 0.0f, w->ScrollMax.y);
    if (std::abs(target - w->Scroll.y) < 0.5f) return false;
    ImGui::SetScrollY(w, target);
    return true;
}

// After a scroll: the first (last) control the window shows now that it did
// not show before gets the focus in the next frame.
void focus_new_control(const std::vector<A11yNode>& tree) {
    const A11yNode* found = nullptr;
    for (const A11yNode& n : tree) {
        if (n.scroller != g_onward.scroller || !shown_control(n) || contains(g_onward.known, n.id))
            continue;
        found = &n;
        if (!g_onward.backward) break;
    }
    if (!found) return; // scrolled past text only: on in the next frame
    g_focus_request = found->id;
    g_onward = Onward{};
}

// The region and group the view is in now.
void stamp(A11yNode& node) {
    node.scroller = scroller_of(GImGui->CurrentWindow);
    node.region = g_frame.region;
    node.region_name = g_frame.region_name;
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
    g_frame.nodes.push_back(std::move(node));
    g_frame.places.push_back(place);
    return g_frame.nodes.back();
}

} // namespace

std::string a11y_widget_key(unsigned id) {
    return node_key('i', id);
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

bool a11y_scroll_pending() {
    if (g_focus_request != 0 || g_onward.scroller != 0) return true;
    for (const ImGuiWindow* w : GImGui->Windows)
        if (w->Active && (w->ScrollTarget.x != FLT_MAX || w->ScrollTarget.y != FLT_MAX))
            return true;
    return false;
}

void a11y_request_focus(unsigned id) {
    g_focus_request = id;
    g_focus_clear = id == 0;
}

void a11y_begin_frame() {
    // A fresh frame that keeps its node and place vectors allocated: a frame
    // of the map submits hundreds of nodes (tests/bench: frame CPU).
    std::vector<A11yNode> nodes = std::move(g_frame.nodes);
    std::vector<Place> places = std::move(g_frame.places);
    auto repeats = std::move(g_frame.repeats);
    nodes.clear();
    places.clear();
    repeats.clear();
    g_frame = Frame{};
    g_frame.nodes = std::move(nodes);
    g_frame.places = std::move(places);
    g_frame.repeats = std::move(repeats);
    GImGui->TestEngineHookItems = true; // ask ImGui for the item hooks below
    if (std::exchange(g_focus_clear, false)) {
        GImGui->NavId = 0; // Enter then activates nothing the user did not choose
        GImGui->NavDisableHighlight = true;
    }
    if (g_onward.scroller && !scroll_onward()) g_onward = Onward{}; // at the end: stays
}

void a11y_focus_onward(const std::vector<A11yNode>& tree, unsigned from, bool backward) {
    const auto it = std::find_if(tree.begin(), tree.end(),
                                 [from](const A11yNode& n) { return from && n.id == from; });
    if (it == tree.end() || !it->scroller) return;
    g_onward = Onward{it->scroller, backward, {}};
    for (const A11yNode& n : tree)
        if (n.scroller == it->scroller && shown_control(n)) g_onward.known.push_back(n.id);
}

void a11y_focus_next_heading() {
    g_frame.focus_next_heading = true;
}

void a11y_focus_main_heading(std::vector<A11yNode>& tree) {
    for (A11yNode& n : tree)
        n.take_focus = n.role == A11yRole::heading && n.level == 1 && n.region == A11yRegion::main;
    g_focus_clear = true;
}

std::vector<A11yNode> a11y_end_frame(float dpr) {
    g_focus_request = 0; // its widget is gone
    std::vector<A11yNode> out;
    out.reserve(g_frame.nodes.size());
    for (std::size_t i = 0; i < g_frame.nodes.size(); ++i) {
        A11yNode& node = g_frame.nodes[i]; // moved out: the frame's nodes are done with
        if (node.id && std::find(g_frame.hidden.begin(), g_frame.hidden.end(), node.id) !=
                           g_frame.hidden.end())
            continue;
        if (node.name.empty()) continue; // nothing to say: not mirrored
        node.rect = css(g_frame.places[i].shown, dpr);
        node.whole = css(g_frame.places[i].whole, dpr);
        if (node.take_focus) g_focus_clear = true; // the heading has it, no widget
        out.push_back(std::move(node));
    }
    mark_scroll_edges(out);
    if (g_onward.scroller) focus_new_control(out);
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
    const ImGuiID id = ImGui::GetItemID();
    if (id == 0) return a11y_text(name, role == A11yRole::heading ? 2 : 0);
    // Scrolled out of its window, the control is still part of the view: a
    // screen reader reads on to it, and focusing or activating it through the
    // mirror scrolls it into view first. Without its tag: tests find by tag
    // only what is on screen.
    const bool shown = ImGui::IsItemVisible();
    // Not submitted at all (a child window wholly out of view skips its
    // items, ItemAdd included): the last item is another's, which must not
    // take this name.
    if (!shown && id != g_frame.last_add_id) return;
    A11yNode& node = widget_node(id, shown ? last_item_place() : corner_dot());
    node.role = role;
    node.name = std::string(name);
    node.checked = checked;
    node.disabled = (GImGui->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
    node.drawn = shown;
    if (!tag.empty() && shown) node.tag = std::string(tag);
}

void a11y_keep_when_clipped(A11yRole role, const char* label, bool checked) {
    if (!ImGui::IsItemVisible()) a11y_item(role, visible_label(label), checked);
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
    A11yNode node;
    node.key = repeat_key(href.empty() ? 'o' : 'l', name);
    node.role = role;
    node.name = std::string(name);
    node.href = std::string(href);
    node.drawn = false;
    stamp(node);
    if (!href.empty() && node.scroller) g_frame.describing.push_back(node.scroller);
    g_frame.nodes.push_back(std::move(node));
    g_frame.places.push_back(corner_dot());
}

void a11y_region(A11yRegion region, std::string_view name) {
    g_frame.region = region;
    g_frame.region_name = std::string(name);
}

void a11y_begin_group(std::string_view name, bool radio_group) {
    g_frame.group = std::string(name);
    g_frame.radio_group = radio_group;
}

void a11y_end_group() {
    g_frame.group.clear();
    g_frame.radio_group = false;
}

namespace {

// Each heading after the h1 at most one level below the one before it
// (a section label right under the h1 is an h2, not an h3).
void close_heading_gaps(std::vector<A11yNode>& tree) {
    int previous = 1;
    for (A11yNode& n : tree) {
        if (n.role != A11yRole::heading || n.region != A11yRegion::main || n.level == 1) continue;
        n.level = std::min(n.level, previous + 1);
        previous = n.level;
    }
}

} // namespace

void a11y_main_heading(std::vector<A11yNode>& tree, std::string_view title) {
    auto first = tree.end();
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (it->region != A11yRegion::main) continue;
        if (first == tree.end()) first = it;
        if (it->role == A11yRole::heading) {
            it->level = 1;
            return close_heading_gaps(tree);
        }
    }
    close_heading_gaps(tree);
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
    A11yNode node;
    node.key = repeat_key('t', text);
    node.role = heading_level > 0 ? A11yRole::heading : A11yRole::text;
    node.level = heading_level;
    node.name = std::string(text);
    stamp(node);
    if (heading_level > 0) node.take_focus = std::exchange(g_frame.focus_next_heading, false);
    // Scrolled out of its window, the text is still part of the view: said,
    // placed one pixel large at the window's corner.
    node.drawn = ImGui::IsItemVisible();
    g_frame.places.push_back(node.drawn ? last_item_place() : corner_dot());
    g_frame.nodes.push_back(std::move(node));
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
