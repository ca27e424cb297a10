#include "ui/strings.hpp"

#include <array>

namespace pw::ui {
namespace {

struct Entry {
    const char* nl;
    const char* en;
};

constexpr std::array<Entry, static_cast<std::size_t>(Text::count_)> kTable{{
    {"Protocolwijzer", "Protocolwijzer"},
    {"Handelingsprotocol RvdK, IND en DT&V", "Handelingsprotocol RvdK, IND and DT&V"},
    {"Protocolwijzer wordt geladen…", "Loading Protocolwijzer…"},
    {"De inhoud kon niet worden geladen", "The content could not be loaded"},
    {"De gids toont niets dat niet klopt. Herstel deze punten in content/ en laad de pagina "
     "opnieuw:",
     "The guide shows nothing that is wrong. Fix these points in content/ and reload the page:"},
    {"Het bestand content.json kon niet worden opgehaald. Controleer de server en laad de pagina "
     "opnieuw.",
     "content.json could not be fetched. Check the server and reload the page."},
    {"meldingen", "messages"},
    {"Klik op een stap in de kaart om te zien wie wat doet, welke gegevens gaan, waarom en via "
     "welk systeem.",
     "Click a step on the map to see who does what, which data is shared, why and through which "
     "system."},
    {"Overzicht", "Overview"},
    {"Wie", "Who"},
    {"Wat", "What"},
    {"Vraag", "Question"},
    {"Uitkomsten", "Outcomes"},
    {"Gegevensstromen", "Data flows"},
    {"Van", "From"},
    {"Aan", "To"},
    {"Kanaal", "Channel"},
    {"niet geschikt voor persoonsgegevens", "not fit for personal data"},
    {"Welke gegevens", "Which data"},
    {"altijd", "always"},
    {"Doel", "Purpose"},
    {"Systeem", "System"},
    {"Wanneer", "When"},
    {"Hoe", "How"},
    {"Grondslag", "Legal basis"},
    {"Uitgangspunten", "Principles"},
    {"Bron", "Source"},
    {"Illustratief", "Illustrative"},
    {"Vervolg", "Next"},
    {"Handeling", "Task"},
    {"Beslispunt", "Decision"},
    {"Einde", "End"},
    {"Aanleiding", "Trigger"},
    {"Bijlage", "Annex"},
    {"interne stroom", "internal flow"},
    {"Terug naar overzicht", "Back to overview"},
    {"English", "Nederlands"},
}};

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

} // namespace pw::ui
