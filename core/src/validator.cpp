#include "pw/validator.hpp"

#include "pw/text.hpp"

#include <map>
#include <set>
#include <string>
#include <vector>

namespace pw {
namespace {

// Collects diagnostics for one model, with the lookups every check needs.
class Checker {
  public:
    Checker(const Model& model, const SourceMap& map, bool incomplete)
        : m_(model), map_(map), incomplete_(incomplete) {
        collect(m_.sources, source_ids_);
        collect(m_.organisations, organisation_ids_);
        collect(m_.roles, role_ids_);
        collect(m_.systems, system_ids_);
        collect(m_.channels, channel_ids_);
        collect(m_.data_items, data_ids_);
        collect(m_.legal_bases, legal_basis_ids_);
        collect(m_.principles, principle_ids_);
    }

    Diagnostics run() {
        for (const auto& o : m_.organisations)
            provenance(o.provenance, o.origin, "Organisatie \"" + o.id + "\"");
        for (const auto& r : m_.roles)
            check_role(r);
        for (const auto& s : m_.systems) {
            const std::string who = "Systeem \"" + s.id + "\"";
            if (!s.organisation.empty())
                reference(s.organisation, organisation_ids_, "organisatie", s.origin,
                          "/organisation", who);
            provenance(s.provenance, s.origin, who);
        }
        for (const auto& c : m_.channels)
            provenance(c.provenance, c.origin, "Kanaal \"" + c.id + "\"");
        for (const auto& d : m_.data_items)
            provenance(d.provenance, d.origin, "Gegeven \"" + d.id + "\"");
        for (const auto& b : m_.legal_bases)
            provenance(b.provenance, b.origin, "Grondslag \"" + b.id + "\"");
        for (const auto& p : m_.principles)
            provenance(p.provenance, p.origin, "Uitgangspunt \"" + p.id + "\"");
        for (const auto& ct : m_.case_types)
            check_case_type(ct);
        return std::move(out_);
    }

  private:
    template <class T>
    static void collect(const std::vector<T>& items, std::vector<std::string>& ids) {
        for (const T& item : items)
            ids.push_back(item.id);
    }

    void error(const Origin& origin, const std::string& suffix, std::string message) {
        out_.push_back({Severity::error, map_.path_of(origin), origin.pointer + suffix,
                        map_.line_of(origin, suffix), std::move(message)});
    }

    static bool contains(const std::vector<std::string>& ids, const std::string& id) {
        for (const auto& x : ids)
            if (x == id) return true;
        return false;
    }

    void reference(const std::string& id, const std::vector<std::string>& ids, const char* noun,
                   const Origin& origin, const std::string& suffix, const std::string& who) {
        if (id.empty() || contains(ids, id)) return;
        if (incomplete_ && ids.empty()) return;
        std::string message = who + ": " + noun + " \"" + id + "\" bestaat niet";
        if (auto guess = nearest_match(id, ids))
            message += "; bedoelde je \"" + *guess + "\"?";
        else
            message += ".";
        error(origin, suffix, std::move(message));
    }

    void references(const std::vector<std::string>& list, const std::vector<std::string>& ids,
                    const char* noun, const Origin& origin, const std::string& suffix,
                    const std::string& who) {
        for (std::size_t i = 0; i < list.size(); ++i)
            reference(list[i], ids, noun, origin, suffix + "/" + std::to_string(i), who);
    }

    // Every fact rests on a source; an illustrative addition says what it adds.
    void provenance(const Provenance& p, const Origin& origin, const std::string& who) {
        if (p.citations.empty())
            error(origin, "",
                  who + " noemt geen bron; voeg onder \"sources\" het brondocument en de plek "
                        "(sectie, rij) toe.");
        for (std::size_t i = 0; i < p.citations.size(); ++i)
            reference(p.citations[i].source, source_ids_, "bron", origin,
                      "/sources/" + std::to_string(i) + "/source", who);
        if (p.illustrative && p.illustrative_note.empty())
            error(origin, "/illustrative",
                  who + " is gemarkeerd als illustratief maar zegt niet wat is toegevoegd; vul "
                        "\"illustrativeNote\" in.");
    }

    void check_role(const Role& r) {
        const std::string who = "Rol \"" + r.id + "\"";
        reference(r.organisation, organisation_ids_, "organisatie", r.origin, "/organisation", who);
        provenance(r.provenance, r.origin, who);
    }

    void check_flow(const CaseType& ct, const Step& step, const Flow& f) {
        const std::string who = "Stap \"" + step.id + "\", gegevensstroom \"" + f.id + "\"";
        reference(f.from, role_ids_, "rol", f.origin, "/from", who);
        references(f.to, role_ids_, "rol", f.origin, "/to", who);
        reference(f.channel, channel_ids_, "kanaal", f.origin, "/channel", who);
        references(f.data, data_ids_, "gegeven", f.origin, "/data", who);
        references(f.systems, system_ids_, "systeem", f.origin, "/systems", who);
        if (f.data.empty() && ct.always_shared.empty())
            error(f.origin, "/data",
                  who + " deelt geen gegevens; noem onder \"data\" welke gegevens gaan.");
        if (f.purposes.empty())
            error(f.origin, "/purposes",
                  who + " heeft geen doel; noem onder \"purposes\" waarvoor de gegevens gedeeld "
                        "worden.");
        for (const auto& to : f.to)
            if (to == f.from)
                error(f.origin, "/to", who + ": afzender en ontvanger zijn dezelfde rol.");
        provenance(f.provenance, f.origin, who);
    }

