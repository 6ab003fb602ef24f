#!/usr/bin/env python3
"""Scores graph's identity resolution against hidden ground truth (issue 4, PRODUCT.md §11).

    python3 Benchmarks/identity/product_quality.py [--graph PATH] [--out DIR]

PubMed: the ORCIDs of ../shared/data/pubmed-medline-xml/pubmed21n1298.even-records.xml.gz are
removed from a copy of the file (every <Identifier Source="ORCID"> element), the copy is
ingested by `graph ingest`, and `graph export --network mentions --format csv` gives each
mention's identity by (PMID, author position). The truth is the ORCID of that author entry in
the original file; pairwise precision, recall and F1 are computed over ORCID-bearing mentions,
beside two baselines on the same mentions: exact normalized full name, and surname + first
initial. The resolver never sees an ORCID: the copy has none (checked below).

S2AND Qian: each signature (name, affiliations, paper) becomes an author entry of its paper in
an OpenAlex-style JSONL file (no ids), which graph ingests; clusters are scored against
qian_clusters.json with pairwise and B-cubed precision/recall/F1.
"""
import argparse
import csv
import gzip
import io
import json
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SHARED = os.path.join(ROOT, "..", "shared", "data")
PUBMED = os.path.join(SHARED, "pubmed-medline-xml", "pubmed21n1298.even-records.xml.gz")
QIAN = os.path.join(SHARED, "s2and-author-disambiguation")


def fold(text):
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def pubmed_truth(path):
    """(pmid, position) -> (orcid or None, last, fore) for every author entry."""
    truth = {}
    with gzip.open(path, "rb") as f:
        for _, el in ET.iterparse(f, events=("end",)):
            if el.tag != "PubmedArticle":
                continue
            pmid = el.findtext("MedlineCitation/PMID")
            authors = el.find("MedlineCitation/Article/AuthorList")
            if authors is not None:
                for i, a in enumerate(authors.findall("Author")):
                    orcid = None
                    for ident in a.findall("Identifier"):
                        if ident.get("Source") == "ORCID" and ident.text:
                            orcid = re.sub(r"[^0-9X]", "", ident.text.upper())[-16:]
                    truth[(pmid, i + 1)] = (orcid, a.findtext("LastName") or "", a.findtext("ForeName") or "")
            el.clear()
    return truth


def strip_orcids(src, dst):
    pattern = re.compile(rb'\s*<Identifier Source="ORCID">[^<]*</Identifier>')
    with gzip.open(src, "rb") as f:
        data = f.read()
    stripped, n = pattern.subn(b"", data)
    assert b'Source="ORCID"' not in stripped, "an ORCID survived the stripping"
    with gzip.open(dst, "wb") as f:
        f.write(stripped)
    return n


