# ruff: noqa: E501  (key tables read better unbroken)
"""Which control rules a sentence can need, from its words: one Aho-Corasick pass instead of every rule.

Each rule of :mod:`mapgen.patterns` lists the stems its trigger words contain (``KEYS``); a sentence
without any of a rule's stems never runs that rule. Rules with no entry run on every sentence. A second,
exact filter (:mod:`mapgen.rulefilter`) then keeps only the rules whose required words the skeleton holds.
"""

from __future__ import annotations

import re
from typing import Any

from .patterns import RULES, Rule

_CAP_KEYS = ("seiz", "captur", "took", "take", "retak", "liberat", "enter", "overr", "conquer", "occup", "wrest",
             "won back", "regain", "control", "into", "secured", "reclaim", "freed", "cleared", "complet",
             "back", "over", "credit", "through")
_LOST_KEYS = ("withdr", "pull", "retreat", "redeployment", "repositioning", "pushed back", "beaten back", "driven back",
              "forced back", "fell back", "falling back", "flush", "crush", "defeat", "complet", "fle", "abandon", "evacuat", "lost", "lose", "ceded", "surrender", "left",
              "leav", "ordered", "moved out",
              "gave up", "given up", "relinquish", "driven", "pushed out", "expelled", "ousted", "forced",
              "routed", "chased")
_ATT_KEYS = ("launch", "fir", "reach", "approach", "neared", "nearing", "attack", "shell", "bomb", "pound", "struck", "strik", "storm", "assault", "raid", "advanc", "push",
             "press", "clos", "converg", "march", "fought", "fight", "battl", "broke", "breach", "target", "fire",
             "mount", "infiltrat", "gain", "edg", "inch", "mov", "clash", "clear", "mop", "wag", "rocket", "missile",
             "mortar", "drone", "rounds", "drov", "driving", "within", "back from")
_BES_KEYS = ("besieg", "surround", "encircl", "isolat", "blockad", "cut off", "cutting off", "cuts off", "siege", "noose",
             "tighten")
_HOLD_KEYS = ("grip", "rule", "govern", "clung", "cling", "ran", "consolidat", "extend", "tighten", "cement", "administ", "control", "hold", "held", "occup", "run", "ran ", "retain", "kept", "keep", "defend", "maintain",
              "domina")
# Trigger stems, not function words: a sentence without any of a rule's stems never runs that rule.
_HELDBY_KEYS = ("held", "controlled", "occupied", " run ", "administered", "retained", "kept", "defended", "ruled")
_PASSIVE_CAP_KEYS = ("captured", "seized", "taken", "retaken", "recaptured", "liberated", "overrun", "occupied",
                     "freed", "cleared", "conquered", "stormed")
_ATTN_KEYS = ("assault", "offensive", "attack", "push", "operation", "onslaught", "counter", "drive", "bombard",
              "shelling", "strike", "raid", "incursion", "advance", "battle", "fight", "campaign", "siege",
              "blockade", "encirclement")
_STRONG_KEYS = ("stronghold", "bastion", "capital", "heartland", "enclave", "redoubt", "fiefdom", "base",
                "headquarters", "territory", "foothold", "pocket")
