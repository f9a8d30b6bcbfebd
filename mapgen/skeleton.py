# ruff: noqa: E501  (regular expressions and data tables read better unbroken)
"""Sentence skeletons for the claims stage (:mod:`mapgen.claims`): entity tokens and per-sentence info.

A sentence becomes a skeleton: each actor, pronoun and place mention is replaced by a token (``⟨A3⟩``,
``⟨R5⟩``, ``⟨P7⟩``), quotation marks are dropped, scare quotes and place descriptors folded away ("the
northern town of ⟨P3⟩" -> "⟨P3⟩"), and every skeleton character keeps its offset in the body.
:class:`_Entities` says what each token stands for (pronouns resolved to their antecedent, "there" to
the places it refers back to); :func:`_actors` and :func:`_places` read tokens back. :class:`_Info`
holds what the claims of one sentence may need (quotations, dates, speakers, the id hash prefix),
worked out lazily. Pure: no I/O, deterministic output.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter
from typing import cast

from .attribution import (
    Speaker,
    expand_name,
    organisations,
    quote_spans,
    speakers,
)
from .dates import DateExpr, find_dates
from .grammar import (
    APPOS,
    APPOS_OF,
    BEFORE_IN,
    BEFORE_OF,
    COLLAPSE,
    DESC_ENDS,
    DIR_BEFORE,
    IN_CONTAINER,
    NAMED,
    NAMED_OF_PLACE,
    PLACE_KIND,
    POSS_PART,
)
from .model import (
    ActorMention,
    DatePrecision,
    Kind,
    PlaceMention,
    Report,
)
from .placewords import TITLE_AFTER
from .pronouns import referent
from .regexfirst import ODD_CASE, guarded
from .text import Sentence, fold

_TOKEN = re.compile(r"⟨([APR])(\d+)⟩")
_POSSESSOR = re.compile(r"⟨P\d+⟩(?:'s|'| s) ")
_PRONOUN = guarded(r"\b(?:they|it|its|their|They|It|Its|Their|our|Our|we|We|his|His|her|Her)\b")
# A fronted clause whose pronoun points forward to the main subject ("With X under their control, the RSF ...").
_FRONTED = re.compile(r"(?:With|Having|After|Despite|Since|Following|Before|Once|Although|Though|While|When|As|Under) ")
_THERE = guarded(
    r"\bthere\b(?! (?:is|are|was|were|will|would|has|have|had|may|might|must|could|should|"
    r"remain|remains|seem|seems|appear|appears|'s|being|been)\b)",
    re.I,
)
# Words before an actor that belong to its token: "the", "its", "their" (with "own"/"remaining"), and
# "fighters of the" / "jihadists from the" (the group is who acts).
# A number or size before them too ("small Russian assault groups", "about 40 fighters of the BIFF").
_QUANTITY = (r"(?:\b(?:[Ss]mall|[Ll]arge|[Ss]everal|[Ss]ome|[Mm]any|[Hh]undreds of|[Dd]ozens of|[Tt]housands of|[Ss]cores of|"
             r"[Aa] few|[Aa] handful of|(?:[Aa]bout |[Aa]round |[Mm]ore than |[Uu]p to |[Ss]ome |[Nn]early )?\d[\d,]*"
             r"(?: to \d[\d,]*)?) )")
_POSS_BEFORE = guarded(
    rf"(?:{_QUANTITY}?(?:\b(?:[Ff]ighters|[Mm]ilitants|[Tt]roops|[Ff]orces|[Mm]embers|[Uu]nits|[Ss]oldiers|[Jj]ihadists|"
    r"[Ee]lements|[Mm]ilitiamen|[Gg]unmen) (?:of|from|loyal to|led by) (?:the )?|\b(?:[Tt]he|[Ii]ts|[Tt]heir) "
    rf"(?:(?:own|remaining|last|last remaining|few remaining) )?)|{_QUANTITY})$"
)
_OWN_HEAD = guarded(
    r" (?:own |remaining |last |last remaining |few remaining )?(?:forces|troops|fighters|units|men|soldiers|"
    r"militants|militiamen|jihadists|rebels|gunmen|army|military)\b"
)
_SCARE = re.compile(r"(?<= )'[A-Za-z][\w -]{0,30}?[a-z]'(?=[ ,.;:])")
_ITS_PART = re.compile(
    r" (?:(?:northern|southern|eastern|western|old) )?(?:centre|center|outskirts|suburbs|old city|city centre|"
    r"town centre|districts|neighbourhoods|neighborhoods|airport|port)\b"
)
_LOCATOR_BEFORE = re.compile(
    r"\b(?:(?:north|south|east|west)(?:-?(?:east|west))?|km|kilometres|kilometers|miles|outside|near|from) (?:of )?(?:the )?$"
)
_TITLE_AFTER = re.compile(TITLE_AFTER)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_HAS_QUOTE = re.compile('["\u201c\u201d]')
_KEPT_RUN = re.compile('[^"\u201c\u201d]+')  # runs without quotation marks (dropped from skeletons)
_NOT_PLAIN = re.compile('["\u201c\u201d\u2019\u2018\u02bc]')  # what _piece drops or straightens
# "Russia's Kursk region", "Ukraine's Donetsk region": a country's name before one of its places says where
# the place is, not who holds it.
_COUNTRY_OF_PLACE = re.compile(r"⟨A\d+⟩(?:'s|') (?:(?:northern|southern|eastern|western|central|north-eastern|"
                               r"north-western|south-eastern|south-western|northeastern|northwestern|southeastern|"
                               r"southwestern) )?(?P<tok>⟨P\d+⟩)")
# "⟨P⟩ has also been encircled by", "had already been captured by", "has since remained": an adverb between an
# auxiliary and "been" (or "remained", "stayed", "fallen") says nothing the rules read (they expect "has been");
# never "briefly", "never" or "not", which they do read.
_PERFECT_ADVERB = re.compile(
    r"\b(?P<tok>(?:has|have|had) )(?:also|already|long|now|since|still|reportedly|apparently|effectively|"
    r"largely|just|finally|recently|previously|repeatedly|mostly|partly|all|both) (?=been\b|remained\b|stayed\b|fallen\b)",
    re.I,
)
# A parenthesis between dashes after a place ("Andulo and Bailundo -- Savimbi's strongholds in the ⟨P⟩ highlands --
# remain in rebel hands"): what it says only describes the place
_DASHED = re.compile(
    r"(?P<tok>⟨P\d+⟩) (?:--|\u2014|\u2013) (?:[^.;⟨\u2014\u2013-]|⟨P\d+⟩|-(?!-)){1,120}? (?:--|\u2014|\u2013)(?= )"
)
# A unit named after an actor ("⟨A⟩ of the 1st Division entered", "troops of the 101st Airborne Brigade"): the
# actor is who acts
_UNIT_OF = re.compile(
    r"(?P<tok>⟨A\d+⟩) of (?:the|its|their) (?:\d+(?:st|nd|rd|th)|[A-Z][\w-]+) (?:[\w-]+ ){0,2}?"
    r"(?:Division|Brigade|Battalion|Regiment|Corps|Army)\b"
)
# A factbox entry ("⟨P⟩: Held by ⟨A⟩", "⟨P⟩ and ⟨P⟩: Both fell to ⟨A⟩ in May"): its places are the subject of the
# predicate after the colon (the colon, and "both"/"all" that repeat the subject, go)
_LABELLED = re.compile(
    r"(?P<tok>⟨P\d+⟩)(?::| -) (?:"
    # ("⟨P⟩: The third city is in the hands of"): a description of the place as the subject goes too
    r"(?P<np>(?:the|its) (?:[\w-]+ ){0,4}?(?:city|capital|town|port|village|hub|stronghold|base|district|province|"
    r"region)(?: and (?:[\w-]+ ){0,2}?(?:city|capital|town|port|hub))?)(?= (?:is|was|has|had|remains|remained|fell)\b)"
    r"|(?:(?:Both|All|Each) (?=[a-z]))?(?=(?:firmly |still |now |also |briefly |largely )?"
    r"(?:held|controlled|run|occupied|fell|fallen|captured|seized|taken|retaken|recaptured|wrested|lost|"
    r"abandoned|evacuated|besieged|encircled|surrounded|in ⟨A|under|in the hands|overrun|liberated|shelled|"
    r"attacked|cut off)\b)(?P<first>\w))",
    re.I,
)
# A second subject the registry does not know, after an actor ("⟨A⟩ and Revolutionary Guards swept into",
# "⟨A⟩ and Ugandan exiles have captured"): the actor still acts, so the other subject goes. Never after a
# preposition ("clashes between ⟨A⟩ and Revolutionary Guards"), and only before an auxiliary or a verb.
_CO_SUBJECT = re.compile(
    r"(?<!\bof )(?<!\bby )(?<!\bfrom )(?<!\bwith )(?<!\bto )(?<!between )(?<!against )(?<!among )"
    r"(?P<tok>⟨A\d+⟩) and (?:[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}(?: (?:fighters|units|militiamen|militias|"
    r"volunteers|exiles|allies|tribesmen|irregulars|guerrillas|police|policemen|troops|forces|soldiers))?)"
    r"(?= (?:have|has|had|were|was|are|is|also|still|now|then|jointly|together|later|took|retook|overran|"
    r"swept|drove|held|hold|holds|control|controls|won|began|fought|seized|stormed|entered|\w+ed)\b)"
)
# Each fold with a cheap test that must pass before the fold's own expression runs, and before that
# the strings one of which that test needs (a substring test costs a fraction of a search).
_FOLDS: tuple[tuple[re.Pattern[str], re.Pattern[str] | None, tuple[str, ...]], ...] = (
    (_CO_SUBJECT, re.compile("⟩ and [A-Z]"), ("⟩ and ",)),
    (_UNIT_OF, re.compile("⟩ of (?:the|its|their) "), ("⟩ of ",)),
    (_PERFECT_ADVERB, re.compile(r" \w+ (?:been|remained|stayed|fallen)\b"), ("been", "remained", "stayed", "fallen")),
    (_COUNTRY_OF_PLACE, re.compile("⟩'s? (?:[a-z-]+ )?⟨P"), ("⟩'",)),
    (APPOS, re.compile("⟩, "), ("⟩, ",)),
    (APPOS_OF, re.compile("⟩, (?:(?:the|a|an) (?:[\\w-]+ )?)?⟨P"), ("⟩, ",)),
    (_DASHED, re.compile("⟩ (?:--|\u2014|\u2013) "), (" -- ", " \u2014 ", " \u2013 ")),
    (NAMED, None, ()),  # _named_before_place
    (NAMED_OF_PLACE, re.compile("⟩'s? [^,]{1,40}, ⟨P"), ("⟩'",)),
    (PLACE_KIND, re.compile("⟩ (?:city|town|province|region|governorate|oblast|district)"), ()),
    (POSS_PART, re.compile("⟩(?:'| s )"), ("⟩'", "⟩ s ")),
    (COLLAPSE, None, ()),  # _descriptor_before_place
    (IN_CONTAINER, re.compile("⟩ in "), ("⟩ in ",)),
)
_NAMED_NEEDS = guarded(r"(?i)(?:capital|city|town|port|stronghold|bastion|hub),? ⟨P")


@dataclass(slots=True)  # (slots: built once per sentence, read for every token)
class _Entities:
    """The spans of one sentence, in order, with what each token stands for."""

    actors: dict[int, ActorMention] = field(default_factory=dict)
    pronouns: dict[int, ActorMention | None] = field(default_factory=dict)
    places: dict[int, list[PlaceMention]] = field(default_factory=dict)
    partial: set[int] = field(default_factory=set)  # countries named with a direction ("northern Iraq")
    recent: list[PlaceMention] = field(default_factory=list)  # the last earlier sentence's places (mapgen.implied)
    capturer: ActorMention | None = None  # who took the last place an earlier sentence says was taken


def _there_group(
    pos: int, groups: list[list[PlaceMention]], resolved: PlaceMention | None
) -> list[PlaceMention]:
    before = [g for g in groups if g[-1].mention.end <= pos and g[0].mention.text.lower() != "there"]
    for g in reversed(before[-3:]):
        if all(pm.place is not None and pm.place.kind is Kind.COUNTRY for pm in g) and len(before) > 1:
            continue
        if (
            resolved is None
            or resolved.place is None
            or any(pm.place and pm.place.key == resolved.place.key for pm in g)
        ):
            return g
        break
    return [resolved] if resolved else []


def _skeleton(
    sent: Sentence,
    actors: list[ActorMention],
    places: list[PlaceMention],
    all_actors: list[ActorMention],
    groups: list[list[PlaceMention]],
    subject: ActorMention | None = None,
    states: frozenset[str] = frozenset(),
) -> tuple[str, list[int], _Entities]:
    """The sentence with entity tokens, and each skeleton character's offset in the body."""
    body_text = sent.text
    spans: list[tuple[int, int, str, object]] = []
    for a in actors:
        # "its troops", "their fighters": the possessive belongs to the mention
        rel = a.start - sent.start
        before = _POSS_BEFORE.search(body_text, max(0, rel - 40), rel)
        start = sent.start + before.start() if before else a.start
        if spans and start < spans[-1][1]:
            # "paramilitary units of the Hashed al-Shaabi": the group named after "of the" is who acts
            spans.pop()
        spans.append((start, a.end, "A", a))
    # "the two towns": the resolver gives one mention per member of the pair, on the same span; the
    # one token stands for both.
    twins: dict[tuple[int, int], list[PlaceMention]] = {}
    for pm in places:
        ms, me = pm.mention.start, pm.mention.end
        for s, e, _, _ in spans:  # (a loop: cheaper than any() over a generator for a span or two)
            if s < me and ms < e:
                break
        else:
            spans.append((ms, me, "P", pm))
            continue
        if pm.mention.coref and any(
            (s, e) == (pm.mention.start, pm.mention.end) and k == "P" for s, e, k, _ in spans
        ):
            twins.setdefault((pm.mention.start, pm.mention.end), []).append(pm)
    for m in _PRONOUN.finditer(body_text):
        s, e = sent.start + m.start(), sent.start + m.end()
        word = m.group(0).lower()
        if word in ("our", "we") and not _HAS_QUOTE.search(body_text):
            continue  # outside a quotation "we" is the writer, never a party
        head = _OWN_HEAD.match(body_text, m.end()) if word in ("its", "their", "our", "his", "her") else None
        if word in ("his", "her") and not head:
            continue  # "his forces" (a commander's or spokesman's) may be an actor; "his home" never
        if head:  # "its forces": the antecedent's forces
            e = sent.start + head.end()
        elif word == "its" and (part := _ITS_PART.match(body_text, m.end())):
            # "shelled the town, but Tebu fighters still hold its centre": a part of the place named before
            earlier = [sp for sp in spans if sp[2] == "P" and sp[1] <= s]
            # (a country is where a town is -- "Taez, Yemen's third city ... most of its districts" -- not
            # what has districts, when a town was named)
            towns = [sp for sp in earlier if _not_country(cast(PlaceMention, sp[3]))] or earlier
            # ("Luhansk governor Serhiy Haidai said": a title, not the place whose outskirts are meant)
            towns = [sp for sp in towns if not _TITLE_AFTER.match(body_text, sp[1] - sent.start)]
            # ("Baquba, 60 km northeast of Baghdad, ... its western neighbourhoods": Baghdad only locates)
            towns = [sp for sp in towns if not _LOCATOR_BEFORE.search(body_text, 0, sp[0] - sent.start)] or towns
            if towns:
                spans.append((s, sent.start + part.end(), "P", max(towns, key=itemgetter(1))[3]))
                continue
        if not any(a < e and s < b for a, b, _, _ in spans):
            spans.append((s, e, "R", None))
    for m in _THERE.finditer(body_text) if "there" in body_text.lower() else ():
        s, e = sent.start + m.start(), sent.start + m.end()
        if not any(a < e and s < b for a, b, _, _ in spans):
            spans.append((s, e, "T", None))
    spans.sort(key=itemgetter(0))
    ents = _Entities({}, {}, {}, set())  # (the default factories cost more than the four literals)
    out: list[str] = []
    pos: list[int] = []
    cursor = base = sent.start
    countries: list[int] = []  # the tokens of countries (only those may be partial: "northern Iraq")
    fronted = _FRONTED.match(body_text) is not None
    # Most sentences hold no quotation mark and no curly apostrophe: their pieces are copied as they are.
    plain = _NOT_PLAIN.search(body_text) is None
    for i, (s, e, kind, obj) in enumerate(spans):
        if s < cursor:
            continue
        if plain:
            out.append(body_text[cursor - base : s - base])
            pos.extend(range(cursor, s))
        else:
            _piece(body_text, base, cursor, s, out, pos)
        if kind == "A":
            ents.actors[i] = obj  # type: ignore[assignment]
            tok = f"⟨A{i}⟩"
        elif kind == "R":
            word = body_text[s - base : e - base].split(" ", 1)[0].lower()
            ents.pronouns[i] = referent(word, sent, s, e, actors, all_actors, spans, subject, fronted, states)
            tok = f"⟨R{i}⟩"
        else:
            named = cast(PlaceMention, obj) if kind == "P" else None
            if kind == "T" or (
                named is not None and named.mention.coref and named.mention.text.lower() == "there"
            ):
                pms = ents.places[i] = _there_group(s, groups, named)
            else:
                # (a "P" span: always a place)
                pms = ents.places[i] = [cast(PlaceMention, named), *twins.get((s, e), ())]
            for pm in pms:
                if pm.place is not None and pm.place.kind is Kind.COUNTRY:
                    countries.append(i)
                    break
            tok = f"⟨P{i}⟩"
        out.append(tok)
        pos.extend([s] * len(tok))
        cursor = e
    if plain:
        out.append(body_text[cursor - base :])
        pos.extend(range(cursor, sent.end))
    else:
        _piece(body_text, base, cursor, sent.end, out, pos)
    pos.append(sent.end)
    skel = "".join(out)
    if "," in skel:
        # "an ancient settlement of some 20,000 people,": a figure is one word, never a clause boundary
        # (same length: the offsets stay)
        skel = _THOUSANDS.sub("_", skel)
    if countries:  # only a country named with a direction is partial ("northern Iraq")
        for m in DIR_BEFORE.finditer(skel):
            i = int(m.group("i"))
            if i in countries:
                ents.partial.add(i)
    if " '" in skel:
        skel, pos = _unquote(skel, pos)
    return (*_collapse(skel, pos), ents)