def pairwise(labels_by_item, truth_by_item):
    """Pairwise P/R/F1 over items present in both maps."""
    items = [i for i in truth_by_item if i in labels_by_item]
    true_pairs = sum(c * (c - 1) // 2 for c in Counter(truth_by_item[i] for i in items).values())
    clusters = defaultdict(list)
    for i in items:
        clusters[labels_by_item[i]].append(truth_by_item[i])
    pred_pairs = sum(len(v) * (len(v) - 1) // 2 for v in clusters.values())
    tp = sum(sum(c * (c - 1) // 2 for c in Counter(v).values()) for v in clusters.values())
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / true_pairs if true_pairs else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return dict(precision=p, recall=r, f1=f, true_pairs=true_pairs, predicted_pairs=pred_pairs, mentions=len(items))


def bcubed(labels_by_item, truth_by_item):
    items = [i for i in truth_by_item if i in labels_by_item]
    pred = defaultdict(set)
    gold = defaultdict(set)
    for i in items:
        pred[labels_by_item[i]].add(i)
        gold[truth_by_item[i]].add(i)
    p = sum(len(pred[labels_by_item[i]] & gold[truth_by_item[i]]) / len(pred[labels_by_item[i]]) for i in items) / len(items)
    r = sum(len(pred[labels_by_item[i]] & gold[truth_by_item[i]]) / len(gold[truth_by_item[i]]) for i in items) / len(items)
    return dict(precision=p, recall=r, f1=2 * p * r / (p + r))


def run_graph(graph, db, *args):
    result = subprocess.run([graph, *args, "--db", db], capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit(f"graph {' '.join(args)} failed ({result.returncode}): {result.stderr}")
    return result.stdout


def mentions_csv(graph, db):
    return list(csv.DictReader(io.StringIO(run_graph(graph, db, "export", "--network", "mentions", "--format", "csv"))))


def bench_pubmed(graph, out):
    stripped = os.path.join(out, "pubmed21n1298.even-records.no-orcid.xml.gz")
    removed = strip_orcids(PUBMED, stripped)
    truth = pubmed_truth(PUBMED)
    db = os.path.join(out, "identity-pubmed.db")
    if os.path.exists(db):
        os.remove(db)
    start = time.time()
    run_graph(graph, db, "ingest", stripped)
    seconds = time.time() - start
    rows = mentions_csv(graph, db)
    ours = {(r["record_key"], int(r["position"])): r["identity_id"] for r in rows}
    gold = {k: v[0] for k, v in truth.items() if v[0]}
    exact = {k: fold(v[2]) + "|" + fold(v[1]) for k, v in truth.items()}
    initial = {k: fold(v[2])[:1] + "|" + fold(v[1]) for k, v in truth.items()}
    return dict(
        file=os.path.relpath(PUBMED, ROOT), orcids_removed=removed, ingest_seconds=round(seconds, 2),
        mentions_exported=len(rows), graph=pairwise(ours, gold),
        exact_name=pairwise(exact, gold), surname_initial=pairwise(initial, gold))


def bench_qian(graph, out):
    with gzip.open(os.path.join(QIAN, "qian_signatures.json.gz"), "rt") as f:
        signatures = json.load(f)
    with open(os.path.join(QIAN, "qian_clusters.json")) as f:
        clusters = json.load(f)
    gold = {}
    for cluster_id, cluster in clusters.items():
        for sig in cluster.get("signature_ids", cluster if isinstance(cluster, list) else []):
            gold[str(sig)] = cluster_id
    papers = defaultdict(list)
    for sig in signatures.values():
        info = sig["author_info"]
        papers[str(sig["paper_id"])].append((info.get("position") or 0, str(sig["signature_id"]), info))
    path = os.path.join(out, "qian.jsonl")
    entry_of = {}
    with open(path, "w") as f:
        for paper_id in sorted(papers, key=lambda p: int(p) if p.isdigit() else p):
            entries = sorted(papers[paper_id])
            authorships = []
            for position, (_, sig_id, info) in enumerate(entries, start=1):
                name = " ".join(x for x in (info.get("first"), info.get("middle"), info.get("last")) if x)
                entry_of[("W" + paper_id, position)] = sig_id
                authorships.append({
                    "author_position": "first" if position == 1 else "middle",
                    "author": {"display_name": name},
                    "raw_author_name": name,
                    "institutions": [{"display_name": a} for a in (info.get("affiliations") or [])],
                })
            f.write(json.dumps({"id": "https://openalex.org/W" + paper_id, "title": "Qian paper " + paper_id,
                                "authorships": authorships}) + "\n")
    db = os.path.join(out, "identity-qian.db")
    if os.path.exists(db):
        os.remove(db)
    run_graph(graph, db, "ingest", path)
    ours = {}
    for r in mentions_csv(graph, db):
        key = (r["record_key"].split("/")[-1], int(r["position"]))
        if key in entry_of:
            ours[entry_of[key]] = r["identity_id"]
    def name_key(sig, initial):
        info = signatures[sig]["author_info"]
        first = fold(info.get("first") or "")
        return (first[:1] if initial else first) + "|" + fold(info.get("last") or "")
    exact = {s: name_key(s, False) for s in gold if s in signatures}
    block = {s: name_key(s, True) for s in gold if s in signatures}
    return dict(signatures=len(signatures), clusters=len(clusters), scored=len(ours),
                graph=dict(pairwise=pairwise(ours, gold), bcubed=bcubed(ours, gold)),
                exact_name=dict(pairwise=pairwise(exact, gold), bcubed=bcubed(exact, gold)),
                surname_initial=dict(pairwise=pairwise(block, gold), bcubed=bcubed(block, gold)))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--graph", default=os.path.join(ROOT, ".build", "release", "graph"))
    parser.add_argument("--out", default=os.path.join(ROOT, "Benchmarks", "out", "identity"))
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    report = dict(pubmed=bench_pubmed(args.graph, args.out), qian=bench_qian(args.graph, args.out))
    print(json.dumps(report, indent=2, sort_keys=True))


if __name__ == "__main__":
    main()
