# ruff: noqa: E501  (regular expressions and their examples read better unbroken)
"""Who a pronoun stands for in a sentence skeleton: "they", "it", "its forces", "our", "his troops".

A small discourse model over the actors already found (:mod:`mapgen.actorfind`): a sentence-opening
"They" continues the last sentence's subject; "said it had" is the one who said it ("An armed group
fighting the junta said it had seized ..." is the group, not the junta); "our"/"we" inside a quotation is
the speaker's side; "his forces" the speaker's or the commander last named; a pronoun in a fronted clause
points forward to the main subject; otherwise the nearest earlier actor within a few sentences. Pure.
"""

from __future__ import annotations

import re

from .model import ActorMention
from .regexfirst import guarded
from .text import Sentence

# Who "our"/"we" is inside a quotation: the actor named with the speaker ("a KNU spokesman said").
_SPEAKER_HEAD = guarded(
    r"(?: [\w-]+)?,? (?:spokesman|spokeswoman|spokesperson|commander|official|officer|leader|statement|"
    r"chief|general|colonel|major|captain|source|sources|officials|commanders)\b"
)
# A quotation's speaker described without an actor ("one of the officials said", "a resident told AFP")
# (never one whose side the description gives: "a senior security official said" is the government's)
_PLAIN_WORD = r"(?:(?!(?:security|government|army|military|police|defence|defense|rebel|opposition|militia)\b)[\w-]+ )"
_WHO = r"(?:one of (?:the |them)|an? |the |two |three )"
_ROLE = (rf"{_PLAIN_WORD}{{0,3}}?(?:officials?|commanders?|officers?|residents?|sources?|witnesses|witness|analysts?|"
         # civilians ("we fled to the paddy fields," said a 38-year-old mother): never a side's "we"
         rf"villagers?|mother|father|woman|man|farmer|trader|shopkeeper|teacher|student|civilians?|refugees?|"
         rf"workers?|doctor|nurse|survivors?)")
_UNNAMED_SPEAKER = re.compile(rf"(?:\b(?:said|told|added)\b,? {_WHO}?{_ROLE}\b|\b{_WHO}{_ROLE} (?:said|told|added)\b)")
_NEW_CLAUSE = re.compile(r"(?:, and|, but|;) $")
_SAID_BEFORE = re.compile(r"\b(?:said|says|announced|claimed|added|stated|insisted|confirmed)(?: (?:late )?(?:on )?\w+day"
                          r"| on \w+ \d+| last week| in a statement)?(?: that)? $")
_NP_LINK = re.compile(r" (?:fighting|battling|against|opposed to|allied with|allied to|backed by|loyal to|linked to|"
                      r"aligned with|close to) (?:the )?")
_AND_ALLIED = re.compile(r" and (?:allied|their allies,?|its allies,?|pro-government|local) ")
_SAYER_GAP = re.compile(r" (?:[\w-]+ ){0,2}|, [^,]{1,120}, ")


def _said_by(text: str, base: int, s: int, actors: list[ActorMention]) -> ActorMention | None:
    """Who said what a pronoun at ``s`` begins: the subject of a "said" just before it, if an actor."""
    said = _SAID_BEFORE.search(text, max(0, s - base - 40), s - base)
    return _sayer(text, base, said.start(), actors) if said else None


def _sayer(text: str, base: int, said_at: int, actors: list[ActorMention]) -> ActorMention | None:
    """The subject of "said": the last actor before it with nothing between but a word or two or an
    appositive between commas."""
    before: ActorMention | None = None
    for i in range(len(actors) - 1, -1, -1):
        a = actors[i]
        end = a.end - base
        if end > said_at:
            continue
        if not _SAYER_GAP.fullmatch(text, end, said_at):
            return None
        before = actors[i - 1] if i else None
        # "An ethnic armed group fighting Myanmar's junta said": the group the phrase hangs on said it
        if before is not None and before.start >= base and _NP_LINK.fullmatch(text, before.end - base, a.start - base):
            return before
        # "Ethiopian government forces and allied Amhara militias said they had regained": the head of a
        # coordinated subject
        while i and actors[i - 1].start >= base and _AND_ALLIED.fullmatch(text, actors[i - 1].end - base, a.start - base):
            i -= 1
            a = actors[i]
        return a
    return None


