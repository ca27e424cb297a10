// A printable reference card per case type: what a contact person keeps next
// to the phone. Everything it says comes from content; the code adds only
// labels. Sources are numbered once per card (document title + locator) and
// each row cites their numbers, so a card fits two A4 pages.
#include "pw/export.hpp"

#include "export_common.hpp"
#include "pw/lookup.hpp"
#include "pw/routes.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <sstream>

namespace pw {
namespace {

using namespace detail;

// Black on white, small but legible type, tables that wrap long words and
// repeat their header on the next page.
constexpr const char* card_style = R"css(
@page { size: A4; margin: 8mm 8mm 9mm 8mm; }
* { box-sizing: border-box; }
body { font: 7pt/1.2 "DejaVu Sans", Arial, sans-serif; color: #000; background: #fff;
  margin: 0 auto; max-width: 192mm; padding: 4mm; }
h1 { font-size: 12pt; margin: 0 0 1mm; }
h2 { font-size: 8.5pt; margin: 2mm 0 0.8mm; border-bottom: 0.6pt solid #000; break-after: avoid; }
p { margin: 0 0 1mm; }
.meta { font-size: 6.8pt; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 0.5pt solid #000; padding: 0.4mm 0.8mm; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; word-break: break-word; hyphens: auto; }
th { font-weight: bold; background: #fff; }
td.n, th.n { text-align: right; }
col.n { width: 5mm; } col.step { width: 36%; } col.org { width: 11.5%; }
ul { margin: 0; padding-left: 2.5mm; }
li { margin: 0; }
.kind, .actor { font-style: italic; }
.refs { font-size: 6.3pt; }
.ill { font-style: italic; }
ul.sources { padding-left: 0; list-style: none; font-size: 6.3pt; }
ul.sources li { margin-bottom: 0.5mm; }
.tools { margin-bottom: 2mm; }
@media print { .tools { display: none; } body { padding: 0; max-width: none; } a { color: #000; text-decoration: none; } }
)css";

constexpr const char* card_js =
    "document.getElementById('afdrukken').addEventListener('click', function () { "
    "window.print(); });\n";

// Inline, or as files next to the card (CardOptions::assets).
std::string style(const CardOptions& options) {
    if (options.assets.empty()) return std::string("<style>") + card_style + "</style>\n";
    return "<link rel=\"stylesheet\" href=\"" + html_escape(options.assets) + ".css\">\n";
}

std::string script(const CardOptions& options) {
    if (options.assets.empty()) return std::string("<script>") + card_js + "</script>\n";
    return "<script src=\"" + html_escape(options.assets) + ".js\"></script>\n";
}

// The card's source list: each (document, locator) once. The card is written
// twice: the first pass collects what it cites, renumber() then numbers the
// citations document by document (in the order of sources.json), and the
// second pass cites those numbers, so the list reads per document.
class SourceList {
  public:
    explicit SourceList(const Model& m) : m_(m) {}

    // "3, 7" for the citations of p, plus "illustratief" when it is.
    std::string refs(const Provenance& p) {
        std::set<int> numbers;
        for (const Citation& c : p.citations)
            numbers.insert(number(c));
        std::vector<std::string> parts;
        for (int n : numbers)
            parts.push_back(std::to_string(n));
        std::string out = join(parts, ", ");
        if (p.illustrative)
            out += std::string(out.empty() ? "" : "; ") + "<span class=\"ill\">illustratief</span>";
        return out;
    }

    void renumber() {
        std::vector<std::pair<std::size_t, std::string>> order; // (document, key)
        for (const auto& [key, c] : cited_) {
            std::size_t doc = m_.sources.size();
            for (std::size_t i = 0; i < m_.sources.size(); ++i)
                if (m_.sources[i].id == c.source) doc = i;
            order.emplace_back(doc, key);
        }
        std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
            return a.first != b.first ? a.first < b.first
                                      : first_seen_.at(a.second) < first_seen_.at(b.second);
        });
        numbers_.clear();
        entries_.clear();
        for (const auto& [doc, key] : order) {
            numbers_[key] = static_cast<int>(entries_.size()) + 1;
            entries_.push_back(&cited_.at(key));
        }
    }

    // Per document: its title, then each cited place with its number.
    std::string list_html() const {
        std::string out = "<ul class=\"sources\">\n";
        for (std::size_t i = 0; i < entries_.size(); ++i) {
            const Citation& c = *entries_[i];
            if (i == 0 || entries_[i - 1]->source != c.source)
                out += std::string(i ? "</li>\n" : "") + "<li><strong>" +
                       html_escape(source_title(m_, c.source)) + "</strong>: ";
            else
                out += "; ";
            out += "<b>" + std::to_string(i + 1) + "</b>&nbsp;" + html_escape(c.locator);
        }
        return out + (entries_.empty() ? "" : "</li>\n") + "</ul>\n";
    }

  private:
    int number(const Citation& c) {
        const std::string key = c.source + "\n" + c.locator;
        if (cited_.emplace(key, Citation{c.source, c.locator, {}}).second)
            first_seen_[key] = first_seen_.size();
        const auto it = numbers_.find(key);
        return it == numbers_.end() ? 0 : it->second;
    }

    const Model& m_;
    std::map<std::string, Citation> cited_;
    std::map<std::string, std::size_t> first_seen_;
    std::map<std::string, int> numbers_;
    std::vector<const Citation*> entries_;
};

// The map's short name of a role, with its organisation when the name lacks it:
// "Regievoerder (DT&V)", "RvdK-contactpersoon".
std::string short_role(const Model& m, const std::string& role_id) {
    std::string out(role_short_name(m, role_id));
    if (const Organisation* o = organisation_of_role(m, role_id))
        if (out.find(o->short_name) == std::string::npos) out += " (" + o->short_name + ")";
    return out;
}

// "→ recipients: data. Via channel; systeem: …" — the sender only when it is
// not the step's actor; the data every flow shares are said once, at the top.
std::string flow_line(const Model& m, const CaseType& ct, const Step& s, const Flow& f) {
    std::vector<std::string> to, data, systems;
    for (const auto& r : f.to)
        to.push_back(short_role(m, r));
    for (const auto& d : f.data)
        if (std::find(ct.always_shared.begin(), ct.always_shared.end(), d) ==
            ct.always_shared.end())
            data.emplace_back(data_item_name(m, d));
    for (const auto& system : f.systems)
        systems.emplace_back(system_name(m, system));
    const Channel* ch = find_by_id(m.channels, f.channel);
    std::string out = (f.from == s.actor ? "" : html_escape(short_role(m, f.from)) + " ") +
                      "→ <strong>" + html_escape(join(to, ", ")) + "</strong>" +
                      (data.empty() ? "" : ": " + html_escape(join(data, ", "))) + ". Via " +
                      html_escape(std::string(channel_short_name(m, f.channel)));
    if (ch && !ch->secure) out += " (niet geschikt voor persoonsgegevens)";
    if (!systems.empty()) out += "; systeem: " + html_escape(join(systems, ", "));
    out += ".";
    if (!f.condition.empty()) out += " <em>Wanneer:</em> " + html_escape(f.condition);
    return out;
}

// Organisations that act, send or receive in the case type, in content order.
std::vector<const Organisation*> organisations_in(const Model& m, const CaseType& ct) {
    std::set<std::string> ids;
    auto add = [&](const std::string& role) {
        if (const Organisation* o = organisation_of_role(m, role)) ids.insert(o->id);
    };
    for (const Step& s : ct.steps) {
        add(s.actor);
        for (const Flow& f : s.flows) {
            add(f.from);
            for (const auto& r : f.to)
                add(r);
        }
    }
    std::vector<const Organisation*> out;
    for (const Organisation& o : m.organisations)
        if (ids.count(o.id)) out.push_back(&o);
    return out;
}

class ReferenceCard {
  public:
    ReferenceCard(const Model& m, const CaseType& ct) : m_(m), ct_(ct), sources_(m) {
        int n = 0;
        for (const Step* s : steps_in_order(m, ct)) {
            order_.push_back(s);
            number_[s->id] = ++n;
        }
    }

    // "Ja, bekend → 5": an outcome and the row it leads to.
    std::string next_text(const Transition& t) const {
        const auto it = number_.find(t.step);
        return (t.label.empty() ? "" : html_escape(t.label) + " → ") +
               (it != number_.end() ? std::to_string(it->second) : html_escape(t.step));
    }

    // A step without flows spans the flow column too: its text gets the width.
    void step_row(const Step& s) {
        const int n = number_.at(s.id);
        out_ << "<tr id=\"stap-" << html_escape(s.id) << "\"><td class=\"n\">" << n << "</td><td"
             << (s.flows.empty() ? " colspan=\"2\"" : "") << "><strong>" << html_escape(s.title)
             << "</strong>";
        if (s.kind != StepKind::task)
            out_ << " <span class=\"kind\">(" << step_kind_label(s.kind) << ")</span>";
        out_ << " <span class=\"refs\">[" << sources_.refs(s.provenance) << "]</span>";
        if (!s.question.empty()) out_ << " " << html_escape(s.question);
        // A decision's outcomes, and a step that does not simply lead to the next row.
        const bool listed = s.kind == StepKind::decision || s.next.size() > 1 ||
                            (s.next.size() == 1 && number_.count(s.next[0].step) &&
                             number_.at(s.next[0].step) != n + 1);
        if (listed && !s.next.empty()) {
            std::vector<std::string> next;
            for (const Transition& t : s.next)
                next.push_back(next_text(t));
            out_ << (s.kind == StepKind::decision ? " <em>Uitkomst:</em> " : " <em>Verder:</em> ")
                 << join(next, "; ") << ".";
        }
        out_ << " <span class=\"actor\">Wie: " << html_escape(short_role(m_, s.actor))
             << "</span></td>";
        if (!s.flows.empty()) {
            out_ << "<td><ul>";
            for (const Flow& f : s.flows)
                out_ << "<li>" << flow_line(m_, ct_, s, f) << " <span class=\"refs\">["
                     << sources_.refs(f.provenance) << "]</span></li>";
            out_ << "</ul></td>";
        }
        out_ << "</tr>\n";
    }

    // The channels' short names the rows use, with their full names.
    void channel_legend() {
        std::vector<std::string> used, lines;
        for (const Step* s : order_)
            for (const Flow& f : s->flows)
                if (std::find(used.begin(), used.end(), f.channel) == used.end())
                    used.push_back(f.channel);
        for (const Channel& c : m_.channels)
            if (std::find(used.begin(), used.end(), c.id) != used.end())
                lines.push_back("<em>" + html_escape(std::string(channel_short_name(m_, c.id))) +
                                "</em>: " + html_escape(c.name));
        if (!lines.empty())
            out_ << "<p class=\"meta\"><strong>Kanalen:</strong> " << join(lines, "; ")
                 << ".</p>\n";
    }

    void steps() {
        out_ << "<h2>Stappen</h2>\n<table class=\"steps\">\n<colgroup><col class=\"n\"><col "
                "class=\"step\"><col class=\"flows\"></colgroup>\n<thead><tr><th class=\"n\" "
                "scope=\"col\">#</th><th scope=\"col\">Stap [bron], wie handelt</th><th "
                "scope=\"col\">Wat gaat naar wie: gegevens, kanaal, systeem [bron]</th></tr></"
                "thead>\n<tbody>\n";
        for (const Step* s : order_)
            step_row(*s);
        out_ << "</tbody>\n</table>\n";
        channel_legend();
    }

    // Who decides what, and which organisations do not, where content says so.
    void decision_rights(const std::vector<const Organisation*>& orgs) {
        auto involved = [&](const std::string& id) {
            return std::any_of(orgs.begin(), orgs.end(),
                               [&](const Organisation* o) { return o->id == id; });
        };
        out_ << "<h2>Wie beslist wat</h2>\n<table class=\"rights\">\n<colgroup><col "
                "class=\"org\"><col><col class=\"org\"></colgroup>\n<thead><tr><th "
                "scope=\"col\">Beslist</th><th scope=\"col\">Onderwerp: wat [bron]</th><th "
                "scope=\"col\">Beslist niet</th></tr></thead>\n<tbody>\n";
        for (const DecisionRight& d : m_.decision_rights) {
            std::vector<std::string> not_by;
            for (const auto& id : d.not_decided_by)
                if (const Organisation* o = find_organisation(m_, id); o && involved(id))
                    not_by.push_back(o->short_name);
            if (!involved(d.organisation) && not_by.empty()) continue;
            const Organisation* org = find_organisation(m_, d.organisation);
            out_ << "<tr><td>" << html_escape(org ? org->short_name : d.organisation)
                 << "</td><td><strong>" << html_escape(d.subject) << ":</strong> "
                 << html_escape(d.statement) << " <span class=\"refs\">["
                 << sources_.refs(d.provenance) << "]</span></td><td>"
                 << html_escape(join(not_by, ", ")) << "</td></tr>\n";
        }
        out_ << "</tbody>\n</table>\n";
    }

    void contact_points(const std::vector<const Organisation*>& orgs) {
        std::vector<const ContactPoint*> points;
        for (const ContactPoint& p : m_.contact_points)
            for (const Organisation* o : orgs)
                if (o->id == p.organisation) points.push_back(&p);
        if (points.empty()) return;
        out_ << "<h2>Contactpunten</h2>\n<ul class=\"contacts\">\n";
        for (const ContactPoint* p : points) {
            const Organisation* org = find_organisation(m_, p->organisation);
            out_ << "<li><strong>" << html_escape(org ? org->short_name : p->organisation)
                 << "</strong>: " << html_escape(std::string(role_name(m_, p->role))) << ", "
                 << html_escape(p->count) << " (" << html_escape(join(p->locations, ", "))
                 << "; stand " << html_escape(p->as_of) << ") <span class=\"refs\">["
                 << sources_.refs(p->provenance) << "]</span></li>\n";
        }
        out_ << "</ul>\n";
    }

    std::string page(const CardOptions& options) {
        body(options); // collects the citations
        sources_.renumber();
        out_.str({});
        return body(options);
    }

  private:
    std::string body(const CardOptions& options) {
        std::ostringstream head;
        head << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                "<title>Naslagkaart "
             << html_escape(ct_.short_title) << " — Protocolwijzer</title>\n"
             << style(options)
             << "</head>\n<body>\n<p class=\"tools\"><button type=\"button\" "
                "id=\"afdrukken\">Afdrukken</button>";
        if (!options.app_url.empty())
            head << " · <a href=\""
                 << html_escape(options.app_url +
                                format_route(Route{Route::Kind::case_type, ct_.id, {}, {}, {}}))
                 << "\">Open in de gids</a>";
        head << "</p>\n<header>\n<h1>Naslagkaart: " << html_escape(ct_.short_title)
             << "</h1>\n<p class=\"meta\">" << html_escape(ct_.title)
             << ". <strong>Aanleiding:</strong> " << html_escape(ct_.trigger);
        if (!ct_.always_shared.empty())
            head << " <strong>In elke stroom gedeeld:</strong> "
                 << html_escape(join(always_shared_names(m_, ct_), ", "))
                 << " <span class=\"refs\">[" << sources_.refs(ct_.always_shared_basis)
                 << "]</span>";
        head << "</p>\n</header>\n<main>\n";
        steps();
        const auto orgs = organisations_in(m_, ct_);
        decision_rights(orgs);
        contact_points(orgs);
        out_ << "<h2>Bronnen</h2>\n"
             << sources_.list_html()
             << "<p class=\"meta\">Uit Protocolwijzer. <em>Illustratief</em>: niet "
                "letterlijk uit de bronnen; de gids zegt wat is aangenomen.</p>\n</main>\n"
             << script(options) << "</body>\n</html>\n";
        return head.str() + out_.str();
    }

    const Model& m_;
    const CaseType& ct_;
    SourceList sources_;
    std::vector<const Step*> order_;
    std::map<std::string, int> number_;
    std::ostringstream out_;
};

} // namespace

std::string card_file_name(const CaseType& case_type) {
    return case_type.id + ".html";
}

std::string export_card(const Model& model, const CaseType& case_type, const CardOptions& options) {
    return ReferenceCard(model, case_type).page(options);
}

std::string card_stylesheet() {
    return card_style;
}

std::string card_script() {
    return card_js;
}

std::string export_card_index(const Model& model, const CardOptions& options) {
    std::ostringstream o;
    o << "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<title>Naslagkaarten — Protocolwijzer</title>\n"
      << style(options)
      << "</head>\n<body>\n<main>\n<h1>Naslagkaarten</h1>\n<p>Per zaaktype één "
         "kaart om af te drukken (A4).</p>\n<ul>\n";
    for (const CaseType& ct : model.case_types)
        o << "<li><a href=\"" << html_escape(card_file_name(ct)) << "\">"
          << html_escape(ct.short_title) << "</a></li>\n";
    o << "</ul>\n";
    if (!options.app_url.empty())
        o << "<p><a href=\"" << html_escape(options.app_url) << "\">Naar de gids</a></p>\n";
    o << "</main>\n</body>\n</html>\n";
    return o.str();
}

} // namespace pw
