#!/usr/bin/env python3
"""Where the bytes of app.wasm go: code per part (Dear ImGui, nlohmann,
libc++, libc, the core, the UI, the platform) and data, raw and as an
estimate of their share of the brotli-compressed module.

    wasm_parts.py APP.wasm APP.js.symbols --archives PART=LIB.a ... [--json]
    wasm_parts.py --build build/wasm [--json]   # the app of a wasm build tree

The production module keeps no function names; the link writes them to a
symbol map (emcc --emit-symbol-map: "index:name" per function), which names
every function body of the code section. A function belongs to the first part
whose rule matches: a project lambda run by std::visit or std::function to
where it was written; nlohmann and libc++ by name (their templates are
instantiated inside the project's objects); the archive (or object) that
defines the symbol (llvm-nm reads the LTO bitcode); the namespace (pw::ui,
pw::platform, pw::); ImGui and printf/scanf/strtod by name; the rest is libc
and the runtime. Inlined code counts where it was inlined.

Raw bytes add up to the module. Brotli compresses the module as a whole, so a
part's compressed size is estimated: each part's bytes are compressed alone,
and the module's brotli size is shared out in proportion.
"""
import argparse
import glob
import hashlib
import os
import json
import re
import subprocess
import sys

PROGGY_PREFIX = b"7])#######hV0qs'/###[),##/l:$#Q6>##5[n42>"  # ImGui's built-in font, base85

# printf, scanf and the number parsers and formatters of musl that they use.
FORMAT_NAMES = re.compile(
    r"^(v?f?s?n?printf|v?s?scanf|v?asprintf|vfprintf|printf_core|fmt_[a-z]+|pop_arg|out|pad|getint|"
    r"vfscanf|__?(floatscan|intscan|shgetc|shlim|toread|uflow|string_read)|"
    r"strto(d|f|ld|l|ul|ll|ull|imax|umax)(_l)?|scalbnl?|frexpl?|copysignl|fmodl|__fpclassifyl|__signbitl|"
    r"__?(towrite|fwritex|overflow)|wctomb|wcrtomb|decfloat|hexfloat|scanexp|sn_write|store_int|arg_n)$")


def leb(data, pos):
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return result, pos


def name_bytes(data, pos):
    n, pos = leb(data, pos)
    return data[pos:pos + n], pos + n


def skip_limits(data, pos):
    flags, pos = leb(data, pos)
    _, pos = leb(data, pos)
    if flags & 1:
        _, pos = leb(data, pos)
    return pos


def sections(data):
    if data[:4] != b"\0asm":
        raise SystemExit("wasm_parts: not a wasm module")
    pos = 8
    while pos < len(data):
        sid = data[pos]
        size, body = leb(data, pos + 1)
        yield sid, data[body:body + size]
        pos = body + size


def imported_functions(section):
    count, pos = leb(section, 0)
    funcs = 0
    for _ in range(count):
        _, pos = name_bytes(section, pos)
        _, pos = name_bytes(section, pos)
        kind = section[pos]
        pos += 1
        if kind == 0:
            _, pos = leb(section, pos)
            funcs += 1
        elif kind == 1:
            pos = skip_limits(section, pos + 1)
        elif kind == 2:
            pos = skip_limits(section, pos)
        elif kind == 3:
            pos += 2
        elif kind == 4:
            _, pos = leb(section, pos + 1)
    return funcs


def function_bodies(section):
    count, pos = leb(section, 0)
    for _ in range(count):
        size, body = leb(section, pos)
        yield section[pos:body + size]  # the size field counts: it is shipped too
        pos = body + size


def read_module(path):
    data = open(path, "rb").read()
    imports, bodies, data_bytes, other = 0, [], b"", b""
    for sid, section in sections(data):
        if sid == 2:
            imports = imported_functions(section)
        if sid == 10:
            bodies = list(function_bodies(section))
        elif sid == 11:
            data_bytes = section
        else:
            other += section
    return data, imports, bodies, data_bytes, other


def unescape(name):
    """Binaryen writes "\\28" for "(" and so on in the symbol map."""
    return re.sub(r"\\([0-9a-f]{2})", lambda m: chr(int(m.group(1), 16)), name)


def defined_symbols(archives):
    """Demangled symbol -> part, from llvm-nm on each archive or object (first one wins)."""
    owner = {}
    for part, path in archives:
        out = subprocess.run(["llvm-nm", "-C", "--defined-only", "-j", path], capture_output=True, text=True).stdout
        for sym in out.split("\n"):
            if sym and not sym.endswith(":"):
                owner.setdefault(sym, part)
    return owner


def qualified(name):
    """The function's qualified name without return type and arguments."""
    s = name.replace("(anonymous namespace)", "{anon}").replace("decltype(auto) ", "")
    head = s.split("(")[0]
    before_template = head.split("<")[0]
    if " " in before_template and not before_template.startswith("operator"):
        head = head[before_template.rindex(" ") + 1:]
    return head


def owner_of(name, owner):
    if name in owner:
        return owner[name]
    head = qualified(name)
    if head.startswith("pw::ui::"):
        return "UI"
    if head.startswith("pw::platform::"):
        return "platform"
    if head.startswith("pw::"):
        return "core"
    if re.match(r"^(Im[A-Z]|ImGui|stb|STB_)", head):
        return "Dear ImGui"
    if FORMAT_NAMES.match(head):
        return "printf/scanf/strtod"
    return "libc and runtime"


def short_name(name):
    lam = re.search(r"(?:__value_visitor<|__func<)(.+?)::\$_\d+", name)
    return f"a lambda of {qualified(lam.group(1))}" if lam else qualified(name)


