"""mapgen's exceptions.

::

    MapgenError            a user error: one line, naming the file and the fix (exit 1)
     ├── ConfigError       mapgen.toml is invalid (carries the line number when known)
     ├── StoreError        the store is corrupt, too new, or cannot be written
     └── LockHeld          another build holds the store (exit 3)
"""

from __future__ import annotations


class MapgenError(Exception):
    """A user error. The message is one line that names the file and what to do."""

    exit_code = 1


class ConfigError(MapgenError):
    pass


class StoreError(MapgenError):
    pass


class LockHeld(MapgenError):
    exit_code = 3
