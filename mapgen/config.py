"""The user's ``mapgen.toml``: parsing and hashing.

Sections (contract): ``[actors]`` extra actors/aliases/colour overrides,
``[places]`` pins for names the gazetteer lacks or gets wrong,
``[corrections]`` analyst decisions applied on every build. Each section is
validated by the module that uses it (``actors``, ``resolve``, ``state``);
this module only reads the file and fingerprints it so cached extractions are
invalidated when it changes.
"""

from __future__ import annotations

import hashlib
import json
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import ConfigError

DEFAULT_NAME = "mapgen.toml"
SECTIONS = ("actors", "places", "corrections", "map", "state")


@dataclass(frozen=True)
class Config:
    """A parsed configuration; ``path`` is None when no file was found."""

    path: str | None = None
    data: Mapping[str, Any] = field(default_factory=dict)
    text: str = ""

    def section(self, name: str) -> Mapping[str, Any]:
        value = self.data.get(name, {})
        return value if isinstance(value, Mapping) else {}

    @property
    def digest(self) -> str:
        """A stable hash of the configuration content (keys sorted), for cache keys."""
        canon = json.dumps(self.data, sort_keys=True, default=str, ensure_ascii=False)
        return hashlib.sha256(canon.encode()).hexdigest()[:16]

    def line_of(self, needle: str) -> int | None:
        """The 1-based line where ``needle`` first appears, for error messages."""
        for i, line in enumerate(self.text.splitlines(), 1):
            if needle in line:
                return i
        return None


def as_config(config: Config | str | Path | None) -> Config:
    """A configuration as given, or loaded from a path (or ``./mapgen.toml``) with :func:`load_config`."""
    return config if isinstance(config, Config) else load_config(config)


def load_config(path: str | Path | None = None, *, cwd: str | Path | None = None) -> Config:
    """Load ``path``, or ``mapgen.toml`` in ``cwd`` when present, else an empty configuration.

    Raises
    ------
    ConfigError
        When the file named by ``path`` does not exist, is not UTF-8 or is not valid TOML.
    """
    if path is None:
        candidate = Path(cwd or ".") / DEFAULT_NAME
        if not candidate.is_file():
            return Config()
        path = candidate
    p = Path(path)
    if not p.is_file():
        raise ConfigError(f"{p}: configuration file not found; check the --config path")
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{p}: not UTF-8 (byte {exc.start}); save it as UTF-8") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{p}: invalid TOML: {exc}; fix that line") from None
    unknown = sorted(set(data) - set(SECTIONS))
    if unknown:
        raise ConfigError(
            f"{p}: unknown section [{unknown[0]}] (line {_line(text, unknown[0])}); "
            f"expected one of {', '.join('[' + s + ']' for s in SECTIONS)}"
        )
    return Config(path=str(p), data=data, text=text)


def _line(text: str, section: str) -> int | None:
    for i, line in enumerate(text.splitlines(), 1):
        if line.strip().startswith(f"[{section}") or line.strip().startswith(f"{section}"):
            return i
    return None
