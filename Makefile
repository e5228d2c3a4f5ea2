# bbctl — the whole set-up on a fresh Debian machine is `make demo` and `make test`.
SWIFT ?= swift
RELEASE_BIN := .build/release/bbctl
DEBUG_BIN := .build/debug/bbctl
SHARED ?= ../shared

.PHONY: all deps build debug test demo bench conformance completions check-completions clean

all: build

# System libraries the C targets link (pkg-config yaml-0.1 and libgit2).
deps:
	@scripts/install-deps.sh

# The release binary links the Swift runtime and Foundation statically: far fewer shared-library
# pages are mapped and relocated, so start-up is quicker and peak memory lower (bbctl template
# on Big Bang: 40 MB -> 34 MB).
build: deps
	$(SWIFT) build -c release --product bbctl --static-swift-stdlib

debug: deps
	$(SWIFT) build --product bbctl

test: deps
	$(SWIFT) test

demo: build
	@scripts/install-deps.sh demo
	scripts/demo.sh $(RELEASE_BIN)

bench: build
	scripts/bench.sh $(RELEASE_BIN) $(SHARED)

# Both conformance corpora against the pass counts recorded in .ci/ratchet.
conformance: build
	scripts/conformance.sh $(RELEASE_BIN) $(SHARED)

# Regenerates completions/ from the CLI's own model (tests check they are current).
completions: debug
	$(DEBUG_BIN) completion bash > completions/bbctl.bash
	$(DEBUG_BIN) completion zsh > completions/_bbctl
	$(DEBUG_BIN) completion fish > completions/bbctl.fish

clean:
	rm -rf .build
