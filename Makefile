# The two commands a new machine needs: `make run` and `make test`.
SWIFT ?= swift
APT_PACKAGES := libsqlite3-dev libyaml-dev libcmark-dev pkg-config
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
BIN := .build/debug/disclose

.PHONY: run test deps build release clean

## Install any missing system package (Debian/Ubuntu), then nothing else.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing system packages:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

## Build, then build the sample disclosure in this folder.
run: build
	$(BIN) build --config pipeline.yaml

## Build and run every test.
test: deps
	$(SWIFT) build
	$(SWIFT) test

clean:
	rm -rf .build
