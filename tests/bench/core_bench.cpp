// Benchmark of the core as the app uses it: loading and validating the
// content, building the search index, and search latency over a fixed list of
// queries. Built natively (release) and to wasm (run under node), so the two
// can be compared. Prints one JSON object; tests/bench/bench.mjs reads it.
// Usage: core_bench <content-dir> <queries.txt> [--reps N] [--platform NAME]
#include "content_files.hpp"

#include "pw/content_fingerprint.hpp"
#include "pw/content_loader.hpp"
#include "pw/content_pack.hpp"
#include "pw/search.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

double elapsed_ms(Clock::time_point since) {
    return std::chrono::duration<double, std::milli>(Clock::now() - since).count();
}

// Nearest-rank percentile of an already sorted list.
double percentile(const std::vector<double>& sorted, double p) {
    if (sorted.empty()) return 0;
    const auto rank =
        static_cast<std::size_t>(p / 100.0 * static_cast<double>(sorted.size()) + 0.999999);
    return sorted[std::min(sorted.size(), std::max<std::size_t>(rank, 1)) - 1];
}

nlohmann::json summary(std::vector<double> ms) {
    std::sort(ms.begin(), ms.end());
    return {{"median", percentile(ms, 50)},      {"p95", percentile(ms, 95)},
            {"p99", percentile(ms, 99)},         {"min", ms.empty() ? 0 : ms.front()},
            {"max", ms.empty() ? 0 : ms.back()}, {"n", ms.size()}};
}

std::vector<std::string> read_queries(const char* path) {
    std::vector<std::string> queries;
    std::ifstream in(path);
    std::string line;
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') queries.push_back(line);
    return queries;
}

// A search as the app's results page does it: rank, then describe the rows on
// its first screen (snippets and marks).
constexpr std::size_t kRowsShown = 10;

double time_one_search(const pw::SearchIndex& index, const std::string& q, std::size_t* found) {
    const auto t0 = Clock::now();
    const auto hits = index.search(q);
    const auto rows = index.describe(hits, 0, kRowsShown);
    const double ms = elapsed_ms(t0);
    if (found) *found = hits.size();
    return rows.size() == std::min(hits.size(), kRowsShown) ? ms : -1.0;
}

// The prefixes a user types on the way to `q`, one character (UTF-8) at a time.
std::vector<std::string> typed_prefixes(const std::string& q) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= q.size(); ++i)
        if (i == q.size() || (static_cast<unsigned char>(q[i]) & 0xC0) != 0x80)
            out.push_back(q.substr(0, i));
    return out;
}

struct SearchFigures {
    std::vector<double> median_ms;    // per query, the median of 5 runs after the others
    std::vector<double> single_ms;    // per query, its first run: what one search costs
    std::vector<double> keystroke_ms; // every prefix of every query, once each
    std::size_t hits = 0, empty = 0;
    bool deterministic = true;
};

SearchFigures time_search(const pw::SearchIndex& index, const std::vector<std::string>& queries) {
    SearchFigures f;
    // First each query once, as a user's search runs; then every prefix of
    // each as typed (one run each); then the medians of repeated runs.
    std::vector<std::size_t> found(queries.size());
    for (std::size_t i = 0; i < queries.size(); ++i) {
        f.single_ms.push_back(time_one_search(index, queries[i], &found[i]));
        f.hits += found[i];
        if (found[i] == 0) ++f.empty;
    }
    for (const std::string& q : queries)
        for (const std::string& prefix : typed_prefixes(q))
            f.keystroke_ms.push_back(time_one_search(index, prefix, nullptr));
    for (std::size_t i = 0; i < queries.size(); ++i) {
        const std::string& q = queries[i];
        std::vector<double> runs;
        for (int r = 0; r < 5; ++r) {
            std::size_t again = 0;
            runs.push_back(time_one_search(index, q, &again));
            // The index must be deterministic.
            if (again != found[i] || runs.back() < 0) f.deterministic = false;
        }
        std::sort(runs.begin(), runs.end());
        f.median_ms.push_back(runs[runs.size() / 2]);
    }
    // A row count that did not match the hits was returned as -1.
    for (const auto* list : {&f.keystroke_ms, &f.single_ms})
        if (std::any_of(list->begin(), list->end(), [](double ms) { return ms < 0; }))
            f.deterministic = false;
    return f;
}