    void check_step(const CaseType& ct, const Step& s, const std::vector<std::string>& step_ids) {
        const std::string who = "Stap \"" + s.id + "\"";
        reference(s.actor, role_ids_, "rol", s.origin, "/actor", who);
        references(s.legal_bases, legal_basis_ids_, "grondslag", s.origin, "/legalBases", who);
        for (std::size_t i = 0; i < s.next.size(); ++i) {
            const std::string suffix = "/next/" + std::to_string(i);
            reference(s.next[i].step, step_ids, "vervolgstap", s.origin, suffix + "/step", who);
            if (s.next[i].step == s.id)
                error(s.origin, suffix, who + " verwijst naar zichzelf als vervolg.");
        }
        switch (s.kind) {
        case StepKind::task:
            if (s.next.empty())
                error(s.origin, "",
                      who + " heeft geen vervolg; voeg \"next\" toe of maak het een eindstap "
                            "(\"kind\": \"end\").");
            break;
        case StepKind::decision:
            if (s.question.empty())
                error(s.origin, "", who + " is een beslispunt zonder vraag; vul \"question\" in.");
            if (s.next.size() < 2)
                error(s.origin, "/next",
                      who + " is een beslispunt en heeft minstens twee uitkomsten nodig.");
            for (std::size_t i = 0; i < s.next.size(); ++i)
                if (s.next[i].label.empty())
                    error(s.origin, "/next/" + std::to_string(i),
                          who + ": uitkomst " + std::to_string(i + 1) +
                              " van het beslispunt heeft geen \"label\".");
            break;
        case StepKind::end:
            if (!s.next.empty())
                error(s.origin, "/next", who + " is een eindstap maar heeft toch een vervolg.");
            break;
        }
        for (const Flow& f : s.flows)
            check_flow(ct, s, f);
        provenance(s.provenance, s.origin, who);
    }

    void check_reachability(const CaseType& ct) {
        std::map<std::string, const Step*> by_id;
        for (const Step& s : ct.steps)
            by_id.emplace(s.id, &s);
        if (!by_id.count(ct.start)) return; // reported as an unknown reference

        std::set<std::string> reached{ct.start};
        std::vector<std::string> work{ct.start};
        while (!work.empty()) {
            const Step* s = by_id[work.back()];
            work.pop_back();
            for (const Transition& t : s->next)
                if (by_id.count(t.step) && reached.insert(t.step).second) work.push_back(t.step);
        }
        for (const Step& s : ct.steps)
            if (!reached.count(s.id))
                error(s.origin, "",
                      "Stap \"" + s.id + "\" is niet bereikbaar vanaf de start (\"" + ct.start +
                          "\"); geen enkele stap verwijst ernaar met \"next\".");

        // Every reachable step must lead to an end, or the process can get stuck.
        std::set<std::string> ending;
        for (const Step& s : ct.steps)
            if (s.kind == StepKind::end) ending.insert(s.id);
        for (bool grew = true; grew;) {
            grew = false;
            for (const Step& s : ct.steps) {
                if (ending.count(s.id)) continue;
                for (const Transition& t : s.next)
                    if (ending.count(t.step)) {
                        ending.insert(s.id);
                        grew = true;
                        break;
                    }
            }
        }
        for (const Step& s : ct.steps)
            if (reached.count(s.id) && !ending.count(s.id) && !s.next.empty())
                error(s.origin, "",
                      "Stap \"" + s.id +
                          "\" leidt nooit naar een eindstap; het proces loopt daar vast.");
    }

    void check_case_type(const CaseType& ct) {
        const std::string who = "Zaaktype \"" + ct.id + "\"";
        std::vector<std::string> step_ids;
        for (const Step& s : ct.steps)
            step_ids.push_back(s.id);
        reference(ct.start, step_ids, "startstap", ct.origin, "/start", who);
        references(ct.always_shared, data_ids_, "gegeven", ct.origin, "/alwaysShared", who);
        references(ct.legal_bases, legal_basis_ids_, "grondslag", ct.origin, "/legalBases", who);
        references(ct.principles, principle_ids_, "uitgangspunt", ct.origin, "/principles", who);
        provenance(ct.provenance, ct.origin, who);
        for (const Step& s : ct.steps)
            check_step(ct, s, step_ids);
        check_reachability(ct);
    }

    const Model& m_;
    const SourceMap& map_;
    bool incomplete_;
    Diagnostics out_;
    std::vector<std::string> source_ids_, organisation_ids_, role_ids_, system_ids_, channel_ids_,
        data_ids_, legal_basis_ids_, principle_ids_;
};

} // namespace

Diagnostics validate(const Model& model, const SourceMap& source_map, bool some_files_unreadable) {
    return Checker(model, source_map, some_files_unreadable).run();
}

} // namespace pw
