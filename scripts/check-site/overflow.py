#!/usr/bin/env python3
"""Checks that no page of a built site scrolls sideways on a phone: opens EVERY page in headless
Chromium at 390 px wide, light and dark, and reports each page where
document.documentElement.scrollWidth > innerWidth, naming the elements that stick out.

Usage: overflow.py SITE_DIR [--workers=N] [--pages=a/index.html,b/index.html] [--width=390]

Each page is loaded once (light) and measured, then measured again with the dark colour scheme
switched in place (dark may change borders and so widths). Several browser sessions
(--workers=N, else AXE_WORKERS, else one per core up to four) take pages from one queue; the
site is served once on a loopback port, as axe.py does.
Exit 1 with one line per overflowing page and variant, sorted; 2 on a usage error."""
import json
import sys
import time

from axe import SEARCH_READY, SETTLE, emulate
from common import in_browsers, pages, served, worker_count

# How far the document scrolls sideways, and the elements that reach past the viewport's right
# edge (or before its left) whose own children do not, and text spilling out of a box that fits:
# the ones to fix. Elements inside a
# container that clips or scrolls (overflow other than visible) are skipped, as they do not
# widen the page.
MEASURE = """
const width = document.documentElement.clientWidth, scroll = document.documentElement.scrollWidth;
if (scroll <= width) return JSON.stringify({scroll, width, culprits: []});
const clipped = el => { for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const o = getComputedStyle(p).overflowX; if (o !== 'visible') return true; } return false; };
const out = el => { const r = el.getBoundingClientRect(); return r.width > 0 && (r.right > width + 0.5 || r.left < -0.5); };
const name = el => el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
    (typeof el.className === 'string' && el.className.trim() ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
const path = el => { const parts = []; for (let e = el; e && e !== document.body && parts.length < 4; e = e.parentElement) parts.unshift(name(e)); return parts.join(' > '); };
const culprits = [];
for (const el of document.body.querySelectorAll('*')) {
    if (!out(el) || clipped(el)) continue;
    if ([...el.children].some(c => out(c))) continue;
    const r = el.getBoundingClientRect();
    const text = (el.textContent || '').replace(/\\s+/g, ' ').trim().slice(0, 40);
    culprits.push(`${path(el)} (${Math.round(r.left)}..${Math.round(r.right)} px${text ? ', "' + text + '"' : ''})`);
    if (culprits.length >= 5) break;
}
// Text that spills out of a box that itself fits (a long word, a URL): the text's own box.
const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
for (let node = walker.nextNode(); node && culprits.length < 5; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || !node.textContent.trim() || out(parent) || clipped(parent) || getComputedStyle(parent).overflowX !== 'visible') continue;
    const range = document.createRange(); range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width > 0 && (r.right > width + 0.5 || r.left < -0.5))
        culprits.push(`text in ${path(parent)} (${Math.round(r.left)}..${Math.round(r.right)} px, "${node.textContent.replace(/\s+/g, ' ').trim().slice(0, 40)}")`);
}
return JSON.stringify({scroll, width, culprits});
"""


def check_page(driver, root, page, width):
    """Loads the page at `width` px, light, measures; switches to dark in place and measures.
    Returns a list of problem lines."""
    problems = []
    variants = [(width, 844, "light"), (width, 844, "dark")]
    emulate(driver, variants[0])
    driver.get(root + page)
    failed = driver.execute_async_script(SEARCH_READY)
    if failed:
        problems.append(f"{page}: {failed}")
    driver.execute_async_script("document.fonts.ready.then(() => arguments[0](''))")
    before = None
    for variant in variants:
        emulate(driver, variant, before)
        before = variant
        failed = driver.execute_async_script(SETTLE, width, variant[2] == "dark")
        if failed:
            problems.append(f"{page} [{width}px {variant[2]}]: variant not applied: {failed}")
            continue
        found = json.loads(driver.execute_script(MEASURE))
        if found["scroll"] > found["width"]:
            where = "; ".join(found["culprits"]) or "no single element found"
            problems.append(f"{page} [{width}px {variant[2]}]: scrolls sideways, {found['scroll']} px wide "
                            f"in {found['width']} px: {where}")
    return problems


def main(site, only=None, workers=1, width=390):
    everything = pages(site, only)
    workers = max(1, min(workers, len(everything)))
    started = time.time()
    with served(site) as root:
        done = in_browsers(everything, workers, lambda driver, page: check_page(driver, root, page, width),
                           lambda page, error: [f"{page}: the browser failed: {error.msg}"])
    problems = sorted(problem for _, found in done for problem in found)
    if len(done) < len(everything):
        problems.append(f"{len(everything) - len(done)} pages not checked: the browsers failed")
    for problem in problems:
        print(problem)
    print(f"overflow at {width} px: {len(everything)} pages, light and dark, in {time.time() - started:.0f} s "
          f"with {workers} browser{'s' if workers > 1 else ''}; {len(problems)} problems")
    return 1 if problems else 0


USAGE = "usage: overflow.py SITE_DIR [--workers=N] [--pages=a/index.html,b/index.html] [--width=390]"


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    flags = [a for a in sys.argv[1:] if a.startswith("--")]
    only = [a.split("=", 1)[1].split(",") for a in flags if a.startswith("--pages=")]
    unknown = [a for a in flags if not a.startswith(("--pages=", "--workers=", "--width="))]
    try:
        workers = worker_count(flags)
        widths = [int(a.split("=", 1)[1]) for a in flags if a.startswith("--width=")]
    except ValueError:
        unknown.append("--workers/--width")
        widths = []
    if len(arguments) != 1 or unknown:
        print(USAGE, file=sys.stderr)
        sys.exit(2)
    sys.exit(main(arguments[0], set(only[0]) if only else None, workers, widths[-1] if widths else 390))
