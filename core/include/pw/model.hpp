// The protocol as plain data. Loaded from content/ by the loader, checked by the
// validator, read by every engine and view. Ids are the strings authors write in
// the JSON files; references between entities are by id.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace pw {

// Where an entity was written: which content file and which JSON pointer inside it.
// Lines are looked up through SourceMap so the model itself stays plain data.
struct Origin {
    int file = -1;
    std::string pointer;
    bool operator==(const Origin&) const = default;
};

// A citation of one of the source documents (../shared/sources) or a public page.
struct Citation {
    std::string source;  // id of a SourceDocument
    std::string locator; // section, page, row, footnote
    std::string quote;   // optional exact wording
    bool operator==(const Citation&) const = default;
};

// What every fact carries: where it comes from, and whether it is illustrative
// (added by the authors, not stated by a source) — the UI shows that flag.
struct Provenance {
    std::vector<Citation> citations;
    bool illustrative = false;
    std::string illustrative_note; // what exactly is added, and why
    bool operator==(const Provenance&) const = default;
};

struct SourceDocument {
    std::string id;
    std::string title;
    std::string file; // file name in ../shared/sources, or empty for a web page
    std::string url;  // address of a public page, or empty
    std::string date;
    std::string description;
    Origin origin;
};

struct Organisation {
    std::string id;
    std::string name;
    std::string short_name;
    std::string kind; // uitvoeringsorganisatie, ketenpartner, rechtspraak, ...
    std::string description;
    Provenance provenance;
    Origin origin;
};

// One thing a role does, or does not decide, with the source that says so.
struct RoleStatement {
    std::string text;
    Provenance provenance;
    Origin origin;
};

struct Role {
    std::string id;
    std::string organisation; // id of an Organisation
    std::string name;
    std::string short_name; // for tight spots on the map; may be empty
    std::string description;
    std::vector<RoleStatement> tasks;  // what this role does
    std::vector<RoleStatement> limits; // what this role does not decide
    Provenance provenance;
    Origin origin;
};

struct System {
    std::string id;
    std::string name;
    std::string organisation; // owner, may be empty (shared chain system)
    std::string description;
    Provenance provenance;
    Origin origin;
};

struct Channel {
    std::string id;
    std::string name;
    std::string short_name; // for labels on the map; may be empty
    bool secure = false;    // fit for personal data (AVG "veilig delen")
    std::string description;
    Provenance provenance;
    Origin origin;
};

struct DataItem {
    std::string id;
    std::string name;
    std::string description;
    Provenance provenance;
    Origin origin;
};

struct LegalBasis {
    std::string id;
    std::string title;
    std::string reference; // e.g. "art. 6, lid 1, sub c AVG"
    std::string text;
    Provenance provenance;
    Origin origin;
};

struct Principle {
    std::string id;
    std::string title;
    std::string text;
    Provenance provenance;
    Origin origin;
};

// One exchange of information: who sends what to whom, how, why, where recorded.
struct Flow {
    std::string id;
    std::string from;            // role id
    std::vector<std::string> to; // role ids
    std::string channel;         // channel id
    std::vector<std::string> data;
    std::vector<std::string> purposes;
    std::vector<std::string> systems;
    std::string description; // how it happens, in the source's words
    std::string condition;   // when this flow applies, if not always
    Provenance provenance;
    Origin origin;
};

enum class StepKind { task, decision, end };

struct Transition {
    std::string step;  // target step id
    std::string label; // the outcome or condition that leads there
};

struct Step {
    std::string id;
    std::string title;
    StepKind kind = StepKind::task;
    std::string actor; // role id of who acts in this step
    std::string summary;
    std::string question; // for decisions
    std::vector<Transition> next;
    std::vector<Flow> flows;
    std::vector<std::string> legal_bases;
    Provenance provenance;
    Origin origin;
};

// A worked example: a fictional case walking one path through a case type.
struct ExamplePerson {
    std::string name;        // fictional
    std::string description; // "kind, 8 jaar"
    std::string identifier;  // an obviously fake V-nummer, or empty
    bool operator==(const ExamplePerson&) const = default;
};

struct ExampleStep {
    std::string step;      // step id
    std::string narrative; // what happens to this family at this step
    std::string outcome;   // for a decision: the id of the next step taken
};