def _unquote(skel: str, pos: list[int]) -> tuple[str, list[int]]:
    """Drop single scare quotes around a few words ("had 'liberated' the town"), keeping offsets."""
    keep = [True] * len(skel)
    for m in _SCARE.finditer(skel):
        keep[m.start()] = keep[m.end() - 1] = False
    if all(keep):
        return skel, pos
    text = "".join(c for c, k in zip(skel, keep, strict=True) if k)
    return text, [p for p, k in zip(pos[: len(skel)], keep, strict=True) if k] + pos[len(skel) :]


# (written to open with the comma, which the engine scans for, instead of a lookbehind it tries at every
# position: the same matches)
_THOUSANDS = re.compile(r",(?<=\d,)(?=\d{3}\b)")
def _not_country(pm: PlaceMention) -> bool:
    return pm.place is None or pm.place.kind is not Kind.COUNTRY


def _collapse(skel: str, pos: list[int]) -> tuple[str, list[int]]:
    """Fold descriptors into place tokens ("the northern town of ⟨P3⟩" -> "⟨P3⟩"), keeping offsets.

    Appositives relating one place to another go first ("⟨P1⟩, the capital of ⟨P2⟩" -> "⟨P1⟩"), then
    parts named through a possessive ("⟨P1⟩'s port" -> "⟨P1⟩"), then descriptors.
    """
    if "⟨P" not in skel:
        return skel, pos
    if "⟩: " in skel or "⟩ - " in skel:
        skel, pos = _unlabel(skel, pos)
    for regex, needs, words in _FOLDS:
        if words:
            for word in words:
                if word in skel:
                    break
            else:
                continue
        if needs is not None:
            if needs.search(skel) is None:
                continue
        elif regex is COLLAPSE:
            if not _descriptor_before_place(skel):
                continue
        elif not _named_before_place(skel):
            continue
        skel, pos = _fold(_runs_with_place(skel) if regex is COLLAPSE else regex.finditer(skel), skel, pos)
    return skel, pos


