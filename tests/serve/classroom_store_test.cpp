#include "classroom_api.hpp"
#include "classroom_store.hpp"
#include "nickname.hpp"
#include "rate_limiter.hpp"
#include "secrets.hpp"

#include "content_files.hpp"
#include "pw/content_loader.hpp"

#include <doctest/doctest.h>
#include <sqlite3.h>

#include <atomic>
#include <filesystem>
#include <future>

#include <sys/stat.h>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace pw::serve;

namespace {

struct TempDb {
    fs::path dir = fs::temp_directory_path() / ("pw-store-test-" + std::to_string(::getpid()));
    std::string path = (dir / "klas.sqlite").string();
    TempDb() {
        fs::remove_all(dir);
        fs::create_directories(dir);
    }
    ~TempDb() { fs::remove_all(dir); }
};

Nickname nick(const std::string& raw) {
    std::string error;
    auto n = normalize_nickname(raw, error);
    REQUIRE_MESSAGE(n, error);
    return *n;
}

} // namespace

TEST_CASE("a token bucket: a burst, then one per refill period, per client") {
    RateLimiter limit({3, 10});
    for (int i = 0; i < 3; ++i)
        CHECK(limit.allow("a", 100));
    CHECK_FALSE(limit.allow("a", 100));
    CHECK(limit.wait_seconds("a", 100) == doctest::Approx(10));
    CHECK(limit.allow("b", 100));
    CHECK_FALSE(limit.allow("a", 109));
    CHECK(limit.allow("a", 110.5));
}

TEST_CASE("rate-limiter memory stays bounded however many clients appear") {
    RateLimiter limit({2, 1}, 100);
    for (int i = 0; i < 10000; ++i)
        limit.allow("10.0." + std::to_string(i / 256) + "." + std::to_string(i % 256), i * 0.001);
    CHECK(limit.allow("x", 20));
}