_FRONTED_SHORT = re.compile(r"(?:[A-Z][\w'-]*(?: [\w'-]+){0,5},? )?$")


def _opens_sentence(text: str, rel: int, rel_end: int, spans: list[tuple[int, int, str, object]], at: int) -> bool:
    """A subject pronoun ("they", "it") with nothing but a short fronted phrase before it in its sentence."""
    if text[rel:rel_end].lower() not in ("it", "they"):
        return False
    if rel == 0:
        return True
    if any(sp[0] < at and sp[2] in ("A", "P") for sp in spans):
        return False
    return _FRONTED_SHORT.fullmatch(text, 0, rel) is not None


_ORG_WORD = re.compile(
    r"\b(?:[Ff]orces?|[Aa]rmy|[Ff]ront|[Cc]ouncil|[Bb]rigades?|[Gg]roup|[Mm]ovement|[Pp]arty|[Ss]tate|[Mm]ilitias?|"
    r"[Uu]nion|[Aa]lliance|[Cc]oalition|[Pp]rotection|[Dd]efen[cs]e|[Ll]iberation|[Nn]ational|[Tt]roops|[Rr]ebels|"
    r"[Ff]ighters|[Mm]ilitants|[Gg]overnment|[Mm]ilitary|[Jj]unta|[Rr]egime)\b|^[A-Z]{2,}$"
)


def _leader(pos: int, actors: list[ActorMention]) -> ActorMention | None:
    """The last actor named by a person's name ("Khalifa Haftar", "Dagalo") within a few sentences."""
    for a in reversed(actors):
        if a.end > pos:
            continue
        if pos - a.end > 600:
            return None
        if a.text[:1].isupper() and not _ORG_WORD.search(a.text):
            return a
    return None


def _speaker_actor(sent: Sentence, actors: list[ActorMention]) -> ActorMention | None:
    """The actor named with the speaker of a quotation in the sentence ("a KNU spokesman told")."""
    for a in actors:
        if _SPEAKER_HEAD.match(sent.text, a.end - sent.start):
            return a
        # '"Our fighters withdrew," said a spokesman for the rebel Farouq brigade'
        if _SPEAKER_FOR.search(sent.text, max(0, a.start - sent.start - 40), a.start - sent.start) and not (
            sent.text.startswith(("'s ", "\u2019s "), a.end - sent.start)  # "the head of Russia's Wagner group"
        ):
            return a
    return None


_IRREGULAR = re.compile(r"\b(?:its|their|Its|Their) (?:[\w-]+ )?(?:fighters|militants|guerrillas|insurgents|militiamen|gunmen)$")
_SPEAKER_FOR = re.compile(
    r"\b(?:spokesman|spokeswoman|spokesperson|commander|official|officer|leader|head|chief) (?:for|of) (?:the )?"
    r"(?:[\w-]+ ){0,2}$"
)


def _cataphor(text: str, base: int, at: int, actors: list[ActorMention]) -> ActorMention | None:
    """In a fronted clause ("With X under their control, the RSF ..."), a pronoun with no actor before it
    points forward to the first actor after the clause's comma."""
    ahead = next((a for a in actors if a.start >= at), None)
    if ahead is None or any(a.start < at for a in actors) or ahead.start - at > 200:
        return None
    return ahead if "," in text[at - base : ahead.start - base] else None


def _antecedent(
    pos: int, actors: list[ActorMention], text: str = "", base: int = 0
) -> ActorMention | None:
    """What "they"/"it"/"their" refers to: the nearest earlier actor within a few sentences, passing over
    a possessor inside a noun phrase of a sentence that named another actor before it ("The STC has held
    Aden, the government's temporary seat, since its forces ..."); "the capture is Russia's biggest gain
    since it seized ..." keeps the possessor."""
    best = None
    for a in actors:
        if a.end > pos:
            break
        if (
            best is not None
            and best.start >= base  # only when the sentence named someone before ("The STC ... the government's")
            and a.start - base > 4  # the sentence's own subject ("Russia's defence ministry said its ...") counts
            and text[a.end - base : a.end - base + 3] in ("'s ", "\u2019s ")
        ):
            continue
        best = a
    return best if best is not None and pos - best.end < 600 else None


