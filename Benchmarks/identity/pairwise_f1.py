#!/usr/bin/env python3
"""Identity-resolution quality on ORCID-bearing PubMed mentions (PRODUCT.md §11), baselines.

    python3 Benchmarks/identity/pairwise_f1.py [FILE.xml.gz ...]

Truth: mentions carrying the same ORCID are one person. A resolver's clusters are scored by
pairwise precision, recall and F1 over those mentions (a pair is a true positive when both
mentions share the ORCID and the resolver put them together). Baselines computed here:
  - exact normalized name (case, diacritics, punctuation folded; "Last|First"),
  - surname + first initial.
The product's row (graph ingest with ORCIDs hidden) is product_quality.py's job (run next by
`make bench-identity`). Writes the `identity` section of BENCHMARKS.md.
"""
import gzip
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DATA = os.path.join(ROOT, "..", "shared", "data", "pubmed-medline-xml")
sys.path.insert(0, os.path.dirname(HERE))


def fold(text):
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z ]+", " ", text).split())


def mentions(path):
    out = []
    with gzip.open(path, "rb") as f:
        for _, el in ET.iterparse(f, events=("end",)):
            if el.tag != "PubmedArticle":
                continue
            for a in el.iter("Author"):
                last = a.findtext("LastName")
                if not last:
                    continue
                first = a.findtext("ForeName") or a.findtext("Initials") or ""
                for ident in a.findall("Identifier"):
                    if ident.get("Source") == "ORCID" and ident.text:
                        orcid = re.sub(r"[^0-9X]", "", ident.text.upper())[-16:]
                        out.append((last, first, orcid))
            el.clear()
    return out


def pairs(n):
    return n * (n - 1) // 2


def score(ms, key):
    truth = Counter(o for _, _, o in ms)
    pred = Counter(key(l, f) for l, f, _ in ms)
    cells = Counter((key(l, f), o) for l, f, o in ms)
    tp = sum(pairs(c) for c in cells.values())
    pp = sum(pairs(c) for c in pred.values())
    tpairs = sum(pairs(c) for c in truth.values())
    p = tp / pp if pp else 1.0
    r = tp / tpairs if tpairs else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    files = sys.argv[1:] or [os.path.join(DATA, "pubmed21n1298.even-records.xml.gz"),
                             os.path.join(DATA, "pubmed20n0014.first5000.xml.gz")]
    ms = []
    for f in files:
        ms += mentions(f)
    baselines = {
        "exact normalized name": lambda l, f: fold(l) + "|" + fold(f),
        "surname + first initial": lambda l, f: fold(l) + "|" + fold(f)[:1],
    }
    lines = [f"Pairwise precision / recall / F1 over {len(ms):,} ORCID-bearing mentions"
             f" ({len(set(o for *_, o in ms)):,} ORCIDs) of "
             + ", ".join(f"`{os.path.basename(f)}`" for f in files)
             + ". Measured by `make bench-identity` (`Benchmarks/identity/pairwise_f1.py`).", "",
             "| resolver | precision | recall | F1 |", "|---|---|---|---|"]
    for name, key in baselines.items():
        p, r, f1 = score(ms, key)
        lines.append(f"| baseline: {name} | {p:.4f} | {r:.4f} | {f1:.4f} |")
        print(f"{name}: P={p:.4f} R={r:.4f} F1={f1:.4f}")
    lines += ["", "The product's own row (graph ingest of a copy with every ORCID removed, scored on the"
              " same mentions, plus S2AND Qian) is computed by `Benchmarks/identity/product_quality.py`,"
              " which `make bench-identity` runs next (results in `Benchmarks/out/identity/`);"
              " target F1 ≥ 0.95 with precision ≥ 0.95 (PRODUCT.md §11)."]
    import bench  # noqa: E402  (Benchmarks/bench.py: the marker-section writer)
    bench.replace_section("identity", "\n".join(lines))


if __name__ == "__main__":
    main()
