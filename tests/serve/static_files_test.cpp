#include "static_files.hpp"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace fs = std::filesystem;
using pw::serve::PathError;
using pw::serve::resolve_static_path;

namespace {

// A served root with a file, a subdirectory, a secret next to the root and a
// symlink that points out of it.
struct Tree {
    fs::path base = fs::temp_directory_path() / ("pw-serve-test-" + std::to_string(::getpid()));
    fs::path root = base / "dist";
    Tree() {
        fs::remove_all(base);
        fs::create_directories(root / "fonts");
        std::ofstream(root / "index.html") << "<!doctype html>";
        std::ofstream(root / "app.wasm") << "\0asm";
        std::ofstream(root / "fonts" / "ui.ttf") << "ttf";
        std::ofstream(base / "secret.txt") << "secret";
        fs::create_symlink(base / "secret.txt", root / "escape.txt");
        fs::create_directory_symlink(base, root / "up");
    }
    ~Tree() { fs::remove_all(base); }
};

} // namespace

TEST_CASE("files inside the root are served, / is index.html") {
    Tree t;
    CHECK(resolve_static_path(t.root, "/").file.filename() == "index.html");
    CHECK(resolve_static_path(t.root, "/app.wasm").error == PathError::none);
    CHECK(resolve_static_path(t.root, "/fonts/ui.ttf").error == PathError::none);
    CHECK(resolve_static_path(t.root, "/fonts/ui.ttf?v=2").error == PathError::none);
    CHECK(resolve_static_path(t.root, "/./fonts//ui.ttf").error == PathError::none);
    CHECK(resolve_static_path(t.root, "/%66onts/ui.ttf").error == PathError::none);
}

TEST_CASE("nothing outside the root is ever served") {
    Tree t;
    for (const char* path :
         {"/../secret.txt", "/fonts/../../secret.txt", "/%2e%2e/secret.txt", "/%2E%2E%2Fsecret.txt",
          "/..%2fsecret.txt", "/fonts/..\\..\\secret.txt", "/escape.txt", "/up/secret.txt"}) {
        CAPTURE(path);
        const auto r = resolve_static_path(t.root, path);
        CHECK(r.error == PathError::outside_root);
        CHECK(r.file.empty());
    }
}

TEST_CASE("malformed, missing and directory paths are refused") {
    Tree t;
    CHECK(resolve_static_path(t.root, "").error == PathError::malformed);
    CHECK(resolve_static_path(t.root, "app.wasm").error == PathError::malformed);
    CHECK(resolve_static_path(t.root, "/bad%zzescape").error == PathError::malformed);
    CHECK(resolve_static_path(t.root, "/trailing%2").error == PathError::malformed);
    CHECK(resolve_static_path(t.root, "/a%00b").error == PathError::outside_root);
    CHECK(resolve_static_path(t.root, "/nope.js").error == PathError::not_found);
    CHECK(resolve_static_path(t.root, "/fonts").error == PathError::not_found); // no listings
    CHECK(resolve_static_path(t.root / "missing", "/").error == PathError::not_found);
}

TEST_CASE("MIME types the browser needs") {
    CHECK(pw::serve::mime_type_for("app.wasm") == "application/wasm");
    CHECK(pw::serve::mime_type_for("app.js") == "text/javascript; charset=utf-8");
    CHECK(pw::serve::mime_type_for("index.html") == "text/html; charset=utf-8");
    CHECK(pw::serve::mime_type_for("content.json") == "application/json; charset=utf-8");
    CHECK(pw::serve::mime_type_for("ui.ttf") == "font/ttf");
    CHECK(pw::serve::mime_type_for("x.unknown") == "application/octet-stream");
}

