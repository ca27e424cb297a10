#include "pw/dutch_stemmer.hpp"

#include <climits>

extern "C" {
#include "runtime/header.h"
#include "src_c/stem_UTF_8_dutch.h"
}

namespace pw {

DutchStemmer::DutchStemmer() : env_(dutch_UTF_8_create_env()) {}

DutchStemmer::~DutchStemmer() {
    dutch_UTF_8_close_env(env_);
}

std::string DutchStemmer::stem(std::string_view word) {
    // Out of memory in the stemmer, or a word no one types: keep it as it is.
    if (!env_ || word.empty() || word.size() > INT_MAX / 4) return std::string(word);
    if (SN_set_current(env_, static_cast<int>(word.size()),
                       reinterpret_cast<const symbol*>(word.data())) != 0 ||
        dutch_UTF_8_stem(env_) < 0)
        return std::string(word);
    return std::string(reinterpret_cast<const char*>(env_->p), static_cast<std::size_t>(env_->l));
}

} // namespace pw
