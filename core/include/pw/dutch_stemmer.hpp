// Dutch stemming with Snowball's "dutch" algorithm (the one libstemmer ships):
// "verlenging" and "verlengen" both become "verleng", "kinderen" "kinder".
// The C code is generated from Debian's snowball 2.2.0 sources by
// tools/deps.sh; see core/README.md for why it is compiled in, not looked up.
#pragma once

#include <string>
#include <string_view>

struct SN_env;

namespace pw {

class DutchStemmer {
  public:
    DutchStemmer();
    ~DutchStemmer();
    DutchStemmer(const DutchStemmer&) = delete;
    DutchStemmer& operator=(const DutchStemmer&) = delete;

    // The stem of one lower-case word (folded text: no capitals, no accents).
    std::string stem(std::string_view word);

  private:
    SN_env* env_;
};

} // namespace pw
