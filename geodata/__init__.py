"""Curated data shipped with mapgen (installed as ``mapgen.geodata``). See README.md."""
