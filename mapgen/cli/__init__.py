"""mapgen's command line: a thin layer over the Python API (``mapgen.api``)."""

from importlib import import_module

from .main import main

# Each module registers its commands on ``main``. (Add new command modules to this list.)
COMMAND_MODULES = ["build", "extract", "places", "geocode", "state", "export", "watch", "check", "embed"]

for _name in COMMAND_MODULES:
    import_module(f"{__name__}.{_name}")

__all__ = ["main"]
