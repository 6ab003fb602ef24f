#!/usr/bin/env python3
"""Benchmark orchestration (standard library only): runs every row and rewrites BENCHMARKS.md.

    python3 Benchmarks/bench.py [--full] [--runs 5] [--only SECTION,...]

Sections (each written between <!-- bench:NAME:begin --> and <!-- bench:NAME:end --> in
BENCHMARKS.md, so a rerun replaces exactly its own rows and leaves the rest of the file alone):
  machine    lscpu, memory, load average, commit, tool versions
  analytics  igraph-backed analytics: C igraph vs graph (bridge and Metrics API) vs Python peers
  diameter   iFUB exact diameter vs igraph's all-pairs diameter
  generator  measured distributions (profile.json) vs what the generator produced
  scale      ingest / communities at 10k, 100k (and 1M with --full) generated works
  latency    graph ego / path / author p50, p95 over 100 random authors
  pubmed     PubMed half file end to end: graph vs the Python script

`make bench` = this script; `make bench-full` = with --full (1M works, heavy analytics on the
large graphs, networkx's O(VE) analytics). Raw JSON of every run goes to Benchmarks/out/results/.
"""
import argparse
import datetime
import json
import os
import platform
import re
import shlex
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(HERE, "out")
DATA = os.path.normpath(os.path.join(ROOT, "..", "shared", "data"))
VENV_PY = os.path.join(HERE, ".venv", "bin", "python")
C_BENCH = os.path.join(OUT, "igraph_bench")
SWIFT_BENCH = os.path.join(ROOT, ".build", "release", "graph-bench")
GRAPH = os.path.join(ROOT, ".build", "release", "graph")
MD = os.path.join(ROOT, "BENCHMARKS.md")
sys.path.insert(0, os.path.join(HERE, "python"))
import edgelist  # noqa: E402

GRAPHS = {
    "ca-GrQc": "snap-collaboration/CA-GrQc.txt.gz",
    "ca-HepPh": "snap-collaboration/CA-HepPh.noheader.txt.gz",
    "ca-AstroPh-lcc": "snap-collaboration/lcc/ca-AstroPh.lcc.txt.gz",
}
LIGHT = ["build", "leiden", "louvain", "pagerank", "coreness", "components", "transitivity",
         "clustering", "ego2", "path"]
HEAVY = ["betweenness", "closeness"]
PER_QUERY = {"ego2", "path"}
LABELS = {"build": "build graph (one-off)", "leiden": "Leiden (modularity)", "louvain": "Louvain",
          "pagerank": "PageRank (PRPACK)", "betweenness": "betweenness (exact)",
          "closeness": "closeness", "coreness": "coreness", "components": "components",
          "transitivity": "transitivity (global)", "clustering": "local clustering",
          "ego2": "ego radius 2 (per query)", "path": "shortest path (per query)"}


def log(msg):
    print(f"[bench {time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


def rel(path):
    return os.path.relpath(path, ROOT)


def cmdline(cmd):
    """A command as text to paste in the repository root (paths made relative)."""
    return " ".join(shlex.quote(rel(c)) if c.startswith("/") and not c.startswith("/usr/")
                    else shlex.quote(c) for c in cmd)


TIMEOUT_RC = -999


def run_timed(cmd, cwd=ROOT, env=None, check=True, timeout=None):
    """Runs cmd under /usr/bin/time -v; returns (stdout, wall s, peak RSS MB, rc, stderr).

    With `timeout` (seconds), the whole process group started here is killed when it runs
    longer, and rc is TIMEOUT_RC."""
    full = ["/usr/bin/time", "-v"] + cmd
    start = time.perf_counter()
    p = subprocess.Popen(full, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         text=True, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        rc = p.returncode
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, 9)
        out, err = p.communicate()
        rc = TIMEOUT_RC
    wall = time.perf_counter() - start
    m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", err)
    rss = int(m.group(1)) / 1024 if m else float("nan")
    if check and rc != 0:
        tail = "\n".join(err.splitlines()[-25:])
        raise RuntimeError(f"{' '.join(cmd)} failed ({rc}):\n{tail}")
    return out, wall, rss, rc, err


def ms(x):
    if x is None:
        return "–"
    v = x * 1000
    return f"{v:.3g}" if v < 10 else f"{v:,.0f}"


def cell(times, scale=1.0, note=""):
    """median (min–max) in ms."""
    if not times:
        return "–"
    t = [x / scale for x in times]
    s = f"{ms(statistics.median(t))} ({ms(min(t))}–{ms(max(t))})"
    if len(t) < 5:
        s += f" [{len(t)} run{'s' if len(t) > 1 else ''}]"
    return s + note


def save(name, data):
    os.makedirs(os.path.join(OUT, "results"), exist_ok=True)
    with open(os.path.join(OUT, "results", name + ".json"), "w") as f:
        json.dump(data, f, indent=1)


# ---------------------------------------------------------------------------------------------
# Markdown sections


def replace_section(name, body):
    begin, end = f"<!-- bench:{name}:begin -->", f"<!-- bench:{name}:end -->"
    text = open(MD).read() if os.path.exists(MD) else "# Benchmarks\n"
    block = f"{begin}\n{body.rstrip()}\n{end}"
    if begin in text and end in text:
        text = text[:text.index(begin)] + block + text[text.index(end) + len(end):]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    with open(MD, "w") as f:
        f.write(text)


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True, cwd=ROOT).stdout.strip()
    except OSError:
        return ""


