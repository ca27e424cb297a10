// Classroom sessions on disk (SQLite, WAL, synchronous=FULL): an answer is
// acknowledged only after it is committed, so a server crash or restart never
// loses one. One connection behind a mutex; requests are short.
#pragma once

#include "pw/classroom.hpp"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace pw::serve {

struct ClassroomSession {
    std::string code;        // what trainees type to join ("K7P2QX")
    std::string trainer_key; // what only the trainer's app holds
    std::string scenario;
    std::string decision; // the decision the trainer has the group on, or empty
};

enum class JoinResult { joined, nickname_taken, session_full, no_session };

class ClassroomStore {
  public:
    static constexpr int kMaxTrainees = 200;

    // Opens (creating if needed) the database at `path`; nullptr and `error` on failure.
    static std::unique_ptr<ClassroomStore> open(const std::string& path, std::string& error);
    ~ClassroomStore();
    ClassroomStore(const ClassroomStore&) = delete;
    ClassroomStore& operator=(const ClassroomStore&) = delete;

    std::optional<ClassroomSession> create_session(const std::string& scenario);
    std::optional<ClassroomSession> find_session(const std::string& code);
    JoinResult join(const std::string& code, const std::string& nickname, std::string& token);
    // The session a trainee token belongs to, if any.
    std::optional<std::string> session_of(const std::string& token);
    // Stores (or replaces) a trainee's answer at one decision.
    bool store_answer(const std::string& code, const std::string& token,
                      const std::string& decision, const ScenarioAnswer& answer);
    bool set_decision(const std::string& code, const std::string& decision);
    int trainee_count(const std::string& code);
    std::vector<SubmittedAnswer> answers(const std::string& code);

  private:
    explicit ClassroomStore(sqlite3* db) : db_(db) {}
    sqlite3* db_;
    std::mutex mutex_;
};

// Random text from an alphabet without look-alikes (no 0/O, 1/I/L).
std::string random_code(std::size_t length);
std::string random_hex(std::size_t bytes);
// Comparison whose time does not depend on where the strings differ.
bool same_secret(const std::string& a, const std::string& b);

} // namespace pw::serve
