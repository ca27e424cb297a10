#include "search_command.hpp"

#include "pw/search.hpp"
#include "pw/search_answer.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace {

std::string with_marks(const std::string& text, const std::vector<pw::TextSpan>& spans,
                       const char* open, const char* close) {
    std::string out;
    std::size_t at = 0;
    for (const auto& s : spans) {
        out += text.substr(at, s.begin - at) + open + std::string(s.text(text)) + close;
        at = s.begin + s.length;
    }
    return out + text.substr(at);
}

nlohmann::json field_names(std::uint32_t mask) {
    nlohmann::json out = nlohmann::json::array();
    for (std::size_t f = 0; f < pw::kSearchFieldCount; ++f)
        if (mask & (1u << f)) out.push_back(pw::search_field_id(static_cast<pw::SearchField>(f)));
    return out;
}

nlohmann::json reading_json(const pw::QueryReading& r) {
    return {{"concepts", r.concepts},     {"skipped", r.skipped},
            {"shape", r.shape},           {"senders", r.senders},
            {"recipients", r.recipients}, {"deciders", r.deciders}};
}

nlohmann::json hit_json(const pw::SearchIndex& index, const pw::SearchHit& h,
                        const pw::HitDetails& row, std::size_t rank) {
    const auto& d = index.documents()[h.document];
    nlohmann::json marks = nlohmann::json::array();
    for (const auto& s : row.snippet_matches)
        marks.push_back({s.begin, s.length});
    return {{"rank", rank},
            {"kind", pw::search_kind_id(d.kind)},
            {"id", d.id},
            {"title", d.title},
            {"context", d.context},
            {"route", pw::format_route(d.route)},
            {"score", h.score},
            {"textScore", h.text_score},
            {"coverage", h.coverage},
            {"shapeBonus", h.shape_bonus},
            {"nameBonus", h.name_bonus},
            {"titleBonus", h.title_bonus},
            {"fields", field_names(row.fields)},
            {"shapeMatches", h.shape_matches},
            {"snippet", row.snippet},
            {"snippetMatches", marks}};
}

nlohmann::json answer_json(const pw::SearchAnswer& a) {
    nlohmann::json rows = nlohmann::json::array();
    for (const auto& r : a.rows)
        rows.push_back({{"label", pw::answer_label_nl(r.label)}, {"text", r.text}});
    return {{"kind", pw::search_kind_id(a.kind)},
            {"title", a.title},
            {"context", a.context},
            {"route", pw::format_route(a.route)},
            {"illustrative", a.illustrative},
            {"rows", rows}};
}

} // namespace

int run_search_command(const pw::Model& model, const std::string& query, bool as_json,
                       std::size_t limit) {
    const pw::SearchIndex index = pw::SearchIndex::build(model);
    const auto hits = index.search(query, limit);
    // The CLI prints every hit it ranked: each row described.
    const auto rows = index.describe(hits, 0, hits.size());
    const auto reading = index.read_query(query);
    const auto closest = hits.empty() ? index.closest_words(query) : std::vector<std::string>{};
    if (as_json) {
        nlohmann::json out{{"query", query},
                           {"reading", reading_json(reading)},
                           {"answer", nullptr},
                           {"hits", nlohmann::json::array()},
                           {"closestWords", closest}};
        if (pw::SearchIndex::clear_winner(hits.hits))
            out["answer"] = answer_json(pw::answer_for(model, index.documents()[hits[0].document]));
        for (std::size_t i = 0; i < hits.size(); ++i)
            out["hits"].push_back(hit_json(index, hits[i], rows[i], i + 1));
        std::cout << out.dump(2) << '\n';
        return 0;
    }
    if (hits.empty()) {
        std::cout << "Niets gevonden voor \"" << query << "\".";
        if (!closest.empty()) {
            std::cout << " Bedoelde je:";
            for (const auto& w : closest)
                std::cout << ' ' << w;
            std::cout << '?';
        }
        std::cout << '\n';
        return 0;
    }
    if (pw::SearchIndex::clear_winner(hits.hits)) {
        const pw::SearchAnswer a = pw::answer_for(model, index.documents()[hits[0].document]);
        std::cout << "Antwoord: " << a.title << (a.context.empty() ? "" : " (" + a.context + ")")
                  << (a.illustrative ? " [illustratief]" : "") << "\n";
        for (const auto& r : a.rows)
            std::cout << "  " << pw::answer_label_nl(r.label) << ": " << r.text << "\n";
        std::cout << "  Openen in de gids: " << pw::format_route(a.route) << "\n\n";
    }
    for (std::size_t i = 0; i < hits.size(); ++i) {
        const auto& h = hits[i];
        const auto& d = index.documents()[h.document];
        std::printf("%2zu. %6.2f  %s", i + 1, h.score,
                    with_marks(d.title, rows[i].title_matches, "[", "]").c_str());
        std::cout << "  (" << pw::search_kind_label(d.kind)
                  << (d.context.empty() ? "" : ", " + d.context) << ")\n      "
                  << pw::format_route(d.route) << "\n      "
                  << with_marks(rows[i].snippet, rows[i].snippet_matches, "[", "]") << "\n";
    }
    return 0;
}
