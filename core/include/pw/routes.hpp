// Deep-link routes: the URL hash <-> a place in the guide. Routes are Dutch,
// because users share them: "#/proces/kb-maatregel/stap/melding".
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pw {

struct Route {
    enum class Kind {
        home,
        case_type,
        step,
        example,
        role,
        organisation,
        term,
        data_item,
        system,
        channel,
        card,
        rule,
        search,
        training,  // the list of exercises
        scenario,  // one exercise, played by a trainee
        trainer,   // one exercise, led by a trainer for a group
        assistant, // "Wat nu?": the interview, its answers in `query` ("#/wat-nu?zaak=kb")
        changes,   // "Wat is er veranderd": the content since the user last saw it
        editor     // writing an exercise: "#/oefenen/nieuw", "#/oefenen/<id>/bewerken"
    };
    Kind kind = Kind::home;
    std::string case_type; // case_type, step, example
    std::string step;      // step
    std::string id;    // example, role, organisation, term, data_item, system, channel, card, rule,
                       // scenario, trainer, editor (empty: a new exercise)
    std::string query; // search; training: a class code to join ("#/oefenen/klas/ABCD");
                       // assistant: the answers, "organisatie=ind&zaak=kb"

    bool operator==(const Route&) const = default;
};

// Accepts "#/...", "/..." or "" (home). Returns nullopt for a malformed route.
std::optional<Route> parse_route(std::string_view hash);
// Always starts with "#/".
std::string format_route(const Route& route);

std::string percent_encode(std::string_view text);
std::string percent_decode(std::string_view text);

} // namespace pw
