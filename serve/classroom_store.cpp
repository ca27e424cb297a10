#include "classroom_store.hpp"

#include <sqlite3.h>

#include <chrono>
#include <random>

namespace pw::serve {
namespace {

// A prepared statement that finalizes itself.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    bool ok() const { return stmt_ != nullptr; }
    Statement& bind(int i, const std::string& v) {
        sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind(int i, long long v) {
        sqlite3_bind_int64(stmt_, i, v);
        return *this;
    }
    int step() { return stmt_ ? sqlite3_step(stmt_) : SQLITE_ERROR; }
    std::string text(int column) const {
        const unsigned char* t = sqlite3_column_text(stmt_, column);
        return t ? std::string(reinterpret_cast<const char*>(t)) : std::string();
    }
    long long integer(int column) const { return sqlite3_column_int64(stmt_, column); }

  private:
    sqlite3_stmt* stmt_ = nullptr;
};

long long now_seconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
}

constexpr const char* kSchema = R"sql(
PRAGMA journal_mode=WAL;
PRAGMA synchronous=FULL;
PRAGMA foreign_keys=ON;
CREATE TABLE IF NOT EXISTS sessions(
  code TEXT PRIMARY KEY,
  trainer_key TEXT NOT NULL,
  scenario TEXT NOT NULL,
  decision TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS trainees(
  token TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES sessions(code),
  nickname TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  UNIQUE(session, nickname));
CREATE TABLE IF NOT EXISTS answers(
  session TEXT NOT NULL REFERENCES sessions(code),
  token TEXT NOT NULL REFERENCES trainees(token),
  decision TEXT NOT NULL,
  answer TEXT NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY(session, token, decision));
)sql";

} // namespace

std::string random_code(std::size_t length) {
    static constexpr char kAlphabet[] = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    std::random_device rd;
    std::uniform_int_distribution<std::size_t> pick(0, sizeof kAlphabet - 2);
    std::string out;
    for (std::size_t i = 0; i < length; ++i)
        out += kAlphabet[pick(rd)];
    return out;
}

std::string random_hex(std::size_t bytes) {
    static constexpr char kHex[] = "0123456789abcdef";
    std::random_device rd;
    std::string out;
    for (std::size_t i = 0; i < bytes; ++i) {
        const unsigned v = rd() & 0xFFu;
        out += kHex[v >> 4];
        out += kHex[v & 15u];
    }
    return out;
}

bool same_secret(const std::string& a, const std::string& b) {
    unsigned diff = a.size() == b.size() ? 0u : 1u;
    for (std::size_t i = 0; i < a.size(); ++i)
        diff |=
            static_cast<unsigned char>(a[i]) ^ static_cast<unsigned char>(i < b.size() ? b[i] : 0);
    return diff == 0;
}

std::unique_ptr<ClassroomStore> ClassroomStore::open(const std::string& path, std::string& error) {
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        nullptr) != SQLITE_OK) {
        error = db ? sqlite3_errmsg(db) : "onbekende fout";
        sqlite3_close(db);
        return nullptr;
    }
    sqlite3_busy_timeout(db, 5000);
    char* message = nullptr;
    if (sqlite3_exec(db, kSchema, nullptr, nullptr, &message) != SQLITE_OK) {
        error = message ? message : "schema";
        sqlite3_free(message);
        sqlite3_close(db);
        return nullptr;
    }
    return std::unique_ptr<ClassroomStore>(new ClassroomStore(db));
}

ClassroomStore::~ClassroomStore() {
    sqlite3_close(db_);
}

std::optional<ClassroomSession> ClassroomStore::create_session(const std::string& scenario) {
    std::lock_guard lock(mutex_);
    for (int attempt = 0; attempt < 20; ++attempt) {
        ClassroomSession s{random_code(6), random_hex(16), scenario, {}};
        Statement insert(
            db_, "INSERT INTO sessions(code, trainer_key, scenario, created_at) VALUES(?,?,?,?)");
        insert.bind(1, s.code).bind(2, s.trainer_key).bind(3, s.scenario).bind(4, now_seconds());
        if (insert.step() == SQLITE_DONE) return s;
    }
    return std::nullopt;
}

