// The "Wat nu?" assistant: from the answers of a short interview about a case
// to advice for one organisation and role. The questions and outcomes are
// content (content/assistant.json); the actions, whom to inform, with which
// data, through which channel and system, are read from the case type's steps
// and flows, who decides from the decision rights, whom to ask from the
// contact points. Pure functions of the model.
#pragma once

#include "pw/model.hpp"

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace pw {

// Question id -> option id.
using AssistantAnswers = std::map<std::string, std::string>;

// Whether every condition holds for these answers (an unanswered question fails it).
bool conditions_hold(const std::vector<AssistantCondition>& when, const AssistantAnswers& answers);

// The questions to ask for these answers, in order: those whose conditions hold.
std::vector<const AssistantQuestion*> visible_questions(const Assistant& assistant,
                                                        const AssistantAnswers& answers);

// Only the answers that count: to a visible question, with an existing option.
AssistantAnswers relevant_answers(const Assistant& assistant, const AssistantAnswers& answers);

// The first outcome whose conditions hold, or nullptr.
const AssistantOutcome* matching_outcome(const Assistant& assistant,
                                         const AssistantAnswers& answers);

// One flow of the advice's steps that the chosen organisation sends or receives.
struct AdviceFlow {
    const Step* step = nullptr;
    const Flow* flow = nullptr;
    bool i_send = false;           // sent by the chosen role itself
    bool we_send = false;          // sent by the chosen organisation (any role)
    bool i_receive = false;        // the chosen role is a recipient
    bool we_receive = false;       // a role of the chosen organisation is a recipient
    std::vector<std::string> data; // the case type's always-shared items, then the flow's
};

struct AdviceStep {
    const Step* step = nullptr;
    bool mine = false;    // the chosen role acts
    bool ours = false;    // a role of the chosen organisation acts
    bool current = false; // where the case probably is
};

struct AssistantAdvice {
    const AssistantOutcome* outcome = nullptr;
    std::string organisation, role;      // chosen ids
    const CaseType* case_type = nullptr; // nullptr for an open outcome without one
    const Step* step = nullptr;
    std::vector<AdviceStep> steps;
    std::vector<AdviceFlow> flows;
    std::vector<const AssistantNote*> notes;     // of the chosen answers, then the outcome's
    std::vector<const AssistantNote*> deadlines; // the outcome's
    std::vector<const DecisionRight*> we_decide, we_do_not_decide, others_decide;
    std::vector<const RoleStatement*> role_limits; // what the chosen role does not decide
    std::vector<const ContactPoint*> contacts;     // the own organisation's first, then whom to ask
    bool open = false;            // the sources do not settle (part of) this case: see `ask`
    std::vector<std::string> ask; // organisations to ask, own organisation first
};

struct AssistantResult {
    std::vector<const AssistantQuestion*> unanswered; // visible questions still open
    bool complete() const { return unanswered.empty(); }
    bool has_advice = false; // complete and an outcome matched
    AssistantAdvice advice;
};

// The assistant of `content` given the answers so far. Answers to questions
// that are not asked are ignored.
AssistantResult answer(const Model& content, const AssistantAnswers& answers);

// The advice as a plain-text checklist (Dutch) to paste into a case file.
std::string advice_text(const Model& content, const AssistantAdvice& advice);
// Its sentences, shared with the app: "Jij informeert X. Gegevens: ... Kanaal: ...
// Systeem: ...", and "Contactpersoon ... (IND): 3/4 (Den Haag, ..., stand mei 2022)".
std::string advice_flow_sentence(const Model& content, const AdviceFlow& flow);
std::string contact_sentence(const Model& content, const ContactPoint& contact);

// Every complete combination of answers, in question order; calls `visit`
// with each until it returns false or `limit` combinations were visited.
// Returns the number visited.
std::size_t for_each_combination(const Assistant& assistant, std::size_t limit,
                                 const std::function<bool(const AssistantAnswers&)>& visit);

// "organisatie=ind&rol-ind=contactpersoon" (question order) and back. Parsing
// keeps every well-formed pair; `relevant_answers` drops what does not count.
std::string format_answers(const Assistant& assistant, const AssistantAnswers& answers);
AssistantAnswers parse_answers(std::string_view query);

} // namespace pw
