// The flow questions of a decision (their answer comes from the case type),
// and the training's own content: feedback.json holds every rule and mistake
// class the simulator uses, with only the placeholders it fills in, and
// escalation.json's routes go through venues that exist.
#include "checker.hpp"
#include "simulator_internal.hpp"
#include "validate_scenario_parts.hpp"

#include "pw/lookup.hpp"

#include <algorithm>

namespace pw::detail {
namespace {

bool contains(const std::vector<std::string>& v, const std::string& x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}

std::vector<std::string> placeholders(const std::string& text) {
    std::vector<std::string> out;
    for (std::size_t at = text.find('{'); at != std::string::npos; at = text.find('{', at + 1)) {
        const std::size_t close = text.find('}', at);
        if (close == std::string::npos) break;
        out.push_back(text.substr(at + 1, close - at - 1));
    }
    return out;
}

void check_placeholders(Checker& c, const std::string& text, const std::vector<const char*>& known,
                        const Origin& origin, const std::string& suffix, const std::string& who) {
    for (const std::string& p : placeholders(text))
        if (std::none_of(known.begin(), known.end(), [&](const char* k) { return p == k; })) {
            std::string list;
            for (const char* k : known)
                list += std::string(list.empty() ? "" : ", ") + "{" + k + "}";
            c.error(origin, suffix,
                    who + ": {" + p + "} wordt hier niet ingevuld" +
                        (list.empty() ? std::string("; deze tekst krijgt geen waarden.")
                                      : "; bruikbaar zijn: " + list + "."));
        }
}

void check_feedback(Checker& c) {
    const Model& m = c.model();
    if (m.feedback_rules.empty() && m.mistake_classes.empty()) {
        if (!m.scenarios.empty())
            c.error(m.scenarios.front().origin, "",
                    "Oefeningen hebben content/feedback.json nodig (soort \"feedback\"): de "
                    "zinnen die een score uitleggen. Neem het bestand op in manifest.json.");
        return;
    }
    const Origin where = !m.feedback_rules.empty() ? m.feedback_rules.front().origin
                                                   : m.mistake_classes.front().origin;
    for (const RuleSpec& spec : required_rules())
        if (!find_by_id(m.feedback_rules, spec.id))
            c.error(Origin{where.file, ""}, "/rules",
                    std::string("feedbackregel \"") + spec.id +
                        "\" ontbreekt; de simulator gebruikt haar.");
    for (const char* id : required_mistakes())
        if (!find_by_id(m.mistake_classes, id))
            c.error(Origin{where.file, ""}, "/mistakes",
                    std::string("soort fout \"") + id +
                        "\" ontbreekt; de simulator gebruikt haar.");
    for (const FeedbackRule& r : m.feedback_rules) {
        const std::string who = "Feedbackregel \"" + r.id + "\"";
        c.provenance(r.provenance, r.origin, who);
        std::vector<const char*> known;
        const auto spec = std::find_if(required_rules().begin(), required_rules().end(),
                                       [&](const RuleSpec& s) { return r.id == s.id; });
        if (spec != required_rules().end())
            known = spec->params;
        else if (!r.expected.empty())
            known = {"gekozen", "protocol"};
        else
            known = {"gekozen"}; // an author's own rule: at most the choice it is about
        check_placeholders(c, r.text, known, r.origin, "/text", who);
        if (r.expected.empty()) continue;
        c.reference(r.expected, c.channel_ids, "kanaal", r.origin, "/expected", who);
        c.reference(r.chosen, c.channel_ids, "kanaal", r.origin, "/chosen", who);
        if (!find_by_id(m.mistake_classes, r.mistake) && r.credit < 1)
            c.error(r.origin, "/mistake", who + ": soort fout \"" + r.mistake + "\" bestaat niet.");
    }
    for (const MistakeClass& x : m.mistake_classes) {
        c.provenance(x.provenance, x.origin, "Soort fout \"" + x.id + "\"");
        check_placeholders(c, x.consequence, consequence_params(), x.origin, "/consequence",
                           "Soort fout \"" + x.id + "\"");
    }
    for (const WordingCriterion& w : m.wording_criteria)
        c.provenance(w.provenance, w.origin, "Criterium \"" + w.id + "\"");
}

void check_escalation_table(Checker& c) {
    const Model& m = c.model();
    std::vector<std::string> venues, rules;
    for (const Venue& v : m.venues) {
        venues.push_back(v.id);
        c.provenance(v.provenance, v.origin, "Overleg of loket \"" + v.id + "\"");
    }
    for (const FeedbackRule& r : m.feedback_rules)
        rules.push_back(r.id);
    for (const EscalationMatter& em : m.escalation_matters) {
        const std::string who = "Soort kwestie \"" + em.id + "\"";
        c.provenance(em.provenance, em.origin, who);
        require_quoted_or_flagged(c, em.provenance, em.origin, "", who);
        c.references(em.route, venues, "overleg of loket", em.origin, "/route", who);
        for (std::size_t i = 0; i < em.never.size(); ++i) {
            const auto& [venue, rule] = em.never[i];
            const std::string at = "/never/" + std::to_string(i);
            c.reference(venue, venues, "overleg of loket", em.origin, at + "/venue", who);
            c.reference(rule, rules, "feedbackregel", em.origin, at + "/rule", who);
            if (contains(em.route, venue))
                c.error(em.origin, at,
                        who + ": \"" + venue + "\" ligt op de route én staat onder \"never\".");
        }
    }
}

} // namespace

bool quoted_or_flagged(const Provenance& p) {
    if (p.illustrative && !p.illustrative_note.empty()) return true;
    return std::any_of(p.citations.begin(), p.citations.end(),
                       [](const Citation& c) { return !c.quote.empty(); });
}

void require_quoted_or_flagged(Checker& c, const Provenance& p, const Origin& origin,
                               const std::string& suffix, const std::string& who) {
    if (quoted_or_flagged(p)) return;
    c.error(origin, suffix,
            who + ": het goede antwoord rust op geen bron met citaat. Voeg onder \"sources\" een "
                  "bron toe met \"quote\" (een letterlijk zinsdeel uit het brondocument), of zet "
                  "\"illustrative\": true met een \"illustrativeNote\" over wat is aangenomen.");
}

void check_flow_questions(Checker& c, const Scenario& sc, const CaseType* ct,
                          const ScenarioDecision& d, const std::string& who) {
    const Model& m = c.model();
    const bool asks_flow =
        !d.offered_recipients.empty() || !d.offered_data.empty() || !d.offered_channels.empty();
    if (asks_flow && d.flow.empty())
        c.error(d.origin, "",
                who + " vraagt naar ontvangers, gegevens of kanaal maar noemt geen \"flow\" "
                      "waaruit het juiste antwoord volgt.");
    c.references(d.offered_recipients, c.role_ids, "rol", d.origin, "/recipients", who);
    c.references(d.offered_data, c.data_ids, "gegeven", d.origin, "/data", who);
    c.references(d.offered_channels, c.channel_ids, "kanaal", d.origin, "/channels", who);
    const Flow* flow = context_of(m, sc, d).flow;
    if (!flow || !asks_flow) return;
    if (!quoted_or_flagged(flow->provenance) && !quoted_or_flagged(d.provenance))
        c.error(
            d.origin, "",
            who + ": het goede antwoord komt uit gegevensstroom \"" + flow->id +
                "\", die geen bron met citaat noemt en niet illustratief is. Citeer de bron "
                "onder \"sources\" van het beslismoment (met \"quote\"), of vul de stroom aan.");
    if (!d.offered_recipients.empty())
        for (const auto& r : flow->to)
            if (!contains(d.offered_recipients, r))
                c.error(d.origin, "/recipients",
                        who + ": ontvanger \"" + r +
                            "\" van de gegevensstroom staat niet tussen de keuzes.");
    if (!d.offered_data.empty()) {
        const auto allowed = shared_data(*ct, *flow);
        for (const auto& x : allowed)
            if (!contains(d.offered_data, x))
                c.error(d.origin, "/data",
                        who + ": gegeven \"" + x +
                            "\" van de gegevensstroom staat niet tussen de keuzes.");
        if (std::all_of(d.offered_data.begin(), d.offered_data.end(),
                        [&](const std::string& x) { return contains(allowed, x); }))
            c.error(d.origin, "/data",
                    who + ": bied ook gegevens aan die voor dit doel níet gedeeld mogen worden, "
                          "anders valt er niets te kiezen.");
    }
    if (!d.offered_channels.empty()) {
        if (!contains(d.offered_channels, flow->channel))
            c.error(d.origin, "/channels",
                    who + ": kanaal \"" + flow->channel +
                        "\" van de gegevensstroom staat niet tussen de keuzes.");
        const bool secure_but_wrong =
            std::any_of(d.offered_channels.begin(), d.offered_channels.end(), [&](auto& x) {
                const Channel* ch = find_by_id(m.channels, x);
                return x != flow->channel && ch && ch->secure;
            });
        if (!secure_but_wrong)
            c.error(d.origin, "/channels",
                    who + ": bied ook een veilig maar verkeerd kanaal aan (bijvoorbeeld mail naast "
                          "het ketensysteem of de mailgroep); anders is \"nooit het onveilige "
                          "kanaal\" genoeg om goed te scoren.");
    }
}

void check_training_content(Checker& c) {
    check_feedback(c);
    check_escalation_table(c);
}

} // namespace pw::detail