// The slowest queries by their median, to see where the time goes.
nlohmann::json slowest_queries(const std::vector<std::string>& queries,
                               const std::vector<double>& ms) {
    std::vector<std::size_t> order(queries.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(),
              [&](std::size_t a, std::size_t b) { return ms[a] > ms[b]; });
    nlohmann::json slowest = nlohmann::json::array();
    for (std::size_t i = 0; i < std::min<std::size_t>(5, order.size()); ++i)
        slowest.push_back({{"query", queries[order[i]]}, {"ms", ms[order[i]]}});
    return slowest;
}

} // namespace

int main(int argc, char** argv) {
    if (argc < 3) {
        std::fprintf(
            stderr, "usage: core_bench <content-dir> <queries.txt> [--reps N] [--platform NAME]\n");
        return 2;
    }
    int reps = 7;
    std::string platform = "native";
    for (int i = 3; i + 1 < argc; i += 2) {
        const std::string flag = argv[i];
        if (flag == "--reps")
            reps = std::max(1, std::atoi(argv[i + 1]));
        else if (flag == "--platform")
            platform = argv[i + 1];
        else {
            std::fprintf(stderr, "core_bench: unknown option %s\n", flag.c_str());
            return 2;
        }
    }
    const pw::ContentFiles files = pw::read_content_dir(argv[1]);
    const std::vector<std::string> queries = read_queries(argv[2]);
    if (!files.diagnostics.empty() || queries.empty()) {
        std::fprintf(stderr, "core_bench: cannot read the content in %s or the queries in %s\n",
                     argv[1], argv[2]);
        return 1;
    }

    // Warm-up runs first: wasm engines start in a baseline compiler and optimise
    // what runs hot, so the medians are steady-state figures, comparable with
    // native. The first warm-up run is reported as the cold figure (what a
    // user's first load costs); "content ready in the app" is the same in a page.
    constexpr int kWarmUpRuns = 2;

    // What the app does when the bundle arrives: unpack (parse), load, validate, set broken
    // exercises aside.
    const std::string bundle = pw::write_bundle(files.files);
    std::vector<double> load_ms;
    double load_cold_ms = 0; // the first run, as the engine first compiled it
    pw::LoadResult result;
    for (int r = -kWarmUpRuns; r < reps; ++r) {
        pw::Diagnostics problems;
        const auto t0 = Clock::now();
        result = pw::load_and_validate(pw::read_bundle(bundle, problems));
        pw::set_aside_broken_scenarios(result);
        if (r == -kWarmUpRuns) load_cold_ms = elapsed_ms(t0);
        if (r >= 0) load_ms.push_back(elapsed_ms(t0));
    }
    if (!result.ok()) {
        std::fprintf(stderr, "core_bench: the content in %s does not validate\n", argv[1]);
        return 1;
    }
    // Of that, the unpacking: one parse of the bundle, which parses every file.
    std::vector<double> bundle_ms;
    for (int r = -kWarmUpRuns; r < reps; ++r) {
        pw::Diagnostics problems;
        const auto t0 = Clock::now();
        const auto unpacked = pw::read_bundle(bundle, problems);
        if (r >= 0) bundle_ms.push_back(elapsed_ms(t0));
        if (unpacked.size() != files.files.size() || !problems.empty()) return 1;
    }
    // What the app does with the shipped content: the build's packs read back
    // into the model, content.pack (the first screen's) at the start and rest.pack (the whole
    // model) in a frame after it (timed together: all the shipped content), broken exercises set
    // aside.
    const pw::SplitPack packed = pw::pack_content_split(result);
    std::vector<double> unpack_ms;
    double unpack_cold_ms = 0;
    for (int r = -kWarmUpRuns; r < reps; ++r) {
        const auto t0 = Clock::now();
        pw::LoadResult unpacked = pw::unpack_content(packed.first_screen);
        if (!pw::unpack_rest(packed.rest, unpacked).empty()) return 1;
        pw::set_aside_broken_scenarios(unpacked);
        if (r == -kWarmUpRuns) unpack_cold_ms = elapsed_ms(t0);
        if (r >= 0) unpack_ms.push_back(elapsed_ms(t0));
        if (!unpacked.ok()) return 1;
    }
    // What the app does next with it, before its first screen: the edition a
    // returning user saw compared with this one (content_changes.cpp).
    std::vector<double> fingerprint_ms;
    double fingerprint_cold_ms = 0;
    for (int r = -kWarmUpRuns; r < reps; ++r) {
        const auto t0 = Clock::now();
        const pw::ContentFingerprint seen = pw::content_fingerprint(result.model, result.version);
        const pw::SeenChanges since = pw::changes_since(seen, result.model, result.version);
        if (r == -kWarmUpRuns) fingerprint_cold_ms = elapsed_ms(t0);
        if (r >= 0) fingerprint_ms.push_back(elapsed_ms(t0));
        if (!since.empty()) return 1;
    }
    std::vector<double> index_ms;
    double index_cold_ms = 0;
    pw::SearchIndex index;
    for (int r = -kWarmUpRuns; r < reps; ++r) {
        const auto t0 = Clock::now();
        index = pw::SearchIndex::build(result.model);
        if (r == -kWarmUpRuns) index_cold_ms = elapsed_ms(t0);
        if (r >= 0) index_ms.push_back(elapsed_ms(t0));
    }

    const SearchFigures search = time_search(index, queries);
    if (!search.deterministic) return 1;

    std::size_t bytes = 0, steps = 0, flows = 0;
    for (const auto& f : files.files)
        bytes += f.text.size();
    for (const auto& ct : result.model.case_types) {
        steps += ct.steps.size();
        for (const auto& st : ct.steps)
            flows += st.flows.size();
    }
    const nlohmann::json out{{"platform", platform},
                             {"content",
                              {{"files", files.files.size()},
                               {"bytes", bytes},
                               {"caseTypes", result.model.case_types.size()},
                               {"steps", steps},
                               {"flows", flows},
                               {"glossaryTerms", result.model.glossary.size()},
                               {"searchDocuments", index.documents().size()},
                               {"vocabulary", index.vocabulary_size()}}},
                             {"packBytes", packed.first_screen.size() + packed.rest.size()},
                             {"unpackMs", summary(unpack_ms)},
                             {"unpackColdMs", unpack_cold_ms},
                             {"fingerprintMs", summary(fingerprint_ms)},
                             {"fingerprintColdMs", fingerprint_cold_ms},
                             {"loadValidateMs", summary(load_ms)},
                             {"bundleReadMs", summary(bundle_ms)},
                             {"indexBuildMs", summary(index_ms)},
                             {"loadValidateColdMs", load_cold_ms},
                             {"indexBuildColdMs", index_cold_ms},
                             {"searchMs", summary(search.median_ms)},
                             {"searchSingleMs", summary(search.single_ms)},
                             {"searchKeystrokeMs", summary(search.keystroke_ms)},
                             {"searchKeystrokes", search.keystroke_ms.size()},
                             {"searchQueries", queries.size()},
                             {"slowestQueries", slowest_queries(queries, search.median_ms)},
                             {"searchHits", search.hits},
                             {"searchQueriesWithoutHits", search.empty}};
    std::printf("%s\n", out.dump(2).c_str());
    return 0;
}
