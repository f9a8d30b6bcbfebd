"""Hand-made states and claims for the map tests, modelled on the seed report (not read from it)."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

from mapgen.model import (
    Change,
    ChangeKind,
    Claim,
    ControlState,
    DatePrecision,
    Holder,
    Kind,
    PlaceState,
    Problem,
    Resolution,
    Status,
)

D = dt.date(2017, 9, 21)
SDF, IS = "Syrian Democratic Forces", "Islamic State"
IRAQ, SYR = "Iraqi government forces", "Syrian government forces"
RAQA_90 = ("According to the Syrian Observatory for Human Rights, the US-backed fighters controlled "
           "90 percent of the northern city.")


def claim(cid: str, place: str, key: str, lat: float, lon: float, actor: str, status: Status,
          evidence: str, *,
          kind: Kind = Kind.SETTLEMENT, smin: float | None = None, smax: float | None = None,
          attribution: str | None = None, date: dt.date = D, source: str | None = "AFP",
          url: str | None = "https://example.org/story") -> Claim:
    return Claim(id=cid, report="seeds/000.txt", report_id="r" * 64, place=place, name=place, place_key=key,
                 lat=lat, lon=lon, country="SY", kind=kind, resolution=Resolution.RESOLVED, qualifier=None,
                 actor=actor, actor_registered=True, status=status, share_min=smin, share_max=smax,
                 attribution=attribution, date=date, date_precision=DatePrecision.DAY, confidence=0.9,
                 start=0, end=len(evidence), evidence=evidence, source=source, url=url)


def seed_like() -> tuple[list[PlaceState], list[Claim], list[Change], list[Problem]]:
    claims = [
        claim("c1", "Raqa", "geonames:172955", 35.95, 39.01, SDF, Status.HELD, RAQA_90, smin=0.9, smax=0.9,
              attribution="Syrian Observatory for Human Rights", date=dt.date(2017, 9, 20)),
        claim("c2", "Raqa", "geonames:172955", 35.95, 39.01, SDF, Status.HELD,
              "The US-led coalition estimates the SDF holds 65 to 70 percent of the city.",
              smin=0.65, smax=0.70,
              attribution="US-led coalition"),
        claim("c3", "Raqa", "geonames:172955", 35.95, 39.01, IS, Status.HELD,
              "IS holdouts remain besieged in the city centre."),
        claim("c4", "Hawija", "geonames:99072", 35.33, 43.77, IRAQ, Status.BESIEGING,
              "Iraqi forces launched an offensive on the IS-held pocket around Hawija."),
        claim("c5", "Sharqat", "geonames:98717", 35.51, 43.23, IS, Status.HELD, "IS still holds Sharqat."),
        claim("c6", "Deir Ezzor", "admin1:SY-DY", 35.33, 40.14, IS, Status.HELD,
              "IS holds most of Deir Ezzor province.", kind=Kind.ADMIN1),
    ]
    states = [
        PlaceState("geonames:172955", "Raqa", 35.95, 39.01, Kind.SETTLEMENT, ControlState.CONTESTED,
                   (Holder(SDF, 0.9, 0.9, "Syrian Observatory for Human Rights", dt.date(2017, 9, 20)),
                    Holder(SDF, 0.65, 0.70, "US-led coalition"), Holder(IS)),
                   (SDF,), False, D, ("c1", "c2", "c3")),
        PlaceState("geonames:99072", "Hawija", 35.33, 43.77, Kind.SETTLEMENT, ControlState.BESIEGED,
                   (Holder(IS),), (IRAQ,), False, D, ("c4",), besiegers=(IRAQ,)),
        PlaceState("geonames:98717", "Sharqat", 35.51, 43.23, Kind.SETTLEMENT, ControlState.HELD,
                   (Holder(IS),), (), False, D, ("c5",)),
        PlaceState("admin1:SY-DY", "Deir Ezzor", 35.33, 40.14, Kind.ADMIN1, ControlState.UNDER_ATTACK,
                   (Holder(IS),), (SYR, SDF), False, D, ("c6",)),
        PlaceState("geonames:99532", "Mosul", 36.34, 43.13, Kind.SETTLEMENT, ControlState.HELD,
                   (Holder(IRAQ, since=dt.date(2017, 7, 10)),), (), True, dt.date(2017, 7, 10), (),
                   pinned=True),
    ]
    changes = [Change("geonames:99532", "Mosul", ChangeKind.GAINED, IRAQ, before=ControlState.HELD,
                      after=ControlState.HELD)]
    problems = [Problem("unresolved-place", "Novoxyzivka: not in the gazetteer", file="seeds/000.txt",
                        detail={"name": "Novoxyzivka"})]
    return states, claims, changes, problems


PAYLOADS = ("<img src=x onerror=window.__pwned=1>", "${window.__pwned=2}", "`", "\\`",
            "</script><script>window.__pwned=3</script>")
HOSTILE = " ".join(PAYLOADS)


def hostile() -> tuple[list[PlaceState], list[Claim], str]:
    """Every field a report or registry controls carries the payloads; the URL is ``javascript:``."""
    place = "Evil" + HOSTILE
    actor = "Actor" + HOSTILE
    other = "Other <b>bold</b> & `tick`"
    claims = [
        claim("h1", place, "geonames:1", 35.0, 40.0, actor, Status.HELD, "Evidence " + HOSTILE,
              attribution="Attr " + HOSTILE, source="Source " + HOSTILE, url="javascript:alert(1)"),
        claim("h2", place, "geonames:1", 35.0, 40.0, other, Status.ATTACKING, "Second " + HOSTILE,
              source="Src2", url="https://example.org/a?b=<script>"),
    ]
    states = [
        PlaceState("geonames:1", place, 35.0, 40.0, Kind.SETTLEMENT, ControlState.UNDER_ATTACK,
                   (Holder(actor, 0.5, 0.8, "Attr " + HOSTILE),), (other,), False, D, ("h1", "h2")),
        PlaceState("geonames:2", "Plain town", 35.5, 41.0, Kind.SETTLEMENT, ControlState.HELD,
                   (Holder(other),), (), False, D, ()),
    ]
    return states, claims, "Title " + HOSTILE


def long_history(n_places: int, n_frames: int, *, gaps: bool = False
                 ) -> tuple[list[tuple[dt.date, list[PlaceState]]], list[PlaceState], list[Claim]]:
    """Places changing hands every week, each week with its own long evidence sentences.

    Returns (past frames, current states, claims). With ``gaps`` some places are missing from some
    weeks (not yet reported), so frames differ in which places they hold too.
    """
    claims, frames = [], []
    for f in range(n_frames + 1):
        day = dt.date(2017, 1, 1) + dt.timedelta(days=7 * f)
        states = []
        for i in range(n_places):
            if gaps and f < n_frames and (i * 7 + f) % 5 == 0:
                continue
            actor = (SDF, IS)[(i + f) % 2] if not gaps or i % 3 else SDF
            ids = []
            for k in range(3):
                cid = f"c{f}-{i}-{k}"
                text = f"Sentence {k} of week {f} about town {i}: {actor} held it. " + "Detail " * 25
                claims.append(claim(cid, f"Town{i}", f"geonames:{i}", 35 + i / 100, 40 + i / 100, actor,
                                    Status.HELD, text, date=day))
                ids.append(cid)
            states.append(PlaceState(f"geonames:{i}", f"Town{i}", 35 + i / 100, 40 + i / 100,
                                     Kind.SETTLEMENT, ControlState.HELD, (Holder(actor, since=day),), (),
                                     False, day, tuple(ids)))
        frames.append((day, states))
    return frames[:-1], frames[-1][1], claims


EXTRA_ACTORS = ("Free Syrian Army", "Hezbollah", "Turkish forces", "Kurdish Peshmerga", "Russian forces",
                "Popular Mobilization Forces")


def busy_legend() -> tuple[list[PlaceState], list[Claim], list[Change], list[Problem]]:
    """The seed-like map plus six more actors and every kind of change: a tall legend."""
    states, claims, changes, problems = seed_like()
    for n, actor in enumerate(EXTRA_ACTORS):
        key, name = f"geonames:{500 + n}", f"Town {n}"
        lat, lon = 34.0 + n * 0.4, 37.0 + n * 0.9
        cid = f"x{n}"
        claims.append(claim(cid, name, key, lat, lon, actor, Status.HELD, f"{actor} holds {name}."))
        states.append(PlaceState(key, name, lat, lon, Kind.SETTLEMENT, ControlState.HELD, (Holder(actor),),
                                 (), n == 0, D, (cid,)))
        kind = (ChangeKind.GAINED, ChangeKind.LOST, ChangeKind.CONTESTED, ChangeKind.NEW)[n % 4]
        who = actor if kind in (ChangeKind.GAINED, ChangeKind.LOST) else None
        changes.append(Change(key, name, kind, who, before=ControlState.HELD, after=ControlState.HELD))
    return states, claims, changes, problems


def decode_png(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and raw RGB(A) rows of an 8-bit non-interlaced PNG (enough for Chromium's output)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, ctype, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and ctype in (2, 6) and interlace == 0
            bpp = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * bpp
    rows: list[bytes] = []
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows
