#include "ui/training_strings.hpp"

#include "ui/strings.hpp"

#include <array>

namespace pw::ui {
namespace {

struct Entry {
    TText id;
    const char* nl;
    const char* en;
};

constexpr std::array kTable{
    Entry{TText::training_title, "Oefenen", "Practice"},
    Entry{TText::training_intro,
          "Oefen de beslissingen die het protocol regelt: wat doe je, wie informeer je, met welke "
          "gegevens en via welk kanaal. De casussen zijn verzonnen; de juiste antwoorden volgen "
          "uit de genoemde bronnen.",
          "Practise the decisions the protocol governs: what do you do, whom do you inform, with "
          "which data and through which channel. The cases are fictional; the right answers follow "
          "from the sources cited."},
    Entry{TText::no_scenarios, "Er zijn nog geen oefeningen.", "There are no exercises yet."},
    Entry{TText::you_are, "Je bent", "You are"},
    Entry{TText::start, "Beginnen", "Start"},
    Entry{TText::resume, "Verdergaan", "Continue"},
    Entry{TText::restart, "Opnieuw beginnen", "Start over"},
    Entry{TText::trainer_mode, "Trainermodus", "Trainer mode"},
    Entry{TText::status_new, "Nog niet gedaan", "Not done yet"},
    Entry{TText::status_progress, "Bezig: %1 beslismoment(en) beantwoord",
          "In progress: %1 decision(s) answered"},
    Entry{TText::status_done, "Laatste score: %1 van %2", "Last score: %1 of %2"},
    Entry{TText::broken_title, "Oefeningen met fouten", "Exercises with errors"},
    Entry{TText::broken_intro,
          "Deze oefeningen zijn niet te spelen tot de fouten in content/ zijn hersteld. De rest "
          "van de gids werkt gewoon.",
          "These exercises cannot be played until the errors in content/ are fixed. The rest of "
          "the guide works as usual."},
    Entry{TText::exercise, "Oefening", "Exercise"},
    Entry{TText::decision_n, "Beslismoment %1", "Decision %1"},
    Entry{TText::q_recipients, "Aan wie stuur je het? (een of meer)",
          "To whom do you send it? (one or more)"},
    Entry{TText::q_data, "Welke gegevens deel je? (kies wat nodig is)",
          "Which data do you share? (choose what is needed)"},
    Entry{TText::q_channel, "Via welk kanaal?", "Through which channel?"},
    Entry{TText::submit, "Antwoord geven", "Submit answer"},
    Entry{TText::submit_hint, "Beantwoord eerst elke vraag.", "Answer every question first."},
    Entry{TText::your_answer, "Jouw antwoord", "Your answer"},
    Entry{TText::group_answer, "Keuze van de groep", "The group's choice"},
    Entry{TText::what_happens, "Wat er gebeurt", "What happens"},
    Entry{TText::see_step, "Bekijk deze stap in de gids: %1", "See this step in the guide: %1"},
    Entry{TText::next, "Verder", "Continue"},
    Entry{TText::to_debrief, "Naar de nabespreking", "To the debrief"},
    Entry{TText::debrief, "Nabespreking", "Debrief"},
    Entry{TText::score, "%1 van %2 punten", "%1 of %2 points"},
    Entry{TText::per_dimension, "Score per onderdeel", "Score per dimension"},
    Entry{TText::costly, "Momenten die punten kostten", "Moments that cost points"},
    Entry{TText::none_costly, "Geen: bij elke keuze volgde je het protocol.",
          "None: every choice followed the protocol."},
    Entry{TText::paths, "Jouw pad over de proceskaart, naast het pad volgens het protocol",
          "Your path over the process map, next to the protocol's path"},
    Entry{TText::your_path, "Jouw pad", "Your path"},
    Entry{TText::protocol_path, "Pad volgens het protocol", "The protocol's path"},
    Entry{TText::lost_points, "kostte punten", "cost points"},
    Entry{TText::ending, "Afloop", "Outcome"},
    Entry{TText::download_csv, "Resultaten downloaden (CSV)", "Download results (CSV)"},
    Entry{TText::download_json, "Resultaten downloaden (JSON)", "Download results (JSON)"},
    Entry{TText::back_to_list, "Terug naar de oefeningen", "Back to the exercises"},
    Entry{TText::persons, "Personen in deze oefening (fictief)",
          "People in this exercise (fictional)"},
    Entry{TText::trainer_hint,
          "Lees de situatie voor, laat de groep overleggen en klik dan de keuze van de groep aan.",
          "Read the situation aloud, let the group discuss, then click the group's choice."},
    Entry{TText::show_options, "Toon opties", "Show options"},
    Entry{TText::hide_options, "Verberg opties", "Hide options"},
    Entry{TText::options_hidden, "De opties zijn verborgen: de groep denkt eerst zelf na.",
          "The options are hidden: the group thinks for itself first."},
    Entry{TText::reveal, "Toon antwoord + waarom", "Reveal answer + why"},
    Entry{TText::protocol_answer, "Het antwoord volgens het protocol", "The protocol's answer"},
    Entry{TText::timer, "Tijd", "Time"},
    Entry{TText::timer_pause, "Pauzeer", "Pause"},
    Entry{TText::timer_resume, "Hervat", "Resume"},
    Entry{TText::timer_reset, "Tijd opnieuw", "Reset time"},
    Entry{TText::group, "Groep", "Group"},
    Entry{TText::record_choice, "Keuze van de groep vastleggen", "Record the group's choice"},
    Entry{TText::session_summary, "Samenvatting van de sessie", "Session summary"},
    Entry{TText::seconds, "%1 s", "%1 s"},
    Entry{TText::revealed_first, "antwoord eerst getoond", "answer revealed first"},
    Entry{TText::leave_trainer, "Trainermodus verlaten", "Leave trainer mode"},
    Entry{TText::dim_step, "Juiste stap en volgorde", "Right step and order"},
    Entry{TText::dim_recipients, "Juiste ontvangers", "Right recipients"},
    Entry{TText::dim_data, "Dataminimalisatie", "Data minimisation"},
    Entry{TText::dim_channel, "Veilig en juist kanaal", "Secure and right channel"},
    Entry{TText::dim_role, "Rolvastheid", "Role fidelity"},
    Entry{TText::good, "goed", "right"},
    Entry{TText::costs_points, "kost punten", "costs points"},
    Entry{TText::journey_training_list, "%1 oefeningen, elk vanuit een rol",
          "%1 exercises, each from one role"},
    Entry{TText::exercise_from, "Oefening · %1", "Exercise · %1"},
    Entry{TText::classroom_title, "Klassessie", "Classroom session"},
    Entry{TText::classroom_start, "Klassessie starten", "Start a classroom session"},
    Entry{TText::classroom_intro,
          "Deelnemers doen mee vanaf hun eigen scherm: Oefenen, dan Meedoen met een klas, met deze "
          "code.",
          "Trainees join from their own screen: Practice, then Join a class, with this code."},
    Entry{TText::classroom_code, "Klascode", "Class code"},
    Entry{TText::classroom_trainees, "%1 deelnemer(s)", "%1 trainee(s)"},
    Entry{TText::classroom_spread, "Keuzes van de klas", "The class's choices"},
    Entry{TText::classroom_answers, "%1 antwoord(en)", "%1 answer(s)"},
    Entry{TText::join_title, "Meedoen met een klas", "Join a class"},
    Entry{TText::join_intro,
          "Heeft je trainer een klascode? Vul die in en kies een bijnaam (geen echte naam).",
          "Did your trainer give a class code? Enter it and pick a nickname (not your real name)."},
    Entry{TText::join_code, "Klascode", "Class code"},
    Entry{TText::join_nickname, "Bijnaam", "Nickname"},
    Entry{TText::join_button, "Meedoen", "Join"},
    Entry{TText::joined, "Je doet mee met klas %1 als %2.", "You take part in class %1 as %2."},
    Entry{TText::to_exercise, "Naar de oefening", "Go to the exercise"},
    Entry{TText::leave_class, "Klas verlaten", "Leave the class"},
    Entry{TText::shared, "Je antwoorden gaan naar de klas (%1 gedeeld).",
          "Your answers go to the class (%1 shared)."},
    Entry{TText::protocol_choice, "volgens het protocol", "the protocol's answer"},
    Entry{TText::dim_weighing, "Belang van het kind gewogen", "Child's interest weighed"},
    Entry{TText::dim_missing, "Omgaan met ontbrekende informatie", "Handling missing information"},
    Entry{TText::dim_route, "Juiste route", "Right route"},
    Entry{TText::sequence_clear, "Volgorde wissen", "Clear the order"},
    Entry{TText::order_hint,
          "Klik de onderdelen aan in de volgorde waarin ze gebeuren; nog eens klikken haalt er "
          "een weg.",
          "Click the items in the order in which they happen; click again to take one out."},
    Entry{TText::route_hint,
          "Klik de plekken aan in de volgorde die de kwestie neemt: eerst de eerste stop. Alleen "
          "wat op de route ligt.",
          "Click the places in the order the matter takes, first stop first. Only what is on the "
          "route."},
    Entry{TText::counts_as, "Telt als: %1", "Counts as: %1"},
    Entry{TText::ending_fell,
          "Je pad leidde naar \"%1\", maar door wat er onderweg gebeurde (%2) liep het zo af:",
          "Your path led to \"%1\", but because of what happened on the way (%2) it ended "
          "like this:"},
    Entry{TText::mistakes_made, "Fouten onderweg: %1", "Mistakes on the way: %1"},
    Entry{TText::protocol_place, "volgens het protocol plek %1", "the protocol's place %1"},
    Entry{TText::classroom_participants, "Deelnemers (antwoorden)", "Trainees (answers)"},
    Entry{TText::classroom_remove, "Verwijderen", "Remove"},
    Entry{TText::classroom_end, "Klassessie beëindigen", "End the classroom session"},
    Entry{TText::classroom_ended,
          "Deze klassessie is afgelopen: er kan niemand meer bij en er komen geen antwoorden meer "
          "bij.",
          "This classroom session has ended: nobody can join and no more answers come in."},
};

constexpr bool table_in_order() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (static_cast<std::size_t>(kTable[i].id) != i) return false;
    return kTable.size() == static_cast<std::size_t>(TText::count_);
}
static_assert(table_in_order(), "every TText has exactly one entry, in enum order");

} // namespace

const char* tr(TText text) {
    const Entry& e = kTable[static_cast<std::size_t>(text)];
    return language() == Language::nl ? e.nl : e.en;
}

std::string trf(TText text, const std::string& a, const std::string& b) {
    std::string s = tr(text);
    if (auto p = s.find("%1"); p != std::string::npos) s.replace(p, 2, a);
    if (auto p = s.find("%2"); p != std::string::npos) s.replace(p, 2, b);
    return s;
}

} // namespace pw::ui