_UNDER_KEYS = ("faces", "facing", "faced", "under")
KEYS: dict[str, tuple[str, ...]] = {
    "x-held": ("-held", "-controlled", "-occupied", "-run", "-administered", "-dominated", "-ruled"),
    "x-besieged": ("-besieged",),
    "p-poss-x-held": ("-held", "-controlled", "-occupied", "-run"),
    "leaves-as-last": ("leav", "left"),
    "p-x-has-held": ("held", "controlled", "seized", "captured", "taken", "overrun", "occupied", "run"),
    "held-by": (*_HELDBY_KEYS, "run by"),
    "p-which-x-held": ("held", "controll", "occup", "run", "seiz", "captur", "overr", "took", "taken", "control",
                       "hold", "annex", "retook", "retaken", "conquer", "wrest", "won back", "regain", "liberat", "freed"),
    "p-which-x-besieged": ("besieg", "encircl", "surround", "blockad", "cut off"),
    "p-which-x-attacks": ("attack", "shell", "bombard", "storm", "assault"),
    "p-is-stronghold-of": ("stronghold of", "bastion of", "fiefdom of", "heartland of", "redoubt of", "capital of",
                           "seat of"),
    "x-remain-in": ("remain", "stay", "present in", "deployed in", "stationed in", " are in", " is in",
                    " were in", " was in", " are inside", " were inside"),
    "appos-bastion-of": ("stronghold of", "bastion of", "fiefdom of", "heartland of", "redoubt of", "base of",
                         "enclave of"),
    "appos-x-held": ("-held", "-controlled", "-occupied", "-run", "-administered", "-ruled"),
    "having-captured": ("having",),
    "after-capturing": ("capturing", "seizing", "taking", "overrunning", "retaking", "recapturing", "entering",
                        "after capturing", "after seizing", "after taking", "after overrunning", "after retaking",
                        "after recapturing", "after entering", "before capturing", "before seizing", "before taking",
                        "before overrunning", "before entering"),
    "followed-by": ("followed by",),
    "withdrew-outside": ("outside", "beyond", "outskirts", "withdr", "retreated", "pulled", "fell back"),
    "admits-loss": ("loss of", "fall of"),
    "victory-over-in": ("victory over", "triumph over"),
    "garrison-surrendered": ("surrender", "capitulat", "laid down"),
    "x-in-p-surrendered": ("surrender", "capitulat", "laid down"),
    "handed-over-to": ("hand", "turned", "ceded"),
    "was-handed-to": ("handed", "turned", "ceded"),
    "fighting-in-between": ("between", "battles", "combat", "fighting", "clashes"),
    "x-battling-y-in": ("battl", "fight", "fought", "clash", "engag"),
    "x-which-held": _HOLD_KEYS, "x-which-seized": _CAP_KEYS,
    "territory-held-by-in": _HELDBY_KEYS,
    "last-enclave-held-by": (*_HELDBY_KEYS, "run by", "captured", "seized", "taken", "overrun"),
    "appos-still-under": ("control", "hands"), "appos-held-by": ("held", "controlled", "occupied", " run ", "run by"),
    "in-hands": ("hands of", "control of", "grip of", "rule of"),
    "under-x-control": ("control", "hands", "rule", "occupation"),
    "x-controls": _HOLD_KEYS,
    "stronghold-of": _STRONG_KEYS,
    "holed-up": ("holed", "entrenched", "dug in", "barricaded", "hiding", "hunkered", "trapped", "held out", "hold out",
                 "clinging on", "clung on", "holding on", "held on",
                 "holds out", "holding out"),
    "under-siege-where": ("under siege", "besieged", "encircled", "surrounded", "holed up", "trapped"),
    "divided": ("divided", "split", "partitioned"),
    "faces-assaults": _UNDER_KEYS,
    "x-divided": ("divid", "split", "partition"), "p-faces-advance": _UNDER_KEYS,
    "appos-stronghold": (*_STRONG_KEYS, "town", "cit", "port", "hub"), "xs-last-town-is": (*_STRONG_KEYS, "town", "cit"),
    "in-control-of": ("control of",),
    "defeat-for": ("defeat", "setback", "blow", "loss", "reverse"),
    "declared-liberated": ("declare", "announced", "proclaimed"),
    "congratulated-on": ("congratulat", "praised", "hailed"),
    "x-seized": _CAP_KEYS, "elided-seized": _CAP_KEYS,
    "seized-by": (*_PASSIVE_CAP_KEYS, "entered", "reclaimed", "secured", "won back", "wrested"),
    "fell-to": ("fell", "falls", "fallen", " lost"),
    "x-fled": ("fled", "withdr", "retreat", "pulled", "pulling", "surrender", "melted", "slipped", "left", "reposition",
               "redeployed"),
    "x-drove-them-out": ("drove", "driven", "drive", "pushed", "forced", "chased", "kicked", "flushed"),
    "p-was-taken": (*_PASSIVE_CAP_KEYS, "wrested", "won back", "regained", "reclaimed"), "p-fell": ("fell", "fallen"),
    "x-verb-capturing": ("capturing", "seizing", "retaking", "recapturing", "taking", "overrunning", "entering",
                         "liberating", "conquering"),
    "x-raised-flag": ("flag",),
    "in-p-x-besieges": _BES_KEYS, "in-p-x-attacks": _ATT_KEYS + ("shell", "bomb"), "in-p-x-holds": ("control", "hold", "held"),
    "p-was-occupied": ("occupied", "controlled"), "p-was-lost": ("lost",),
    "p-was-surrounded": ("surrounded", "encircled", "besieged", "cut off", "under siege"),
    "x-announced-capture": ("capture", "liberation", "seizure", "takeover", "conquest", "fall"),
    "p-remains-xs-stronghold": _STRONG_KEYS,
    "p-where-x-besieges": ("where",), "p-where-x-attacks": ("where",), "p-where-x-holds": ("where",),
    "p-which-x-handed": ("handed", "ceded", "surrendered", "gave up", "abandoned", "lost"),
    "x-positions-in": ("positions", "strongholds", "bases", "outpost", "garrison", "trenches", "checkpoints", "defen"),
    "x-broke-siege": ("siege", "blockade", "encirclement"),
    "x-deployed-in": ("deployed",),
    "p-declared-liberated": ("declared", "declares", "proclaimed"),
    "first-to-fall-to": ("to fall", "to be captured", "to be taken", "to be seized"),
    "capture-of-by": ("capture", "seizure", "takeover", "fall", "liberation", "conquest", "occupation"),
    "xs-capture-of": ("capture", "seizure", "takeover", "liberation", "conquest"),
    "x-drove-out": ("drov", "driv", "push", "forc", "chas", "expel", "oust", "kick", "flush", "evict", "dislodg",
                    "rout", "clear", "purg"),
    "x-pushed-into": ("push", "forc", "drov", "driv", "squeez", "confin", "penned", "hemmed"),
    "x-withdrew": _LOST_KEYS, "elided-withdrew": _LOST_KEYS,
    "defeat-of-in": ("defeat", "ouster", "expulsion", "rout", "eviction", "withdrawal", "retreat", "ejection", "pullout",
                     "pull-out"),
    "xs-defeat-in": ("defeat", "ouster", "expulsion", "rout", "eviction", "withdrawal", "retreat", "loss",
                     "ejection", "pullout", "pull-out"),
    "no-longer-holds": ("no longer",),
    "x-besieges": _BES_KEYS, "elided-besieges": _BES_KEYS,
    "elided-controls": ("control",), "forcing-to-leave": ("forcing", "driving", "prompting", "compelling"),
    "elided-announced": ("announced", "declared", "claimed", "proclaimed", "confirmed"),
    "elided-fled": ("withdrew", "fled", "retreated", "pulled"),
    "forcing-to-flee": ("forcing", "driving", "prompting"),
    "elided-drove-out": ("drove", "driven", "pushed", "forced", "chased", "expelled", "ousted", "kicked", "flushed",
                         "evicted", "dislodged", "routed", "cleared", "purged"),
    "besieged-by": ("besieged", "encircled", "surrounded", "blockaded", "under siege", "cut off"),
    "siege-of-by": ("siege", "encirclement", "blockade"),
    "besieged-by-in": ("encircled", "besieged", "surrounded", "trapped", "cut off", "pinned down"),
    "xs-siege-of": ("siege", "encirclement", "blockade"),
    "fight-to-clear": ("battl", "fought", "fight", "push", "press", "struggl", "continu"),
    "x-attacks": _ATT_KEYS, "elided-attacks": _ATT_KEYS,
    "x-launched-assault-on": ("launch", "began", "begun", "start", "mount", "open", "press", "step", "continu", "claimed",
                              "intensif", "carried", "unleash", "resum", "wag", "led", "kicked", "announc",
                              "impos", "enforc", "maintain"),
    "assault-on-by": _ATTN_KEYS, "xs-assault-on": _ATTN_KEYS,
    "came-under-attack-by": ("under",), "attacked-by": ("attacked", "shelled", "bombarded", "pounded", "stormed",
                                                        "assaulted", "raided", "targeted", "hit "),
    "x-under-attack-by-there": ("under",),
    "under-siege-by": ("under",),
    "came-under-x-fire": ("under",),
    "x-strike-hit": ("hit", "struck", "pounded", "targeted", "rocked", "slammed", "battered"),
    "final-stages-of": ("stage", "process", "verge", "brink", "midst"),
    "repelled": ("repel", "repuls", "fought off", "beat back", "thwart", "foil", "pushed back", "held off",
                 "fended off"),
    "repelled-towards": ("toward",),
    "fighting-between-in": ("between",),
    "since-losing": ("losing", "abandoning", "ceding", "giving up"),
    "since-the-capture-of": ("capture", "seizure", "takeover"),
    "p-returned-to-x": ("returned", "reverted", "came back", "passed back"),
    "x-encircled-in": ("encircled", "besieged", "surrounded", "trapped", "cut off"),
    "x-fled-towards": ("fled", "withdr", "retreat", "pulled", "pulling", "fell back"),
    "x-holds-part-of": ("hold", "held", "control", "clung", "cling", "holed", "entrench", "dug in"),
    "x-holds-part": ("hold", "held", "control", "clung", "cling", "holed", "entrench", "dug in"),
    "x-took-back": (" back",),
    "drove-b-out": ("drov", "driv", "push", "forc", "chas", "expel", "oust", "kick", "flush", "evict", "dislodg"),
    "with-x-capturing": ("with ",),
    "x-inside": ("inside", "holed up", "entrenched", "dug in", "in control"),
}

