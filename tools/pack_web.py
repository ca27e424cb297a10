#!/usr/bin/env python3
"""Turn the staged web app into what is deployed.

Usage: pack_web.py <stage-dir> <dist-dir> <single-file.html>

dist/ gets content-hashed asset names (app.3f2a1c9b0d.wasm: cacheable for a
year, never stale), an index.html and a boot script that name them, a service
worker whose cache is named after the build (offline use, no stale wasm after
an update), gzip and brotli variants for the server to pick from, and
build.json listing it all. The single file is the same app with the wasm, the
content and the fonts embedded, for opening from disk (file://).
"""
import base64
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys

from make_icons import icon_png

# Logical name -> file in the stage; the app asks for assets by logical name.
ASSETS = ["app.js", "app.wasm", "app.deferred.wasm", "content.pack", "rest.pack", "content.json", "fonts/ui-regular.ttf", "fonts/ui-bold.ttf",
          "app.css", "favicon.svg", "tekst.css", "scorer.js", "scorer.wasm", "oefening.js"]
# What the text version's exercise page (oefening.html) loads by logical name.
EXERCISE_PAGE_ASSETS = ["scorer.wasm", "content.json"]
# What the app asks for as it starts (web/platform/main_web.cpp): the packed
# content (content.json only if the pack is refused; the text version's
# exercise page and the server read the JSON), the fonts. boot.js
# fetches these while the wasm compiles, and the single file embeds them.
STARTUP = ["content.pack", "fonts/ui-regular.ttf", "fonts/ui-bold.ttf"]
# The rest of the content, which the app asks for once its first screen is drawn, and the part
# of the module the first screen does not run (tools/split_wasm.py): not
# fetched early, but in the single file too.
EMBEDDED = ["app.wasm", "app.deferred.wasm"] + STARTUP + ["rest.pack"]
# The install icons, drawn at build time (tools/make_icons.py), by logical name.
ICONS = {"icon-192.png": 192, "icon-512.png": 512}
COMPRESSIBLE = (".html", ".js", ".css", ".json", ".pack", ".svg", ".wasm", ".ttf", ".webmanifest")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))


def hashed_name(name, data):
    stem, ext = os.path.splitext(name)
    return f"{stem}.{hashlib.sha256(data).hexdigest()[:10]}{ext}"


def replace_once(text, old, new):
    if text.count(old) != 1:
        raise SystemExit(f"pack_web: expected exactly one {old!r} in the template")
    return text.replace(old, new)


def compress(dist, name):
    """Writes name.gz and name.br when they are smaller than the file."""
    path = os.path.join(dist, name)
    data = read(path)
    gz = gzip.compress(data, compresslevel=9, mtime=0)
    if len(gz) < len(data):
        write(path + ".gz", gz)
    subprocess.run(["brotli", "-q", "11", "-f", "-o", path + ".br", path], check=True)
    if os.path.getsize(path + ".br") >= len(data):
        os.remove(path + ".br")


def script_safe(js):
    # Inline scripts end at "</script"; the app's own code never needs it literally.
    return js.replace("</script", "<\\/script")


