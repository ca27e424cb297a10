#include "classroom_store.hpp"

#include "secrets.hpp"

#include <sqlite3.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pw::serve {
namespace {

// A prepared statement that finalizes itself.
class Statement {
  public:
    Statement(sqlite3* db, const char* sql) { sqlite3_prepare_v2(db, sql, -1, &stmt_, nullptr); }
    ~Statement() { sqlite3_finalize(stmt_); }
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement& bind(int i, const std::string& v) {
        sqlite3_bind_text(stmt_, i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
        return *this;
    }
    Statement& bind_null(int i) {
        sqlite3_bind_null(stmt_, i);
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

constexpr int kSchemaVersion = 3;

constexpr const char* kSchema = R"sql(
CREATE TABLE IF NOT EXISTS sessions(
  code TEXT PRIMARY KEY,
  key_hash TEXT NOT NULL,
  scenario TEXT NOT NULL,
  decision TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  closed_at INTEGER,
  exercise TEXT);
CREATE TABLE IF NOT EXISTS trainees(
  token_hash TEXT PRIMARY KEY,
  session TEXT NOT NULL REFERENCES sessions(code),
  nickname TEXT NOT NULL,
  nickname_key TEXT NOT NULL,
  joined_at INTEGER NOT NULL,
  UNIQUE(session, nickname_key));
CREATE TABLE IF NOT EXISTS answers(
  session TEXT NOT NULL REFERENCES sessions(code),
  token_hash TEXT NOT NULL REFERENCES trainees(token_hash),
  decision TEXT NOT NULL,
  answer TEXT NOT NULL,
  answered_at INTEGER NOT NULL,
  PRIMARY KEY(session, token_hash, decision));
)sql";

// Version 1 (before hashing) kept keys and tokens in the clear: they are
// replaced by their hashes in place, so running sessions survive the upgrade.
constexpr const char* kUpgradeFrom1 = R"sql(
ALTER TABLE sessions RENAME COLUMN trainer_key TO key_hash;
UPDATE sessions SET key_hash = pw_sha256(key_hash);
ALTER TABLE sessions ADD COLUMN expires_at INTEGER NOT NULL DEFAULT 0;
UPDATE sessions SET expires_at = created_at + %LIFETIME%;
ALTER TABLE sessions ADD COLUMN closed_at INTEGER;
ALTER TABLE trainees RENAME COLUMN token TO token_hash;
ALTER TABLE answers RENAME COLUMN token TO token_hash;
UPDATE trainees SET token_hash = pw_sha256(token_hash);
UPDATE answers SET token_hash = pw_sha256(token_hash);
ALTER TABLE trainees ADD COLUMN nickname_key TEXT NOT NULL DEFAULT '';
UPDATE trainees SET nickname_key = nickname;
CREATE UNIQUE INDEX trainees_nickname_key ON trainees(session, nickname_key);
)sql";

// Version 2 had no published exercises: every session played a shipped one,
// which is what an empty column means.
constexpr const char* kUpgradeFrom2 = "ALTER TABLE sessions ADD COLUMN exercise TEXT;";

void sha256_function(sqlite3_context* context, int, sqlite3_value** args) {
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    const std::string hash = hash_secret(
        text ? std::string_view(text, static_cast<std::size_t>(sqlite3_value_bytes(args[0])))
             : std::string_view());
    sqlite3_result_text(context, hash.c_str(), static_cast<int>(hash.size()), SQLITE_TRANSIENT);
}

// The database and its WAL hold nicknames and answers: readable by the server's
// user only. SQLite gives the -wal and -shm files the database file's mode.
bool make_private(const std::string& path, std::string& error) {
    const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 || ::fchmod(fd, 0600) != 0) {
        error = "kan de rechten van het bestand niet op 0600 zetten";
        if (fd >= 0) ::close(fd);
        return false;
    }
    ::close(fd);
    for (const char* suffix : {"-wal", "-shm"})
        ::chmod((path + suffix).c_str(), 0600); // may not exist yet
    return true;
}

} // namespace

bool ClassroomStore::exec(const char* sql) {
    return sqlite3_exec(db_, sql, nullptr, nullptr, nullptr) == SQLITE_OK;
}

