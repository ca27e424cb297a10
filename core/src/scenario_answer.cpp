#include "pw/scenario_answer.hpp"

namespace pw {
namespace {

struct KindInfo {
    QuestionKind kind;
    const char* id;
    const char* label;
};

constexpr std::array<KindInfo, 10> kKinds{{
    {QuestionKind::action, "action", "actie"},
    {QuestionKind::recipients, "recipients", "ontvangers"},
    {QuestionKind::data, "data", "gegevens"},
    {QuestionKind::channel, "channel", "kanaal"},
    {QuestionKind::judgement, "judgement", "oordeel"},
    {QuestionKind::decides, "decides", "wie beslist"},
    {QuestionKind::wording, "wording", "formulering"},
    {QuestionKind::missing, "missing", "ontbrekende informatie"},
    {QuestionKind::order, "order", "volgorde"},
    {QuestionKind::escalation, "escalation", "route"},
}};

const KindInfo& info(QuestionKind kind) {
    return kKinds[static_cast<std::size_t>(kind)];
}

// The one-of kinds keep their answer in a string, the others in a list;
// `Answer` is ScenarioAnswer or const ScenarioAnswer.
template <class Answer> auto* one_of(Answer& a, QuestionKind kind) {
    using Ptr = decltype(&a.action);
    switch (kind) {
    case QuestionKind::action:
        return &a.action;
    case QuestionKind::channel:
        return &a.channel;
    case QuestionKind::judgement:
        return &a.judgement;
    case QuestionKind::decides:
        return &a.decides;
    case QuestionKind::wording:
        return &a.wording;
    case QuestionKind::missing:
        return &a.missing;
    default:
        return Ptr{};
    }
}

template <class Answer> auto* many(Answer& a, QuestionKind kind) {
    using Ptr = decltype(&a.recipients);
    switch (kind) {
    case QuestionKind::recipients:
        return &a.recipients;
    case QuestionKind::data:
        return &a.data;
    case QuestionKind::order:
        return &a.order;
    case QuestionKind::escalation:
        return &a.escalation;
    default:
        return Ptr{};
    }
}

} // namespace

const char* question_kind_id(QuestionKind kind) {
    return info(kind).id;
}
const char* question_kind_label(QuestionKind kind) {
    return info(kind).label;
}

std::optional<QuestionKind> question_kind_from_id(std::string_view id) {
    for (const KindInfo& k : kKinds)
        if (id == k.id) return k.kind;
    return std::nullopt;
}

bool question_takes_many(QuestionKind kind) {
    return kind == QuestionKind::recipients || kind == QuestionKind::data ||
           question_is_sequence(kind);
}

bool question_is_sequence(QuestionKind kind) {
    return kind == QuestionKind::order || kind == QuestionKind::escalation;
}

std::vector<std::string> answer_values(const ScenarioAnswer& answer, QuestionKind kind) {
    if (const std::string* s = one_of(answer, kind))
        return s->empty() ? std::vector<std::string>{} : std::vector<std::string>{*s};
    return *many(answer, kind);
}

void set_answer_values(ScenarioAnswer& a, QuestionKind kind, std::vector<std::string> ids) {
    if (std::string* s = one_of(a, kind))
        *s = ids.empty() ? std::string() : ids.front();
    else
        *many(a, kind) = std::move(ids);
}

bool answer_is_empty(const ScenarioAnswer& a) {
    for (QuestionKind k : kQuestionKinds)
        if (!answer_values(a, k).empty()) return false;
    return true;
}

} // namespace pw