struct Example {
    std::string id;
    std::string title;
    std::string summary;
    std::vector<ExamplePerson> persons;
    std::vector<ExampleStep> path;
    Provenance provenance;
    Origin origin;
};

struct CaseType {
    std::string id;
    std::string title;
    std::string short_title;
    std::string summary;
    std::string trigger;
    std::string annex; // which annex of the Handelingsprotocol this reconstructs
    std::vector<std::string> always_shared; // data item ids shared in every flow
    // Where "always shared" comes from: the AVG table says it for the KB
    // process only, so for other case types it is an assumption, flagged.
    Provenance always_shared_basis;
    std::vector<std::string> legal_bases;
    std::vector<std::string> principles;
    std::string start;
    std::vector<Step> steps;
    std::vector<Example> examples;
    Provenance provenance;
    Origin origin;
};

struct GlossaryTerm {
    std::string id;
    std::string term;      // as written in texts: "OTS", "regievoerder"
    std::string expansion; // for abbreviations: "ondertoezichtstelling"
    std::string definition;
    std::vector<std::string> aliases; // other spellings that mean the same
    Provenance provenance;
    Origin origin;
};

// Knowledge that is not a process step: who decides what, misconceptions
// ("misvatting / zo zit het"), cooperation structure, return context, AVG.
struct Card {
    std::string id;
    std::string kind; // rolverdeling, misvatting, samenwerking, terugkeer, avg, achtergrond
    std::string title;
    std::string misconception;      // for kind "misvatting": what people wrongly think
    std::vector<std::string> text;  // paragraphs
    std::vector<std::string> items; // bullet points
    std::vector<std::string> organisations;
    std::vector<std::string> roles;
    std::vector<std::string> case_types;
    Provenance provenance;
    Origin origin;
};

// "Who decides what" as data: what an organisation decides and who does not.
struct DecisionRight {
    std::string id;
    std::string subject;      // "verblijfsrecht"
    std::string organisation; // decides
    std::string statement;
    std::vector<std::string> not_decided_by; // organisations that do not decide this
    Provenance provenance;
    Origin origin;
};

// Contact persons Belang van het Kind per organisation, with the date of the figure.
struct ContactPoint {
    std::string id;
    std::string organisation;
    std::string role;
    std::string count; // as the source gives it: "3/4", "17"
    std::vector<std::string> locations;
    std::string as_of;
    std::string note;
    Provenance provenance;
    Origin origin;
};

// A training scenario: a fictional case seen from one role, with decisions
// that each practise one protocol step and ask one or more kinds of question
// (QuestionKind). The right recipients, data and channel of a decision come
// from its flow in the case type; who decides from a decision right; a route
// from the escalation table; so guide and training cannot disagree.
struct ScenarioOption {
    std::string id;
    std::string text;
    double credit = 0;       // 1: what the protocol asks; 0.5: partly (explained by `rule`)
    std::string rule;        // feedback rule that explains a partial or zero credit
    std::string feedback;    // why this is (not) what the protocol asks
    std::string next;        // decision or ending this choice leads to, if it branches
    std::string consequence; // what happens in the story after this choice
    std::string mistake;     // mistake class this choice counts as, if not the kind's default
    std::string decider;     // decides: the organisation this option says decides
    std::vector<std::string> meets; // wording: the criteria this wording meets
    std::string ask;                // missing: the role asked for the information
    std::string step, flow;         // order: the protocol step or flow this item is
    Provenance provenance;          // why the right answer is right: a quote, or illustrative
    Origin origin;
    bool correct() const { return credit >= 1; }
    bool operator==(const ScenarioOption&) const = default;
};

struct ScenarioQuestion {
    std::string prompt;
    std::vector<ScenarioOption> options; // order: the items, in the order shown
    std::string right;                   // decides: the decision right it is about
    std::vector<std::string> criteria;   // wording: the criteria a wording must meet
    std::string data_item, flow;         // missing: what is missing, and the flow that supplies it
    std::vector<std::string> correct_order; // order: item ids, first to last
    std::string matter;              // escalation: the escalation matter (its route is right)
    std::vector<std::string> venues; // escalation: venue ids offered
    Provenance provenance;           // order: what the order rests on
    Origin origin;
    bool asked() const { return !options.empty() || !venues.empty(); }
    bool operator==(const ScenarioQuestion&) const = default;
};

struct ScenarioDecision {
    std::string id;
    std::string step; // protocol step this decision practises
    std::string flow; // the step's flow it is about, if it asks recipients, data or channel
    std::string situation;
    ScenarioQuestion action;                     // the next action (step and order)
    std::vector<std::string> offered_recipients; // role ids to choose from; empty: not asked
    std::vector<std::string> offered_data;       // data item ids, tempting extras included
    std::vector<std::string> offered_channels;   // channel ids
    ScenarioQuestion judgement;                  // who decides what (role fidelity)
    ScenarioQuestion decides, wording, missing, order, escalation;
    std::string next; // default next decision or ending
    // Where a mistake of a class leads (mistake class id -> decision or ending).
    std::vector<std::pair<std::string, std::string>> on_mistake;
    // Story text per mistake class, instead of the class's default consequence.
    std::vector<std::pair<std::string, std::string>> consequences;
    Provenance provenance; // quoted source for a flow answer whose flow quotes none
    Origin origin;
    bool operator==(const ScenarioDecision&) const = default;
};

// When an ending stands: a score of at least min_score (share of the maximum)
// and none of the mistake classes in `without`. Otherwise the run ends in `otherwise`.
struct EndingRequirement {
    double min_score = 0;
    std::vector<std::string> without;
    bool any() const { return min_score > 0 || !without.empty(); }
    bool operator==(const EndingRequirement&) const = default;
};

struct ScenarioEnding {
    std::string id;
    std::string title;
    std::string text;
    bool good = true;
    EndingRequirement requires_;
    std::string otherwise;
    Origin origin;
    bool operator==(const ScenarioEnding&) const = default;
};

struct Scenario {
    std::string id;
    std::string title;
    std::string case_type;
    std::string perspective; // role id the trainee plays
    std::string summary;
    std::vector<ExamplePerson> persons;
    std::string start;
    std::vector<ScenarioDecision> decisions;
    std::vector<ScenarioEnding> endings;
    Provenance provenance;
    Origin origin;
    // Whole exercises are compared: the editor's undo history, a file read back.
    bool operator==(const Scenario&) const = default;
};

// Feedback as content (content/feedback.json): the sentences that explain a
// score, with {placeholders} the simulator fills in, and their sources.
struct FeedbackRule {
    std::string id;
    std::string text;
    double credit = 0;            // channel rules: the points a choice this rule covers earns
    std::string mistake;          // channel rules: the mistake class it counts as
    std::string expected, chosen; // channel rules: the protocol's channel and the one chosen
    Provenance provenance;
    Origin origin;
};

// A kind of mistake the story and the ending react to: a data breach, a delay.
struct MistakeClass {
    std::string id;
    std::string name;
    std::string consequence; // the default story text, with {placeholders}
    Provenance provenance;
    Origin origin;
};

// What a wording of a report or decision must do to show the child's interest
// was weighed (the "bouwsteen"). A blocking criterion missed gives no credit.
struct WordingCriterion {
    std::string id;
    std::string text;    // what the wording does when it meets it
    std::string missing; // what the feedback says when it does not
    bool blocking = false;
    Provenance provenance;
    Origin origin;
};

// Where a matter goes (content/escalation.json): venues, and per kind of
// matter the route through them.
struct Venue {
    std::string id;
    std::string name;
    std::string description;
    Provenance provenance;
    Origin origin;
};

struct EscalationMatter {
    std::string id;
    std::string title;
    std::string description;
    std::vector<std::string> route; // venue ids, first stop first
    // Venues this matter must never go to, with the feedback rule that says why.
    std::vector<std::pair<std::string, std::string>> never;
    Provenance provenance;
    Origin origin;
};

// How people ask (content/search.json): everyday names of organisations and
// roles, words that mean the same, words a query skips, and the verbs that
// give a question its shape ("wie informeert ..."). Ways of saying things, not
// facts about the protocol; the search engine reads them, nothing else does.
struct SearchName {
    std::vector<std::string> words; // "de raad", "raad"
    std::vector<std::string> organisations;
    std::vector<std::string> roles;
    Origin origin;
};

struct SearchSynonyms {
    std::vector<std::string> words; // each means the same as the others
    Origin origin;
};

// A group of the onboarding path ("Ik ben nieuw"), from content/onboarding.json.
struct OnboardingGroup {
    std::string title;
    std::string title_en;           // empty: the English UI shows the title
    int column = 1;                 // 1, 2 or 3 on the home page
    std::string kind;               // what items name: "kaart", "proces" or "rol"
    std::vector<std::string> items; // ids of cards, case types or roles, in reading order
    Origin origin;
};

struct SearchLexicon {
    std::vector<SearchName> names;
    std::vector<SearchSynonyms> synonyms;
    std::vector<std::string> stop_words;
    // Verbs of a question's shape: who sends (informs, mails) whom, who
    // receives from whom, who asks whom, who decides.
    std::vector<std::string> sends, receives, asks, decides;
    Origin origin;
};

// Which edition of the content this is (content/manifest.json): authors raise
// the version and set the date when they publish a change.
struct ContentVersion {
    std::string version; // "1.2"
    std::string date;    // "2026-11-30"
};

// The "Wat nu?" assistant (content/assistant.json): a short interview about a
// case and its outcomes. Outcomes name a case type and steps; what to do, whom
// to inform and through which channel is derived from the case type's flows.
struct AssistantCondition {
    std::string question;        // an earlier question's id
    std::vector<std::string> is; // holds when that question is answered with one of these
};

// A remark, deadline or open point, with its source or flagged illustrative.
struct AssistantNote {
    std::string text;
    bool open = false;            // the sources do not settle this: ask `ask`
    std::vector<std::string> ask; // organisations whose contact person to ask
    Provenance provenance;
    Origin origin;
};

struct AssistantOption {
    std::string id;
    std::string text;
    std::string organisation; // the question "which organisation am I": its id
    std::string role;         // the question "which role": its id
    bool has_note = false;
    AssistantNote note;                       // said in the outcome when chosen
    std::vector<std::string> decision_rights; // decision rights this answer brings in
    Origin origin;
};

struct AssistantQuestion {
    std::string id;
    std::string text;
    std::string help;
    std::vector<AssistantCondition> when; // asked only when all hold
    std::vector<AssistantOption> options;
    Origin origin;
};

struct AssistantOutcome {
    std::string id;
    std::string title;
    std::vector<AssistantCondition> when; // the first outcome whose conditions all hold
    std::string case_type;                // empty only for an open outcome
    std::string step;                     // where the case probably is
    std::vector<std::string> steps;       // whose actions and flows the advice shows
    std::string why;
    std::vector<std::string> decision_rights;
    std::vector<AssistantNote> deadlines;
    std::vector<AssistantNote> notes;
    std::vector<std::string> ask; // organisations whose contact person to ask
    bool open = false;            // the sources do not settle this combination
    Provenance provenance;
    Origin origin;
};

struct Assistant {
    std::vector<AssistantQuestion> questions;
    std::vector<AssistantOutcome> outcomes;
    Origin origin; // the file; file == -1 when no assistant was loaded
};

struct ContentFile {
    std::string path; // as the author knows it, relative to content/
    std::string kind;
};

struct Model {
    std::vector<ContentFile> files;
    std::vector<SourceDocument> sources;
    std::vector<Organisation> organisations;
    std::vector<Role> roles;
    std::vector<System> systems;
    std::vector<Channel> channels;
    std::vector<DataItem> data_items;
    std::vector<LegalBasis> legal_bases;
    std::vector<Principle> principles;
    std::vector<CaseType> case_types;
    std::vector<GlossaryTerm> glossary;
    std::vector<Card> cards;
    std::vector<DecisionRight> decision_rights;
    std::vector<ContactPoint> contact_points;
    std::vector<Scenario> scenarios;
    std::vector<FeedbackRule> feedback_rules;
    std::vector<MistakeClass> mistake_classes;
    std::vector<WordingCriterion> wording_criteria;
    std::vector<Venue> venues;
    std::vector<EscalationMatter> escalation_matters;
    SearchLexicon search_lexicon;
    std::vector<OnboardingGroup> onboarding;
    Assistant assistant;
};

} // namespace pw
