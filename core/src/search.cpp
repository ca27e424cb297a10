#include "pw/search.hpp"

#include "search_documents.hpp"
#include "search_lexicon.hpp"
#include "search_scratch.hpp"

#include "pw/dutch_stemmer.hpp"
#include "pw/dutch_verb_forms.hpp"
#include "pw/text_fold.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace pw {
namespace {

using detail::PartyId;

// How well a vocabulary word matches a query word, besides TermQuality.
constexpr double kSameStem = 0.95, kVerbForm = 0.9, kStemPrefix = 0.8, kCompoundPart = 0.4;
// A first hit this many times the second is "the answer".
constexpr double kClearMargin = 1.15;

struct Field {
    SearchField field;
    std::string_view text;
};

// A flow's title only lists its people and channel ("RvdK → IND (beveiligde
// mail)"), which its people field and body hold already: it is not searched as a title.
// `names` holds the joined names the result points into.
std::vector<Field> fields_of(const SearchDocument& d, std::string& names) {
    std::vector<Field> out{{SearchField::body, d.body}};
    if (d.kind != SearchKind::flow) out.push_back({SearchField::title, d.title});
    names.clear();
    for (const auto& n : d.names)
        names += (names.empty() ? "" : " · ") + n;
    out.push_back({SearchField::names, names});
    for (const auto& [f, t] : d.fields)
        out.push_back({f, t});
    return out;
}

// The names a document is known by, as stems of content words: its title, its
// names, the parts around " — " and the title without a trailing "(...)"
// ("OTS — ondertoezichtstelling" -> "ots", "ondertoezichtstell").
std::vector<std::string> name_keys(const SearchDocument& doc, const detail::SearchLexiconIndex& lex,
                                   DutchStemmer& stemmer) {
    const std::string& title = doc.title;
    std::vector<std::string_view> parts{title};
    for (const auto& n : doc.names)
        parts.push_back(n);
    const std::string_view t = title;
    if (auto dash = t.find(" — "); dash != std::string_view::npos) {
        parts.push_back(t.substr(0, dash));
        parts.push_back(t.substr(dash + std::string_view(" — ").size()));
    }
    if (auto paren = t.rfind(" ("); paren != std::string_view::npos && t.back() == ')')
        parts.push_back(t.substr(0, paren));
    std::vector<std::string> keys;
    for (const std::string_view part : parts) {
        std::vector<std::string> words;
        for (auto& w : folded_words(part))
            words.push_back(std::move(w.folded));
        std::string key;
        for (const auto& w : lex.content_words(words)) {
            if (!key.empty()) key += ' ';
            key += stemmer.stem(w);
        }
        keys.push_back(std::move(key));
    }
    return keys;
}

// Where `word` is in the sorted vocabulary, or npos.
std::size_t find_word(const std::vector<std::string>& vocabulary, std::string_view word) {
    const auto it = std::lower_bound(vocabulary.begin(), vocabulary.end(), word);
    return it != vocabulary.end() && *it == word ? static_cast<std::size_t>(it - vocabulary.begin())
                                                 : std::string::npos;
}

} // namespace

const char* search_kind_label(SearchKind kind) {
    switch (kind) {
    case SearchKind::step:
        return "Stappen";
    case SearchKind::flow:
        return "Gegevensstromen";
    case SearchKind::decision_right:
        return "Wie beslist wat";
    case SearchKind::contact_point:
        return "Contactpersonen";
    case SearchKind::role:
        return "Rollen";
    case SearchKind::organisation:
        return "Organisaties";
    case SearchKind::data_item:
        return "Gegevens";
    case SearchKind::system:
        return "Systemen";
    case SearchKind::channel:
        return "Kanalen";
    case SearchKind::glossary:
        return "Begrippen";
    case SearchKind::card:
        return "Kenniskaarten";
    case SearchKind::example:
        return "Voorbeelden";
    case SearchKind::exercise:
        return "Oefeningen";
    case SearchKind::case_type:
        return "Zaaktypen";
    case SearchKind::rule:
        return "Grondslagen en uitgangspunten";
    }
    return "";
}