# What a COLLAPSE match can span: every character of one (and of what its lookahead reads) is a word
# character, a space, an apostrophe, a hyphen or part of a token, so a match lies inside one run of these.
_RUN = re.compile(r"[\w '⟨⟩-]+", re.I)


def _runs_with_place(skel: str) -> Iterator[re.Match[str]]:
    """``COLLAPSE.finditer(skel)``, run only over the runs that hold a place token.

    The expression is tried at every position, and at each word it reads ahead to the next place token:
    on the words after the last place of a clause ("... on Thursday, a military spokesman said") it can
    only fail. A match lies within one run (see ``_RUN``); searching a run from its start (the engine's
    lookbehinds still see the characters before it) to its end (the next character, outside the run,
    is no word character either) gives the same matches.
    """
    for run in _RUN.finditer(skel):
        text = run.group()
        if "⟨P" in text or "⟨p" in text:  # (the expression ignores case)
            yield from COLLAPSE.finditer(skel, run.start(), run.end())


def _named_before_place(skel: str) -> bool:
    """``_NAMED_NEEDS.search(skel)``, tried only in the few characters before each "⟨": a match ends with
    "⟨P" and starts at most 12 characters ("stronghold, ") before it. The expression starts with a
    case-insensitive alternation, which the engine would otherwise try at every position."""
    i = skel.find("⟨P")  # (a window ending at another token holds no match that ends with "⟨P")
    while i != -1:
        if _NAMED_NEEDS.search(skel, max(0, i - 12), i + 2):
            return True
        i = skel.find("⟨P", i + 2)
    return False


