"""What the page checks share: the built site's files, its base URL, and mapping URLs to files."""
import os
import urllib.parse


def site_base(site):
    """The site's base URL from robots.txt's Sitemap line (the build writes it only with a base), or None."""
    try:
        with open(os.path.join(site, "robots.txt"), encoding="utf-8") as f:
            for line in f:
                if line.startswith("Sitemap: ") and line.strip().endswith("sitemap.xml"):
                    return line[len("Sitemap: "):].strip()[: -len("sitemap.xml")]
    except FileNotFoundError:
        pass
    return None


def pages(site):
    """Every HTML page of the site, as paths relative to it, sorted."""
    found = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                found.append(os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/"))
    return sorted(found)


def local_path(site, base, page, url):
    """The file (relative to the site) a URL on `page` points to, and its fragment; None for
    a URL outside the site (another host, mailto:, data:)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme in ("http", "https"):
        if not base or not url.startswith(base):
            return None
        path = urllib.parse.unquote(parts.path)[len(urllib.parse.urlsplit(base).path):]
    elif parts.scheme or url.startswith("//"):
        return None
    elif parts.path.startswith("/"):
        # Site-rooted (the 404 page): relative to the base URL's path, or to the root.
        root = urllib.parse.urlsplit(base).path if base else "/"
        path = urllib.parse.unquote(parts.path)
        if not path.startswith(root):
            return ("<outside the base path> " + path, parts.fragment)
        path = path[len(root):]
    else:
        here = os.path.dirname(page)
        path = os.path.normpath(os.path.join(here, urllib.parse.unquote(parts.path))).replace(os.sep, "/") if parts.path else page
        if path == ".":
            path = ""
    if path == "" or path.endswith("/"):
        path += "index.html"
    elif os.path.isdir(os.path.join(site, path)):
        path += "/index.html"
    return (path, parts.fragment)
