// The UI's texts for places (route titles), the classroom's errors, defaults, settings, map labels:
// part of the one table in strings.cpp, in the enum's order (strings.hpp). Included by strings.cpp
// only.
#pragma once

#include "ui/string_entry.hpp"

#include <array>

namespace pw::ui::strings {

inline constexpr std::array kPlacesStrings{
    Entry{Text::route_search, "Zoeken: %1", "Search: %1"},
    Entry{Text::route_exercise, "Oefening: %1", "Exercise: %1"},
    Entry{Text::route_trainer, "Trainermodus: %1", "Trainer mode: %1"},
    Entry{Text::route_example, "Voorbeeld: %1", "Example: %1"},
    Entry{Text::flow_from, "van %1", "from %1"},
    Entry{Text::language_nl, "Nederlands", "Nederlands"},
    Entry{Text::language_en, "English", "English"},
    Entry{Text::default_group, "Groep 1", "Group 1"},
    Entry{Text::results_file, "resultaat-%1", "result-%1"},
    Entry{Text::session_file, "sessie-%1", "session-%1"},
    Entry{
        Text::no_server,
        "Geen verbinding met de server. Klassessies werken alleen als de app via pw-serve draait.",
        "No connection with the server. Classroom sessions work only when the app runs on "
        "pw-serve."},
    Entry{Text::server_status, "De server antwoordde met status %1.",
          "The server answered with status %1."},
    Entry{Text::enter_class_code, "Vul de klascode in die de trainer laat zien.",
          "Fill in the class code the trainer shows."},
    Entry{Text::class_resumed_trainer, "Na het herladen: klas %1 loopt door.",
          "After the reload: class %1 goes on."},
    Entry{Text::class_resumed_trainee,
          "Na het herladen doe je weer mee met klas %1 als %2; je antwoorden gaan naar de klas.",
          "After the reload you take part in class %1 as %2 again; your answers go to the class."},
    Entry{Text::class_gone,
          "Klas %1 loopt niet meer (afgelopen of onbekend): je antwoorden gaan niet meer naar de "
          "klas. Doe mee met een nieuwe code als de trainer die geeft.",
          "Class %1 no longer runs (ended or unknown): your answers no longer go to the class. "
          "Join with a new code if the trainer gives one."},
    Entry{Text::class_exercise_unreadable, "De oefening van klas %1 kon niet worden gelezen: %2",
          "The exercise of class %1 could not be read: %2"},
    Entry{Text::exercise_id_shipped,
          "Er is al een oefening met het id \"%1\" in de gids; een eigen versie krijgt een eigen "
          "id.",
          "The guide already has an exercise with the id \"%1\"; your own version gets its own "
          "id."},
    Entry{Text::skip_link, "Naar de inhoud", "Skip to content"},
    Entry{Text::map_lane, "Baan %1", "Lane %1"},
    Entry{Text::map_flow, "naar %1 via %2", "to %1 via %2"},
    Entry{Text::map_flow_when, "wanneer: %1", "when: %1"},
    Entry{Text::map_next, "Daarna: %1", "Next: %1"},
    Entry{Text::shortcuts, "Sneltoetsen met één toets (/ + - 0)", "Single-key shortcuts (/ + - 0)"},
    Entry{Text::shortcuts_on, "Aan", "On"},
    Entry{Text::shortcuts_off, "Uit", "Off"},
};

} // namespace pw::ui::strings
