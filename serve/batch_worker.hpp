// One thread that runs jobs in batches, each batch in one database
// transaction: whatever arrived while the last commit was on its way to disk
// is committed together (group commit). A job's completion runs only after
// its batch is durable, so an acknowledgement never precedes the fsync, and
// a hundred trainees answering at once cost a few fsyncs, not a hundred.
#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace pw::serve {

class BatchWorker {
  public:
    using Job = std::function<void()>;
    using Completion = std::function<void(bool committed)>;

    // `begin` and `commit` frame each batch (commit returns whether it is on disk);
    // `idle` runs every `idle_seconds` between batches (maintenance).
    BatchWorker(std::function<void()> begin, std::function<bool()> commit,
                std::function<void()> idle, double idle_seconds);
    ~BatchWorker(); // runs what is queued, then stops
    BatchWorker(const BatchWorker&) = delete;
    BatchWorker& operator=(const BatchWorker&) = delete;

    void post(Job job, Completion done);

  private:
    void loop();

    std::function<void()> begin_;
    std::function<bool()> commit_;
    std::function<void()> idle_;
    double idle_seconds_;
    std::mutex mutex_;
    std::condition_variable wake_;
    std::deque<std::pair<Job, Completion>> queue_;
    bool stopping_ = false;
    std::thread thread_;
};

} // namespace pw::serve
