// Turning the model into search documents, one per place a user may want:
// process steps and flows (search_documents.cpp), and everything that is not
// a step (search_documents_reference.cpp). Internal to the search engine.
#pragma once

#include "pw/model.hpp"
#include "pw/search.hpp"

#include <string_view>
#include <vector>

namespace pw::detail {

std::vector<SearchDocument> search_documents(const Model& model);

// Steps, flows, worked examples and exercises of every case type.
void add_process_documents(const Model& model, std::vector<SearchDocument>& out);
// Roles, organisations, who decides what, contact points, data, systems,
// channels, glossary, cards, legal bases and principles.
void add_reference_documents(const Model& model, std::vector<SearchDocument>& out);

// Builds one document field by field.
class DocumentBuilder {
  public:
    DocumentBuilder(SearchKind kind, std::string id, std::string title, std::string context,
                    Route route);
    // Appends text to a field; body text becomes sentences ("Wie: X.").
    DocumentBuilder& add(SearchField field, std::string_view text);
    // The names of a role and its organisation, in the people field.
    DocumentBuilder& role(const Model& m, std::string_view role_id);
    DocumentBuilder& organisation(const Model& m, std::string_view organisation_id);
    SearchDocument& document() { return d_; }
    SearchDocument take() { return std::move(d_); }

  private:
    SearchDocument d_;
};

Route simple_route(Route::Kind kind, const std::string& id);

} // namespace pw::detail
