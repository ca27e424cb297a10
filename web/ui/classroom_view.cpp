#include "ui/classroom_view.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/navigation.hpp"
#include "ui/strings.hpp"
#include "ui/theme.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <map>

namespace pw::ui {
namespace {

void message_line(const ClassroomState& c) {
    if (c.message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          c.message_is_error ? colours().error_text : colours().text);
    wrapped(c.message);
    ImGui::PopStyleColor();
}

// A bar with the count beside it (legible on any fill), then the label on the same line.
void count_bar(const AppState& s, float fraction, int count, float width) {
    meter(s, fraction, width, colours().accent);
    ImGui::SameLine();
    const std::string n = std::to_string(count);
    ImGui::TextUnformatted(n.c_str());
    ImGui::SameLine(0, 0);
    ImGui::Dummy(ImVec2(std::max(0.0f, 28.0f * s.scale() - ImGui::CalcTextSize(n.c_str()).x), 1));
    ImGui::SameLine();
}

// A sequence key ("a>b>c") in words: the choices' names joined by arrows.
std::string sequence_text(const std::string& key, const std::map<std::string, std::string>& names) {
    std::string out;
    std::size_t at = 0;
    while (at <= key.size()) {
        const std::size_t end = std::min(key.find('>', at), key.size());
        const std::string id = key.substr(at, end - at);
        const auto it = names.find(id);
        out += (out.empty() ? "" : " → ") + (it == names.end() ? id : it->second);
        at = end + 1;
    }
    return out;
}

// One row per choice (or per sequence): a bar, "n", its name; the protocol's
// choice marked in words.
void spread_block(AppState& s, const std::vector<std::string>& ids,
                  const std::map<std::string, std::string>& names,
                  const std::map<std::string, int>& counts, int answers,
                  const std::vector<std::string>& protocol, bool protocol_visible, bool sequence) {
    const float bar_w = 120.0f * s.scale();
    for (const std::string& id : ids) {
        const auto it = counts.find(id);
        const int n = it == counts.end() ? 0 : it->second;
        const float fraction =
            answers > 0 ? static_cast<float>(n) / static_cast<float>(answers) : 0.0f;
        count_bar(s, fraction, n, bar_w);
        std::string label;
        if (sequence) {
            label = sequence_text(id, names);
        } else {
            const auto name = names.find(id);
            label = name == names.end() ? id : name->second;
        }
        if (protocol_visible && std::find(protocol.begin(), protocol.end(), id) != protocol.end())
            label += std::string(" ✓ ") + tr(Text::protocol_choice);
        wrapped(label);
    }
}

// Who joined, each with a button to take the nickname out (a stray or a bot),
// and the button that ends the session.
void draw_participants(AppState& s, ClassroomState& c) {
    if (!c.participants.empty()) {
        ImGui::PushFont(s.fonts.bold);
        line(tr(Text::classroom_participants));
        ImGui::PopFont();
        std::string remove;
        for (const auto& [nickname, answers] : c.participants) {
            const std::string button = tagged(tr(Text::classroom_remove), "verwijder:" + nickname);
            if (small_button(button.c_str())) remove = nickname;
            ImGui::SameLine();
            line(nickname + " (" + std::to_string(answers) + ")");
        }
        if (!remove.empty()) remove_participant(s, c, remove);
    }
    if (c.open && button(tagged(tr(Text::classroom_end), "klas-beeindigen").c_str()))
        end_classroom(s, c);
}

} // namespace

void draw_join_panel(AppState& s, ClassroomState& c) {
    const ImGuiID panel = begin_panel(s, "klas", colours().panel, colours().accent);
    ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted(tr(Text::join_title));
    ImGui::PopFont();
    if (!c.token.empty()) {
        wrapped(trf(Text::joined, c.joined_code, c.nickname));
        if (const Scenario* sc = find_by_id(s.content.model.scenarios, c.joined_scenario)) {
            route_link(s, std::string(tr(Text::to_exercise)) + ": " + sc->title,
                       Route{Route::Kind::scenario, {}, {}, sc->id, {}}, "klas-oefening");
        }
        if (button(tagged(tr(Text::leave_class), "klas-verlaten").c_str())) leave_classroom(s, c);
    } else {
        wrapped_muted(tr(Text::join_intro));
        const float w = 180.0f * s.scale();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(Text::join_code));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##klascode", c.code_input, sizeof c.code_input,
                         ImGuiInputTextFlags_CharsUppercase);
        a11y_item(A11yRole::textbox, tr(Text::join_code));
        a11y_value(c.code_input);
        // The nickname and the button go to the next line when the window is narrow.
        const float gap = ImGui::GetStyle().ItemSpacing.x;
        same_line_if_room(ImGui::CalcTextSize(tr(Text::join_nickname)).x + gap + w);
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(Text::join_nickname));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##bijnaam", c.nickname_input, sizeof c.nickname_input);
        a11y_item(A11yRole::textbox, tr(Text::join_nickname));
        a11y_value(c.nickname_input);
        same_line_if_room(ImGui::CalcTextSize(tr(Text::join_button)).x +
                          ImGui::GetStyle().FramePadding.x * 2);
        ImGui::BeginDisabled(c.busy);
        if (button(tagged(tr(Text::join_button), "meedoen").c_str())) join_classroom(s, c);
        ImGui::EndDisabled();
    }
    message_line(c);
    end_panel(panel);
}

