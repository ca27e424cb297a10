// The questions of a decision as the trainee (or the group) answers them:
// options with letters a room can call out (A, B, C), two columns of roles,
// data items and channels, and a sequence picker for order and route. After
// "reveal" the protocol's choices are marked in the list itself.
#include "pw/lookup.hpp"
#include "ui/a11y.hpp"
#include "ui/exercise_widgets.hpp"
#include "ui/strings.hpp"
#include "ui/widgets.hpp"

#include <imgui.h>

#include <algorithm>

namespace pw::ui {
namespace {

void question_label(const AppState& s, std::string_view text) {
    ImGui::Spacing();
    ImGui::PushFont(s.fonts.bold);
    wrapped(text);
    ImGui::PopFont();
}

std::string letter(std::size_t i) {
    std::string out;
    for (std::size_t n = i + 1; n > 0; n = (n - 1) / 26)
        out.insert(out.begin(), static_cast<char>('A' + (n - 1) % 26));
    return out;
}

// "B. text", a place in a sequence, and when revealed the protocol's mark:
// for a sequence the place the protocol gives it (protocol_place > 0).
std::string choice_label(std::size_t i, const std::string& text, bool protocol, int place,
                         int protocol_place) {
    std::string label = letter(i) + ". " + text;
    if (place > 0) label = "(" + std::to_string(place) + ") " + label;
    if (protocol_place > 0)
        label += "  ✓ " + trf(Text::protocol_place, std::to_string(protocol_place));
    else if (protocol)
        label += std::string("  ✓ ") + tr(Text::protocol_choice);
    return label;
}

// The choices of one question: `columns` 2 puts two side by side.
void choices(AppState& s, const OfferedQuestion& q, const std::vector<std::string>& protocol,
             bool reveal, ScenarioAnswer& a) {
    const std::string probe = std::string("keuze:") + question_probe(q.kind) + ":";
    std::vector<std::string> chosen = answer_values(a, q.kind);
    const bool many = question_takes_many(q.kind);
    const bool sequence = question_is_sequence(q.kind);
    const bool two_columns = q.kind == QuestionKind::recipients || q.kind == QuestionKind::data ||
                             q.kind == QuestionKind::channel;
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    const float width = two_columns ? (ImGui::GetContentRegionAvail().x - gap) * 0.5f : 0.0f;
    for (std::size_t i = 0; i < q.choices.size(); ++i) {
        const OfferedChoice& c = q.choices[i];
        if (two_columns && i % 2 == 1) ImGui::SameLine(0, gap);
        const auto at = std::find(chosen.begin(), chosen.end(), c.id);
        const bool selected = at != chosen.end();
        const int place = sequence && selected ? static_cast<int>(at - chosen.begin()) + 1 : 0;
        const std::string id = probe + c.id;
        const auto in_protocol = std::find(protocol.begin(), protocol.end(), c.id);
        const int protocol_place = reveal && sequence && in_protocol != protocol.end()
                                       ? static_cast<int>(in_protocol - protocol.begin()) + 1
                                       : 0;
        const std::string label =
            choice_label(i, c.text, reveal && in_protocol != protocol.end(), place, protocol_place);
        if (choice_box(s, label, id.c_str(), selected, many, width)) {
            if (!many)
                chosen = {c.id};
            else if (selected)
                chosen.erase(at); // a sequence closes up behind it
            else
                chosen.push_back(c.id);
            set_answer_values(a, q.kind, chosen);
        }
    }
    if (sequence && !chosen.empty()) {
        if (link_button(s, tr(Text::sequence_clear), (probe + "wissen").c_str()))
            set_answer_values(a, q.kind, {});
    }
}

const char* default_prompt(QuestionKind kind) {
    switch (kind) {
    case QuestionKind::recipients:
        return tr(Text::q_recipients);
    case QuestionKind::data:
        return tr(Text::q_data);
    case QuestionKind::channel:
        return tr(Text::q_channel);
    default:
        return "";
    }
}

} // namespace

const char* question_probe(QuestionKind kind) {
    switch (kind) {
    case QuestionKind::action:
        return "actie";
    case QuestionKind::recipients:
        return "ontvanger";
    case QuestionKind::data:
        return "gegeven";
    case QuestionKind::channel:
        return "kanaal";
    case QuestionKind::judgement:
        return "oordeel";
    case QuestionKind::decides:
        return "beslisser";
    case QuestionKind::wording:
        return "formulering";
    case QuestionKind::missing:
        return "ontbrekend";
    case QuestionKind::order:
        return "volgorde";
    case QuestionKind::escalation:
        return "route";
    }
    return "";
}

void draw_questions(AppState& s, const Scenario& sc, const ScenarioDecision& d, ScenarioAnswer& a,
                    bool reveal) {
    const Model& m = s.content.model;
    const OfferedDecision offer = offered_decision(m, sc, d);
    const ScenarioAnswer protocol = reveal ? correct_answer(m, sc, d) : ScenarioAnswer{};
    for (const OfferedQuestion& q : offer.questions) {
        ImGui::PushID(question_kind_id(q.kind));
        const std::string prompt = q.prompt.empty() ? default_prompt(q.kind) : q.prompt;
        question_label(s, prompt);
        if (q.kind == QuestionKind::order) wrapped_muted(tr(Text::order_hint));
        if (q.kind == QuestionKind::escalation) wrapped_muted(tr(Text::route_hint));
        // The choices are one group named by the question: one of (radios) or several.
        a11y_begin_group(prompt, !question_takes_many(q.kind));
        choices(s, q, answer_values(protocol, q.kind), reveal, a);
        a11y_end_group();
        ImGui::PopID();
    }
}

} // namespace pw::ui
