#!/usr/bin/env python3
"""`make bench`: how fast report-site builds synthetic sites of 100, 300 and 1,000 cities,
next to Hugo building the same narratives.

For each size it generates the site (`report-site-bench synth`, seeded, with a Hugo copy), then
builds it several times with the release binary, alternating with Hugo runs in the same
invocation so both see the same machine load, and prints one table row: pages, charts, output
size, median wall time, ms per page, peak RSS, Hugo's figures and the ratios. Last, the
in-process incremental rebuild after editing one narrative of the 300-city site.

It also measures a floor: the time to write the files of our first build again, every byte
already in memory, with nothing but mkdir/open/write/close, in the same alternation with Hugo.
No renderer that writes this output can build faster than that on the machine's disk; the
floor is measured for the whole output and for its pages and data files alone (without the
standalone chart SVGs), so a reader can tell what the disk costs before any rendering.

    scripts/bench.py [--sizes 100,300,1000] [--runs 5] [--flavor standard] [--keep DIR] [--no-floor]

Installs `hugo` and GNU `time` through apt when missing. Not part of `make test`.
"""

import argparse
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(REPO, ".build", "release", "report-site")
# The benchmark tools (synth, bench-incremental): their own executable, not part of report-site.
BENCH = os.path.join(REPO, ".build", "release", "report-site-bench")
GNU_TIME = "/usr/bin/time"
# Past this many seconds for one build, a size gets fewer runs (said in the table).
SLOW_RUN_SECONDS = 60
SLOW_RUNS = 3


def log(message):
    print(message, file=sys.stderr, flush=True)


def apt_install(package):
    """Installs a Debian package (idempotent: only called when the tool is missing)."""
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    log(f"installing {package} with apt")
    install = sudo + ["apt-get", "install", "-y", "-qq", package]
    if subprocess.run(install, env=env, stdout=subprocess.DEVNULL).returncode != 0:
        subprocess.run(sudo + ["apt-get", "update", "-qq"], env=env, check=True)
        subprocess.run(install, env=env, check=True, stdout=subprocess.DEVNULL)


def ensure_tools(want_hugo):
    if not os.access(GNU_TIME, os.X_OK):
        apt_install("time")
    if want_hugo and shutil.which("hugo") is None:
        try:
            apt_install("hugo")
        except subprocess.CalledProcessError:
            log("could not install hugo; the Hugo columns stay empty")
    return shutil.which("hugo") if want_hugo else None


