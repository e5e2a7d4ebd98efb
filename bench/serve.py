#!/usr/bin/env python3
"""`factcheck serve` vs `hugo server`, side by side on the standard synthetic corpus (issue 13).

Called by bench/serve-vs-hugo; see bench/README.md. Standard library only.
Progress goes to stderr, the results table to stdout.
Exit status: 0 after printing the results, 1 when a server fails, 2 on usage/setup errors.
"""
import argparse
import os
import platform
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare import LAUNCHER, REPO, die, ensure_tools, first_line, generator_path, log, parse_sizes, prepare_corpus, work_dir  # noqa: E402

CLAIM = "c0"  # the first claim of the corpus: its page exists in both sites
START_TIMEOUT = 300.0
EDIT_TIMEOUT = 60.0
POLL = 0.02


class ServerFailed(Exception):
    pass


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    """The body of a 200 answer, or None (not listening yet, a 503 while the first build runs, ...)."""
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read().decode("utf-8", "replace") if r.status == 200 else None
    except (urllib.error.URLError, ConnectionError, OSError):
        return None


def peak_rss_mb(pid):
    """VmHWM of the process, and of its children (the launcher execs java, so usually none)."""
    total = 0
    for p in [pid] + children(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmHWM:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total / 1024


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(c) for c in f.read().split()]
    except OSError:
        return []


