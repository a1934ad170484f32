# Kindly: two commands matter.
#   make run   installs what is missing, builds, and opens the app on your notebook.
#   make test  runs every test: Rust, UI, and end-to-end in a real window.
# Everything this needs is installed here; nothing is expected by hand.

SHELL := /bin/bash
.DEFAULT_GOAL := run

SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
APT_PACKAGES := build-essential pkg-config file curl xz-utils python3 libwebkit2gtk-4.1-dev \
	libxdo-dev libssl-dev libayatana-appindicator3-dev librsvg2-dev libdbus-1-dev perl
# The Rust tests run beside a throwaway PostgreSQL (scripts/with-postgres.sh).
APT_POSTGRES_PACKAGES := postgresql postgresql-contrib openssl
APT_TEST_PACKAGES := webkit2gtk-driver xvfb xauth imagemagick dbus gnome-keyring debootstrap \
	$(APT_POSTGRES_PACKAGES)
TAURI_DRIVER_VERSION := 2.1.0
CARGO_BIN := $(HOME)/.cargo/bin
# Where scripts/setup-tools.sh puts Node.js when the system's is missing or
# too old (Debian 12's and Ubuntu 24.04's are).
export KINDLY_NODE_HOME := $(HOME)/.local/share/kindly/node
export PATH := $(CARGO_BIN):$(KINDLY_NODE_HOME)/bin:$(PATH)

APP := target/debug/kindly
UI_SOURCES := $(shell find ui/src ui/public -type f 2>/dev/null) ui/index.html ui/package.json ui/vite.config.ts
RUST_SOURCES := $(shell find crates src-tauri/src src-tauri/capabilities -type f 2>/dev/null) \
	src-tauri/tauri.conf.json src-tauri/build.rs Cargo.toml

.PHONY: run test deps test-deps ui build lint test-setup test-rust postgres-shell test-ui test-e2e test-deb bench bench-app bench-live bundle bindings screenshots clean fuzz soak

## Install the system packages, Node modules and tools that are missing.
deps: .make/apt-deps ui/node_modules/.package-lock.json tools-check