def referent(
    word: str,
    sent: Sentence,
    s: int,
    e: int,
    actors: list[ActorMention],
    all_actors: list[ActorMention],
    spans: list[tuple[int, int, str, object]],
    subject: ActorMention | None,
    fronted: bool,
    states: frozenset[str] = frozenset(),
) -> ActorMention | None:
    """The actor a pronoun at ``s:e`` of ``sent`` stands for ("they", "its forces", "our", "his troops").

    ``word`` is the pronoun, lower-cased; ``actors`` the sentence's actors, ``all_actors`` the report's;
    ``spans`` the sentence's entity spans so far (kind "A", "P", "R"); ``subject`` the last sentence's
    subject; ``fronted`` whether the sentence opens with a fronted clause ("With ...", "After ...").
    """
    body_text, base = sent.text, sent.start
    if word in ("our", "we"):
        speaker = _speaker_actor(sent, actors)
        if speaker is None and _UNNAMED_SPEAKER.search(body_text):
            return None  # '"Our forces withdrew," one of the officials said': whose side is not said here
        return speaker or subject
    if word in ("his", "her"):
        # "an LNA spokesman said his forces had withdrawn": the speaker's side; else the commander
        # last named ("Haftar ... his forces"), else the nearest actor
        return _speaker_actor(sent, actors) or _leader(s, all_actors) or _antecedent(s, all_actors, body_text, base)
    if (
        states
        and _IRREGULAR.search(body_text, 0, e - base)
        and _said_by(body_text, base, s, actors) is None
    ):
        # "its fighters", "their militants": an armed group's men, never a state's army, when a group was
        # named lately ("... the KIA said. The army shelled the town. Since December its fighters ...");
        # the one who says so keeps them ("The GNA said its fighters had liberated ...")
        group = _antecedent(s, [a for a in all_actors if a.actor not in states], body_text, base)
        if group is not None:
            return group
    if fronted and (ahead := _cataphor(body_text, base, s, actors)):
        return ahead  # "With X under their control, the RSF ...": the main subject
    if subject is not None and _opens_sentence(body_text, s - base, e - base, spans, s):
        # a sentence opening with "It"/"They" (perhaps after a short fronted phrase: "By mid-June
        # they had encircled the city") continues the last sentence's subject
        return subject if s - subject.end < 600 else None
    if word in ("they", "it") and actors and actors[0].start < s and _NEW_CLAUSE.search(
        body_text, max(0, s - base - 8), s - base
    ):
        # "X seized A, where Y melted away, and they have since overrun B": a coordinated clause's
        # subject pronoun continues the sentence's subject
        return actors[0]
    said = _SAID_BEFORE.search(body_text, max(0, s - base - 40), s - base)
    if said is not None:
        if speaker := _sayer(body_text, base, said.start(), actors):
            # "The OLA, an armed group allied with the TPLF, said it had seized ...": the one who said it
            return speaker
        if _unknown_sayer(body_text, base, said, actors):
            return None
    return _antecedent(s, all_actors, body_text, base)


# The subject of a "said" that opens its sentence: "The Congolese Rally for Democracy (RCD), which ..., said"
_SAYER_PHRASE = re.compile(r"^(?:[A-Z][\w'-]*|the|of|for|and|in|\([A-Z-]{2,8}\)|[a-z-]+)(?: (?:[A-Z][\w'-]*|the|of|for|"
                           r"and|in|\([A-Z-]{2,8}\)))*(?:, (?:which|who) [^,]{1,120},)?(?= said)")


def _unknown_sayer(text: str, base: int, said: re.Match[str], actors: list[ActorMention]) -> bool:
    """Whether the pronoun after ``said`` follows "X said" where X, the sentence's subject, is an armed group
    the registry does not know ("The Congolese Rally for Democracy (RCD) said its fighters ...", "Rebels in
    the Central African Republic said they ..."): the pronoun is theirs, and no earlier actor's."""
    if any(a.start < said.start() + base for a in actors):
        return False
    m = _SAYER_PHRASE.match(text, 0, said.end())
    # (an organisation: a word like "rebels" or "Front", an acronym in brackets, or a name of three words)
    return m is not None and (
        _ORG_WORD.search(m.group(0)) is not None or _NAMED_ORG.search(m.group(0)) is not None
    )


_NAMED_ORG = re.compile(r"\([A-Z-]{2,8}\)|(?:[A-Z][\w'-]* (?:(?:for|of|the|and) )*){2}[A-Z]")


