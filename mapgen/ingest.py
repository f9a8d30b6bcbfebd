"""Ingest: read report files, decode them, split front matter, normalise, hash.

This is an edge of the pipeline (it touches disk). Every file either becomes a
:class:`~mapgen.model.Report` or a :class:`~mapgen.model.Problem` that names
the file and the fix; one bad file never stops the others.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .model import Problem, Report, Result, Severity

REPORT_SUFFIXES = (".txt", ".md")
SIDECAR_SUFFIX = ".meta.yaml"
MAX_BYTES = 5 * 1024 * 1024  # documented limit: larger reports are refused, not half-read
_FRONT = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.S)
_MOJIBAKE = re.compile(
    r"(?:[\u00c3\u00c2\u00d0\u00d1\u00d8\u00d9][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u02c6\u02dc]){2,}"
)
KNOWN_KEYS = ("date", "source", "url", "title", "language")


@dataclass(frozen=True)
class Source:
    """A file to read and the name reports from it carry (``report`` field)."""

    path: Path
    name: str
    root: Path | None = None  # the directory argument it was found under


def discover(paths: Iterable[str | Path]) -> Result[list[Source]]:
    """Expand file and directory arguments into report files, sorted, without sidecars or hidden files."""
    found: list[Source] = []
    problems: list[Problem] = []
    for arg in paths:
        p = Path(arg)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                rel = f.relative_to(p)
                if any(part.startswith(".") for part in rel.parts) or not f.is_file():
                    continue
                if f.name.endswith(SIDECAR_SUFFIX) or f.suffix.lower() not in REPORT_SUFFIXES:
                    continue
                found.append(Source(f, rel.as_posix(), p))
        elif p.is_file():
            if p.name.endswith(SIDECAR_SUFFIX):
                problems.append(
                    Problem(
                        "sidecar-given",
                        "is a metadata sidecar, not a report; pass the report it describes",
                        str(p),
                        Severity.ERROR,
                    )
                )
                continue
            found.append(Source(p, str(arg)))
        else:
            problems.append(
                Problem("missing-path", "no such file or directory; check the path", str(arg), Severity.ERROR)
            )
    return Result(found, tuple(problems))


def normalise(text: str) -> str:
    """Strip a BOM, turn CRLF/CR into LF and drop trailing spaces, so the id ignores them."""
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


def report_id(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def parse_report(
    raw: bytes,
    name: str,
    *,
    encoding: str = "utf-8",
    sidecar: Mapping[str, Any] | None = None,
    default_date: dt.date | None = None,
    today: dt.date | None = None,
) -> Result[Report | None]:
    """Turn the bytes of one file into a report (pure: no disk access).

    Returns ``Result(None, problems)`` when the file cannot be used.
    """

    def fail(code: str, message: str) -> Result[Report | None]:
        return Result(None, (Problem(code, message, name, Severity.ERROR),))

    if len(raw) > MAX_BYTES:
        return fail(
            "too-large",
            f"is {len(raw) / 1e6:.1f} MB, over the {MAX_BYTES // (1024 * 1024)} MB "
            "limit for one report; split it into separate reports",
        )
    if b"\x00" in raw[:65536] or _looks_binary(raw[:4096]):
        return fail("binary", "is a binary file, not a text report; remove it or convert it to text")
    try:
        text = raw.decode(
            "utf-8-sig" if encoding.lower().replace("_", "-") in ("utf-8", "utf8") else encoding
        )
    except UnicodeDecodeError as exc:
        return fail(
            "decode-error",
            f"is not valid {encoding} (byte {exc.start}); "
            "read it with --encoding NAME (e.g. --encoding cp1252)",
        )
    except LookupError:
        return fail("bad-encoding", f"unknown encoding {encoding!r}; use a Python codec name such as cp1252")
    text = text.removeprefix("\ufeff")
    problems: list[Problem] = []
    meta: dict[str, Any] = dict(sidecar or {})
    m = _FRONT.match(text.replace("\r\n", "\n"))
    if m:
        try:
            front = yaml.safe_load(m.group(1) or "") or {}
        except (yaml.YAMLError, ValueError) as exc:  # ValueError: an impossible date like 2017-09-31
            mark = getattr(exc, "problem_mark", None)
            where = f" at line {mark.line + 2}" if mark is not None else ""
            return fail(
                "bad-front-matter",
                f"front matter is not valid YAML{where}; fix it or move metadata to a .meta.yaml sidecar",
            )
        if not isinstance(front, dict):
            return fail("bad-front-matter", "front matter must be 'key: value' lines; fix it")
        meta.update(front)  # front matter wins over the sidecar
        text = text.replace("\r\n", "\n")[m.end() :]
    body = normalise(text)
    if not body.strip():
        return fail("empty", "is empty (no text after front matter); add the report text or remove the file")
    if _MOJIBAKE.search(body):
        problems.append(
            Problem(
                "mojibake",
                "looks double-encoded (mojibake such as 'Ã©' or 'Ð¥Ð°'); "
                "re-save it as UTF-8 or read it with the right --encoding",
                name,
            )
        )
    date, date_problem = _date(meta.get("date"), name, default_date, today)
    if date_problem:
        if date_problem.severity is Severity.ERROR:
            return Result(None, (date_problem,))
        problems.append(date_problem)
    extra = {str(k): v for k, v in meta.items() if k not in KNOWN_KEYS}
    report = Report(
        id=report_id(body),
        path=name,
        body=body,
        date=date,
        source=_str(meta.get("source")),
        url=_str(meta.get("url")),
        title=_str(meta.get("title")),
        language=_str(meta.get("language")),
        meta=extra,
    )
    return Result(report, tuple(problems))


def read_sidecar(path: Path) -> Result[dict[str, Any]]:
    side = path.with_name(path.name + SIDECAR_SUFFIX)
    if not side.is_file():
        return Result({})
    try:
        data = yaml.safe_load(side.read_bytes().decode("utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError, ValueError):
        return Result(
            {},
            (
                Problem(
                    "bad-sidecar",
                    f"sidecar {side.name} is not valid UTF-8 YAML; fix it (the report was read without it)",
                    str(side),
                ),
            ),
        )
    if data is None:
        return Result({})
    if not isinstance(data, dict):
        return Result(
            {},
            (
                Problem(
                    "bad-sidecar",
                    f"sidecar {side.name} must be 'key: value' lines; fix it "
                    "(the report was read without it)",
                    str(side),
                ),
            ),
        )
    return Result(data)


def read_reports(
    paths: Iterable[str | Path],
    *,
    encoding: str = "utf-8",
    default_date: dt.date | None = None,
    today: dt.date | None = None,
) -> Result[list[Report]]:
    """Read every report under ``paths``; problems name the files that were skipped and why."""
    found = discover(paths)
    problems = list(found.problems)
    reports: list[Report] = []
    seen: dict[str, str] = {}
    for item in iter_reports(found.value, encoding=encoding, default_date=default_date, today=today):
        problems.extend(item.problems)
        if item.value is None:
            continue
        if item.value.id in seen:
            problems.append(
                Problem(
                    "duplicate",
                    f"has the same text as {seen[item.value.id]}; counted once",
                    item.value.path,
                    Severity.INFO,
                )
            )
            continue
        seen[item.value.id] = item.value.path
        reports.append(item.value)
    return Result(reports, tuple(problems))


def iter_reports(
    sources: Iterable[Source],
    *,
    encoding: str = "utf-8",
    default_date: dt.date | None = None,
    today: dt.date | None = None,
) -> Iterator[Result[Report | None]]:
    for src in sources:
        try:
            raw = src.path.read_bytes()
        except OSError as exc:
            yield Result(
                None,
                (
                    Problem(
                        "unreadable",
                        f"cannot be read ({exc.strerror}); check its permissions",
                        src.name,
                        Severity.ERROR,
                    ),
                ),
            )
            continue
        side = read_sidecar(src.path)
        parsed = parse_report(
            raw, src.name, encoding=encoding, sidecar=side.value, default_date=default_date, today=today
        )
        yield Result(parsed.value, side.problems + parsed.problems)


def _looks_binary(head: bytes) -> bool:
    if not head:
        return False
    if head.startswith((b"\x89PNG", b"%PDF", b"PK\x03\x04", b"\x1f\x8b", b"GIF8", b"\xff\xd8\xff")):
        return True
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    return control / len(head) > 0.1


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _date(
    value: Any, name: str, default: dt.date | None, today: dt.date | None
) -> tuple[dt.date | None, Problem | None]:
    if value is None or value == "":
        if default is not None:
            return default, None
        return None, Problem(
            "undated",
            "has no date (front matter, sidecar or --date); its claims carry no "
            "date and cannot be placed in time; add 'date: YYYY-MM-DD'",
            name,
        )
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip()[:10])
        except ValueError:
            return None, Problem(
                "bad-date",
                f"date {str(value)[:40]!r} is not an ISO date; write it as YYYY-MM-DD",
                name,
                Severity.ERROR,
            )
    today = today or dt.date.today()
    if value > today + dt.timedelta(days=1):
        return value, Problem(
            "future-date", f"is dated {value.isoformat()}, in the future; check its date", name
        )
    return value, None
