// Token buckets per client and kind of request: a client may do a burst of
// `capacity` and then one more every `refill_seconds`. Used by the classroom
// API on its one worker thread (not thread-safe by design).
#pragma once

#include <cstddef>
#include <string>
#include <unordered_map>

namespace pw::serve {

struct RateRule {
    double capacity;
    double refill_seconds;
};

class RateLimiter {
  public:
    explicit RateLimiter(RateRule rule, std::size_t max_clients = 10000)
        : rule_(rule), max_clients_(max_clients) {}

    // Whether `client` has a token at `now` (seconds); takes it if `take`.
    bool allow(const std::string& client, double now, bool take = true);
    // Takes a token without asking (a failed guess counts after the fact).
    void charge(const std::string& client, double now);
    // Seconds until `client` has a token again (0 if it has one).
    double wait_seconds(const std::string& client, double now) const;

  private:
    struct Bucket {
        double tokens;
        double at;
    };
    Bucket& bucket(const std::string& client, double now);
    void forget_full(double now);

    RateRule rule_;
    std::size_t max_clients_;
    std::unordered_map<std::string, Bucket> buckets_;
};

} // namespace pw::serve
