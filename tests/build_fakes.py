"""A tiny stand-in pipeline for store/build tests: claims written as 'Actor status Place.' lines."""

from __future__ import annotations

import hashlib
import re

from mapgen.model import (
    Claim,
    DatePrecision,
    Kind,
    Mention,
    Place,
    PlaceMention,
    Problem,
    Report,
    Resolution,
    Status,
)
from mapgen.pipeline import Analysis, Context

GAZ = {
    "Raqa": ("geonames:163915", 35.95, 39.01, "SY", Kind.SETTLEMENT),
    "Hawija": ("geonames:99347", 35.33, 43.78, "IQ", Kind.SETTLEMENT),
    "Sharqat": ("geonames:92430", 35.51, 43.23, "IQ", Kind.SETTLEMENT),
    "Mosul": ("geonames:99072", 36.34, 43.13, "IQ", Kind.SETTLEMENT),
    "Homs": ("admin1:SY-HI", 34.5, 38.0, "SY", Kind.ADMIN1),
    "Tabqa": ("geonames:164816", 35.84, 38.55, "SY", Kind.SETTLEMENT),
    "Manbij": ("geonames:166365", 36.53, 37.95, "SY", Kind.SETTLEMENT),
    "Tikrit": ("geonames:89075", 34.61, 43.68, "IQ", Kind.SETTLEMENT),
    "Anbar": ("admin1:IQ-AN", 33.0, 42.0, "IQ", Kind.ADMIN1),
}
ACTORS = {"IS": "Islamic State", "SDF": "Syrian Democratic Forces", "Iraqi": "Iraqi government forces"}
LINE = re.compile(
    r"^(?P<actor>[\w=@+-]+) (?P<status>held|captured|lost|attacking|besieging) (?P<place>\w+)"
    r"(?: (?P<share>\d+)%)?\.",
    re.M,
)
CALLS: list[str] = []


def fake_analyse(report: Report, ctx: Context) -> Analysis:
    CALLS.append(report.id)
    claims, places, problems = [], [], []
    for m in LINE.finditer(report.body):
        name = m["place"]
        actor = ACTORS.get(m["actor"], m["actor"])
        g = GAZ.get(name)
        if g:
            place = Place(g[0], name, g[1], g[2], g[3], g[4])
            pm = PlaceMention(
                Mention(name, m.start("place"), m.end("place")), Resolution.RESOLVED, place, 0.9
            )
        else:
            place = None
            pm = PlaceMention(Mention(name, m.start("place"), m.end("place")), Resolution.UNRESOLVED)
            problems.append(
                Problem("unresolved-place", f"place {name!r} not found", report.path, detail={"place": name})
            )
        places.append(pm)
        status = Status(m["status"])
        share = int(m["share"]) / 100 if m["share"] else None
        key = place.key if place else None
        cid = hashlib.sha256(
            f"{report.id}|{m.start()}|{m.end()}|{key}|{actor}|{status}".encode()
        ).hexdigest()[:16]
        claims.append(
            Claim(
                id=cid,
                report=report.path,
                report_id=report.id,
                place=name,
                name=place.name if place else None,
                place_key=key,
                lat=place.lat if place else None,
                lon=place.lon if place else None,
                country=place.country if place else None,
                kind=place.kind if place else None,
                resolution=pm.resolution,
                qualifier=None,
                actor=actor,
                actor_registered=m["actor"] in ACTORS,
                status=status,
                share_min=share,
                share_max=share,
                attribution=None,
                date=report.date,
                date_precision=DatePrecision.REPORT,
                confidence=0.9,
                start=m.start(),
                end=m.end(),
                evidence=m[0],
                source=report.source,
                url=report.url,
            )
        )
    return Analysis(report, tuple(places), tuple(claims), tuple(problems))


def write_report(folder, name: str, body: str, date: str = "2017-09-21", source: str = "AFP"):  # noqa: ANN001, ANN201
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"---\ndate: {date}\nsource: {source}\n---\n{body}\n", encoding="utf-8")
    return path
