#include "pw/lookup.hpp"

namespace pw {

bool route_exists(const Model& m, const Route& r) {
    switch (r.kind) {
    case Route::Kind::home:
    case Route::Kind::search:
    case Route::Kind::training:
    case Route::Kind::changes:
    case Route::Kind::editor: // an exercise of this browser: the editor says when it is gone
        return true;
    case Route::Kind::assistant:
        return !m.assistant.questions.empty();
    case Route::Kind::scenario:
    case Route::Kind::trainer:
        return find_by_id(m.scenarios, r.id) != nullptr;
    case Route::Kind::case_type:
        return find_case_type(m, r.case_type) != nullptr;
    case Route::Kind::step: {
        const CaseType* ct = find_case_type(m, r.case_type);
        return ct && find_step(*ct, r.step);
    }
    case Route::Kind::example: {
        const CaseType* ct = find_case_type(m, r.case_type);
        return ct && find_by_id(ct->examples, r.id);
    }
    case Route::Kind::role:
        return find_role(m, r.id) != nullptr;
    case Route::Kind::organisation:
        return find_organisation(m, r.id) != nullptr;
    case Route::Kind::term:
        return find_by_id(m.glossary, r.id) != nullptr;
    case Route::Kind::data_item:
        return find_by_id(m.data_items, r.id) != nullptr;
    case Route::Kind::system:
        return find_by_id(m.systems, r.id) != nullptr;
    case Route::Kind::channel:
        return find_by_id(m.channels, r.id) != nullptr;
    case Route::Kind::card:
        return find_by_id(m.cards, r.id) != nullptr;
    case Route::Kind::rule:
        return find_by_id(m.legal_bases, r.id) || find_by_id(m.principles, r.id);
    }
    return false;
}

} // namespace pw
