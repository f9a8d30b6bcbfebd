"""Forces named for the person they follow: "forces loyal to Alassane Ouattara", "Dudayev's men".

The press often names a side by its leader. When the registry knows the leader's forces (an alias such as
"forces loyal to Hadi" or "Gaddafi's forces"), the mention is that actor; otherwise it is an unregistered
actor named for the person, one per person in a report whatever the head noun ("soldiers loyal to Laurent
Gbagbo", "Gbagbo's troops"), so its claims are kept and the build lists it for the user's ``[actors]``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from .model import ActorMention

_HEADS = (
    r"(?:army units|forces|troops|fighters|soldiers|men|militiamen|militias|militia|gunmen|units|rebels|"
    r"loyalists|supporters|tribesmen|guerrillas|partisans|commanders)"
)
_NAME = r"[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019-]*|al-[\w-]+|bin|ibn|de|del|el|van|von))*"
# "Forces loyal to Alassane Ouattara", "army units loyal to former President Ali Abdullah Saleh",
# "fighters loyal to the renegade Muslim leader Fikret Abdic": the name is the last capitalised run, not one a
# title follows ("Muslim leader"), nor one an organisation's word follows ("the Islah party")
_LOYAL = re.compile(
    rf"(?P<head>(?i:\b{_HEADS})),? (?:who (?:are|were|remain|remained) )?loyal to (?:the )?"
    rf"(?:(?:[a-z][\w-]*|[A-Z][\w'\u2019-]*) ){{0,5}}?(?P<name>{_NAME})"
    r"(?![\w'\u2019-]| (?:leader|commander|chief|president|general|strongman|warlord|cleric|governor|colonel|"
    r"officer|ruler|premier|minister|head|founder|politician) | (?:party|family|clan|tribe|movement|council|"
    r"government|faction|militia|regime|army|forces)\b)"
)
# "Dudayev's men", "President Pascal Lissouba's forces", "Former governor Ismail Khan's fighters": found from
# the possessive and the head noun, then the name just before (a search led by a capital letter would be
# tried at every word of the report)
_POSSESSIVE = re.compile(rf"['\u2019]s (?:(?:own|remaining|loyalist) )?(?P<head>{_HEADS})\b")
_NAME_BEFORE = re.compile(r"(?<!\w)(?:[A-Z][\w-]+ ){0,2}[A-Z][\w-]+$")
# "Libya's UN-backed unity government": a possessive is no person's name
_POSSESSED = re.compile(r"['\u2019]s\b")
# A sitting head of state (not "former President"): those loyal to him are the state's forces
_HEAD_OF_STATE = re.compile(
    r"(?<!former )(?<!ousted )(?<!deposed )(?<!exiled )\b(?:[Pp]resident|King|Emir|[Pp]rime [Mm]inister)\b"
)
# A state's own forces, whoever they follow ("government forces loyal to Islah")
_STATE_WORDS = re.compile(r"\b(?:government|army|military|national|federal|state|regular)\b", re.I)
# Words of a name that are a title or describe its bearer ("Palestinian President Mahmoud Abbas"): the name
# starts after the last of them
_TITLES = frozenset(
    {
        "President", "General", "Gen.", "Colonel", "Col.", "Marshal", "Field", "Prime", "Minister", "Vice",
        "Sheikh", "Sheik", "Imam", "Ayatollah", "King", "Emir", "Commander", "Major", "Lt.", "Lieutenant",
        "Brigadier", "Warlord", "Leader", "Mullah", "Dr.", "Former", "Ousted", "Deposed", "Renegade", "Rebel",
        "Strongman", "Interim", "Acting", "Premier", "Chief", "Governor", "Senator", "Captain", "Capt.",
        "Sergeant", "Admiral", "Mr.", "Mr", "Ex-President", "Self-proclaimed", "Incumbent", "Military",
    }
)
# Possessors that are no person: a state, a capital for its government, the army itself
_NOT_PERSONS = frozenset(
    {
        "The", "Its", "Their", "His", "Her", "Army", "Government", "Kremlin", "Pentagon", "Regime", "Junta",
        "Coalition", "Alliance", "Front", "Movement", "Party", "Council", "Brigade", "Division", "Ministry",
        "Washington", "Moscow", "Kyiv", "Kiev", "Baku", "Yerevan", "Tehran", "Damascus", "Baghdad", "Ankara",
        "Beijing", "Belgrade", "Khartoum", "Sanaa", "Tripoli", "Kabul", "Nato", "NATO", "UN", "AU",
        "Region", "Command", "Corps", "Zone", "Sector", "District", "Province", "State", "Republic", "Forces",
        "Guard", "Guards", "Group", "Company", "Regiment", "Battalion", "Fleet",
    }
)


def _person(name: str) -> str:
    words = name.split()
    last_title = max((i for i, w in enumerate(words) if w in _TITLES), default=-1)
    return " ".join(words[last_title + 1 :])


def _surname(person: str) -> str:
    last = person.split()[-1]
    return last[3:] if last[:3].lower() in ("al-", "el-") and len(last) > 3 else last


def followers(
    body: str,
    actors: Sequence[ActorMention],
    is_place: Callable[[int, int], bool],
    registered: Callable[[str], str | None],
    states: frozenset[str],
) -> tuple[list[ActorMention], list[ActorMention]]:
    """Mentions of forces named for a person, and the mentions in ``actors`` they replace.

    Parameters
    ----------
    body
        The report body.
    actors
        The actor mentions found so far. A registered one that names anyone in the phrase stands ("UNITA
        rebels loyal to Jonas Savimbi", "Gaddafi's forces", "Moscow's troops"), and so does a state's
        ("government troops loyal to Islah"; "Amin's soldiers" unless the report named them as followers
        too); one inside the phrase that names nobody ("Kurdish fighters" of "Kurdish fighters loyal to
        Massoud Barzani") is replaced.
    is_place
        Whether the span ``(start, end)`` overlaps a place mention ("Kharkiv's defenders").
    registered
        The registry's actor for a phrase it knows as a whole ("forces loyal to Hadi"), else ``None``.
    states
        The names of states' forces (``ActorRegistry.states``).
    """
    if "loyal to" not in body and "'s " not in body and "\u2019s " not in body:
        return [], []
    found: list[tuple[int, int, str, str, bool]] = []  # (start, end, person, form of the name, loyal)
    for m in _LOYAL.finditer(body) if "loyal to" in body else ():
        person = _person(m.group("name"))
        if (
            person
            and person.split()[0] not in _NOT_PERSONS
            and not _POSSESSED.search(person)
            # (never "troops loyal to President Ali Abdullah Saleh": the state's forces, read as such)
            and _HEAD_OF_STATE.search(body, m.end("head"), m.end("name")) is None
        ):
            found.append((m.start(), m.end(), person, f"{m.group('head').lower()} loyal to {person}", True))
    for m in _POSSESSIVE.finditer(body):
        named = _NAME_BEFORE.search(body, max(0, m.start() - 80), m.start())
        if named is None:
            continue
        person = _person(named.group())
        s = named.end() - len(person)
        if (
            not person
            or any(w in _NOT_PERSONS for w in person.split())
            or is_place(s, named.end())
            or any(a < m.end() and named.start() < b for a, b, *_ in found)
        ):
            continue
        found.append((named.start(), m.end(), person, f"{person}'s {m.group('head').lower()}", False))
    if not found:
        return [], []
    found.sort()
    loyal = {_surname(p).lower() for _, _, p, _, is_loyal in found if is_loyal}
    names: dict[str, tuple[str, bool]] = {}  # a surname -> the actor, and whether the registry knows it
    out: list[ActorMention] = []
    replaced: list[ActorMention] = []
    for start, end, person, form, is_loyal in found:
        inside = [a for a in actors if a.start < end and start < a.end]
        key = _surname(person).lower()
        s0 = min([start, *(a.start for a in inside)])  # ("Kurdish fighters loyal to ...": one mention)
        if any(
            _named_as_written(a)  # ("dissident troops loyal to ...": a mutiny's, read as such)
            or a.registered and a.actor not in states and a.text[:1].isupper()
            or _states(a, states) and (_STATE_WORDS.search(body, s0, end) or not (is_loyal or key in loyal))
            for a in inside
        ):
            continue  # the reading found before stands
        if key not in names:
            surname = _surname(person)
            known = registered(f"forces loyal to {surname}") or registered(f"{surname}'s forces")
            names[key] = (known, True) if known else (form, False)
        actor, is_registered = names[key]
        out.append(ActorMention(body[s0:end], s0, end, actor, is_registered))
        replaced += inside
    return out, replaced


def _named_as_written(mention: ActorMention) -> bool:
    """An unregistered actor named by its own words ("dissident troops", "Simba rebels")."""
    return not mention.registered and mention.actor.lower() == " ".join(mention.text.split()).lower()


def _states(mention: ActorMention, states: frozenset[str]) -> bool:
    """A state's forces: registered as such, or a state the registry lacks ("soldiers" in Ivory Coast)."""
    return mention.actor in states or not mention.registered and not _named_as_written(mention)
