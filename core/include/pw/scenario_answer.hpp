// What a trainee (or a group) answers at one decision of a scenario, and the
// kinds of question a decision can ask. The kind ids are the keys of an answer
// in JSON (answers files of `protocolwijzer play`, the classroom API, stored
// progress) and of the questions in a scenario file.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

enum class QuestionKind {
    action,     // what do you do next (one option)
    recipients, // to whom (roles; follows from the decision's flow)
    data,       // which data (data items; follows from the flow)
    channel,    // through which channel (follows from the flow)
    judgement,  // who decides what (one option, one right answer)
    decides,    // who decides, graded and conditional (options name the decider)
    wording,    // which wording shows the child's interest was weighed (bouwsteen)
    missing,    // what to do when information is missing
    order,      // put the steps in order
    escalation, // which route a matter takes (contact persons, SKIV, directors)
};
inline constexpr std::array<QuestionKind, 10> kQuestionKinds{
    QuestionKind::action,    QuestionKind::recipients, QuestionKind::data,    QuestionKind::channel,
    QuestionKind::judgement, QuestionKind::decides,    QuestionKind::wording, QuestionKind::missing,
    QuestionKind::order,     QuestionKind::escalation};

// "action", "recipients", ...: the key in answers and in JSON output.
const char* question_kind_id(QuestionKind kind);
std::optional<QuestionKind> question_kind_from_id(std::string_view id);
// Dutch name for authors and trainers: "actie", "ontvangers", "volgorde", ...
const char* question_kind_label(QuestionKind kind);
// Several choices (recipients, data); a sequence is also several, in order.
bool question_takes_many(QuestionKind kind);
// The choices are put in an order (order, escalation).
bool question_is_sequence(QuestionKind kind);

struct ScenarioAnswer {
    std::string action;                  // option id of the action question, if asked
    std::vector<std::string> recipients; // role ids
    std::vector<std::string> data;       // data item ids
    std::string channel;                 // channel id
    std::string judgement;               // option id of the judgement question, if asked
    std::string decides;                 // option id
    std::string wording;                 // option id
    std::string missing;                 // option id
    std::vector<std::string> order;      // item ids, first to last
    std::vector<std::string> escalation; // venue ids, first stop first
    bool operator==(const ScenarioAnswer&) const = default;
};

// The answer to one kind of question as a list (one-of kinds give zero or one id).
std::vector<std::string> answer_values(const ScenarioAnswer& answer, QuestionKind kind);
void set_answer_values(ScenarioAnswer& answer, QuestionKind kind, std::vector<std::string> ids);
bool answer_is_empty(const ScenarioAnswer& answer);

} // namespace pw