def _descriptor_before_place(skel: str) -> bool:
    """Whether any place token follows a word a descriptor can end with (a cheap test before COLLAPSE).

    A final "in"/"around" must follow a part ("parts in"), a final "of"/"including" a place word or a
    side ("the town of", "the north of"): "in ⟨P⟩" and "control of ⟨P⟩", in most sentences with a place,
    fold nothing. A skeleton with characters the engine equates with ASCII letters and ``str.lower`` does
    not ("ſ"), or with a lower-case token ("⟨p", which the expression accepts and this test never looks
    at), keeps the looser test: the stricter one only ever skips what the looser one would have let fold.
    """
    strict = "⟨p" not in skel and ODD_CASE.search(skel) is None
    i = skel.find("⟨P")
    while i != -1:
        words = skel[max(0, i - 40) : i].split()
        if words and words[-1].lower() == "the":
            words.pop()
        if words and (last := words[-1].lower()) in DESC_ENDS:
            if not strict or last not in _LINKS:
                return True
            if len(words) > 1 and words[-2].lower() in _LINKS[last]:
                return True
        i = skel.find("⟨P", i + 2)
    return False


_LINKS = {"in": BEFORE_IN, "around": BEFORE_IN, "of": BEFORE_OF, "including": BEFORE_OF}


