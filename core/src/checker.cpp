#include "checker.hpp"

#include "pw/text.hpp"

#include <algorithm>

namespace pw::detail {
namespace {

template <class T> std::vector<std::string> ids_of(const std::vector<T>& items) {
    std::vector<std::string> ids;
    for (const T& item : items)
        ids.push_back(item.id);
    return ids;
}

} // namespace

Checker::Checker(const Model& model, const SourceMap& map, bool incomplete)
    : source_ids(ids_of(model.sources)), organisation_ids(ids_of(model.organisations)),
      role_ids(ids_of(model.roles)), system_ids(ids_of(model.systems)),
      channel_ids(ids_of(model.channels)), data_ids(ids_of(model.data_items)),
      legal_basis_ids(ids_of(model.legal_bases)), principle_ids(ids_of(model.principles)),
      case_type_ids(ids_of(model.case_types)), card_ids(ids_of(model.cards)), m_(model), map_(map), incomplete_(incomplete) {}

void Checker::error(const Origin& origin, const std::string& suffix, std::string message) {
    out_.push_back({Severity::error, map_.path_of(origin), origin.pointer + suffix,
                    map_.line_of(origin, suffix), std::move(message)});
}

void Checker::reference(const std::string& id, const std::vector<std::string>& ids,
                        const char* noun, const Origin& origin, const std::string& suffix,
                        const std::string& who) {
    if (id.empty() || std::find(ids.begin(), ids.end(), id) != ids.end()) return;
    if (incomplete_ && ids.empty()) return;
    std::string message = who + ": " + noun + " \"" + id + "\" bestaat niet";
    if (auto guess = nearest_match(id, ids))
        message += "; bedoelde je \"" + *guess + "\"?";
    else
        message += ".";
    error(origin, suffix, std::move(message));
}

void Checker::references(const std::vector<std::string>& list, const std::vector<std::string>& ids,
                         const char* noun, const Origin& origin, const std::string& suffix,
                         const std::string& who) {
    for (std::size_t i = 0; i < list.size(); ++i)
        reference(list[i], ids, noun, origin, suffix + "/" + std::to_string(i), who);
}

void Checker::provenance(const Provenance& p, const Origin& origin, const std::string& who) {
    if (p.citations.empty())
        error(origin, "",
              who + " noemt geen bron; voeg onder \"sources\" het brondocument en de plek (sectie, "
                    "rij) toe.");
    citations_and_flag(p, origin, who);
}

void Checker::source_or_flag(const Provenance& p, const Origin& origin, const std::string& who) {
    if (p.citations.empty() && !p.illustrative)
        error(origin, "",
              who + " noemt geen bron en is niet als illustratief gemarkeerd; voeg onder "
                    "\"sources\" het brondocument, de plek en een letterlijk citaat toe, of zet "
                    "\"illustrative\": true met in \"illustrativeNote\" wat is aangenomen.");
    citations_and_flag(p, origin, who);
}

void Checker::citations_and_flag(const Provenance& p, const Origin& origin,
                                 const std::string& who) {
    for (std::size_t i = 0; i < p.citations.size(); ++i)
        reference(p.citations[i].source, source_ids, "bron", origin,
                  "/sources/" + std::to_string(i) + "/source", who);
    if (p.illustrative && p.illustrative_note.empty())
        error(origin, "/illustrative",
              who + " is gemarkeerd als illustratief maar zegt niet wat is toegevoegd; vul "
                    "\"illustrativeNote\" in.");
}

} // namespace pw::detail
