"""Ingest: decoding, front matter, sidecars, normalisation, and bad input that never stops the others."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mapgen.ingest import normalise, parse_report, read_reports, report_id
from mapgen.model import Severity

SEED = Path(__file__).parent.parent / "seeds" / "000_5f087e301ec6f340.txt"


def test_seed_reads_with_sidecar_metadata() -> None:
    result = read_reports([SEED.parent])
    assert [r.path for r in result.value] == ["000_5f087e301ec6f340.txt"]
    seed = result.value[0]
    assert seed.date == dt.date(2017, 9, 21)
    assert seed.source == "AFP"
    assert seed.body.startswith("Syrian fighters backed by US special forces")
    assert seed.id == report_id(seed.body)
    assert not result.problems


def test_front_matter_wins_over_sidecar(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(
        "---\ndate: 2020-01-02\nsource: Reuters\nurl: https://example.org/x\ndesk: mideast\n---\nText here.\n"
    )
    (tmp_path / "a.txt.meta.yaml").write_text("date: 2019-05-05\nsource: AFP\ntitle: T\n")
    [r] = read_reports([tmp_path]).value
    assert (r.date, r.source, r.url, r.title) == (
        dt.date(2020, 1, 2),
        "Reuters",
        "https://example.org/x",
        "T",
    )
    assert r.meta == {"desk": "mideast"}
    assert r.body == "Text here."


def test_bom_crlf_and_trailing_spaces_give_the_same_report(tmp_path: Path) -> None:
    a = parse_report(b"Raqa fell.  \nNext line.\n", "a.txt").value
    b = parse_report("\ufeffRaqa fell.\r\nNext line.\r\n".encode(), "b.txt").value
    assert a is not None and b is not None
    assert a.id == b.id and a.body == b.body == "Raqa fell.\nNext line."
    (tmp_path / "a.txt").write_bytes(b"Raqa fell.  \nNext line.\n")
    (tmp_path / "b.txt").write_bytes("\ufeffRaqa fell.\r\nNext line.\r\n".encode())
    result = read_reports([tmp_path], default_date=dt.date(2020, 1, 1))
    assert len(result.value) == 1
    assert [p.code for p in result.problems] == ["duplicate"]


def test_bad_files_are_skipped_with_a_message_and_the_rest_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"  \n\t\n")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (tmp_path / "latin.txt").write_bytes("Forces entered Sa\u00efda on Monday.".encode("cp1252"))
    (tmp_path / "front.txt").write_text("---\ndate: [unclosed\n---\nBody.\n")
    (tmp_path / "good.txt").write_text("---\ndate: 2021-03-04\n---\nIS seized Mosul.\n")
    (tmp_path / ".hidden.txt").write_text("ignored")
    (tmp_path / "notes.csv").write_text("ignored")
    result = read_reports([tmp_path, tmp_path / "missing.txt"])
    assert [r.path for r in result.value] == ["good.txt"]
    by_file = {p.file: p for p in result.problems}
    assert by_file["empty.txt"].code == "empty"
    assert by_file["blank.txt"].code == "empty"
    assert by_file["image.txt"].code == "binary"
    assert by_file["latin.txt"].code == "decode-error" and "--encoding" in by_file["latin.txt"].message
    assert by_file["front.txt"].code == "bad-front-matter"
    assert by_file[str(tmp_path / "missing.txt")].code == "missing-path"
    assert all(p.severity is Severity.ERROR for p in by_file.values())


def test_encoding_option_reads_cp1252(tmp_path: Path) -> None:
    (tmp_path / "latin.txt").write_bytes("Forces entered Sa\u00efda on Monday.".encode("cp1252"))
    [r] = read_reports([tmp_path], encoding="cp1252", default_date=dt.date(2020, 1, 1)).value
    assert "Sa\u00efda" in r.body


def test_undated_report_is_flagged_never_silently_today() -> None:
    result = parse_report(b"Troops entered Kherson.", "x.txt")
    assert result.value is not None and result.value.date is None
    assert [p.code for p in result.problems] == ["undated"]
    dated = parse_report(b"Troops entered Kherson.", "x.txt", default_date=dt.date(2022, 11, 11))
    assert dated.value is not None and dated.value.date == dt.date(2022, 11, 11) and not dated.problems


def test_future_date_and_mojibake_are_flagged() -> None:
    r = parse_report(
        "---\ndate: 2999-01-01\n---\nÐ¥Ð°Ñ€ÐºÑ–Ð² was shelled.".encode(), "m.txt", today=dt.date(2026, 12, 1)
    )
    assert r.value is not None
    assert {p.code for p in r.problems} == {"future-date", "mojibake"}


def test_size_limit_refuses_huge_reports() -> None:
    r = parse_report(b"a" * (6 * 1024 * 1024), "huge.txt")
    assert r.value is None and r.problems[0].code == "too-large"


def test_sidecar_is_never_read_as_a_report(tmp_path: Path) -> None:
    side = tmp_path / "a.txt.meta.yaml"
    side.write_text("date: 2020-01-01\n")
    result = read_reports([side])
    assert result.value == [] and result.problems[0].code == "sidecar-given"


def test_normalise_is_idempotent() -> None:
    text = "\ufeff a\r\nb  \r\n\r\n"
    assert normalise(normalise(text)) == normalise(text) == " a\nb"


def test_impossible_date_in_front_matter_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("---\ndate: 2017-09-31\n---\nBody.\n")
    (tmp_path / "b.txt").write_text("Body b.\n")
    (tmp_path / "b.txt.meta.yaml").write_text("date: 2017-02-30\n")
    result = read_reports([tmp_path])
    codes = {p.file: p.code for p in result.problems}
    assert codes["a.txt"] == "bad-front-matter"
    assert codes[str(tmp_path / "b.txt.meta.yaml")] == "bad-sidecar"
    assert [r.path for r in result.value] == ["b.txt"]


def test_atomic_writes_give_ordinary_file_modes(tmp_path: Path) -> None:
    import os

    from mapgen.fsio import write_text

    write_text(tmp_path / "map.html", "x")
    mask = os.umask(0)
    os.umask(mask)
    assert (tmp_path / "map.html").stat().st_mode & 0o777 == 0o666 & ~mask