def _unlabel(skel: str, pos: list[int]) -> tuple[str, list[int]]:
    """ "⟨P1⟩: Fell to ⟨A2⟩" -> "⟨P1⟩ fell to ⟨A2⟩", "⟨P1⟩: The third city is" -> "⟨P1⟩ is" (``_LABELLED``),
    keeping offsets."""
    return _fold(_LABELLED.finditer(skel), skel, pos, _unlabelled)


def _unlabelled(m: re.Match[str], pos: list[int]) -> tuple[str, list[int]]:
    tok_pos = pos[m.start("tok") : m.end("tok")]
    if m.group("np") is not None:
        return m.group("tok"), tok_pos
    return f"{m.group('tok')} {m.group('first').lower()}", [*tok_pos, pos[m.end("tok")], pos[m.start("first")]]


def _fold(
    matches: Iterable[re.Match[str]],
    skel: str,
    pos: list[int],
    render: Callable[[re.Match[str], list[int]], tuple[str, list[int]]] | None = None,
) -> tuple[str, list[int]]:
    """Replace each match (in order, not overlapping) by its ``tok`` group (or what ``render`` makes of it),
    keeping offsets."""
    parts: list[str] = []
    new_pos: list[int] = []
    last = 0
    for m in matches:
        parts.append(skel[last : m.start()])
        new_pos.extend(pos[last : m.start()])
        if render is None:
            tok = m.group("tok")
            parts.append(tok)
            new_pos.extend([pos[m.start("tok")]] * len(tok))
        else:
            text, text_pos = render(m, pos)
            parts.append(text)
            new_pos.extend(text_pos)
        last = m.end()
    if last == 0:
        return skel, pos
    parts.append(skel[last:])
    new_pos.extend(pos[last:])
    return "".join(parts), new_pos


