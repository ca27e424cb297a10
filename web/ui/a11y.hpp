// The accessibility tree of the canvas: what a screen reader should find in a
// frame, in reading order, with roles, names, states and places. Built from
// Dear ImGui's test-engine item hooks (standard widgets report their label and
// state) and from explicit calls where a view draws its own widgets or text.
// The platform mirrors it as hidden DOM over the canvas (platform/a11y_mirror).
#pragma once

#include "ui/app_state.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace pw::ui {

enum class A11yRole { button, link, checkbox, radio, textbox, combobox, heading, text };

// The page's landmarks: the top bar, the ways to other places, the view itself.
// `banner_navigation` is a navigation landmark inside the banner, where it is
// drawn (the process picker between search and role lens, in reading order).
enum class A11yRegion { main, banner, navigation, banner_navigation };

struct A11yNode {
    std::string key; // stable across frames: "i<ImGuiID>" for widgets, "t<hash>.<n>" for text
    unsigned id = 0; // ImGuiID of a widget, 0 for text
    A11yRole role = A11yRole::text;
    std::string name;
    // A control's stable handle, independent of language: the id part of its
    // ImGui label ("Beginnen###oefening:x" -> "oefening:x", "##zoeken" ->
    // "zoeken"), or the id a view's widget helper was given. Tests find
    // controls by it; the screen reader is told the name.
    std::string tag;
    bool checked = false;
    bool expanded = false; // a combobox whose list is open
    bool disabled = false;
    std::string value; // a text field's text
    int level = 0;     // headings
    A11yRegion region = A11yRegion::main;
    std::string region_name; // a navigation's name ("Proces", "Inwerkpad"): two must differ
    // The named group (a decision's choices, a row of settings) it belongs to, or "".
    std::string group;
    bool radio_group = false; // the group is a radiogroup (one of), not a plain group
    // A node described from the view's content but not drawn this frame
    // (scrolled away, culled): no widget to click; following `href` (an app
    // route) activates it.
    bool drawn = true;
    std::string href;
    Rect rect;  // CSS pixels: the part its window shows (the mirror puts the node there)
    Rect whole; // CSS pixels: all of it, parts scrolled or clipped away included
    // The window that scrolls it (the nearest one, itself or a parent, with
    // room to scroll vertically), 0 if none: Tab goes on past the part shown.
    unsigned scroller = 0;
    // The last (first) control its scroller shows while there is more below
    // (above): Tab (Shift+Tab) on it scrolls on instead of leaving the view
    // (a11y_focus_onward).
    bool more_below = false, more_above = false;
    // Gets the browser's focus in this frame (a new place's h1, the feedback's
    // heading after answering); the app's own keyboard focus is let go then.
    bool take_focus = false;
    bool operator==(const A11yNode&) const = default;
};

const char* a11y_role_name(A11yRole role);
// The key of a widget's node: "i" and its ImGuiID in hex.
std::string a11y_widget_key(unsigned id);

// Called around draw_app each frame.
void a11y_begin_frame();
std::vector<A11yNode> a11y_end_frame(float dpr);
// The ImGuiID that has keyboard-navigation focus (shown as a focus ring), or 0.
unsigned a11y_focused_id();
// Whether the next frame will move widgets: a focus asked for and not yet
// made (it scrolls its widget into view), a scroll set and not yet applied,
// or a scroll onward in progress. A click through the mirror waits for it.
bool a11y_scroll_pending();

// Moves keyboard focus to the widget `id` when the next frame submits it
// (scrolled into view, focus ring shown); 0 takes the focus off every widget.
void a11y_request_focus(unsigned id);

// Tab (or Shift+Tab with `backward`) on the control `from`, the last (first)
// one its window shows while more of it lies below (above): scrolls that
// window on, a page per frame, until a control not shown before appears, and
// focuses it; stops at the window's end.
void a11y_focus_onward(const std::vector<A11yNode>& tree, unsigned from, bool backward);
// The next heading added in this frame takes the browser's focus (a view that
// moved on without a new route: the feedback after answering).
void a11y_focus_next_heading();
// The h1 takes the browser's focus (a new place), over any other node.
void a11y_focus_main_heading(std::vector<A11yNode>& tree);

// Keyboard navigation is on the last item and its highlight is shown.
bool nav_focus_visible();

// Describes the last item (a widget drawn by hand, or one whose label is
// hidden); `tag` is its handle when its ImGui label does not carry one.
void a11y_item(A11yRole role, std::string_view name, bool checked = false,
               std::string_view tag = {});
// A standard widget just submitted (ImGui::Button, Checkbox): ImGui's hooks describe
// it while it is shown; scrolled out of its window, this keeps it in the
// tree as a11y_item does, named by its label's visible part.
void a11y_keep_when_clipped(A11yRole role, const char* label, bool checked = false);
// States of the last item the plain a11y_item does not say.
void a11y_state(bool expanded, bool disabled = false);
// The text a text field holds, for the last item.
void a11y_value(std::string_view value);
// Content not drawn this frame (off-screen, culled) described all the same, in
// reading order where it is called: a link that follows `href`, or text when
// `href` is empty. It sits at the current window's top-left corner and has no
// tag: tests find only what is on screen by tag.
void a11y_offscreen(A11yRole role, std::string_view name, std::string_view href = {});
// Nodes added from now on belong to `region` (until the next call), named
// `name` (a navigation: there are two, each needs its own).
void a11y_region(A11yRegion region, std::string_view name = {});
// Nodes added between begin and end form one group named `name`.
void a11y_begin_group(std::string_view name, bool radio_group);
void a11y_end_group();
// The page's one h1: the first heading of the main region, or `title` put
// first in it when the view has none; the headings after it skip no level.
void a11y_main_heading(std::vector<A11yNode>& tree, std::string_view title);

// Leaves the last item out of the tree (decoration; its meaning is elsewhere).
void a11y_hide_last();
// Text (or a heading) occupying the last item's rectangle; also when that is
// scrolled out of its window (then not `drawn`): the text is part of the view.
void a11y_text(std::string_view text, int heading_level = 0);

} // namespace pw::ui
