// The term matcher's indexes (suffix array, deletion neighbourhood) must find
// exactly what a scan of the whole vocabulary finds.
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/search.hpp"
#include "pw/term_matcher.hpp"
#include "pw/text.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>
#include <doctest/doctest.h>
#include <set>

namespace {

using Matches = std::set<std::pair<std::size_t, double>>;

bool starts_with(const std::string& s, const std::string& p) {
    return s.compare(0, p.size(), p) == 0 && s.size() >= p.size();
}

// The definition, as a scan: what the matcher must reproduce.
Matches scan(const std::vector<std::string>& vocabulary, const std::string& word) {
    Matches out;
    for (std::size_t t = 0; t < vocabulary.size(); ++t) {
        const std::string& v = vocabulary[t];
        if (v == word)
            out.emplace(t, pw::TermQuality::exact);
        else if (word.size() >= 2 && starts_with(v, word))
            out.emplace(t, pw::TermQuality::prefix);
        else if (word.size() >= 5 && v.find(word) != std::string::npos)
            out.emplace(t, pw::TermQuality::infix);
        else if (word.size() >= 4 && v.size() + 1 >= word.size() && v.size() <= word.size() + 1 &&
                 pw::edit_distance(v, word) <= 1)
            out.emplace(t, pw::TermQuality::typo);
    }
    return out;
}

std::vector<std::string> real_vocabulary() {
    pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    const pw::SearchIndex index = pw::SearchIndex::build(pw::load_and_validate(files.files).model);
    std::set<std::string> words;
    for (const auto& doc : index.documents())
        for (const std::string* text : {&doc.title, &doc.body})
            for (auto& w : pw::folded_words(*text))
                words.insert(std::move(w.folded));
    return {words.begin(), words.end()};
}

} // namespace

TEST_CASE("the term matcher finds what a scan of the vocabulary finds") {
    const std::vector<std::string> vocabulary = real_vocabulary();
    REQUIRE(vocabulary.size() > 1000);
    const pw::TermMatcher matcher = pw::TermMatcher::build(vocabulary);

    std::vector<std::string> queries{"ots",   "kind", "overdracht", "beeindiging", "raadsonderzok",
                                     "xyzzy", "a",    "ab",         "vnummer",     "gegevens"};
    for (std::size_t i = 0; i < vocabulary.size(); i += 13) {
        const std::string& w = vocabulary[i];
        queries.push_back(w);
        if (w.size() < 3) continue;
        const std::size_t mid = w.size() / 2;
        queries.push_back(w.substr(0, w.size() - 1));                  // prefix
        queries.push_back(w.substr(0, mid) + w.substr(mid + 1));       // a letter missing
        queries.push_back(w.substr(0, mid) + "x" + w.substr(mid));     // a letter too many
        queries.push_back(w.substr(0, mid) + "q" + w.substr(mid + 1)); // a wrong letter
        std::string swapped = w;
        std::swap(swapped[mid - 1], swapped[mid]);
        queries.push_back(swapped);                           // two letters swapped
        if (w.size() >= 8) queries.push_back(w.substr(2, 5)); // inside the word
    }
    std::size_t found = 0, typos = 0, infixes = 0;
    for (const std::string& q : queries) {
        const auto got = matcher.match(vocabulary, q);
        const Matches as_set(got.begin(), got.end());
        CAPTURE(q);
        CHECK(as_set.size() == got.size()); // each entry once
        const Matches expected = scan(vocabulary, q);
        CHECK(as_set == expected);
        found += expected.size();
        for (const auto& [t, quality] : expected) {
            typos += quality == pw::TermQuality::typo;
            infixes += quality == pw::TermQuality::infix;
        }
    }
    // The comparison covered every kind of match.
    CHECK(found > queries.size());
    CHECK(typos > 50);
    CHECK(infixes > 50);
}
