#!/usr/bin/env python3
"""Deterministic synthetic publication corpus (OpenAlex-style JSONL and BibTeX) for benchmarks.

    python3 Benchmarks/generator/generate.py --works 100000 [--seed 1] [--out Benchmarks/out/corpus]
        [--formats openalex,bibtex] [--refs-scale 1.0]

Same seed and arguments => byte-identical files (only Python's `random.Random(seed)` is used).
Writes OUT/works-N.jsonl (one OpenAlex work per line: id, doi, title, publication_year,
authorships[{author_position, author{id, display_name, orcid}, raw_author_name,
institutions[{id, display_name}]}], referenced_works), OUT/works-N.bib, and OUT/works-N.stats.json
with the distributions actually produced (to compare with profile.json, which measure.py wrote
from ../shared/data).

The model, each part calibrated on profile.json:
  - team size: a mixture of the ACL (computational linguistics) and PubMed (biomedicine)
    histograms, mixed so the mean is --mean-team (default 3.0: 1M works ~ 3M authorships);
  - who writes: the first slot and every non-repeat slot is a new author with probability p,
    else an existing author drawn proportionally to the works they already have (Simon's
    preferential process: heavy-tailed productivity); a slot after the first re-uses a previous
    coauthor of an author already on the team with the measured ACL repeat-collaboration
    share. p is set so that authors / mentions matches ACL's;
  - names: non-ASCII share, initials-only share and ORCID share of mentions from PubMed;
    homonyms (a new identity taking an existing identity's name) at PubMed's share of ORCIDs
    whose normalized name another ORCID also has; rendering variants of raw_author_name
    (initials, diacritics stripped, upper case, "Last, First") at the rates in VARIANTS;
  - references: counts drawn from the OpenAlex sample's referenced_works counts (x refs-scale),
    targets by Price's preferential attachment among earlier works (half uniform, half
    proportional to citations already received).
"""
import argparse
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))

# Assumed (not measurable in ../shared/data): how a raw_author_name departs from the display name.
VARIANTS = {"strip_diacritics": 0.30, "upper_case": 0.01, "last_first": 0.10}

GIVEN = (
    "James Mary John Patricia Robert Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Lisa Matthew Nancy Anthony "
    "Sandra Mark Ashley Paul Emily Steven Donna Andrew Michelle Kenneth Carol Joshua Amanda Kevin "
    "Melissa Brian Deborah George Stephanie Timothy Rebecca Wei Li Jing Yan Hui Xin Ying Jun Lei "
    "Hao Min Tao Yu Chen Akira Yuki Hiroshi Kenji Haruka Sakura Takeshi Minh Anh Huong Thanh "
    "Priya Rahul Amit Sunita Anil Deepa Vikram Lakshmi Arjun Kavya Olga Ivan Dmitri Natalia "
    "Sergei Elena Pierre Marie Claire Luc Sophie Hans Klaus Anna Stefan Ingrid Lars Astrid Marco "
    "Giulia Luca Francesca Pablo Lucia Carlos Ana Diego Sofia Ahmed Fatima Omar Leila Yusuf "
    "Aisha Kwame Ama Chinedu Ngozi Tomasz Agnieszka Piotr Katarzyna Mehmet Ayse Emre Zeynep"
).split()
GIVEN_DIACRITIC = "José Zoë Łukasz Søren Jürgen François Agnès Ángel Inés Çağla Dvořák Bjørn Renée Loïc Ştefan Ján Mónica Raúl Nuñez Siân".split()
FAMILY_DIACRITIC = "Müller Gómez Łukasiewicz Søndergaard Núñez Çelik Dvořák Nguyễn Žukauskas Pérez Brontë Kovačević Håkansson Öztürk Jäger Dupré Szabó Šimić Rodríguez Lévesque".split()
SYLLABLES = (
    "an ba be bo ca ce chi da de do el en fa fe ga ge ha he ka ke ki ko la le li lo ma me mi mo "
    "na ne ni no pa pe po ra re ri ro sa se si so ta te ti to va ve vi wa we ya yo za zu ber "
    "dor gan hal ken lin mar nor per ran sen tor vin wel"
).split()
SUFFIXES = ["", "", "", "son", "sen", "ez", "ova", "ski", "ini", "ada", "berg", "mann", "ura", "ian"]
WORDS = (
    "network analysis model learning graph community structure author citation dynamics "
    "protein gene expression cell clinical trial patients outcome risk cohort language parsing "
    "translation semantic corpus evaluation neural deep inference bayesian stochastic optimal "
    "control robust estimation spectral clustering centrality diffusion evolution temporal "
    "scalable efficient approach study method framework toward large multi cross effects"
).split()