KEY_RES: dict[str, re.Pattern[str]] = {name: re.compile("|".join(re.escape(k) for k in keys))
                                       for name, keys in KEYS.items()}


def _key_automaton() -> Any:
    """One Aho-Corasick automaton over every rule's keys: a single pass says which rules may match."""
    import ahocorasick

    by_key: dict[str, set[int]] = {}
    for i, rule in enumerate(RULES):
        for k in KEYS.get(rule.name, ()):
            by_key.setdefault(k, set()).add(i)
    auto = ahocorasick.Automaton()
    for k, idx in by_key.items():
        auto.add_word(k, frozenset(idx))
    auto.make_automaton()
    return auto


KEY_AUTOMATON = _key_automaton()
ALWAYS: frozenset[int] = frozenset(i for i, r in enumerate(RULES) if r.name not in KEYS)


_BY_INDEXES: dict[frozenset[int], tuple[Rule, ...]] = {}


def rules_for(lowered: str) -> tuple[Rule, ...]:
    """The rules whose keys occur in a lower-cased skeleton, in table order."""
    found = {idx for _, idx in KEY_AUTOMATON.iter(lowered)}
    key = ALWAYS.union(*found)
    rules = _BY_INDEXES.get(key)
    if rules is None:  # few distinct combinations occur: each is sorted once
        if len(_BY_INDEXES) > 10_000:
            _BY_INDEXES.clear()
        rules = _BY_INDEXES[key] = tuple(RULES[i] for i in sorted(key))
    return rules
