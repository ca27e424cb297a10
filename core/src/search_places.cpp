// Ranking's last step: the bonuses (a question's shape: which documents'
// senders, recipients and deciders fit "wie informeert / stuurt / vraagt /
// beslist … X"; the thing the query names; a title holding the question) and
// the cut to the documents that can be among the first `limit` places.
#include "pw/search.hpp"

#include "search_lexicon.hpp"
#include "search_query.hpp"
#include "search_scratch.hpp"

#include <algorithm>
#include <functional>

namespace pw {
namespace {

using detail::PartyId;

// Bonuses as shares of the query's best text score: its shape fully matched, a
// decision right for "wie beslist ...", the very thing the query names.
constexpr double kShapeShare = 1.0, kDecisionShare = 0.3, kNameShare = 0.5;
// Known by another of the name's words (a synonym, an abbreviation), not the one typed.
constexpr double kOtherNameShare = 0.25;
// A title (or name) that holds the question's concepts says what the thing is:
// up to this share of the best text score, by the square of the share held.
constexpr double kTitleShare = 0.5;

} // namespace

void SearchIndex::PartyLists::add(const std::vector<std::uint16_t>& of_document) {
    parties.insert(parties.end(), of_document.begin(), of_document.end());
    begin.push_back(static_cast<std::uint32_t>(parties.size()));
}

void SearchIndex::fit_shape(const detail::QueryShape& shape, ShapeFit& fit) const {
    fit.shape = &shape;
    if (!shape.any()) return;
    const std::size_t parties = lexicon_->party_count();
    // A role matches itself and its organisation; an organisation its roles.
    auto side = [&](const std::vector<PartyId>& asked, std::vector<std::uint8_t>& fits) {
        fits.assign(parties, 0);
        for (std::size_t h = 0; h < parties; ++h)
            for (const PartyId a : asked)
                if (a == h || lexicon_->organisation_of(static_cast<PartyId>(h)) == a ||
                    lexicon_->organisation_of(a) == h)
                    fits[h] = 1;
        return !asked.empty();
    };
    fit.senders = side(shape.senders, fit.sender);
    fit.recipients = side(shape.recipients, fit.recipient);
    fit.deciders = side(shape.deciders, fit.decider);
}

double SearchIndex::shape_bonus(std::size_t d, const ShapeFit& fit,
                                std::vector<std::string>* why) const {
    if (!fit.shape->any()) return 0.0;
    int constraints = 0, met = 0;
    auto check = [&](bool asked, const std::vector<std::uint8_t>& fits, const PartyLists& has,
                     const char* label) {
        if (!asked) return;
        ++constraints;
        const std::uint16_t* first = has.parties.data() + has.begin[d];
        const std::uint16_t* last = has.parties.data() + has.begin[d + 1];
        if (std::none_of(first, last, [&](std::uint16_t h) { return fits[h] != 0; })) return;
        ++met;
        if (why) why->push_back(label);
    };
    check(fit.senders, fit.sender, senders_, "afzender");
    check(fit.recipients, fit.recipient, recipients_, "ontvanger");
    check(fit.deciders, fit.decider, deciders_, "beslisser");
    double bonus = constraints > 0 ? kShapeShare * met / constraints : 0.0;
    if (fit.shape->verb == detail::QuestionVerb::decides &&
        kind_[d] == SearchKind::decision_right) {
        bonus += kDecisionShare;
        if (why) why->push_back("wie beslist");
    }
    return bonus;
}

void SearchIndex::rank_top_places(Scratch& s, double best_text, double total_weight,
                                  std::size_t limit) const {
    // A score is text + (shape + name + title) bonuses; all but the shape are
    // cheap. Without the shape a score is a lower bound, with the largest shape
    // bonus an upper bound (a shade above it: rounding never prunes a
    // document that could place).
    const bool decides = s.shape.shape->verb == detail::QuestionVerb::decides;
    const double most_shape =
        s.shape.shape->any() ? (kShapeShare + (decides ? kDecisionShare : 0.0)) * best_text : 0.0;
    auto name_bonus = [&](std::uint32_t d) {
        return (s.named[d] == 2 ? kNameShare : s.named[d] == 1 ? kOtherNameShare : 0.0) * best_text;
    };
    auto title_bonus = [&](std::uint32_t d) {
        // Most documents hold none of the question in their title: no division.
        if (s.total[d].in_title == 0.0f) return 0.0;
        const double held = std::min(1.0, s.total[d].in_title / total_weight);
        return kTitleShare * best_text * held * held;
    };
    // The limit-th best place by lower bound: no place below it can be among
    // the first `limit`, nor any document whose upper bound is below it.
    for (const std::uint32_t d : s.total.docs()) {
        const double lower = s.text[d] + ((0.0 + name_bonus(d)) + title_bonus(d));
        s.lower[d] = lower;
        const std::uint32_t place = route_of_[d];
        if (s.place_lower[place] < 0.0) s.places_seen.push_back(place);
        s.place_lower[place] = std::max(s.place_lower[place], lower);
    }
    double threshold = -1.0;
    if (s.places_seen.size() > limit) {
        s.place_scores.clear();
        for (const std::uint32_t p : s.places_seen)
            s.place_scores.push_back(s.place_lower[p]);
        const auto kth = s.place_scores.begin() + static_cast<long>(limit - 1);
        std::nth_element(s.place_scores.begin(), kth, s.place_scores.end(), std::greater<>());
        threshold = *kth;
    }
    for (const std::uint32_t d : s.total.docs()) {
        const double c = s.coverage[d];
        const double upper = s.lower[d] + most_shape * c;
        if (upper * (1.0 + 1e-9) < threshold) continue;
        detail::Ranked r{
            s.text[d], d, static_cast<std::uint8_t>(kind_[d]), s.total[d].bm25, c, 0.0, 0.0, 0.0};
        // The shape counts as far as the document answers the rest of the question.
        r.shape = shape_bonus(d, s.shape, nullptr) * best_text * c;
        r.name = name_bonus(d);
        r.title = title_bonus(d);
        r.score += r.shape + r.name + r.title;
        s.ranked.push_back(r);
    }
}

} // namespace pw