void draw_classroom_badge(AppState& s, const ClassroomState& c, const Scenario& sc) {
    if (c.token.empty() || c.joined_scenario != sc.id) return;
    badge(s, trf(Text::joined, c.joined_code, c.nickname), colours().accent_soft, colours().text);
    wrapped_muted(trf(Text::shared, std::to_string(c.shared.size())));
    message_line(c);
}

namespace {

// The class's choices at one decision: one block per question, as the trainee
// saw it; a sequence counts as a whole. The protocol's marked once revealed.
void spread_rows_of(AppState& s, const Scenario& sc, const ScenarioDecision& d,
                    const ChoiceSpread& spread, bool protocol_visible) {
    const ScenarioAnswer protocol = correct_answer(s.content.model, sc, d);
    for (const OfferedQuestion& q : offered_decision(s.content.model, sc, d).questions) {
        const std::vector<std::string> right = answer_values(protocol, q.kind);
        const auto& counts = spread.of(q.kind);
        const bool sequence = question_is_sequence(q.kind);
        std::vector<std::string> ids;
        std::map<std::string, std::string> names;
        if (sequence) {
            for (const auto& [key, n] : counts)
                ids.push_back(key);
            ids.push_back(sequence_key(right)); // the protocol's own, also when nobody chose it
            std::sort(ids.begin(), ids.end());
            ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        } else {
            for (const OfferedChoice& choice : q.choices)
                ids.push_back(choice.id);
        }
        for (const OfferedChoice& choice : q.choices)
            names[choice.id] = choice.text;
        spread_block(s, ids, names, counts, spread.answers,
                     sequence ? std::vector<std::string>{sequence_key(right)} : right,
                     protocol_visible, sequence);
    }
}

// The code large enough to read from the back of the room, letters spaced.
void class_code(const AppState& s, const std::string& code) {
    ImFont* font = s.fonts.heading;
    const float size = font->FontSize * 2.0f;
    const float spacing = size * 0.25f;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    float x = at.x;
    for (const char letter : code) {
        const char text[2] = {letter, 0};
        ImGui::GetWindowDrawList()->AddText(font, size, ImVec2(x, at.y), colours().accent, text);
        x += font->CalcTextSizeA(size, FLT_MAX, 0.0f, text).x + spacing;
    }
    ImGui::Dummy(ImVec2(x - at.x, size));
    a11y_text(code);
}

} // namespace

void draw_trainer_classroom(AppState& s, ClassroomState& c, const Scenario& sc,
                            const std::string& decision_id, bool protocol_visible) {
    section_label(s, tr(Text::classroom_title));
    if (c.code.empty() || c.scenario != sc.id) {
        ImGui::BeginDisabled(c.busy);
        if (button(tagged(tr(Text::classroom_start), "klas-starten").c_str()))
            start_classroom(s, c, sc.id);
        ImGui::EndDisabled();
        message_line(c);
        return;
    }
    line(tr(Text::classroom_code));
    class_code(s, c.code);
    line(trf(Text::classroom_trainees, std::to_string(c.trainees)));
    if (c.open) {
        wrapped_muted(tr(Text::classroom_intro));
        if (!s.page_address.empty())
            wrapped(trf(Text::classroom_join_at,
                        s.page_address +
                            format_route(Route{Route::Kind::training, {}, {}, {}, c.code})));
    } else {
        wrapped(tr(Text::classroom_ended));
    }
    message_line(c);
    draw_participants(s, c);

    const ScenarioDecision* d = find_by_id(sc.decisions, decision_id);
    const auto spread = std::find_if(c.spread.begin(), c.spread.end(), [&](const ChoiceSpread& x) {
        return x.decision == decision_id;
    });
    if (!d || spread == c.spread.end()) return;
    ImGui::Spacing();
    ImGui::PushFont(s.fonts.bold);
    line(tr(Text::classroom_spread));
    ImGui::PopFont();
    ImGui::SameLine();
    line(trf(Text::classroom_answers, std::to_string(spread->answers)));
    spread_rows_of(s, sc, *d, *spread, protocol_visible);
}

} // namespace pw::ui
