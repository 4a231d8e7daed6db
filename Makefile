# The two commands a new machine needs: `make run` and `make test`.
SWIFT ?= swift
APT_PACKAGES := libsqlite3-dev libyaml-dev libcmark-dev pkg-config python3
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/disclose
RELEASE_BIN := .build/release/disclose
PREFIX ?= /usr/local

.PHONY: run test deps build release install clean check-html check-sample check-xbrl bench fuzz approve

## Install any missing system package (Debian/Ubuntu), then nothing else.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@python3 -c 'import jsonschema, yaml' 2>/dev/null || python3 -m pip install -q jsonschema pyyaml

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build (release, as installed), then build the sample disclosure in this folder.
run: release
	$(RELEASE_BIN) build --config pipeline.yaml
	@echo "disclose is at $(RELEASE_BIN); put it on PATH with: make install (PREFIX=$(PREFIX))"

## Install the release build as $(PREFIX)/bin/disclose (PREFIX=/usr/local by default; DESTDIR is honoured).
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin"
	install -m 755 $(RELEASE_BIN) "$(DESTDIR)$(PREFIX)/bin/disclose"
	@echo "installed $(DESTDIR)$(PREFIX)/bin/disclose"

## Re-approve every part of the sample page as it now renders (after a reviewed change), then rebuild it.
BY ?= Aoba Group Sustainability Committee
approve: build
	$(BIN) approve --all --by "$(BY)" --config pipeline.yaml
	$(BIN) build --config pipeline.yaml

## Build and run every test (in a private temporary folder they must leave empty), then check the sample's
## committed pages are current and valid.
test: deps
	$(SWIFT) build
	SWIFT=$(SWIFT) scripts/test-leaves-nothing.sh
	$(MAKE) --no-print-directory check-sample

## The sample's output/ must be what a build writes now (then the CI script `disclose init` writes, as a project's
## CI runs it: the final page), valid HTML/Markdown, and valid inline XBRL (check-xbrl).
check-sample: build
	$(BIN) build --check --config pipeline.yaml
	DISCLOSE=$(BIN) ci/disclose.sh final
	scripts/check-html.sh output
	@if scripts/check-html.sh Tests/check-html/broken-headings >/dev/null 2>&1; then \
	  echo "check-html passed a page with a skipped heading level"; exit 1; \
	else echo "check-html rejects Tests/check-html/broken-headings: OK"; fi
	scripts/check-xbrl.sh

## Validate the inline XBRL pages with Arelle, offline (installed on first use into a cached virtualenv):
## the sample's every edition against its exported taxonomy package, facts one to one with data.json; the broken
## fixture must fail; a fresh `disclose init` project and a generated group must pass too.
check-xbrl: build
	scripts/check-xbrl.sh

## Validate generated pages (CHECK_BROWSER=1 adds Chromium screenshots, PDF and axe-core).
check-html: build
	scripts/check-html.sh $(or $(DIR),output)

## Ingest and build at large scale and 10x, beside sqlite3 .import of the same files (BENCH_SCALES=large for one).
bench: release
	scripts/bench.sh

## Coverage-guided fuzzing of the CSV and pipeline.yaml readers (FUZZ_SECONDS per reader, default 60).
fuzz: deps
	scripts/fuzz.sh

clean:
	rm -rf .build
