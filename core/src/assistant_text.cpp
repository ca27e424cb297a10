// The assistant's advice as plain text: a checklist to paste into a case file.
// Every line that rests on a source names it; what is illustrative says so.
#include "pw/assistant.hpp"
#include "pw/lookup.hpp"
#include "pw/routes.hpp"

namespace pw {
namespace {

std::string join(const std::vector<std::string>& parts, const char* separator = ", ") {
    std::string out;
    for (const std::string& p : parts)
        out += (out.empty() ? "" : separator) + p;
    return out;
}

std::string citations(const Model& m, const Provenance& p) {
    std::vector<std::string> parts;
    for (const Citation& c : p.citations) {
        std::string part = std::string(source_title(m, c.source)) + ", " + c.locator;
        if (!c.quote.empty()) part += ": \"" + c.quote + "\"";
        parts.push_back(std::move(part));
    }
    std::string out = parts.empty() ? "" : "Bron: " + join(parts, "; ") + ".";
    if (p.illustrative)
        out += std::string(out.empty() ? "" : " ") + "Illustratief: " + p.illustrative_note;
    return out;
}

std::string organisation_name(const Model& m, std::string_view id) {
    const Organisation* o = find_organisation(m, id);
    return o ? o->short_name : std::string(id);
}

std::string role_names(const Model& m, const std::vector<std::string>& roles) {
    std::vector<std::string> names;
    for (const std::string& r : roles)
        names.emplace_back(role_name(m, r));
    return join(names);
}

void note_lines(const Model& m, const std::vector<const AssistantNote*>& notes, std::string& out) {
    for (const AssistantNote* n : notes) {
        out += "- " + std::string(n->open ? "Open: " : "") + n->text + "\n";
        const std::string source = citations(m, n->provenance);
        if (!source.empty()) out += "  " + source + "\n";
    }
}

} // namespace

std::string advice_flow_sentence(const Model& m, const AdviceFlow& f) {
    const Flow& flow = *f.flow;
    std::vector<std::string> data, systems;
    for (const std::string& d : f.data)
        data.emplace_back(data_item_name(m, d));
    for (const std::string& s : flow.systems)
        systems.emplace_back(system_name(m, s));
    std::string line;
    if (f.i_send)
        line = "Jij informeert " + role_names(m, flow.to);
    else if (f.we_send)
        line = std::string(role_name(m, flow.from)) + " (jouw organisatie) informeert " +
               role_names(m, flow.to);
    else
        line = std::string(f.i_receive ? "Je ontvangt" : "Je organisatie ontvangt") + " van " +
               std::string(role_name(m, flow.from)) + " (aan " + role_names(m, flow.to) + ")";
    line += ". Gegevens: " + join(data) + ". Kanaal: " + std::string(channel_name(m, flow.channel));
    if (!systems.empty()) line += ". Systeem: " + join(systems);
    line += ".";
    if (!flow.condition.empty()) line += " Wanneer: " + flow.condition;
    return line;
}

std::string contact_sentence(const Model& m, const ContactPoint& cp) {
    return std::string(role_name(m, cp.role)) + ": " + cp.count + " (" + join(cp.locations) +
           ", stand " + cp.as_of + ")";
}

std::string advice_text(const Model& m, const AssistantAdvice& a) {
    const AssistantOutcome& o = *a.outcome;
    std::string out = "Wat nu? " + o.title + "\n";
    out += "Voor: " + organisation_name(m, a.organisation) + ", " +
           std::string(role_name(m, a.role)) + "\n\n";
    if (a.case_type) out += "Deel van het protocol: " + a.case_type->title + "\n";
    out += "Waarom: " + o.why + "\n";
    if (const std::string source = citations(m, o.provenance); !source.empty())
        out += source + "\n";
    if (a.step && a.case_type)
        out += "Waarschijnlijke stap: " + a.step->title + " (" +
               format_route(Route{Route::Kind::step, a.case_type->id, a.step->id, {}, {}}) + ")\n";
    if (a.open)
        out += "LET OP: de bronnen regelen niet alles van deze zaak; zie 'Open' hieronder.\n";

    if (!a.steps.empty()) {
        out += "\nStappen\n";
        for (const AdviceStep& s : a.steps) {
            out += std::string(s.ours ? "[ ] " : "    ") + s.step->title + " - " +
                   std::string(role_name(m, s.step->actor));
            if (s.mine)
                out += " (jij)";
            else if (s.ours)
                out += " (jouw organisatie)";
            if (s.current) out += " <- waarschijnlijk hier";
            out += "\n";
        }
    }
    if (a.case_type) {
        out += "\nWie informeert wie (jouw organisatie)\n";
        if (a.flows.empty())
            out += "    In deze stappen stuurt of ontvangt jouw organisatie geen gegevens.\n";
        for (const AdviceFlow& f : a.flows) {
            out += std::string(f.we_send ? "[ ] " : "    ") + advice_flow_sentence(m, f) +
                   " (stap \"" + f.step->title + "\")\n";
            if (const std::string source = citations(m, f.flow->provenance); !source.empty())
                out += "      " + source + "\n";
        }
    }
    if (!a.deadlines.empty()) {
        out += "\nTermijnen\n";
        note_lines(m, a.deadlines, out);
    }
    if (!a.notes.empty()) {
        out += "\nLet op\n";
        note_lines(m, a.notes, out);
    }
    if (!a.we_do_not_decide.empty() || !a.role_limits.empty()) {
        out += "\nWat jouw organisatie niet beslist\n";
        for (const DecisionRight* r : a.we_do_not_decide)
            out += "- " + r->statement + " (beslist: " + organisation_name(m, r->organisation) +
                   ")\n  " + citations(m, r->provenance) + "\n";
        for (const RoleStatement* l : a.role_limits)
            out += "- " + l->text + "\n  " + citations(m, l->provenance) + "\n";
    }
    if (!a.we_decide.empty()) {
        out += "\nWat jouw organisatie wel beslist\n";
        for (const DecisionRight* r : a.we_decide)
            out += "- " + r->statement + "\n  " + citations(m, r->provenance) + "\n";
    }
    out += "\nVragen? Contactpunt\n";
    for (const ContactPoint* cp : a.contacts)
        out += "- " + contact_sentence(m, *cp) + "\n";
    return out;
}

} // namespace pw
