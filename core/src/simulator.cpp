#include "pw/simulator.hpp"

#include "pw/lookup.hpp"

#include <algorithm>
#include <cctype>
#include <set>

namespace pw {
namespace {

const Flow* decision_flow(const Model& m, const Scenario& sc, const ScenarioDecision& d,
                          const CaseType** ct_out = nullptr) {
    const CaseType* ct = find_case_type(m, sc.case_type);
    if (ct_out) *ct_out = ct;
    const Step* step = ct ? find_step(*ct, d.step) : nullptr;
    return step ? find_by_id(step->flows, d.flow) : nullptr;
}

const ScenarioOption* find_option(const ScenarioQuestion& q, const std::string& id) {
    return find_by_id(q.options, id);
}

std::string names(const Model& m, const std::vector<std::string>& ids,
                  std::string_view (*name)(const Model&, std::string_view)) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (i) out += i + 1 == ids.size() ? " en " : ", ";
        out += name(m, ids[i]);
    }
    return out;
}

std::vector<std::string> minus(const std::vector<std::string>& a,
                               const std::vector<std::string>& b) {
    std::vector<std::string> out;
    for (const auto& x : a)
        if (std::find(b.begin(), b.end(), x) == b.end() &&
            std::find(out.begin(), out.end(), x) == out.end())
            out.push_back(x);
    return out;
}

void add_principle_citations(const Model& m, const char* principle, std::vector<Citation>& out) {
    if (const Principle* p = find_by_id(m.principles, principle))
        out.insert(out.end(), p->provenance.citations.begin(), p->provenance.citations.end());
}

Feedback question_feedback(Dimension dim, const ScenarioQuestion& q, const std::string& chosen,
                           const Step* step) {
    Feedback f{dim, 0, 1, {}, {}};
    const ScenarioOption* opt = find_option(q, chosen);
    if (opt && opt->correct) f.points = 1;
    if (opt) {
        f.text = opt->feedback;
    } else {
        f.text = "Geen keuze gemaakt.";
    }
    if (!f.ok())
        for (const ScenarioOption& o : q.options)
            if (o.correct) f.text += " Volgens het protocol: " + o.text + ". " + o.feedback;
    if (step) f.citations = step->provenance.citations;
    return f;
}

} // namespace

const char* dimension_label(Dimension d) {
    switch (d) {
    case Dimension::step_order:
        return "Juiste stap en volgorde";
    case Dimension::recipients:
        return "Juiste ontvangers";
    case Dimension::data_minimisation:
        return "Dataminimalisatie";
    case Dimension::secure_channel:
        return "Veilig kanaal";
    case Dimension::role_fidelity:
        return "Rolvastheid";
    }
    return "";
}

const char* dimension_id(Dimension d) {
    switch (d) {
    case Dimension::step_order:
        return "stap";
    case Dimension::recipients:
        return "ontvangers";
    case Dimension::data_minimisation:
        return "gegevens";
    case Dimension::secure_channel:
        return "kanaal";
    case Dimension::role_fidelity:
        return "rolvastheid";
    }
    return "";
}

double DecisionOutcome::points() const {
    double p = 0;
    for (const Feedback& f : feedback)
        p += f.points;
    return p;
}

double DecisionOutcome::max() const {
    double p = 0;
    for (const Feedback& f : feedback)
        p += f.max;
    return p;
}

ScenarioRun start_run(const Scenario& sc) {
    return ScenarioRun{sc.id, sc.start, {}, {}, false};
}

const ScenarioDecision* current_decision(const Scenario& sc, const ScenarioRun& run) {
    return run.finished ? nullptr : find_by_id(sc.decisions, run.current);
}

const ScenarioEnding* run_ending(const Scenario& sc, const ScenarioRun& run) {
    return run.finished ? find_by_id(sc.endings, run.current) : nullptr;
}

ScenarioAnswer correct_answer(const Model& m, const Scenario& sc, const ScenarioDecision& d) {
    ScenarioAnswer a;
    for (const ScenarioOption& o : d.action.options)
        if (o.correct) a.action = o.id;
    for (const ScenarioOption& o : d.judgement.options)
        if (o.correct) a.judgement = o.id;
    const CaseType* ct = nullptr;
    if (const Flow* f = decision_flow(m, sc, d, &ct)) {
        if (!d.offered_recipients.empty()) a.recipients = f->to;
        if (!d.offered_data.empty()) a.data = shared_data(*ct, *f);
        if (!d.offered_channels.empty()) a.channel = f->channel;
    }
    return a;
}