std::unique_ptr<ClassroomStore> ClassroomStore::open(const std::string& path, std::string& error) {
    if (!make_private(path, error)) return nullptr;
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, nullptr) !=
        SQLITE_OK) {
        error = db ? sqlite3_errmsg(db) : "onbekende fout";
        sqlite3_close(db);
        return nullptr;
    }
    std::unique_ptr<ClassroomStore> store(new ClassroomStore(db));
    sqlite3_busy_timeout(db, 5000);
    sqlite3_create_function(db, "pw_sha256", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC, nullptr,
                            sha256_function, nullptr, nullptr);
    bool version_1 = false;
    { // statements finished before the journal mode changes
        Statement version(db, "PRAGMA user_version");
        const long long found = version.step() == SQLITE_ROW ? version.integer(0) : 0;
        Statement old(db, "SELECT 1 FROM pragma_table_info('sessions') WHERE name = 'trainer_key'");
        version_1 = found == 0 && old.step() == SQLITE_ROW;
    }
    std::string upgrade = kUpgradeFrom1;
    upgrade.replace(upgrade.find("%LIFETIME%"), 10, std::to_string(kSessionLifetime));
    const bool ok =
        store->exec("PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;") &&
        store->exec("BEGIN IMMEDIATE") && (!version_1 || store->exec(upgrade.c_str())) &&
        store->exec(kSchema) && store->add_missing_exercise_column() &&
        store->exec(("PRAGMA user_version=" + std::to_string(kSchemaVersion)).c_str()) &&
        store->exec("COMMIT") && store->exec("PRAGMA foreign_keys=ON");
    if (!ok) {
        error = sqlite3_errmsg(db);
        return nullptr;
    }
    std::string ignored;
    make_private(path, ignored); // the WAL now exists
    return store;
}

// Checked by the column, not the version number: a file of version 1 upgraded
// above lacks it too, and CREATE TABLE IF NOT EXISTS leaves an old table as it is.
bool ClassroomStore::add_missing_exercise_column() {
    bool present = false;
    {
        Statement column(db_,
                         "SELECT 1 FROM pragma_table_info('sessions') WHERE name = 'exercise'");
        present = column.step() == SQLITE_ROW;
    }
    return present || exec(kUpgradeFrom2);
}

ClassroomStore::~ClassroomStore() {
    sqlite3_close(db_);
}

void ClassroomStore::begin() {
    exec("BEGIN IMMEDIATE");
}

bool ClassroomStore::commit() {
    return exec("COMMIT");
}

std::optional<ClassroomSession> ClassroomStore::create_session(const std::string& scenario,
                                                               long long now,
                                                               std::string& trainer_key,
                                                               const std::string& exercise) {
    for (int attempt = 0; attempt < 20; ++attempt) {
        trainer_key = random_hex(16);
        ClassroomSession s{random_code(6),
                           hash_secret(trainer_key),
                           scenario,
                           {},
                           exercise,
                           now,
                           now + kSessionLifetime,
                           0};
        Statement insert(db_, "INSERT INTO sessions(code, key_hash, scenario, created_at, "
                              "expires_at, exercise) VALUES(?,?,?,?,?,?)");
        insert.bind(1, s.code)
            .bind(2, s.key_hash)
            .bind(3, s.scenario)
            .bind(4, now)
            .bind(5, s.expires_at);
        if (exercise.empty())
            insert.bind_null(6);
        else
            insert.bind(6, exercise);
        if (insert.step() == SQLITE_DONE) return s;
    }
    return std::nullopt;
}

std::optional<ClassroomSession> ClassroomStore::find_session(const std::string& code) {
    Statement q(db_, "SELECT code, key_hash, scenario, decision, coalesce(exercise, ''), "
                     "created_at, expires_at, coalesce(closed_at, 0) FROM sessions WHERE code = ?");
    q.bind(1, code);
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return ClassroomSession{q.text(0), q.text(1),    q.text(2),    q.text(3),
                            q.text(4), q.integer(5), q.integer(6), q.integer(7)};
}

JoinResult ClassroomStore::join(const ClassroomSession& s, const Nickname& nickname, long long now,
                                std::string& token) {
    if (!s.open_at(now)) return JoinResult::closed;
    Statement taken(db_, "SELECT COUNT(*), SUM(nickname_key = ?) FROM trainees WHERE session = ?");
    taken.bind(1, nickname.key).bind(2, s.code);
    if (taken.step() == SQLITE_ROW) {
        if (taken.integer(1) > 0) return JoinResult::nickname_taken;
        if (taken.integer(0) >= kMaxTrainees) return JoinResult::session_full;
    }
    token = random_hex(16);
    Statement insert(db_, "INSERT INTO trainees(token_hash, session, nickname, nickname_key, "
                          "joined_at) VALUES(?,?,?,?,?)");
    insert.bind(1, hash_secret(token))
        .bind(2, s.code)
        .bind(3, nickname.display)
        .bind(4, nickname.key)
        .bind(5, now);
    return insert.step() == SQLITE_DONE ? JoinResult::joined : JoinResult::nickname_taken;
}

