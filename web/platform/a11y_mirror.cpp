#include "platform/a11y_mirror.hpp"

#include <emscripten.h>

#include <cmath>
#include <cstdio>
#include <string>
#include <string_view>

namespace pw::platform {
namespace {

unsigned g_activation = 0;
std::string g_last_json;
// The nodes last sent: an unchanged frame (the usual case) costs one comparison,
// not a serialisation (thousands of nodes on a large map).
std::vector<ui::A11yNode> g_last_nodes;
unsigned g_last_focus = 0;

// clang-format off
EM_JS(void, js_install_a11y_mirror, (), {
    let root = document.getElementById("a11y");
    if (!root) {
        root = document.createElement("div");
        root.id = "a11y";
        document.body.appendChild(root);
    }
    // The landmarks, in the page's order: the top bar, the ways elsewhere, the
    // view; and a navigation inside the top bar, placed where it is drawn.
    const landmarks = {banner: "header", navigation: "nav", main: "main"};
    for (const region of Object.keys(landmarks)) {
        const el = document.createElement(landmarks[region]);
        el.dataset.region = region;
        if (region === "main") el.id = "inhoud";
        root.appendChild(el);
    }
    const inner = document.createElement("nav");
    inner.dataset.region = "bannerNavigation";
    root.querySelector("header").appendChild(inner);
    const hook = window.protocolwijzer || (window.protocolwijzer = {});
    // Every click activates, also one without a mouse on the control in focus:
    // a screen reader's default action (Enter and Space on a focused control
    // never reach here, below). A link described from content (no widget)
    // follows its href, a route.
    root.addEventListener("click", (event) => {
        const el = event.target.closest("[data-id]");
        if (!el) return;
        event.preventDefault();
        Module._pw_a11y_activate(Number(el.dataset.id));
    });
    // Tab and Shift+Tab walk the mirrored controls in reading order, and the
    // app's focus follows; past the last (or before the first) the browser
    // moves on, out of the app. ImGui never sees Tab (its own Tab only cycles
    // text fields): this listener runs before the GLFW emulation's, which
    // would prevent the browser's default.
    const onMirrorKey = (event) => {
        if (event.ctrlKey || event.altKey || event.metaKey) return;
        const active = document.activeElement;
        // Enter or Space on a mirrored control activates it, once: through the
        // mirror, never also through ImGui nor as the browser's click (a
        // described link follows its href on Enter).
        const activates = event.key === "Enter" || event.key === " ";
        if (activates && active && root.contains(active) && active.getAttribute("role") !== "textbox" &&
            (event.key === "Enter" || active.dataset.id)) {
            event.stopImmediatePropagation();
            if (active.dataset.id) {
                event.preventDefault();
                if (!event.repeat) Module._pw_a11y_activate(Number(active.dataset.id));
            }
            return;
        }
        if (event.key !== "Tab") return;
        const inApp = active && (active === Module.canvas || active.id === "text-input" || root.contains(active));
        event.stopImmediatePropagation(); // outside the app too: ImGui's Tab would jump into a text field
        if (!inApp) return;
        const controls = Array.from(root.querySelectorAll("[data-id], a[href]"));
        const from = root.contains(active) ? active : controls.find((el) => el.dataset.key === hook.a11yFocus);
        // The last (first) control a scrolling view shows, with more below
        // (above): the app scrolls on and focuses the next control there.
        if (from && from.dataset.id && (event.shiftKey ? from.dataset.moreAbove : from.dataset.moreBelow)) {
            event.preventDefault();
            Module._pw_a11y_onward(Number(from.dataset.id), event.shiftKey ? 1 : 0);
            return;
        }
        let next;
        if (from && !controls.includes(from)) {
            // A heading has the focus (the skip link's h1, a new place, the
            // feedback): on to the controls around it.
            const after = controls.findIndex((el) => from.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
            const at = after < 0 ? controls.length : after;
            next = event.shiftKey ? at - 1 : at;
        } else {
            const at = from ? controls.indexOf(from) : -1;
            if (at < 0 && event.shiftKey) return;
            next = event.shiftKey ? at - 1 : at + 1;
        }
        if (next < 0 || next >= controls.length) return; // the browser's default: out of the app
        event.preventDefault();
        const el = controls[next];
        el.focus({preventScroll: true});
        hook.a11yFocus = el.dataset.key;
        Module._pw_a11y_focus(el.dataset.id ? Number(el.dataset.id) : 0);
    };
    if (typeof GLFW !== "undefined" && GLFW.onKeydown) {
        window.removeEventListener("keydown", GLFW.onKeydown, true);
        window.addEventListener("keydown", onMirrorKey, true);
        window.addEventListener("keydown", GLFW.onKeydown, true);
    } else {
        window.addEventListener("keydown", onMirrorKey, true);
    }
    // The skip link (index.html) goes to the view's heading, not to a route.
    const skip = document.getElementById("skip-link");
    if (skip) skip.addEventListener("click", (event) => {
        event.preventDefault();
        const h1 = root.querySelector("main h1");
        if (h1) h1.focus();
    });
});
EM_JS(void, js_update_a11y_mirror, (const char* json), {
    const root = document.getElementById("a11y");
    const nodes = JSON.parse(UTF8ToString(json));
    const existing = new Map();
    // What this update no longer has goes first: left in place until the
    // end, it would stand between a kept node and its predecessor, and
    // placing the kept one would move it (a moved element loses the focus).
    const kept = new Set();
    for (const n of nodes) {
        kept.add(n.key);
        if (n.group) kept.add("g:" + n.group);
    }
    for (const el of Array.from(root.querySelectorAll("[data-key]"))) {
        if (kept.has(el.dataset.key)) existing.set(el.dataset.key, el);
        else el.remove();
    }
    const regions = {};
    for (const el of Array.from(root.querySelectorAll("[data-region]"))) regions[el.dataset.region] = el;
    const tags = { button: "button", combobox: "button", link: "span", checkbox: "span", radio: "span",
                   textbox: "span", text: "p" };
    const previous = new Map(); // container -> its last placed child
    const groups = new Map();   // the groups of this update, by key
    const place = (parent, el) => {
        const prev = previous.get(parent);
        const next = prev ? prev.nextSibling : parent.firstChild;
        if (next !== el) parent.insertBefore(el, next);
        previous.set(parent, el);
    };
    const setAttr = (el, name, value) => {
        if (value === null) { if (el.hasAttribute(name)) el.removeAttribute(name); }
        else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
    };
    for (const n of nodes) {
        let parent = regions[n.region || "main"];
        // The top bar's navigation sits among the top bar's controls.
        if (n.region === "bannerNavigation" && previous.get(regions.banner) !== parent) place(regions.banner, parent);
        if (n.regionName) setAttr(parent, "aria-label", n.regionName);
        if (n.group) {
            // A decision's choices, a row of settings: one named group.
            const key = "g:" + n.group;
            let group = groups.get(key) || existing.get(key);
            if (!group) {
                group = document.createElement("div");
                group.dataset.key = key;
                group.dataset.group = "1";
            }
            groups.set(key, group);
            existing.delete(key);
            setAttr(group, "role", n.radioGroup ? "radiogroup" : "group");
            setAttr(group, "aria-label", n.group);
            if (group.parentNode !== parent || previous.get(parent) !== group) place(parent, group);
            parent = group;
        }
        const tag = n.role === "heading" ? "h" + Math.min(6, Math.max(1, n.level))
                  : n.href ? "a" : tags[n.role];
        let el = existing.get(n.key);
        if (!el || el.dataset.tag !== tag + n.role) {
            if (el) el.remove();
            el = document.createElement(tag);
            el.dataset.key = n.key;
            el.dataset.tag = tag + n.role;
            if (n.id) {
                el.dataset.id = String(n.id);
                el.tabIndex = -1;
                if (tag === "button") el.type = "button";
                if (n.role === "combobox") el.setAttribute("aria-haspopup", "listbox");
                if (tag === "span") el.setAttribute("role", n.role);
            }
            // Off the tab order like every mirrored widget (the canvas is the tab
            // stop); the h1 is the skip link's target.
            if (n.href !== undefined || (n.role === "heading" && n.level === 1)) el.tabIndex = -1;
        }
        existing.delete(n.key);
        if (n.href !== undefined) setAttr(el, "href", n.href);
        if (n.role === "textbox") {
            setAttr(el, "aria-label", n.name);
            if (el.textContent !== (n.value || "")) el.textContent = n.value || "";
        } else if (el.textContent !== n.name) {
            el.textContent = n.name;
        }
        if (n.role === "checkbox" || n.role === "radio") setAttr(el, "aria-checked", n.checked ? "true" : "false");
        if (n.role === "combobox") setAttr(el, "aria-expanded", n.expanded ? "true" : "false");
        setAttr(el, "aria-disabled", n.disabled ? "true" : null);
        setAttr(el, "data-more-below", n.moreBelow ? "1" : null);
        setAttr(el, "data-more-above", n.moreAbove ? "1" : null);
        setAttr(el, "data-offscreen", n.offscreen ? "1" : null);
        el.style.left = n.rect[0] + "px";
        el.style.top = n.rect[1] + "px";
        el.style.width = n.rect[2] + "px";
        el.style.height = n.rect[3] + "px";
        place(parent, el);
    }
});
EM_JS(void, js_focus_a11y, (const char* key), {
    const hook = window.protocolwijzer;
    hook.a11yFocus = UTF8ToString(key);
    const el = document.querySelector('#a11y [data-key="' + hook.a11yFocus + '"]');
    const active = document.activeElement;
    // Never take the focus from the text field the app is typing into. A
    // heading (the feedback's) is focusable by script only.
    if (el && !(active && active.id === "text-input")) {
        if (!el.hasAttribute("tabindex")) el.tabIndex = -1;
        el.focus({preventScroll: true});
    }
});
// clang-format on

// The nodes as JSON, written directly rather than built as a document of
// nlohmann objects first: that allocated for every field of thousands of
// nodes whenever the tree changed (a map scrolled), and its code was compiled
// on the way to the first screen (tests/bench: ready).
void append_string(std::string& out, std::string_view text) {
    out += '"';
    for (const char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            char escaped[8];
            std::snprintf(escaped, sizeof escaped, "\\u%04x", byte);
            out += escaped;
        } else {
            out += c;
        }
    }
    out += '"';
}

void append_number(std::string& out, float value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.7g",
                  std::isfinite(value) ? static_cast<double>(value) : 0.0);
    out += text;
}

// ,"name":"text" -- and the same for a number, a flag that is set.
void append_field(std::string& out, const char* name, std::string_view text) {
    out += ",\"";
    out += name;
    out += "\":";
    append_string(out, text);
}
void append_field(std::string& out, const char* name, unsigned number) {
    out += ",\"";
    out += name;
    out += "\":";
    out += std::to_string(number);
}
void append_flag(std::string& out, const char* name) {
    out += ",\"";
    out += name;
    out += "\":true";
}

const char* region_name(ui::A11yRegion region) {
    switch (region) {
    case ui::A11yRegion::banner:
        return "banner";
    case ui::A11yRegion::navigation:
        return "navigation";
    case ui::A11yRegion::banner_navigation:
        return "bannerNavigation";
    case ui::A11yRegion::main:
        break;
    }
    return nullptr; // main: the mirror's default
}

void append_node(std::string& out, const ui::A11yNode& n) {
    out += "{\"key\":";
    append_string(out, n.key);
    append_field(out, "role", ui::a11y_role_name(n.role));
    append_field(out, "name", n.name);
    out += ",\"rect\":[";
    const float rect[] = {n.rect.x, n.rect.y, n.rect.w, n.rect.h};
    for (int i = 0; i < 4; ++i) {
        if (i) out += ',';
        append_number(out, rect[i]);
    }
    out += ']';
    if (n.id) append_field(out, "id", n.id);
    if (n.checked) append_flag(out, "checked");
    if (n.level) append_field(out, "level", static_cast<unsigned>(n.level));
    if (n.expanded) append_flag(out, "expanded");
    if (n.disabled) append_flag(out, "disabled");
    if (!n.value.empty()) append_field(out, "value", n.value);
    if (!n.href.empty()) append_field(out, "href", n.href);
    if (const char* region = region_name(n.region)) append_field(out, "region", region);
    if (!n.region_name.empty()) append_field(out, "regionName", n.region_name);
    if (n.more_below) append_flag(out, "moreBelow");
    if (n.more_above) append_flag(out, "moreAbove");
    if (!n.drawn) append_flag(out, "offscreen");
    if (!n.group.empty()) {
        append_field(out, "group", n.group);
        if (n.radio_group) append_flag(out, "radioGroup");
    }
    out += '}';
}

void send_a11y_nodes(const std::vector<ui::A11yNode>& nodes) {
    std::string json = "[";
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (i) json += ',';
        append_node(json, nodes[i]);
    }
    json += ']';
    if (json != g_last_json) {
        js_update_a11y_mirror(json.c_str());
        g_last_json = std::move(json);
    }
}

} // namespace

void install_a11y_mirror() {
    js_install_a11y_mirror();
}

void update_a11y_mirror(const std::vector<ui::A11yNode>& nodes, unsigned focused_id) {
    if (nodes != g_last_nodes) {
        send_a11y_nodes(nodes);
        g_last_nodes = nodes;
    }
    // A new place's h1, the feedback's heading: the browser's focus goes there.
    for (const ui::A11yNode& n : nodes)
        if (n.take_focus) js_focus_a11y(n.key.c_str());
    if (focused_id != g_last_focus) {
        g_last_focus = focused_id;
        if (focused_id) {
            js_focus_a11y(ui::a11y_widget_key(focused_id).c_str());
        }
    }
}

unsigned take_a11y_activation() {
    const unsigned id = g_activation;
    g_activation = 0;
    return id;
}

} // namespace pw::platform

extern "C" {

EMSCRIPTEN_KEEPALIVE void pw_a11y_activate(double id) {
    pw::platform::g_activation = static_cast<unsigned>(id);
}

} // extern "C"
