#!/usr/bin/env python3
"""Checks the site's search in headless Chromium, as a reader uses it: on a Chinese page it
types 臭氧 and on an English page "ozone" into the search box, opens every page of results
("Load more"), and checks that the results are exactly the pages of that language whose main
content says the word (and include the pages named for the query). With results
open it runs axe-core (WCAG 2.2 AA) on the page at 390 and 1280 px, light and dark. Then, with
JavaScript off, the box must say that search needs JavaScript; and served without the
pagefind/ folder, that search is not available.

Usage: search.py SITE_DIR [LANG=QUERY=EXPECTED_PAGE[,EXPECTED_PAGE...] ...]
Default: the demo site's zh=臭氧 and en=ozone, each expecting its ozone indicator page.
Exit 1 with one line per problem."""
import html.parser
import json
import os
import sys
import time
import urllib.parse

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

from axe import RUN, SEARCH_READY, SETTLE, TAGS, VARIANTS, axe_source, emulate
from common import local_path, pages, served, site_base, start_browser

DEFAULT_QUERIES = [
    ("zh", "臭氧", ["zh/indicators/air.ozone_exceedance_days/index.html"]),
    ("en", "ozone", ["en/indicators/air.ozone_exceedance_days/index.html"]),
]

# The interface strings the box shows instead of a search (Templates/strings/<lang>.yaml).
NEEDS_JS = {"zh": "搜索需要 JavaScript", "en": "Search needs JavaScript"}
UNAVAILABLE = {"zh": "此版本的网站未提供搜索", "en": "Search is not available"}


