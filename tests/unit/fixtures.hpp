// A minimal, valid content set built as JSON values, so each test can break
// exactly one thing and check the diagnostic it gets.
#pragma once

#include "pw/content_loader.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace fixtures {

using nlohmann::json;

inline json citation() {
    return json{{"source", "s1"}, {"locator", "rij 1"}};
}

// A role's task or limit: its text with its own source.
inline json statement(const char* text) {
    return json{{"text", text}, {"sources", {citation()}}};
}

struct MiniContent {
    json sources = {{"kind", "sources"},
                    {"sources", {{{"id", "s1"}, {"title", "Bron een"}, {"file", "000.txt"}}}}};
    json organisations = {{"kind", "organisations"},
                          {"organisations",
                           {{{"id", "a"},
                             {"name", "Org A"},
                             {"shortName", "A"},
                             {"kind", "uitvoeringsorganisatie"},
                             {"description", "Eerste"},
                             {"sources", {citation()}}},
                            {{"id", "b"},
                             {"name", "Org B"},
                             {"shortName", "B"},
                             {"kind", "ketenpartner"},
                             {"description", "Tweede"},
                             {"sources", {citation()}}}}},
                          {"roles",
                           {{{"id", "ra"},
                             {"organisation", "a"},
                             {"name", "Rol A"},
                             {"description", "doet A"},
                             {"tasks", {statement("stuurt gegevens")}},
                             {"limits", {statement("beslist niet over B")}},
                             {"sources", {citation()}}},
                            {{"id", "rb"},
                             {"organisation", "b"},
                             {"name", "Rol B"},
                             {"description", "doet B"},
                             {"tasks", {statement("ontvangt gegevens")}},
                             {"limits", {statement("beslist niet over A")}},
                             {"sources", {citation()}}}}}};
    json catalog = {
        {"kind", "catalog"},
        {"systems",
         {{{"id", "sys"}, {"name", "SYS"}, {"description", "systeem"}, {"sources", {citation()}}}}},
        {"channels",
         {{{"id", "ch"},
           {"name", "Kanaal"},
           {"secure", true},
           {"description", "veilig"},
           {"sources", {citation()}}}}},
        {"dataItems",
         {{{"id", "d1"},
           {"name", "Gegeven"},
           {"description", "iets"},
           {"sources", {citation()}}}}}};
    json rules = {
        {"kind", "rules"},
        {"legalBases",
         {{{"id", "lb"},
           {"title", "Grond"},
           {"reference", "art. 1"},
           {"text", "tekst"},
           {"sources", {citation()}}}}},
        {"principles",
         {{{"id", "p"}, {"title", "Principe"}, {"text", "tekst"}, {"sources", {citation()}}}}}};
    json case_type = {
        {"kind", "case-type"},
        {"id", "ct"},
        {"title", "Zaaktype"},
        {"shortTitle", "Kort"},
        {"summary", "samenvatting"},
        {"trigger", "aanleiding"},
        {"start", "begin"},
        {"sources", {citation()}},
        {"steps",
         {{{"id", "begin"},
           {"title", "Begin"},
           {"actor", "ra"},
           {"summary", "A stuurt B iets"},
           {"next", {{{"step", "einde"}}}},
           {"flows",
            {{{"id", "f1"},
              {"from", "ra"},
              {"to", {"rb"}},
              {"channel", "ch"},
              {"data", {"d1"}},
              {"purposes", {"omdat"}},
              {"systems", {"sys"}},
              {"description", "mail"},
              {"sources", {citation()}}}}},
           {"sources", {citation()}}},
          {{"id", "einde"},
           {"title", "Einde"},
           {"kind", "end"},
           {"actor", "rb"},
           {"summary", "klaar"},
           {"sources", {citation()}}}}},
        {"examples",
         {{{"id", "ex"},
           {"title", "Voorbeeld"},
           {"summary", "een fictief geval"},
           {"persons",
            {{{"name", "Anna (fictief)"}, {"description", "kind"}, {"identifier", "V-FICTIEF-1"}}}},
           {"path",
            {{{"step", "begin"}, {"narrative", "A stuurt"}},
             {{"step", "einde"}, {"narrative", "klaar"}}}},
           {"illustrative", true},
           {"illustrativeNote", "verzonnen"},
           {"sources", {citation()}}}}}};
    json glossary = {{"kind", "glossary"},
                     {"terms",
                      {{{"id", "sys"},
                        {"term", "SYS"},
                        {"expansion", "systeem"},
                        {"definition", "een systeem"},
                        {"sources", {citation()}}}}}};

    std::vector<pw::ContentSource> files() const {
        return {{"sources.json", sources.dump(2)},
                {"organisations.json", organisations.dump(2)},
                {"catalog.json", catalog.dump(2)},
                {"rules.json", rules.dump(2)},
                {"case-types/ct.json", case_type.dump(2)},
                {"glossary.json", glossary.dump(2)}};
    }
};

// 1-based line of the first occurrence of `needle` in `text`, 0 if absent.
inline int line_of(const std::string& text, const std::string& needle) {
    const auto pos = text.find(needle);
    if (pos == std::string::npos) return 0;
    int line = 1;
    for (std::size_t i = 0; i < pos; ++i)
        if (text[i] == '\n') ++line;
    return line;
}

inline std::string all_messages(const pw::Diagnostics& ds) {
    std::string out;
    for (const auto& d : ds)
        out += pw::format_diagnostic(d) + "\n";
    return out;
}

} // namespace fixtures
