#include "ui/classroom_view.hpp"

#include "pw/lookup.hpp"
#include "pw/simulator.hpp"
#include "ui/a11y.hpp"
#include "ui/classroom_actions.hpp"
#include "ui/navigation.hpp"
#include "ui/theme.hpp"
#include "ui/training_strings.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>
#include <map>

namespace pw::ui {
namespace {

void message_line(const AppState& s) {
    if (s.classroom.message.empty()) return;
    ImGui::PushStyleColor(ImGuiCol_Text,
                          s.classroom.message_is_error ? colours().error_text : colours().text);
    wrapped(s.classroom.message);
    ImGui::PopStyleColor();
}

// A bar with the count beside it (legible on any fill), then the label on the same line.
void count_bar(const AppState& s, float fraction, int count, float width) {
    ImGui::ProgressBar(fraction, ImVec2(width, 0), "");
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

// One row per choice (or per sequence): a bar, "n", its name; the protocol's choice marked in
// words.
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
            label += std::string(" ✓ ") + tr(TText::protocol_choice);
        wrapped(label);
    }
}

// Who joined, each with a button to take the nickname out (a stray or a bot),
// and the button that ends the session.
void draw_participants(AppState& s) {
    ClassroomState& c = s.classroom;
    if (!c.participants.empty()) {
        ImGui::PushFont(s.fonts.bold);
        ImGui::TextUnformatted(tr(TText::classroom_participants));
        ImGui::PopFont();
        std::string remove;
        for (const auto& [nickname, answers] : c.participants) {
            ImGui::PushID(nickname.c_str());
            if (ImGui::SmallButton(tr(TText::classroom_remove))) remove = nickname;
            probe_item(s, "verwijder:" + nickname);
            ImGui::PopID();
            ImGui::SameLine();
            const std::string line = nickname + " (" + std::to_string(answers) + ")";
            ImGui::TextUnformatted(line.c_str());
        }
        if (!remove.empty()) remove_participant(s, remove);
    }
    if (c.open) {
        if (ImGui::Button(tr(TText::classroom_end))) end_classroom(s);
        probe_item(s, "klas-beeindigen");
    }
}

} // namespace

void draw_join_panel(AppState& s) {
    ClassroomState& c = s.classroom;
    const ImGuiID panel = begin_panel(s, "klas", colours().panel, colours().accent);
    ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted(tr(TText::join_title));
    ImGui::PopFont();
    if (!c.token.empty()) {
        wrapped(trf(TText::joined, c.joined_code, c.nickname));
        if (const Scenario* sc = find_by_id(s.content.model.scenarios, c.joined_scenario)) {
            route_link(s, std::string(tr(TText::to_exercise)) + ": " + sc->title,
                       Route{Route::Kind::scenario, {}, {}, sc->id, {}});
            probe_item(s, "klas-oefening");
        }
        if (ImGui::Button(tr(TText::leave_class))) leave_classroom(s);
    } else {
        wrapped_muted(tr(TText::join_intro));
        const float w = 180.0f * s.scale();
        ImGui::AlignTextToFramePadding();
        ImGui::TextUnformatted(tr(TText::join_code));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##klascode", c.code_input, sizeof c.code_input,
                         ImGuiInputTextFlags_CharsUppercase);
        probe_item(s, "klascode");
        a11y_item(A11yRole::textbox, tr(TText::join_code));
        ImGui::SameLine();
        ImGui::TextUnformatted(tr(TText::join_nickname));
        ImGui::SameLine();
        ImGui::SetNextItemWidth(w);
        ImGui::InputText("##bijnaam", c.nickname_input, sizeof c.nickname_input);
        probe_item(s, "bijnaam");
        a11y_item(A11yRole::textbox, tr(TText::join_nickname));
        ImGui::SameLine();
        ImGui::BeginDisabled(c.busy);
        if (ImGui::Button(tr(TText::join_button))) join_classroom(s);
        ImGui::EndDisabled();
        probe_item(s, "meedoen");
    }
    message_line(s);
    end_panel(panel);
}

void draw_classroom_badge(AppState& s, const Scenario& sc) {
    const ClassroomState& c = s.classroom;
    if (c.token.empty() || c.joined_scenario != sc.id) return;
    badge(s, trf(TText::joined, c.joined_code, c.nickname), colours().accent_soft, colours().text);
    probe_item(s, "klas-badge");
    wrapped_muted(trf(TText::shared, std::to_string(c.shared.size())));
    message_line(s);
}

void draw_trainer_classroom(AppState& s, const Scenario& sc, const std::string& decision_id,
                            bool protocol_visible) {
    ClassroomState& c = s.classroom;
    section_label(s, tr(TText::classroom_title));
    if (c.code.empty() || c.scenario != sc.id) {
        ImGui::BeginDisabled(c.busy);
        if (ImGui::Button(tr(TText::classroom_start))) start_classroom(s, sc.id);
        ImGui::EndDisabled();
        probe_item(s, "klas-starten");
        message_line(s);
        return;
    }
    ImGui::TextUnformatted(tr(TText::classroom_code));
    ImGui::SameLine();
    ImGui::PushFont(s.fonts.heading);
    ImGui::TextUnformatted(c.code.c_str());
    ImGui::PopFont();
    probe_item(s, "klascode-trainer");
    ImGui::SameLine();
    ImGui::TextUnformatted(trf(TText::classroom_trainees, std::to_string(c.trainees)).c_str());
    if (c.open) {
        wrapped_muted(tr(TText::classroom_intro));
    } else {
        wrapped(tr(TText::classroom_ended));
        probe_item(s, "klas-afgelopen");
    }
    message_line(s);
    draw_participants(s);

    const ScenarioDecision* d = find_by_id(sc.decisions, decision_id);
    const auto spread = std::find_if(c.spread.begin(), c.spread.end(), [&](const ChoiceSpread& x) {
        return x.decision == decision_id;
    });
    if (!d || spread == c.spread.end()) return;
    ImGui::Spacing();
    ImGui::PushFont(s.fonts.bold);
    ImGui::TextUnformatted(tr(TText::classroom_spread));
    ImGui::PopFont();
    ImGui::SameLine();
    ImGui::TextUnformatted(trf(TText::classroom_answers, std::to_string(spread->answers)).c_str());
    probe_item(s, "klas-spreiding");
    // One block per question, as the trainee saw it; a sequence counts as a whole.
    const ScenarioAnswer protocol = correct_answer(s.content.model, sc, *d);
    for (const OfferedQuestion& q : offered_decision(s.content.model, sc, *d).questions) {
        const std::vector<std::string> right = answer_values(protocol, q.kind);
        const auto& counts = spread->of(q.kind);
        std::vector<std::string> ids;
        std::map<std::string, std::string> names;
        if (question_is_sequence(q.kind)) {
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
        spread_block(s, ids, names, counts, spread->answers,
                     question_is_sequence(q.kind) ? std::vector<std::string>{sequence_key(right)}
                                                  : right,
                     protocol_visible, question_is_sequence(q.kind));
    }
}

} // namespace pw::ui
