// Classroom sessions on disk (SQLite, WAL, synchronous=FULL). The file is
// created 0600 and holds no secret in the clear: trainer keys and trainee
// tokens are stored as their SHA-256. Sessions close when the trainer ends
// them or kSessionLifetime after they started, and are deleted with their
// nicknames and answers kRetention after that. Not thread-safe: the classroom
// API uses it from one worker thread, in batched transactions (begin/commit).
#pragma once

#include "nickname.hpp"

#include "pw/classroom.hpp"

#include <memory>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;

namespace pw::serve {

struct ClassroomSession {
    std::string code; // what trainees type to join ("K7P2QX")
    std::string key_hash;
    std::string scenario;
    std::string decision; // the decision the trainer has the group on, or empty
    // The exercise the trainer published with the session (draft_to_json), or
    // empty when it plays a shipped one: the session keeps its own copy.
    std::string exercise;
    long long created_at = 0, expires_at = 0, closed_at = 0; // seconds; closed_at 0: not closed
    bool open_at(long long now) const { return closed_at == 0 && now < expires_at; }
};

struct Participant {
    std::string nickname;
    int answers = 0;
};

enum class JoinResult { joined, nickname_taken, session_full, no_session, closed };

class ClassroomStore {
  public:
    static constexpr int kMaxTrainees = 200;
    static constexpr long long kSessionLifetime = 12 * 3600;
    static constexpr long long kRetention = 24 * 3600;

    // Opens (creating 0600 if needed, upgrading an older file) the database at `path`.
    static std::unique_ptr<ClassroomStore> open(const std::string& path, std::string& error);
    ~ClassroomStore();
    ClassroomStore(const ClassroomStore&) = delete;
    ClassroomStore& operator=(const ClassroomStore&) = delete;

    void begin();
    bool commit(); // true once the transaction is on disk

    // A new session; `trainer_key` receives the key (only its hash is kept).
    // `exercise`: the published exercise's text, empty for a shipped one.
    std::optional<ClassroomSession> create_session(const std::string& scenario, long long now,
                                                   std::string& trainer_key,
                                                   const std::string& exercise = {});
    std::optional<ClassroomSession> find_session(const std::string& code);
    JoinResult join(const ClassroomSession& session, const Nickname& nickname, long long now,
                    std::string& token);
    // The session a trainee token belongs to, if any.
    std::optional<std::string> session_of(const std::string& token);
    // Stores (or replaces) a trainee's answer at one decision.
    bool store_answer(const std::string& code, const std::string& token,
                      const std::string& decision, const ScenarioAnswer& answer, long long now);
    bool set_decision(const std::string& code, const std::string& decision);
    bool close_session(const std::string& code, long long now);
    // Removes a trainee (by nickname key) and their answers; the nickname removed, if any.
    std::optional<std::string> remove_trainee(const std::string& code,
                                              const std::string& nickname_key);
    int trainee_count(const std::string& code);
    std::vector<Participant> participants(const std::string& code);
    std::vector<SubmittedAnswer> answers(const std::string& code);
    // Deletes sessions closed or expired more than kRetention before `now`; how many.
    int purge(long long now);

  private:
    explicit ClassroomStore(sqlite3* db) : db_(db) {}
    bool exec(const char* sql);
    bool add_missing_exercise_column();
    sqlite3* db_;
};

} // namespace pw::serve
