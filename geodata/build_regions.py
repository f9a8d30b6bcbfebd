"""Rebuild ``regions.geojson``: named regions that are not populated places, as approximate geometry.

Run from the project root: ``python geodata/build_regions.py``.

Each river corridor is a line drawn through the gazetteer coordinates (GeoNames, CC BY 4.0) of its
riverside towns, listed upstream to downstream, buffered by about 13 km; each feature records the
towns it was drawn through (``path``: lon, lat, country, name, place key) as provenance, and is
flagged ``approximate``. Areas without a river ("northern Shan") are the buffered convex hull of
their towns. The ``path`` lets :mod:`mapgen.geometry` cut a section ("downstream from the border
with Syria").
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from shapely.geometry import LineString, MultiPoint, mapping  # noqa: E402

from mapgen.gazetteer import load_gazetteer  # noqa: E402
from mapgen.text import fold  # noqa: E402

BUFFER_DEG = 0.12  # ~13 km: the valley floor and the towns on it

REGIONS = [
    {
        "slug": "euphrates-valley",
        "name": "Euphrates Valley",
        "country": "IQ",
        "aliases": ["Euphrates River Valley", "Euphrates river valley", "Euphrates Valley"],
        "towns": [
            ("Jarabulus", "SY"),
            ("Ath Thawrah", "SY"),
            ("Raqqa", "SY"),
            ("Deir ez-Zor", "SY"),
            ("Mayadin", "SY"),
            ("Abu Kamal", "SY"),
            ("Al Qaim", "IQ"),
            ("Rawah", "IQ"),
            ("Anah", "IQ"),
            ("Haditha", "IQ"),
            ("Hit", "IQ"),
            ("Ramadi", "IQ"),
            ("Fallujah", "IQ"),
        ],
    },
    {
        "slug": "middle-euphrates-river-valley",
        "name": "Middle Euphrates River Valley",
        "country": "SY",
        "aliases": ["Middle Euphrates Valley", "MERV", "middle Euphrates valley", "Middle Euphrates"],
        "towns": [
            ("Deir ez-Zor", "SY"),
            ("Mayadin", "SY"),
            ("Hajin", "SY"),
            ("Abu Kamal", "SY"),
            ("Al Qaim", "IQ"),
        ],
    },
    {
        "slug": "tigris-river-valley",
        "name": "Tigris River Valley",
        "country": "IQ",
        "aliases": ["Tigris Valley", "Tigris river valley"],
        "towns": [
            ("Mosul", "IQ"),
            ("Hammam al-Alil", "IQ"),
            ("Qayyarah", "IQ"),
            ("Ash Sharqat", "IQ"),
            ("Baiji", "IQ"),
            ("Tikrit", "IQ"),
            ("Samarra", "IQ"),
            ("Balad", "IQ"),
            ("Baghdad", "IQ"),
        ],
    },
    {
        "slug": "west-bank-of-the-dnipro",
        "name": "west bank of the Dnipro",
        "country": "UA",
        "aliases": [
            "west bank of the Dnieper",
            "right bank of the Dnipro",
            "right bank of the Dnieper",
            "western bank of the Dnipro",
            "Dnipro's west bank",
            "Dnipro west bank",
        ],
        "towns": [
            ("Beryslav", "UA"),
            ("Tyahynka", "UA"),
            ("Kherson", "UA"),
            ("Bilozerka", "UA"),
            ("Stanislav", "UA"),
        ],
    },
    {
        "slug": "northern-shan",
        "name": "northern Shan",
        "country": "MM",
        "hull": True,
        "aliases": ["northern Shan State", "Northern Shan State", "north Shan"],
        "towns": [
            ("Lashio", "MM"),
            ("Kyaukme", "MM"),
            ("Mu Se", "MM"),
            ("Kutkai", "MM"),
            ("Laukkai", "MM"),
            ("Namhkam", "MM"),
        ],
    },
    # Historical regions the press names as a whole, each made of several admin-1 units ("almost all of
    # Darfur", "large parts of Kordofan", "the Donbas"): the hull of their main towns.
    {
        "slug": "darfur",
        "name": "Darfur",
        "country": "SD",
        "hull": True,
        "aliases": ["Darfur", "Darfur region", "the Darfur region", "western Darfur region"],
        "towns": [
            ("Kutum", "SD"), ("Mellit", "SD"), ("Umm Kaddadah", "SD"), ("El Fasher", "SD"),
            ("Ed Daein", "SD"), ("Buram", "SD"), ("Nyala", "SD"), ("Zalingei", "SD"), ("El Geneina", "SD"),
        ],
    },
    {
        "slug": "kordofan",
        "name": "Kordofan",
        "country": "SD",
        "hull": True,
        "aliases": ["Kordofan", "Kordofan region", "Kurdufan"],
        "towns": [
            ("Bara", "SD"), ("Umm Ruwaba", "SD"), ("Abu Jubayhah", "SD"), ("Talodi", "SD"), ("Kadugli", "SD"),
            ("Al Fulah", "SD"), ("Babanusa", "SD"), ("En Nahud", "SD"), ("El Obeid", "SD"),
        ],
    },
    {
        "slug": "donbas",
        "name": "Donbas",
        "country": "UA",
        "hull": True,
        "aliases": ["Donbas", "Donbass", "the Donbas", "Donbas region", "Donets Basin"],
        "towns": [
            ("Sloviansk", "UA"), ("Svatove", "UA"), ("Starobilsk", "UA"), ("Luhansk", "UA"),
            ("Sverdlovsk", "UA"), ("Donetsk", "UA"), ("Mariupol", "UA"), ("Volnovakha", "UA"),
            ("Pokrovsk", "UA"), ("Kramatorsk", "UA"),
        ],
    },
    {
        "slug": "eastern-ghouta",
        "name": "Eastern Ghouta",
        "country": "SY",
        "hull": True,
        "aliases": ["Eastern Ghouta", "East Ghouta", "eastern Ghouta", "Ghouta"],
        "towns": [
            ("Douma", "SY"), ("Harasta", "SY"), ("Irbin", "SY"), ("Kafr Batna", "SY"), ("Nashabiyah", "SY"),
        ],
    },
]


def main() -> int:
    gaz = load_gazetteer()
    features = []
    for spec in REGIONS:
        path = []
        for name, cc in spec["towns"]:
            places = [p for p in gaz.lookup(fold(name)) if p.country == cc and p.kind.value == "settlement"]
            if not places:
                print(f"skipped {name} ({cc}): not in the gazetteer", file=sys.stderr)
                continue
            p = places[0]
            path.append([round(p.lon, 5), round(p.lat, 5), p.country, p.name, p.key])
        pts = [(x, y) for x, y, *_ in path]
        geom = (MultiPoint(pts).convex_hull if spec.get("hull") else LineString(pts)).buffer(BUFFER_DEG, 16)
        mid = (geom.centroid.x, geom.centroid.y) if spec.get("hull") else pts[len(pts) // 2]
        features.append(
            {
                "type": "Feature",
                "geometry": mapping(geom.simplify(0.01)),
                "properties": {
                    "slug": spec["slug"],
                    "name": spec["name"],
                    "aliases": spec["aliases"],
                    "country": spec["country"],
                    "countries": sorted({c for _x, _y, c, *_r in path}),
                    "lat": round(mid[1], 5),
                    "lon": round(mid[0], 5),
                    "path": path,
                    "approximate": True,
                    "provenance": ("convex hull of" if spec.get("hull") else "corridor through")
                    + " GeoNames coordinates of the towns in 'path' (CC BY 4.0), buffered ~13 km; "
                    "geodata/build_regions.py",
                },
            }
        )
    out = {"type": "FeatureCollection", "features": features}
    (HERE / "regions.geojson").write_text(
        json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    print(f"{len(features)} regions -> {HERE / 'regions.geojson'}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
