#include "pw/quote_check.hpp"

#include "pw/lookup.hpp"
#include "pw/provenance_sites.hpp"
#include "pw/text_fold.hpp"

#include <set>

namespace pw {
namespace {

bool is_space(char32_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0xA0 ||
           c == 0x2022 || c == 0x25CF || c == 0xF0B7 || c == 0xF0A7;
}

bool is_dash(char32_t c) {
    return c == '-' || c == 0xAD || (c >= 0x2010 && c <= 0x2015) || c == 0x2212;
}

const char* plain(char32_t c) {
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x00B4:
    case 0x0060:
    case 0x2032:
        return "'";
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
        return "\"";
    case 0x2026:
        return "...";
    default:
        return nullptr;
    }
}

} // namespace

std::string normalise_for_quotes(std::string_view text) {
    const std::string folded = fold(text);
    const std::string_view t = folded;
    std::string out;
    out.reserve(t.size());
    bool pending_space = false;
    for (std::size_t i = 0; i < t.size();) {
        const std::size_t start = i;
        const char32_t c = next_code_point(t, i);
        if (is_space(c)) {
            pending_space = true;
            continue;
        }
        if (is_dash(c)) {
            // A hyphen at the end of a line joins the word across the break.
            std::size_t j = i;
            bool line_break = false;
            while (j < t.size()) {
                std::size_t k = j;
                const char32_t w = next_code_point(t, k);
                if (!is_space(w)) break;
                line_break = line_break || w == '\n' || w == '\r';
                j = k;
            }
            if (line_break) i = j;
            continue;
        }
        if (pending_space && !out.empty()) out += ' ';
        pending_space = false;
        if (const char* p = plain(c))
            out += p;
        else
            out.append(t.substr(start, i - start));
    }
    return out;
}

bool quote_occurs(std::string_view document, std::string_view quote) {
    const std::string q = normalise_for_quotes(quote);
    std::size_t at = 0, from = 0;
    bool any = false;
    while (from <= q.size()) {
        std::size_t gap = q.find("...", from);
        if (gap == std::string::npos) gap = q.size();
        std::string_view part = std::string_view(q).substr(from, gap - from);
        while (!part.empty() && part.front() == ' ')
            part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ')
            part.remove_suffix(1);
        if (!part.empty()) {
            const std::size_t found = document.find(part, at);
            if (found == std::string_view::npos) return false;
            at = found + part.size();
            any = true;
        }
        from = gap + 3;
    }
    return any;
}

Diagnostics check_quotes(const Model& model, const SourceMap& map, const SourceTexts& texts) {
    Diagnostics out;
    std::map<std::string, std::string> normalised;
    std::set<std::string> reported_missing;
    auto error = [&](const Origin& origin, const std::string& suffix, std::string message) {
        out.push_back({Severity::error, map.path_of(origin), origin.pointer + suffix,
                       map.line_of(origin, suffix), std::move(message)});
    };
    for (const ProvenanceSite& site : provenance_sites(model)) {
        const auto& citations = site.provenance->citations;
        for (std::size_t i = 0; i < citations.size(); ++i) {
            const Citation& c = citations[i];
            if (c.quote.empty()) continue;
            const SourceDocument* doc = find_by_id(model.sources, c.source);
            if (!doc) continue; // an unknown source is the validator's message
            const std::string suffix = "/sources/" + std::to_string(i) + "/quote";
            if (doc->file.empty()) {
                error(site.origin, suffix,
                      site.label + ": bron \"" + doc->id +
                          "\" is een webpagina zonder tekst in de map met bronnen, dus het citaat "
                          "is niet te controleren; laat \"quote\" weg.");
                continue;
            }
            auto it = normalised.find(doc->file);
            if (it == normalised.end()) {
                auto text = texts.find(doc->file);
                if (text == texts.end()) {
                    if (reported_missing.insert(doc->file).second)
                        error(site.origin, suffix,
                              "de tekst van bron \"" + doc->id + "\" (" + doc->file +
                                  ") is niet gevonden in de map met bronnen; de citaten uit deze "
                                  "bron zijn niet gecontroleerd.");
                    continue;
                }
                it = normalised.emplace(doc->file, normalise_for_quotes(text->second)).first;
            }
            if (!quote_occurs(it->second, c.quote))
                error(site.origin, suffix,
                      site.label + ": het citaat \"" + c.quote + "\" staat niet in \"" +
                          doc->title + "\" (" + doc->file +
                          "). Neem de woorden letterlijk over; hoofdletters, witruimte, "
                          "regeleinden en afbreekstreepjes tellen niet mee, en \"…\" slaat tekst "
                          "over.");
        }
    }
    return out;
}

} // namespace pw
