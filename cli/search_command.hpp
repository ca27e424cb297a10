// protocolwijzer search: the app's ranking on the command line, with the
// reasons a hit ranks (scores, fields matched, the question's shape) so
// content authors can see why something comes first.
#pragma once

#include "pw/model.hpp"

#include <cstddef>
#include <string>

int run_search_command(const pw::Model& model, const std::string& query, bool as_json,
                       std::size_t limit);
