#!/usr/bin/env python3
"""Runs axe-core (WCAG 2.0/2.1/2.2 A and AA rules) on the pages of a built site in headless
Chromium, at 390 and 1280 px wide, in light and dark colour schemes, and takes screenshots.

Usage: axe.py SITE_DIR SCREENSHOT_DIR [--sample] [--workers=N] [--pages=a/index.html,b/index.html]

Every page is checked at all four variants: it is loaded once, and the viewport and colour
scheme are switched in place between the four axe runs (the same violations as a load per
variant). --sample checks every page at 1280 px light only and one page of each kind in each
language at all four (the quick mode; --all-variants is accepted and is the default).
Screenshots of those sample pages at all four variants go to SCREENSHOT_DIR.
Several browser sessions (--workers=N, else AXE_WORKERS, else one per core up to four) take
pages from one queue; the site is served once on a loopback port.
Exit 1 with one line per violation and node, sorted; 2 on a usage error."""
import importlib.util
import json
import os
import re
import sys
import time

from common import in_browsers, pages, served, worker_count

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# In the order a page is checked: each step changes one thing from the one before.
VARIANTS = [(1280, 900, "light"), (1280, 900, "dark"), (390, 844, "dark"), (390, 844, "light")]


def axe_source():
    spec = importlib.util.find_spec("axe_playwright_python")
    path = os.path.join(spec.submodule_search_locations[0], "axe.min.js")
    with open(path, encoding="utf-8") as f:
        return f.read()


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


def emulate(driver, variant, before=None):
    """Sets the viewport and colour scheme, only what differs from the variant before."""
    width, height, scheme = variant
    if not before or before[:2] != (width, height):
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600})
    if not before or before[2] != scheme:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


# Waits until the page itself sees the variant (its media queries match the width and the
# colour scheme), then for two animation frames, so style and layout are those of the variant
# before axe reads them; scrolls to the top, where a fresh load starts.
SETTLE = """
const [width, dark, done] = arguments, start = performance.now();
const seen = () => matchMedia(`(width: ${width}px)`).matches && matchMedia('(prefers-color-scheme: dark)').matches === dark;
const frame = f => requestAnimationFrame(() => f());
const check = () => {
    if (seen()) { scrollTo(0, 0); getComputedStyle(document.documentElement).color; frame(() => frame(() => done(''))); }
    else if (performance.now() - start > 10000) done(`the page still sees ${innerWidth} px, dark ${matchMedia('(prefers-color-scheme: dark)').matches}`);
    else frame(check);
};
check();
"""

# Waits until the search box has either Pagefind's UI in it or its note saying why not, so
# axe checks the box as readers see it (its script loads Pagefind after the page).
SEARCH_READY = """
const done = arguments[arguments.length - 1], start = performance.now();
const box = document.getElementById('site-search');
const ready = () => !box || box.querySelector('.pagefind-ui__search-input') || box.querySelector('.search-note:not([hidden])');
const check = () => {
    if (ready()) done('');
    else if (performance.now() - start > 10000) done('the search box did not start in 10 s');
    else setTimeout(check, 50);
};
check();
"""

RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
    .then(r => done(JSON.stringify({version: r.testEngine.version, violations: r.violations})))
    .catch(e => done(JSON.stringify({error: String(e)})));
"""


def check_page(driver, root, page, variants, source, shots):
    """Loads the page once and runs axe at each variant in turn, switching the emulated viewport
    and colour scheme in place (a load per variant is what made every page at all four slow).
    Returns [(variant index, problem)], the axe version, and the number of runs."""
    problems, version, runs = [], None, 0
    emulate(driver, VARIANTS[variants[0]])
    driver.get(root + page)
    failed = driver.execute_async_script(SEARCH_READY)
    if failed:
        problems.append((variants[0], f"{page}: {failed}"))
    driver.execute_script(source)
    before = VARIANTS[variants[0]]
    for index in variants:
        width, _, scheme = variant = VARIANTS[index]
        label = f"{page} [{width}px {scheme}]"
        emulate(driver, variant, before)
        before = variant
        failed = driver.execute_async_script(SETTLE, width, scheme == "dark")
        if failed:
            problems.append((index, f"{label}: variant not applied: {failed}"))
            continue
        if shots:
            name = page.replace("/", "_").replace(".html", "")
            driver.save_screenshot(os.path.join(shots, f"{name}-{width}-{scheme}.png"))
        result = json.loads(driver.execute_async_script(RUN, TAGS))
        runs += 1
        if "error" in result:
            problems.append((index, f"{label}: axe failed: {result['error']}"))
            continue
        version = result["version"]
        for violation in result["violations"]:
            for node in violation["nodes"]:
                problems.append((index, f"{label}: {violation['impact']} {violation['id']}: "
                                        f"{violation['help']} at {' '.join(node['target'])}"))
    return problems, version, runs


def main(site, shots, sample_only, only=None, workers=1):
    os.makedirs(shots, exist_ok=True)
    source = axe_source()
    everything = pages(site, only)
    sampled = set(sample(everything))
    workers = max(1, min(workers, len(everything)))
    started = time.time()

    def check(driver, page):
        variants = list(range(len(VARIANTS))) if (page in sampled or not sample_only) else [0]
        return check_page(driver, root, page, variants, source, shots if page in sampled else None)

    def failed(page, error):
        return [(0, f"{page}: the browser failed: {error.msg}")], None, 0

    with served(site) as root:
        done = in_browsers(everything, workers, check, failed)
    problems = sorted((page, index, problem) for page, (found, _, _) in done for index, problem in found)
    runs = sum(count for _, (_, _, count) in done)
    version = next((found for _, (_, found, _) in reversed(done) if found), None)
    if len(done) < len(everything):
        problems.append(("", 0, f"{len(everything) - len(done)} pages not checked: the browsers failed"))
    for _, _, problem in problems:
        print(problem)
    mode = "every page at all four variants" if not sample_only else \
        f"every page at 1280 px light, {len(sampled)} sample pages (one per kind and language) at all four variants"
    print(f"axe-core {version} ({', '.join(TAGS)}): {runs} runs on {len(everything)} pages, {mode}, "
          f"in {time.time() - started:.0f} s with {workers} browser{'s' if workers > 1 else ''}; {len(problems)} violations; "
          f"screenshots of the {len(sampled)} sample pages at all four variants in {shots}")
    return 1 if problems else 0


USAGE = "usage: axe.py SITE_DIR SCREENSHOT_DIR [--sample] [--workers=N] [--pages=a/index.html,b/index.html]"


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    only = [a.split("=", 1)[1].split(",") for a in flags if a.startswith("--pages=")]
    unknown = [a for a in flags if a not in ("--sample", "--all-variants") and not a.startswith(("--pages=", "--workers="))]
    try:
        workers = worker_count(flags)
    except ValueError:
        unknown.append("--workers")
    if len(arguments) != 2 or unknown:
        print(USAGE, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(arguments[0], arguments[1], "--sample" in flags, set(only[0]) if only else None, workers))