def timed(command):
    """Runs a command under GNU time; returns (wall seconds, peak RSS in KiB, CPU seconds)."""
    start = time.perf_counter()
    result = subprocess.run([GNU_TIME, "-v"] + command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    wall = time.perf_counter() - start
    if result.returncode != 0:
        sys.exit(f"failed ({result.returncode}): {' '.join(command)}\n{result.stderr[-3000:]}")
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    cpu = sum(float(re.search(rf"{kind} time \(seconds\): ([\d.]+)", result.stderr).group(1)) for kind in ("User", "System"))
    return wall, rss, cpu


def is_chart(path):
    """Whether an output file is a standalone chart SVG (they live in `charts` folders)."""
    return path.endswith(".svg") and os.path.basename(os.path.dirname(path)) == "charts"


def tree(folder):
    """(html pages, chart SVG files, total bytes) of an output folder."""
    pages = charts = size = 0
    for directory, _, names in os.walk(folder):
        for name in names:
            size += os.path.getsize(os.path.join(directory, name))
            if name.endswith(".html"):
                pages += 1
            elif is_chart(os.path.join(directory, name)):
                charts += 1
    return pages, charts, size


def snapshot(folder):
    """The folder's directories and files with their bytes, parents before children."""
    entries = []
    for directory, _, names in os.walk(folder):
        entries.append((os.path.relpath(directory, folder), None))
        for name in sorted(names):
            with open(os.path.join(directory, name), "rb") as file:
                entries.append((os.path.relpath(os.path.join(directory, name), folder), file.read()))
    return entries


def without_charts(entries):
    """A snapshot without its standalone chart SVGs, nor the folders only they were in."""
    kept = lambda path, data: data is not None and not is_chart(path)
    needed = {"."}
    for path, data in entries:
        folder = os.path.dirname(path) if kept(path, data) else ""
        while folder:
            needed.add(folder)
            folder = os.path.dirname(folder)
    return [(path, data) for path, data in entries if kept(path, data) or (data is None and path in needed)]


def write_snapshot(entries, destination):
    """Writes a snapshot with bare system calls; returns the wall seconds it took."""
    start = time.perf_counter()
    for path, data in entries:
        target = os.path.join(destination, path)
        if data is None:
            os.makedirs(target, exist_ok=True)
            continue
        descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        view = memoryview(data)
        while view:
            view = view[os.write(descriptor, view):]
        os.close(descriptor)
    return time.perf_counter() - start


def megabytes(size):
    return f"{size / 1e6:.1f} MB"


def measure(size, args, work, hugo):
    site, hugo_site = os.path.join(work, f"site-{size}"), os.path.join(work, f"hugo-{size}")
    if not os.path.isdir(site):
        log(f"generating {size} cities")
        subprocess.run([BENCH, "synth", str(size), site, "--flavor", args.flavor,
                        "--seed", str(args.seed), "--hugo", hugo_site], check=True, stdout=subprocess.DEVNULL)
    ours, theirs = [], []
    row = {"cities": size}
    runs, note = args.runs, ""
    run = 0
    floors = {"all": [], "pages": []}
    snapshots = {}
    while run < runs:
        output = os.path.join(work, f"out-{size}")
        log(f"{size} cities: report-site run {run + 1}/{runs}")
        # Without the search index: Hugo makes none, so the comparison is of the same work.
        ours.append(timed([BINARY, "build", site, "--output", output, "--no-search"]))
        if run == 0:
            row["pages"], row["charts"], row["bytes"] = tree(output)
            if ours[0][0] > SLOW_RUN_SECONDS and runs > SLOW_RUNS:
                runs, note = SLOW_RUNS, f" ({SLOW_RUNS} runs: one build takes over {SLOW_RUN_SECONDS} s)"
            if args.floor:
                # The same bytes in both: the second leaves the chart files out.
                snapshots["all"] = snapshot(output)
                snapshots["pages"] = without_charts(snapshots["all"])
        shutil.rmtree(output)
        # A cold build each run: without the manifest or the replaced output the previous
        # build left beside the output.
        os.remove(os.path.join(work, f".out-{size}.manifest.json"))
        shutil.rmtree(os.path.join(work, f".out-{size}.previous"), ignore_errors=True)
        if hugo:
            hugo_output = os.path.join(work, f"hugo-out-{size}")
            log(f"{size} cities: hugo run {run + 1}/{runs}")
            theirs.append(timed([hugo, "--source", hugo_site, "--destination", hugo_output, "--quiet",
                                 "--cacheDir", os.path.join(work, "hugo-cache")]))
            if run == 0:
                row["hugo_pages"], _, row["hugo_bytes"] = tree(hugo_output)
            shutil.rmtree(hugo_output)
        for kind, entries in snapshots.items():
            log(f"{size} cities: writing floor ({kind}) run {run + 1}/{runs}")
            floor_output = os.path.join(work, f"floor-out-{size}")
            floors[kind].append(write_snapshot(entries, floor_output))
            shutil.rmtree(floor_output)
        run += 1
    row["runs"] = runs
    row["note"] = note
    for kind, entries in snapshots.items():
        row[f"floor_{kind}"] = statistics.median(floors[kind])
        row[f"floor_{kind}_files"] = sum(1 for _, data in entries if data is not None)
        row[f"floor_{kind}_bytes"] = sum(len(data) for _, data in entries if data is not None)
    row["wall"] = statistics.median(w for w, _, _ in ours)
    row["rss"] = max(r for _, r, _ in ours)
    row["cpu"] = statistics.median(c for _, _, c in ours)
    if theirs:
        row["hugo_wall"] = statistics.median(w for w, _, _ in theirs)
        row["hugo_rss"] = max(r for _, r, _ in theirs)
        row["hugo_cpu"] = statistics.median(c for _, _, c in theirs)
    return row


def incremental(work, args):
    """The in-process rebuild after editing one narrative of the 300-city site, or why not."""
    site = os.path.join(work, "site-300")
    if not os.path.isdir(site):
        subprocess.run([BENCH, "synth", "300", site, "--flavor", args.flavor, "--seed", str(args.seed)],
                       check=True, stdout=subprocess.DEVNULL)
    result = subprocess.run([BENCH, "bench-incremental", site, "--edits", "9"], capture_output=True, text=True)
    if result.returncode != 0:
        return f"failed: {result.stderr.strip()[-300:]}"
    return result.stdout.strip().splitlines()[-1]


def rebuilds(work, args, hugo):
    """Rebuilds of the 300-city site over its previous output, as a user or a CI with a cached
    output makes them: with nothing changed, after one narrative is edited, and after one
    city's data is edited; Hugo rebuilding its copy over its own output, after nothing and
    after the same narrative edit, alternating with ours; then (up to three times) after the
    site's own copy of a template is edited, which renders every route again, and after a
    narrative edit that follows it. Each run edits another city. Returns
    {kind: [wall seconds]}; every rebuild of ours is checked against a build into an empty folder
    once, at the end (byte for byte)."""
    site, hugo_site = os.path.join(work, "site-300"), os.path.join(work, "hugo-300")
    if not os.path.isdir(site) or (hugo and not os.path.isdir(hugo_site)):
        shutil.rmtree(site, ignore_errors=True)
        shutil.rmtree(hugo_site, ignore_errors=True)
        subprocess.run([BENCH, "synth", "300", site, "--flavor", args.flavor, "--seed", str(args.seed), "--hugo", hugo_site],
                       check=True, stdout=subprocess.DEVNULL)
    output, hugo_output = os.path.join(work, "rebuild-out"), os.path.join(work, "rebuild-hugo-out")
    ours = lambda: timed([BINARY, "build", site, "--output", output, "--no-search", "--quiet"])[0]
    theirs = lambda: timed([hugo, "--source", hugo_site, "--destination", hugo_output, "--quiet",
                            "--cacheDir", os.path.join(work, "hugo-cache")])[0]
    log("rebuilds: first builds")
    ours()
    if hugo:
        theirs()
    cities = sorted(os.listdir(os.path.join(site, "Content", "cities")))
    times = {kind: [] for kind in ("none", "narrative", "data", "hugo_none", "hugo_narrative", "template", "after_template")}
    for run in range(args.runs):
        log(f"rebuilds: run {run + 1}/{args.runs}")
        times["none"].append(ours())
        if hugo:
            times["hugo_none"].append(theirs())
        city = cities[(run * 37) % len(cities)]
        narrative = sorted(name for name in os.listdir(os.path.join(site, "Content", "cities", city)) if name.endswith(".zh.md"))[0]
        sentence = f"\n\n本段为基准测试所加（第{run + 1}次）。\n"
        for path in [os.path.join(site, "Content", "cities", city, narrative)] + \
                    ([os.path.join(hugo_site, "content", "cities", city, narrative)] if hugo else []):
            with open(path, "a", encoding="utf-8") as file:
                file.write(sentence)
        times["narrative"].append(ours())
        if hugo:
            times["hugo_narrative"].append(theirs())
        data = os.path.join(site, "Content", "cities", cities[(run * 37 + 11) % len(cities)], "city.yaml")
        with open(data, encoding="utf-8") as file:
            text = file.read()
        # A mark of its own each time (the site is kept between runs of the benchmark, so the
        # same city may be edited again): an edit that changed nothing would time a no-op.
        edited = re.sub(r"仅供测试(（[^）]*）)?。", f"仅供测试（{time.time_ns()}）。", text, count=1)
        if edited == text:
            sys.exit(f"the data edit changed nothing in {data}")
        with open(data, "w", encoding="utf-8") as file:
            file.write(edited)
        times["data"].append(ours())
    # A template edited (the site's own copy of the city page's): every route is rendered again,
    # and what comes out the same keeps its file; then a narrative edited after it. Fewer runs:
    # each renders the whole site.
    template = os.path.join(site, "Templates", "city.mustache")
    with open(os.path.join(REPO, "Templates", "city.mustache"), encoding="utf-8") as file:
        built_in = file.read()
    for run in range(min(args.runs, 3)):
        log(f"rebuilds: template edit {run + 1}/{min(args.runs, 3)}")
        edited = built_in.replace("<h1>{{cityName}}</h1>", f'<h1 data-edit="{time.time_ns()}">{{{{cityName}}}}</h1>')
        if edited == built_in:
            sys.exit("the template edit changed nothing")
        with open(template, "w", encoding="utf-8") as file:
            file.write(edited)
        times["template"].append(ours())
        city = cities[(run * 53 + 7) % len(cities)]
        narrative = sorted(name for name in os.listdir(os.path.join(site, "Content", "cities", city)) if name.endswith(".zh.md"))[0]
        with open(os.path.join(site, "Content", "cities", city, narrative), "a", encoding="utf-8") as file:
            file.write(f"\n\n本段为基准测试所加（模板后第{run + 1}次）。\n")
        times["after_template"].append(ours())
    log("rebuilds: comparing the last rebuild with a build into an empty folder")
    fresh = os.path.join(work, "rebuild-fresh")
    subprocess.run([BINARY, "build", site, "--output", fresh, "--no-search", "--quiet", "--no-cache"], check=True)
    if sorted(snapshot(fresh)) != sorted(snapshot(output)):
        sys.exit("the rebuilt output differs from a build into an empty folder")
    # The kept site's next benchmark starts from the built-in templates.
    os.remove(template)
    for folder in (output, hugo_output, fresh, os.path.join(work, ".rebuild-out.previous")):
        shutil.rmtree(folder, ignore_errors=True)
    for manifest in (".rebuild-out.manifest.json", ".rebuild-fresh.manifest.json"):
        if os.path.exists(os.path.join(work, manifest)):
            os.remove(os.path.join(work, manifest))
    return times


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,300,1000", help="city counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="builds per size (median; at least 5 for the table)")
    parser.add_argument("--flavor", default="standard", choices=["standard", "foreign"])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-hugo", action="store_true", help="skip the Hugo comparison")
    parser.add_argument("--keep", metavar="DIR", help="generate into DIR and keep it (reused when it exists)")
    parser.add_argument("--no-build", action="store_true", help="use the release binaries as they are")
    parser.add_argument("--no-rebuilds", dest="rebuilds", action="store_false",
                        help="skip the rebuilds over the previous output (300 cities)")
    parser.add_argument("--no-floor", dest="floor", action="store_false",
                        help="skip the floor (writing our output from memory; holds it in memory)")
    args = parser.parse_args()

    if not args.no_build:
        log("building the release binaries")
        for product in ("report-site", "report-site-bench"):
            subprocess.run(["swift", "build", "-c", "release", "--product", product], cwd=REPO, check=True,
                           stdout=subprocess.DEVNULL)
    hugo = ensure_tools(not args.no_hugo)
    work = args.keep or tempfile.mkdtemp(prefix="report-site-bench-")
    os.makedirs(work, exist_ok=True)
    try:
        rows = [measure(int(size), args, work, hugo) for size in args.sizes.split(",")]
        has300 = "300" in args.sizes.split(",")
        incremental_text = incremental(work, args) if has300 else "n/a (no 300-city site in --sizes)"
        rebuild_times = rebuilds(work, args, hugo) if has300 and args.rebuilds else None
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    hugo_version = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1] if hugo else "none"
    cpu = next((line.split(":", 1)[1].strip() for line in open("/proc/cpuinfo") if line.startswith("model name")), platform.machine())
    print(f"\nreport-site bench: {args.flavor} flavor, seed {args.seed}; {os.cpu_count()} cores ({cpu}); "
          f"load average {os.getloadavg()[0]:.1f}; Hugo {hugo_version}\n")
    # CPU time (user + system) is shown beside wall time: on a shared machine it is the steadier figure.
    print("| cities | pages | charts | output | median wall (runs) | ms/page | CPU | peak RSS "
          "| Hugo pages | Hugo output | Hugo wall | Hugo CPU | Hugo RSS | wall ours/Hugo | CPU ours/Hugo | RSS ours/Hugo |")
    print("| ---: " * 16 + "|")
    for row in rows:
        cells = [str(row["cities"]), str(row["pages"]), str(row["charts"]), megabytes(row["bytes"]),
                 f"{row['wall']:.2f} s ({row['runs']}){row['note']}", f"{row['wall'] * 1000 / row['pages']:.2f}",
                 f"{row['cpu']:.2f} s", f"{row['rss'] / 1024:.0f} MB"]
        if "hugo_wall" in row:
            cells += [str(row["hugo_pages"]), megabytes(row["hugo_bytes"]), f"{row['hugo_wall']:.2f} s",
                      f"{row['hugo_cpu']:.2f} s", f"{row['hugo_rss'] / 1024:.0f} MB", f"{row['wall'] / row['hugo_wall']:.2f}",
                      f"{row['cpu'] / row['hugo_cpu']:.2f}", f"{row['rss'] / row['hugo_rss']:.2f}"]
        else:
            cells += ["–"] * 8
        print("| " + " | ".join(cells) + " |")
    if len(rows) >= 2:
        small = rows[0]
        for row in rows[1:]:
            print(f"\n{row['cities']} vs {small['cities']} cities: {row['wall'] / small['wall']:.2f}× the wall time, "
                  f"{row['cpu'] / small['cpu']:.2f}× the CPU time, for {row['cities'] / small['cities']:.1f}× the cities")
    floored = [row for row in rows if "floor_all" in row]
    if floored:
        # The disk's share: what writing our output costs before anything is rendered.
        print("\nfloor: our first build's files written again from memory (mkdir/open/write/close only), "
              "median of the same runs, alternating with Hugo\n")
        print("| cities | files | bytes | floor wall | floor/Hugo wall | without chart SVGs: files | bytes | floor wall | floor/Hugo wall |")
        print("| ---: " * 9 + "|")
        for row in floored:
            hugo_wall = row.get("hugo_wall")
            ratio = lambda seconds: f"{seconds / hugo_wall:.2f}" if hugo_wall else "–"
            print("| " + " | ".join([str(row["cities"]), str(row["floor_all_files"]), megabytes(row["floor_all_bytes"]),
                                      f"{row['floor_all']:.2f} s", ratio(row["floor_all"]),
                                      str(row["floor_pages_files"]), megabytes(row["floor_pages_bytes"]),
                                      f"{row['floor_pages']:.2f} s", ratio(row["floor_pages"])]) + " |")
    print(f"\nincremental rebuild, one narrative edited, 300 cities (median of 9 edits, in process): {incremental_text}")
    if rebuild_times:
        median = lambda kind: statistics.median(rebuild_times[kind]) if rebuild_times[kind] else None
        print(f"\nrebuilds over the previous output, 300 cities, `build --no-search` (median of {args.runs}; "
              "Hugo over its own output, alternating; the last rebuild equals a build into an empty folder byte for byte)\n")
        print("| edit | ours | Hugo | ours/Hugo |")
        print("| --- | ---: | ---: | ---: |")
        for kind, hugo_kind, name in (("none", "hugo_none", "nothing"), ("narrative", "hugo_narrative", "one narrative"),
                                      ("data", "hugo_narrative", "one city's data (Hugo: one narrative)"),
                                      ("template", None, "a template (every route rendered again)"),
                                      ("after_template", "hugo_narrative", "one narrative, after a template edit")):
            if not rebuild_times[kind]:
                continue
            ours_s, hugo_s = median(kind), hugo_kind and median(hugo_kind)
            print(f"| {name} | {ours_s:.2f} s | " + (f"{hugo_s:.2f} s | {ours_s / hugo_s:.2f}" if hugo_s else "– | –") + " |")
        # Each run, in order: the first rebuild after the cold build has no kept output to stage into.
        for kind, runs in rebuild_times.items():
            print(f"{kind}: " + ", ".join(f"{t:.2f}" for t in runs))


if __name__ == "__main__":
    main()
