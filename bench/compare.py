#!/usr/bin/env python3
"""factcheck vs Hugo, side by side, on the standard synthetic corpus (issue 8).

Called by bench/run; see bench/README.md. Standard library only.
Progress goes to stderr, the results table to stdout.
Exit status: 0 after printing the results, 1 when a tool fails, 2 on usage/setup errors.
"""
import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LAUNCHER = os.path.join(REPO, "factcheck")
GNU_TIME = "/usr/bin/time"
TIME_FORMAT = "%e %U %S %M"  # wall s, user s, sys s, max RSS KB
STAMP = ".bench-corpus"
REBUILD_NOTE = "factcheck: building the generator"


class ToolFailed(Exception):
    pass


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, code=2):
    log(f"bench/run: {msg}")
    sys.exit(code)


# --- setup -------------------------------------------------------------------------------

def apt_install(package):
    """apt-get install -y PACKAGE (as root, or through `sudo -n`), with one apt-get update retry."""
    prefix = [] if os.geteuid() == 0 else (["sudo", "-n"] if shutil.which("sudo") else None)
    if prefix is None or not shutil.which("apt-get"):
        die(f"'{package}' is missing and cannot be installed here; run: apt-get install -y {package}")
    log(f"bench/run: installing {package} from Debian (apt-get install -y {package})")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = prefix + ["apt-get", "install", "-y", "-q", package]
    if subprocess.run(install, env=env, stdout=sys.stderr).returncode == 0:
        return
    subprocess.run(prefix + ["apt-get", "update", "-q"], env=env, stdout=sys.stderr)
    if subprocess.run(install, env=env, stdout=sys.stderr).returncode != 0:
        die(f"apt-get install -y {package} failed")


def ensure_tools():
    if not os.access(GNU_TIME, os.X_OK):
        apt_install("time")
    if not shutil.which("hugo"):
        apt_install("hugo")
    if not shutil.which("java"):
        die("java is not on PATH (factcheck needs Java 17)")
    if not os.access(LAUNCHER, os.X_OK):
        die(f"{LAUNCHER} is missing or not executable")


def parse_sizes(text):
    """--sizes: comma-separated positive claim counts (underscores allowed), or exit 2."""
    try:
        sizes = [int(s.replace("_", "")) for s in text.split(",") if s.strip()]
    except ValueError:
        die(f"--sizes must be comma-separated integers, got {text!r}")
    if not sizes or min(sizes) < 1:
        die("--sizes must be positive")
    return sizes


def work_dir(path):
    """--work made absolute; it must lie outside the repository (corpora are large), or exit 2."""
    work = os.path.abspath(path)
    if work == REPO or work.startswith(REPO + os.sep):
        die(f"--work must be outside the repository ({REPO})")
    return work


def first_line(cmd):
    try:
        p = subprocess.run(cmd, capture_output=True, text=True)
        out = (p.stdout or p.stderr).strip().splitlines()
        return out[0] if out else "?"
    except OSError:
        return "?"


def generator_path():
    path = os.environ.get("GEN_CORPUS") or os.path.join(REPO, "..", "shared", "bench", "gen_corpus.py")
    path = os.path.abspath(path)
    if not os.path.isfile(path):
        die(f"corpus generator not found at {path}\n"
            "  bench/run expects ../shared/bench/gen_corpus.py next to the repository;"
            " set GEN_CORPUS=/path/to/gen_corpus.py to use another copy")
    return path


def prepare_corpus(work, size, gen):
    """WORK/claims-SIZE holds factcheck/ and hugo/; generated once, reused while the stamp matches.
    The project's templates are copied in on every run, so template changes are measured."""
    corpus = os.path.join(work, f"claims-{size}")
    with open(gen, "rb") as f:
        stamp = f"claims={size} generator-sha256={hashlib.sha256(f.read()).hexdigest()}\n"
    stamp_path = os.path.join(corpus, STAMP)
    if os.path.isfile(stamp_path) and open(stamp_path).read() == stamp:
        log(f"bench/run: reusing corpus {corpus}")
    else:
        if os.path.exists(corpus):
            shutil.rmtree(corpus)
        log(f"bench/run: generating {size} claims into {corpus}")
        t0 = time.monotonic()
        p = subprocess.run([sys.executable, gen, str(size), corpus], capture_output=True, text=True)
        if p.returncode != 0:
            die(f"gen_corpus.py failed:\n{p.stdout}{p.stderr}", 1)
        log(f"bench/run:   {p.stdout.strip()} ({time.monotonic() - t0:.0f} s)")
        with open(stamp_path, "w") as f:
            f.write(stamp)
    # The generator writes an empty templates/; fill it with the project's own templates.
    templates = os.path.join(corpus, "factcheck", "templates")
    shutil.rmtree(templates, ignore_errors=True)
    shutil.copytree(os.path.join(REPO, "templates"), templates)
    return corpus


