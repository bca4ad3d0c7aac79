#!/usr/bin/env python3
"""Checks every internal link, asset, #fragment and hreflang pair of a built site, and the
sitemap's addresses. Usage: links.py SITE_DIR. Exit 1 with one line per problem.

Link extraction uses the standard library's html.parser: this is a test tool, not the
product's parser."""
import collections
import html.parser
import os
import sys
import xml.etree.ElementTree as ET

from common import local_path, pages, site_base

LINK_ATTRIBUTES = {"href", "src", "poster", "data"}


class Page(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids = set()
        self.links = []          # (tag, attribute, url, line)
        self.alternates = []     # (hreflang, url, line)
        self.lang = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        line = self.getpos()[0]
        if tag == "html":
            self.lang = attributes.get("lang")
        for key in ("id", "name") if tag == "a" else ("id",):
            if attributes.get(key):
                self.ids.add(attributes[key])
        if tag == "link" and attributes.get("rel") == "alternate" and attributes.get("hreflang"):
            self.alternates.append((attributes["hreflang"], attributes.get("href", ""), line))
        for key in LINK_ATTRIBUTES:
            value = attributes.get(key)
            if value is not None:
                self.links.append((tag, key, value, line))
        if attributes.get("srcset"):
            for candidate in attributes["srcset"].split(","):
                if candidate.strip():
                    self.links.append((tag, "srcset", candidate.split()[0], line))

    handle_startendtag = handle_starttag


def main(site):
    base = site_base(site)
    problems = []
    parsed = {}
    for page in pages(site):
        with open(os.path.join(site, page), encoding="utf-8") as f:
            parser = Page()
            parser.feed(f.read())
        parsed[page] = parser

    def target(page, url, line, what):
        resolved = local_path(site, base, page, url)
        if resolved is None:
            return None
        path, fragment = resolved
        if not os.path.isfile(os.path.join(site, path)):
            problems.append(f"{page}:{line}: {what} '{url}' leads to a missing file ({path})")
            return None
        if fragment and path.endswith(".html") and fragment not in parsed.get(path, Page()).ids:
            problems.append(f"{page}:{line}: {what} '{url}': there is no id '{fragment}' in {path}")
        return path

    counts = collections.Counter()
    for page, parser in parsed.items():
        for tag, attribute, url, line in parser.links:
            if url.startswith(("mailto:", "tel:", "data:")):
                continue
            if local_path(site, base, page, url) is None:
                counts["external"] += 1
                continue
            counts["internal"] += 1
            target(page, url, line, f"<{tag} {attribute}>")
        # hreflang alternates: each leads to a page that links back to this one in its own language.
        for hreflang, url, line in parser.alternates:
            counts["hreflang"] += 1
            other = target(page, url, line, f"hreflang '{hreflang}'")
            if other is None:
                continue
            if hreflang != "x-default":
                other_lang = parsed[other].lang
                if other_lang != hreflang:
                    problems.append(f"{page}:{line}: hreflang '{hreflang}' leads to {other}, whose lang is '{other_lang}'")
                # The page names itself among its alternates (x-default for a language chooser);
                # the other page must name it back with that same hreflang.
                own = [lang for lang, href, _ in parser.alternates if (local_path(site, base, page, href) or [None])[0] == page] or [parser.lang]
                back = [local_path(site, base, other, href) for lang, href, _ in parsed[other].alternates if lang in own]
                if not any(b and b[0] == page for b in back):
                    problems.append(f"{page}:{line}: {other} has no hreflang '{own[0]}' alternate back to {page}")

    sitemap = os.path.join(site, "sitemap.xml")
    if os.path.exists(sitemap):
        if not base:
            problems.append("sitemap.xml: written without a base URL (robots.txt names no sitemap)")
        for element in ET.parse(sitemap).iter():
            url = element.text if element.tag.endswith("}loc") else element.get("href") if element.tag.endswith("}link") else None
            if url is None:
                continue
            counts["sitemap"] += 1
            if not url.startswith(base or "http"):
                problems.append(f"sitemap.xml: '{url}' is not an absolute URL under the base URL")
                continue
            path, _ = local_path(site, base, "index.html", url)
            if not os.path.isfile(os.path.join(site, path)):
                problems.append(f"sitemap.xml: '{url}' leads to a missing file ({path})")

    for problem in problems:
        print(problem)
    print(f"links: {len(parsed)} pages, {counts['internal']} internal links and assets, {counts['hreflang']} hreflang alternates, "
          f"{counts['sitemap']} sitemap addresses checked ({counts['external']} external links not followed); {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