std::optional<ClassroomSession> ClassroomStore::find_session(const std::string& code) {
    std::lock_guard lock(mutex_);
    Statement q(db_, "SELECT code, trainer_key, scenario, decision FROM sessions WHERE code = ?");
    q.bind(1, code);
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return ClassroomSession{q.text(0), q.text(1), q.text(2), q.text(3)};
}

JoinResult ClassroomStore::join(const std::string& code, const std::string& nickname,
                                std::string& token) {
    std::lock_guard lock(mutex_);
    Statement exists(db_, "SELECT COUNT(*) FROM sessions WHERE code = ?");
    exists.bind(1, code);
    if (exists.step() != SQLITE_ROW || exists.integer(0) == 0) return JoinResult::no_session;
    Statement taken(db_, "SELECT COUNT(*), SUM(nickname = ?) FROM trainees WHERE session = ?");
    taken.bind(1, nickname).bind(2, code);
    if (taken.step() == SQLITE_ROW) {
        if (taken.integer(1) > 0) return JoinResult::nickname_taken;
        if (taken.integer(0) >= kMaxTrainees) return JoinResult::session_full;
    }
    token = random_hex(16);
    Statement insert(db_,
                     "INSERT INTO trainees(token, session, nickname, joined_at) VALUES(?,?,?,?)");
    insert.bind(1, token).bind(2, code).bind(3, nickname).bind(4, now_seconds());
    return insert.step() == SQLITE_DONE ? JoinResult::joined : JoinResult::nickname_taken;
}

std::optional<std::string> ClassroomStore::session_of(const std::string& token) {
    std::lock_guard lock(mutex_);
    Statement q(db_, "SELECT session FROM trainees WHERE token = ?");
    q.bind(1, token);
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return q.text(0);
}

bool ClassroomStore::store_answer(const std::string& code, const std::string& token,
                                  const std::string& decision, const ScenarioAnswer& answer) {
    std::lock_guard lock(mutex_);
    Statement upsert(
        db_, "INSERT INTO answers(session, token, decision, answer, answered_at) VALUES(?,?,?,?,?) "
             "ON CONFLICT(session, token, decision) DO UPDATE SET answer = excluded.answer, "
             "answered_at = excluded.answered_at");
    upsert.bind(1, code)
        .bind(2, token)
        .bind(3, decision)
        .bind(4, answer_to_json(answer).dump())
        .bind(5, now_seconds());
    return upsert.step() == SQLITE_DONE;
}

bool ClassroomStore::set_decision(const std::string& code, const std::string& decision) {
    std::lock_guard lock(mutex_);
    Statement update(db_, "UPDATE sessions SET decision = ? WHERE code = ?");
    update.bind(1, decision).bind(2, code);
    return update.step() == SQLITE_DONE && sqlite3_changes(db_) == 1;
}

int ClassroomStore::trainee_count(const std::string& code) {
    std::lock_guard lock(mutex_);
    Statement q(db_, "SELECT COUNT(*) FROM trainees WHERE session = ?");
    q.bind(1, code);
    return q.step() == SQLITE_ROW ? static_cast<int>(q.integer(0)) : 0;
}

std::vector<SubmittedAnswer> ClassroomStore::answers(const std::string& code) {
    std::lock_guard lock(mutex_);
    std::vector<SubmittedAnswer> out;
    Statement q(db_, "SELECT decision, answer FROM answers WHERE session = ? ORDER BY answered_at");
    q.bind(1, code);
    while (q.step() == SQLITE_ROW) {
        const nlohmann::json value = nlohmann::json::parse(q.text(1), nullptr, false);
        RequestError error;
        if (auto a = answer_from_json(value, error)) out.push_back({q.text(0), std::move(*a)});
    }
    return out;
}

} // namespace pw::serve