class MainText(html.parser.HTMLParser):
    """The text of a page's <main>, as Pagefind indexes it (without the printed address)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0
        self.skip = 0
        self.parts = []

    def handle_starttag(self, tag, attrs):
        if tag == "main":
            self.depth += 1
        elif self.depth and (self.skip or "print-address" in (dict(attrs).get("class") or "").split()):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag == "main":
            self.depth -= 1
        elif self.skip:
            self.skip -= 1

    def handle_data(self, data):
        if self.depth and not self.skip:
            self.parts.append(data)


def main_text(site, page):
    parser = MainText()
    with open(os.path.join(site, page), encoding="utf-8") as f:
        parser.feed(f.read())
    return " ".join(parser.parts)


def search(driver, query):
    """Types the query into the box and returns every result link (after "Load more" until none
    is left). The results are read in the page, in one step each, as Pagefind redraws them."""
    box = driver.find_element(By.CSS_SELECTOR, "#site-search .pagefind-ui__search-input")
    box.send_keys(query)
    count = "return document.querySelectorAll('#site-search .pagefind-ui__result').length"
    deadline, last, stable = time.time() + 20, -1, 0
    while time.time() < deadline and stable < 5:
        more = driver.execute_script(
            "const b = document.querySelector('#site-search .pagefind-ui__button'); if (b) b.click(); return !!b")
        now = driver.execute_script(count)
        stable = stable + 1 if (now == last and now > 0 and not more) else 0
        last = now
        time.sleep(0.2)
    return driver.execute_script(
        "return [...document.querySelectorAll('#site-search .pagefind-ui__result-link')].map(a => a.href)")


def axe_problems(driver, label):
    """axe on the page as it is (results open), at all four variants."""
    driver.execute_script(axe_source())
    problems, before = [], None
    for variant in VARIANTS:
        width, _, scheme = variant
        emulate(driver, variant, before)
        before = variant
        driver.execute_async_script(SETTLE, width, scheme == "dark")
        result = json.loads(driver.execute_async_script(RUN, TAGS))
        if "error" in result:
            problems.append(f"{label} [{width}px {scheme}]: axe failed: {result['error']}")
            continue
        for violation in result["violations"]:
            for node in violation["nodes"]:
                problems.append(f"{label} [{width}px {scheme}]: {violation['impact']} {violation['id']}: "
                                f"{violation['help']} at {' '.join(node['target'])}")
    return problems


def check_queries(site, root, base, queries, shots):
    problems = []
    driver = start_browser()
    try:
        for lang, query, expected in queries:
            start = f"{lang}/index.html"
            emulate(driver, VARIANTS[0])
            driver.get(root + start)
            failed = driver.execute_async_script(SEARCH_READY)
            if failed or not driver.find_elements(By.CSS_SELECTOR, "#site-search .pagefind-ui__search-input"):
                problems.append(f"{start}: no search box ({failed or 'Pagefind UI not loaded; was the site built with Pagefind?'})")
                continue
            links = search(driver, query)
            found = set()
            for href in links:
                # Result links are addresses on the server the check started: the site's root is `root`.
                resolved = local_path(site, base, start, urllib.parse.urlsplit(href).path) if href.startswith(root) else None
                path = resolved[0] if resolved else None
                if not path or not os.path.isfile(os.path.join(site, path)):
                    problems.append(f"{start}: result '{href}' for '{query}' leads to no page of the site")
                    continue
                found.add(path)
                if not path.startswith(lang + "/"):
                    problems.append(f"{start}: result {path} for '{query}' is not a page in {lang}")
                if query.lower() not in main_text(site, path).lower():
                    problems.append(f"{start}: result {path} for '{query}' does not say '{query}'")
            # Every page of the language that says the word in its <main> is found, and the named ones.
            saying = {page for page in pages(site) if page.startswith(lang + "/") and query.lower() in main_text(site, page).lower()}
            for page in sorted((saying | set(expected)) - found):
                problems.append(f"{start}: '{query}' does not find {page} (found: {', '.join(sorted(found)) or 'nothing'})")
            print(f"{lang}: '{query}' finds {len(found)} pages: {', '.join(sorted(found))}")
            if shots:
                driver.save_screenshot(os.path.join(shots, f"search-{lang}-1280-light.png"))
            problems += axe_problems(driver, f"{start} with results for '{query}'")
            if shots:
                driver.save_screenshot(os.path.join(shots, f"search-{lang}-390-light.png"))
    finally:
        driver.quit()
    return problems


def check_note(root, languages, expected, javascript):
    """Each language's home page shows the note `expected[lang]` in place of the box."""
    problems = []
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"):
        options.add_argument(argument)
    if not javascript:
        options.add_experimental_option("prefs", {"profile.managed_default_content_settings.javascript": 2})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    try:
        for lang in languages:
            driver.get(root + f"{lang}/index.html")
            if javascript:
                driver.execute_async_script(SEARCH_READY)
            text = driver.find_element(By.ID, "site-search").text
            if expected[lang] not in text:
                problems.append(f"{lang}/index.html ({'no pagefind/' if javascript else 'JavaScript off'}): "
                                f"the box says '{text}', not '{expected[lang]}'")
            if driver.find_elements(By.CSS_SELECTOR, "#site-search input"):
                problems.append(f"{lang}/index.html ({'no pagefind/' if javascript else 'JavaScript off'}): a search input is shown")
    finally:
        driver.quit()
    return problems


def main(site, queries, shots=None):
    base = site_base(site)
    languages = [lang for lang, _, _ in queries]
    problems = []
    if not os.path.isfile(os.path.join(site, "pagefind", "pagefind-ui.js")):
        problems.append(f"{site}/pagefind/pagefind-ui.js is missing: the site was built without Pagefind (make deps installs it)")
    with served(site) as root:
        if not problems:
            problems += check_queries(site, root, base, queries, shots)
        problems += check_note(root, languages, NEEDS_JS, javascript=False)
    with served(site, hide="pagefind/") as root:
        problems += check_note(root, languages, UNAVAILABLE, javascript=True)
    for problem in problems:
        print(problem)
    print(f"search: {len(queries)} queries, the box without JavaScript and without pagefind/ checked; {len(problems)} problems")
    return 1 if problems else 0


def parse_query(argument):
    lang, query, expected = (argument.split("=", 2) + [""])[:3]
    return lang, query, [p for p in expected.split(",") if p]


if __name__ == "__main__":
    arguments = [a for a in sys.argv[1:] if not a.startswith("--")]
    shots = [a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--screenshots=")]
    if not arguments:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        sys.exit(2)
    queries = [parse_query(a) for a in arguments[1:]] or DEFAULT_QUERIES
    if shots:
        os.makedirs(shots[0], exist_ok=True)
    sys.exit(main(arguments[0], queries, shots[0] if shots else None))
