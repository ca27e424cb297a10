#include "assistant_command.hpp"

#include "loaded_content.hpp"

#include "pw/assistant.hpp"
#include "pw/lookup.hpp"

#include <nlohmann/json.hpp>

#include <iostream>

namespace pw::cli {
namespace {

// A wrong question or choice is named with what exists, never silently dropped.
bool read_answers(const Assistant& a, const std::vector<std::string>& given,
                  AssistantAnswers& out) {
    for (const std::string& pair : given) {
        const std::size_t eq = pair.find('=');
        const std::string question = pair.substr(0, eq);
        const AssistantQuestion* q = find_by_id(a.questions, question);
        if (eq == std::string::npos || !q) {
            std::cerr << "Onbekend antwoord \"" << pair << "\": geef VRAAG=KEUZE; vragen:";
            for (const AssistantQuestion& x : a.questions)
                std::cerr << ' ' << x.id;
            std::cerr << ".\n";
            return false;
        }
        const std::string option = pair.substr(eq + 1);
        if (!find_by_id(q->options, option)) {
            std::cerr << "Vraag \"" << question << "\" heeft geen keuze \"" << option
                      << "\"; keuzes:";
            for (const AssistantOption& o : q->options)
                std::cerr << ' ' << o.id;
            std::cerr << ".\n";
            return false;
        }
        out[question] = option;
    }
    return true;
}

nlohmann::json advice_json(const Model& m, const AssistantAdvice& a) {
    nlohmann::json flows = nlohmann::json::array();
    for (const AdviceFlow& f : a.flows)
        flows.push_back({{"step", f.step->id},
                         {"flow", f.flow->id},
                         {"from", f.flow->from},
                         {"to", f.flow->to},
                         {"data", f.data},
                         {"channel", f.flow->channel},
                         {"systems", f.flow->systems},
                         {"iSend", f.i_send},
                         {"iReceive", f.i_receive},
                         {"text", advice_flow_sentence(m, f)}});
    nlohmann::json steps = nlohmann::json::array();
    for (const AdviceStep& s : a.steps)
        steps.push_back(s.step->id);
    auto ids = [](const std::vector<const DecisionRight*>& list) {
        nlohmann::json out = nlohmann::json::array();
        for (const DecisionRight* r : list)
            out.push_back(r->id);
        return out;
    };
    nlohmann::json contacts = nlohmann::json::array();
    for (const ContactPoint* cp : a.contacts)
        contacts.push_back(cp->id);
    return {{"outcome", a.outcome->id},
            {"title", a.outcome->title},
            {"organisation", a.organisation},
            {"role", a.role},
            {"caseType", a.case_type ? a.case_type->id : ""},
            {"step", a.step ? a.step->id : ""},
            {"steps", steps},
            {"flows", flows},
            {"weDecide", ids(a.we_decide)},
            {"weDoNotDecide", ids(a.we_do_not_decide)},
            {"open", a.open},
            {"ask", a.ask},
            {"contacts", contacts},
            {"text", advice_text(m, a)}};
}

} // namespace

void add_assistant_command(CLI::App& app, AssistantCommand& cmd, std::string& content_dir) {
    cmd.command = app.add_subcommand(
        "wat-nu", "De assistent 'Wat nu?': welk deel van het protocol, waar de zaak staat, wat je "
                  "doet en wie je informeert, uit de antwoorden op het vraaggesprek.");
    cmd.command->add_option("--answer,-a", cmd.answers, "Antwoord als VRAAG=KEUZE (herhaalbaar)");
    cmd.command->add_flag("--json", cmd.as_json, "Als JSON");
    cmd.command->add_option("--content", content_dir, "Map met manifest.json")
        ->check(CLI::ExistingDirectory);
}

int run_assistant_command(const AssistantCommand& cmd, const std::string& content_dir) {
    const Loaded l = load(content_dir);
    if (!usable(l)) return 1;
    const Model& m = l.result.model;
    AssistantAnswers answers;
    if (!read_answers(m.assistant, cmd.answers, answers)) return 2;
    const AssistantResult r = answer(m, answers);
    if (!r.complete()) {
        std::cerr << "Nog te beantwoorden:\n";
        for (const AssistantQuestion* q : r.unanswered) {
            std::cerr << "  " << q->id << ": " << q->text << '\n';
            for (const AssistantOption& o : q->options)
                std::cerr << "    --answer " << q->id << '=' << o.id << "  (" << o.text << ")\n";
        }
        return 3;
    }
    if (!r.has_advice) {
        std::cerr << "Geen uitkomst voor deze antwoorden; de inhoud heeft een gat (validate).\n";
        return 1;
    }
    if (cmd.as_json)
        std::cout << advice_json(m, r.advice).dump(2) << '\n';
    else
        std::cout << advice_text(m, r.advice);
    return 0;
}

} // namespace pw::cli
