// The guide from the sources' side: every citation, for reviewers.
#include "pw/export.hpp"
#include "pw/lookup.hpp"
#include "pw/provenance_sites.hpp"

#include <nlohmann/json.hpp>

#include <sstream>

namespace pw {

std::string export_by_source(const Model& m) {
    const std::vector<ProvenanceSite> sites = provenance_sites(m);
    std::ostringstream o;
    o << "# Protocolwijzer per bron\n\n"
         "Voor wie een bron naast de gids legt: per brondocument elke bewering in de gids die het "
         "citeert, met de plek in de bron en het letterlijke citaat. *Illustratief* betekent dat "
         "(een deel van) de bewering niet in de bronnen staat maar is aangenomen; de toelichting "
         "zegt wat.\n";
    for (const SourceDocument& d : m.sources) {
        std::size_t count = 0;
        std::ostringstream claims;
        for (const ProvenanceSite& site : sites)
            for (const Citation& c : site.provenance->citations) {
                if (c.source != d.id) continue;
                ++count;
                claims << "### " << site.label << "\n\n> " << site.claim
                       << "\n\n- Plek: " << c.locator << "\n"
                       << (c.quote.empty() ? "- Geen citaat.\n" : "- Citaat: “" + c.quote + "”\n");
                if (site.provenance->illustrative)
                    claims << "- *Illustratief:* " << site.provenance->illustrative_note << "\n";
                if (site.route) claims << "- In de gids: `" << format_route(*site.route) << "`\n";
                claims << "\n";
            }
        o << "\n## " << d.title << "\n\n";
        if (!d.description.empty()) o << d.description << "\n\n";
        if (!d.file.empty()) o << "Tekst: `" << d.file << "`. ";
        if (!d.url.empty()) o << "Adres: " << d.url << ". ";
        o << count << (count == 1 ? " bewering" : " beweringen") << ".\n\n" << claims.str();
    }
    return o.str();
}

std::string export_citations_json(const Model& m, const SourceMap* map) {
    nlohmann::json out = nlohmann::json::array();
    for (const ProvenanceSite& site : provenance_sites(m)) {
        const Provenance& p = *site.provenance;
        for (std::size_t i = 0; i < p.citations.size(); ++i) {
            const Citation& c = p.citations[i];
            const SourceDocument* d = find_by_id(m.sources, c.source);
            nlohmann::json cited_by = {
                {"kind", site.kind}, {"id", site.id}, {"label", site.label}, {"claim", site.claim}};
            if (site.route) cited_by["route"] = format_route(*site.route);
            nlohmann::json entry = {{"citedBy", cited_by},
                                    {"source",
                                     {{"id", c.source},
                                      {"title", d ? d->title : std::string()},
                                      {"file", d ? d->file : std::string()},
                                      {"url", d ? d->url : std::string()}}},
                                    {"locator", c.locator},
                                    {"quote", c.quote},
                                    {"illustrative", p.illustrative},
                                    {"illustrativeNote", p.illustrative_note}};
            if (map) {
                const std::string suffix = "/sources/" + std::to_string(i);
                entry["at"] = {{"file", map->path_of(site.origin)},
                               {"line", map->line_of(site.origin, suffix)},
                               {"pointer", site.origin.pointer + suffix}};
            }
            out.push_back(std::move(entry));
        }
    }
    return out.dump(2) + "\n";
}

} // namespace pw