DecisionOutcome evaluate_decision(const Model& m, const Scenario& sc, const ScenarioDecision& d,
                                  const ScenarioAnswer& answer) {
    DecisionOutcome out;
    out.decision = d.id;
    out.step = d.step;
    out.answer = answer;
    const CaseType* ct = nullptr;
    const Flow* flow = decision_flow(m, sc, d, &ct);
    const Step* step = ct ? find_step(*ct, d.step) : nullptr;
    std::string purpose = flow && !flow->purposes.empty() ? flow->purposes.front() : std::string();
    if (!purpose.empty() && purpose.back() == '.') purpose.pop_back(); // quoted mid-sentence
    if (purpose.size() > 1 && std::islower(static_cast<unsigned char>(purpose[1]))) // not "IND ..."
        purpose[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(purpose[0])));

    if (d.action.asked()) {
        out.feedback.push_back(
            question_feedback(Dimension::step_order, d.action, answer.action, step));
        if (const ScenarioOption* o = find_option(d.action, answer.action);
            o && !o->consequence.empty())
            out.consequences.push_back(o->consequence);
    }

    if (flow && !d.offered_recipients.empty()) {
        Feedback f{Dimension::recipients, 0, 1, {}, flow->provenance.citations};
        const auto missing = minus(flow->to, answer.recipients);
        const auto extra = minus(answer.recipients, flow->to);
        f.points = std::max(0.0, 1.0 - 0.5 * static_cast<double>(missing.size() + extra.size()));
        if (missing.empty() && extra.empty()) {
            f.text = "Goed: dit gaat naar " + names(m, flow->to, role_name) + ".";
        } else {
            f.text = "Volgens het protocol gaat dit naar " + names(m, flow->to, role_name) + ".";
            if (!extra.empty())
                f.text +=
                    " Niet naar " + names(m, extra, role_name) + ": die heeft dit niet nodig.";
            if (!missing.empty()) f.text += " Je vergat " + names(m, missing, role_name) + ".";
            if (!d.on_wrong_recipient.empty()) out.consequences.push_back(d.on_wrong_recipient);
        }
        out.feedback.push_back(std::move(f));
    }

    if (flow && !d.offered_data.empty()) {
        Feedback f{Dimension::data_minimisation, 0, 1, {}, flow->provenance.citations};
        add_principle_citations(m, "afweging", f.citations);
        const auto allowed = shared_data(*ct, *flow);
        const auto extra = minus(answer.data, allowed);
        const auto missing = minus(allowed, answer.data);
        f.points = std::max(0.0, 1.0 - 0.5 * static_cast<double>(extra.size() + missing.size()));
        if (extra.empty() && missing.empty()) {
            f.text = "Goed: precies wat nodig is (" + names(m, allowed, data_item_name) + ").";
        } else {
            if (!extra.empty()) {
                f.text += "Te veel gedeeld: " + names(m, extra, data_item_name) + ". Voor dit doel";
                if (!purpose.empty()) f.text += " (" + purpose + ")";
                f.text += " is dat niet nodig; deel niet meer dan strikt noodzakelijk "
                          "(noodzakelijk, proportioneel, subsidiair). ";
                if (!d.on_over_sharing.empty()) out.consequences.push_back(d.on_over_sharing);
            }
            if (!missing.empty()) {
                f.text += "Ontbreekt: " + names(m, missing, data_item_name) +
                          "; de ontvanger heeft dat nodig";
                f.text += purpose.empty() ? ". " : " voor: " + purpose + " ";
                if (!d.on_missing_data.empty()) out.consequences.push_back(d.on_missing_data);
            }
            f.text += "Het protocol noemt: " + names(m, allowed, data_item_name) + ".";
        }
        out.feedback.push_back(std::move(f));
    }

    if (flow && !d.offered_channels.empty()) {
        Feedback f{Dimension::secure_channel, 0, 1, {}, flow->provenance.citations};
        add_principle_citations(m, "veilig-delen", f.citations);
        const Channel* chosen = find_by_id(m.channels, answer.channel);
        const std::string protocol_channel(channel_name(m, flow->channel));
        if (answer.channel == flow->channel) {
            f.points = 1;
            f.text = "Goed: via " + protocol_channel + ".";
        } else if (chosen && chosen->secure) {
            f.points = 0.5;
            f.text = "Veilig, maar het protocol noemt hiervoor " + protocol_channel + ".";
        } else {
            f.text = chosen ? chosen->name + " is niet geschikt voor persoonsgegevens: die mogen "
                                             "niet onversleuteld via de mail. "
                            : "Geen kanaal gekozen. ";
            f.text += "Het protocol noemt hiervoor " + protocol_channel + ".";
            if (chosen && !d.on_insecure_channel.empty())
                out.consequences.push_back(d.on_insecure_channel);
        }
        out.feedback.push_back(std::move(f));
    }

    if (d.judgement.asked()) {
        Feedback f =
            question_feedback(Dimension::role_fidelity, d.judgement, answer.judgement, step);
        // Who decides what rests on the Kamerbrief's paragraph, as the rolverdeling card cites it.
        if (const Card* c = find_by_id(m.cards, "rolverdeling"))
            f.citations.insert(f.citations.end(), c->provenance.citations.begin(),
                               c->provenance.citations.end());
        out.feedback.push_back(std::move(f));
    }

    out.next = d.next;
    if (const ScenarioOption* o = find_option(d.action, answer.action); o && !o->next.empty())
        out.next = o->next;
    return out;
}

