#include "platform/a11y_mirror.hpp"

#include <emscripten.h>
#include <nlohmann/json.hpp>

#include <string>

namespace pw::platform {
namespace {

unsigned g_activation = 0;
std::string g_last_json;
unsigned g_last_focus = 0;

// clang-format off
EM_JS(void, js_install_a11y_mirror, (), {
    let root = document.getElementById("a11y");
    if (!root) {
        root = document.createElement("div");
        root.id = "a11y";
        document.body.appendChild(root);
    }
    const hook = window.protocolwijzer || (window.protocolwijzer = {});
    // A click synthesised by Enter on the element ImGui already has in focus
    // was handled by ImGui's own keyboard navigation: not twice.
    root.addEventListener("click", (event) => {
        const el = event.target.closest("[data-id]");
        if (!el) return;
        event.preventDefault();
        if (event.detail === 0 && el.dataset.key === hook.a11yFocus) return;
        Module._pw_a11y_activate(Number(el.dataset.id));
    });
});
EM_JS(void, js_update_a11y_mirror, (const char* json), {
    const root = document.getElementById("a11y");
    const nodes = JSON.parse(UTF8ToString(json));
    const existing = new Map();
    for (const el of Array.from(root.children)) existing.set(el.dataset.key, el);
    const tags = { button: "button", combobox: "button", link: "span", checkbox: "span", radio: "span",
                   textbox: "span", text: "p" };
    let previous = null;
    for (const n of nodes) {
        const tag = n.role === "heading" ? "h" + Math.min(6, Math.max(1, n.level)) : tags[n.role];
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
        }
        existing.delete(n.key);
        if (n.role === "textbox") {
            if (el.getAttribute("aria-label") !== n.name) el.setAttribute("aria-label", n.name);
        } else if (el.textContent !== n.name) {
            el.textContent = n.name;
        }
        if (n.role === "checkbox" || n.role === "radio") el.setAttribute("aria-checked", n.checked ? "true" : "false");
        el.style.left = n.rect[0] + "px";
        el.style.top = n.rect[1] + "px";
        el.style.width = n.rect[2] + "px";
        el.style.height = n.rect[3] + "px";
        const next = previous ? previous.nextSibling : root.firstChild;
        if (next !== el) root.insertBefore(el, next);
        previous = el;
    }
    for (const el of existing.values()) el.remove();
});
EM_JS(void, js_focus_a11y, (const char* key), {
    const hook = window.protocolwijzer;
    hook.a11yFocus = UTF8ToString(key);
    const el = document.querySelector('#a11y [data-key="' + hook.a11yFocus + '"]');
    const active = document.activeElement;
    // Never take the focus from the text field the app is typing into.
    if (el && !(active && active.id === "text-input")) el.focus({preventScroll: true});
});
// clang-format on

} // namespace

void install_a11y_mirror() {
    js_install_a11y_mirror();
}

void update_a11y_mirror(const std::vector<ui::A11yNode>& nodes, unsigned focused_id) {
    nlohmann::json list = nlohmann::json::array();
    for (const ui::A11yNode& n : nodes) {
        nlohmann::json node{{"key", n.key},
                            {"role", ui::a11y_role_name(n.role)},
                            {"name", n.name},
                            {"rect", {n.rect.x, n.rect.y, n.rect.w, n.rect.h}}};
        if (n.id) node["id"] = n.id;
        if (n.checked) node["checked"] = true;
        if (n.level) node["level"] = n.level;
        list.push_back(std::move(node));
    }
    std::string json = list.dump();
    if (json != g_last_json) {
        js_update_a11y_mirror(json.c_str());
        g_last_json = std::move(json);
    }
    if (focused_id != g_last_focus) {
        g_last_focus = focused_id;
        if (focused_id) {
            char key[16];
            std::snprintf(key, sizeof key, "i%08x", focused_id);
            js_focus_a11y(key);
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