class Server:
    """One server process on a copy-free corpus: started, timed to its first claim page, edited, stopped."""

    def __init__(self, tool, corpus):
        self.tool = tool
        self.port = free_port()
        if tool == "factcheck":
            self.root = os.path.join(corpus, "factcheck")
            self.cmd = [LAUNCHER, "serve", "--root", self.root, "--port", str(self.port)]
            self.claim_file = os.path.join(self.root, "content", "claims", f"{CLAIM}.yaml")
        else:
            self.root = os.path.join(corpus, "hugo")
            self.cmd = ["hugo", "server", "--source", self.root, "--port", str(self.port), "--bind", "127.0.0.1",
                        "--quiet"]
            self.claim_file = os.path.join(self.root, "content", "claims", f"{CLAIM}.md")
        self.url = f"http://127.0.0.1:{self.port}/claims/{CLAIM}/"
        with open(self.claim_file, encoding="utf-8") as f:
            self.original = f.read()
        self.proc = None
        self.log = tempfile.TemporaryFile()

    def start(self):
        """Starts the server; returns seconds from the process's start to the claim page served whole."""
        t0 = time.monotonic()
        self.proc = subprocess.Popen(self.cmd, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        while time.monotonic() - t0 < START_TIMEOUT:
            if self.proc.poll() is not None:
                raise ServerFailed(f"{self.tool} exited ({self.proc.returncode}):\n{self.output()}")
            body = fetch(self.url)
            if body is not None and "</html>" in body:
                return time.monotonic() - t0
            time.sleep(POLL)
        raise ServerFailed(f"{self.tool}: no claim page after {START_TIMEOUT:.0f} s:\n{self.output()}")

    def edit(self, marker):
        """Saves the claim with `marker` in its analysis (Hugo: its body), the way editors save (a
        temporary file renamed over it); returns seconds from the save to the page served with it."""
        if self.tool == "factcheck":
            text = self.original.replace("analysis: |\n  ", f"analysis: |\n  {marker} ", 1)
        else:
            head, sep, body = self.original.partition("\n---\n\n")
            text = head + sep + marker + " " + body
        assert text != self.original, "the claim's shape is not the corpus generator's"
        tmp = os.path.join(os.path.dirname(self.root), f".bench-{self.tool}.tmp")  # outside the watched folders
        with open(tmp, "w", encoding="utf-8") as f:
            f.write(text)
        t0 = time.monotonic()
        os.replace(tmp, self.claim_file)
        while time.monotonic() - t0 < EDIT_TIMEOUT:
            body = fetch(self.url)
            if body is not None and marker in body:
                return time.monotonic() - t0
            time.sleep(POLL)
        raise ServerFailed(f"{self.tool}: the edit did not show in {EDIT_TIMEOUT:.0f} s:\n{self.output()}")

    def stop(self):
        """Stops the server and puts the claim back; returns its peak resident memory in MB."""
        peak = peak_rss_mb(self.proc.pid) if self.proc else 0
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        with open(self.claim_file, "w", encoding="utf-8") as f:
            f.write(self.original)
        return peak

    def output(self):
        self.log.seek(0)
        return self.log.read().decode("utf-8", "replace")[-3000:]


def one_round(tool, corpus, edits, pause):
    server = Server(tool, corpus)
    try:
        first = server.start()
        server.edit(f"Warmup{os.getpid()}x{time.monotonic_ns()}")  # the first edit after start is not counted
        times = []
        for i in range(edits):
            time.sleep(pause)
            times.append(server.edit(f"Benchedit{i}x{time.monotonic_ns()}"))
        return first, times, server.stop()
    except BaseException:
        server.stop()
        raise


def main():
    ap = argparse.ArgumentParser(prog="bench/serve-vs-hugo",
                                 description="Time `factcheck serve` and `hugo server` side by side on the standard corpus.")
    ap.add_argument("--sizes", default="10000", help="comma-separated claim counts (default: 10000)")
    ap.add_argument("--rounds", type=int, default=2, help="server starts per tool and size, alternating (default: 2)")
    ap.add_argument("--edits", type=int, default=5, help="timed saves of one claim per round, after one untimed (default: 5)")
    ap.add_argument("--pause", type=float, default=1.0, help="seconds between saves (default: 1)")
    ap.add_argument("--work", default=os.environ.get("FACTCHECK_BENCH_DIR", "/tmp/factcheck-bench"),
                    help="where corpora live (default: $FACTCHECK_BENCH_DIR or /tmp/factcheck-bench)")
    args = ap.parse_args()
    sizes = parse_sizes(args.sizes)
    if args.rounds < 1 or args.edits < 1:
        die("--rounds and --edits must be positive")
    work = work_dir(args.work)
    gen = generator_path()
    ensure_tools()
    os.makedirs(work, exist_ok=True)
    # Build the generator now, so that no round times Maven.
    subprocess.run([LAUNCHER, "--version"], stdout=subprocess.DEVNULL, check=True)
    print(f"factcheck {first_line(['git', '-C', REPO, 'rev-parse', '--short', 'HEAD'])} | {first_line(['java', '-version'])}"
          f" | {first_line(['hugo', 'version'])}")
    print(f"{platform.node()}: {os.cpu_count()} cpus, load {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    rows = []
    for size in sizes:
        corpus = prepare_corpus(work, size, gen)
        got = {"factcheck": [], "hugo": []}
        for r in range(args.rounds):
            order = ("factcheck", "hugo") if r % 2 == 0 else ("hugo", "factcheck")
            for tool in order:
                log(f"bench/serve-vs-hugo: {size} claims, round {r + 1}, {tool}")
                try:
                    first, edits, peak = one_round(tool, corpus, args.edits, args.pause)
                except ServerFailed as e:
                    die(str(e), 1)
                log(f"  first page {first:.2f} s, edits {', '.join(f'{t * 1000:.0f}' for t in edits)} ms, peak {peak:.0f} MB")
                got[tool].append((first, edits, peak))
        rows.append((size, got))
    print()
    print(f"{'claims':>7} {'tool':<10} {'first page s (min-max)':>24} {'edit->page ms median (min-max)':>32} {'peak RSS MB':>12}")
    for size, got in rows:
        med = {}
        for tool in ("factcheck", "hugo"):
            firsts = [g[0] for g in got[tool]]
            edits = [t for g in got[tool] for t in g[1]]
            peaks = [g[2] for g in got[tool]]
            med[tool] = (statistics.median(firsts), statistics.median(edits), statistics.median(peaks))
            print(f"{size:>7} {tool:<10} {med[tool][0]:>10.2f} ({min(firsts):.2f}-{max(firsts):.2f}){'':>5}"
                  f" {med[tool][1] * 1000:>14.0f} ({min(edits) * 1000:.0f}-{max(edits) * 1000:.0f}){'':>6}"
                  f" {med[tool][2]:>10.0f}")
        f, h = med["factcheck"], med["hugo"]
        print(f"{size:>7} {'ratio':<10} {f[0] / h[0]:>10.2f}x{'':>17} {f[1] / h[1]:>14.2f}x{'':>16} {f[2] / h[2]:>10.2f}x")
        print(f"{'':>7} targets: first page <= 1.00x; edit <= 200 ms and <= 0.25x; memory <= 1.00x")
    print("\nfirst page: process start to the claim page served whole; edit->page: claim file renamed into place"
          " to the page served with the new text (polled every 20 ms); peak RSS: the server process's VmHWM.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
