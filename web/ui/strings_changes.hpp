// The UI's texts for what changed in the content: part of the one table in
// strings.cpp, in the enum's order (strings.hpp). Included by strings.cpp only.
#pragma once

#include "ui/string_entry.hpp"

#include <array>

namespace pw::ui::strings {

inline constexpr std::array kChangesStrings{
    Entry{Text::changes_title, "Wat is er veranderd", "What has changed"},
    Entry{Text::changes_notice, "Inhoud bijgewerkt naar versie %1 (%2).",
          "Content updated to version %1 (%2)."},
    Entry{Text::changes_link, "Wat is er veranderd", "What has changed"},
    Entry{Text::changes_dropped_notice,
          "Een deel van je voortgang verwees naar inhoud die er niet meer is.",
          "Part of your progress referred to content that is no longer there."},
    Entry{Text::changes_seen_before, "Je zag eerder versie %1 (%2).",
          "You saw version %1 (%2) before."},
    Entry{Text::changes_now, "Nu: versie %1 (%2).", "Now: version %1 (%2)."},
    Entry{Text::changes_intro,
          "Hieronder staat wat er veranderde in wat je eerder zag: processen, stappen, "
          "gegevensstromen, rollen, beslisbevoegdheden en oefeningen. Een nieuwe of gewijzigde "
          "stap is op de kaart gemarkeerd tot je hem opent of op Gezien drukt.",
          "Below is what changed in what you saw before: processes, steps, data flows, roles, "
          "decision rights and exercises. A new or changed step is marked on the map until you "
          "open it or press Seen."},
    Entry{Text::changes_added, "Toegevoegd (%1)", "Added (%1)"},
    Entry{Text::changes_changed, "Gewijzigd (%1)", "Changed (%1)"},
    Entry{Text::changes_removed, "Verwijderd (%1)", "Removed (%1)"},
    Entry{Text::changes_fields, "gewijzigd: %1", "changed: %1"},
    Entry{Text::changes_in, "in %1", "in %1"},
    Entry{Text::changes_none, "Je hebt alle gewijzigde onderdelen al bekeken.",
          "You have already looked at every changed part."},
    Entry{Text::changes_not_compared,
          "Je vorige bezoek bewaarde niet welke versie je zag: welke onderdelen veranderden, is "
          "daarom niet te tonen.",
          "Your last visit did not keep which version you saw, so which parts changed cannot be "
          "shown."},
    Entry{Text::changes_progress, "Je voortgang", "Your progress"},
    Entry{Text::changes_progress_intro,
          "Wat nog bestaat is bewaard. Dit verwees naar inhoud die er niet meer is en is uit je "
          "voortgang gehaald:",
          "What still exists was kept. This referred to content that is no longer there and was "
          "taken out of your progress:"},
    Entry{Text::dropped_visited, "Bezochte plek: %1", "Visited place: %1"},
    Entry{Text::dropped_walkthrough, "Doorlopen voorbeeld: %1", "Completed example: %1"},
    Entry{Text::dropped_run, "Oefening waar je mee bezig was: %1", "Exercise in progress: %1"},
    Entry{Text::dropped_answers, "%1: %2 antwoord(en) pasten niet meer bij de gewijzigde oefening",
          "%1: %2 answer(s) no longer fitted the changed exercise"},
    Entry{Text::dropped_result, "Resultaat van oefening: %1", "Result of exercise: %1"},
    Entry{Text::changes_seen_button, "Gezien", "Seen"},
    Entry{Text::changes_seen_hint,
          "Met Gezien verdwijnen de melding en de markeringen op de kaart; de lijst hierboven is "
          "dan leeg.",
          "Seen removes the notice and the marks on the map; the list above is then empty."},
    Entry{Text::changes_all_seen, "Je hebt alle wijzigingen gezien.", "You have seen all changes."},
    Entry{Text::changes_in_process, "Nieuw of gewijzigd sinds je vorige bezoek",
          "New or changed since your last visit"},
    Entry{Text::badge_changed, "gewijzigd", "changed"},
    Entry{Text::badge_new, "nieuw", "new"},
    Entry{Text::entity_case_type, "Proces", "Process"},
    Entry{Text::entity_step, "Stap", "Step"},
    Entry{Text::entity_flow, "Gegevensstroom", "Data flow"},
    Entry{Text::entity_role, "Rol", "Role"},
    Entry{Text::entity_right, "Beslisbevoegdheid", "Decision right"},
    Entry{Text::entity_exercise, "Oefening", "Exercise"},
    Entry{Text::entity_decision, "Beslismoment", "Decision"},
};

// The core names a changed field in Dutch (core/src/content_entities.cpp, as
// the CLI's `diff` prints it); the English UI shows these.
struct FieldName {
    const char* nl;
    const char* en;
};

inline constexpr std::array kFieldNames{
    FieldName{"aangeboden gegevens", "offered data"},
    FieldName{"aangeboden kanalen", "offered channels"},
    FieldName{"aangeboden ontvangers", "offered recipients"},
    FieldName{"aanleiding", "trigger"},
    FieldName{"actie", "action"},
    FieldName{"afzender", "sender"},
    FieldName{"altijd gedeeld", "always shared"},
    FieldName{"artikel", "article"},
    FieldName{"begin", "start"},
    FieldName{"beschrijving", "description"},
    FieldName{"beslisbevoegdheid", "decision right"},
    FieldName{"beslismoment", "decision"},
    FieldName{"beslist", "decides"},
    FieldName{"beslist niet", "does not decide"},
    FieldName{"bijlage", "annex"},
    FieldName{"bronnen", "sources"},
    FieldName{"doelen", "purposes"},
    FieldName{"doet", "does"},
    FieldName{"eindes", "endings"},
    FieldName{"formulering", "wording"},
    FieldName{"gegeven", "data item"},
    FieldName{"gegevens", "data"},
    FieldName{"gegevensstroom", "data flow"},
    FieldName{"geschikt voor persoonsgegevens", "fit for personal data"},
    FieldName{"grondslag", "legal basis"},
    FieldName{"grondslagen", "legal bases"},
    FieldName{"kanaal", "channel"},
    FieldName{"korte titel", "short title"},
    FieldName{"naam", "name"},
    FieldName{"oefening", "exercise"},
    FieldName{"omschrijving", "description"},
    FieldName{"onderwerp", "subject"},
    FieldName{"ontbrekend", "missing"},
    FieldName{"ontvangers", "recipients"},
    FieldName{"oordeel", "judgement"},
    FieldName{"organisatie", "organisation"},
    FieldName{"rol", "role"},
    FieldName{"route", "route"},
    FieldName{"samenvatting", "summary"},
    FieldName{"situatie", "situation"},
    FieldName{"soort", "kind"},
    FieldName{"stap", "step"},
    FieldName{"systeem", "system"},
    FieldName{"systemen", "systems"},
    FieldName{"tekst", "text"},
    FieldName{"titel", "title"},
    FieldName{"uitgangspunt", "principle"},
    FieldName{"uitgangspunten", "principles"},
    FieldName{"vervolg", "next"},
    FieldName{"volgorde", "order"},
    FieldName{"vraag", "question"},
    FieldName{"wanneer", "when"},
    FieldName{"wat", "what"},
    FieldName{"wie", "who"},
    FieldName{"wie beslist", "who decides"},
    FieldName{"zaaktype", "case type"},
};

} // namespace pw::ui::strings