TEST_CASE("pre-compressed variants follow Accept-Encoding and its q-values") {
    using pw::serve::choose_encoding;
    CHECK(choose_encoding("gzip, deflate, br", true, true) == "br");
    CHECK(choose_encoding("gzip, deflate, br", false, true) == "gzip");
    CHECK(choose_encoding("gzip", true, true) == "gzip");
    CHECK(choose_encoding("br;q=0, gzip", true, true) == "gzip");
    CHECK(choose_encoding("BR;Q=0.5", true, true) == "br");
    CHECK(choose_encoding("*", true, false) == "br");
    CHECK(choose_encoding("identity", true, true) == "");
    CHECK(choose_encoding("", true, true) == "");
    CHECK(choose_encoding("gzip;q=bogus", false, true) == "");
}

TEST_CASE("hashed build assets are cached for a year, the rest is revalidated") {
    using pw::serve::cache_control_for;
    CHECK(cache_control_for("app.2be4de05ad.wasm") == "public, max-age=31536000, immutable");
    CHECK(cache_control_for("fonts/ui-bold.bfe1fe9a24.ttf") ==
          "public, max-age=31536000, immutable");
    CHECK(cache_control_for("index.html") == "no-cache");
    CHECK(cache_control_for("sw.js") == "no-cache");
    CHECK(cache_control_for("app.2BE4DE05AD.wasm") == "no-cache");
    CHECK(cache_control_for("app.2be4de05a.wasm") == "no-cache");
    CHECK(cache_control_for(".2be4de05ad.") == "no-cache");
}

TEST_CASE("ETags differ per encoding and If-None-Match is understood") {
    using pw::serve::etag_for;
    using pw::serve::etag_matches;
    const std::string plain = etag_for(100, 12345, ""), br = etag_for(100, 12345, "br");
    CHECK(plain != br);
    CHECK(plain.front() == '"');
    CHECK(etag_matches(plain, plain));
    CHECK(etag_matches("\"x\", " + br, br));
    CHECK(etag_matches("W/" + plain, plain));
    CHECK(etag_matches("*", plain));
    CHECK_FALSE(etag_matches(br, plain));
    CHECK_FALSE(etag_matches("", plain));
}

TEST_CASE("a pre-compressed sidecar is contained like the file itself") {
    Tree t;
    std::ofstream(t.root / "app.wasm.gz") << "gz";
    fs::create_symlink(t.base / "secret.txt", t.root / "app.wasm.br");
    const auto file = resolve_static_path(t.root, "/app.wasm").file;
    CHECK(pw::serve::contained_sidecar(t.root, file, ".gz"));
    CHECK_FALSE(pw::serve::contained_sidecar(t.root, file, ".br")); // points out of the root
    CHECK_FALSE(pw::serve::contained_sidecar(t.root, resolve_static_path(t.root, "/").file, ".gz"));
}

TEST_CASE("one byte range is served; several, malformed or other units are ignored") {
    using pw::serve::parse_range;
    using pw::serve::RangeKind;
    auto r = parse_range("bytes=0-9", 100);
    CHECK(r.kind == RangeKind::partial);
    CHECK(r.first == 0);
    CHECK(r.last == 9);
    r = parse_range("bytes=90-", 100);
    CHECK((r.kind == RangeKind::partial && r.first == 90 && r.last == 99));
    r = parse_range("bytes=-5", 100);
    CHECK((r.kind == RangeKind::partial && r.first == 95 && r.last == 99));
    r = parse_range("bytes=-500", 100);
    CHECK((r.kind == RangeKind::partial && r.first == 0 && r.last == 99));
    r = parse_range("bytes=50-99999999999999999999999", 100);
    CHECK((r.kind == RangeKind::partial && r.last == 99));
    CHECK(parse_range("bytes=99999999-", 100).kind == RangeKind::unsatisfiable);
    CHECK(parse_range("bytes=100-", 100).kind == RangeKind::unsatisfiable);
    CHECK(parse_range("bytes=-0", 100).kind == RangeKind::unsatisfiable);
    CHECK(parse_range("bytes=0-", 0).kind == RangeKind::unsatisfiable);
    for (const char* ignored : {"bytes=0-0,1-1", "bytes=5-2", "items=0-9", "bytes=a-b",
                                "bytes=", "bytes=-", "bytes=0-9 ", "0-9"})
        CHECK_MESSAGE(parse_range(ignored, 100).kind == RangeKind::whole, ignored);
}
