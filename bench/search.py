#!/usr/bin/env python3
"""factcheck's search vs Pagefind's, side by side on the same built site (issue 20).

For each size: builds the corpus's factcheck site (`build --no-daemon --force --timings`), runs
Pagefind (npm `pagefind`, pinned in bench/search/package.json) on its claim pages, and times three
queries in both in Debian's Chromium with the CPU slowed 4x (bench/search/measure.mjs): one broad
word, one actor's name, three words. Prints time to the first result and bytes sent (gzipped),
their medians and ratios, the index's share of the build, and both indexes' size on disk.
"""
import argparse
import collections
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import LAUNCHER, die, generator_path, log, parse_sizes, prepare_corpus, work_dir  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
NODE_DIR = os.path.join(HERE, "search")

PAGEFIND_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Search (Pagefind)</title><link href="pagefind/pagefind-ui.css" rel="stylesheet"><script src="pagefind/pagefind-ui.js"></script></head>
<body><main><div id="search"></div></main>
<script>
window.addEventListener('DOMContentLoaded', function () {
  // No debounce: Pagefind's UI waits 300 ms before a search by default, and factcheck's first search does not.
  var ui = new PagefindUI({ element: '#search', showSubResults: false, showImages: false, debounceTimeoutMs: 0 });
  var q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
});
</script></body></html>
"""


def du_bytes(path):
    total = 0
    for folder, _, files in os.walk(path):
        for f in files:
            total += os.path.getsize(os.path.join(folder, f))
    return total


def queries(corpus):
    """One broad word (the commonest in the claims), one actor's name, three words of one claim."""
    claims = os.path.join(corpus, "factcheck", "content", "claims")
    words = collections.Counter()
    first_claim = None
    for name in sorted(os.listdir(claims))[:2000]:
        with open(os.path.join(claims, name), encoding="utf-8") as f:
            m = re.search(r'^claim: "?(.*?)"?$', f.read(), re.M)
        if m:
            first_claim = first_claim or m.group(1)
            words.update(w.lower() for w in re.findall(r"[A-Za-z]{4,}", m.group(1)))
    actor = None
    with open(os.path.join(corpus, "factcheck", "content", "actors", "a0.yaml"), encoding="utf-8") as f:
        actor = re.search(r'^name: "?(.*?)"?$', f.read(), re.M).group(1)
    three = " ".join(re.findall(r"[A-Za-z]+", first_claim)[:3])
    return [{"name": "broad word", "text": words.most_common(1)[0][0]},
            {"name": "actor's name", "text": actor},
            {"name": "three words", "text": three}]


def build(corpus, site):
    cmd = [LAUNCHER, "build", "--no-daemon", "--force", "--timings", "--root", os.path.join(corpus, "factcheck"), "--out", site]
    t0 = time.monotonic()
    p = subprocess.run(cmd, capture_output=True, text=True)
    wall = time.monotonic() - t0
    if p.returncode != 0:
        die(f"factcheck build failed:\n{p.stdout}{p.stderr}", 1)
    index_ms = int(re.search(r"search index \(CPU, while rendering\) (\d+) ms", p.stdout + p.stderr).group(1))
    return wall, index_ms


def pagefind(site):
    binary = os.path.join(NODE_DIR, "node_modules", ".bin", "pagefind")
    t0 = time.monotonic()
    # The pages' <main> alone, not their navigation and footer: nearer what factcheck indexes (claim,
    # claimant, people, topics, summary, quotes), though Pagefind still reads the analysis too.
    p = subprocess.run([binary, "--site", site, "--glob", "claims/*/index.html", "--root-selector", "main"], capture_output=True, text=True)
    if p.returncode != 0:
        die(f"pagefind failed:\n{p.stdout}{p.stderr}", 1)
    with open(os.path.join(site, "pagefind-search.html"), "w", encoding="utf-8") as f:
        f.write(PAGEFIND_PAGE)
    return time.monotonic() - t0