def run_start():
    """When the run started, the load average and whether tracked files had changes then
    (the run itself rewrites BENCHMARKS.md), for the machine block."""
    dirty = bool(sh("git status --porcelain --untracked-files=no"))
    return datetime.datetime.now().strftime('%Y-%m-%d %H:%M'), sh("cat /proc/loadavg"), dirty


def cpu_times():
    """The aggregate `cpu` line of /proc/stat (clock ticks per state), or None off Linux."""
    try:
        with open("/proc/stat") as f:
            return [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None


def stolen_share(start, end):
    """Share of CPU time the hypervisor took from this machine between two `cpu_times()`
    samples (the eighth state, steal), or None when unknown."""
    if not start or not end or len(start) < 8 or len(end) < 8:
        return None
    delta = [b - a for a, b in zip(start[:8], end[:8])]  # user .. steal (guest is in user)
    total = sum(delta)
    return delta[7] / total if total > 0 else None


def machine_section(args, start, stolen=None):
    """The machine block; `start` holds the run's start time and load average (`run_start`)."""
    cpu = sh("lscpu | grep -E '^(Model name|CPU\\(s\\)|Thread|Core|Socket|CPU max MHz|L3)'")
    mem = sh("free -g | head -2")
    when, load, changed = start
    commit = sh("git rev-parse --short HEAD") or "unknown"
    dirty = " (+ uncommitted changes)" if changed else ""
    versions = [
        f"igraph (C, Debian) {sh('pkg-config --modversion igraph')}",
        f"swift: {sh('swift --version 2>&1 | head -1')}",
        f"python {platform.python_version()}",
        sh(f"{shlex.quote(VENV_PY)} -c \"import igraph, networkx; "
           "print('python-igraph', igraph.__version__, '(bundles igraph C', igraph.__version__ + ')', "
           "'· networkx', networkx.__version__)\"") if os.path.exists(VENV_PY) else "",
        sh(f"{shlex.quote(VENV_PY)} -c \"import networkit; print('networkit', networkit.__version__)\"")
        if os.path.exists(VENV_PY) else "",
    ]
    body = [
        f"Measured {when} at commit `{commit}`{dirty},"
        f" mode `{'bench-full' if args.full else 'bench'}`, {args.runs} timed runs per row"
        " (after one untimed warm-up run for analytics under 2 s).",
        "",
        f"**Load when the run started:** `/proc/loadavg` = `{load}`"
        + (" — **the machine was busy (other builds running): treat absolute times as noisy; the"
           " C/graph ratios are measured back to back in the same run.**" if float(load.split()[0]) > 0.7 else ""),
        "",
    ] + ([
        f"**CPU stolen by the hypervisor during the run:** {stolen:.0%} of CPU time (steal in"
        " `/proc/stat`, start to end of the run)" + (
            " — **other guests took this virtual machine's CPU: absolute times are slower than"
            " the machine's own.**" if stolen > 0.05 else "."),
        "",
    ] if stolen is not None else []) + [
        "```", cpu, "", mem, "```", "",
        "Versions: " + "; ".join(v for v in versions if v) + ".",
    ]
    replace_section("machine", "\n".join(body))


# ---------------------------------------------------------------------------------------------
# Analytics


def prepare_graph(name):
    os.makedirs(os.path.join(OUT, "graphs"), exist_ok=True)
    dst = os.path.join(OUT, "graphs", name + ".txt")
    if not os.path.exists(dst):
        src = os.path.join(DATA, GRAPHS[name])
        n, m = edgelist.canonicalize(src, dst)
        log(f"canonical {name}: {n} nodes, {m} edges")
    return dst


def tool_cmds(tool, path, analytics, runs, warmup, queries):
    a = ",".join(analytics)
    common = ["--runs", str(runs), "--warmup", str(warmup), "--queries", str(queries),
              "--analytics", a]
    if tool == "c":
        return [C_BENCH, path] + common
    if tool == "bridge":
        return [SWIFT_BENCH, "analytics", path, "--level", "bridge"] + common
    if tool == "metrics":
        return [SWIFT_BENCH, "analytics", path, "--level", "metrics"] + common
    return [VENV_PY, os.path.join(HERE, "python", "peers.py"), tool, path] + common


def run_tool(tool, path, analytics, runs, warmup, queries):
    cmd = tool_cmds(tool, path, analytics, runs, warmup, queries)
    log(f"{tool}: {' '.join(analytics)} on {os.path.basename(path)}")
    out, wall, rss, _, _ = run_timed(cmd)
    data = json.loads(out)
    data["wall"] = wall
    data["rss_mb"] = rss
    data["cmd"] = cmdline(cmd)
    return data


def analytics_rows(graph, path, args, heavy):
    """Runs C, graph (bridge, metrics) and the peers on one graph; returns table lines."""
    light_warm = 1
    queries = 100
    res = {}
    groups = [(LIGHT, light_warm, args.runs)]
    if heavy:
        groups.append((HEAVY, 0, args.runs))
    tools = ["metrics", "python-igraph", "networkx", "networkit"]
    for analytics, warm, runs in groups:
        # C and the bridge alternate, one timed run per process, so both see the same load:
        # the ratio is the median of the per-round ratios (paired), robust to a busy machine.
        for rnd in range(runs):
            for tool in ("c", "bridge"):
                try:
                    d = run_tool(tool, path, list(analytics), 1, warm, queries)
                except (RuntimeError, json.JSONDecodeError) as e:
                    log(f"{tool} failed: {e}")
                    continue
                if tool not in res:
                    d["cmds"] = [d["cmd"].replace("--runs 1", f"--runs {runs}")]
                    res[tool] = d
                    continue
                have = res[tool]
                for name, v in d["results"].items():
                    if name in have["results"]:
                        have["results"][name]["times"] += v["times"]
                    else:
                        have["results"][name] = v
                        if rnd == 0:
                            have["cmds"].append(d["cmd"].replace("--runs 1", f"--runs {runs}"))
                have["rss_mb"] = max(have["rss_mb"], d["rss_mb"])
        for tool in tools:
            names = list(analytics)
            r, q = runs, queries
            if tool == "metrics":
                q = 10  # the Metrics API rebuilds the igraph graph on every query
            if tool == "networkx" and analytics is HEAVY and not args.full:
                continue
            if tool == "networkx" and analytics is HEAVY:
                r = 1  # ~14 min per betweenness run on ca-HepPh
            if tool == "metrics" and analytics is HEAVY and not args.full:
                continue
            if tool in ("python-igraph", "networkx", "networkit") and not os.path.exists(VENV_PY):
                continue
            try:
                d = run_tool(tool, path, names, r, warm, q)
            except (RuntimeError, json.JSONDecodeError) as e:
                log(f"{tool} failed: {e}")
                continue
            key = tool
            if key in res:
                res[key]["results"].update(d["results"])
                res[key].setdefault("metrics", {}).update(d.get("metrics", {}))
                res[key]["rss_mb"] = max(res[key]["rss_mb"], d["rss_mb"])
                res[key]["cmds"].append(d["cmd"])
            else:
                d["cmds"] = [d["cmd"]]
                res[key] = d
    save(f"analytics-{graph}", res)
    c, b, mt = res.get("c", {}), res.get("bridge", {}), res.get("metrics", {})
    lines = [
        f"#### {graph} ({c.get('nodes', '?'):,} nodes, {c.get('edges', '?'):,} edges)",
        "",
        "| analytic | C igraph 0.10.2 | graph bridge | bridge / C (paired median; min/min) | graph Metrics API"
        " | python-igraph | networkx | networkit | same result |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    analytics_all = LIGHT + (HEAVY if heavy else [])
    for name in analytics_all:
        scale = 100 if name in PER_QUERY else 1
        ct = c.get("results", {}).get(name, {})
        bt = b.get("results", {}).get(name, {})
        mkey = name
        mtt = mt.get("metrics", {}).get(mkey, {})
        mscale = 10 if name in PER_QUERY else 1
        ratio = "–"
        if ct.get("times") and bt.get("times"):
            paired = [x / y for x, y in zip(bt["times"], ct["times"]) if y > 0]
            r1 = statistics.median(paired)
            r2 = min(bt["times"]) / min(ct["times"])
            ratio = f"{r1:.2f}× ; {r2:.2f}×"
        peers = []
        for tool in ("python-igraph", "networkx", "networkit"):
            pt = res.get(tool, {}).get("results", {}).get(name)
            if pt is None:
                peers.append("–")
            elif pt.get("unavailable"):
                peers.append("n/a")
            else:
                peers.append(cell(pt["times"], scale))
        checks = {k: res[k]["results"][name].get("check") for k in ("c", "bridge")
                  if name in res.get(k, {}).get("results", {})}
        same = "–"
        if len(checks) == 2:
            x, y = checks["c"], checks["bridge"]
            same = "yes" if (x == y or (isinstance(x, float) and abs(x - y) <= 1e-9 * max(1, abs(x)))) else f"no ({x} vs {y})"
        mcell = cell(mtt.get("times"), mscale) if mtt else "–"
        if name == "build" and mt:
            net = mt.get("metrics", {}).get("network", {})
            mcell = cell(mtt.get("times")) + f"; + Network value {cell(net.get('times'))}"
        lines.append(f"| {LABELS[name]} | {cell(ct.get('times'), scale)} | {cell(bt.get('times'), scale)}"
                     f" | {ratio} | {mcell} | {' | '.join(peers)} | {same} |")
    lines.append("")
    rss = " · ".join(f"{k} {v['rss_mb']:.0f} MB" for k, v in res.items())
    lines.append(f"Peak RSS per process (whole process, all analytics above): {rss}.")
    lines.append("")
    lines.append("Rerun these rows:")
    lines.append("")
    lines.append("```sh")
    for k, v in res.items():
        for cmd in v["cmds"]:
            lines.append(cmd)
    lines.append("```")
    return lines, res


def analytics_section(args):
    body = [
        "Times in ms: median (min–max) of the timed runs; per-query rows are the time of one query"
        " (100 random vertices per run, the same ones for every tool: a shared LCG; the Metrics API"
        " column uses 10). Every tool reads the same canonical edge list (SNAP ids mapped to"
        " 0..n−1, undirected, duplicates and self-loops dropped) and builds its graph once; only"
        " the analytic call is timed (`build` is the one-off construction). \"graph bridge\" calls"
        " the package-level `IgraphGraph` methods (`Sources/Graph/Bridge`) with the C program's"
        " arguments; \"graph Metrics API\" is the public call a library user makes"
        " (`Communities.detect`, `Centrality.compute`, `Ego.network`, `ShortestPaths.between`,"
        " `Network.largestComponent`), which builds its own igraph graph per call and maps results"
        " to node ids. \"same result\" compares the C and bridge check values (cluster count, max"
        " score, component count, …): same seed, same igraph, same answer. C and bridge alternate"
        " process by process (one timed run each per round, after the warm-up), and the ratio is"
        " the median of the per-round ratios, so both see the same machine load.",
        "python-igraph 1.0 bundles its own igraph C core (1.0), so its times are not the same code"
        " as ours; networkx has no Leiden of its own (n/a); networkit runs multi-threaded (2 cores).",
        "",
    ]
    graphs = ["ca-HepPh", "ca-AstroPh-lcc"]
    if not args.full:
        body.append("`make bench` runs the O(VE) analytics (betweenness, closeness) on ca-GrQc only;"
                    " `make bench-full` runs them on ca-HepPh and ca-AstroPh-lcc too (networkx: one run).")
        body.append("")
    all_res = {}
    for g in (graphs + (["ca-GrQc"] if not args.full else [])):
        path = prepare_graph(g)
        heavy = args.full or g == "ca-GrQc"
        lines, res = analytics_rows(g, path, args, heavy)
        all_res[g] = res
        body += lines + [""]
    replace_section("analytics", "\n".join(body))
    return all_res


def diameter_section(args):
    body = [
        "Exact diameter of the largest component: `Diameter.largestComponent(of:)` (iFUB, Metrics)"
        " against igraph's all-pairs `igraph_diameter` (C program and the bridge's"
        " `diameterAllPairs`). Target: < 100 ms and the same value.",
        "",
        "| graph | iFUB (graph Metrics) | BFS searches | igraph_diameter (C, all pairs) | bridge all pairs"
        " | networkx `diameter(usebounds=True)` | networkit Diameter(Exact) | equal |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cmds = []
    for g in ["ca-HepPh", "ca-AstroPh-lcc"]:
        path = prepare_graph(g)
        ref_runs = args.runs if args.full else 1
        c = run_tool("c", path, ["diameter"], ref_runs, 0, 1)
        m = run_tool("metrics", path, ["diameter"], args.runs, 1, 1)
        b = run_tool("bridge", path, ["diameter"], 1, 0, 1) if args.full else None
        peers = {}
        for tool in ("networkx", "networkit"):
            if os.path.exists(VENV_PY):
                try:
                    peers[tool] = run_tool(tool, path, ["diameter"], args.runs if tool == "networkit" else 1, 0, 1)
                except RuntimeError as e:
                    log(str(e))
        it = m["metrics"]["diameter-ifub"]
        searches = it.get("note", "").split(":")[-1].strip()
        vals = {c["results"]["diameter"]["check"], it["check"]}
        for d in peers.values():
            vals.add(d["results"]["diameter"].get("check"))
        body.append(
            f"| {g} | {cell(it['times'])} | {searches} | {cell(c['results']['diameter']['times'])}"
            f" | {cell(b['results']['diameter']['times']) if b else '–'}"
            f" | {cell(peers['networkx']['results']['diameter']['times']) if 'networkx' in peers else '–'}"
            f" | {cell(peers['networkit']['results']['diameter']['times']) if 'networkit' in peers else '–'}"
            f" | {'yes' if len(vals) == 1 else 'NO'}: {int(it['check'])} (C {int(c['results']['diameter']['check'])}) |")
        cmds += [c["cmd"], m["cmd"]] + [d["cmd"] for d in peers.values()]
        save(f"diameter-{g}", {"c": c, "metrics": m, "bridge": b, **peers})
    body += ["", "Rerun:", "", "```sh"] + cmds + ["```"]
    replace_section("diameter", "\n".join(body))


# ---------------------------------------------------------------------------------------------
# Generator, scale, latency, PubMed


def generate(n):
    corpus = os.path.join(OUT, "corpus")
    base = os.path.join(corpus, f"works-{n}")
    if not (os.path.exists(base + ".jsonl") and os.path.exists(base + ".stats.json")):
        log(f"generating {n} works")
        _, wall, rss, _, _ = run_timed([sys.executable, os.path.join(HERE, "generator", "generate.py"),
                                        "--works", str(n), "--out", corpus])
        with open(base + ".gen.json", "w") as f:
            json.dump({"wall": wall, "rss_mb": rss}, f)
    with open(base + ".stats.json") as f:
        return base, json.load(f)


def generator_section(args, sizes):
    prof = json.load(open(os.path.join(HERE, "generator", "profile.json")))
    acl, pm, oa = prof["acl"], prof["pubmed"], prof["openalex"]
    rows = []
    stats = {n: generate(n)[1] for n in sizes}
    big = stats[max(sizes)]
    body = [
        "Measured with `python3 Benchmarks/generator/measure.py` (writes"
        " `Benchmarks/generator/profile.json`) on `../shared/data/acl-anthology-network/acl-metadata.txt.gz`"
        f" ({acl['works']:,} works, {acl['mentions']:,} mentions),"
        " `../shared/data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz`"
        f" ({pm['works_with_authors']:,} works with authors, {pm['mentions']:,} mentions) and the"
        f" OpenAlex sample (`openalex-works-json`, {oa['works']} works); generated with"
        " `python3 Benchmarks/generator/generate.py --works N --seed 1` (stats in"
        " `Benchmarks/out/corpus/works-N.stats.json`).",
        "",
        f"| quantity | measured | generated ({max(sizes):,} works) | how the generator uses it |",
        "|---|---|---|---|",
        f"| team size (authors per work) | ACL mean {acl['team_size']['mean']}, median {acl['team_size']['median']}, p99 {acl['team_size']['p99']};"
        f" PubMed mean {pm['team_size']['mean']}, median {pm['team_size']['median']}, p99 {pm['team_size']['p99']}"
        f" | mean {big['mean_team']} | mixture of the two histograms, {big['pubmed_team_mix']:.1%} PubMed-like,"
        " so 1M works ≈ 3M authorships |",
        f"| works per author (ACL, by normalized name) | median {acl['works_per_author']['median']}, p90 {acl['works_per_author']['p90']},"
        f" p99 {acl['works_per_author']['p99']}, max {acl['works_per_author']['max']};"
        f" single-work share {acl['works_per_author_log2_bins']['1'] / acl['authors_by_normalized_name']:.1%};"
        f" authors/mentions {acl['authors_by_normalized_name'] / acl['mentions']:.3f}"
        f" | median {big['works_per_identity']['median']}, p90 {big['works_per_identity']['p90']}, p99 {big['works_per_identity']['p99']},"
        f" max {big['works_per_identity']['max']}; single-work {big['works_per_identity']['single_work_share']:.1%};"
        f" identities/mentions {big['identities_per_mention']:.3f}"
        " | Simon preferential process over recent authorships (heavy tail) |",
        f"| repeat collaboration (a later author already coauthored with an earlier one on the same work) | ACL {acl['repeat_coauthor_share']:.1%} | (input) | re-use a coauthor's coauthor |",
        f"| initials-only given names | PubMed {pm['initials_only_share']:.2%}, ACL {acl['initials_only_share']:.2%}"
        f" | {big['initials_only_share']:.2%} | raw_author_name rendered as initials |",
        f"| non-ASCII names | PubMed {pm['non_ascii_share']:.2%} of mentions (ACL metadata is ASCII-transliterated: {acl['non_ascii_share']:.2%})"
        f" | {big['non_ascii_share']:.2%} | diacritic names; 30% of their mentions stripped (assumed) |",
        f"| mentions with an ORCID | PubMed {pm['orcid_mention_share']:.2%} | {big['orcid_mention_share']:.2%} | author.orcid set per identity |",
        f"| homonyms: ORCIDs whose normalized name another ORCID has | PubMed {pm['homonym_orcid_share']:.2%}"
        f" ({pm['normalized_names_with_orcid']:,} names, {pm['orcids']:,} ORCIDs)"
        f" | {big['homonym_identity_share']:.2%} of identities | new identity takes an existing name |",
        f"| one ORCID, several name strings | PubMed {pm['orcids_with_several_name_strings']:.2%} of ORCIDs"
        f" ({pm['orcid_mentions_not_in_main_form']:.2%} of mentions) — one month of records, so a floor"
        " | (variants from the rows above + 1% upper case, 10% \"Last, First\": assumed) | |",
        f"| referenced works per work | OpenAlex sample mean {oa['referenced_works']['mean']}, median {oa['referenced_works']['median']},"
        f" max {oa['referenced_works']['max']} | {big['references_per_work']} | Price's model: half uniform, half preferential |",
    ]
    gens = []
    for n in sizes:
        gj = os.path.join(OUT, "corpus", f"works-{n}.gen.json")
        if os.path.exists(gj):
            g = json.load(open(gj))
            gens.append(f"{n:,} works: {g['wall']:.1f} s, {g['rss_mb']:.0f} MB")
    if gens:
        body += ["", "Generation time (openalex + bibtex): " + "; ".join(gens) + "."]
    replace_section("generator", "\n".join(body))
    return rows


def scale_section(args, sizes):
    body = [
        "Release binary (`swift build -c release --static-swift-stdlib --product graph`, as `make build`), a fresh store per size."
        " `ingest` = read + resolve identities + persist (one process; its phases from"
        " `graph ingest --timings`: read = parse, match and store records, indexes = rebuild the indexes a first ingest defers, identities = identity resolution (on a first ingest only the wait for its clustering thread and the writes),"
        " references = citation linking); `communities` = `graph communities` with its default output: load the"
        " coauthor network from the store + Leiden + record the run (one process);"
        " `coauthor network` = `GraphStore.coauthorNetwork` alone, timed inside graph-bench."
        " Wall time and peak RSS from `/usr/bin/time -v`.",
        "",
        "| works | authorships (generated) | ingest | communities (build + Leiden) | coauthor network alone"
        " | total | peak RSS | nodes / edges |",
        "|---|---|---|---|---|---|---|---|",
    ]
    cmds = []
    timed_out = []
    os.makedirs(os.path.join(OUT, "graphs"), exist_ok=True)  # export-edges writes there
    for n in sizes:
        base, stats = generate(n)
        db = os.path.join(OUT, f"scale-{n}.db")
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        ingest = [GRAPH, "ingest", "--timings", "--db", db, base + ".jsonl"]
        cmds.append(cmdline(ingest))
        log(f"ingest {n}")
        out, wall, rss, rc, err = run_timed(ingest, check=False, timeout=args.ingest_timeout)
        if rc == TIMEOUT_RC:
            body.append(f"| {n:,} | {stats['authorships']:,} | **> {args.ingest_timeout:.0f} s: stopped**"
                        f" (peak RSS so far unknown) | – | – | – | – | – |")
            timed_out.append(n)
            break  # larger sizes would only take longer
        if rc != 0:
            reason = (err.strip().splitlines() or ["?"])
            reason = [l for l in reason if "Command being timed" in l or "graph:" in l or "error" in l.lower()][:1] or reason[:1]
            body.append(f"| {n:,} | {stats['authorships']:,} | **blocked** (exit {rc}: "
                        f"{reason[0].strip()[:160]}) | TODO | TODO | – | – | – |")
            continue
        phases = re.search(r"read ([\d.]+) s, (?:indexes ([\d.]+) s, )?identities ([\d.]+) s,"
                           r" references ([\d.]+) s", err or "")
        phase_note = (f"; read {phases.group(1)} s,"
                      + (f" indexes {phases.group(2)} s," if phases.group(2) else "")
                      + f" identities {phases.group(3)} s, references {phases.group(4)} s"
                      if phases else "")
        comm = [GRAPH, "communities", "--db", db]
        cmds.append(cmdline(comm))
        log(f"communities {n}")
        _, cwall, crss, crc, cerr = run_timed(comm, check=False)
        exp = [SWIFT_BENCH, "export-edges", "--db", db, "--out", os.path.join(OUT, "graphs", f"coauthor-{n}.txt")]
        cmds.append(cmdline(exp))
        eout, _, _, erc, _ = run_timed(exp, check=False)
        e = json.loads(eout) if erc == 0 else {}
        body.append(
            f"| {n:,} | {stats['authorships']:,} | {wall:.1f} s ({rss:.0f} MB{phase_note}) |"
            f" {cwall:.1f} s ({crss:.0f} MB){'' if crc == 0 else f' exit {crc}'} |"
            f" {e.get('coauthor_network', float('nan')):.2f} s | {wall + cwall:.1f} s | {max(rss, crss):.0f} MB |"
            f" {e.get('nodes', '?'):,} / {e.get('edges', '?'):,} |" if e else
            f"| {n:,} | {stats['authorships']:,} | {wall:.1f} s ({rss:.0f} MB{phase_note}) |"
            f" {cwall:.1f} s ({crss:.0f} MB) | – |"
            f" {wall + cwall:.1f} s | {max(rss, crss):.0f} MB | – |")
    if timed_out:
        body += ["", f"Stopped after {args.ingest_timeout:.0f} s (`--ingest-timeout`); sizes above"
                 f" {timed_out[0]:,} were not attempted."]
    body += ["", "Rerun:", "", "```sh"] + cmds + ["```"]
    replace_section("scale", "\n".join(body))
    return timed_out


def latency_section(args, n):
    db = os.path.join(OUT, f"scale-{n}.db")
    body = [f"`graph ego NAME --id ID`, `graph path A B --from-id --to-id`, `graph author NAME --id ID`:"
            f" whole-process wall time per command on the {n:,}-work store, {args.latency_queries} random authors"
            " (`graph-bench sample-authors --seed 42`), p50 / p95 / max.", "",
            "| command | p50 | p95 | max | failures |", "|---|---|---|---|---|"]
    ok = os.path.exists(db)
    authors = []
    if ok:
        out, _, _, rc, _ = run_timed([SWIFT_BENCH, "sample-authors", "--db", db, "--count",
                                      str(args.latency_queries)], check=False)
        authors = [l.split("\t", 1) for l in out.splitlines() if "\t" in l] if rc == 0 else []
    if not authors:
        body[0] = ("`graph ego`, `graph path`, `graph author`: whole-process wall time per command on"
                   " the largest generated store, 100 random authors, p50 / p95 / max.")
        body.append("| ego / path / author | TODO: no generated store finished ingesting (see Scale) | | | |")
        replace_section("latency", "\n".join(body))
        return
    cases = {
        "ego (radius 1)": lambda i, a: [GRAPH, "ego", "--db", db, "--id", a[0], a[1]],
        "ego --radius 2": lambda i, a: [GRAPH, "ego", "--db", db, "--radius", "2", "--id", a[0], a[1]],
        "path": lambda i, a: [GRAPH, "path", "--db", db, "--from-id", a[0], "--to-id",
                              authors[(i + 1) % len(authors)][0], a[1], authors[(i + 1) % len(authors)][1]],
        "author": lambda i, a: [GRAPH, "author", "--db", db, "--id", a[0], a[1]],
    }
    for label, make in cases.items():
        times, fails = [], 0
        for i, a in enumerate(authors):
            start = time.perf_counter()
            p = subprocess.run(make(i, a), capture_output=True, text=True, cwd=ROOT)
            times.append(time.perf_counter() - start)
            fails += p.returncode != 0
        times.sort()
        body.append(f"| {label} | {ms(times[len(times) // 2])} ms | {ms(times[int(len(times) * 0.95) - 1])} ms"
                    f" | {ms(times[-1])} ms | {fails} |")
    replace_section("latency", "\n".join(body))


def pubmed_section(args):
    src = os.path.join(DATA, "pubmed-medline-xml", "pubmed21n1298.even-records.xml.gz")
    db = os.path.join(OUT, "pubmed.db")
    for suffix in ("", "-wal", "-shm", "-journal"):
        if os.path.exists(db + suffix):
            os.remove(db + suffix)
    body = ["`../shared/data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz` (20 MB gzip,"
            " 10,394 articles), whole-process wall time and peak RSS (`/usr/bin/time -v`), median of"
            f" {args.pubmed_runs} round(s), each running the Python script then graph; both run"
            " one iteration of Leiden with the modularity objective.", "",
            "| pipeline | step | wall ms (median, min–max) | peak RSS | result |", "|---|---|---|---|---|"]
    py = [VENV_PY, os.path.join(HERE, "python", "pubmed_pipeline.py"), src]
    ing = [GRAPH, "ingest", "--db", db, src]
    # One round = the Python script, then graph's ingest and communities: the two pipelines
    # alternate, so both see the same machine (its speed drifts over minutes), and the ratio
    # is the median of the rounds' ratios, as for the C-vs-bridge rows.
    walls, rss, out = [], 0, ""
    iw, irss, cw, crss = [], 0, [], 0
    blocked = None
    summary = ""
    for _ in range(args.pubmed_runs):
        out, w, r, _, _ = run_timed(py)
        walls.append(w)
        rss = max(rss, r)
        for suffix in ("", "-wal", "-shm", "-journal"):
            if os.path.exists(db + suffix):
                os.remove(db + suffix)
        iout, w, r, rc, err = run_timed(ing, check=False, timeout=args.ingest_timeout)
        if rc == TIMEOUT_RC:
            blocked = f"stopped after {args.ingest_timeout:.0f} s"
            break
        if rc != 0:
            blocked = f"exit {rc}: " + (err.strip().splitlines() or ['?'])[0][:160]
            break
        iw.append(w)
        irss = max(irss, r)
        cout, w, r, rc, err = run_timed([GRAPH, "communities", "--db", db], check=False)
        summary = (cout.strip().splitlines() or [""])[0][:160]
        cw.append(w)
        crss = max(crss, r)
    res = json.loads(out)
    body.append(f"| Python (lxml + python-igraph Leiden) | whole script | {cell(walls)} | {rss:.0f} MB |"
                f" {res['authors']:,} authors, {res['edges']:,} edges, {res['communities']:,} communities,"
                f" Q = {res['modularity']} (parse {res['parse_s']} s, build {res['build_s']} s, Leiden {res['leiden_s']} s) |")
    if blocked:
        body.append(f"| graph | ingest | **blocked** ({blocked}) | – | |")
        body.append("| graph | communities | TODO | – | |")
    else:
        body.append(f"| graph | ingest | {cell(iw)} | {irss:.0f} MB | |")
        body.append(f"| graph | communities | {cell(cw)} | {crss:.0f} MB | {summary} |")
        tot = [a + b for a, b in zip(iw, cw)]
        paired = [t / p for t, p in zip(tot, walls)]
        body.append(f"| graph | total | {cell(tot)} | {max(irss, crss):.0f} MB | ratio to Python"
                    f" {statistics.median(paired):.2f}× (median of the rounds' ratios;"
                    f" {min(paired):.2f}–{max(paired):.2f}×) |")
    body += ["", "Rerun:", "", "```sh", cmdline(py),
             cmdline(ing) + f" && {rel(GRAPH)} communities --db {rel(db)}", "```"]
    replace_section("pubmed", "\n".join(body))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--full", action="store_true")
    p.add_argument("--runs", type=int, default=5)
    p.add_argument("--pubmed-runs", type=int, default=3)
    p.add_argument("--latency-queries", type=int, default=None,
                   help="authors per latency row (default 20, 100 with --full)")
    p.add_argument("--ingest-timeout", type=float, default=None,
                   help="stop an ingest after this many seconds (default 600, 3600 with --full)")
    p.add_argument("--only", default="machine,generator,analytics,diameter,scale,latency,pubmed")
    a = p.parse_args()
    only = a.only.split(",")
    if a.latency_queries is None:
        a.latency_queries = 100 if a.full else 20
    if a.ingest_timeout is None:
        a.ingest_timeout = 3600.0 if a.full else 600.0
    for tool in (C_BENCH, SWIFT_BENCH, GRAPH):
        if not os.path.exists(tool):
            sys.exit(f"missing {rel(tool)}: run `make bench` (it builds everything first)")
    sizes = [1000, 10000, 100000] + ([1000000] if a.full else [])
    started, start = cpu_times(), run_start()
    if "machine" in only:
        machine_section(a, start)
    if "generator" in only:
        generator_section(a, sizes)
    if "analytics" in only:
        analytics_section(a)
    if "diameter" in only:
        diameter_section(a)
    done = sizes
    if "scale" in only:
        stopped = scale_section(a, sizes)
        done = [n for n in sizes if not stopped or n < stopped[0]]
    if "latency" in only:
        stores = [n for n in done if os.path.exists(os.path.join(OUT, f"scale-{n}.db"))]
        latency_section(a, max(stores) if stores else max(sizes))
    if "pubmed" in only:
        pubmed_section(a)
    stolen = stolen_share(started, cpu_times())
    if stolen is not None:
        log(f"CPU stolen by the hypervisor during the run: {stolen:.1%}")
        if "machine" in only:
            machine_section(a, start, stolen)  # the same block, with the share now known
    log("done: BENCHMARKS.md updated")


if __name__ == "__main__":
    main()
