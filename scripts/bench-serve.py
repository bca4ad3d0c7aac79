#!/usr/bin/env python3
"""Benchmarks `report-site serve` on a temporary copy of a site (the site itself is never touched):

  * save-to-reload latency: a narrative is edited N times; each time, the time from the file
    being written to the `change` event naming its page arriving on the event stream
    (the watcher's batching window included);
  * a load check: 1,000 requests from 32 concurrent clients (keep-alive connections), all of
    which must be answered 200;
  * shutdown: the time from SIGINT to the process exiting, with an event stream still open.

  scripts/bench-serve.py [SITE_DIR] [--runs 20] [--binary .build/release/report-site]

Standard library only. Build the release binary first (`make bench-serve` does).
"""
import argparse, http.client, json, os, re, shutil, signal, statistics, subprocess, sys, tempfile, threading, time

def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("site", nargs="?", default=".")
    p.add_argument("--runs", type=int, default=20)
    p.add_argument("--binary", default=".build/release/report-site")
    p.add_argument("--requests", type=int, default=1000)
    p.add_argument("--clients", type=int, default=32)
    return p.parse_args()

def copy_site(site):
    tmp = tempfile.mkdtemp(prefix="report-site-bench-serve-")
    for folder in ("Content", "Templates", "Public"):
        if os.path.isdir(os.path.join(site, folder)):
            shutil.copytree(os.path.join(site, folder), os.path.join(tmp, folder))
    return tmp

def first_narrative(root):
    cities = os.path.join(root, "Content", "cities")
    for city in sorted(os.listdir(cities)):
        for name in sorted(os.listdir(os.path.join(cities, city))):
            m = re.fullmatch(r"(.+)\.([a-z]{2})\.md", name)
            if m:
                return os.path.join(cities, city, name), f"{m.group(2)}/cities/{city}/{m.group(1)}/index.html"
    sys.exit("no narrative found under Content/cities")

class EventStream(threading.Thread):
    """Reads the server-sent events, stamping each `change` event as it arrives."""
    def __init__(self, port):
        super().__init__(daemon=True)
        self.conn = http.client.HTTPConnection("127.0.0.1", port)
        self.conn.request("GET", "/_preview/events")
        self.response = self.conn.getresponse()
        self.events, self.cond = [], threading.Condition()
    def run(self):
        block = []
        try:
            for raw in self.response:
                line = raw.decode().rstrip("\n")
                if line:
                    block.append(line); continue
                if block and block[0] == "event: change":
                    data = json.loads(block[1][len("data: "):])
                    with self.cond:
                        self.events.append((time.perf_counter(), data)); self.cond.notify_all()
                block = []
        except Exception:
            pass
    def wait_for(self, page, after, timeout=10):
        deadline = time.perf_counter() + timeout
        with self.cond:
            while True:
                for stamp, data in self.events:
                    if stamp >= after and (data["all"] or page in data["changed"]):
                        return stamp
                left = deadline - time.perf_counter()
                if left <= 0: return None
                self.cond.wait(left)

def load(port, paths, total, clients):
    results, lock, counter = [], threading.Lock(), iter(range(total))
    def worker():
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        while True:
            with lock:
                i = next(counter, None)
            if i is None: break
            try:
                conn.request("GET", paths[i % len(paths)])
                r = conn.getresponse(); r.read(); status = r.status
            except Exception as e:
                status = repr(e); conn.close(); conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            with lock: results.append(status)
        conn.close()
    start = time.perf_counter()
    threads = [threading.Thread(target=worker) for _ in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
    return results, time.perf_counter() - start

def main():
    args = parse_args()
    root = copy_site(args.site)
    server = subprocess.Popen([args.binary, "serve", root, "--port", "0"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        port, ready = None, ""
        for line in server.stdout:
            m = re.search(r"Serving at http://127\.0\.0\.1:(\d+)/ — (.*)\. Press", line)
            if m:
                port, ready = int(m.group(1)), m.group(2); break
        if port is None: sys.exit("the server did not start")
        threading.Thread(target=lambda: [None for _ in server.stdout], daemon=True).start()
        print(f"site: {os.path.abspath(args.site)} ({ready})")

        stream = EventStream(port); stream.start()
        narrative, page = first_narrative(root)
        original = open(narrative, encoding="utf-8").read()
        latencies = []
        for run in range(args.runs):
            time.sleep(0.3)  # let the previous rebuild settle
            with open(narrative, "w", encoding="utf-8") as f:
                f.write(original + f"\n\nBenchmark edit {run}.\n")
            saved = time.perf_counter()
            arrived = stream.wait_for(page, saved)
            if arrived is None: sys.exit(f"run {run}: no change event for {page} within 10 s")
            latencies.append((arrived - saved) * 1000)
        latencies.sort()
        print(f"save → reload event for {page}, {args.runs} edits: "
              f"min {latencies[0]:.0f} ms, median {statistics.median(latencies):.0f} ms, "
              f"p90 {latencies[int(len(latencies) * 0.9) - 1]:.0f} ms, max {latencies[-1]:.0f} ms")

        paths = ["/", "/zh/", "/en/", "/" + page.removesuffix("index.html"), "/style.css", "/missing/"]
        results, seconds = load(port, paths, args.requests, args.clients)
        ok = sum(1 for s in results if s in (200, 404))
        errors = [s for s in results if s not in (200, 404)]
        print(f"load: {len(results)} requests from {args.clients} clients in {seconds:.2f} s "
              f"({len(results) / seconds:.0f}/s): {ok} answered as expected, {len(errors)} errors {errors[:3]}")

        start = time.perf_counter()
        server.send_signal(signal.SIGINT)
        server.wait(timeout=10)
        print(f"shutdown with an event stream open: {(time.perf_counter() - start) * 1000:.0f} ms, exit code {server.returncode}")
        if errors or len(results) != args.requests: sys.exit(1)
    finally:
        if server.poll() is None: server.kill()
        shutil.rmtree(root, ignore_errors=True)

if __name__ == "__main__":
    main()
