#include "ui/strings.hpp"

#include <array>

namespace pw::ui {
namespace {

struct Entry {
    Text id;
    const char* nl;
    const char* en;
};

constexpr std::array kTable{
    Entry{Text::app_title, "Protocolwijzer", "Protocolwijzer"},
    Entry{Text::app_subtitle, "Handelingsprotocol RvdK, IND en DT&V",
          "Handelingsprotocol RvdK, IND and DT&V"},
    Entry{Text::loading, "Protocolwijzer wordt geladen…", "Loading Protocolwijzer…"},
    Entry{Text::content_failed_title, "De inhoud kon niet worden geladen",
          "The content could not be loaded"},
    Entry{
        Text::content_failed_intro,
        "De gids toont niets dat niet klopt. Herstel deze punten in content/ en laad de pagina "
        "opnieuw:",
        "The guide shows nothing that is wrong. Fix these points in content/ and reload the page:"},
    Entry{Text::content_failed_fetch,
          "Het bestand content.json kon niet worden opgehaald. Controleer de server en laad de "
          "pagina opnieuw.",
          "content.json could not be fetched. Check the server and reload the page."},
    Entry{Text::diagnostics_count, "meldingen", "messages"},
    Entry{Text::select_step_hint,
          "Klik op een stap in de kaart om te zien wie wat doet, welke gegevens gaan, waarom en "
          "via welk systeem.",
          "Click a step on the map to see who does what, which data is shared, why and through "
          "which system."},
    Entry{Text::overview, "Overzicht", "Overview"},
    Entry{Text::who, "Wie", "Who"},
    Entry{Text::what, "Wat", "What"},
    Entry{Text::question, "Vraag", "Question"},
    Entry{Text::outcomes, "Uitkomsten", "Outcomes"},
    Entry{Text::flows, "Gegevensstromen", "Data flows"},
    Entry{Text::channel, "Kanaal", "Channel"},
    Entry{Text::channel_insecure, "niet geschikt voor persoonsgegevens",
          "not fit for personal data"},
    Entry{Text::data, "Welke gegevens", "Which data"},
    Entry{Text::always_shared, "altijd", "always"},
    Entry{Text::purpose, "Doel", "Purpose"},
    Entry{Text::systems, "Systeem", "System"},
    Entry{Text::condition, "Wanneer", "When"},
    Entry{Text::how, "Hoe", "How"},
    Entry{Text::legal_basis, "Grondslag", "Legal basis"},
    Entry{Text::principles, "Uitgangspunten", "Principles"},
    Entry{Text::sources, "Bron", "Source"},
    Entry{Text::illustrative, "Illustratief", "Illustrative"},
    Entry{Text::next_steps, "Vervolg", "Next"},
    Entry{Text::kind_task, "Handeling", "Task"},
    Entry{Text::kind_decision, "Beslispunt", "Decision"},
    Entry{Text::kind_end, "Einde", "End"},
    Entry{Text::trigger, "Aanleiding", "Trigger"},
    Entry{Text::annex, "Bijlage", "Annex"},
    Entry{Text::internal_flows, "interne stroom", "internal flow"},
    Entry{Text::back_to_overview, "Terug naar het overzicht van dit proces",
          "Back to the overview of this process"},
    Entry{Text::open_in_glossary, "Klik of druk Enter voor de woordenlijst.",
          "Click or press Enter for the glossary."},
    Entry{Text::home, "Start", "Home"},
    Entry{Text::search_hint, "Zoek in de gids…  ( / )", "Search the guide…  ( / )"},
    Entry{Text::process, "Proces", "Process"},
    Entry{Text::lens, "Rolbril", "Role lens"},
    Entry{Text::lens_none, "Geen rolbril", "No role lens"},
    Entry{Text::copy_link, "Kopieer link", "Copy link"},
    Entry{Text::link_copied, "Link gekopieerd", "Link copied"},
    Entry{Text::settings, "Instellingen", "Settings"},
    Entry{Text::language, "Taal", "Language"},
    Entry{Text::theme, "Thema", "Theme"},
    Entry{Text::theme_light, "Licht", "Light"},
    Entry{Text::theme_dark, "Donker", "Dark"},
    Entry{Text::text_size, "Tekstgrootte", "Text size"},
    Entry{Text::text_projector, "Projector", "Projector"},
    Entry{Text::home_title, "Welkom bij Protocolwijzer", "Welcome to Protocolwijzer"},
    Entry{Text::home_intro,
          "Hoe de IND, de DT&V en de RvdK samenwerken rond kinderen in vreemdelingenprocedures: "
          "wie wat doet, wie wat beslist, en wie wie informeert, met welke gegevens en waarom. Met "
          "de bron erbij.",
          "How the IND, the DT&V and the RvdK work together on children in immigration procedures: "
          "who does what, who decides what, who informs whom, with which data and why. With the "
          "source."},
    Entry{Text::journey_new, "Ik ben nieuw", "I am new"},
    Entry{Text::journey_new_text,
          "Volg het inwerkpad: wie beslist wat, elk proces, de rollen en de misvattingen.",
          "Follow the onboarding path: who decides what, every process, the roles and the "
          "misconceptions."},
    Entry{Text::journey_search, "Ik zoek iets", "I am looking for something"},
    Entry{Text::journey_search_text,
          "Zoek op woord, afkorting of rol en ga direct naar de stap, met de bron.",
          "Search by word, abbreviation or role and go straight to the step, with the source."},
    Entry{Text::journey_training, "Training", "Training"},
    Entry{Text::journey_training_text,
          "Oefen met casussen: wie informeer je, met welke gegevens, via welk kanaal?",
          "Practise with cases: whom do you inform, with which data, through which channel?"},
    Entry{Text::continue_where, "Verder waar je was:", "Continue where you were:"},
    Entry{Text::continue_path, "Volgende op je pad:", "Next on your path:"},
    Entry{Text::path_title, "Inwerkpad", "Onboarding path"},
    Entry{Text::path_progress, "%1 van %2 onderdelen bekeken", "%1 of %2 parts viewed"},
    Entry{Text::path_done, "Je hebt het hele inwerkpad bekeken.",
          "You have viewed the whole onboarding path."},
    Entry{Text::examples, "Uitgewerkte voorbeelden", "Worked examples"},
    Entry{Text::zoom_in, "Inzoomen (+)", "Zoom in (+)"},
    Entry{Text::zoom_out, "Uitzoomen (-)", "Zoom out (-)"},
    Entry{Text::zoom_fit, "Passend (0)", "Fit (0)"},
    Entry{Text::lens_acts, "voert uit", "acts"},
    Entry{Text::lens_sends, "stuurt", "sends"},
    Entry{Text::lens_receives, "ontvangt", "receives"},
    Entry{Text::lens_hint,
          "Met de rolbril zie je welke stappen over jouw rol gaan; de rest wordt gedimd.",
          "With the role lens you see which steps concern your role; the rest is dimmed."},
    Entry{Text::search_results, "Zoekresultaten", "Search results"},
    Entry{Text::search_none,
          "Niets gevonden voor “%1”. Probeer een ander woord, een afkorting (OTS, GI) of een rol.",
          "Nothing found for “%1”. Try another word, an abbreviation (OTS, GI) or a role."},
    Entry{Text::search_empty,
          "Typ een vraag in je eigen woorden (“wie informeert de GI na de uitspraak?”), een "
          "woord, een afkorting (OTS, GI) of een rol. Enter opent het beste resultaat.",
          "Type a question in your own words (“wie informeert de GI na de uitspraak?”), a "
          "word, an abbreviation (OTS, GI) or a role. Enter opens the best result."},
    Entry{Text::answer, "Antwoord", "Answer"},
    Entry{Text::open_in_guide, "Openen in de gids", "Open in the guide"},
    Entry{Text::more_places, "Meer plaatsen in de gids", "More places in the guide"},
    Entry{Text::answer_to_whom, "Aan wie", "To whom"},
    Entry{Text::answer_decides, "Beslist", "Decides"},
    Entry{Text::answer_not_decides, "Beslist niet", "Does not decide"},
    Entry{Text::answer_count, "Aantal", "Number"},
    Entry{Text::answer_where, "Waar", "Where"},
    Entry{Text::answer_note, "Toelichting", "Note"},
    Entry{Text::answer_flow, "Gegevensstroom", "Data flow"},
    Entry{Text::did_you_mean, "Bedoelde je:", "Did you mean:"},
    Entry{Text::closest_matches, "Wat er het dichtst bij komt", "Closest matches"},
    Entry{Text::glossary_browse, "Of zoek het op in de woordenlijst", "Or look it up in the glossary"},
    Entry{Text::assistant_ask, "Vraag het de assistent “Wat nu?”", "Ask the “What now?” assistant"},
    Entry{Text::search_kind_step, "Stap", "Step"},
    Entry{Text::search_kind_flow, "Gegevensstroom", "Data flow"},
    Entry{Text::search_kind_decision, "Wie beslist wat", "Who decides what"},
    Entry{Text::search_kind_contacts, "Contactpersonen", "Contact persons"},
    Entry{Text::search_kind_role, "Rol", "Role"},
    Entry{Text::search_kind_organisation, "Organisatie", "Organisation"},
    Entry{Text::search_kind_data, "Gegeven", "Data item"},
    Entry{Text::search_kind_system, "Systeem", "System"},
    Entry{Text::search_kind_channel, "Kanaal", "Channel"},
    Entry{Text::search_kind_term, "Begrip", "Term"},
    Entry{Text::search_kind_card, "Kaart", "Card"},
    Entry{Text::search_kind_example, "Voorbeeld", "Worked example"},
    Entry{Text::search_kind_exercise, "Oefening", "Exercise"},
    Entry{Text::search_kind_process, "Proces", "Process"},
    Entry{Text::search_kind_rule, "Grondslag of uitgangspunt", "Legal basis or principle"},
    Entry{Text::play_example, "Speel het voorbeeld af", "Play the example"},
    Entry{Text::step_of, "Stap %1", "Step %1"},
    Entry{Text::next, "Volgende", "Next"},
    Entry{Text::back, "Terug", "Back"},
    Entry{Text::restart, "Opnieuw", "Restart"},
    Entry{Text::in_example, "zo ging het in het voorbeeld", "what happened in the example"},
    Entry{Text::off_script, "Het voorbeeld liep hier anders. Wat er in deze stap gebeurt:",
          "The example went another way here. What happens in this step:"},
    Entry{Text::finished, "Afgerond", "Finished"},
    Entry{Text::finished_text, "Je hebt dit voorbeeld tot het einde gevolgd.",
          "You followed this example to the end."},
    Entry{Text::persons, "Betrokkenen (fictief)", "People (fictional)"},
    Entry{Text::example_prefix, "Voorbeeld", "Example"},
    Entry{Text::organisation, "Organisatie", "Organisation"},
    Entry{Text::role_does, "Doet", "Does"},
    Entry{Text::role_not, "Beslist niet", "Does not decide"},
    Entry{Text::decides, "Wie beslist wat: wel", "Who decides what: decides"},
    Entry{Text::does_not_decide, "Wie beslist wat: niet", "Who decides what: does not decide"},
    Entry{Text::contacts, "Contact met", "In contact with"},
    Entry{Text::appears_in, "Komt voor in", "Appears in"},
    Entry{Text::sends_to, "stuurt aan", "sends to"},
    Entry{Text::receives_from, "ontvangt van", "receives from"},
    Entry{Text::via, "via", "via"},
    Entry{Text::view_with_lens, "Bekijk de processen met deze rolbril",
          "View the processes through this role lens"},
    Entry{Text::roles, "Rollen", "Roles"},
    Entry{Text::contact_points, "Contactpersonen Belang van het Kind",
          "Contact persons Belang van het Kind"},
    Entry{Text::used_in, "Gebruikt in", "Used in"},
    Entry{Text::related, "Hoort bij", "Related"},
    Entry{Text::misconception, "Misvatting", "Misconception"},
    Entry{Text::reality, "Zo zit het", "How it is"},
    Entry{Text::also_written, "Ook geschreven als", "Also written as"},
    Entry{Text::glossary_entry, "Begrip", "Term"},
    Entry{Text::card, "Kaart", "Card"},
    Entry{Text::rule, "Grondslag of uitgangspunt", "Legal basis or principle"},
    Entry{Text::system, "Systeem", "System"},
    Entry{Text::data_item, "Gegeven", "Data item"},
    Entry{Text::not_found_title, "Deze plek bestaat niet (meer)",
          "This place does not exist (any more)"},
    Entry{Text::not_found_text,
          "De link “%1” verwijst naar iets dat niet in de gids staat. Misschien bedoel je:",
          "The link “%1” points to something that is not in the guide. Perhaps you mean:"},
    Entry{Text::to_home, "Naar de start", "Go to the start"},
    Entry{Text::update_available, "Er is een nieuwe versie van Protocolwijzer.",
          "A new version of Protocolwijzer is available."},
    Entry{Text::update_apply, "Nu laden", "Load now"},
    Entry{Text::text_version, "Tekstversie", "Text version"},
};

constexpr bool table_in_order() {
    for (std::size_t i = 0; i < kTable.size(); ++i)
        if (static_cast<std::size_t>(kTable[i].id) != i) return false;
    return kTable.size() == static_cast<std::size_t>(Text::count_);
}
static_assert(table_in_order(), "every Text has exactly one entry, in enum order");

Language g_language = Language::nl;

} // namespace

void set_language(Language l) {
    g_language = l;
}
Language language() {
    return g_language;
}

const char* tr(Text text) {
    const Entry& e = kTable[static_cast<std::size_t>(text)];
    return g_language == Language::nl ? e.nl : e.en;
}

std::string trf(Text text, const std::string& a, const std::string& b) {
    std::string s = tr(text);
    if (auto p = s.find("%1"); p != std::string::npos) s.replace(p, 2, a);
    if (auto p = s.find("%2"); p != std::string::npos) s.replace(p, 2, b);
    return s;
}

} // namespace pw::ui
