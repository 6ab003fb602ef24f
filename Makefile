# graph: two commands on a fresh Debian/Ubuntu machine with the Swift toolchain.
#   make demo   installs what is missing, builds (release), runs the sample, writes Exports/
#   make test   installs what is missing, builds and runs every test
SHELL := /bin/bash
SWIFT ?= swift
GRAPH_RELEASE := .build/release/graph
DEMO_DB := graph.db
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Release builds link the Swift runtime and Foundation statically: each command then starts
# about 10 ms sooner (no lookup of their symbols at load; 39 → 29 ms for a `graph ego` on the
# 1M-work store, BENCHMARKS.md), which is a third of a query's time.
RELEASE := -c release --static-swift-stdlib

.PHONY: demo test deps build build-debug lint leakcheck exports clean

## Install the system packages the build, the tests and the gallery need, when missing.
deps:
	@missing=""; \
	pkg-config --exists igraph 2>/dev/null || missing="$$missing libigraph-dev"; \
	[ -f /usr/include/sqlite3.h ] || missing="$$missing libsqlite3-dev"; \
	[ -f /usr/include/zlib.h ] || missing="$$missing zlib1g-dev"; \
	[ -f /usr/include/openssl/evp.h ] || missing="$$missing libssl-dev"; \
	command -v pkg-config >/dev/null || missing="$$missing pkg-config"; \
	command -v dot >/dev/null || missing="$$missing graphviz"; \
	command -v xmllint >/dev/null || missing="$$missing libxml2-utils"; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi
	@python3 -c "import networkx" 2>/dev/null || { echo "installing networkx (test consumer only)"; \
	  python3 -m pip install -q networkx || echo "networkx unavailable: consumer tests will say so"; }

build: deps
	$(SWIFT) build $(RELEASE) --product graph

build-debug: deps
	$(SWIFT) build --build-tests

## The main job on the bundled sample: ingest, communities, ego network, the Exports/ gallery.
demo: build
	rm -f $(DEMO_DB)
	$(GRAPH_RELEASE) ingest --db $(DEMO_DB) Examples/seed-listing-1.txt Examples/seed-listing-2.txt
	$(GRAPH_RELEASE) communities --db $(DEMO_DB) --top 3
	$(GRAPH_RELEASE) ego --db $(DEMO_DB) "Aviral Kumar"
	$(MAKE) --no-print-directory exports GRAPH=$(GRAPH_RELEASE)

GRAPH ?= $(GRAPH_RELEASE)
## Regenerates Exports/ from graph.db (run 1 = the demo's communities run).
exports:
	mkdir -p Exports
	$(GRAPH) export --db $(DEMO_DB) --format dot --run 1 -o Exports/coauthor.dot
	$(GRAPH) export --db $(DEMO_DB) --format dot --run 1 --clusters -o Exports/coauthor-clusters.dot
	$(GRAPH) export --db $(DEMO_DB) --format graphml --run 1 -o Exports/coauthor.graphml
	$(GRAPH) export --db $(DEMO_DB) --format gexf --run 1 -o Exports/coauthor.gexf
	@if command -v dot >/dev/null; then \
	  $(GRAPH) export --db $(DEMO_DB) --format svg --run 1 -o Exports/coauthor.svg; \
	else echo "Graphviz (dot) not installed: Exports/coauthor.svg not rendered"; fi

## Builds and runs every test (CI runs exactly this).
test: build-debug lint
	$(SWIFT) test --skip-build
	$(MAKE) --no-print-directory leakcheck

## Project rules a compiler cannot check.
lint:
	@leaks=$$(grep -rln 'import CIgraph\|igraph_' Sources | grep -v '^Sources/Graph/Bridge/\|^Sources/Graph/CIgraph/' || true); \
	if [ -n "$$leaks" ]; then echo "igraph used outside the bridge: $$leaks"; exit 1; fi
	@echo "lint: igraph confined to Sources/Graph/Bridge (comments included)"

## Runs the debug binary on the sample (and a PubMed file of ../shared when present: the SAX
## reader) under valgrind: fails on a definite leak.
leakcheck:
	@if command -v valgrind >/dev/null; then \
	  db=$$(mktemp -d)/leak.db; \
	  valgrind -q --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite --error-exitcode=3 \
	    .build/debug/graph ingest --db $$db Examples/seed-listing-1.txt Examples/seed-listing-2.txt >/dev/null || exit 3; \
	  valgrind -q --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite --error-exitcode=3 \
	    .build/debug/graph communities --db $$db >/dev/null || exit 3; \
	  valgrind -q --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite --error-exitcode=3 \
	    .build/debug/graph centrality --db $$db --measure betweenness >/dev/null || exit 3; \
	  pubmed=../shared/data/pubmed-medline-xml/pubmed-29768149.xml; \
	  if [ -f $$pubmed ]; then \
	    valgrind -q --leak-check=full --show-possibly-lost=no --errors-for-leak-kinds=definite --error-exitcode=3 \
	      .build/debug/graph ingest --db $$db.pubmed $$pubmed >/dev/null || exit 3; \
	  fi; \
	  echo "leakcheck: no definite leaks (valgrind)"; \
	else echo "leakcheck: valgrind not installed, skipped"; fi

clean:
	rm -rf .build $(DEMO_DB)

## Benchmarks (BENCHMARKS.md): never prerequisites of test or demo. `bench` takes a few
## minutes; `bench-full` adds 1M works and the O(VE) analytics on the large graphs (an hour+).
.PHONY: bench bench-full bench-identity bench-tools
BENCH_VENV := Benchmarks/.venv
bench-tools: deps
	@command -v /usr/bin/time >/dev/null 2>&1 || [ -x /usr/bin/time ] || { \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq time; }
	@[ -x $(BENCH_VENV)/bin/python ] || python3 -m venv $(BENCH_VENV)
	@$(BENCH_VENV)/bin/python -m pip install -q -r Benchmarks/requirements.txt
	$(SWIFT) build $(RELEASE) --product graph
	$(SWIFT) build $(RELEASE) --product graph-bench
	mkdir -p Benchmarks/out
	cc -O2 -o Benchmarks/out/igraph_bench Benchmarks/c/igraph_bench.c $$(pkg-config --cflags --libs igraph)

bench: bench-tools
	python3 Benchmarks/bench.py

bench-full: bench-tools
	python3 Benchmarks/bench.py --full

bench-identity: bench-tools
	python3 Benchmarks/identity/pairwise_f1.py
	python3 Benchmarks/identity/product_quality.py | tee Benchmarks/out/identity-quality.json
