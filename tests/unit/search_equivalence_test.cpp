// The search's shortcuts must not change what it finds or shows: a search
// reuses its working arrays (the result may not depend on what was searched
// before); the first k places are found without ranking every document (they
// must be the full ranking's first k, on the real content and on synthetic
// content many times its size); a row is described only when shown (it must
// say what describing every row of the full ranking says); and a snippet is
// cut where the index says the first match is (checked here against reading
// the body word by word).
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

// The content at `factor` times its size, as tests/bench/synth_content.py
// makes it for the benchmark: copies of every case type and glossary term
// under new ids (new places), some with made-up words added to their texts.
pw::Model scaled(pw::Model m, int factor) {
    static const char* const kSyllables[] = {"ka", "lo", "ver", "stra", "mi", "den",
                                             "bo", "rel", "tuin", "sen", "gra", "vo"};
    unsigned seed = 13;
    auto made_up = [&seed] {
        std::string word;
        for (int i = 0; i < 3; ++i) {
            seed = seed * 1103515245u + 12345u;
            word += kSyllables[(seed >> 16) % 12];
        }
        return word;
    };
    const auto case_types = m.case_types;
    const auto glossary = m.glossary;
    for (int n = 1; n < factor; ++n) {
        for (pw::CaseType ct : case_types) {
            ct.id += "-s" + std::to_string(n);
            ct.title += " (synthetisch " + std::to_string(n) + ")";
            // Every other copy as the original (ties between places), the rest with more words.
            if (n % 2 == 0)
                for (pw::Step& st : ct.steps)
                    st.summary += " Synthetisch: " + made_up() + " " + made_up() + ".";
            m.case_types.push_back(std::move(ct));
        }
        for (pw::GlossaryTerm t : glossary) {
            t.id += "-s" + std::to_string(n);
            if (n % 3 == 0) t.definition += " " + made_up();
            m.glossary.push_back(std::move(t));
        }
    }
    return m;
}

// Everything a hit says, with its described row, as text: equal text, equal hit.
std::string describe(const pw::SearchHit& h, const pw::HitDetails& row) {
    std::string out = std::to_string(h.document) + " " + std::to_string(h.score) + " " +
                      std::to_string(h.text_score) + " " + std::to_string(h.coverage) + " " +
                      std::to_string(h.shape_bonus) + " " + std::to_string(h.name_bonus) + " " +
                      std::to_string(h.title_bonus) + " " + std::to_string(row.fields) + " [" +
                      row.snippet + "]";
    for (const auto* spans : {&row.title_matches, &row.snippet_matches})
        for (const pw::TextSpan& s : *spans)
            out += " " + std::to_string(s.begin) + "+" + std::to_string(s.length);
    for (const auto& s : h.shape_matches)
        out += " " + s;
    return out;
}

std::vector<std::string> describe(const pw::SearchIndex& index, const pw::SearchResults& hits) {
    const std::vector<pw::HitDetails> rows = index.describe(hits, 0, hits.size());
    std::vector<std::string> out;
    for (std::size_t i = 0; i < hits.size(); ++i)
        out.push_back(describe(hits[i], rows[i]));
    return out;
}

// The first places of a search with a small limit against the full ranking
// (a limit no search reaches): the same documents with the same scores, in
// the same order, and each shown row described as the full ranking's.
void check_top_places(const pw::SearchIndex& index, const std::string& question) {
    INFO("question: " << question);
    const pw::SearchResults full = index.search(question, index.documents().size());
    for (std::size_t i = 1; i < full.size(); ++i)
        REQUIRE(full[i - 1].score >= full[i].score);
    for (const std::size_t k : {1, 3, 10, 40}) {
        INFO("limit " << k);
        const pw::SearchResults top = index.search(question, k);
        REQUIRE(top.size() == std::min(k, full.size()));
        for (std::size_t i = 0; i < top.size(); ++i) {
            CHECK(top[i].document == full[i].document);
            CHECK(top[i].score == full[i].score);
            CHECK(top[i].shape_matches == full[i].shape_matches);
        }
    }
}

const std::string kEllipsis = "…";

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0;
}

// Checks a hit's snippet against its document's body, read word by word:
// `matched` holds every folded word the query's hits highlight.
void check_snippet(const pw::SearchDocument& doc, const pw::HitDetails& hit,
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

void check_snippets(const pw::SearchIndex& index, const pw::SearchResults& hits) {
    const std::vector<pw::HitDetails> rows = index.describe(hits, 0, hits.size());
    std::set<std::string> matched;
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& doc = index.documents()[hits[i].document];
        for (const auto& s : rows[i].title_matches)
            matched.insert(pw::fold(s.text(doc.title)));
        for (const auto& s : rows[i].snippet_matches)
            matched.insert(pw::fold(s.text(rows[i].snippet)));
    }
    for (std::size_t i = 0; i < hits.size(); ++i)
        check_snippet(index.documents()[hits[i].document], rows[i], matched);
}

} // namespace

TEST_CASE("a search finds the same whatever was searched before it") {
    const pw::SearchIndex index = pw::SearchIndex::build(content_model());
    const std::vector<std::string> questions = question_texts();
    REQUIRE(questions.size() >= 60);
    std::vector<std::vector<std::string>> forward;
    for (const auto& q : questions)
        forward.push_back(describe(index, index.search(q)));
    for (std::size_t i = questions.size(); i-- > 0;) {
        INFO("question: " << questions[i]);
        CHECK(describe(index, index.search(questions[i])) == forward[i]);
    }
    // A moved index searches as the original did.
    pw::SearchIndex moved = pw::SearchIndex::build(content_model());
    pw::SearchIndex other = std::move(moved);
    CHECK(describe(other, other.search(questions.front())) == forward.front());
}

TEST_CASE("the first places of a search are the full ranking's first places") {
    const pw::SearchIndex index = pw::SearchIndex::build(content_model());
    for (const auto& q : question_texts())
        check_top_places(index, q);
}

TEST_CASE("the first places are the full ranking's at many times the content, ties included") {
    const pw::SearchIndex index = pw::SearchIndex::build(scaled(content_model(), 12));
    REQUIRE(index.documents().size() >
            5 * pw::SearchIndex::build(content_model()).documents().size());
    for (const auto& q : question_texts())
        check_top_places(index, q);
}

TEST_CASE("a row described when shown says what describing every row would have said") {
    const pw::SearchIndex index = pw::SearchIndex::build(content_model());
    for (const auto& q : question_texts()) {
        INFO("question: " << q);
        const pw::SearchResults full = index.search(q, index.documents().size());
        const std::vector<std::string> every_row = describe(index, full);
        const pw::SearchResults shown = index.search(q, 10);
        for (std::size_t i = 0; i < shown.size(); ++i)
            CHECK(describe(shown[i], index.describe(shown, i)) == every_row[i]);
        // Out of range: nothing, no crash.
        CHECK(index.describe(shown, shown.size()).snippet.empty());
        CHECK(index.describe(shown, 2, 1).empty());
    }
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
    const pw::HitDetails row = index.describe(hits, 0);
    CHECK(row.snippet.find("kwispelstaartvergunning") != std::string::npos);
    REQUIRE(row.snippet_matches.size() == 1);
    CHECK(row.snippet_matches[0].text(row.snippet) == "kwispelstaartvergunning");
    check_snippets(index, hits);
}
