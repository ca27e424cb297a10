// The UI's texts for "Wat nu?", the assistant: part of the one table in
// strings.cpp, in the enum's order (strings.hpp). Included by strings.cpp only.
#pragma once

#include "ui/string_entry.hpp"

#include <array>

namespace pw::ui::strings {

inline constexpr std::array kAssistantStrings{
    Entry{Text::assistant_title, "Wat nu?", "What now?"},
    Entry{Text::assistant_intro,
          "Een zaak op je bureau? Beantwoord een paar vragen over de zaak en je ziet welk deel van "
          "het protocol geldt, waar de zaak waarschijnlijk staat, wat jij nu doet, wie je "
          "informeert met welke gegevens en via welk kanaal, en wie je het vraagt. Er wordt nooit "
          "naar namen of nummers gevraagd; je antwoorden staan alleen in de link.",
          "A case on your desk? Answer a few questions about it and see which part of the protocol "
          "applies, where the case probably is, what you do next, whom you inform with which data "
          "through which channel, and whom to ask. Names and numbers are never asked; your answers "
          "live only in the link."},
    Entry{Text::assistant_remaining, "Nog te beantwoorden: %1 (hierboven).",
          "Still to answer: %1 (above)."},
    Entry{Text::assistant_restart, "Opnieuw beginnen", "Start again"},
    Entry{Text::assistant_copy, "Kopieer als tekst", "Copy as text"},
    Entry{Text::assistant_copied, "De checklist staat op het klembord.",
          "The checklist is on the clipboard."},
    Entry{Text::assistant_open_guide, "Open in de gids", "Open in the guide"},
    Entry{Text::assistant_outcome, "Uitkomst", "Outcome"},
    Entry{Text::assistant_for, "Voor: %1, %2", "For: %1, %2"},
    Entry{Text::assistant_area, "Deel van het protocol", "Part of the protocol"},
    Entry{Text::assistant_why, "Waarom", "Why"},
    Entry{Text::assistant_step, "Waarschijnlijke stap", "Probable step"},
    Entry{Text::assistant_steps, "Stappen", "Steps"},
    Entry{Text::assistant_flows, "Wie informeert wie (jouw organisatie)",
          "Who informs whom (your organisation)"},
    Entry{Text::assistant_no_flows,
          "In deze stappen stuurt of ontvangt jouw organisatie geen gegevens.",
          "Your organisation sends or receives no data in these steps."},
    Entry{Text::assistant_deadlines, "Termijnen", "Deadlines"},
    Entry{Text::assistant_notes, "Let op", "Note"},
    Entry{Text::assistant_open,
          "De bronnen regelen niet alles van deze zaak. Vraag het na bij de contactpersoon "
          "hieronder; hier wordt niets gegokt.",
          "The sources do not settle all of this case. Ask the contact person below; nothing here "
          "is guessed."},
    Entry{Text::assistant_open_label, "Open", "Open"},
    Entry{Text::assistant_not_decide, "Wat jouw organisatie niet beslist",
          "What your organisation does not decide"},
    Entry{Text::assistant_decide, "Wat jouw organisatie wel beslist",
          "What your organisation decides"},
    Entry{Text::assistant_contacts, "Vragen? Contactpunt", "Questions? Contact point"},
    Entry{Text::assistant_you, "jij", "you"},
    Entry{Text::assistant_yours, "jouw organisatie", "your organisation"},
    Entry{Text::assistant_here, "waarschijnlijk hier", "probably here"},
    Entry{Text::assistant_decided_by, "beslist: %1", "decided by: %1"},
    Entry{Text::assistant_none,
          "Voor deze antwoorden is geen uitkomst; meld dit aan de beheerders van de inhoud.",
          "No outcome for these answers; tell the content's maintainers."},
    Entry{
        Text::home_assistant,
        "Wat nu? Een zaak op je bureau: welk deel van het protocol, wat doe jij, wie informeer je",
        "What now? A case on your desk: which part of the protocol, what do you do, whom do you "
        "inform"},
    Entry{Text::assistant_to_advice, "Naar de uitkomst: %1", "To the outcome: %1"},
    Entry{Text::assistant_at_step, "Bij stap: %1", "At step: %1"},
};

} // namespace pw::ui::strings
