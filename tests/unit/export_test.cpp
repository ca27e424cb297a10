// The exports must say everything the model holds, in a form a reader can use.
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/export.hpp"
#include "pw/provenance_sites.hpp"
#include "pw/routes.hpp"

#include <doctest/doctest.h>

#include <regex>

namespace {

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

std::size_t count(const std::string& text, const std::string& needle) {
    std::size_t n = 0;
    for (std::size_t at = text.find(needle); at != std::string::npos;
         at = text.find(needle, at + needle.size()))
        ++n;
    return n;
}

} // namespace

TEST_CASE("the Markdown handbook holds every step, flow, role, term and card") {
    const std::string md = pw::export_markdown(model());
    for (const auto& ct : model().case_types) {
        CHECK_MESSAGE(md.find("### " + ct.title) != std::string::npos, ct.id);
        for (const auto& s : ct.steps) {
            CHECK_MESSAGE(md.find(". " + s.title + "\n") != std::string::npos, s.id);
            CHECK(md.find(pw::format_route(
                      pw::Route{pw::Route::Kind::step, ct.id, s.id, {}, {}})) != std::string::npos);
        }
        for (const auto& e : ct.examples)
            CHECK(md.find("Voorbeeld: " + e.title) != std::string::npos);
    }
    for (const auto& r : model().roles)
        CHECK_MESSAGE(md.find("#### " + r.name + "\n") != std::string::npos, r.id);
    for (const auto& t : model().glossary)
        CHECK_MESSAGE(md.find("- **" + t.term + "**") != std::string::npos, t.id);
    for (const auto& c : model().cards)
        CHECK_MESSAGE(md.find("### " + c.title) != std::string::npos, c.id);
    // Every illustrative flow is marked as such.
    std::size_t illustrative_flows = 0;
    for (const auto& ct : model().case_types)
        for (const auto& s : ct.steps)
            for (const auto& f : s.flows)
                illustrative_flows += f.provenance.illustrative ? 1 : 0;
    CHECK(count(md, "** *(illustratief)*\n") == illustrative_flows);
}

TEST_CASE("the HTML text twin uses the app's routes as anchors and links back into the app") {
    const std::string html = pw::export_html(model(), {"index.html", "oefening.html", ""});
    CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
    CHECK(html.find("<a class=\"skip-link\" href=\"#inhoud\">") != std::string::npos);
    CHECK(html.find("<section id=\"/proces/kb-maatregel/stap/melding\" class=\"step\">") !=
          std::string::npos);
    CHECK(html.find("href=\"index.html#/proces/kb-maatregel/stap/melding\"") != std::string::npos);
    CHECK(html.find("<th scope=\"col\">Welke gegevens</th>") != std::string::npos);
    CHECK(html.find("<dt id=\"/begrip/ots\"><abbr title=\"ondertoezichtstelling\">OTS</abbr>") !=
          std::string::npos);
    // Every internal link points at an id that exists.
    std::regex href("href=\"#([^\"]+)\"");
    for (auto it = std::sregex_iterator(html.begin(), html.end(), href);
         it != std::sregex_iterator(); ++it) {
        const std::string target = (*it)[1];
        CHECK_MESSAGE(html.find("id=\"" + target + "\"") != std::string::npos, target);
    }
    // Every exercise is listed, linking to its page in the text version.
    CHECK(html.find("<li><a href=\"#oefeningen\">Oefeningen</a></li>") != std::string::npos);
    for (const auto& sc : model().scenarios)
        CHECK_MESSAGE(html.find("<a href=\"oefening.html#" + sc.id + "\">") != std::string::npos,
                      sc.id);
    // Without an exercise page there is no such list.
    CHECK(pw::export_html(model(), {"index.html", "", ""}).find("id=\"oefeningen\"") ==
          std::string::npos);
    // Text is escaped: "DT&V" appears only as an entity in markup.
    CHECK(html.find("DT&V") == std::string::npos);
    CHECK(html.find("DT&amp;V") != std::string::npos);
}

TEST_CASE("both exports show every quote and every illustrative flag, and no source file names") {
    const std::string md = pw::export_markdown(model());
    const std::string html = pw::export_html(model(), {"index.html", "", ""});
    const auto escape = [](std::string s) {
        for (auto [from, to] : {std::pair<std::string, std::string>{"&", "&amp;"},
                                {"<", "&lt;"},
                                {">", "&gt;"},
                                {"\"", "&quot;"}})
            for (std::size_t at = s.find(from); at != std::string::npos;
                 at = s.find(from, at + to.size()))
                s.replace(at, from.size(), to);
        return s;
    };
    std::size_t quotes = 0;
    for (const auto& site : pw::provenance_sites(model())) {
        // Exercises and the "Wat nu?" assistant are not in the handbook.
        if (site.kind == "scenario" || site.training || site.assistant) continue;
        for (const auto& c : site.provenance->citations) {
            if (c.quote.empty()) continue;
            ++quotes;
            CHECK_MESSAGE(md.find("“" + c.quote + "”") != std::string::npos, site.label);
            CHECK_MESSAGE(html.find("“" + escape(c.quote) + "”") != std::string::npos, site.label);
        }
        if (site.provenance->illustrative) {
            CHECK_MESSAGE(md.find(site.provenance->illustrative_note) != std::string::npos,
                          site.label);
            CHECK_MESSAGE(html.find(escape(site.provenance->illustrative_note)) !=
                              std::string::npos,
                          site.label);
        }
    }
    CHECK(quotes > 300);
    // Citations name the document by title; the file names appear only in the list of sources.
    const std::string cited_md = md.substr(0, md.find("## 10. Bronnen"));
    const std::string cited_html = html.substr(0, html.find("<section id=\"bronnen\">"));
    for (const auto& s : model().sources) {
        if (s.file.empty()) continue;
        CHECK_MESSAGE(cited_md.find(s.file) == std::string::npos, s.file);
        CHECK_MESSAGE(cited_html.find(s.file) == std::string::npos, s.file);
    }
    CHECK(html.find("<span class=\"quote\">“") != std::string::npos);
}
