#!/usr/bin/env python3
"""Synthetic content at N times the real protocol, for the scaling benchmark.

Writes a complete content directory that validates: the real files, plus
N-1 copies of every case type, exercise and glossary term under new ids, with
generated words in their texts (so the search vocabulary grows too, as it
would with real content), plus one long case type whose map chains N copies
of the largest real map (so "the largest map" grows with N). Everything added
is marked "synthetisch" in its title.
Usage: synth_content.py <content-dir> <factor> <output-dir>
"""
import copy
import json
import os
import random
import shutil
import sys

SYLLABLES = ["ka", "lo", "ver", "stra", "mi", "den", "bo", "rel", "tuin", "sen", "gra", "vo",
             "pel", "dur", "ni", "ko", "wel", "ste", "ar", "ben", "dijk", "hof", "lin", "mo"]


def pseudo_words(rng, count):
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                    for _ in range(count))


def add_words(text, rng, count=6):
    return f"{text} Synthetisch: {pseudo_words(rng, count)}."


def read(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)


def copy_case_type(ct, n, rng):
    c = copy.deepcopy(ct)
    c["id"] = f"{ct['id']}-s{n}"
    c["title"] = f"{ct['title']} (synthetisch {n})"
    c["shortTitle"] = f"{ct['shortTitle']} {n}"
    c["summary"] = add_words(ct["summary"], rng)
    for step in c["steps"]:
        step["summary"] = add_words(step.get("summary", ""), rng)
        for flow in step.get("flows", []):
            if "description" in flow:
                flow["description"] = add_words(flow["description"], rng, 3)
    for ex in c.get("examples", []):
        ex["id"] = f"{ex['id']}-s{n}"
        ex["title"] = f"{ex['title']} (synthetisch {n})"
    return c


def shortest_path(by_id, start, goal):
    previous, queue = {start: None}, [start]
    while queue:
        at = queue.pop(0)
        if at == goal:
            break
        for nxt in by_id[at].get("next", []):
            if nxt["step"] not in previous:
                previous[nxt["step"]] = at
                queue.append(nxt["step"])
    path, at = [], goal
    while at is not None:
        path.append(at)
        at = previous[at]
    return path[::-1]


def chained_case_type(ct, factor, rng):
    """One map with `factor` copies of `ct`'s steps after each other."""
    c = copy.deepcopy(ct)
    c["id"] = f"{ct['id']}-lang"
    c["title"] = f"{ct['title']} ({factor}× achter elkaar, synthetisch)"
    c["shortTitle"] = f"{ct['shortTitle']} lang"
    ends = [s["id"] for s in ct["steps"] if s.get("kind") == "end"]
    # The worked examples pass through every copy to the last one, whose ends are ends.
    by_id = {s["id"]: s for s in ct["steps"]}
    lead = shortest_path(by_id, ct["start"], ends[0])
    for ex in c.get("examples", []):
        ex["title"] = f"{ex['title']} (synthetisch)"
        path = []
        for i in range(factor - 1):
            for k, step_id in enumerate(lead):
                stop = {"step": f"{step_id}-c{i}", "narrative": "Synthetisch."}
                if by_id[step_id].get("kind") == "decision":
                    stop["outcome"] = f"{lead[k + 1]}-c{i}"
                path.append(stop)
        for stop in ex.get("path", []):
            stop["step"] = f"{stop['step']}-c{factor - 1}"
            if "outcome" in stop:
                stop["outcome"] = f"{stop['outcome']}-c{factor - 1}"
            path.append(stop)
        ex["path"] = path
    steps = []
    for i in range(factor):
        def rename(step_id):
            return f"{step_id}-c{i}"
        for step in copy.deepcopy(ct["steps"]):
            step["id"] = rename(step["id"])
            step["summary"] = add_words(step.get("summary", ""), rng, 3)
            for nxt in step.get("next", []):
                nxt["step"] = rename(nxt["step"])
            for flow in step.get("flows", []):
                flow["id"] = f"{flow['id']}-c{i}"
            # The first end of each copy leads on to the next copy.
            if i + 1 < factor and step["id"] == rename(ends[0]):
                step.pop("kind", None)
                step["next"] = [{"step": f"{ct['start']}-c{i + 1}"}]
            steps.append(step)
    c["steps"] = steps
    c["start"] = f"{ct['start']}-c0"
    return c


def main():
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    source, factor, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    if factor < 1:
        print("synth_content: factor must be 1 or more", file=sys.stderr)
        return 2
    rng = random.Random(factor)  # the same content for the same factor, every run
    if os.path.exists(out):
        shutil.rmtree(out)
    shutil.copytree(source, out)
    manifest = read(os.path.join(out, "manifest.json"))
    files = manifest["files"]

    case_types = [f for f in files if f.startswith("case-types/")]
    scenarios = [f for f in files if f.startswith("scenarios/")]
    largest = max(case_types, key=lambda f: len(read(os.path.join(source, f))["steps"]))
    added = []
    for n in range(1, factor):
        for f in case_types:
            ct = copy_case_type(read(os.path.join(source, f)), n, rng)
            name = f"case-types/synth/{ct['id']}.json"
            write(os.path.join(out, name), ct)
            added.append(name)
        for f in scenarios:
            sc = copy.deepcopy(read(os.path.join(source, f)))
            sc["id"] = f"{sc['id']}-s{n}"
            sc["title"] = f"{sc['title']} (synthetisch {n})"
            sc["caseType"] = f"{sc['caseType']}-s{n}"
            name = f"scenarios/synth/{sc['id']}.json"
            write(os.path.join(out, name), sc)
            added.append(name)
    if factor > 1:
        long = chained_case_type(read(os.path.join(source, largest)), factor, rng)
        name = f"case-types/synth/{long['id']}.json"
        write(os.path.join(out, name), long)
        added.append(name)

    glossary = read(os.path.join(out, "glossary.json"))
    real_terms = list(glossary["terms"])
    for n in range(1, factor):
        for t in real_terms:
            word = pseudo_words(rng, 1)
            glossary["terms"].append({
                "id": f"{t['id']}-s{n}",
                "term": f"{word}{n}",
                "definition": add_words(t["definition"], rng, 4),
                "sources": t["sources"],
            })
    write(os.path.join(out, "glossary.json"), glossary)

    # New files go after the real ones of their kind, scenarios last.
    manifest["files"] = ([f for f in files if not f.startswith("scenarios/")] +
                         [f for f in added if f.startswith("case-types/")] +
                         scenarios + [f for f in added if f.startswith("scenarios/")])
    write(os.path.join(out, "manifest.json"), manifest)
    return 0


if __name__ == "__main__":
    sys.exit(main())