const char* search_kind_id(SearchKind kind) {
    switch (kind) {
    case SearchKind::step:
        return "step";
    case SearchKind::flow:
        return "flow";
    case SearchKind::decision_right:
        return "decision_right";
    case SearchKind::contact_point:
        return "contact_point";
    case SearchKind::role:
        return "role";
    case SearchKind::organisation:
        return "organisation";
    case SearchKind::data_item:
        return "data_item";
    case SearchKind::system:
        return "system";
    case SearchKind::channel:
        return "channel";
    case SearchKind::glossary:
        return "term";
    case SearchKind::card:
        return "card";
    case SearchKind::example:
        return "example";
    case SearchKind::exercise:
        return "exercise";
    case SearchKind::case_type:
        return "case_type";
    case SearchKind::rule:
        return "rule";
    }
    return "";
}

const char* search_field_id(SearchField field) {
    static const char* names[kSearchFieldCount] = {"title",  "names", "kind",    "process",
                                                   "people", "data",  "purpose", "body"};
    return names[static_cast<std::size_t>(field)];
}

SearchIndex::SearchIndex() = default;
SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

SearchIndex SearchIndex::build(const Model& model) {
    SearchIndex index;
    index.documents_ = detail::search_documents(model);
    index.lexicon_ =
        std::make_unique<detail::SearchLexiconIndex>(detail::SearchLexiconIndex::build(model));
    const std::size_t n = index.documents_.size();

    std::map<std::string, std::vector<Posting>> terms;
    std::vector<std::uint16_t> field_length(n * kSearchFieldCount, 0);
    std::array<double, kSearchFieldCount> total_length{}, with_field{};
    struct Occurrences {
        std::uint32_t count = 0;
        std::size_t first = 0; // byte of the first occurrence
    };
    std::unordered_map<std::string, Occurrences> counts;
    std::unordered_map<std::string, std::uint32_t> route_ids;
    std::string names;
    DutchStemmer stemmer;
    for (std::size_t d = 0; d < n; ++d) {
        const SearchDocument& doc = index.documents_[d];
        for (const Field& f : fields_of(doc, names)) {
            counts.clear();
            std::size_t length = 0;
            for (auto& w : folded_words(f.text)) {
                Occurrences& o = counts[w.folded];
                if (o.count++ == 0) o.first = w.span.begin;
                ++length;
            }
            if (length == 0) continue;
            const auto fi = static_cast<std::size_t>(f.field);
            auto& stored = field_length[d * kSearchFieldCount + fi];
            stored = static_cast<std::uint16_t>(std::min<std::size_t>(65535, stored + length));
            // Who and where count once: a role named twice is still one party.
            const bool once = f.field == SearchField::people || f.field == SearchField::process ||
                              f.field == SearchField::kind;
            for (const auto& [word, o] : counts)
                terms[word].push_back(
                    {static_cast<std::uint32_t>(d), static_cast<std::uint8_t>(fi),
                     static_cast<std::uint8_t>(once ? 1u : std::min(o.count, 255u)),
                     static_cast<std::uint16_t>(std::min<std::size_t>(o.first, kFarInBody))});
        }
        for (std::size_t f = 0; f < kSearchFieldCount; ++f)
            if (const auto len = field_length[d * kSearchFieldCount + f]) {
                total_length[f] += len;
                with_field[f] += 1;
            }
        for (auto& key : name_keys(doc, *index.lexicon_, stemmer)) {
            auto& named = index.named_documents_[std::move(key)];
            if (named.empty() || named.back() != d) named.push_back(static_cast<std::uint32_t>(d));
        }
        index.route_of_.push_back(
            route_ids.emplace(format_route(doc.route), static_cast<std::uint32_t>(route_ids.size()))
                .first->second);
        auto parties = [&](const std::vector<std::string>& ids, bool organisations) {
            std::vector<PartyId> out;
            for (const auto& id : ids) {
                const PartyId p = organisations ? index.lexicon_->organisation_party(id)
                                                : index.lexicon_->role_party(id);
                if (p < index.lexicon_->party_count()) out.push_back(p);
            }
            return out;
        };
        index.kind_.push_back(doc.kind);
        index.senders_.add(parties(doc.senders, false));
        index.recipients_.add(parties(doc.recipients, false));
        auto deciders = parties(doc.deciders, true);
        for (const PartyId p : parties(doc.not_deciders, true))
            deciders.push_back(p);
        index.deciders_.add(deciders);
    }
    index.route_count_ = route_ids.size();
    for (std::size_t f = 0; f < kSearchFieldCount; ++f)
        index.average_length_[f] = with_field[f] > 0 ? total_length[f] / with_field[f] : 1.0;
    const std::vector<double> norms = index.length_norms(field_length);

    for (auto& [term, postings] : terms) {
        index.by_stem_.emplace_back(stemmer.stem(term),
                                    static_cast<std::uint32_t>(index.vocabulary_.size()));
        index.vocabulary_.push_back(term);
        index.add_entries(postings, norms);
    }
    std::sort(index.by_stem_.begin(), index.by_stem_.end());
    index.matcher_ = TermMatcher::build(index.vocabulary_);
    index.scratch_pool_ = std::make_unique<ScratchPool>();
    return index;
}

