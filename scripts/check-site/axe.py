#!/usr/bin/env python3
"""Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the pages of a built site in headless
Chromium, at 390 and 1280 px wide, in light and dark colour schemes, and takes screenshots.

Usage: axe.py SITE_DIR SCREENSHOT_DIR [--all-variants] [--pages=a/index.html,b/index.html]

One browser session serves every page (starting Chromium per page is what makes this slow).
By default every page is checked at 1280 px light, and one page of each kind in each
language at all four variants; --all-variants checks every page at all four.
Exit 1 with one line per violation and node."""
import functools
import http.server
import importlib.util
import json
import os
import re
import sys
import threading
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service

from common import pages, site_base

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
VARIANTS = [(1280, 900, "light"), (390, 844, "light"), (1280, 900, "dark"), (390, 844, "dark")]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    path = os.path.join(spec.submodule_search_locations[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


def serve(site, base_path):
    """Serves the site on a loopback port under the base URL's path, as a web server would."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = urllib.parse.urlsplit(path).path
            if path.startswith(base_path):
                path = "/" + path[len(base_path):]
            return super().translate_path(path)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def sample(all_pages):
    """One page of each kind per language: landing, 404, home, a city, a report, an indicator, a free page."""
    chosen, seen = [], set()
    for page in all_pages:
        kind = re.sub(r"^[^/]+/", "", page)                    # drop the language
        kind = re.sub(r"cities/[^/]+/[^/]+/index.html", "report", kind)
        kind = re.sub(r"cities/[^/]+/index.html", "city", kind)
        kind = re.sub(r"indicators/[^/]+/index.html", "indicator", kind)
        kind = re.sub(r"^[^/]+/index.html$", "free page", kind) if "/" in kind else kind
        key = (page.split("/")[0] if "/" in page else "", kind)
        if key not in seen:
            seen.add(key)
            chosen.append(page)
    return chosen


def main(site, shots, all_variants, only=None):
    os.makedirs(shots, exist_ok=True)
    base = site_base(site)
    base_path = urllib.parse.urlsplit(base).path if base else "/"
    server = serve(site, base_path)
    root = f"http://127.0.0.1:{server.server_address[1]}{base_path}"
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=en"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_script_timeout(120)
    source = axe_source()
    version = None
    everything = pages(site)
    if only:
        everything = [p for p in everything if p in only]
    sampled = set(sample(everything))
    problems, runs = [], 0
    started = time.time()
    try:
        for width, height, scheme in VARIANTS:
            driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                                   {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})
            todo = everything if (all_variants or (width, scheme) == (1280, "light")) else [p for p in everything if p in sampled]
            for page in todo:
                driver.get(root + page)
                driver.execute_script(source)
                result = driver.execute_async_script(
                    "const done = arguments[arguments.length - 1];"
                    "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})"
                    ".then(r => done(JSON.stringify({version: r.testEngine.version, violations: r.violations})))"
                    ".catch(e => done(JSON.stringify({error: String(e)})));", TAGS)
                result = json.loads(result)
                runs += 1
                if "error" in result:
                    problems.append(f"{page} [{width}px {scheme}]: axe failed: {result['error']}")
                    continue
                version = result["version"]
                for violation in result["violations"]:
                    for node in violation["nodes"]:
                        problems.append(f"{page} [{width}px {scheme}]: {violation['impact']} {violation['id']}: "
                                        f"{violation['help']} at {' '.join(node['target'])}")
                if page in sampled:
                    name = page.replace("/", "_").replace(".html", "")
                    driver.save_screenshot(os.path.join(shots, f"{name}-{width}-{scheme}.png"))
    finally:
        driver.quit()
        server.shutdown()
    for problem in problems:
        print(problem)
    mode = "every page at all four variants" if all_variants else \
        f"every page at 1280 px light, {len(sampled)} sample pages (one per kind and language) at 390 px and in dark mode"
    print(f"axe-core {version} ({', '.join(TAGS)}): {runs} page runs, {mode}, in {time.time() - started:.0f} s; "
          f"{len(problems)} violations; screenshots of the sample pages in {shots}")
    return 1 if problems else 0


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    only = [a.split("=", 1)[1].split(",") for a in sys.argv if a.startswith("--pages=")]
    sys.exit(main(arguments[0], arguments[1], "--all-variants" in sys.argv, set(only[0]) if only else None))
