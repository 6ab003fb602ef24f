#!/usr/bin/env python3
"""Measures the distributions the corpus generator imitates, on real metadata in ../shared/data.

    python3 Benchmarks/generator/measure.py [--data ../shared/data] [--out Benchmarks/generator/profile.json]

Sources (standard library only):
  - ACL Anthology Network metadata (acl-anthology-network/acl-metadata.txt.gz): 18k papers,
    "Last, First" author strings. Team sizes, works per author (by normalized name), share of
    initials-only given names, share of non-ASCII names, repeat-collaboration rate.
  - PubMed half file (pubmed-medline-xml/pubmed21n1298.even-records.xml.gz): team sizes,
    initials-only fore names, non-ASCII names, ORCID coverage, homonyms (one normalized name,
    several ORCIDs) and name variants (one ORCID, several name strings).
  - OpenAlex works sample (openalex-works-json/openalex_works_response_49.json): referenced
    works per work.
Writes profile.json (small, committed) that generate.py reads.
"""
import argparse
import collections
import gzip
import json
import os
import re
import unicodedata
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))


def fold(text):
    """Lowercase, no diacritics, letters and spaces only."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^a-z ]+", " ", text).split())


def key(last, first):
    return fold(last) + "|" + fold(first)


def initials_only(first):
    """True when every given-name token is a single letter (with or without a period)."""
    tokens = re.sub(r"[.\-]", " ", first).split()
    return bool(tokens) and all(len(t) == 1 for t in tokens)


def non_ascii(text):
    return any(ord(c) > 127 for c in text)


def histogram(values, cap=None):
    h = collections.Counter(min(v, cap) if cap else v for v in values)
    return {str(k): h[k] for k in sorted(h)}


def log2_bins(values):
    """Counts in bins 1, 2, 3-4, 5-8, 9-16, ... (heavy-tailed distributions)."""
    bins = collections.Counter()
    for v in values:
        b = 0
        while (1 << b) < v:
            b += 1
        bins[b] += 1
    out = {}
    for b in sorted(bins):
        lo, hi = (1 << (b - 1)) + 1 if b else 1, 1 << b
        out[f"{lo}" if lo == hi else f"{lo}-{hi}"] = bins[b]
    return out


def summary(values):
    s = sorted(values)
    n = len(s)
    return {"n": n, "mean": round(sum(s) / n, 3), "median": s[n // 2],
            "p90": s[int(n * 0.9)], "p99": s[int(n * 0.99)], "max": s[-1]}


def acl(path):
    works = []  # (year, [(last, first, raw)])
    with gzip.open(path, "rt", encoding="utf-8", errors="replace") as f:
        cur = {}
        for line in f:
            m = re.match(r"(\w+) = \{(.*)\}\s*$", line)
            if m:
                cur[m.group(1)] = m.group(2)
            elif not line.strip() and cur:
                works.append(cur)
                cur = {}
        if cur:
            works.append(cur)
    teams, mentions = [], []
    per_author = collections.Counter()
    repeat, later = 0, 0
    coauthors = collections.defaultdict(set)
    for w in sorted(works, key=lambda w: w.get("year", "")):
        names = [a.strip() for a in w.get("author", "").split(";") if a.strip()]
        if not names:
            continue
        teams.append(len(names))
        keys = []
        for raw in names:
            last, _, first = raw.partition(",")
            mentions.append((last.strip(), first.strip(), raw))
            k = key(last, first)
            keys.append(k)
            per_author[k] += 1
        for i, k in enumerate(keys[1:], 1):
            later += 1
            if any(k in coauthors[o] for o in keys[:i]):
                repeat += 1
        for a in keys:
            coauthors[a].update(x for x in keys if x != a)
    return {
        "works": len(teams),
        "mentions": len(mentions),
        "authors_by_normalized_name": len(per_author),
        "team_size": summary(teams),
        "team_size_histogram": histogram(teams, cap=30),
        "works_per_author": summary(list(per_author.values())),
        "works_per_author_log2_bins": log2_bins(per_author.values()),
        "initials_only_share": round(sum(initials_only(f) for _, f, _ in mentions) / len(mentions), 4),
        "non_ascii_share": round(sum(non_ascii(r) for _, _, r in mentions) / len(mentions), 4),
        "repeat_coauthor_share": round(repeat / later, 4),
    }


def pubmed(path):
    teams, mentions = [], []
    names_by_orcid = collections.defaultdict(collections.Counter)
    orcids_by_key = collections.defaultdict(set)
    with gzip.open(path, "rb") as f:
        for _, el in ET.iterparse(f, events=("end",)):
            if el.tag != "PubmedArticle":
                continue
            authors = []
            for a in el.iter("Author"):
                last = a.findtext("LastName")
                if not last:
                    continue  # a collective name
                first = a.findtext("ForeName") or a.findtext("Initials") or ""
                orcid = None
                for ident in a.findall("Identifier"):
                    if ident.get("Source") == "ORCID" and ident.text:
                        orcid = re.sub(r"[^0-9X]", "", ident.text.upper())[-16:]
                authors.append((last, first, orcid))
            if authors:
                teams.append(len(authors))
                for last, first, orcid in authors:
                    mentions.append((last, first, orcid))
                    if orcid:
                        names_by_orcid[orcid][f"{first} {last}"] += 1
                        orcids_by_key[key(last, first)].add(orcid)
            el.clear()
    with_orcid = sum(1 for m in mentions if m[2])
    keys_with_orcid = len(orcids_by_key)
    homonym_keys = sum(1 for s in orcids_by_key.values() if len(s) > 1)
    orcids_in_homonym = sum(len(s) for s in orcids_by_key.values() if len(s) > 1)
    variant_orcids = sum(1 for c in names_by_orcid.values() if len(c) > 1)
    variant_mentions = sum(sum(c.values()) - max(c.values()) for c in names_by_orcid.values())
    return {
        "works_with_authors": len(teams),
        "mentions": len(mentions),
        "team_size": summary(teams),
        "team_size_histogram": histogram(teams, cap=30),
        "initials_only_share": round(sum(initials_only(f) for _, f, _ in mentions) / len(mentions), 4),
        "non_ascii_share": round(sum(non_ascii(l + f) for l, f, _ in mentions) / len(mentions), 4),
        "orcid_mention_share": round(with_orcid / len(mentions), 4),
        "orcids": len(names_by_orcid),
        "normalized_names_with_orcid": keys_with_orcid,
        "homonym_name_share": round(homonym_keys / keys_with_orcid, 4) if keys_with_orcid else 0,
        "homonym_orcid_share": round(orcids_in_homonym / len(names_by_orcid), 4) if names_by_orcid else 0,
        "orcids_with_several_name_strings": round(variant_orcids / len(names_by_orcid), 4) if names_by_orcid else 0,
        "orcid_mentions_not_in_main_form": round(variant_mentions / with_orcid, 4) if with_orcid else 0,
    }


def openalex_refs(path):
    with open(path) as f:
        d = json.load(f)
    works = d["results"] if isinstance(d, dict) else d
    counts = [len(w.get("referenced_works") or []) for w in works]
    return {"works": len(counts), "referenced_works": summary(counts), "sample": counts}


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data", default=os.path.join(HERE, "..", "..", "..", "shared", "data"))
    p.add_argument("--out", default=os.path.join(HERE, "profile.json"))
    a = p.parse_args()
    profile = {
        "acl": acl(os.path.join(a.data, "acl-anthology-network", "acl-metadata.txt.gz")),
        "pubmed": pubmed(os.path.join(a.data, "pubmed-medline-xml",
                                      "pubmed21n1298.even-records.xml.gz")),
        "openalex": openalex_refs(os.path.join(a.data, "openalex-works-json",
                                               "openalex_works_response_49.json")),
    }
    with open(a.out, "w") as f:
        json.dump(profile, f, indent=1, sort_keys=True)
        f.write("\n")
    print(json.dumps({k: {kk: vv for kk, vv in v.items() if "histogram" not in kk and kk != "sample"}
                      for k, v in profile.items()}, indent=1))


if __name__ == "__main__":
    main()