def _piece(text: str, base: int, a: int, b: int, out: list[str], pos: list[int]) -> None:
    """Copy body[a:b] into the skeleton (quotation marks dropped, apostrophes straightened)."""
    chunk = text[a - base : b - base]
    if not _HAS_QUOTE.search(chunk):
        out.append(chunk.translate(_QUOTES))
        pos.extend(range(a, b))
        return
    # (the runs between quotation marks, each copied whole: a loop over characters costs several times more)
    for m in _KEPT_RUN.finditer(chunk):
        out.append(m.group().translate(_QUOTES))
        pos.extend(range(a + m.start(), a + m.end()))


class _Organisations:
    """The multi-word names of a report (``attribution.organisations``), found when a speaker's short
    name first needs expanding ("the Observatory"): most reports never need them."""

    __slots__ = ("body", "_found")

    def __init__(self, body: str) -> None:
        self.body = body
        self._found: list[tuple[int, str]] | None = None

    @property
    def found(self) -> list[tuple[int, str]]:
        if self._found is None:
            self._found = organisations(self.body)
        return self._found


class _Info:
    """What claims of one sentence may need, worked out only when a claim needs it (once per sentence):
    quotations, dates (and the date nearest each trigger), reporting clauses, the id hash prefix."""

    __slots__ = ("report", "sent", "skel", "ents", "orgs", "_quotes", "_dates", "_speakers", "_near", "_id")

    def __init__(
        self, report: Report, sent: Sentence, skel: str, ents: _Entities, orgs: _Organisations
    ) -> None:
        self.report, self.sent, self.skel, self.ents, self.orgs = report, sent, skel, ents, orgs
        self._quotes: list[tuple[int, int]] | None = None
        self._dates: list[DateExpr] | None = None
        self._speakers: list[Speaker] | None = None
        self._near: dict[int, tuple[dt.date | None, DatePrecision]] = {}
        self._id: hashlib._Hash | None = None

    @property
    def quotes(self) -> list[tuple[int, int]]:
        if self._quotes is None:
            self._quotes = quote_spans(self.sent.text)
        return self._quotes

    @property
    def dates(self) -> list[DateExpr]:
        if self._dates is None:
            self._dates = find_dates(self.sent.text, self.report.date)
        return self._dates

    @property
    def speakers(self) -> list[Speaker]:
        if self._speakers is None:
            self._speakers = speakers(self.skel, self._name_of)
        return self._speakers

    def date_at(self, at: int) -> tuple[dt.date | None, DatePrecision]:
        """The event date of a claim triggered at ``at`` (sentence offset): the nearest date expression that
        resolves, else the report's date."""
        got = self._near.get(at)
        if got is None:
            got = (self.report.date, DatePrecision.REPORT)
            dates = self.dates
            if dates:
                # (most sentences with a date have one: no distances to compare)
                best = dates[0] if len(dates) == 1 else min(
                    dates, key=lambda d: 0 if d.start <= at < d.end else min(abs(d.start - at), abs(d.end - at))
                )
                if best.date is not None:
                    got = (best.date, best.precision)
            self._near[at] = got
        return got

    def claim_id(self, place_key: str | None, actor: str, status: str, place_text: str) -> str:
        """``claim_id`` for this sentence, hashing the shared prefix (report id, offsets) once."""
        if self._id is None:
            sent = self.sent
            self._id = hashlib.sha256(f"{self.report.id}|{sent.start}|{sent.end}|".encode())
        h = self._id.copy()
        h.update(f"{place_key or _folded(place_text)}|{actor}|{status}".encode())
        return h.hexdigest()[:16]

    def _name_of(self, text: str) -> str | None:
        m = _TOKEN.fullmatch(text)
        if m:
            if m.group(1) != "A":
                return None
            return self.ents.actors[int(m.group(2))].actor
        if len(text) < 3 and not text.isupper():
            return None
        return expand_name(text, self.sent.start, self.orgs.found)