def classify(name, owner):
    # A lambda of the project run by std::visit or std::function is the
    # project's code: it belongs where the lambda was written.
    lam = re.search(r"(?:__value_visitor<|__func<)(.+?)::\$_\d+", name)
    if lam:
        return owner_of(lam.group(1), owner)
    head = qualified(name)
    if head.startswith("nlohmann::"):
        return "nlohmann"
    if head.startswith(("std::", "operator new", "operator delete", "__cxa", "__cxxabiv1", "__gxx", "__dynamic_cast")):
        return "libc++ for project types" if "pw::" in name else "libc++"
    return owner_of(name, owner)


def _without(data, pieces):
    for piece in pieces:
        data = data.replace(piece, b"", 1)
    return data


def brotli_size(data):
    return len(subprocess.run(["brotli", "-c", "-q", "11"], input=data, capture_output=True, check=True).stdout)


def measure(wasm, symbol_map, archives):
    module, imports, bodies, data_section, other = read_module(wasm)
    names = {}
    for line in open(symbol_map, encoding="utf-8"):
        index, _, name = line.rstrip("\n").partition(":")
        if index.isdigit():
            names[int(index)] = name
    plain = [unescape(names.get(imports + i, f"<function {imports + i}>")) for i in range(len(bodies))]
    owner = defined_symbols(archives)
    parts, largest = {}, []
    for body, name in zip(bodies, plain):
        part = classify(name, owner)
        parts.setdefault(part, bytearray()).extend(body)
        largest.append((len(body), part, short_name(name)))
    font_at = data_section.find(PROGGY_PREFIX)
    font = data_section[font_at:data_section.index(b"\0", font_at)] if font_at >= 0 else b""
    rest = data_section.replace(font, b"", 1) if font else data_section
    # The JSON Schemas the loader checks content against (core/schemas, embedded).
    schemas = re.findall(rb"\{[^\0]*?\"\$schema\"[^\0]*", rest)
    parts["data: ImGui's built-in font"] = bytearray(font)
    parts["data: JSON Schemas (core)"] = bytearray(b"".join(schemas))
    parts["data: strings, tables"] = bytearray(_without(rest, schemas))
    parts["sections: types, imports, exports, table"] = bytearray(other)
    total_br = brotli_size(module)
    alone = {k: brotli_size(bytes(v)) if v else 0 for k, v in parts.items()}
    alone_sum = sum(alone.values()) or 1
    rows = [{"part": k, "raw": len(v), "brotliAlone": alone[k], "brotliEstimate": round(alone[k] * total_br / alone_sum)}
            for k, v in parts.items() if v]
    rows.sort(key=lambda r: -r["raw"])
    largest.sort(reverse=True)
    return {"module": {"raw": len(module), "brotli": total_br, "functions": len(bodies),
                       "sha256": hashlib.sha256(module).hexdigest()}, "parts": rows,
            "largestFunctions": [{"bytes": b, "part": part, "name": n} for b, part, n in largest[:15]]}


def build_tree(build):
    """The app, its symbol map and the archives of each part in a wasm build tree."""
    web = os.path.join(build, "web")
    archives = [("Dear ImGui", os.path.join(web, "libpw_imgui.a")),
                ("Dear ImGui", os.path.join(web, "libpw_imgui_backends.a")),
                ("core", os.path.join(build, "core", "libpw_core.a")),
                ("core", os.path.join(build, "core", "libpw_snowball_dutch.a")),
                ("UI", os.path.join(web, "ui", "libpw_ui.a"))]
    archives += [("platform", o) for o in sorted(glob.glob(os.path.join(web, "CMakeFiles", "app.dir", "platform", "*.o")))]
    app = os.path.join(web, "app")  # the shipped app (web/CMakeLists.txt), not app_test
    for path in [p for _, p in archives] + [os.path.join(app, "app.js.symbols")]:
        if not os.path.exists(path):
            raise SystemExit(f"wasm_parts: {path} missing: build the wasm preset first")
    # The module as linked, before tools/split_wasm.py cut it in two (the
    # link's app.wasm is the same instrumented for tools/split_profile.mjs).
    return os.path.join(app, "app.wasm.orig"), os.path.join(app, "app.js.symbols"), archives


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("wasm", nargs="?")
    ap.add_argument("symbols", nargs="?")
    ap.add_argument("--archives", nargs="*", default=[], help="PART=path of a .a or .o that defines that part")
    ap.add_argument("--build", help="a wasm build tree (build/wasm): its app, symbol map and archives")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    if args.build:
        args.wasm, args.symbols, archives = build_tree(args.build)
    elif args.wasm and args.symbols:
        archives = [tuple(a.split("=", 1)) for a in args.archives]
    else:
        ap.error("give APP.wasm and APP.js.symbols, or --build")
    result = measure(args.wasm, args.symbols, archives)
    if args.json:
        json.dump(result, sys.stdout, indent=1)
        sys.stdout.write("\n")
        return
    m = result["module"]
    print(f"{'part':44} {'raw KB':>8} {'share':>6} {'brotli KB (est.)':>17}")
    for r in result["parts"]:
        print(f"{r['part']:44} {r['raw'] / 1000:8.1f} {100 * r['raw'] / m['raw']:5.1f}% {r['brotliEstimate'] / 1000:17.1f}")
    print(f"{'module':44} {m['raw'] / 1000:8.1f} {100.0:5.1f}% {m['brotli'] / 1000:17.1f}")
    print("\nlargest functions:")
    for f in result["largestFunctions"]:
        print(f"  {f['bytes']:7} {f['part']:24} {f['name']}")


if __name__ == "__main__":
    main()
