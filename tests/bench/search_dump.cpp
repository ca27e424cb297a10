// Dumps the full results of a list of queries, for a differential check of
// the search engine: a change meant to make search faster must leave this
// output the same (scores to 1e-9 relative; tests/bench/search_diff.py
// compares two dumps). Per query: the first 50 places with every score part,
// the matched and highlighted vocabulary words, and every row described.
// Usage: search_dump <content-dir> <queries-file>... > dump.jsonl
// A queries file is one query per line ('#' comments), or a .tsv whose first
// column is the query (tests/search/questions.tsv).
#include "content_files.hpp"

#include "pw/content_loader.hpp"
#include "pw/search.hpp"

#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

std::vector<std::string> read_queries(const std::string& path) {
    std::vector<std::string> queries;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') queries.push_back(line.substr(0, line.find('\t')));
    return queries;
}

nlohmann::json spans(const std::vector<pw::TextSpan>& spans) {
    nlohmann::json out = nlohmann::json::array();
    for (const pw::TextSpan& s : spans)
        out.push_back({s.begin, s.length});
    return out;
}

nlohmann::json dump(const pw::SearchIndex& index, const std::string& query) {
    const pw::SearchResults results = index.search(query, 50);
    const std::vector<pw::HitDetails> rows = index.describe(results, 0, results.size());
    nlohmann::json hits = nlohmann::json::array();
    for (std::size_t i = 0; i < results.size(); ++i) {
        const pw::SearchHit& h = results[i];
        const pw::SearchDocument& d = index.documents()[h.document];
        hits.push_back({{"document", h.document},
                        {"id", d.id},
                        {"route", pw::format_route(d.route)},
                        {"score", h.score},
                        {"text", h.text_score},
                        {"coverage", h.coverage},
                        {"shape", h.shape_bonus},
                        {"name", h.name_bonus},
                        {"title", h.title_bonus},
                        {"shapeMatches", h.shape_matches},
                        {"titleMatches", spans(rows[i].title_matches)},
                        {"snippet", rows[i].snippet},
                        {"snippetMatches", spans(rows[i].snippet_matches)},
                        {"fields", rows[i].fields}});
    }
    return {{"query", query},
            {"matchedWords", results.matched_words},
            {"highlightedWords", results.highlighted_words},
            {"hits", hits}};
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(stderr, "usage: search_dump <content-dir> <queries-file>...\n");
        return 2;
    }
    const pw::ContentFiles files = pw::read_content_dir(argv[1]);
    pw::LoadResult loaded = pw::load_and_validate(files.files);
    pw::set_aside_broken_scenarios(loaded); // as the app and core_bench do
    if (!files.diagnostics.empty() || !loaded.ok()) {
        std::fprintf(stderr, "search_dump: the content in %s does not load\n", argv[1]);
        return 1;
    }
    const pw::SearchIndex index = pw::SearchIndex::build(loaded.model);
    for (int a = 2; a < argc; ++a)
        for (const std::string& q : read_queries(argv[a]))
            std::printf("%s\n", dump(index, q).dump().c_str());
    return 0;
}