std::vector<std::pair<std::size_t, double>>
SearchIndex::match_word(const std::string& word, const std::string& stem, bool fuzzy) const {
    std::vector<std::pair<std::size_t, double>> out;
    if (fuzzy) {
        out = matcher_.match(vocabulary_, word);
        // A stop word names nothing, so a typo is not read as one: "indient"
        // is not "indien".
        std::erase_if(out, [&](const std::pair<std::size_t, double>& m) {
            return m.second == TermQuality::typo && lexicon_->is_stop_word(vocabulary_[m.first]);
        });
    } else if (const std::size_t at = find_word(vocabulary_, word); at != std::string::npos) {
        out.emplace_back(at, TermQuality::exact);
    }
    // The same stem: "verlenging" finds "verlengen" (both "verleng").
    const auto same = std::equal_range(
        by_stem_.begin(), by_stem_.end(), std::pair<std::string, std::uint32_t>(stem, 0),
        [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = same.first; it != same.second; ++it)
        out.emplace_back(it->second, kSameStem);
    // Another form of the same verb: "indient" finds "ingediend", "vraagt"
    // finds "gevraagd". Only for what was typed, not for its synonyms and
    // related verbs; not for a question verb, whose forms the lexicon lists
    // ("informeert", "informeren"); not a stop word: "indient" is not "indien".
    if (fuzzy && lexicon_->verb(word) == detail::QuestionVerb::none)
        for (const std::string& form : dutch_verb_forms(word))
            if (const std::size_t at = find_word(vocabulary_, form);
                at != std::string::npos && !lexicon_->is_stop_word(form))
                out.emplace_back(at, kVerbForm);
    // The stem as a prefix: "verleng" finds "verlengd" and "verlengt".
    if (fuzzy && stem != word && stem.size() >= 4)
        for (auto it = std::lower_bound(vocabulary_.begin(), vocabulary_.end(), stem);
             it != vocabulary_.end() && it->compare(0, stem.size(), stem) == 0; ++it)
            out.emplace_back(static_cast<std::size_t>(it - vocabulary_.begin()), kStemPrefix);
    // Nothing yet: a known word at the end of an unknown compound
    // ("parkeervergunning" -> "vergunning").
    if (fuzzy && out.empty() && word.size() >= 8)
        for (std::size_t at = 3; at + 5 <= word.size() && out.empty(); ++at)
            if (const std::size_t part = find_word(vocabulary_, std::string_view(word).substr(at));
                part != std::string::npos)
                out.emplace_back(part, kCompoundPart);
    // Each vocabulary word once, with its best quality.
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
        return a.first != b.first ? a.first < b.first : a.second > b.second;
    });
    out.erase(std::unique(out.begin(), out.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              out.end());
    return out;
}

bool SearchIndex::clear_winner(const std::vector<SearchHit>& hits) {
    if (hits.empty() || hits.front().coverage < 0.5) return false;
    return hits.size() == 1 || hits[0].score >= kClearMargin * hits[1].score;
}

} // namespace pw
