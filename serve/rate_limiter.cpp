#include "rate_limiter.hpp"

#include <algorithm>

namespace pw::serve {

RateLimiter::Bucket& RateLimiter::bucket(const std::string& client, double now) {
    auto it = buckets_.find(client);
    if (it == buckets_.end()) {
        // Memory stays bounded however many addresses a client makes up: clients
        // whose bucket has filled up again are the same as new ones.
        if (buckets_.size() >= max_clients_) forget_full(now);
        it = buckets_.emplace(client, Bucket{rule_.capacity, now}).first;
    }
    Bucket& b = it->second;
    b.tokens = std::min(rule_.capacity, b.tokens + (now - b.at) / rule_.refill_seconds);
    b.at = now;
    return b;
}

void RateLimiter::forget_full(double now) {
    for (auto it = buckets_.begin(); it != buckets_.end();) {
        const double tokens = it->second.tokens + (now - it->second.at) / rule_.refill_seconds;
        it = tokens >= rule_.capacity ? buckets_.erase(it) : std::next(it);
    }
    // Still full of active clients: the oldest state goes (they get a fresh bucket).
    if (buckets_.size() >= max_clients_) buckets_.clear();
}

bool RateLimiter::allow(const std::string& client, double now, bool take) {
    Bucket& b = bucket(client, now);
    if (b.tokens < 1.0) return false;
    if (take) b.tokens -= 1.0;
    return true;
}

void RateLimiter::charge(const std::string& client, double now) {
    Bucket& b = bucket(client, now);
    b.tokens = std::max(0.0, b.tokens - 1.0);
}

double RateLimiter::wait_seconds(const std::string& client, double now) const {
    auto it = buckets_.find(client);
    if (it == buckets_.end()) return 0;
    const double tokens = it->second.tokens + (now - it->second.at) / rule_.refill_seconds;
    return tokens >= 1.0 ? 0 : (1.0 - tokens) * rule_.refill_seconds;
}

} // namespace pw::serve