# $(call apt-install,PACKAGES): installs those of PACKAGES that are missing,
# then touches the target (a stamp in .make/).
define apt-install
@missing=$$(for p in $(1); do dpkg-query -W -f='$${Status}\n' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
if [ -n "$$missing" ] && [ -n "$(SUDO)" ] && ! command -v sudo >/dev/null; then \
  echo "These system packages are missing: $$missing. Installing them needs root, and sudo is not here:" \
    "run make as root once, or have them installed (apt-get install $$missing), then run make again." >&2; exit 1; fi; \
if [ -n "$$missing" ]; then echo "Installing: $$missing"; \
  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; fi
@mkdir -p .make && touch $@
endef

.make/apt-deps:
	$(call apt-install,$(APT_PACKAGES))

.make/apt-test-deps:
	$(call apt-install,$(APT_TEST_PACKAGES))

# Its own stamp, so a clone whose test packages were installed before
# PostgreSQL joined them still gets it.
.make/apt-postgres:
	$(call apt-install,$(APT_POSTGRES_PACKAGES))

# Rust (rustup) and Node.js when missing or older than the build needs
# (Cargo.toml's rust-version, ui/package.json's engines); quiet and offline
# when both are new enough. Its plan without doing it: `scripts/setup-tools.sh --dry-run`.
tools-check: .make/apt-deps
	@scripts/setup-tools.sh
.PHONY: tools-check

ui/node_modules/.package-lock.json: ui/package.json ui/package-lock.json | tools-check
	cd ui && npm ci --no-audit --no-fund

test-deps: deps .make/apt-test-deps $(CARGO_BIN)/tauri-driver

$(CARGO_BIN)/tauri-driver:
	cargo install tauri-driver --version $(TAURI_DRIVER_VERSION) --locked

## Build the UI into ui/dist, then the app (which embeds it).
ui: ui/dist/index.html
ui/dist/index.html: $(UI_SOURCES) ui/node_modules/.package-lock.json
	cd ui && npm run build

build: deps ui
	cargo build -p kindly

## Open the app on the notebook in your data folder
## (~/.local/share/org.kindly.notebook on Linux; KINDLY_DATA_DIR overrides it).
run: build
	$(APP)

## Every test. CI runs exactly this.
test: test-deps lint test-setup test-rust test-ui test-e2e test-deb

## What scripts/setup-tools.sh would do, against fake cargo/node (offline).
test-setup:
	tests/setup/setup-tools.test.sh

lint: deps ui
	cargo fmt --all -- --check
	cargo clippy --workspace --all-targets -- -D warnings
	RUSTDOCFLAGS="-D warnings" cargo doc -p kindly-core --no-deps
	crates/kindly-core/scripts/check-bands.sh
	cd ui && npm run check && npm run format:check

# The core's behaviour tests that run on either store: run again on a team
# notebook (KINDLY_TEST_STORE=postgres makes their notebooks team notebooks on
# the throwaway server). The others test what only a notebook file has.
BOTH_STORES_TESTS := brief calendar changes concurrency conflicts customers export follow_ups forget \
	lists saved_lists \
	fuzz_corpus history hostile_input importing merge opening phones progress progress_bulk reports round_trip_props sample search \
	shared_contacts situations team_notebook bulk_changes tags

test-rust: deps ui .make/apt-postgres
	scripts/with-postgres.sh bash -c 'cargo test --workspace --exclude kindly-e2e && \
	  KINDLY_TEST_STORE=postgres cargo test -p kindly-core $(addprefix --test ,$(BOTH_STORES_TESTS))'

## A psql prompt on a throwaway PostgreSQL like the one the tests get
## (superuser kindly_admin); quitting psql stops the server and deletes it.
postgres-shell: .make/apt-postgres
	scripts/with-postgres.sh bash -c 'psql "$$KINDLY_TEST_POSTGRES"'

test-ui: deps
	cd ui && npm test

test-e2e: test-deps build .make/apt-postgres
	scripts/with-postgres.sh tests/e2e/run.sh

## The .deb installs with dpkg on a clean Debian 12 (a debootstrap chroot)
## and the installed app starts under Xvfb. To keep make test within its
## time, this packages the debug build; `make bundle` packages the release
## build the same way, and tests/deb/check.sh checks either.
test-deb: test-deps ui packaging/node_modules/.package-lock.json
	packaging/node_modules/.bin/tauri build --debug --bundles deb
	$(SUDO) tests/deb/check.sh $$(ls -t target/debug/bundle/deb/*.deb | head -1)

## The speed benchmarks (criterion); results go in BENCHMARKS.md. They run
## beside a throwaway PostgreSQL (scripts/with-postgres.sh): lookup, customer
## page, Today and ten clients at once (load) also time a team notebook with
## the same data, SQLite and PostgreSQL side by side in target/bench/*.md.
## `make bench BENCH_QUICK=1`: notebooks a tenth of the size, a 6 s load,
## short criterion runs: a smoke run, not figures to quote.
BENCHES := search timeline today import situations load moving lists bulk reports
bench: deps .make/apt-postgres
	BENCH_QUICK=$(BENCH_QUICK) scripts/with-postgres.sh cargo bench -p kindly-core \
	  $(addprefix --bench ,$(BENCHES)) $(if $(BENCH_QUICK),-- --warm-up-time 1 --measurement-time 1)

## The app in its real window, release build, beside a minimal Tauri window
## (tests/floor): cold start, keystroke to painted, memory; cold start and
## keystrokes again on a team notebook (a throwaway PostgreSQL). Results go in
## BENCHMARKS.md. The 100,000-customer notebook is built once into target/bench-app.
RELEASE_FEATURES := --features tauri/custom-protocol
bench-app: test-deps ui .make/apt-postgres
	cargo build --release -p kindly -p kindly-floor $(RELEASE_FEATURES)
	cargo build --release -p kindly-bench-app
	scripts/with-postgres.sh env KINDLY_E2E_APP=$(CURDIR)/target/release/kindly \
	KINDLY_BENCH_APP=$(CURDIR)/target/release/kindly \
	KINDLY_BENCH_FLOOR=$(CURDIR)/target/release/kindly-floor \
	KINDLY_BENCH_DIR=$(CURDIR)/target/bench-app \
	KINDLY_E2E_COMMAND=$(CURDIR)/target/release/kindly-bench-app \
	tests/e2e/run.sh

## Change on one desk to painted on another: two release windows signed in
## as two people on one team notebook on a throwaway server
## (tests/bench-app/src/bin/kindly-bench-live.rs); p50/p95 of 20 changes.
bench-live: test-deps ui .make/apt-postgres
	cargo build --release -p kindly $(RELEASE_FEATURES)
	cargo build --release -p kindly-bench-app --bin kindly-bench-live
	KINDLY_E2E_APP=$(CURDIR)/target/release/kindly \
	KINDLY_E2E_COMMAND=$(CURDIR)/target/release/kindly-bench-live \
	scripts/with-postgres.sh tests/e2e/run.sh

## The installers: target/release/bundle/deb/*.deb and rpm/*.rpm, with the
## desktop entry, the icons and the kindly:// link handler.
bundle: deps ui packaging/node_modules/.package-lock.json
	packaging/node_modules/.bin/tauri build --bundles deb,rpm

# npm ci, never npm install: a build must not rewrite a tracked file. The lock
# file lists the Tauri command line's build for every platform, so npm ci
# takes the one for this machine.
packaging/node_modules/.package-lock.json: packaging/package.json packaging/package-lock.json | tools-check
	cd packaging && npm ci --no-audit --no-fund

## Regenerate the TypeScript types from the Rust types (commit the result).
bindings:
	KINDLY_UPDATE_BINDINGS=1 cargo test -p kindly-core --test bindings
	KINDLY_UPDATE_BINDINGS=1 cargo test -p kindly --lib commands::typescript

## Retake the README's pictures (docs/*.png) from the sample notebook in the
## real window, at 1280×800 (commit the result).
screenshots: test-deps build
	KINDLY_README_SHOTS=$(CURDIR)/docs tests/e2e/run.sh --test readme_screenshots --test reports_screen

clean:
	cargo clean
	rm -rf ui/dist ui/node_modules .make

## Fuzz the contact-file parsers (vCard, CSV) for FUZZ_SECONDS each, on
## nightly Rust with cargo-fuzz (installed when missing). Each target starts
## from its committed seeds in fuzz/corpus/<target>; new inputs go to
## fuzz/corpus-new/<target> and crashes to fuzz/artifacts/<target>
## (both git-ignored). Add a crash's minimised input to fuzz/corpus/<target>:
## `make test` replays that corpus on stable Rust (tests/fuzz_corpus.rs).
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := vcard csv phone search
fuzz:
	@rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	@for t in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus-new/$$t && \
	  cargo +nightly fuzz run $$t fuzz/corpus-new/$$t fuzz/corpus/$$t -- \
	    -max_total_time=$(FUZZ_SECONDS) -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
	    -print_final_stats=1 || exit 1; \
	done

## The long runs of the robustness tests: SOAK_ROUNDS SIGKILLs of a process
## writing to the notebook (make test runs 200), each followed by an
## integrity check and a check that every reported change survived, and a
## tenth as many kills of a process protecting and re-keying the notebook.
SOAK_ROUNDS ?= 3000
soak: deps
	KINDLY_CRASH_ROUNDS=$(SOAK_ROUNDS) cargo test --release -p kindly-core --test crash --test crash_protection -- --nocapture
