"""mapgen's command line: a thin layer over the Python API (``mapgen.api``)."""

from .main import main

# Each module registers its commands on ``main``.
from . import build, extract, geocode, places  # noqa: E402,F401  isort: skip

__all__ = ["main"]