def measure(site, qs, rounds):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(qs, f)
    try:
        p = subprocess.run(["node", os.path.join(NODE_DIR, "measure.mjs"), site, f.name, str(rounds)], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if p.returncode != 0:
        die(f"measure.mjs failed:\n{p.stdout}{p.stderr}", 1)
    return json.loads(p.stdout.strip().splitlines()[-1])


def report(size, qs, records, wall, index_ms, pagefind_s, site):
    print(f"\n {size} claims: time to the first result (ms, median of {max(r['round'] for r in records) + 1}) and bytes sent gzipped, CPU slowed 4x")
    print(f" {'query':<14} {'text':<34} {'factcheck ms':>12} {'pagefind ms':>12} {'ratio':>6}  {'factcheck KB':>12} {'pagefind KB':>12} {'ratio':>6}")
    sums = {"factcheck": [0, 0], "pagefind": [0, 0]}
    for q in qs:
        row = {}
        for tool in ("factcheck", "pagefind"):
            runs = [r for r in records if r["query"] == q["name"] and r["tool"] == tool]
            errors = [e for r in runs for e in r["errors"]]
            if errors:
                die(f"{tool}: script errors: {errors[:3]}", 1)
            row[tool] = (statistics.median(r["ms"] for r in runs), statistics.median(r["bytes"] for r in runs))
            sums[tool][0] += row[tool][0]
            sums[tool][1] += row[tool][1]
        f, p = row["factcheck"], row["pagefind"]
        print(f" {q['name']:<14} {q['text'][:34]:<34} {f[0]:>12.0f} {p[0]:>12.0f} {f[0] / p[0]:>5.2f}x  {f[1] / 1024:>12.1f} {p[1] / 1024:>12.1f} {f[1] / p[1]:>5.2f}x")
    f, p = sums["factcheck"], sums["pagefind"]
    print(f" {'all three':<14} {'':<34} {f[0]:>12.0f} {p[0]:>12.0f} {f[0] / p[0]:>5.2f}x  {f[1] / 1024:>12.1f} {p[1] / 1024:>12.1f} {f[1] / p[1]:>5.2f}x")
    print(f" targets: time and bytes each <= 0.50x Pagefind's. Pagefind's UI shows 5 results at first, factcheck's 20; bytes count until the network is idle")
    print(f" factcheck build {wall:.2f} s wall; its search index {index_ms} ms of CPU = {100 * index_ms / 1000 / wall:.1f}% of the build's wall time (target <= 5%)")
    print(f" index on disk: factcheck {du_bytes(os.path.join(site, 'search')) / 1e6:.1f} MB (search/), "
          f"Pagefind {du_bytes(os.path.join(site, 'pagefind')) / 1e6:.1f} MB (pagefind/, made in {pagefind_s:.1f} s)")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", default="10000,50000")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--work", default=os.environ.get("FACTCHECK_BENCH_DIR", "/tmp/factcheck-bench"), help="where corpora live")
    args = ap.parse_args()
    work = work_dir(args.work)
    gen = generator_path()
    for cmd in ("node", "npm", "chromium"):
        if subprocess.run(["which", cmd], capture_output=True).returncode != 0:
            die(f"bench/search-vs-pagefind: '{cmd}' is missing (Debian: apt-get install nodejs npm chromium)")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=NODE_DIR, check=True)
    for size in parse_sizes(args.sizes):
        corpus = prepare_corpus(work, size, gen)
        site = os.path.join(corpus, "search-site")
        log(f"bench/search-vs-pagefind: {size} claims: building the site")
        wall, index_ms = build(corpus, site)
        log(f"bench/search-vs-pagefind: {size} claims: running Pagefind on its claim pages")
        pagefind_s = pagefind(site)
        qs = queries(corpus)
        log(f"bench/search-vs-pagefind: {size} claims: timing {len(qs)} queries x {args.rounds} rounds in Chromium")
        report(size, qs, measure(site, qs, args.rounds), wall, index_ms, pagefind_s, site)


if __name__ == "__main__":
    main()
