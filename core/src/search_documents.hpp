// Turning the model into search documents. Internal to the search engine.
#pragma once

#include "pw/model.hpp"
#include "pw/search.hpp"

#include <vector>

namespace pw::detail {

std::vector<SearchDocument> search_documents(const Model& model);

} // namespace pw::detail
