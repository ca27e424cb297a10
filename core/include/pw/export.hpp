// The whole guide as one readable document: Markdown (a handbook for people
// who know the sources) and HTML (the text twin of the app: semantic, linked
// to the app's deep links). Pure functions: the caller writes the file.
#pragma once

#include "pw/model.hpp"
#include "pw/source_map.hpp"

#include <string>

namespace pw {

std::string export_markdown(const Model& model);

struct HtmlExportOptions {
    std::string app_url = "index.html"; // links back into the app: <app_url>#/proces/...
    // When set, a section lists the exercises, each playable at <exercise_page>#<id>.
    std::string exercise_page;
    // When set, each case type links its printable card at <card_dir><id>.html.
    std::string card_dir;
};
std::string export_html(const Model& model, const HtmlExportOptions& options = {});

// A printable reference card per case type (one or two A4 pages, black and
// white): the steps in order with who acts, what goes to whom (data, channel,
// system), the decisions and who takes them, what each organisation does not
// decide, the contact points, and the sources by document title and locator.
// One self-contained HTML page: its print style is inline.
struct CardOptions {
    std::string app_url; // when set, the card links to <app_url>#/proces/<id>
    // When set, the style and the print button's script are files next to the
    // card (card_stylesheet() as <assets>.css, card_script() as <assets>.js):
    // the app's server forbids inline styles and scripts. Empty: both inline.
    std::string assets;
};
std::string export_card(const Model& model, const CaseType& case_type,
                        const CardOptions& options = {});
// The list of all cards, each linked as <case-type-id>.html.
std::string export_card_index(const Model& model, const CardOptions& options = {});
// The file a case type's card is written to: "<id>.html".
std::string card_file_name(const CaseType& case_type);
// The cards' print style and the script of their "Afdrukken" button.
std::string card_stylesheet();
std::string card_script();

// For reviewers who hold the sources: per source document (in the order of
// sources.json), every claim that cites it, with the locator and the quote,
// and whether it is illustrative. Markdown.
std::string export_by_source(const Model& model);

// Every citation as JSON: what cites it (kind, id, label, route), the source
// (id, title, file), locator, quote, and the illustrative flag and note of
// what cites it. With a source map, also the content file and line.
std::string export_citations_json(const Model& model, const SourceMap* source_map = nullptr);

} // namespace pw
