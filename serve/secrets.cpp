#include "secrets.hpp"

#include <nettle/memops.h>
#include <nettle/sha2.h>

#include <random>

namespace pw::serve {

std::string random_code(std::size_t length) {
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::random_device rd; // getrandom(2) on Linux
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string out;
    for (std::size_t i = 0; i < length; ++i)
        out += kAlphabet[pick(rd)];
    return out;
}

namespace {

std::string to_hex(const unsigned char* bytes, std::size_t n) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (std::size_t i = 0; i < n; ++i) {
        out += kHex[bytes[i] >> 4];
        out += kHex[bytes[i] & 15u];
    }
    return out;
}

} // namespace

std::string random_hex(std::size_t bytes) {
    std::random_device rd;
    std::string raw(bytes, '\0');
    for (char& c : raw)
        c = static_cast<char>(rd() & 0xFFu);
    return to_hex(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

std::string hash_secret(std::string_view secret) {
    sha256_ctx ctx;
    sha256_init(&ctx);
    sha256_update(&ctx, secret.size(), reinterpret_cast<const std::uint8_t*>(secret.data()));
    unsigned char digest[SHA256_DIGEST_SIZE];
    sha256_digest(&ctx, sizeof digest, digest);
    return to_hex(digest, sizeof digest);
}

bool same_secret(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    return memeql_sec(a.data(), b.data(), a.size()) != 0;
}

} // namespace pw::serve
