"""What the page checks share: the built site's files, its base URL, mapping URLs to files, serving
the site on a loopback port, and headless Chromium sessions, one or a pool of them."""
import contextlib
import functools
import http.server
import os
import queue
import threading
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


def pages(site, only=None):
    """Every HTML page of the site (those in `only`, when given), as paths relative to it, sorted."""
    found = []
    for folder, _, files in os.walk(site):
        for name in files:
            if name.endswith(".html"):
                found.append(os.path.relpath(os.path.join(folder, name), site).replace(os.sep, "/"))
    return sorted(page for page in found if not only or page in only)


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


def serve(site, base_path, hide=None):
    """Serves the site on a loopback port under the base URL's path, as a web server would
    (`hide`: a folder of the site answered with 404, as if it were not there)."""
    class Handler(http.server.SimpleHTTPRequestHandler):
        def translate_path(self, path):
            path = urllib.parse.urlsplit(path).path
            if path.startswith(base_path):
                path = "/" + path[len(base_path):]
            if hide and path.startswith("/" + hide):
                return os.path.join(site, ".hidden-by-the-check", path.lstrip("/"))
            return super().translate_path(path)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@contextlib.contextmanager
def served(site, hide=None):
    """The site served (see `serve`) while the block runs; yields the address of its root:
    `http://127.0.0.1:PORT` and the base URL's path."""
    base = site_base(site)
    base_path = urllib.parse.urlsplit(base).path if base else "/"
    server = serve(site, base_path, hide)
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{base_path}"
    finally:
        server.shutdown()


def start_browser():
    """A headless Chromium session (CHROMIUM and CHROMEDRIVER name other binaries)."""
    # Imported here so that the checks without a browser (links.py) need no Selenium.
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                     "--force-device-scale-factor=1", "--lang=en"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_script_timeout(120)
    return driver


def worker_count(flags):
    """--workers=N, else AXE_WORKERS, else one browser per core up to four."""
    chosen = [f.split("=", 1)[1] for f in flags if f.startswith("--workers=")] or \
        [os.environ.get("AXE_WORKERS") or str(min(os.cpu_count() or 1, 4))]
    return max(1, int(chosen[-1]))


def in_browsers(pages, workers, check, failed):
    """Checks every page with `check(driver, page)` in `workers` browser sessions of their own
    that take pages from one queue. A page whose browser fails gets `failed(page, error)` instead,
    and that browser is replaced. Returns [(page, result)] in the order the pages were done; a
    page is missing only when a browser could not start."""
    from selenium.common.exceptions import WebDriverException
    todo = queue.Queue()
    for page in pages:
        todo.put(page)
    done, lock = [], threading.Lock()

    def work():
        driver = start_browser()
        try:
            while True:
                try:
                    page = todo.get_nowait()
                except queue.Empty:
                    return
                try:
                    result = check(driver, page)
                except WebDriverException as error:
                    result = failed(page, error)
                    try:
                        driver.quit()
                    except WebDriverException:
                        pass
                    driver = start_browser()
                with lock:
                    done.append((page, result))
        finally:
            driver.quit()

    threads = [threading.Thread(target=work) for _ in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return done