def _actors(text: str, ents: _Entities) -> list[tuple[ActorMention, bool]]:
    tokens = _TOKEN.findall(text)
    if len(tokens) == 1:  # (most texts hold one token: nothing to deduplicate)
        kind, idx = tokens[0]
        if kind == "A":
            return [(ents.actors[int(idx)], False)]
        got = ents.pronouns.get(int(idx)) if kind == "R" else None
        return [(got, True)] if got is not None else []
    out: list[tuple[ActorMention, bool]] = []
    for kind, idx in tokens:
        i = int(idx)
        if kind == "A":
            out.append((ents.actors[i], False))
        elif kind == "R" and ents.pronouns.get(i) is not None:
            out.append((ents.pronouns[i], True))  # type: ignore[arg-type]
    seen: set[str] = set()
    unique = []
    for a, via in out:
        if a.actor not in seen:
            seen.add(a.actor)
            unique.append((a, via))
    return unique


def _places(text: str, ents: _Entities) -> list[PlaceMention]:
    # (a possessor needs an apostrophe or " s": most texts have neither)
    possessors = (
        {m.group(0).split("⟩")[0] + "⟩" for m in _POSSESSOR.finditer(text + " ")}
        if "'" in text or " s" in text
        else ()
    )
    # "⟨P1⟩ in ⟨P2⟩ province and ⟨P3⟩": a place after "in" only says where the one before it is
    containers = {m.group(1) for m in _CONTAINED.finditer(text)} if "⟩ in " in text else set()
    # "⟨P1⟩ on the main highway linking ⟨P2⟩ with the north, as well as ⟨P3⟩": a place after a preposition
    # inside a list only says where an item is
    if " " in text:  # (every match holds a space: most texts are a bare token)
        containers.update(m.group(1) for m in _LOCATES_ITEM.finditer(text))
    out: list[PlaceMention] = []
    for kind, idx in _TOKEN.findall(text):
        tok = f"⟨{kind}{idx}⟩"
        if kind == "P" and tok not in possessors and tok not in containers and int(idx) not in ents.partial:
            out.extend(ents.places.get(int(idx), []))
    return out


_CONTAINED = re.compile(r"⟩ in (?:neighbouring |neighboring |nearby )?(⟨P\d+⟩)")
_LOCATES_ITEM = re.compile(r"\b(?:linking|towards?|near|between|from|with) (?:the )?(⟨P\d+⟩)")


@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)