std::optional<std::string> ClassroomStore::session_of(const std::string& token) {
    Statement q(db_, "SELECT session FROM trainees WHERE token_hash = ?");
    q.bind(1, hash_secret(token));
    if (q.step() != SQLITE_ROW) return std::nullopt;
    return q.text(0);
}

bool ClassroomStore::store_answer(const std::string& code, const std::string& token,
                                  const std::string& decision, const ScenarioAnswer& answer,
                                  long long now) {
    Statement upsert(db_,
                     "INSERT INTO answers(session, token_hash, decision, answer, answered_at) "
                     "VALUES(?,?,?,?,?) ON CONFLICT(session, token_hash, decision) DO UPDATE SET "
                     "answer = excluded.answer, answered_at = excluded.answered_at");
    upsert.bind(1, code)
        .bind(2, hash_secret(token))
        .bind(3, decision)
        .bind(4, answer_to_json(answer).dump())
        .bind(5, now);
    return upsert.step() == SQLITE_DONE;
}

bool ClassroomStore::set_decision(const std::string& code, const std::string& decision) {
    Statement update(db_, "UPDATE sessions SET decision = ? WHERE code = ?");
    update.bind(1, decision).bind(2, code);
    return update.step() == SQLITE_DONE && sqlite3_changes(db_) == 1;
}

bool ClassroomStore::close_session(const std::string& code, long long now) {
    Statement update(db_, "UPDATE sessions SET closed_at = ? WHERE code = ? AND closed_at IS NULL");
    update.bind(1, now).bind(2, code);
    return update.step() == SQLITE_DONE;
}

std::optional<std::string> ClassroomStore::remove_trainee(const std::string& code,
                                                          const std::string& nickname_key) {
    std::string nickname;
    {
        Statement q(db_, "SELECT nickname FROM trainees WHERE session = ? AND nickname_key = ?");
        q.bind(1, code).bind(2, nickname_key);
        if (q.step() != SQLITE_ROW) return std::nullopt;
        nickname = q.text(0);
    }
    Statement answers(db_, "DELETE FROM answers WHERE session = ? AND token_hash IN (SELECT "
                           "token_hash FROM trainees WHERE session = ? AND nickname_key = ?)");
    answers.bind(1, code).bind(2, code).bind(3, nickname_key);
    if (answers.step() != SQLITE_DONE) return std::nullopt;
    Statement trainee(db_, "DELETE FROM trainees WHERE session = ? AND nickname_key = ?");
    trainee.bind(1, code).bind(2, nickname_key);
    if (trainee.step() != SQLITE_DONE) return std::nullopt;
    return nickname;
}

int ClassroomStore::trainee_count(const std::string& code) {
    Statement q(db_, "SELECT COUNT(*) FROM trainees WHERE session = ?");
    q.bind(1, code);
    return q.step() == SQLITE_ROW ? static_cast<int>(q.integer(0)) : 0;
}

std::vector<Participant> ClassroomStore::participants(const std::string& code) {
    std::vector<Participant> out;
    Statement q(db_, "SELECT t.nickname, (SELECT COUNT(*) FROM answers a WHERE a.session = "
                     "t.session AND a.token_hash = t.token_hash) FROM trainees t WHERE t.session "
                     "= ? ORDER BY t.joined_at, t.rowid");
    q.bind(1, code);
    while (q.step() == SQLITE_ROW)
        out.push_back({q.text(0), static_cast<int>(q.integer(1))});
    return out;
}

std::vector<SubmittedAnswer> ClassroomStore::answers(const std::string& code) {
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

int ClassroomStore::purge(long long now) {
    const long long before = now - kRetention;
    Statement old(db_, "CREATE TEMP TABLE IF NOT EXISTS purged(code TEXT PRIMARY KEY)");
    old.step();
    Statement pick(db_, "INSERT OR IGNORE INTO purged SELECT code FROM sessions WHERE "
                        "min(coalesce(closed_at, expires_at), expires_at) < ?");
    pick.bind(1, before);
    pick.step();
    const int count = sqlite3_changes(db_);
    const bool ok = exec("BEGIN IMMEDIATE;"
                         "DELETE FROM answers WHERE session IN (SELECT code FROM purged);"
                         "DELETE FROM trainees WHERE session IN (SELECT code FROM purged);"
                         "DELETE FROM sessions WHERE code IN (SELECT code FROM purged);"
                         "COMMIT;");
    if (!ok) exec("ROLLBACK");
    exec("DELETE FROM purged");
    return ok ? count : 0;
}

} // namespace pw::serve
