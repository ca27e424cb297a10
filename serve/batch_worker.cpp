#include "batch_worker.hpp"

#include <chrono>
#include <vector>

namespace pw::serve {

BatchWorker::BatchWorker(std::function<void()> begin, std::function<bool()> commit,
                         std::function<void()> idle, double idle_seconds)
    : begin_(std::move(begin)), commit_(std::move(commit)), idle_(std::move(idle)),
      idle_seconds_(idle_seconds), thread_([this] { loop(); }) {}

BatchWorker::~BatchWorker() {
    {
        std::lock_guard lock(mutex_);
        stopping_ = true;
    }
    wake_.notify_one();
    thread_.join();
}

void BatchWorker::post(Job job, Completion done) {
    {
        std::lock_guard lock(mutex_);
        queue_.emplace_back(std::move(job), std::move(done));
    }
    wake_.notify_one();
}

void BatchWorker::loop() {
    using clock = std::chrono::steady_clock;
    const auto period =
        std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(idle_seconds_));
    auto next_idle = clock::now();
    for (;;) {
        std::vector<std::pair<Job, Completion>> batch;
        {
            std::unique_lock lock(mutex_);
            wake_.wait_until(lock, next_idle, [this] { return stopping_ || !queue_.empty(); });
            batch.assign(std::make_move_iterator(queue_.begin()),
                         std::make_move_iterator(queue_.end()));
            queue_.clear();
            if (batch.empty() && stopping_) return;
        }
        if (clock::now() >= next_idle) {
            if (idle_) idle_();
            next_idle = clock::now() + period;
        }
        if (batch.empty()) continue;
        begin_();
        for (auto& [job, done] : batch) {
            try {
                job();
            } catch (...) {
                // A job reports its own failures; one that throws loses only itself.
            }
        }
        const bool committed = commit_();
        for (auto& [job, done] : batch)
            if (done) done(committed);
    }
}

} // namespace pw::serve
