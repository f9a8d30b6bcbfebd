"""Find place mentions in a report body: one Aho-Corasick pass, then context rules.

A gazetteer name found in the text becomes a :class:`~mapgen.model.Mention` only when it reads as
a place: capitalised, not part of a longer proper name ("Haider al-Abadi", "International Rescue
Committee"), not an actor by metonymy ("led by Washington", "Britain-based"), not a demonym
("Syrian": those only feed the country context), and, for names that are also common English words
("Hit", "Most", "Reading"), only in a place context ("the town of Hit", "in Hit").

The text around a mention sets its ``kind_hint`` ("the province of X", "X province" -> admin1;
"the town of X" -> settlement) and ``qualifier`` ("eastern parts of X" -> ``east``, "a pocket
around X" -> ``pocket``, "a section of X downstream from the border with Syria" ->
``section:downstream-of:SY``). Back-references ("the city", "the northern city", "the province",
"there") are mentions with ``coref=True``; the resolver decides what they point to.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from .capital import is_national
from .countries import demonym_countries, once_one_with
from .gazetteer_build import geodata_dir
from .model import Kind, Mention, Result
from .placewords import CAP_OK_BEFORE, DIRECTIONS, FACILITY, PLACE_TYPES, SPEECH, STOP
from .scan import FoldedText, Scanner, anchored_finditer, cached_scanner, fold_text, scanner_fingerprint
from .text import fold

_METONYMY_BEFORE = re.compile(
    r"\b(?:led|backed|supported|funded|armed|sponsored|brokered|mediated|"
    r"allied|blamed|accused|condemned|criticised|criticized)\s+by\s+$|"
    r"\baccording\s+to\s+$",
    re.I,
)
_POSSESSIVE = ("'s", "\u2019s")
_WATER = re.compile(r"Sea|Gulf|Bay|Straits?")
_OF_NAME = re.compile(r"[ \t]+of[ \t]+[A-Z]")
_WATER_BEFORE = re.compile(rf"\b(?:{_WATER.pattern})[ \t]+of[ \t]+(?:the[ \t]+)?$")
_METONYMY_AFTER = re.compile(
    r"^-(?:based|backed|led|supported|allied|linked|born|trained|funded|"
    r"sponsored|aligned|controlled|held|friendly|brokered)\b|^\s*'s?\s+"
    r"(?:government|army|forces|military|president|ministry)\b",
    re.I,
)
_PLACE_CONTEXT = re.compile(
    r"(?:\b(?:in|near|at|outside|around|into|from|to|towards?|of|including|captured|held|run|ran|controlled|abandoned|"
    r"seized|retook|recaptured|took|entered|shelled|besieged|surrounded|attacked|stormed|bombed|raided|"
    r"overran|reached|liberated|encircled|retaken|taken|overrun|occupied|holds|controls|regained|retake|"
    r"recapture|capture|seize|freed)\s+$)",
    re.I,
)
# "Ibo remains under government control": what follows a short name can make it a place too
_PLACE_AFTER = re.compile(
    r"(?:[ \t]+(?:(?:remains|remained|is|was|has been|had been)[ \t]+(?:still[ \t]+|now[ \t]+|firmly[ \t]+)?"
    r"(?:under[ \t]+(?:the[ \t]+)?[\w-]+[ \t]+control|in[ \t]+(?:the[ \t]+hands|[\w-]+[ \t]+hands))"
    r"|fell[ \t]+to)\b"
    # "Gao, where the army has its headquarters, remained ...": only a place has a "where" clause
    r"|,[ \t]+where[ \t]"
    # "Bama, the second-largest town in Borno state": an appositive naming a kind of place
    r"|,[ \t]+(?:the|a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?"
    r"(?:town|city|village|capital|port|district|province|region)"
    r"(?:[ \t]+(?:of|in|on|near|and)\b|,))"
)
# "recaptured Douentza, Gao and Timbuktu": inside a list of names a short one is a place too
_LIST_BEFORE = re.compile(r"[A-Z][\w'-]+,[ \t]+$")
_LIST_AFTER = re.compile(r",[ \t]+[A-Z]|[ \t]+and[ \t]+[A-Z]")
# ... and the last of one ("now control Dhamar and Ibb, two provincial capitals")
_LIST_END_BEFORE = re.compile(r"[A-Z][\w'-]+,?[ \t]+and[ \t]+$")
_LIST_END_AFTER = re.compile(r"[ \t]*[,.;]")
_QUAL_BEFORE = re.compile(
    r"(?:(?P<dir>north(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|south(?:ern|-?east(?:ern)?|-?west(?:ern)?)?|"
    r"east(?:ern)?|west(?:ern)?|central)\s+(?P<part>parts?|half|side|areas?|sections?|"
    r"outskirts|suburbs|districts|neighbou?rhoods|countryside|edges?|reaches|stretch(?:es)?|"
    r"flank|bank)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,4}$"
    r"|(?P<pocket>pockets?)\s+(?:[\w-]+\s+){0,2}(?:around|near|outside)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$"
    r"|(?P<out>outskirts|edges?|suburbs|environs)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$"
    r"|(?P<sec>(?:a\s+)?(?:section|stretch|part|portion)s?)\s+of\s+(?:the\s+)?$"
    r"|(?P<adj>north(?:ern|-?east(?:ern)?|-?west(?:ern)?)|south(?:ern|-?east(?:ern)?|-?west(?:ern)?)|"
    r"eastern|western)\s+$)",
    re.I,
)
_SECTION_AFTER = re.compile(
    r"^\s+(?P<dir>downstream|upstream)\s+(?:from|of)\s+the\s+border\s+with\s+"
    r"(?P<country>[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
)
_KIND_BEFORE = re.compile(
    r"\b(?P<noun>province|provinces|governorate|governorates|oblast|oblasts|state|"
    r"states|town|towns|city|cities|village|villages|district|region|regions)\s+of\s+"
    r"(?:(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*\s*,\s*|(?:[A-Z][\w'-]*)(?:\s+[A-Z][\w'-]*)*"
    r"\s+and\s+)*$"
)
_KIND_AFTER = re.compile(
    r"^[\s-]+(?P<noun>province|governorate|oblast|state|city|town|village|"
    r"Province|Governorate|Oblast|State|City|Town|Village)\b"
)
_COREF = re.compile(
    r"\b(?P<text>the\s+(?:(?P<adj>north(?:ern)?|south(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"north-?eastern|north-?western|south-?eastern|south-?western|central|besieged|embattled|"
    r"strategic|key|former|ancient|coastal|border|ruined|devastated|encircled|beleaguered|battered|"
    r"contested|frontline|front-line|war-torn|shattered|surrounded|garrison|northeastern|northwestern|southeastern|southwestern|"
    r"rebel-held|jihadist-held|IS-held|[\w]+-held)\s+)?"
    # "the central Bosnian town", "the eastern Ukrainian city": a demonym between them
    r"(?:(?-i:[A-Z][a-z]+(?:an|ese|i|ish|ic|ch))\s+)?"
    r"(?P<noun>city|town|village|province|governorate|country|oblast|(?:(?:provincial|regional|state|district)\s+)?capital)(?![\w-]))"
    r"|\b(?P<there>there)\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|should|may|might|must|"
    r"seems?|appears?|remains?|exists?|'s|be|being)\b)",
    re.I,
)
_IT_PLACE = re.compile(
    r"\b(?:(?:to|trying\s+to|tried\s+to|attempt(?:ing|ed)?\s+to|fail(?:ed|ing)\s+to)\s+"
    r"(?:storm|capture|seize|retake|recapture|encircle|besiege|overrun|take)"
    # "The jihadists overran it in June 2014", "handed it over": a place taken or given up
    r"|overran|overrun|captured|seized|retook|retaken|recaptured|occupied|stormed|besieged|encircled|"
    r"surrounded|abandoned|liberated|handed|evacuated|shelling|shelled|attacking|attacked|bombarding|bombarded|"
    r"pounding|pounded|entered|defending|defended"
    # "UNITA has held it ever since": a place held (never "held it responsible", "held it up")
    r"|(?:held|holds|holding|controlled|controls|controlling)(?=\s+it\b(?!\s+(?:responsible|accountable|up|back|"
    r"hostage|together|off|in\s+check|at\s+bay|dear|against)\b))"
    # "before Afghan forces took it back"
    r"|(?:took|take|taking|won|win|wrested|got)(?=\s+it\s+back\b))\s+(?P<it>it)\b(?!\s+(?:to|that|as|was|is|would|will)\b)"
)
_IT_HELD = re.compile(
    r"\b(?P<it>[Ii]t)\s+(?:had\s+|has\s+)?(?:been\s+|was\s+|is\s+)(?:\w+\s+)?(?:held|captured|seized|controlled|occupied|"
    r"retaken|recaptured|liberated|overrun|besieged|encircled|surrounded)\s+by\b"
    r"|\b(?P<it2>[Ii]t)\s+(?:had\s+|has\s+)?(?:been\s+|was\s+|is\s+|remains\s+|remained\s+)(?:\w+\s+)?"
    r"(?:under\s+the\s+control\s+of|in\s+the\s+hands\s+of)\b"
    # "after it fell to the RSF in December": what falls to someone is a place
    r"|\b(?P<it3>[Ii]t)\s+(?:had\s+|has\s+)?(?:fell|fallen|falls)\s+to\b"
)
_GARRISON = re.compile(r"\bthe\s+(?:besieged\s+|beleaguered\s+|encircled\s+)?garrison\b(?![\w-])", re.I)
_PAIR_COREF = re.compile(
    r"\b(?:the\s+two|both(?:\s+the)?)\s+(?:towns|cities|villages)\b"
    # "it had withdrawn from them": the places withdrawn from, not the people
    r"|\b(?:withdrawn|withdrew|withdrawing|retreated|retreating|pulled\s+out|pulling\s+out)\s+(?:from|of)\s+"
    r"(?P<them>them)\b"
    # "Mayadin and Albu Kamal ... Both are still in the hands of IS": a sentence's "Both" before control words
    r"|(?:(?<=[.!?]\s)|(?<=[.!?]\s\s)|^)(?P<both>(?-i:Both))(?=\s+(?:are|were|remain|remained|have\s+been|had\s+been|"
    r"stay|stayed)\s+(?:still\s+|now\s+|firmly\s+|also\s+)?(?:in|under|held|controlled|occupied)\b)",
    re.I | re.M,
)
_COREF_KIND = {
    "city": Kind.SETTLEMENT,
    "town": Kind.SETTLEMENT,
    "village": Kind.SETTLEMENT,
    "province": Kind.ADMIN1,
    "governorate": Kind.ADMIN1,
    "oblast": Kind.ADMIN1,
    "country": Kind.COUNTRY,
    "capital": Kind.SETTLEMENT,  # "the provincial capital"
}
_UNKNOWN = re.compile(
    r"\b(?:the\s+)?(?:town|city|village|settlement|hamlet)\s+of\s+"
    r"(?P<name>(?:al-|el-|ad-|as-|ar-|ash-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)"
)
# _UNKNOWN without its optional leading "the": the same name groups (a match that starts at "the"
# has the same name as the one starting at the place noun), and it can be anchored on that noun.
_UNKNOWN_NOUN = re.compile(
    r"\b(?:town|city|village|settlement|hamlet)\s+of\s+"
    r"(?P<name>(?:al-|el-|ad-|as-|ar-|ash-)?[A-Z][\w'’-]+(?:\s+(?:al-|el-)?[A-Z][\w'’-]+)*)"
)
_UNKNOWN_ANCHOR = re.compile(r"town|city|village|settlement|hamlet")
_COREF_PHRASE = re.compile(r"the\s+(?:city|town|village|country|province|capital|region)", re.I)
# "The crossing lies on ...": an article and a lower-case noun are a common noun, even where the gazetteer
# has such a name ("The Crossing", an old name of a town in the United States)
_ARTICLE_NOUN = re.compile(r"(?i:the)\s+[a-z]")
_GARRISON_NAMED = re.compile(r"\s+(?:of|in|at|town|city|village)\b")  # "the garrison town of Monguno"
_COREF_ANCHOR = re.compile(r"the", re.I)  # both alternatives of _COREF start with it
_DISTRICTS = frozenset({"old city", "old town", "new city", "city centre", "old quarter"})
_GLUED_ARTICLE = re.compile(r"\b[A-Z][\w'’]*[ -](?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ed|es|et)-$")


def _tail_of_name(body: str, start: int) -> bool:
    """Whether a name at ``start`` follows the glued article of a longer name ("Tahrir al-|Sham")."""
    if start <= 3 or body[start - 1] != "-":
        return False
    return _GLUED_ARTICLE.search(body, max(0, start - 40), start) is not None


# A factbox entry's label, in capitals at the start of a line ("- KONJIC: Held by", "GOMA and BUKAVU: ...")
_LINE_START = r"[ \t]*(?:[-*\u2022\u2013\u2014][ \t]*)?"
_CAPS = r"[A-Z][A-Z' -]*"
_LABEL_START = re.compile(rf"(?:^|\n){_LINE_START}(?:{_CAPS}(?:,| and| AND) )*$")
_LABEL_END = re.compile(rf"(?:(?:,| and| AND) {_CAPS})*:")
_LABEL_LINE = re.compile(rf"(?m)^{_LINE_START}{_CAPS}(?:(?:,| and| AND) {_CAPS})*:")


def _factbox_label(body: str, start: int, end: int) -> bool:
    """Whether the capitals at ``start:end`` label a factbox entry (a place, not an acronym): at the start of
    a line, before a colon, in a report with at least three such lines ("SANA: ..." alone is the agency)."""
    return bool(
        _LABEL_END.match(body, end)
        and _LABEL_START.search(body, max(0, start - 60), start)
        and _label_lines(body) >= 3
    )


@lru_cache(maxsize=1)
def _label_lines(body: str) -> int:
    """How many lines of ``body`` open with a label in capitals: counted once per report, not once per label
    (the body's hash is kept by the string, so a repeated lookup costs no second scan)."""
    return len(_LABEL_LINE.findall(body))


_SPAN_PUNCT = re.compile(r"[.,;:!?()\[\]\"\u201c\u201d]")
_SPACE_CAP = re.compile(r" [A-Z]")
_SENT_START = re.compile(r"(?:^|[.!?\n\"\u201c:;]\s*|\(\s*)$")


@dataclass(frozen=True)
class _Tables:
    scanner: Scanner
    demonyms: dict[str, str]
    common: frozenset[str]
    # Per-process memo tables (pure functions of their keys, dropped wholesale when large).
    key_countries: dict[str, tuple[str, ...]] = field(default_factory=dict)
    run_spans: dict[str, tuple[tuple[int, int, str], ...]] = field(default_factory=dict)
    variants: dict[tuple[str, frozenset[str]], bool] = field(default_factory=dict)


_MEMO_MAX = 100_000


def _memo_room(table: dict[Any, Any]) -> dict[Any, Any]:
    if len(table) > _MEMO_MAX:
        table.clear()
    return table


def _load_lists() -> tuple[dict[str, str], frozenset[str]]:
    gd = geodata_dir()
    demonyms = dict(demonym_countries())
    common: set[str] = set()
    for line in (gd / "common_words.txt").read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            common.update(fold(w) for w in line.split())
    return demonyms, frozenset(common)


_TABLES: dict[str, _Tables] = {}


def tables_for(gazetteer: Any) -> _Tables:
    """The scanner for a gazetteer: once per process, from the cache folder when saved there before.

    Building the automaton over ~650k names takes about a second; loading the saved one a third.
    """
    t = _TABLES.get(gazetteer.digest)
    if t is None:
        demonyms, common = _load_lists()

        def entries() -> list[tuple[str, str]]:
            # Changing this rule needs a new scan.SCANNER_FORMAT (the cached automaton is keyed
            # by the gazetteer, the stop words and the demonyms, not by this code).
            out = [
                (k, "place")
                for k in gazetteer.iter_exact_keys()
                if len(k) >= 3 and k not in STOP and k not in demonyms and not k.isdigit()
            ]
            return out + [(k, "demonym") for k in demonyms]

        path = getattr(gazetteer, "path", None)
        lists = ["\n".join(sorted(STOP)), "\n".join(f"{k}={v}" for k, v in sorted(demonyms.items()))]
        fingerprint = scanner_fingerprint([gazetteer.digest, *lists])
        scanner = cached_scanner(path.parent if path is not None else None, fingerprint, entries)
        t = _Tables(scanner, demonyms, common)
        _TABLES[gazetteer.digest] = t
    return t


# The last text scanned: resolve_mentions asks for the country context of the body find_places
# has just scanned. One immutable tuple, swapped atomically (safe with threads).
_LAST_SCAN: tuple[str, str, FoldedText, list[tuple[int, int, str, str]]] | None = None


def _scan(body: str, t: _Tables, digest: str) -> tuple[FoldedText, list[tuple[int, int, str, str]]]:
    """Fold and scan ``body`` once (the result of the previous call is reused for the same text)."""
    global _LAST_SCAN
    last = _LAST_SCAN
    if last is not None and last[1] == digest and (last[0] is body or last[0] == body):
        return last[2], last[3]
    ft = fold_text(body)
    hits = t.scanner.scan(ft.text)
    _LAST_SCAN = (body, digest, ft, hits)
    return ft, hits


def _key_countries(key: str, gaz: Any, t: _Tables) -> tuple[str, ...]:
    """Countries (kind country) that a folded gazetteer name names, in index order."""
    found = t.key_countries.get(key)
    if found is None:
        found = tuple(gaz.country_of(i) for i in gaz.ids(key) if gaz.kind_of(i) is Kind.COUNTRY)
        _memo_room(t.key_countries)[key] = found
    return found


def country_context(body: str, gazetteer: Any) -> dict[str, int]:
    """Countries the text names or implies (by name or demonym), with counts."""
    t = tables_for(gazetteer)
    _ft, hits = _scan(body, t, gazetteer.digest)
    counts: dict[str, int] = {}
    for _s, _e, key, tag in hits:
        if tag == "demonym":
            cc = t.demonyms[key]
            counts[cc] = counts.get(cc, 0) + 1
        else:
            ccs = _key_countries(key, gazetteer, t)
            if ccs:
                cc = ccs[0]
                counts[cc] = counts.get(cc, 0) + 1
    return counts


def _context_from_hits(hits: list[tuple[int, int, str, str]], gaz: Any, t: _Tables) -> set[str]:
    found: set[str] = set()
    for _s, _e, key, tag in hits:
        if tag == "demonym":
            found.add(t.demonyms[key])
        else:
            found.update(_key_countries(key, gaz, t))
    # ("Rumbek" in a report about Sudan's civil war of the 1990s: South Sudan was Sudan then)
    return found | once_one_with(found)


def _plausible(ids: tuple[int, ...], m: Mention, body: str, gaz: Any, ctx: set[str]) -> bool:
    """A name whose every candidate is a small place far from the report's countries is not a place.

    ("Arab" is a town in Alabama; "Linda" one in California.) A place context keeps it.
    """
    if not ids or not ctx:
        return True
    for i in ids:
        if gaz.kind_of(i) is not Kind.SETTLEMENT or gaz.country_of(i) in ctx or gaz.population(i) >= 100_000:
            return True
    return m.kind_hint is not None and m.kind_hint is not Kind.FACILITY


_CAP_RUN = re.compile(
    r"(?<![\w'’-])(?:(?:al|el|ad|ar|as|ash|az|an|at)-)?[A-Z][a-z'’]+(?:(?:[ \t]+|-)"
    r"(?:(?:al|el|ad|ar|as|ash|az|an|at|ez|es|ed|ul)[ \t-]+)?[A-Z][a-z'’]+){0,3}"
)


_WORD = re.compile(r"[\w'’]+")


def _run_spans(run: str, t: _Tables) -> tuple[tuple[int, int, str], ...]:
    """Sub-spans of a capitalised run worth looking up, longest first: ``(start, end, folded)``."""
    spans = t.run_spans.get(run)
    if spans is None:
        words = list(_WORD.finditer(run))
        out: list[tuple[int, int, str]] = []
        for n in range(len(words), 0, -1):
            for k in range(0, len(words) - n + 1):
                s, e = words[k].start(), words[k + n - 1].end()
                f = fold(run[s:e])
                if f in STOP or f in t.common or f in t.demonyms or len(f) < 4:
                    continue
                out.append((s, e, f))
        spans = _memo_room(t.run_spans)[run] = tuple(out)
    return spans


def _spelling_variants(
    body: str, mentions: list[Mention], gaz: Any, t: _Tables, ctx: set[str]
) -> list[Mention]:
    """Capitalised names the exact scan missed, matched by loose or skeleton key within the context.

    "Raqa" (GeoNames: Raqqa), "Shirqat" (Ash Sharqat), "Deir Ezzor" (Deir ez-Zor).
    """
    covered = _Covered(len(body))
    for m in mentions:
        covered.add(m.start, m.end)
    out: list[Mention] = []
    fctx = frozenset(ctx)
    variants = t.variants  # a report repeats its names, and reports repeat them: look each up once
    for run in _CAP_RUN.finditer(body):
        r0, r1 = run.span()
        if covered.overlaps(r0, r1):
            continue
        for rs, re_, f in _run_spans(run.group(0), t):
            found = variants.get((f, fctx))
            if found is None:
                found = _memo_room(variants)[(f, fctx)] = _variant_found(f, gaz, ctx)
            if not found:
                continue
            s, e = r0 + rs, r0 + re_
            if _tail_of_name(body, s):
                continue  # the tail of a longer name ("Hayat Tahrir al-Sham")
            found_m = _read_as_place(body, s, e, f, gaz, t)
            if found_m is not None:
                out.append(found_m)
                covered.add(s, e)
                break
    return out


def _variant_found(f: str, gaz: Any, ctx: set[str]) -> bool:
    from rapidfuzz import fuzz

    from .placekeys import loose_key, skeleton_key

    lk = loose_key(f)
    for i in gaz.ids(lk, "loose"):
        if gaz.country_of(i) in ctx or gaz.population(i) >= 200_000:
            return True
    if not ctx or len(lk) < 5:
        return False
    for i in gaz.ids(skeleton_key(lk), "skeleton"):
        if (
            gaz.country_of(i) in ctx
            and gaz.population(i) >= 1000
            and fuzz.ratio(lk, loose_key(fold(gaz.name_of(i)))) >= 75
        ):
            return True
    return False


def _select(hits: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Longest non-overlapping hits (a longer name wins over the names inside it)."""
    chosen: list[tuple[int, int, str, str]] = []
    taken = bytearray(max((h[1] for h in hits), default=0) + 1)
    for h in sorted(hits, key=lambda h: (-(h[1] - h[0]), h[0])):
        if 1 in taken[h[0] : h[1]]:
            continue
        chosen.append(h)
        taken[h[0] : h[1]] = b"\x01" * (h[1] - h[0])
    return sorted(chosen)


class _Covered:
    """Which body offsets are already inside a mention (O(span) checks, not O(mentions))."""

    def __init__(self, n: int) -> None:
        self.mask = bytearray(n + 1)

    def overlaps(self, s: int, e: int) -> bool:
        return 1 in self.mask[s:e]

    def add(self, s: int, e: int) -> None:
        self.mask[s:e] = b"\x01" * (e - s)


_WORD_TAIL = "_'’-"  # with the alphanumerics: the characters of [\w'’-]


def _prev_word(body: str, start: int) -> str:
    """The word just before ``start`` (same line), as ``([\\w'’-]+)[ \t]*$`` finds it, without a regex."""
    w = body[max(0, start - 40) : start]
    if w.endswith("\n"):
        w = w[:-1]  # "$" also matches before a final newline
    w = w.rstrip(" \t")
    i = len(w)
    while i and (w[i - 1].isalnum() or w[i - 1] in _WORD_TAIL):
        i -= 1
    return w[i:]


_NEXT_WORD = re.compile(r"[ \t]+([\w'’-]+)")


def _next_word(body: str, end: int) -> str:
    m = _NEXT_WORD.match(body, end, end + 40)
    return m.group(1) if m else ""


_CAPITALISED = re.compile(r"(?:(?:al|el|ad|ar|as|ash|az|an|at)[-\s])?(\w)")


def _is_capitalised(span: str) -> bool:
    c = span[:1]
    if c.isupper():
        return True  # no article can match before an upper-case letter
    if c not in ("a", "e"):
        return False  # no article: the first character itself is tested
    m = _CAPITALISED.match(span)
    return bool(m and m.group(1).isupper())


def _last_clause(window: str) -> str:
    """``re.split(r"[.!?\n;]", window)[-1]`` without building the list."""
    k = max(window.rfind("."), window.rfind("!"), window.rfind("?"), window.rfind("\n"), window.rfind(";"))
    return window[k + 1 :]


# Every alternative of _QUAL_BEFORE contains one of these (lower-case ASCII) words.
_QUAL_WORDS = (
    "north", "south", "east", "west", "central", "pocket", "outskirts", "edge", "suburbs", "environs",
    "section", "stretch", "part", "portion",
)


def _sentence_initial(body: str, start: int) -> bool:
    return bool(_SENT_START.search(body[max(0, start - 5) : start]))


def _qualifier_before(body: str, start: int) -> tuple[str | None, int]:
    """A qualifier phrase ending just before ``start`` (same sentence) and where it starts."""
    window = _last_clause(body[max(0, start - 90) : start])
    if window.isascii():
        low = window.lower()
        if not any(w in low for w in _QUAL_WORDS):
            return None, start
    m = _QUAL_BEFORE.search(window)
    if not m:
        return None, start
    if m.group("dir"):
        return DIRECTIONS[
            m.group("dir").lower().replace("-", "")
            if m.group("dir").lower().replace("-", "") in DIRECTIONS
            else m.group("dir").lower()
        ], start
    if m.group("adj"):
        key = m.group("adj").lower()
        return DIRECTIONS.get(key, DIRECTIONS.get(key.replace("-", ""))), start
    if m.group("pocket"):
        return "pocket", start
    if m.group("out"):
        return "outskirts", start
    if m.group("sec"):
        return "section", start
    return None, start


def _kind_hint(body: str, start: int, end: int) -> Kind | None:
    after = _KIND_AFTER.match(body[end : end + 20])
    if after:
        return PLACE_TYPES.get(after.group("noun").lower())
    window = _last_clause(body[max(0, start - 120) : start])
    before = _KIND_BEFORE.search(window)
    if before:
        return PLACE_TYPES.get(before.group("noun").lower())
    return None


# Two-letter names stay out of the scan (too many are words); a sizeable town of one in a country the report
# is about is a place: "Bo", Sierra Leone's second city
_TWO_LETTERS = re.compile(r"(?<![\w'’.-])[A-Z][a-z](?![\w'’-])")
_TWO_LETTER_POPULATION = 50_000


def _two_letter_towns(body: str, gaz: Any, ctx: set[str]) -> list[Mention]:
    if not ctx:
        return []
    out: list[Mention] = []
    for m in _TWO_LETTERS.finditer(body):
        key = fold(m.group(0))
        if key in STOP:
            continue
        for i in gaz.ids(key):
            if (
                gaz.kind_of(i) is Kind.SETTLEMENT
                and gaz.country_of(i) in ctx
                and gaz.population(i) >= _TWO_LETTER_POPULATION
            ):
                out.append(Mention(m.group(0), m.start(), m.end()))
                break
    return out


def find_places(body: str, resolver: Any) -> Result[tuple[Mention, ...]]:
    """Every span of ``body`` that names or refers back to a place, in text order.

    Parameters
    ----------
    body
        The report body (offsets in the result index into it).
    resolver
        Anything with a ``gazetteer`` attribute (:class:`mapgen.resolve.Resolver`).

    Returns
    -------
    Result
        Mentions sorted by ``start``; no problems (unresolved names are the resolver's to report).
    """
    gaz = resolver.gazetteer
    t = tables_for(gaz)
    ft, hits = _scan(body, t, gaz.digest)
    ctx = _context_from_hits(hits, gaz, t)
    mentions: list[Mention] = []
    accepted: set[str] = set()
    doubtful: list[tuple[str, Mention]] = []
    for fs, fe, key, tag in _select(hits):
        if tag == "demonym":
            continue
        s = ft.start(fs)
        # Most hits are lower-case words: skip them before slicing the span. _is_capitalised reads
        # at most 5 characters ("ash-S"), and is true of these whenever it is true of the span.
        if " " not in key and not _is_capitalised(body[s : s + 5]):
            continue
        e = ft.end(fe)
        span = body[s:e]
        if _SPAN_PUNCT.search(span):
            continue
        if _tail_of_name(body, s):
            continue  # the tail of a longer name: "Hayat Tahrir al-Sham", "Maarat al-Numan", "Bab al-Mandab"
        if _COREF_PHRASE.fullmatch(span) or _ARTICLE_NOUN.match(span):
            continue  # "The city has been divided ...": a back-reference, never a place named "The City"
        if (
            len(span) > 1
            and span.isupper()
            and not any(gaz.kind_of(i) is Kind.COUNTRY for i in gaz.ids(key))
            and not _factbox_label(body, s, e)
        ):
            continue  # an acronym ("SANA", a news agency) or a dateline ("KYIV, Ukraine (AP) --")
        if not _is_capitalised(span) and not (
            " " in key
            and _SPACE_CAP.search(span)
            and any(gaz.kind_of(i) is Kind.REGION for i in gaz.ids(key))
        ):
            continue  # lower-case words are not names; "the west bank of the Dnipro" is a region
        m = _read_as_place(body, s, e, key, gaz, t)
        if m is not None:
            if _plausible(gaz.ids(key), m, body, gaz, ctx):
                mentions.append(m)
                accepted.add(key)
            else:
                doubtful.append((key, m))
    # One name, one sense per report: "the garrison town of Torit" makes the later bare "Torit" a place too
    mentions.extend(m for key, m in doubtful if key in accepted)
    mentions.sort(key=lambda m: m.start)
    mentions.extend(_spelling_variants(body, mentions, gaz, t, ctx))
    mentions.extend(_two_letter_towns(body, gaz, ctx))
    # "al-Hilaliya" found as its spelling variant "Hilaliya": the glued article is part of the name
    mentions = [_with_article(body, m) for m in mentions]
    # "the rebel-held Old City districts": a part of the town in context, never a place elsewhere
    mentions = [m for m in mentions if m.text.lower() not in _DISTRICTS]  # (ASCII phrases: no fold needed)
    covered = _Covered(len(body))
    for m in mentions:
        covered.add(m.start, m.end)
    # Names the gazetteer lacks, in an unmistakable place context: reported as unresolved later.
    for um in anchored_finditer(_UNKNOWN_NOUN, _UNKNOWN_ANCHOR, body):
        s, e = um.start("name"), um.end("name")
        if not covered.overlaps(s, e) and fold(um.group("name")) not in STOP:
            mentions.append(Mention(body[s:e], s, e, kind_hint=Kind.SETTLEMENT))
            covered.add(s, e)
    for cm in anchored_finditer(_COREF, _COREF_ANCHOR, body):
        s, e = cm.span("text") if cm.group("text") else cm.span("there")
        if covered.overlaps(s, e):
            continue
        if cm.group("there"):
            # "there" refers to a place only after a verb of fighting or presence; keep it simple:
            # it must follow a place mention in the last two sentences (the resolver checks that).
            mentions.append(Mention(body[s:e], s, e, coref=True))
            continue
        noun = cm.group("noun").lower().split()[-1]
        if cm.group("noun").lower() == "capital" and not is_national(cm.group("text")):
            continue  # "the Kurdish capital", "the rebel capital": no country's, and no place before it
        if noun == "capital" and re.match(r",?\s+(?:the\s+)?[A-Z]", body[e : e + 6]):
            continue  # "the provincial capital, Farah,": the name that follows is the mention
        if noun == "city" and re.match(r"\s*(?:centre|center)\b", body[e : e + 10]):
            qual: str | None = "centre"
        else:
            qual, _ = _qualifier_before(body, s)
        if noun == "state" or re.match(r"\s+(?:(?:hall|square|centre|center)\s+)?of\b", body[e : e + 13]):
            continue  # "the city of X", "the town hall of X": X itself is the mention
        if noun == "country" and body.startswith(_POSSESSIVE, e):
            continue  # "the country's second city", "the country's east": never the whole country
        mentions.append(Mention(body[s:e], s, e, coref=True, kind_hint=_COREF_KIND[noun], qualifier=qual))
    for im in _IT_HELD.finditer(body):
        s, e = im.span("it") if im.group("it") else im.span("it2") if im.group("it2") else im.span("it3")
        if not covered.overlaps(s, e):
            # "It had been held by Russian forces since 2022": a place said to be held or taken
            mentions.append(Mention(body[s:e], s, e, coref=True, kind_hint=Kind.SETTLEMENT))
            covered.add(s, e)
    for im in _IT_PLACE.finditer(body):
        s, e = im.span("it")
        if not covered.overlaps(s, e):
            # "trying to storm it": after a verb of assault "it" is the place named just before
            mentions.append(Mention(body[s:e], s, e, coref=True, kind_hint=Kind.SETTLEMENT))
    for gm in _GARRISON.finditer(body):
        s, e = gm.span()
        if not covered.overlaps(s, e) and not _GARRISON_NAMED.match(body, e, e + 9):
            # "fled the garrison": the base named just before; the resolver looks for "base at X"
            mentions.append(Mention(body[s:e], s, e, coref=True, kind_hint=Kind.SETTLEMENT))
    for pm_ in _PAIR_COREF.finditer(body):
        group = "them" if pm_.group("them") else "both" if pm_.group("both") else 0
        s, e = pm_.span(group)
        if not covered.overlaps(s, e):
            # "the two towns": one back-reference per member of the last coordinated pair; the
            # resolver gives the first of the two identical spans the first member.
            mentions.extend(Mention(body[s:e], s, e, coref=True, kind_hint=Kind.SETTLEMENT) for _ in (0, 1))
    mentions.sort(key=lambda m: (m.start, m.end))
    return Result(tuple(_distribute(body, mentions)))


def _distribute(body: str, mentions: list[Mention]) -> list[Mention]:
    """A kind or qualifier before a coordinated list applies to every member ("Homs and Hama")."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (
            prev is not None
            and not m.coref
            and not prev.coref
            and re.fullmatch(r"\s*(?:,|and|or|,\s*and)\s*", body[prev.end : m.start])
        ):
            m = replace(m, kind_hint=m.kind_hint or prev.kind_hint, qualifier=m.qualifier or prev.qualifier)
            if prev.kind_hint is None and m.kind_hint is not None:
                out[-1] = replace(prev, kind_hint=m.kind_hint)
        out.append(m)
    return out


def _may_end_by_to(before: str) -> bool:
    """False only when ``before`` cannot end in "by" or "to" plus whitespace (_METONYMY_BEFORE)."""
    t = before.rstrip()
    if len(t) == len(before):
        return False
    tail = t[-2:]
    return not tail.isascii() or tail.lower() in ("by", "to")


_ARTICLE_BEFORE = re.compile(r"(?<![\w'’-])(?:al|el|ad|ar|as|ash|an|at|az)-$", re.I)


def _with_article(body: str, m: Mention) -> Mention:
    a = _ARTICLE_BEFORE.search(body, max(0, m.start - 4), m.start)
    if a is None:
        return m
    return replace(m, text=body[a.start() : m.end], start=a.start())


def _read_as_place(body: str, s: int, e: int, key: str, gaz: Any, t: _Tables) -> Mention | None:
    """Apply the context rules to one gazetteer hit; None when it does not read as a place."""
    prev, nxt = _prev_word(body, s), _next_word(body, e)
    before = body[max(0, s - 40) : s]
    after = body[e : e + 40]
    if _METONYMY_AFTER.match(after) or (_may_end_by_to(before) and _METONYMY_BEFORE.search(before)):
        return None
    if nxt.lower() in SPEECH:
        return None  # "Abadi said"
    if _WATER_BEFORE.search(before) or (_WATER.fullmatch(body, s, e) and _OF_NAME.match(after)):
        return None  # "the Sea of Azov", "the Gulf of Aden": a sea named for a town; neither is a place
    if prev.lower() in SPEECH and re.match(r",\s+(?:who|a|an|the)\b", after):
        return None  # "said Qani, who spent the night ...": a speaker
    initial = _sentence_initial(body, s)
    # Part of a longer proper name: a capitalised neighbour that is not a cue word.
    if (
        prev
        and prev[0].isupper()
        and not initial
        and prev.lower() not in CAP_OK_BEFORE
        and not re.search(r"[,;:(]\s*$", before)
        and fold(prev) not in t.demonyms
        and not prev.endswith(_POSSESSIVE)  # "Syria's Idlib province", "Russia's Kursk region"
    ):
        return None
    if prev and prev[0].isupper() and fold(prev) in t.demonyms and re.match(r"[ \t]+$", before[-2:]):
        return None  # "Syrian Observatory", "Iraqi Kurdistan" is rare next to "Iraqi Prime Minister"
    kind = _kind_hint(body, s, e)
    if (
        nxt
        and nxt[0].isupper()
        and nxt.lower() not in PLACE_TYPES
        and nxt.lower() not in ("and", "or")
        and not re.match(r"[ \t]*[,;:.)]", after)
    ):
        if nxt.lower() in FACILITY:
            kind = Kind.FACILITY
        else:
            return None  # "Jason Kajer", "Rescue Committee"
    if nxt.lower() in FACILITY and re.match(r"[ \t]+[a-z]", after):
        kind = Kind.FACILITY  # "the Ouagadougou conference center"
    # An English word that is also a place: only in a place context.
    if (
        (key in t.common or len(key) <= 3)
        and (initial or not (_PLACE_CONTEXT.search(before) or kind is not None))
        and not _PLACE_AFTER.match(after)
        and not (_LIST_BEFORE.search(before) and _LIST_AFTER.match(after))
        and not (_LIST_END_BEFORE.search(before) and _LIST_END_AFTER.match(after))
    ):
        return None
    qual, _ = _qualifier_before(body, s)
    if qual == "section":
        sec = _SECTION_AFTER.match(after + body[e + 40 : e + 120])
        if sec:
            cc = _country_code(sec.group("country"), gaz, t)
            qual = f"section:{sec.group('dir').lower()}-of:{cc}" if cc else "section"
    return Mention(body[s:e], s, e, kind_hint=kind, qualifier=qual)


def _country_code(name: str, gaz: Any, t: _Tables) -> str | None:
    f = fold(name)
    if f in t.demonyms:
        return t.demonyms[f]
    for i in gaz.ids(f):
        if gaz.kind_of(i) is Kind.COUNTRY:
            return str(gaz.country_of(i))
    return None