TEST_CASE("secrets: hashed, compared in constant time, random") {
    CHECK(hash_secret("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    CHECK(same_secret("abc", "abc"));
    CHECK_FALSE(same_secret("abc", "abd"));
    CHECK_FALSE(same_secret("abc", "ab"));
    CHECK(random_hex(16).size() == 32);
    CHECK(random_hex(16) != random_hex(16));
    CHECK(random_code(6).find_first_of("01OIL") == std::string::npos);
}

TEST_CASE("sessions close, expire after their lifetime and are purged after the retention") {
    TempDb t;
    std::string error;
    auto store = ClassroomStore::open(t.path, error);
    REQUIRE_MESSAGE(store, error);
    struct stat st {};
    REQUIRE(::stat(t.path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);

    const long long t0 = 1'000'000;
    std::string key, token;
    const auto a = store->create_session("kb-ind-contactpersoon", t0, key);
    REQUIRE(a);
    CHECK(a->key_hash == hash_secret(key));
    CHECK(store->join(*a, nick("Uil"), t0, token) == JoinResult::joined);
    CHECK(store->join(*a, nick("uil"), t0, token) == JoinResult::nickname_taken);
    CHECK(store->session_of(token) == a->code);

    const auto expired = *store->find_session(a->code);
    CHECK(expired.open_at(t0 + ClassroomStore::kSessionLifetime - 1));
    CHECK_FALSE(expired.open_at(t0 + ClassroomStore::kSessionLifetime));
    CHECK(store->join(expired, nick("Das"), t0 + ClassroomStore::kSessionLifetime, token) ==
          JoinResult::closed);

    const auto b = store->create_session("kb-ind-contactpersoon", t0, key);
    REQUIRE(b);
    CHECK(store->close_session(b->code, t0 + 60));
    CHECK_FALSE(store->find_session(b->code)->open_at(t0 + 61));

    // b closed at t0+60: gone a retention later; a expired at t0+lifetime: still there.
    CHECK(store->purge(t0 + 60 + ClassroomStore::kRetention - 1) == 0);
    CHECK(store->purge(t0 + 61 + ClassroomStore::kRetention) == 1);
    CHECK_FALSE(store->find_session(b->code));
    CHECK(store->find_session(a->code));
    CHECK(store->purge(t0 + ClassroomStore::kSessionLifetime + ClassroomStore::kRetention + 1) ==
          1);
    CHECK_FALSE(store->find_session(a->code));
    CHECK_FALSE(store->session_of(token)); // nicknames and answers go with it
}

TEST_CASE("a database from before hashing is upgraded in place: keys hashed, sessions kept") {
    TempDb t;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(t.path.c_str(), &db) == SQLITE_OK);
    REQUIRE(
        sqlite3_exec(db,
                     "CREATE TABLE sessions(code TEXT PRIMARY KEY, trainer_key TEXT NOT NULL, "
                     "scenario TEXT NOT NULL, decision TEXT NOT NULL DEFAULT '', created_at "
                     "INTEGER NOT NULL);"
                     "CREATE TABLE trainees(token TEXT PRIMARY KEY, session TEXT NOT NULL, "
                     "nickname TEXT NOT NULL, joined_at INTEGER NOT NULL, UNIQUE(session, "
                     "nickname));"
                     "CREATE TABLE answers(session TEXT NOT NULL, token TEXT NOT NULL, decision "
                     "TEXT NOT NULL, answer TEXT NOT NULL, answered_at INTEGER NOT NULL, "
                     "PRIMARY KEY(session, token, decision));"
                     "INSERT INTO sessions VALUES('ABC234', 'sleutel', 'kb-ind-contactpersoon', "
                     "'', 5);"
                     "INSERT INTO trainees VALUES('penning', 'ABC234', 'Uil', 5);",
                     nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    std::string error;
    auto store = ClassroomStore::open(t.path, error);
    REQUIRE_MESSAGE(store, error);
    const auto s = store->find_session("ABC234");
    REQUIRE(s);
    CHECK(s->key_hash == hash_secret("sleutel"));
    CHECK(s->expires_at == 5 + ClassroomStore::kSessionLifetime);
    CHECK(store->session_of("penning") == std::optional<std::string>("ABC234"));
}

TEST_CASE("a database from before published exercises gets the column; its sessions go on") {
    TempDb t;
    sqlite3* db = nullptr;
    REQUIRE(sqlite3_open(t.path.c_str(), &db) == SQLITE_OK);
    // The schema of version 2, as pw-serve wrote it, with one running session.
    REQUIRE(
        sqlite3_exec(
            db,
            "CREATE TABLE sessions(code TEXT PRIMARY KEY, key_hash TEXT NOT NULL, scenario "
            "TEXT NOT NULL, decision TEXT NOT NULL DEFAULT '', created_at INTEGER NOT NULL, "
            "expires_at INTEGER NOT NULL, closed_at INTEGER);"
            "CREATE TABLE trainees(token_hash TEXT PRIMARY KEY, session TEXT NOT NULL "
            "REFERENCES sessions(code), nickname TEXT NOT NULL, nickname_key TEXT NOT NULL, "
            "joined_at INTEGER NOT NULL, UNIQUE(session, nickname_key));"
            "CREATE TABLE answers(session TEXT NOT NULL REFERENCES sessions(code), token_hash "
            "TEXT NOT NULL REFERENCES trainees(token_hash), decision TEXT NOT NULL, answer "
            "TEXT NOT NULL, answered_at INTEGER NOT NULL, PRIMARY KEY(session, token_hash, "
            "decision));"
            "INSERT INTO sessions VALUES('OUD234', 'x', 'kb-ind-contactpersoon', 'aankondiging', "
            "5, 5000, NULL);"
            "PRAGMA user_version=2;",
            nullptr, nullptr, nullptr) == SQLITE_OK);
    sqlite3_close(db);
    std::string error;
    auto store = ClassroomStore::open(t.path, error);
    REQUIRE_MESSAGE(store, error);
    const auto old = store->find_session("OUD234");
    REQUIRE(old);
    CHECK(old->scenario == "kb-ind-contactpersoon");
    CHECK(old->decision == "aankondiging");
    CHECK(old->exercise.empty());
    CHECK(old->open_at(100));
    std::string key;
    const auto published = store->create_session("eigen", 10, key, R"({"id":"eigen"})");
    REQUIRE(published);
    CHECK(store->find_session(published->code)->exercise == R"({"id":"eigen"})");
    store.reset();
    // Opened again: already upgraded, nothing changes.
    store = ClassroomStore::open(t.path, error);
    REQUIRE_MESSAGE(store, error);
    CHECK(store->find_session(published->code)->exercise == R"({"id":"eigen"})");
    store.reset();
    REQUIRE(sqlite3_open(t.path.c_str(), &db) == SQLITE_OK);
    sqlite3_stmt* version = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &version, nullptr) == SQLITE_OK);
    REQUIRE(sqlite3_step(version) == SQLITE_ROW);
    CHECK(sqlite3_column_int(version, 0) == 3);
    sqlite3_finalize(version);
    sqlite3_close(db);
}

TEST_CASE("the API with a clock: an expired session refuses joins, the trainer still reads it") {
    TempDb t;
    std::string error;
    auto store = ClassroomStore::open(t.path, error);
    REQUIRE(store);
    const pw::ContentFiles files = pw::read_content_dir(PW_CONTENT_DIR);
    const pw::LoadResult content = pw::load_and_validate(files.files);
    // Read by the API's worker thread, also for its own maintenance, at any time.
    std::atomic<double> now = 1'000'000;
    ClassroomApi api(content.model, store.get(), {}, [&now] { return now.load(); });
    // As the server calls it: the request answered on the worker's thread, the
    // only one that touches the store (a call on this thread raced with the
    // worker's maintenance and crashed in SQLite).
    auto call = [&](const char* method, const std::string& path, const std::string& body,
                    const std::string& key = {}) {
        Request r{method, path, {}, {{"content-type", "application/json"}}, body, "10.0.0.1"};
        if (!key.empty()) r.headers.emplace_back("x-trainer-key", key);
        std::promise<Response> answered;
        api.handle(std::move(r), [&answered](Response res) { answered.set_value(std::move(res)); });
        return answered.get_future().get();
    };
    const auto created = nlohmann::json::parse(
        call("POST", "/api/sessions", R"({"scenario":"kb-ind-contactpersoon"})").body);
    const std::string code = created["code"], key = created["trainerKey"];
    CHECK(call("POST", "/api/sessions/" + code + "/join", R"({"nickname":"Uil"})").status == 201);
    now = now.load() + ClassroomStore::kSessionLifetime;
    const Response late = call("POST", "/api/sessions/" + code + "/join", R"({"nickname":"Das"})");
    CHECK(late.status == 410);
    const Response spread = call("GET", "/api/sessions/" + code + "/spread", "", key);
    CHECK(spread.status == 200);
    CHECK(nlohmann::json::parse(spread.body)["open"] == false);
}

TEST_CASE("nicknames: NFKC, printable, one key for look-alikes") {
    std::string error;
    CHECK(nick("  Zee\u00EBgel ").display == "Zee\u00EBgel");
    CHECK(nick("Zee\u0065\u0308gel").display == "Zee\u00EBgel"); // composed
    CHECK(nick("\uFF36\uFF4F\uFF53").display == "Vos");          // fullwidth
    CHECK(nick("Vos").key == nick("VOS").key);
    CHECK(nick("Vos").key == nick("V\u043Es").key); // Cyrillic o
    CHECK(nick("Vos").key != nick("Das").key);
    for (const char* bad :
         {"", "   ", "\u200B", "Vos\u200B", "\u202EVos", "Vos\u2028", "\xC2\x85Vos", "\u0301Vos",
          "Vo\u0301\u0301\u0301s", "\uFEFF", "\xFF\xFE", "!!!", "<script>"})
        CHECK_FALSE_MESSAGE(normalize_nickname(bad, error), std::string(bad));
    CHECK_FALSE(normalize_nickname(std::string(41, 'x'), error));
}
