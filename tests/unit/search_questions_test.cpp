// The question set (tests/search/questions.tsv): questions written from the
// sources before the engine was tuned, each with the places that answer it.
// At least 90 % must have such a place in the top 3; the misses are printed.
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/search.hpp"

#include <doctest/doctest.h>

#include <fstream>
#include <set>
#include <sstream>

namespace {

struct Question {
    int line = 0;
    std::string text;
    std::vector<std::string> places;
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::string part;
    std::istringstream in(s);
    while (std::getline(in, part, sep))
        if (!part.empty()) out.push_back(part);
    return out;
}

std::vector<Question> read_questions() {
    std::ifstream in(PW_SEARCH_QUESTIONS);
    REQUIRE_MESSAGE(in, "cannot read " PW_SEARCH_QUESTIONS);
    std::vector<Question> out;
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
        if (line.empty() || line[0] == '#') continue;
        std::vector<std::string> columns;
        std::size_t at = 0;
        for (std::size_t tab; (tab = line.find('\t', at)) != std::string::npos; at = tab + 1)
            columns.push_back(line.substr(at, tab - at));
        columns.push_back(line.substr(at));
        INFO("questions.tsv line " << n);
        REQUIRE(columns.size() == 4);
        out.push_back({n, columns[0], split(columns[1], ' ')});
        REQUIRE_FALSE(out.back().places.empty());
    }
    return out;
}

} // namespace

TEST_CASE("questions from the sources find their answer in the top 3") {
    const pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    const pw::SearchIndex index = pw::SearchIndex::build(pw::load_and_validate(files.files).model);
    std::set<std::string> places;
    for (const auto& d : index.documents())
        places.insert(pw::format_route(d.route));

    const std::vector<Question> questions = read_questions();
    REQUIRE(questions.size() >= 60);
    std::size_t found = 0;
    std::string misses;
    for (const Question& q : questions) {
        for (const auto& p : q.places) {
            INFO("questions.tsv line " << q.line << ": no place " << p << " in the guide");
            CHECK(places.count(p) == 1);
        }
        const auto hits = index.search(q.text, 3);
        bool hit = false;
        std::string got;
        for (const auto& h : hits) {
            const std::string route = pw::format_route(index.documents()[h.document].route);
            got += " " + route;
            for (const auto& p : q.places)
                hit = hit || route == p;
        }
        if (hit)
            ++found;
        else
            misses += "  line " + std::to_string(q.line) + ": \"" + q.text + "\" ->" +
                      (got.empty() ? " (nothing)" : got) + "\n";
    }
    const double share = static_cast<double>(found) / static_cast<double>(questions.size());
    MESSAGE("search questions: " << found << " of " << questions.size() << " ("
                                 << static_cast<int>(share * 100 + 0.5)
                                 << " %) have a right place in the top 3; misses:\n"
                                 << misses);
    CHECK(share >= 0.90);
}
