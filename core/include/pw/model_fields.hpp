// Every field of every model struct, as a list of member pointers: what the
// packed content (content_pack.hpp) writes and reads, and what compares two
// models field by field. A struct whose field count differs from its list
// fails to compile (see kFieldListsComplete), so a field added to model.hpp
// cannot be silently left out of the packed form.
#pragma once

#include "pw/model.hpp"

#include <cstddef>
#include <string_view>
#include <tuple>

namespace pw {

// The model structs have no field lists unless named below.
template <class T> inline constexpr bool kHasFields = false;
template <class T> inline constexpr auto kFields = std::tuple<>{};
// The list as written ("&Origin::file, &Origin::pointer"): the fields' names.
template <class T> inline constexpr std::string_view kFieldNames = {};

#define PW_FIELDS(Type, ...)                                                                       \
    template <> inline constexpr bool kHasFields<Type> = true;                                     \
    template <> inline constexpr auto kFields<Type> = std::tuple{__VA_ARGS__};                     \
    template <> inline constexpr std::string_view kFieldNames<Type> = #__VA_ARGS__;

PW_FIELDS(Origin, &Origin::file, &Origin::pointer)
PW_FIELDS(Citation, &Citation::source, &Citation::locator, &Citation::quote)
PW_FIELDS(Provenance, &Provenance::citations, &Provenance::illustrative,
          &Provenance::illustrative_note)
PW_FIELDS(SourceDocument, &SourceDocument::id, &SourceDocument::title, &SourceDocument::file,
          &SourceDocument::url, &SourceDocument::date, &SourceDocument::description,
          &SourceDocument::origin)
PW_FIELDS(Organisation, &Organisation::id, &Organisation::name, &Organisation::short_name,
          &Organisation::kind, &Organisation::description, &Organisation::provenance,
          &Organisation::origin)
PW_FIELDS(RoleStatement, &RoleStatement::text, &RoleStatement::provenance, &RoleStatement::origin)
PW_FIELDS(Role, &Role::id, &Role::organisation, &Role::name, &Role::short_name, &Role::description,
          &Role::tasks, &Role::limits, &Role::provenance, &Role::origin)
PW_FIELDS(System, &System::id, &System::name, &System::organisation, &System::description,
          &System::provenance, &System::origin)
PW_FIELDS(Channel, &Channel::id, &Channel::name, &Channel::short_name, &Channel::secure,
          &Channel::description, &Channel::provenance, &Channel::origin)
PW_FIELDS(DataItem, &DataItem::id, &DataItem::name, &DataItem::description, &DataItem::provenance,
          &DataItem::origin)
PW_FIELDS(LegalBasis, &LegalBasis::id, &LegalBasis::title, &LegalBasis::reference,
          &LegalBasis::text, &LegalBasis::provenance, &LegalBasis::origin)
PW_FIELDS(Principle, &Principle::id, &Principle::title, &Principle::text, &Principle::provenance,
          &Principle::origin)
PW_FIELDS(Flow, &Flow::id, &Flow::from, &Flow::to, &Flow::channel, &Flow::data, &Flow::purposes,
          &Flow::systems, &Flow::description, &Flow::condition, &Flow::provenance, &Flow::origin)
PW_FIELDS(Transition, &Transition::step, &Transition::label)
PW_FIELDS(Step, &Step::id, &Step::title, &Step::kind, &Step::actor, &Step::summary, &Step::question,
          &Step::next, &Step::flows, &Step::legal_bases, &Step::provenance, &Step::origin)
PW_FIELDS(ExamplePerson, &ExamplePerson::name, &ExamplePerson::description,
          &ExamplePerson::identifier)
PW_FIELDS(ExampleStep, &ExampleStep::step, &ExampleStep::narrative, &ExampleStep::outcome)
PW_FIELDS(Example, &Example::id, &Example::title, &Example::summary, &Example::persons,
          &Example::path, &Example::provenance, &Example::origin)
PW_FIELDS(CaseType, &CaseType::id, &CaseType::title, &CaseType::short_title, &CaseType::summary,
          &CaseType::trigger, &CaseType::annex, &CaseType::always_shared,
          &CaseType::always_shared_basis, &CaseType::legal_bases, &CaseType::principles,
          &CaseType::start, &CaseType::steps, &CaseType::examples, &CaseType::provenance,
          &CaseType::origin)
PW_FIELDS(GlossaryTerm, &GlossaryTerm::id, &GlossaryTerm::term, &GlossaryTerm::expansion,
          &GlossaryTerm::definition, &GlossaryTerm::aliases, &GlossaryTerm::provenance,
          &GlossaryTerm::origin)
PW_FIELDS(Card, &Card::id, &Card::kind, &Card::title, &Card::misconception, &Card::text,
          &Card::items, &Card::organisations, &Card::roles, &Card::case_types, &Card::provenance,
          &Card::origin)
PW_FIELDS(DecisionRight, &DecisionRight::id, &DecisionRight::subject, &DecisionRight::organisation,
          &DecisionRight::statement, &DecisionRight::not_decided_by, &DecisionRight::provenance,
          &DecisionRight::origin)
PW_FIELDS(ContactPoint, &ContactPoint::id, &ContactPoint::organisation, &ContactPoint::role,
          &ContactPoint::count, &ContactPoint::locations, &ContactPoint::as_of, &ContactPoint::note,
          &ContactPoint::provenance, &ContactPoint::origin)
PW_FIELDS(ScenarioOption, &ScenarioOption::id, &ScenarioOption::text, &ScenarioOption::credit,
          &ScenarioOption::rule, &ScenarioOption::feedback, &ScenarioOption::next,
          &ScenarioOption::consequence, &ScenarioOption::mistake, &ScenarioOption::decider,
          &ScenarioOption::meets, &ScenarioOption::ask, &ScenarioOption::step,
          &ScenarioOption::flow, &ScenarioOption::provenance, &ScenarioOption::origin)
PW_FIELDS(ScenarioQuestion, &ScenarioQuestion::prompt, &ScenarioQuestion::options,
          &ScenarioQuestion::right, &ScenarioQuestion::criteria, &ScenarioQuestion::data_item,
          &ScenarioQuestion::flow, &ScenarioQuestion::correct_order, &ScenarioQuestion::matter,
          &ScenarioQuestion::venues, &ScenarioQuestion::provenance, &ScenarioQuestion::origin)
PW_FIELDS(ScenarioDecision, &ScenarioDecision::id, &ScenarioDecision::step, &ScenarioDecision::flow,
          &ScenarioDecision::situation, &ScenarioDecision::action,
          &ScenarioDecision::offered_recipients, &ScenarioDecision::offered_data,
          &ScenarioDecision::offered_channels, &ScenarioDecision::judgement,
          &ScenarioDecision::decides, &ScenarioDecision::wording, &ScenarioDecision::missing,
          &ScenarioDecision::order, &ScenarioDecision::escalation, &ScenarioDecision::next,
          &ScenarioDecision::on_mistake, &ScenarioDecision::consequences,
          &ScenarioDecision::provenance, &ScenarioDecision::origin)
PW_FIELDS(EndingRequirement, &EndingRequirement::min_score, &EndingRequirement::without)
PW_FIELDS(ScenarioEnding, &ScenarioEnding::id, &ScenarioEnding::title, &ScenarioEnding::text,
          &ScenarioEnding::good, &ScenarioEnding::requires_, &ScenarioEnding::otherwise,
          &ScenarioEnding::origin)
PW_FIELDS(Scenario, &Scenario::id, &Scenario::title, &Scenario::case_type, &Scenario::perspective,
          &Scenario::summary, &Scenario::persons, &Scenario::start, &Scenario::decisions,
          &Scenario::endings, &Scenario::provenance, &Scenario::origin)
PW_FIELDS(FeedbackRule, &FeedbackRule::id, &FeedbackRule::text, &FeedbackRule::credit,
          &FeedbackRule::mistake, &FeedbackRule::expected, &FeedbackRule::chosen,
          &FeedbackRule::provenance, &FeedbackRule::origin)
PW_FIELDS(MistakeClass, &MistakeClass::id, &MistakeClass::name, &MistakeClass::consequence,
          &MistakeClass::provenance, &MistakeClass::origin)
PW_FIELDS(WordingCriterion, &WordingCriterion::id, &WordingCriterion::text,
          &WordingCriterion::missing, &WordingCriterion::blocking, &WordingCriterion::provenance,
          &WordingCriterion::origin)
PW_FIELDS(Venue, &Venue::id, &Venue::name, &Venue::description, &Venue::provenance, &Venue::origin)
PW_FIELDS(EscalationMatter, &EscalationMatter::id, &EscalationMatter::title,
          &EscalationMatter::description, &EscalationMatter::route, &EscalationMatter::never,
          &EscalationMatter::provenance, &EscalationMatter::origin)
PW_FIELDS(SearchName, &SearchName::words, &SearchName::organisations, &SearchName::roles,
          &SearchName::origin)
PW_FIELDS(SearchSynonyms, &SearchSynonyms::words, &SearchSynonyms::origin)
PW_FIELDS(OnboardingGroup, &OnboardingGroup::title, &OnboardingGroup::title_en,
          &OnboardingGroup::column, &OnboardingGroup::kind, &OnboardingGroup::items,
          &OnboardingGroup::origin)
PW_FIELDS(SearchLexicon, &SearchLexicon::names, &SearchLexicon::synonyms,
          &SearchLexicon::stop_words, &SearchLexicon::sends, &SearchLexicon::receives,
          &SearchLexicon::asks, &SearchLexicon::decides, &SearchLexicon::origin)
PW_FIELDS(ContentVersion, &ContentVersion::version, &ContentVersion::date)
PW_FIELDS(AssistantCondition, &AssistantCondition::question, &AssistantCondition::is)
PW_FIELDS(AssistantNote, &AssistantNote::text, &AssistantNote::open, &AssistantNote::ask,
          &AssistantNote::provenance, &AssistantNote::origin)
PW_FIELDS(AssistantOption, &AssistantOption::id, &AssistantOption::text,
          &AssistantOption::organisation, &AssistantOption::role, &AssistantOption::has_note,
          &AssistantOption::note, &AssistantOption::decision_rights, &AssistantOption::origin)
PW_FIELDS(AssistantQuestion, &AssistantQuestion::id, &AssistantQuestion::text,
          &AssistantQuestion::help, &AssistantQuestion::when, &AssistantQuestion::options,
          &AssistantQuestion::origin)
PW_FIELDS(AssistantOutcome, &AssistantOutcome::id, &AssistantOutcome::title,
          &AssistantOutcome::when, &AssistantOutcome::case_type, &AssistantOutcome::step,
          &AssistantOutcome::steps, &AssistantOutcome::why, &AssistantOutcome::decision_rights,
          &AssistantOutcome::deadlines, &AssistantOutcome::notes, &AssistantOutcome::ask,
          &AssistantOutcome::open, &AssistantOutcome::provenance, &AssistantOutcome::origin)
PW_FIELDS(Assistant, &Assistant::questions, &Assistant::outcomes, &Assistant::origin)
PW_FIELDS(ContentFile, &ContentFile::path, &ContentFile::kind)
PW_FIELDS(Model, &Model::files, &Model::sources, &Model::organisations, &Model::roles,
          &Model::systems, &Model::channels, &Model::data_items, &Model::legal_bases,
          &Model::principles, &Model::case_types, &Model::glossary, &Model::cards,
          &Model::decision_rights, &Model::contact_points, &Model::scenarios,
          &Model::feedback_rules, &Model::mistake_classes, &Model::wording_criteria, &Model::venues,
          &Model::escalation_matters, &Model::search_lexicon, &Model::onboarding, &Model::assistant)

#undef PW_FIELDS

namespace detail {
// Converts to any field type: T{AnyField{}, ...} compiles with exactly as many
// as the aggregate T has fields.
struct AnyField {
    template <class T> operator T&() const;
};
template <class T, class... Given> consteval std::size_t field_count() {
    if constexpr (requires { T{Given{}..., AnyField{}}; })
        return field_count<T, Given..., AnyField>();
    else
        return sizeof...(Given);
}
template <class... T> consteval bool all_listed(const std::tuple<T*...>*) {
    return ((field_count<T>() == std::tuple_size_v<std::remove_cv_t<decltype(kFields<T>)>>)&&...);
}
} // namespace detail

// Every struct the model is made of, each with all its fields listed.
inline constexpr bool kFieldListsComplete = detail::all_listed(
    static_cast<std::tuple<
        Origin*, Citation*, Provenance*, SourceDocument*, Organisation*, RoleStatement*, Role*,
        System*, Channel*, DataItem*, LegalBasis*, Principle*, Flow*, Transition*, Step*,
        ExamplePerson*, ExampleStep*, Example*, CaseType*, GlossaryTerm*, Card*, DecisionRight*,
        ContactPoint*, ScenarioOption*, ScenarioQuestion*, ScenarioDecision*, EndingRequirement*,
        ScenarioEnding*, Scenario*, FeedbackRule*, MistakeClass*, WordingCriterion*, Venue*,
        EscalationMatter*, SearchName*, SearchSynonyms*, OnboardingGroup*, SearchLexicon*,
        ContentVersion*, AssistantCondition*, AssistantNote*, AssistantOption*, AssistantQuestion*,
        AssistantOutcome*, Assistant*, ContentFile*, Model*>*>(nullptr));
static_assert(kFieldListsComplete,
              "a model struct has a field that model_fields.hpp does not list");

// Calls f(field) for each field of v, in the listed order.
template <class T, class F> void for_each_field(T& v, F&& f) {
    using Plain = std::remove_const_t<T>;
    std::apply([&](auto... member) { (f(v.*member), ...); }, kFields<Plain>);
}

} // namespace pw
