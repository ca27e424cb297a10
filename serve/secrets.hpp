// Secrets of a classroom session: random class codes, trainer keys and
// trainee tokens, and their SHA-256 (Nettle) — the database keeps only the
// hash of a key or token, so a copy of the file lets nobody act as a trainer.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace pw::serve {

// Random text from an alphabet without look-alikes (no 0/O, 1/I/L).
std::string random_code(std::size_t length);
// `bytes` random bytes as lower-case hex.
std::string random_hex(std::size_t bytes);
// SHA-256 of `secret` as lower-case hex. Keys and tokens carry 128 random
// bits, so a plain hash (no salt, no stretching) cannot be reversed by guessing.
std::string hash_secret(std::string_view secret);
// Comparison whose time does not depend on where the strings differ.
bool same_secret(std::string_view a, std::string_view b);

} // namespace pw::serve
