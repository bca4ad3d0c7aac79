#!/usr/bin/env python3
"""Checks that a reader on any figure reaches the words of its source in one click.

Every figure a page writes is a <data> element (FigureFormatter.html). On every page, each one
in <main> must be inside a link to its evidence (a.figure-source) or be marked derived (its
derived-marker says how it was computed; a derived value has no quote). Each evidence link must
lead to an anchor on a source page that stands in a paragraph holding a <mark> (the quoted
words). Then, in headless Chromium at 390 px (a phone), on a report, a city page and an
indicator page of each language, a click on figures (the first few of each page) must land on
the source page with the anchor scrolled into view and its quoted words visible.

Usage: evidence.py SITE_DIR [--clicks N]
Exit 1 with one line per problem."""
import html.parser
import os
import sys

from common import local_path, pages, served, site_base, start_browser


class Figures(html.parser.HTMLParser):
    """The figures of a page's <main>: for each <data>, whether it sits in an evidence link and
    the link's target, and whether a derived marker follows it."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_main = 0
        self.link = None  # href of the open a.figure-source
        self.figures = []  # [href or None, derived, text]
        self.open_data = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        if tag == "main":
            self.in_main += 1
        if not self.in_main:
            return
        if tag == "a" and "figure-source" in classes:
            self.link = attrs.get("href")
        elif tag == "a" and "derived-marker" in classes and self.figures:
            self.figures[-1][1] = True
        elif tag == "data":
            self.figures.append([self.link, False, ""])
            self.open_data = self.figures[-1]

    def handle_endtag(self, tag):
        if tag == "main":
            self.in_main -= 1
        elif tag == "a":
            self.link = None
        elif tag == "data":
            self.open_data = None

    def handle_data(self, data):
        if self.open_data is not None:
            self.open_data[2] += data


class Anchors(html.parser.HTMLParser):
    """A source page's quote anchors, each with whether its paragraph holds a <mark>."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paragraph = None
        self.anchors = {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "p":
            self.paragraph = {"ids": [], "marked": False}
        elif self.paragraph is not None:
            if tag == "mark":
                self.paragraph["marked"] = True
            if attrs.get("id", "").startswith("q-"):
                self.paragraph["ids"].append(attrs["id"])

    def handle_endtag(self, tag):
        if tag == "p" and self.paragraph is not None:
            for anchor in self.paragraph["ids"]:
                self.anchors[anchor] = self.paragraph["marked"]
            self.paragraph = None


def static_problems(site):
    base = site_base(site)
    problems, anchors_of, linked, figures = [], {}, 0, 0
    for page in pages(site):
        with open(os.path.join(site, page), encoding="utf-8") as f:
            parser = Figures()
            parser.feed(f.read())
        for href, derived, text in parser.figures:
            figures += 1
            if href is None:
                if not derived:
                    problems.append(f"{page}: the figure '{text}' leads to no evidence and is not marked derived")
                continue
            linked += 1
            target = local_path(site, base, page, href)
            if target is None:
                continue  # a source's own address: the link checker follows it no further
            path, fragment = target
            if path not in anchors_of:
                source = Anchors()
                try:
                    with open(os.path.join(site, path), encoding="utf-8") as f:
                        source.feed(f.read())
                except FileNotFoundError:
                    problems.append(f"{page}: the evidence of '{text}' leads to {path}, which does not exist")
                    anchors_of[path] = {}
                    continue
                anchors_of[path] = source.anchors
            if fragment not in anchors_of[path]:
                problems.append(f"{page}: the evidence of '{text}' leads to #{fragment}, which {path} does not have")
            elif not anchors_of[path][fragment]:
                problems.append(f"{page}: the evidence of '{text}' leads to #{fragment}, whose paragraph marks no quoted words")
    return problems, figures, linked


# The index-th evidence link a reader sees (not those in closed data tables), scrolled into view.
VISIBLE_LINK = """
const links = [...document.querySelectorAll('main a.figure-source')]
    .filter(a => a.getAttribute('href').includes('#q-') && a.getClientRects().length > 0 && !a.closest('details:not([open])'));
if (arguments[0] >= links.length) return null;
links[arguments[0]].scrollIntoView({block: 'center'});
return links[arguments[0]];
"""

LANDED = """
const id = decodeURIComponent(location.hash.slice(1));
const anchor = document.getElementById(id);
if (!anchor) return 'no element #' + id;
const paragraph = anchor.closest('p');
// The quoted words of this figure: the first mark after its anchor (a paragraph may quote several).
const mark = paragraph && [...paragraph.querySelectorAll('mark')]
    .find(m => anchor.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING);
if (!mark) return 'no quoted words in the paragraph of #' + id;
const box = mark.getBoundingClientRect();
if (box.bottom <= 0 || box.top >= innerHeight) return 'the quoted words of #' + id + ' are not in view after the click';
if (!paragraph.matches(':target') && !anchor.matches(':target') && !paragraph.contains(document.querySelector(':target'))) return '#' + id + ' is not the target';
return '';
"""


def click_problems(site, clicks):
    from axe import emulate
    problems, done = [], 0
    with served(site) as root:
        driver = start_browser()
        try:
            emulate(driver, (390, 844, "light"))
            samples = []
            for language in ("zh", "en"):
                reports = [p for p in pages(site) if p.startswith(f"{language}/cities/") and p.count("/") == 4 and "/sources/" not in p]
                cities = [p for p in pages(site) if p.startswith(f"{language}/cities/") and p.count("/") == 3]
                indicators = [p for p in pages(site) if p.startswith(f"{language}/indicators/") and p.count("/") == 3]
                samples += reports[:1] + cities[:1] + indicators[:3]
            for page in samples:
                for index in range(clicks):
                    driver.get(root + page)
                    link = driver.execute_script(VISIBLE_LINK, index)
                    if link is None:
                        break
                    href = link.get_attribute("href")
                    try:
                        link.click()
                    except Exception as error:
                        problems.append(f"{page}: the figure linked to {href} cannot be clicked at 390 px: {type(error).__name__} "
                                        + driver.execute_script("return arguments[0].outerHTML.slice(0, 200)", link))
                        continue
                    problem = driver.execute_script(LANDED)
                    done += 1
                    if problem:
                        problems.append(f"{page}: clicking {href} at 390 px: {problem}")
        finally:
            driver.quit()
    return problems, done


def main():
    arguments = sys.argv[1:]
    if not arguments:
        print(__doc__)
        return 2
    site = arguments[0]
    clicks = int(arguments[arguments.index("--clicks") + 1]) if "--clicks" in arguments else 3
    problems, figures, linked = static_problems(site)
    clicked_problems, clicked = click_problems(site, clicks)
    problems += clicked_problems
    for problem in problems:
        print(problem)
    print(f"evidence: {figures} figures, {linked} linked to their quotes, the rest derived; {clicked} clicked at 390 px; "
          f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