def strip_diacritics(text):
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).replace("Ł", "L").replace(
        "ł", "l").replace("ø", "o").replace("Ø", "O")


def initials(given):
    return " ".join(p[0] + "." for p in given.replace("-", " ").split())


class Generator:
    def __init__(self, profile, seed, mean_team, refs_scale):
        self.r = random.Random(seed)
        acl, pm = profile["acl"], profile["pubmed"]
        self.acl_sizes = self._cdf(acl["team_size_histogram"])
        self.pm_sizes = self._cdf(pm["team_size_histogram"])
        a_mean, p_mean = acl["team_size"]["mean"], pm["team_size"]["mean"]
        self.pm_mix = min(1.0, max(0.0, (mean_team - a_mean) / (p_mean - a_mean)))
        self.repeat = acl["repeat_coauthor_share"]
        target_new = acl["authors_by_normalized_name"] / acl["mentions"]
        nonfirst = (mean_team - 1) / mean_team
        self.p_new = min(1.0, target_new / (1 - self.repeat * nonfirst))
        self.target_new = target_new
        self.non_ascii = pm["non_ascii_share"]
        self.initials = pm["initials_only_share"]
        self.orcid = pm["orcid_mention_share"]
        self.homonym = pm["homonym_orcid_share"] / 2  # each injected homonym makes a pair
        self.refs = [round(c * refs_scale) for c in profile["openalex"]["sample"]]
        self.profile = profile
        # State.
        self.names = []  # identity -> (given, family)
        self.orcids = []
        self.inst = []
        self.slots = []  # one entry per authorship: preferential sampling by productivity
        self.coauthors = []  # identity -> list of coauthors (with repeats)
        self.cited = []  # one entry per citation received
        self.used_names = set()
        self.institutions = [f"{self._family()} University" if i % 3 else f"Institute of {w.title()}"
                             for i, w in enumerate(self.r.choice(WORDS) for _ in range(5000))]

    def _cdf(self, hist):
        items = sorted((int(k), v) for k, v in hist.items())
        total = sum(v for _, v in items)
        acc, out = 0, []
        for k, v in items:
            acc += v
            out.append((acc / total, k))
        return out

    def _draw(self, cdf):
        u = self.r.random()
        for p, k in cdf:
            if u <= p:
                return k
        return cdf[-1][1]

    def _family(self):
        name = "".join(self.r.choice(SYLLABLES) for _ in range(self.r.choice((2, 2, 3, 3, 4))))
        return (name + self.r.choice(SUFFIXES)).title()

    def new_identity(self):
        i = len(self.names)
        if self.names and self.r.random() < self.homonym:
            name = self.names[self.r.randrange(len(self.names))]  # a homonym on purpose
        else:
            while True:
                if self.r.random() < self.non_ascii / (1 - VARIANTS["strip_diacritics"]):
                    given = self.r.choice(GIVEN_DIACRITIC + GIVEN)
                    family = self.r.choice(FAMILY_DIACRITIC) + ("" if self.r.random() < 0.3 else
                                                                "-" + self._family())
                else:
                    given = self.r.choice(GIVEN)
                    family = self._family()
                if self.r.random() < 0.25:
                    given += " " + self.r.choice(GIVEN)[0] + "."
                if (given, family) not in self.used_names:
                    break
            name = (given, family)
        self.used_names.add(name)
        self.names.append(name)
        self.orcids.append(self._orcid(i) if self.r.random() < self.orcid else None)
        self.inst.append(self.r.randrange(len(self.institutions)))
        self.coauthors.append([])
        return i

    def _orcid(self, i):
        digits = f"{(i * 7919 + 1234567) % 10**15:015d}"
        total = 0
        for d in digits:
            total = (total + int(d)) * 2
        check = (12 - total % 11) % 11
        s = digits + ("X" if check == 10 else str(check))
        return "https://orcid.org/" + "-".join(s[k:k + 4] for k in range(0, 16, 4))

    def team(self):
        size = self._draw(self.pm_sizes if self.r.random() < self.pm_mix else self.acl_sizes)
        members = []
        for k in range(size):
            a = None
            if k > 0 and self.r.random() < self.repeat:
                pool = self.coauthors[members[self.r.randrange(len(members))]]
                if pool:
                    cand = pool[self.r.randrange(len(pool))]
                    if cand not in members:
                        a = cand
            if a is None:
                # Feedback keeps identities / mentions at the measured ratio (the repeat slots
                # that find no earlier coauthor would otherwise inflate it).
                p = self.p_new
                if len(self.slots) > 1000:
                    p = min(1.0, p * self.target_new * len(self.slots) / len(self.names))
                if not self.slots or self.r.random() < p:
                    a = self.new_identity()
                else:
                    # Careers end: draw from the most recent quarter of authorships (at least
                    # 5000), proportionally to works within it.
                    lo = max(0, len(self.slots) - max(5000, len(self.slots) // 4))
                    for _ in range(8):
                        cand = self.slots[self.r.randrange(lo, len(self.slots))]
                        if cand not in members:
                            a = cand
                            break
                    if a is None:
                        a = self.new_identity()
            members.append(a)
        for a in members:
            self.slots.append(a)
            self.coauthors[a].extend(b for b in members if b != a)
        return members

    def raw_name(self, a):
        given, family = self.names[a]
        r = self.r.random
        if r() < self.initials:
            given = initials(given)
        if r() < VARIANTS["strip_diacritics"]:
            given, family = strip_diacritics(given), strip_diacritics(family)
        text = f"{family}, {given}" if r() < VARIANTS["last_first"] else f"{given} {family}"
        return text.upper() if r() < VARIANTS["upper_case"] else text

    def references(self, w):
        if w == 0:
            return []
        k = min(self.r.choice(self.refs), w)
        out = set()
        for _ in range(k * 2):
            if len(out) >= k:
                break
            if self.cited and self.r.random() < 0.5:
                out.add(self.cited[self.r.randrange(len(self.cited))])
            else:
                out.add(self.r.randrange(w))
        refs = sorted(out)
        self.cited.extend(refs)
        return refs


def work_id(w):
    return f"https://openalex.org/W{1000000 + w}"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--works", type=int, required=True)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default=os.path.join(HERE, "..", "out", "corpus"))
    p.add_argument("--formats", default="openalex,bibtex")
    p.add_argument("--mean-team", type=float, default=3.0)
    p.add_argument("--refs-scale", type=float, default=1.0)
    p.add_argument("--profile", default=os.path.join(HERE, "profile.json"))
    a = p.parse_args()
    with open(a.profile) as f:
        profile = json.load(f)
    os.makedirs(a.out, exist_ok=True)
    formats = set(a.formats.split(","))
    g = Generator(profile, a.seed, a.mean_team, a.refs_scale)
    base = os.path.join(a.out, f"works-{a.works}")
    jf = open(base + ".jsonl.tmp", "w", encoding="utf-8") if "openalex" in formats else None
    bf = open(base + ".bib.tmp", "w", encoding="utf-8") if "bibtex" in formats else None
    first_year, last_year = 1990, 2024
    mentions = initials_mentions = non_ascii_mentions = orcid_mentions = refs_total = 0
    team_sizes = {}
    for w in range(a.works):
        members = g.team()
        year = first_year + (w * (last_year - first_year + 1)) // a.works
        title = " ".join(g.r.choice(WORDS) for _ in range(g.r.randint(4, 12))).capitalize()
        refs = g.references(w)
        raws = [g.raw_name(m) for m in members]
        team_sizes[len(members)] = team_sizes.get(len(members), 0) + 1
        mentions += len(members)
        for m, raw in zip(members, raws):
            given = raw.split(", ")[1] if ", " in raw else raw.rsplit(" ", 1)[0]
            initials_mentions += all(len(t.rstrip(".")) == 1 for t in given.split())
            non_ascii_mentions += any(ord(c) > 127 for c in raw)
            orcid_mentions += g.orcids[m] is not None
        refs_total += len(refs)
        if jf:
            authorships = []
            for pos, (m, raw) in enumerate(zip(members, raws)):
                given, family = g.names[m]
                authorships.append({
                    "author_position": "first" if pos == 0 else ("last" if pos == len(members) - 1 else "middle"),
                    "author": {"id": f"https://openalex.org/A{5000000000 + m}",
                               "display_name": f"{given} {family}", "orcid": g.orcids[m]},
                    "institutions": [{"id": f"https://openalex.org/I{100000 + g.inst[m]}",
                                      "display_name": g.institutions[g.inst[m]]}],
                    "raw_author_name": raw,
                })
            jf.write(json.dumps({
                "id": work_id(w), "doi": f"https://doi.org/10.5555/bench.{w}", "title": title,
                "display_name": title, "publication_year": year, "type": "article",
                "authorships": authorships, "referenced_works": [work_id(x) for x in refs],
            }, ensure_ascii=False, separators=(",", ":")) + "\n")
        if bf:
            authors = " and ".join(
                (r if ", " in r else (r.rsplit(" ", 1)[1] + ", " + r.rsplit(" ", 1)[0]))
                for r in raws)
            bf.write(f"@article{{W{1000000 + w},\n  author = {{{authors}}},\n  title = {{{title}}},\n"
                     f"  journal = {{Journal of Synthetic Results}},\n  year = {{{year}}},\n"
                     f"  doi = {{10.5555/bench.{w}}}\n}}\n\n")
    for f, ext in ((jf, ".jsonl"), (bf, ".bib")):
        if f:
            f.close()
            os.replace(base + ext + ".tmp", base + ext)
    productivity = {}
    for a_ in g.slots:
        productivity[a_] = productivity.get(a_, 0) + 1
    counts = sorted(productivity.values())
    by_name = {}
    for i, name in enumerate(g.names):
        by_name.setdefault(name, []).append(i)
    stats = {
        "works": a.works, "seed": a.seed, "authorships": mentions, "identities": len(g.names),
        "mean_team": round(mentions / a.works, 3), "team_size_histogram": dict(sorted(team_sizes.items())),
        "pubmed_team_mix": round(g.pm_mix, 4), "p_new_author": round(g.p_new, 4),
        "identities_per_mention": round(len(g.names) / mentions, 4),
        "works_per_identity": {"median": counts[len(counts) // 2], "p90": counts[int(len(counts) * 0.9)],
                               "p99": counts[int(len(counts) * 0.99)], "max": counts[-1],
                               "single_work_share": round(sum(1 for c in counts if c == 1) / len(counts), 4)},
        "initials_only_share": round(initials_mentions / mentions, 4),
        "non_ascii_share": round(non_ascii_mentions / mentions, 4),
        "orcid_mention_share": round(orcid_mentions / mentions, 4),
        "homonym_identity_share": round(sum(len(v) for v in by_name.values() if len(v) > 1) / len(g.names), 4),
        "references_per_work": round(refs_total / a.works, 3),
    }
    with open(base + ".stats.json", "w") as f:
        json.dump(stats, f, indent=1)
        f.write("\n")
    print(json.dumps(stats))


if __name__ == "__main__":
    main()
