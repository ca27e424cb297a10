#include "pw/first_screen.hpp"

namespace pw {
namespace {

// A copy of `full` with only the fields named; the others default.
template <class T, class... F> T only(const T& full, F T::*... fields) {
    T out;
    ((out.*fields = full.*fields), ...);
    return out;
}
template <class T, class... F>
std::vector<T> only_each(const std::vector<T>& all, F T::*... fields) {
    std::vector<T> out;
    out.reserve(all.size());
    for (const T& item : all)
        out.push_back(only(item, fields...));
    return out;
}

CaseType case_type_titles(const CaseType& ct) {
    CaseType out = only(ct, &CaseType::id, &CaseType::title, &CaseType::short_title);
    out.steps = only_each(ct.steps, &Step::id, &Step::title);
    out.examples = only_each(ct.examples, &Example::id, &Example::title);
    return out;
}

// The text explains abbreviations inline (rich_text.hpp): term, expansion,
// definition and the other spellings it is found by. Other terms by name.
GlossaryTerm term_for_home(const GlossaryTerm& t) {
    if (t.expansion.empty()) return only(t, &GlossaryTerm::id, &GlossaryTerm::term);
    return only(t, &GlossaryTerm::id, &GlossaryTerm::term, &GlossaryTerm::expansion,
                &GlossaryTerm::definition, &GlossaryTerm::aliases);
}

} // namespace

Model first_screen_model(const Model& whole) {
    Model out;
    out.files = whole.files;
    out.onboarding = whole.onboarding;
    for (const CaseType& ct : whole.case_types)
        out.case_types.push_back(case_type_titles(ct));
    out.organisations = only_each(whole.organisations, &Organisation::id, &Organisation::name,
                                  &Organisation::short_name, &Organisation::kind);
    out.roles =
        only_each(whole.roles, &Role::id, &Role::organisation, &Role::name, &Role::short_name);
    out.systems = only_each(whole.systems, &System::id, &System::name);
    out.channels = only_each(whole.channels, &Channel::id, &Channel::name);
    out.data_items = only_each(whole.data_items, &DataItem::id, &DataItem::name);
    out.legal_bases = only_each(whole.legal_bases, &LegalBasis::id, &LegalBasis::reference);
    out.principles = only_each(whole.principles, &Principle::id, &Principle::title);
    for (const GlossaryTerm& t : whole.glossary)
        out.glossary.push_back(term_for_home(t));
    out.cards = only_each(whole.cards, &Card::id, &Card::kind, &Card::title);
    out.scenarios = only_each(whole.scenarios, &Scenario::id, &Scenario::title);
    out.assistant.questions = only_each(whole.assistant.questions, &AssistantQuestion::id);
    out.assistant.origin = whole.assistant.origin;
    return out;
}

} // namespace pw