bool submit_answer(const Model& m, const Scenario& sc, ScenarioRun& run,
                   const ScenarioAnswer& answer) {
    const ScenarioDecision* d = current_decision(sc, run);
    if (!d) return false;
    if (d->action.asked() && !find_option(d->action, answer.action)) return false;
    if (d->judgement.asked() && !find_option(d->judgement, answer.judgement)) return false;
    DecisionOutcome outcome = evaluate_decision(m, sc, *d, answer);
    run.answers.push_back(answer);
    run.current = outcome.next;
    run.finished =
        find_by_id(sc.endings, run.current) != nullptr || !find_by_id(sc.decisions, run.current);
    run.outcomes.push_back(std::move(outcome));
    return true;
}

ScenarioRun replay_run(const Model& m, const Scenario& sc,
                       const std::vector<ScenarioAnswer>& answers) {
    ScenarioRun run = start_run(sc);
    for (const ScenarioAnswer& a : answers)
        if (!submit_answer(m, sc, run, a)) break;
    return run;
}

std::string describe_answer(const Model& m, const ScenarioDecision& d, const ScenarioAnswer& a) {
    std::vector<std::string> parts;
    auto option_text = [](const ScenarioQuestion& q, const std::string& id) {
        const ScenarioOption* o = find_option(q, id);
        return o ? o->text : std::string("geen keuze");
    };
    if (d.action.asked()) parts.push_back("Actie: " + option_text(d.action, a.action));
    if (!d.offered_recipients.empty())
        parts.push_back("Ontvangers: " + (a.recipients.empty()
                                              ? std::string("geen")
                                              : names(m, a.recipients, role_name)));
    if (!d.offered_data.empty())
        parts.push_back("Gegevens: " +
                        (a.data.empty() ? std::string("geen") : names(m, a.data, data_item_name)));
    if (!d.offered_channels.empty())
        parts.push_back("Kanaal: " + (a.channel.empty() ? std::string("geen")
                                                        : std::string(channel_name(m, a.channel))));
    if (d.judgement.asked()) parts.push_back("Oordeel: " + option_text(d.judgement, a.judgement));
    std::string out;
    for (const auto& p : parts)
        out += (out.empty() ? "" : "; ") + p;
    return out;
}

std::vector<std::string> protocol_path(const Scenario& sc) {
    std::vector<std::string> path;
    std::string at = sc.start;
    std::set<std::string> seen;
    while (const ScenarioDecision* d = find_by_id(sc.decisions, at)) {
        if (!seen.insert(at).second) break; // a loop: the validator reports it
        path.push_back(at);
        std::string next = d->next;
        for (const ScenarioOption& o : d->action.options)
            if (o.correct && !o.next.empty()) next = o.next;
        at = next;
    }
    return path;
}

Debrief make_debrief(const Model&, const Scenario& sc, const ScenarioRun& run) {
    Debrief out;
    for (Dimension dim : kDimensions) {
        DimensionScore s{dim, 0, 0};
        for (const DecisionOutcome& o : run.outcomes)
            for (const Feedback& f : o.feedback)
                if (f.dimension == dim) {
                    s.points += f.points;
                    s.max += f.max;
                }
        if (s.max > 0) out.dimensions.push_back(s);
        out.points += s.points;
        out.max += s.max;
    }
    for (const DecisionOutcome& o : run.outcomes) {
        out.trainee_steps.push_back(o.step);
        for (const Feedback& f : o.feedback)
            if (!f.ok()) out.costly.push_back({o.decision, o.step, f});
    }
    for (const std::string& id : protocol_path(sc))
        if (const ScenarioDecision* d = find_by_id(sc.decisions, id))
            out.protocol_steps.push_back(d->step);
    return out;
}

} // namespace pw
