#!/usr/bin/env python3
"""Bundle content/ into one JSON file for the browser.

The bundle keeps every file's path and exact text, so the app's loader reports
problems with the same file names and line numbers as the CLI does.
Usage: bundle_content.py <content-dir> <output.json>
"""
import json
import os
import sys


def main() -> int:
    content_dir, output = sys.argv[1], sys.argv[2]
    with open(os.path.join(content_dir, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    files = []
    for name in manifest["files"]:
        with open(os.path.join(content_dir, name), encoding="utf-8") as f:
            files.append({"path": name, "text": f.read()})
    os.makedirs(os.path.dirname(output), exist_ok=True)
    tmp = output + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump({"files": files}, f, ensure_ascii=False, separators=(",", ":"))
    os.replace(tmp, output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
