# The two commands of the README: `make site` and `make test`.
# Both install what is missing first (the cmark-gfm C library through apt), so they work
# on a fresh Debian/Ubuntu machine that has Swift.

SWIFT ?= swift
SUDO := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
APT_PACKAGES := libcmark-gfm-dev libcmark-gfm-extensions-dev pkg-config

.PHONY: site test build deps check bench clean

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

# Installs the system packages only when pkg-config cannot find cmark-gfm.
deps:
	@if ! pkg-config --exists libcmark-gfm 2>/dev/null || [ ! -e /usr/include/cmark-gfm-core-extensions.h ]; then \
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

clean:
	rm -rf .build _site

# Builds synthetic sites of 100, 300 and 1,000 cities with the release binary, next to Hugo on
# the same narratives, and prints the table of docs/performance.md (scripts/bench.py; installs
# hugo and GNU time through apt when missing). BENCH_ARGS passes options, e.g. --sizes 100,300.
bench: deps
	python3 scripts/bench.py $(BENCH_ARGS)