def main():
    stage, dist, single = sys.argv[1:4]
    files = {name: read(os.path.join(stage, name)) for name in ASSETS}
    files.update({name: icon_png(size) for name, size in ICONS.items()})
    boot = read(os.path.join(stage, "boot.js")).decode("utf-8")
    index = read(os.path.join(stage, "index.html")).decode("utf-8")
    # The text twin keeps its name (the app links to tekst.html#/route); its style is hashed.
    twin = read(os.path.join(stage, "tekst.html")).decode("utf-8")
    exercise_page = read(os.path.join(stage, "oefening.html")).decode("utf-8")
    worker = read(os.path.join(stage, "sw.js")).decode("utf-8")
    # The web app manifest keeps its name (/manifest.webmanifest); its icons are hashed.
    web_manifest = json.loads(read(os.path.join(stage, "manifest.webmanifest")))

    names = {name: hashed_name(name, data) for name, data in files.items()}
    boot_js = ("var PW_ASSETS = " + json.dumps(names, sort_keys=True) + ";\n" +
               "var PW_STARTUP = " + json.dumps(STARTUP) + ";\n" + boot)
    names_boot = hashed_name("boot.js", boot_js.encode("utf-8"))
    page = index
    page = replace_once(page, 'href="app.css"', f'href="{names["app.css"]}"')
    # What boot.js fetches at once is asked for by the page itself, as its
    # head is read: boot.js runs only after the stylesheet is in and the page
    # laid out, ~100 ms later in a cold load, and a file that then arrives
    # while the runtime starts waits for the busy main thread to read it
    # (tests/bench: ready). boot.js's fetch() takes the preloaded response.
    preloads = "".join(f'  <link rel="preload" href="{names[n]}" as="fetch" crossorigin>\n'
                       for n in ["app.wasm"] + STARTUP)
    page = replace_once(page, '  <link rel="stylesheet"', preloads + '  <link rel="stylesheet"')
    page = replace_once(page, 'href="favicon.svg"', f'href="{names["favicon.svg"]}"')
    page = replace_once(page, 'src="boot.js"', f'src="{names_boot}"')
    for icon in web_manifest["icons"]:
        icon["src"] = names[icon["src"]]
    page = replace_once(page, 'src="app.js"', f'src="{names["app.js"]}"')

    twin = replace_once(twin, 'href="tekst.css"', f'href="{names["tekst.css"]}"')
    exercise_page = replace_once(exercise_page, 'href="tekst.css"', f'href="{names["tekst.css"]}"')
    exercise_page = replace_once(exercise_page, 'src="scorer.js"', f'src="{names["scorer.js"]}"')
    exercise_page = replace_once(exercise_page, 'src="oefening.js"', f'src="{names["oefening.js"]}"')
    exercise_page = replace_once(
        exercise_page, 'id="pw-assets">{}<',
        'id="pw-assets">' + json.dumps({n: names[n] for n in EXERCISE_PAGE_ASSETS}, sort_keys=True) + "<")

    # The printable cards keep their names too (the app opens kaart/<case-type>.html),
    # with their style and print script (kaart.css, kaart.js).
    cards_dir = os.path.join(stage, "kaart")
    cards = {"kaart/" + name: read(os.path.join(cards_dir, name))
             for name in sorted(os.listdir(cards_dir)) if name.endswith((".html", ".css", ".js"))}

    cached = (["./", "index.html", "tekst.html", "oefening.html", "manifest.webmanifest", names_boot] +
              sorted(names.values()) + sorted(cards))
    build = hashlib.sha256("\n".join(cached).encode("utf-8")).hexdigest()[:12]
    worker = replace_once(worker, "__BUILD__", build)
    worker = replace_once(worker, "__ASSETS__", json.dumps(cached))

    # A fresh dist: nothing of an older build lingers to be served.
    if os.path.isdir(dist):
        shutil.rmtree(dist)
    for name, data in files.items():
        write(os.path.join(dist, names[name]), data)
    write(os.path.join(dist, names_boot), boot_js)
    write(os.path.join(dist, "index.html"), page)
    write(os.path.join(dist, "tekst.html"), twin)
    write(os.path.join(dist, "oefening.html"), exercise_page)
    write(os.path.join(dist, "sw.js"), worker)
    write(os.path.join(dist, "manifest.webmanifest"),
          json.dumps(web_manifest, ensure_ascii=False, indent=2) + "\n")
    for name, data in cards.items():
        write(os.path.join(dist, name), data)
    served = [names[n] for n in files] + [names_boot, "index.html", "tekst.html", "oefening.html",
                                          "sw.js", "manifest.webmanifest"] + sorted(cards)
    for name in served:
        if name.endswith(COMPRESSIBLE):
            compress(dist, name)
    manifest = {
        "build": build,
        "assets": names,
        "boot": names_boot,
        "files": {n: os.path.getsize(os.path.join(dist, n)) for n in sorted(served)},
    }
    write(os.path.join(dist, "build.json"), json.dumps(manifest, indent=2) + "\n")

    # The single file: styles, data and scripts inline; the wasm is handed to
    # the runtime by boot.js (Module.instantiateWasm), nothing is fetched.
    embedded = {n: base64.b64encode(files[n]).decode("ascii") for n in EMBEDDED}
    one = index
    # A file opened from disk is not installed: no manifest.
    one = replace_once(one, '\n  <link rel="manifest" href="manifest.webmanifest">', "")
    one = replace_once(one, '<link rel="stylesheet" href="app.css">',
                       "<style>\n" + files["app.css"].decode("utf-8") + "</style>")
    favicon = base64.b64encode(files["favicon.svg"]).decode("ascii")
    one = replace_once(one, 'href="favicon.svg"', f'href="data:image/svg+xml;base64,{favicon}"')
    one = replace_once(
        one, '<script src="boot.js"></script>',
        "<script>var PW_EMBEDDED = " + json.dumps(embedded) + ";</script>\n  <script>" +
        script_safe(boot) + "</script>")
    one = replace_once(one, '<script src="app.js" async></script>',
                       "<script>" + script_safe(files["app.js"].decode("utf-8")) + "</script>")
    write(single, one)
    return 0


if __name__ == "__main__":
    sys.exit(main())