# --- running -----------------------------------------------------------------------------

TOOLS = ("factcheck", "hugo", "fc-cold")


def commands(corpus):
    fc = [LAUNCHER, "build", "--force", "--root", os.path.join(corpus, "factcheck"),
          "--out", os.path.join(corpus, "factcheck-out")]
    return {
        # --force: a full build every time, as hugo does; without it factcheck would notice that
        # nothing changed since the previous round and stop at once (measured separately below).
        # `factcheck` goes through the user's build daemon (the default; the bench's own, see main); `fc-cold` builds in a
        # fresh JVM of its own (--no-daemon), as the first build of a session does.
        "factcheck": fc,
        "hugo": ["hugo", "--quiet", "--source", os.path.join(corpus, "hugo"),
                 "--destination", os.path.join(corpus, "hugo-out")],
        "fc-cold": fc + ["--no-daemon"],
    }


def daemon_pid(corpus):
    """The pid of the bench's own build daemon (FACTCHECK_DAEMON_DIR, set in main)."""
    try:
        with open(os.path.join(os.environ["FACTCHECK_DAEMON_DIR"], "pid")) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        return None


def reset_peak(pid):
    """Resets a process's peak resident memory (VmHWM), so that the next reading is one build's peak."""
    if pid is None:
        return
    try:
        with open(f"/proc/{pid}/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def peak_kb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except (OSError, TypeError):
        pass
    return 0


def timed(cmd):
    """Runs cmd under GNU time; returns (wall s, cpu s, rss KB, stderr text)."""
    with tempfile.NamedTemporaryFile("r", prefix="bench-time.", suffix=".txt") as t:
        p = subprocess.run([GNU_TIME, "-f", TIME_FORMAT, "-o", t.name] + cmd,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise ToolFailed(f"{' '.join(cmd)} exited with status {p.returncode}\n{p.stdout}{p.stderr}")
        fields = t.read().strip().splitlines()[-1].split()
    wall, user, sys_, rss = float(fields[0]), float(fields[1]), float(fields[2]), int(fields[3])
    return wall, user + sys_, rss, p.stderr


def run_tool(tool, cmd, corpus=None):
    """One timed run. A run during which the launcher rebuilt the jar (sources changed under us)
    is not a build measurement: it is discarded and repeated once. Through the daemon, the
    memory is the client's peak plus the daemon's peak during this build (and the daemon's CPU
    is not in `cpu`: GNU time sees the client only)."""
    for _ in range(2):
        pid = daemon_pid(corpus) if tool == "factcheck" and corpus else None
        reset_peak(pid)
        wall, cpu, rss, err = timed(cmd)
        if tool == "factcheck" and corpus:
            rss += peak_kb(daemon_pid(corpus))
        if tool != "hugo" and REBUILD_NOTE in err:
            log("bench/run:   (the launcher rebuilt the jar during this run; discarded, repeating)")
            continue
        return wall, cpu, rss, err
    return wall, cpu, rss, err


EDIT_ROUNDS = 5


def one_edit_rebuilds(corpus, cmd):
    """Edits one claim's summary and rebuilds (no --force), EDIT_ROUNDS times; then checks that the
    output is byte-identical to a full build of the edited content in a fresh JVM. Restores the file."""
    claims = os.path.join(corpus, "factcheck", "content", "claims")
    victim = os.path.join(claims, sorted(os.listdir(claims))[len(os.listdir(claims)) // 2])
    original = open(victim, encoding="utf-8").read()
    walls, rendered = [], []
    try:
        for i in range(-1, EDIT_ROUNDS):  # edit -1 is untimed: after --force the daemon kept nothing, so it renders all
            time.sleep(4)  # an edit takes a person a few seconds; the daemon tidies its memory meanwhile
            lines = original.splitlines(keepends=True)
            lines = [l.rstrip("\n").rstrip('"') + f' Edited {i + 1}."\n' if l.startswith("summary:") else l for l in lines]
            with open(victim, "w", encoding="utf-8") as f:
                f.write("".join(lines))
            wall, _, _, err = run_tool("factcheck", cmd + ["--timings"], corpus)
            if i < 0:
                continue
            walls.append(wall)
            rendered.append(next((l.split(";")[-1].strip() for l in err.splitlines() if l.startswith("timings:")), "?"))
        fresh = os.path.join(corpus, "factcheck-fresh")
        subprocess.run([LAUNCHER, "build", "--force", "--no-daemon", "--root", os.path.join(corpus, "factcheck"),
                        "--out", fresh], check=True, capture_output=True)
        same = tree_digest(os.path.join(corpus, "factcheck-out")) == tree_digest(fresh)
        shutil.rmtree(fresh, ignore_errors=True)
    finally:
        with open(victim, "w", encoding="utf-8") as f:
            f.write(original)
    subprocess.run(cmd, capture_output=True)  # leave the output matching the corpus
    return walls, rendered, same


def tree_digest(directory):
    h = hashlib.sha256()
    for dirpath, dirnames, files in sorted(os.walk(directory)):
        dirnames.sort()
        for name in sorted(files):
            path = os.path.join(dirpath, name)
            h.update(os.path.relpath(path, directory).encode())
            with open(path, "rb") as f:
                h.update(hashlib.sha256(f.read()).digest())
    return h.hexdigest()


def count_html(directory):
    n = 0
    for _, _, files in os.walk(directory):
        n += sum(1 for f in files if f.endswith(".html"))
    return n


def jar_version():
    """The jar's mtime and size: sources edited while the bench runs (another engineer, an editor)
    make the launcher rebuild it, and later runs then measure other code."""
    try:
        st = os.stat(os.path.join(REPO, "target", "factcheck.jar"))
        return (st.st_mtime_ns, st.st_size)
    except OSError:
        return None


def bench_size(size, rounds, corpus):
    cmds = commands(corpus)
    results = {tool: [] for tool in TOOLS}
    warnings = {}
    log(f"bench/run: {size} claims: warm-up (untimed; builds the jar if needed, starts and warms the"
        " build daemon, warms the page cache)")
    for tool in ("factcheck", "factcheck", "factcheck", "hugo"):
        p = subprocess.run(cmds[tool], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        if p.returncode != 0:
            raise ToolFailed(f"{tool} warm-up exited with status {p.returncode}\n{p.stdout}{p.stderr}")
        lines = [l for l in p.stderr.splitlines() if l.strip() and REBUILD_NOTE not in l]
        if lines:
            warnings[tool] = lines
    jar_before = jar_version()
    for r in range(rounds):
        # Alternate the order, so no tool always runs right after another's I/O.
        order = TOOLS if r % 2 == 0 else tuple(reversed(TOOLS))
        for tool in order:
            wall, cpu, rss, _ = run_tool(tool, cmds[tool], corpus)
            results[tool].append((wall, cpu, rss))
            log(f"bench/run:   round {r + 1}/{rounds} {tool:9} wall {wall:7.2f} s  cpu {cpu:7.2f} s"
                f"  rss {rss / 1024:7.1f} MB")
    # One extra factcheck run with --timings for the phase breakdown (not part of the medians).
    _, _, _, err = run_tool("factcheck", cmds["factcheck"] + ["--timings"], corpus)
    timings = next((l.strip() for l in err.splitlines() if l.startswith("timings:")), "(no timings line)")
    # Then the same build again without --force: nothing changed, so this is the no-change rebuild.
    incremental = [c for c in cmds["factcheck"] if c != "--force"]
    nochange = sorted(run_tool("factcheck", incremental, corpus)[0] for _ in range(3))
    timings += f"\n{'':9}factcheck no-change rebuild (no --force): {nochange[1]:.2f} s wall (median of 3)"
    walls, rendered, same = one_edit_rebuilds(corpus, incremental)
    timings += (f"\n{'':9}factcheck one-claim-edit rebuild: {statistics.median(walls):.2f} s wall"
                f" (median of {len(walls)}: {', '.join(f'{w:.2f}' for w in walls)}; {rendered[-1]});"
                f" byte-identical to a full build: {'yes' if same else 'NO'}")
    if jar_version() != jar_before:
        warnings["bench"] = ["target/factcheck.jar was rebuilt during the timed runs (sources changed):"
                             " the factcheck figures mix two versions of the code"]
    pages = {"factcheck": count_html(os.path.join(corpus, "factcheck-out")),
             "hugo": count_html(os.path.join(corpus, "hugo-out"))}
    return results, pages, timings, warnings


# --- report ------------------------------------------------------------------------------

def medians(runs):
    return tuple(statistics.median(r[i] for r in runs) for i in range(3))


def report(rows):
    print()
    print(f"{'claims':>7}  {'tool':9} {'runs':>4} {'wall s':>8} {'(min-max)':>17} {'cpu s':>8}"
          f" {'rss MB':>8} {'pages':>7}")
    for size, rounds, results, pages, timings, _ in rows:
        med = {}
        pages["fc-cold"] = pages["factcheck"]
        for tool in TOOLS:
            runs = results[tool]
            wall, cpu, rss = med[tool] = medians(runs)
            lo, hi = min(r[0] for r in runs), max(r[0] for r in runs)
            rng = f"({lo:.2f}-{hi:.2f})"
            print(f"{size:>7}  {tool:9} {len(runs):>4} {wall:8.2f} {rng:>17} {cpu:8.2f}"
                  f" {rss / 1024:8.1f} {pages[tool]:>7}")
        wall_ratio = med["factcheck"][0] / med["hugo"][0]
        rss_ratio = med["factcheck"][2] / med["hugo"][2]
        print(f"{size:>7}  ratio factcheck/hugo: wall {wall_ratio:.2f}x, rss {rss_ratio:.2f}x"
              f" (cpu not comparable: the daemon's is not counted);"
              f" without the daemon: wall {med['fc-cold'][0] / med['hugo'][0]:.2f}x,"
              f" cpu {med['fc-cold'][1] / med['hugo'][1]:.2f}x, rss {med['fc-cold'][2] / med['hugo'][2]:.2f}x")
        ok_wall, ok_rss = wall_ratio <= 0.5, rss_ratio <= 1.0
        verdict = "MET" if ok_wall and ok_rss else "NOT MET"
        print(f"{size:>7}  verdict (bar: wall <= 0.5x hugo, rss <= hugo): {verdict}"
              f" (wall {'ok' if ok_wall else 'too slow'}, rss {'ok' if ok_rss else 'too big'})")
        print(f"{size:>7}  factcheck {timings}")
    warned = [(size, tool, lines) for size, _, _, _, _, w in rows for tool, lines in w.items()]
    for size, tool, lines in warned:
        print(f"\nnote: {tool} printed on stderr at {size} claims (warm-up run):" if tool != "bench"
              else f"\nnote: at {size} claims:")
        for l in lines[:10]:
            print(f"  {l}")
        if len(lines) > 10:
            print(f"  ... {len(lines) - 10} more lines")


def main():
    ap = argparse.ArgumentParser(
        prog="bench/run",
        description="Time `factcheck build` and `hugo` side by side on the standard synthetic corpus.")
    ap.add_argument("--sizes", default="1000,10000,50000",
                    help="comma-separated claim counts (default: 1000,10000,50000)")
    ap.add_argument("--rounds", type=int, default=None,
                    help="timed rounds per size, each one run of each tool"
                         " (default: 5, and 3 for sizes of 50000 and more)")
    ap.add_argument("--work", default=os.environ.get("FACTCHECK_BENCH_DIR", "/tmp/factcheck-bench"),
                    help="where corpora and outputs live (default: $FACTCHECK_BENCH_DIR or /tmp/factcheck-bench)")
    args = ap.parse_args()
    sizes = parse_sizes(args.sizes)
    if args.rounds is not None and args.rounds < 1:
        die("--rounds must be positive")
    work = work_dir(args.work)

    gen = generator_path()
    ensure_tools()
    os.makedirs(work, exist_ok=True)
    # A daemon of the bench's own, not the user's: its pid is known, and no other build shares it.
    daemon_dir = os.path.join(work, "daemon")
    if len(os.path.join(daemon_dir, "socket").encode()) > 100:
        die(f"--work {work} is too long a path for the daemon's socket; choose a shorter one")
    os.environ["FACTCHECK_DAEMON_DIR"] = daemon_dir
    rev = first_line(["git", "-C", REPO, "rev-parse", "--short", "HEAD"])
    dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    print(f"factcheck {rev}{' (uncommitted changes)' if dirty else ''} | {first_line(['java', '-version'])}"
          f" | {first_line(['hugo', 'version'])}")
    print(f"{platform.node()}: {os.cpu_count()} cpus, load {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f" | corpora in {work}")
    sys.stdout.flush()

    rows = []
    try:
        for size in sizes:
            rounds = args.rounds or (3 if size >= 50000 else 5)
            corpus = prepare_corpus(work, size, gen)
            results, pages, timings, warnings = bench_size(size, rounds, corpus)
            rows.append((size, rounds, results, pages, timings, warnings))
    except ToolFailed as e:
        if rows:
            report(rows)
        die(f"a tool failed: {e}", 1)
    except KeyboardInterrupt:
        if rows:
            report(rows)
        die("interrupted", 130)
    report(rows)
    print("\nwall and rss are medians; cpu = user + sys (median) of the command itself. factcheck goes"
          " through its build daemon (rss = client + daemon peak during the build); fc-cold is"
          " `build --no-daemon`, a fresh JVM. All overwrite their previous output; ratios are factcheck/hugo.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
