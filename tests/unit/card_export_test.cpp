// The printable reference cards: every step, every recipient and every source
// of a case type is on its card, with nothing of the protocol made up in code.
#include "content_files.hpp"
#include "export_common.hpp" // html_escape

#include "pw/content_loader.hpp"
#include "pw/export.hpp"
#include "pw/lookup.hpp"

#include <doctest/doctest.h>

#include <string>

namespace {

const pw::Model& model() {
    static const pw::Model m =
        pw::load_and_validate(pw::read_content_dir(PW_CONTENT_DIR).files).model;
    return m;
}

// What the card writes for a text: HTML-escaped, as the exports escape.
std::string escaped(std::string_view s) {
    return pw::detail::html_escape(s);
}

bool holds(const std::string& card, std::string_view text) {
    return card.find(escaped(text)) != std::string::npos;
}

void check_sources(const std::string& card, const pw::Provenance& p, const std::string& what) {
    for (const pw::Citation& c : p.citations) {
        CHECK_MESSAGE(holds(card, pw::source_title(model(), c.source)), what, " ", c.source);
        CHECK_MESSAGE(holds(card, c.locator), what, " ", c.locator);
    }
    if (p.illustrative) CHECK_MESSAGE(card.find("illustratief") != std::string::npos, what);
}

} // namespace

TEST_CASE("every case type's card holds every step, flow recipient and source") {
    REQUIRE(model().case_types.size() >= 7);
    for (const pw::CaseType& ct : model().case_types) {
        const std::string card = pw::export_card(model(), ct);
        CAPTURE(ct.id);
        CHECK(card.rfind("<!DOCTYPE html>\n<html lang=\"nl\">", 0) == 0);
        CHECK(card.find("@page { size: A4;") != std::string::npos);
        CHECK(holds(card, ct.short_title));
        for (const pw::Step& s : ct.steps) {
            CHECK_MESSAGE(holds(card, s.title), s.id);
            CHECK_MESSAGE(holds(card, pw::role_short_name(model(), s.actor)), s.id);
            CHECK_MESSAGE(card.find("id=\"stap-" + s.id + "\"") != std::string::npos, s.id);
            if (!s.question.empty()) CHECK_MESSAGE(holds(card, s.question), s.id);
            for (const pw::Transition& t : s.next)
                if (!t.label.empty()) CHECK_MESSAGE(holds(card, t.label), s.id, " ", t.step);
            check_sources(card, s.provenance, s.id);
            for (const pw::Flow& f : s.flows) {
                for (const auto& to : f.to)
                    CHECK_MESSAGE(holds(card, pw::role_short_name(model(), to)), f.id, " ", to);
                CHECK_MESSAGE(holds(card, pw::channel_short_name(model(), f.channel)), f.id);
                for (const auto& d : f.data)
                    CHECK_MESSAGE(holds(card, pw::data_item_name(model(), d)), f.id, " ", d);
                CHECK_MESSAGE(holds(card, pw::channel_name(model(), f.channel)), f.id);
                for (const auto& sys : f.systems)
                    CHECK_MESSAGE(holds(card, pw::system_name(model(), sys)), f.id, " ", sys);
                check_sources(card, f.provenance, f.id);
            }
        }
    }
}

TEST_CASE("a card says who decides what and who does not, and names the contact points") {
    const pw::CaseType* kb = pw::find_case_type(model(), "kb-maatregel");
    REQUIRE(kb);
    const std::string card = pw::export_card(model(), *kb);
    for (const pw::DecisionRight& d : model().decision_rights) {
        CHECK_MESSAGE(holds(card, d.subject), d.id);
        CHECK_MESSAGE(holds(card, d.statement), d.id);
        check_sources(card, d.provenance, d.id);
    }
    for (const pw::ContactPoint& p : model().contact_points) {
        CHECK_MESSAGE(holds(card, p.count + " ("), p.id);
        check_sources(card, p.provenance, p.id);
    }
    // Sources are listed per document (its title once), each place cited once.
    const std::size_t list = card.find("<ul class=\"sources\">");
    REQUIRE(list != std::string::npos);
    const pw::Citation& first = kb->steps.front().flows.front().provenance.citations.front();
    const std::string title =
        "<strong>" + escaped(pw::source_title(model(), first.source)) + "</strong>";
    CHECK(card.find(title, list) != std::string::npos);
    CHECK(card.find(title, card.find(title, list) + 1) == std::string::npos);
    const std::string place = "</b>&nbsp;" + escaped(first.locator) + ";";
    CHECK(card.find(place, list) != std::string::npos);
    CHECK(card.find(place, card.find(place, list) + 1) == std::string::npos);
}

TEST_CASE("the card index links every card; the app link is there only when asked for") {
    const std::string index = pw::export_card_index(model(), {"../index.html", ""});
    for (const pw::CaseType& ct : model().case_types)
        CHECK_MESSAGE(
            index.find("<a href=\"" + pw::card_file_name(ct) + "\">") != std::string::npos, ct.id);
    const pw::CaseType& ct = model().case_types.front();
    CHECK(pw::export_card(model(), ct, {"../index.html", ""})
              .find("href=\"../index.html#/proces/" + ct.id + "\"") != std::string::npos);
    CHECK(pw::export_card(model(), ct).find("index.html") == std::string::npos);
    // Served by the app, style and script are files (its Content-Security-Policy).
    const std::string served = pw::export_card(model(), ct, {"../index.html", "kaart"});
    CHECK(served.find("<style>") == std::string::npos);
    CHECK(served.find("<script>") == std::string::npos);
    CHECK(served.find("<link rel=\"stylesheet\" href=\"kaart.css\">") != std::string::npos);
    CHECK(served.find("<script src=\"kaart.js\"></script>") != std::string::npos);
    CHECK(pw::card_stylesheet().find("@page { size: A4;") != std::string::npos);
    for (const std::string& page : {pw::export_card_index(model()), served,
                                    pw::export_card_index(model(), {"../index.html", "kaart"})})
        CHECK(page.find("<style><") == std::string::npos);
}
