// The search's shortcuts must not change what it finds or shows: a search
// reuses its working arrays (the result may not depend on what was searched
// before), and a snippet is cut where the index says the first match is
// (checked here against reading the body word by word).
#include "content_files.hpp"

#include "pw/abbreviations.hpp"
#include "pw/content_loader.hpp"
#include "pw/search.hpp"
#include "pw/text_fold.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace {

std::vector<std::string> question_texts() {
    std::ifstream in(PW_SEARCH_QUESTIONS);
    std::vector<std::string> out;
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') out.push_back(line.substr(0, line.find('\t')));
    return out;
}

pw::Model content_model() {
    const pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    return pw::load_and_validate(files.files).model;
}

// Everything a hit says, as text: equal text, equal hit.
std::string describe(const pw::SearchHit& h) {
    std::string out = std::to_string(h.document) + " " + std::to_string(h.score) + " " +
                      std::to_string(h.text_score) + " " + std::to_string(h.coverage) + " " +
                      std::to_string(h.shape_bonus) + " " + std::to_string(h.name_bonus) + " " +
                      std::to_string(h.title_bonus) + " " + std::to_string(h.fields) + " [" +
                      h.snippet + "]";
    for (const auto* spans : {&h.title_matches, &h.snippet_matches})
        for (const pw::TextSpan& s : *spans)
            out += " " + std::to_string(s.begin) + "+" + std::to_string(s.length);
    for (const auto& s : h.shape_matches)
        out += " " + s;
    return out;
}

std::vector<std::string> describe(const std::vector<pw::SearchHit>& hits) {
    std::vector<std::string> out;
    for (const auto& h : hits)
        out.push_back(describe(h));
    return out;
}

const std::string kEllipsis = "…";

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0;
}

// Checks a hit's snippet against its document's body, read word by word:
// `matched` holds every folded word the query's hits highlight.
void check_snippet(const pw::SearchDocument& doc, const pw::SearchHit& hit,
                   const std::set<std::string>& matched) {
    std::string shown = hit.snippet;
    const std::size_t lead = starts_with(shown, kEllipsis) ? kEllipsis.size() : 0;
    shown.erase(0, lead);
    std::size_t at = doc.body.find(shown);
    if (at == std::string::npos && shown.size() >= kEllipsis.size() &&
        shown.compare(shown.size() - kEllipsis.size(), kEllipsis.size(), kEllipsis) == 0) {
        shown.resize(shown.size() - kEllipsis.size());
        at = doc.body.find(shown);
    }
    REQUIRE_MESSAGE(at != std::string::npos, "snippet not in the body: " << hit.snippet);
    std::vector<pw::TextSpan> expected;
    bool any_before = false;
    for (const pw::TextSpan& w : pw::words(doc.body)) {
        const bool is_match = matched.count(pw::fold(w.text(doc.body))) > 0;
        if (w.begin + w.length <= at) {
            any_before = any_before || is_match;
        } else if (w.begin >= at && w.begin + w.length <= at + shown.size() && is_match) {
            expected.push_back({w.begin - at + lead, w.length});
        }
    }
    // The snippet starts no later than the first matched word of the body ...
    CHECK_MESSAGE(!any_before, doc.id << ": a matched word before the snippet");
    // ... and marks exactly the matched words it shows.
    REQUIRE(hit.snippet_matches.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        CHECK(hit.snippet_matches[i].begin == expected[i].begin);
        CHECK(hit.snippet_matches[i].length == expected[i].length);
    }
    // Without a match in the body the snippet is its beginning.
    if (expected.empty()) CHECK(at == 0);
}

void check_snippets(const pw::SearchIndex& index, const std::vector<pw::SearchHit>& hits) {
    std::set<std::string> matched;
    for (const auto& h : hits) {
        const auto& doc = index.documents()[h.document];
        for (const auto& s : h.title_matches)
            matched.insert(pw::fold(s.text(doc.title)));
        for (const auto& s : h.snippet_matches)
            matched.insert(pw::fold(s.text(h.snippet)));
    }
    for (const auto& h : hits)
        check_snippet(index.documents()[h.document], h, matched);
}

} // namespace

TEST_CASE("a search finds the same whatever was searched before it") {
    const pw::SearchIndex index = pw::SearchIndex::build(content_model());
    const std::vector<std::string> questions = question_texts();
    REQUIRE(questions.size() >= 60);
    std::vector<std::vector<std::string>> forward;
    for (const auto& q : questions)
        forward.push_back(describe(index.search(q)));
    for (std::size_t i = questions.size(); i-- > 0;) {
        INFO("question: " << questions[i]);
        CHECK(describe(index.search(questions[i])) == forward[i]);
        // Fewer places: the first of the same hits.
        const auto top3 = describe(index.search(questions[i], 3));
        CHECK(std::equal(top3.begin(), top3.end(), forward[i].begin()));
    }
    // A moved index searches as the original did.
    pw::SearchIndex moved = pw::SearchIndex::build(content_model());
    pw::SearchIndex other = std::move(moved);
    CHECK(describe(other.search(questions.front())) == forward.front());
}

TEST_CASE("snippets start at the first matched word of the body and mark what they show") {
    const pw::SearchIndex index = pw::SearchIndex::build(content_model());
    for (const auto& q : question_texts()) {
        INFO("question: " << q);
        check_snippets(index, index.search(q));
    }
}

TEST_CASE("a first match far into a long body is found by reading it") {
    pw::Model model = content_model();
    REQUIRE_FALSE(model.glossary.empty());
    std::string& definition = model.glossary.front().definition;
    while (definition.size() < 70000)
        definition += " Vulwoorden zonder betekenis om de tekst lang te maken.";
    definition += " Het zeldzaamste woord: kwispelstaartvergunning.";
    const pw::SearchIndex index = pw::SearchIndex::build(model);
    const auto hits = index.search("kwispelstaartvergunning");
    REQUIRE(hits.size() == 1);
    CHECK(hits[0].snippet.find("kwispelstaartvergunning") != std::string::npos);
    REQUIRE(hits[0].snippet_matches.size() == 1);
    CHECK(hits[0].snippet_matches[0].text(hits[0].snippet) == "kwispelstaartvergunning");
    check_snippets(index, hits);
}
