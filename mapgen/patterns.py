# ruff: noqa: E501  (regular-expression tables read better unbroken)
"""Control patterns over a sentence skeleton.

A sentence becomes a *skeleton* in which every actor mention is ``⟨A3⟩``, every pronoun that may
refer to an actor ``⟨R4⟩`` and every place mention ``⟨P2⟩`` ("the IS-held town of Sharqat" ->
"the ⟨A0⟩-held town of ⟨P1⟩"). The rules below are regular expressions over skeletons, written once
for the active voice, the passive voice and noun phrases with the blocks of :mod:`mapgen.grammar`; each
names the groups that hold the actor and the places and the status the match asserts. Which rules a
sentence needs to run is :mod:`mapgen.rulekeys`' business.

Group names: ``a`` the actor(s), ``b`` a second actor set (the other side), ``p`` the places,
``share`` a share expression, ``rest`` what follows (for "twin assaults -- one by A and the other by B").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .grammar import (
    ADV,
    ALIST,
    ALIST_S,
    APPOS_REST,
    ATTACK_N,
    ATTACK_V,
    AUX,
    BESIEGE_V,
    CAPTURE_V,
    CITIES,
    COORD,
    DIR,
    DISTANCE,
    DISTANCE_AWAY,
    FACILITY,
    HOLD_V,
    IN_HANDS,
    LEFT_WHEN,
    LOCATOR,
    LOST_V,
    NAMED_PARTS,
    NOT_CONTAINER,
    NTIME,
    OBJ_IN,
    PLIST,
    PLIST_N,
    POSS,
    REL_S,
    SHARE,
    SHARE_BODY,
    SIDE_INCL,
    SITE,
    SOME_IN,
    SOME_INCL,
    STRONG_N,
    SUBJ,
    WHOSE,
    XHELD,
    A,
    P,
)
from .model import Status
from .regexfirst import guarded


@dataclass(frozen=True)
class Emit:
    """What a match asserts: the actor group, the place group and the status (and extras)."""

    actor: str
    places: str
    status: Status
    qualifier: str | None = None
    share: str | None = None  # a group holding a share expression, or a fixed "0.5"


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern[str]
    emits: tuple[Emit, ...]
    confidence: float
    trigger: str = "v"  # the group whose start is the trigger (negation and date are judged there)
    country_ok: bool = False  # may a whole country be the place? (only for explicit control verbs)


def _r(pattern: str) -> re.Pattern[str]:
    # A rule opening with words ("assault|offensive|...") or lookbehinds gets a first-character guard
    # (mapgen.regexfirst): the same matches, without trying the whole expression at every position.
    return guarded(pattern, re.I)


IMPLIED = "*"  # an Emit's actor or places left to mapgen.implied

# Between a place and the relative clause about it: an appositive ("⟨P⟩, a coastal city some 250 km to the
# east, which ...") or a distance ("⟨P⟩, some 100 kilometres to the south-west, which ...").
_P_GAP = (r"(?:, (?:(?:a|an|the) (?:[^,⟨.;]|⟨P\d+⟩){1,60}?|(?:about |some |around |nearly |roughly )?\d+ ?(?:km|kilometres|"
          r"kilometers|miles)[^,⟨.;]{1,40}?))?")

# Verbs of driving someone out of a place ("the Kurds drove IS out of ⟨P⟩", "expelled IS from ⟨P⟩")
_EXPEL_V = r"(?:drove|driven|pushed|forced|chased|expelled|ousted|kicked|flushed|evicted|dislodged|routed)"
# Not the subject of an object relative ("IS, which Kurdish fighters expelled from ⟨P⟩": the Kurds expelled, IS
# lost; never the Kurds expelled from it)
_NOT_OBJECT_RELATIVE = rf"(?!(?:(?<=which )|(?<=whom )){A} (?:had |have |has )?{_EXPEL_V}\b)"
# Those driven out of a place, named without their group ("drove the militants out of X")
_UNNAMED_FOES = r"(?:militants|jihadists|jihadis|insurgents|rebels|fighters|extremists|Islamists)"
# "lost Kismayo, its economic hub, to Kenyan forces": who took what was lost
# ("lost ⟨P⟩ to ⟨A⟩"; after a passive, "were driven out of ⟨P⟩ by ⟨A⟩", "in January by ⟨A⟩")
_TO_TAKER = (rf"(?:(?:(?:, (?:its|their|⟨R\d+⟩|the|a|an) [^,⟨.;]{{1,40}},)? to (?:the )?|"
             rf"(?: (?:on \w+day|\w+day|overnight|last \w+|in (?:early |late |mid-)?\w+(?: \d{{4}})?))? by (?:the )?)(?P<b>{ALIST}))?")

H, C, L, AT, B, CO = (Status.HELD, Status.CAPTURED, Status.LOST, Status.ATTACKING, Status.BESIEGING,
                      Status.CONTESTED)

# What a holder or taker holds or took, then the places it includes: an object of up to 100 characters (places
# in it, no actor and no end of clause), then "including" and the places ("the towns of" before them)
_INCLUDED = (r"(?:[^⟨.;:]|⟨P\d+⟩){1,100}?,? (?:including|among them|notably) (?:the (?:[\w-]+ )?(?:towns|cities|"
             r"villages|ports|districts|provincial capitals|town|city|village|port|district) of )?(?:the )?")
# ("including Aleppo residents": people of the place, not the place)
_NOT_PEOPLE = r"(?! (?:residents|civilians|people|inhabitants|natives|officials|fighters)\b)"

# A first predicate of holding coordinated before the one a rule reads ("remain in Ukrainian hands but ...")
# ("Gorazde is held by government forces but has been surrounded by the Serbs", "El-Fasher remains in army hands
# in the region, and it too has been under RSF attack since May")
_HELD_BUT = (rf"(?: (?:remain|remains|remained|is|are|was|were|has been|have been) (?:still |firmly )?(?:{IN_HANDS}|"
             r"(?:held|controlled) by ⟨[AR]\d+⟩)(?: [^,⟨.;]{1,40}?)?,?(?: but| and| though| although| yet)"
             r"(?: it| ⟨R\d+⟩)?(?: too| also)?,?)?")

# Verbs of leaving a place named before (x-who-held-withdrew, elided-fled)
_LEFT_V = r"withdrew|fled|retreated|pulled out|pulled back"
# "⟨P⟩, ⟨P⟩ and ⟨P⟩, all of which fell to": a relative clause about every place of the list
_ALL_OF_WHICH = r", (?:all|both|each|most|many|several|two|three|four) of which"
# "⟨P⟩, a town 60 km south of ⟨P⟩, which ⟨A⟩ and its allies have ...": a clause about a place, up to its verb
_P_WHICH_X = (
    rf"{NOT_CONTAINER}(?<!neighbouring )(?<!neighboring )(?<!nearby )(?P<p>{PLIST_N})(?: (?:in|near|on) (?:{DIR} )?⟨P\d+⟩"
    rf"| (?:on|in|near|across|along|at|to) (?:the )?[^,⟨.;]{{1,40}}?|"
    # "⟨P⟩ about 50 km to the east that rebels have controlled since February"
    rf" {DISTANCE_AWAY})?"
    # ("⟨P⟩ and ⟨P⟩, two districts that the group has held since August")
    rf"(?:, (?:(?:a|an|the|two|three|four|five|six|several|both|all) (?:[^,⟨.;]|⟨P\d+⟩){{1,60}}?|(?-i:[A-Z])[^,⟨.;]{{1,60}}?|(?:to the|further|farther|just) [\w-]+"
    # ("⟨P⟩, 60 kilometres south of ⟨P⟩, which Malian soldiers now hold")
    rf"|{DISTANCE}(?: [\w-]+){{0,3}}?(?: of ⟨P\d+⟩)?))?(?:,? (?P<share>{SHARE_BODY}) of)?,? (?:which|that) (?:the )?"
    rf"(?P<a>{ALIST})(?: and (?:its|their|⟨R\d+⟩) allies)? {ADV}(?:has |had |have )?{ADV}"
)


# A sentence's start, after the dateline a report's first sentence may carry ("KABUL, July 1 - Having ...")
DATELINE = r"^(?:[\w -]{0,30}, (?:[\w ]{1,20} (?:\(\w+\) )?[-\u2013\u2014] )?)?"

RULES: tuple[Rule, ...] = (
    # -- held -------------------------------------------------------------------------------------
    Rule("x-held", _r(rf"(?P<a>{A})(?P<v>-(?:held|controlled|occupied|run|administered|dominated|ruled)) "
                      rf"(?:(?:pocket|enclave|territory|territories|areas|zone|part|parts|stronghold|bastion)"
                      rf"(?: of| around| in| including)? )?(?P<p>{PLIST})"), (Emit("a", "p", H),), 0.9,
         country_ok=True),
    # "the city's government-held western neighbourhoods": the actor holds part of the place
    Rule("p-poss-x-held", _r(rf"(?P<p>{P}){POSS}? (?:[\w-]+ )?(?P<a>{A})(?P<v>-(?:held|controlled|occupied|run)) (?:[\w-]+ ){{0,2}}?"
                             rf"(?:neighbourhoods|neighborhoods|districts|parts|areas|sectors|quarters|suburbs|side|half|"
                             rf"outskirts|centre|center)\b"), (Emit("a", "p", H),), 0.8),
    Rule("x-besieged", _r(rf"(?P<a>{A})(?P<v>-besieged) (?P<p>{PLIST})"), (Emit("a", "p", B),), 0.85),
    Rule("held-by", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,? (?P<share>{SHARE_BODY}) of which |,? (?:which|that) |"
                       rf", (?:both|all|each) of (?:which|them) |"
                       # "⟨P⟩, a town on the Turkish border which is jointly held by"
                       rf", (?:a|an|the) [^⟨,;.]{{1,60}}?,? (?:which|that) |,(?:[^⟨,;]|⟨[PAR]\d+⟩){{1,120}}, |, | [^⟨,]{{0,30}}, | )?"
                       rf"(?:is |are |was |were |has been |have been |had been |remains |remain |remained |being )?"
                       rf"{ADV}(?P<v>(?:held|controlled|occupied|run|administered|retained|kept|defended|ruled|dominated|"
                       rf"garrisoned)"
                       rf") by {ADV}(?P<a>{ALIST})"), (Emit("a", "p", H, share="share"),), 0.9, country_ok=True),
    Rule("appos-still-under", _r(rf"(?P<p>{PLIST_N}), (?:the |two |three |both |several |its |their )?(?:[\w-]+ ){{0,4}}?(?:cities|towns|city|town|"
                                 rf"villages|areas|strongholds|places|districts|settlements|ports|capitals) (?:still |now |already |firmly )?"
                                 rf"(?P<v>under|in) (?P<a>{A}){POSS}? (?:full |firm |complete )?(?:control|hands)"), (Emit("a", "p", H),), 0.8),
    # "the RSF lost Khartoum, where the army retook the presidential palace": who took part of a place holds it
    Rule("p-where-x-took", _r(rf"(?P<p>{PLIST_N}),? where (?:the )?(?P<a>{A}) {ADV}{AUX}{ADV}(?P<v>retook|recaptured|"
                              rf"took back|regained control of|regained|seized|captured|took control of|took) "
                              rf"(?:the |a |an |its |their |several |most of the )(?!⟨)"), (Emit("a", "p", H),), 0.7),
    # "⟨P⟩, a city of more than half a million people that remains in government hands"
    Rule("appos-that-remains", _r(rf"(?P<p>{PLIST_N}),? (?:a|an|the) [^⟨,;.]{{1,60}}? (?:that|which) (?:still )?"
                                  rf"(?:remains|remained|has remained|had remained|is|was|has been|had been) (?:still |now |firmly )?"
                                  rf"(?P<v>under|in) (?P<a>{A}){POSS}? (?:full |firm |complete )?(?:control|hands)"),
         (Emit("a", "p", H),), 0.8),
    # "⟨P⟩ and ⟨P⟩ are the last major cities in the ⟨P⟩ region still under Ukrainian control": the places
    # named first (the one after "in" only says where they are)
    Rule("p-last-in-hands", _r(rf"(?P<p>{PLIST_N})(?:,[^,⟨]{{1,100}},)?(?: (?:are|is|was|were|remain|remains|remained|"
                               rf"as)|,) (?:now )?(?:the |its |their )?(?:last|only|remaining) (?:[\w-]+ ){{0,3}}?"
                               rf"(?:cities|towns|city|town|urban areas|areas|strongholds?|settlements|capitals?|places) "
                               rf"(?:(?:in|of) (?:the )?(?:neighbouring |neighboring )?⟨P\d+⟩ )?(?:still |yet )?"
                               rf"(?P<v>under|in) (?P<a>{A}){POSS}? (?:full |firm |complete )?(?:control|hands)"),
         (Emit("a", "p", H),), 0.8),
    Rule("appos-held-by", _r(rf"(?P<p>{PLIST_N}), (?:the |two |three |both |several |its |their )?(?:[\w-]+ ){{0,4}}?(?:cities|towns|city|town|"
                             rf"villages|areas|strongholds|places|districts|settlements|ports|capitals)(?: (?:in|of) (?:the )?[\w-]+(?: [\w-]+)?)? "
                             rf"(?:still |now |already |firmly )?(?P<v>held|controlled|occupied|run) by (?P<a>{ALIST})"), (Emit("a", "p", H),), 0.8),
    Rule("territory-held-by-in", _r(rf"(?:territory|territories|areas|parts|land|districts|pockets|positions|"
                                    rf"towns|villages|enclaves?) {ADV}(?P<v>held|controlled|occupied) by "
                                    rf"(?P<a>{ALIST}) (?:in|around|near) (?P<p>{PLIST})"), (Emit("a", "p", H),),
         0.75),
    Rule("in-hands", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){REL_S} "
                        rf"{COORD}{ADV}(?:is |are |was |were |has been |have been |had been |remains |remain |remained |"
                        rf"has remained |have remained |had remained |"
                        rf"fell |falls |came |come |returned |passed |has fallen |had fallen )?{ADV}"
                        rf"(?P<v>in the hands of|into the hands of|under the control of|under the full control of|"
                        rf"under the complete control of|under the total control of|in the grip of|"
                        rf"under the grip of|under the rule of|under the sway of|under the authority of) "
                        # ("under the sway of its own militias": the place's own, not an actor's)
                        rf"(?!⟨R\d+⟩ own )(?P<a>{ALIST})"
                        # (never "in the hands of its sons": a place's own people hold nothing for an actor)
                        rf"(?! (?:sons|daughters|people|residents|inhabitants|citizens|population)\b)"),
         (Emit("a", "p", H, share="share"),),
         0.9, country_ok=True),
    Rule("under-x-control", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){REL_S} "
                               rf"{COORD}{ADV}(?:is |are |was |were |has been |have been |had been |being |remains |remain |remained |"
                               rf"has remained |have remained |had remained |has stayed |have stayed |had stayed |stayed |stays |"
                               rf"fell |came |returned |(?:is|are|was|were) (?:reported|believed|said|thought) to be )?"
                               rf"{ADV}(?P<v>under|in) (?P<a>{A}(?: and {A})?){POSS}? "
                               rf"(?:full |complete |total |firm |effective )?(?:control|hands|rule|occupation)"),
         (Emit("a", "p", H, share="share"),), 0.85, country_ok=True),
    Rule("x-controls", _r(rf"{SUBJ} {ADV}{AUX}(?:also |now |still |reportedly |effectively |already |currently |largely )*"
                          rf"(?P<v>{HOLD_V}) (?:only |just |still )?(?:{SHARE})?(?:{CITIES}|{FACILITY}|{SOME_INCL}|{SIDE_INCL}|{NAMED_PARTS}|(?:only )?(?:(?:a handful|a few|several|some|dozens|a number) of )?(?:towns|villages|"
                          rf"areas|cities|districts|settlements|strongholds),? (?:including|such as|notably|among them) |"
                          rf"(?:⟨R\d+⟩ |their |its )?(?:lines|ground|defensive lines|territory|pockets of territory|pockets|countryside|land|"
                          rf"swathes of territory|swathes|areas|positions|villages|towns|districts|neighbourhoods|"
                          rf"a strip of land|a strip of territory|a stretch|desert|hinterland|surroundings|a sliver of territory|"
                          rf"a slice of territory|a corner|territory) (?:[\w-]+ ){{0,2}}?(?:in|of|around|across|in and near) |"
                          rf"(?:large |vast |rural |large rural )?(?:areas|swathes of territory|territory|countryside) and (?=⟨P)|"
                          rf"(?:the )?(?:desert|hinterland|surroundings|countryside|outskirts) (?=⟨P))?"
                          rf"(?P<p>{PLIST})"), (Emit("a", "p", H, share="share"),), 0.85, country_ok=True),
    # "Moscow now controls about 18 percent of Ukrainian territory, including the Crimean peninsula", "still
    # holds a stretch of the Euphrates valley near the Syrian border, including the town of Al-Qaim": the
    # places named as included (the share is the territory's, not theirs)
    Rule("x-controls-territory-incl", _r(rf"{SUBJ} {ADV}{AUX}(?:also |now |still |effectively |already |currently )*"
                                         rf"(?P<v>{HOLD_V}) {_INCLUDED}(?P<p>{PLIST}){_NOT_PEOPLE}"),
         (Emit("a", "p", H),), 0.8),
    # "the AA seized a string of townships across northern Rakhine, including Kyauktaw"
    Rule("x-seized-incl", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>{CAPTURE_V}) {_INCLUDED}(?P<p>{PLIST}){_NOT_PEOPLE}"),
         (Emit("a", "p", C),), 0.8),
    # "The rebels had used Casa Verde as their base since 1984", "made the town their headquarters"
    Rule("x-used-as-base", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>used|uses|using|made|makes|making|turned|turns|turning) "
                              rf"(?P<p>{PLIST}) (?:as |into )?(?:a |an |the |their |its |⟨R\d+⟩ )(?:[\w-]+ ){{0,2}}?"
                              rf"(?:base|bases|stronghold|headquarters|bastion|capital|rear base|launchpad|launching pad|"
                              rf"fiefdom)\b"), (Emit("a", "p", H),), 0.75),
    Rule("x-which-held", _r(rf"(?P<a>{A}),? (?:which|who|that|{WHOSE}) {ADV}{AUX}{ADV}(?P<v>{HOLD_V}) (?:{SHARE})?(?P<p>{PLIST})"),
         (Emit("a", "p", H, share="share"),), 0.8),
    Rule("x-which-seized", _r(rf"(?P<a>{A}),? (?:which|who|that|{WHOSE}) {ADV}{AUX}{ADV}(?P<v>{CAPTURE_V}) (?:{SHARE})?(?P<p>{PLIST})"),
         (Emit("a", "p", C, share="share"),), 0.8),
    # "X township in neighbouring ⟨P⟩, which it seized": the clause is about X, not the place it is in
    Rule("p-which-x-held", _r(rf"{_P_WHICH_X}(?P<v>held|controlled|occupied|run|seized|captured|overran|took|taken|"
                              rf"overrun|control|controls|hold|holds|occupy|occupies|annexed|retook|retaken|recaptured|"
                              rf"conquered|wrested back|wrested|won back|regained|liberated|freed|entered|defended|defends|"
                              rf"defend)\b"), (Emit("a", "p", H, share="share"),), 0.8),
    # "Lysychansk, an oil town that the rebels abandoned after days of fighting": they lost it
    Rule("p-which-x-lost", _r(rf"{_P_WHICH_X}(?P<v>abandoned|evacuated|lost|ceded|surrendered|gave up|fled|"
                              rf"withdrew from|pulled out of|retreated from)\b(?! (?:to|into|towards?|for)\b)"),
         (Emit("a", "p", L),), 0.75),
    # "the city the TPLF has held since October": a relative clause without its pronoun (nothing after the verb)
    Rule("p-x-has-held", _r(rf"(?P<p>{PLIST_N}) (?:the )?(?P<a>{A}) (?:has|had|have) {ADV}(?:been )?(?P<v>held|controlled|seized|captured|"
                            rf"taken|overrun|occupied|run)\b(?! (?:⟨|the|a|an|its|their|control|parts|most|much|all)\b)"),
         (Emit("a", "p", H),), 0.75),
    # "Goma, which the rebels have encircled", "Marib, which the Houthis are attacking"
    Rule("p-which-x-besieged", _r(rf"{NOT_CONTAINER}(?<!neighbouring )(?<!neighboring )(?<!nearby )(?P<p>{PLIST_N}){_P_GAP},? "
                                  rf"(?:which|that) (?:the )?(?P<a>{A}) {ADV}(?:has |had |have |are |is |were |was )?(?:been )?{ADV}"
                                  rf"(?P<v>besieged|besieging|besiege|besieges|encircled|encircling|encircle|surrounded|"
                                  rf"surrounding|blockaded|blockading|cut off)\b"), (Emit("a", "p", B),), 0.8),
    Rule("p-which-x-attacks", _r(rf"{NOT_CONTAINER}(?<!neighbouring )(?<!neighboring )(?<!nearby )(?P<p>{PLIST_N}){_P_GAP},? "
                                 rf"(?:which|that) (?:the )?(?P<a>{A}) {ADV}(?:has |had |have |are |is |were |was )?(?:been )?{ADV}"
                                 rf"(?P<v>attacked|attacking|attack|attacks|shelled|shelling|shell|bombarded|"
                                 rf"bombarding|stormed|storming|assaulted|assaulting)\b"), (Emit("a", "p", AT),), 0.75),
    # "Eritrean troops are still present in parts of northern Tigray", "Ukrainian troops remain in ⟨P⟩"
    Rule("x-remain-in", _r(rf"{SUBJ} {ADV}(?:are|is|were|was|remain|remains|remained|stay|stays|stayed|have remained|"
                           rf"has remained)(?: still)? (?P<v>present in|deployed in|stationed in|in|inside) "
                           rf"(?:{SHARE})?(?P<p>{PLIST})"), (Emit("a", "p", H, share="share"),), 0.7),
    # "Raqa was the de facto capital of IS until 2017"
    Rule("p-is-stronghold-of", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}) (?:is|was|remains|remained|has been|had been|became) "
                                  rf"(?:the |a |an |its |their )?(?:[\w-]+ ){{0,3}}?(?P<v>stronghold|bastion|fiefdom|"
                                  rf"heartland|redoubt|capital|de facto capital|seat) of (?P<a>{ALIST})"),
         (Emit("a", "p", H),), 0.8),
    # "⟨P⟩, a bastion of Tuareg rebels since 2012"
    Rule("appos-bastion-of", _r(rf"(?P<p>{PLIST_N}), (?:the |a |an )?(?:[\w-]+ ){{0,2}}?(?P<v>stronghold|bastion|fiefdom|"
                                rf"heartland|redoubt|base|enclave) of (?P<a>{ALIST})"), (Emit("a", "p", H),), 0.8),
    # "⟨P⟩, another IS-held town"
    Rule("appos-x-held", _r(rf"(?P<p>{PLIST_N}), (?:(?:the|a|an|another|one of the|its|their) )?(?:[\w-]+ ){{0,2}}?"
                            rf"(?P<a>{A})(?P<v>-(?:held|controlled|occupied|run|administered|ruled)) "
                            rf"(?:[\w-]+ ){{0,2}}?(?:town|towns|city|cities|village|villages|area|areas|district|"
                            rf"districts|region|province|enclave|pocket|stronghold|territory|port|hub|base)\b"),
         (Emit("a", "p", H),), 0.85),
    Rule("last-enclave-held-by", _r(rf"(?P<p>{PLIST})(?:,[^,⟨]{{1,100}},)?(?: [\w-]+){{0,4}}? (?:as|form|forms|formed|is|are|was|were|"
                                    rf"remain|remains|remained|constitute|constitutes|became|become) "
                                    rf"(?:the |a |an |its |their |one of the )?(?:(?:[\w-]+|⟨P\d+⟩) ){{0,3}}?(?:{STRONG_N}|city|town|"
                                    rf"cities|towns|provincial capital|major city) "
                                    rf"(?:(?:still|yet|ever|to be|to have been|first) )?(?P<v>held|controlled|occupied|run|captured|seized|taken|overrun) by (?P<a>{ALIST})"
                                    rf"(?P<rest>.*)"), (Emit("a", "p", H),), 0.85),
    Rule("stronghold-of", _r(rf"(?P<a>{A}){POSS}? (?:[\w-]+ ){{0,3}}?(?P<v>{STRONG_N})(?: city| town)?"
                             rf"(?: of|,| in)? (?P<p>{PLIST})"), (Emit("a", "p", H),), 0.8),
    Rule("holed-up", _r(rf"(?P<a>{A})(?: [\w-]+){{0,6}}? (?:who |which |that )?(?:are |were |is |was |have been |"
                        rf"had been |remain |remained |still )*(?P<v>holed up|entrenched|dug in|barricaded|"
                        rf"hiding out|hunkered down|trapped|holding out|held out|hold out|holds out|clinging on|clung on|"
                        rf"holding on|held on) (?:[\w-]+ ){{0,4}}?(?:in|inside|at|around) (?:{SHARE})?"
                        rf"(?P<p>{PLIST})"), (Emit("a", "p", H, share="share"),), 0.75),
    # "El Fasher, where the RSF has besieged the army's last stronghold in the region since May"
    Rule("where-x-besieged", _r(rf"(?P<p>{PLIST_N})(?: in (?:the )?⟨P\d+⟩)?,? where (?:the )?(?P<a>{A}) {ADV}{AUX}{ADV}"
                                rf"(?P<v>{BESIEGE_V}) (?!⟨P)(?:the |its |their )?(?:(?P<b>{A}){POSS} )?(?:[\w-]+ ){{0,3}}?"
                                rf"(?:stronghold|garrison|city|town|positions|defenders|troops|base|forces|soldiers|bastion)\b"),
         (Emit("a", "p", B), Emit("b", "p", H)), 0.75),
    Rule("under-siege-where", _r(rf"(?P<p>{PLIST}),? (?:where|in which) (?:the )?(?P<a>{A}) "
                                 rf"(?:have |has |had )?(?:been |are |were |is |was |remain |remained )"
                                 rf"(?:\w+ )?(?P<v>under siege|besieged|encircled|surrounded|holed up|trapped)"),
         (Emit("a", "p", H),), 0.75),
    Rule("divided", _r(rf"(?P<p>{PLIST})(?: itself)? (?:is |was |has been |remains |remained |are |were )?(?:now |still )?"
                       rf"(?P<v>divided|split|partitioned) (?:into|between) (?:the )?(?P<a>{A})-?(?:controlled|held)? "
                       rf"and (?:the )?(?P<b>{A})-?(?:controlled|held)?(?P<halves> (?:halves|sectors|parts|zones|"
                       rf"areas|sides))?"),
         (Emit("a", "p", H, share="halves"), Emit("b", "p", H, share="halves")), 0.85),
    Rule("x-divided", _r(rf"(?P<v>divided|divides|dividing|split|splitting|partitioned) (?P<p>{PLIST}) (?:into|between) "
                         rf"(?:the )?(?P<a>{A})-?(?:controlled|held)? and (?:the )?(?P<b>{A})-?(?:controlled|held)?"
                         rf"(?P<halves> (?:halves|sectors|parts|zones|areas|sides))?"),
         (Emit("a", "p", H, share="halves"), Emit("b", "p", H, share="halves")), 0.85),
    Rule("p-faces-advance", _r(rf"(?P<p>{PLIST_N}),? (?:which |that )?(?:now |also |still |already )?(?P<v>faces|is facing|"
                               rf"faced|was facing|has faced|is under|came under|comes under|has come under) "
                               rf"(?:(?:an?|the|renewed|fresh|growing|heavy|new|twin|multiple|a new|a fresh|a two-pronged) )*"
                               rf"(?:[\w-]+ )?(?:advance|assault|assaults|offensive|offensives|attack|attacks|pressure|threat|"
                               rf"siege|bombardment|onslaught) (?:[\w-]+ ){{0,3}}?(?:by|from) (?P<a>{ALIST})"),
         (Emit("a", "p", AT),), 0.8),
    Rule("appos-stronghold", _r(rf"(?P<p>{PLIST_N}), (?:(?:the|a|an) [^,⟨.;]{{1,50}}? (?:that|which) (?:is|was|remains|"
                                rf"remained|has been) )?(?:the |a |an |another |one of )?"
                                # ("Azerbaijan said Armenian forces hit ⟨P⟩, its second city": a country's city)
                                rf"(?!⟨R\d+⟩ (?:second|third|fourth|fifth|largest|biggest|second-largest|third-largest|"
                                rf"commercial|economic|industrial) (?:[\w-]+ )?(?:city|town|port)\b)"
                                rf"(?P<a>{A}){POSS}? (?:[\w-]+ ){{0,3}}?"
                                rf"(?P<v>{STRONG_N}|town|city|towns|cities|bastion|port|main port|hub)\b"), (Emit("a", "p", H),), 0.8),
    # "The largest rebel stronghold left in the mountains is the town of ⟨P⟩"
    Rule("largest-x-stronghold-is", _r(rf"(?:the )?(?:largest|last|main|biggest|only|remaining|key|principal) (?P<a>{A}) "
                                       rf"(?P<v>stronghold|bastion|enclave|pocket|redoubt)(?: [^,⟨.;]{{1,40}}?)? "
                                       rf"(?:is|was|remains|remained) (?:now |still )?(?P<p>{PLIST})"), (Emit("a", "p", H),), 0.8),
    Rule("xs-last-town-is", _r(rf"(?P<a>{A}){POSS} (?:[\w-]+ ){{0,3}}?(?P<v>{STRONG_N}|town|city|bastion)(?: in ⟨P\d+⟩)? "
                               rf"(?:is|was|remains|remained) (?:now |still )?(?P<p>{PLIST})"), (Emit("a", "p", H),), 0.8),
    Rule("in-control-of", _r(rf"(?P<a>{ALIST}) (?:(?:is|are|was|were|remain|remains|remained|had been|has been|have been|"
                             rf"firmly|now|fully|still|effectively|largely) )*(?P<v>in "
                             rf"(?:full |complete |total |effective |firm )?control) of (?:{SHARE})?(?P<p>{PLIST})"),
         (Emit("a", "p", H, share="share"),), 0.8, country_ok=True),
    Rule("defeat-for", _r(rf"(?P<v>fall|loss|capture|recapture|seizure|liberation) of (?P<p>{PLIST})"
                          rf"(?:(?!\b(?:would|could|might|may|will|can)\b)[^.;⟨]){{0,60}}?"
                          rf"\b(?:defeats?|setbacks?|blows?|losses|reverses?) (?:for|to|suffered by) (?:the )?(?P<a>{A})"),
         (Emit("a", "p", L),), 0.8),
    # "President Duterte declared Marawi liberated from pro-IS militants" (the speaker is no actor: the forces named)
    Rule("p-declared-liberated", _r(rf"(?P<v>declared|declares|proclaimed) (?P<p>{PLIST}) (?:fully |completely |totally |"
                                    rf"finally )?(?:liberated|freed|cleared)(?: from (?:the )?(?:pro-)?(?P<b>{A}))?"),
         (Emit(IMPLIED, "p", C), Emit("b", "p", L)), 0.65),
    Rule("declared-liberated", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>declared|declares|announced|proclaimed) (?P<p>{PLIST}) "
                                  rf"(?:fully |completely |totally |finally )?(?:liberated|freed|recaptured|retaken|"
                                  rf"captured|cleared|secured)"), (Emit("a", "p", C),), 0.85),
    Rule("congratulated-on", _r(rf"(?P<v>congratulated|congratulates|praised|hailed) (?P<a>{ALIST})(?: and [\w-]+ (?:the )?{A})? "
                                rf"(?:on|for) (?:the |their |its |⟨R\d+⟩ )?(?:liberation|capture|recapture|seizure|"
                                rf"taking|conquest) of (?P<p>{PLIST})"), (Emit("a", "p", C),), 0.8),
    Rule("faces-assaults", _r(rf"(?:(?:in|at|around) (?P<p>{PLIST}),? )?(?P<a>{A}) (?:now |also |still )?"
                              rf"(?P<v>faces|is facing|faced|was facing|has faced|came under|comes under|is under|"
                              rf"was under|has come under)"
                              rf" (?:twin |two |multiple |several |simultaneous |separate |parallel |fresh |new |"
                              rf"renewed |an |a |a new |a fresh |a two-pronged |a double |twin-pronged )*"
                              rf"(?:assaults?|offensives?|attacks?|pressure|bombardment|onslaughts?)"
                              rf"(?: (?:in|at|on|around) (?P<p2>{PLIST}))?(?P<rest>.*)"),
         (Emit("a", "p", H), Emit("a", "p2", H)), 0.8),
    # -- captured ---------------------------------------------------------------------------------
    Rule("x-seized", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>{CAPTURE_V}) (?:{SHARE})?(?:control of |full control of |{XHELD}|"
                        rf"back |{FACILITY}|{CITIES}|{SOME_IN}|{SOME_INCL}|{SIDE_INCL}|{NAMED_PARTS}|(?:(?:dozens|scores|hundreds|a number|a string|a series|a handful) of |several |many |a few |"
                        rf"(?:at least |some |about |around |nearly |more than |over |up to )?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen) )"
                        rf"(?:(?:towns|villages|settlements|localities|hamlets|districts|neighbourhoods|areas|and|other|"
                        rf"small|nearby) ){{0,4}}(?=⟨P))?(?P<p>{PLIST})"), (Emit("a", "p", C, share="share"),), 0.9, country_ok=True),
    Rule("seized-by", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){APPOS_REST}(?:,[^,]{{1,60}},|,? (?:which|that)|{_ALL_OF_WHICH}|,)? (?:was |were |has been |have been |had been |"
                         rf"being )?{ADV}(?P<v>captured|seized|taken|retaken|recaptured|liberated|overrun|occupied|"
                         rf"freed|cleared|taken over|conquered|stormed and captured|entered|secured|wrested|won back|"
                         rf"stormed|reclaimed) (?:from (?:the )?(?P<b>{A}) )?(?:[\w-]+ ){{0,3}}?by "
                         rf"(?P<a>{ALIST})"), (Emit("a", "p", C), Emit("b", "p", L)), 0.9, country_ok=True),
    Rule("first-to-fall-to", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}),? (?:which |that )?(?:had been |has been |was |is |became )"
                                rf"(?:the |a )(?:first|last|latest|second|third|only|biggest|largest|next) (?:[\w-]+ ){{0,2}}?"
                                rf"(?:city|town|capital|village|stronghold|provincial capital|district capital) (?:yet )?"
                                rf"(?P<v>to fall|to be captured|to be taken|to be seized) (?:to|by) (?P<a>{ALIST})"),
         (Emit("a", "p", C),), 0.85),
    Rule("fell-to", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,[^,]{{1,60}},|, (?:which|that) [^,]{{1,100}},|,? (?:which|that)|{_ALL_OF_WHICH})? (?:\w+ )?(?P<v>fell|falls|has fallen|had fallen|"
                       # ("Kunduz, the Taliban's last stronghold, surrendered to the Northern Alliance")
                       rf"was lost|were lost|surrendered|surrenders|has surrendered|had surrendered|capitulated) "
                       rf"(?:back )?(?:in)?to (?P<a>{ALIST})"), (Emit("a", "p", C),), 0.9,
         country_ok=True),
    Rule("capture-of-by", _r(rf"(?P<v>capture|recapture|seizure|takeover|fall|liberation|conquest|occupation) {NTIME}of "
                             rf"(?P<p>{PLIST})(?: from (?:the )?(?P<b>{ALIST}))?(?:,[^,⟨.;]{{1,90}},)? (?:by|to) (?P<a>{ALIST})"),
         (Emit("a", "p", C), Emit("b", "p", L)), 0.85),
    Rule("xs-capture-of", _r(rf"(?P<a>{A}){POSS}? (?:[\w-]+ )?(?P<v>capture|recapture|seizure|takeover|"
                             rf"liberation|conquest) {NTIME}of (?:{SOME_INCL})?(?P<p>{PLIST})"), (Emit("a", "p", C),), 0.85),
    # -- lost -------------------------------------------------------------------------------------
    Rule("x-drove-out", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>drove|driven|drive|drives|driving|pushed|pushing|forced|"
                           rf"chased|chasing|expelled|expelling|ousted|ousting|kicked|flushed|evicted|dislodged|routed|"
                           rf"cleared|clearing|purged) (?:the )?(?:(?:last|remaining|remnants of|final|[\w-]+) ){{0,2}}?"
                           rf"(?:(?P<b>{A})(?: [\w-]+| of ⟨A\d+⟩)?|them|(?:the )?(?:[\w-]+ ){{0,2}}?(?:{_UNNAMED_FOES}|gunmen|militiamen|troops|"
                           rf"soldiers|forces)) (?:out of|from) "
                           # ("drove the militants from their strongholds in ⟨P⟩")
                           rf"(?:(?:their|its|⟨R\d+⟩) (?:last |remaining |main |few )?(?:strongholds|stronghold|positions|bases|"
                           rf"base|hideouts|camps|enclaves?) (?:in|inside|around) (?:the )?)?"
                           rf"(?:{SHARE})?(?:{SOME_INCL})?(?P<p>{PLIST})"),
         (Emit("a", "p", C, share="share"), Emit("b", "p", L)), 0.85),
    Rule("x-pushed-into", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>pushed|pushing|forced|forcing|drove|driven|driving|squeezed|"
                             rf"confined|confining|penned|hemmed) (?:the )?(?:(?:last|remaining) )?(?P<b>{A})(?: back)? "
                             rf"(?:into|in) (?:(?:a|an|the) (?:[\w-]+ ){{0,2}}?(?:enclave|pocket|corner|strip|area|sliver|"
                             rf"districts?|neighbourhoods?)(?: of| in)? )?(?P<p>{PLIST})"),
         (Emit("a", "p", AT), Emit("b", "p", H)), 0.8),
    # "⟨P⟩ had been abandoned by Gaddafi's soldiers without a fight"
    Rule("p-abandoned-by", _r(rf"(?P<p>{PLIST_N})(?:,[^,⟨]{{1,80}},)? (?:had |has |have )?(?:been |was |were |is |are )"
                              rf"{ADV}(?P<v>abandoned|evacuated|ceded|surrendered|given up|relinquished|vacated) by "
                              rf"(?P<a>{ALIST})(?! (?:[\w-]+ )?(?:residents|inhabitants|population|people|civilians|families)\b)"),
         (Emit("a", "p", L),), 0.8),
    # "rebels who had garrisoned ⟨P⟩ withdrew east": the place their relative clause says they held is what they left
    Rule("x-who-held-withdrew", _r(rf"(?P<a>{A}),? (?:who|which|that) {ADV}(?:had |have |has )?{ADV}(?:held|controlled|"
                                   rf"occupied|garrisoned|defended|run) (?P<p>{PLIST})(?: [^,.;⟨]{{1,40}}?)?,? {ADV}"
                                   rf"(?P<v>{_LEFT_V}|surrendered)\b"),
         (Emit("a", "p", L),), 0.8),
    # (not the subject of an object relative: "IS, which Kurdish fighters expelled from ⟨P⟩" -- b-which-x-drove-out)
    Rule("x-withdrew", _r(rf"{_NOT_OBJECT_RELATIVE}{SUBJ}(?: (?:who|that|which) (?:[^,.;⟨]|⟨P\d+⟩){{1,80}}?)? {ADV}{AUX}{ADV}(?P<v>{LOST_V}) (?:{OBJ_IN}|(?:the )?(?:areas? )?around )?(?P<p>{PLIST})"
                          rf"{_TO_TAKER}"), (Emit("a", "p", L), Emit("b", "p", C)), 0.85,
         country_ok=True),
    # "Azerbaijan, which lost the district of Kalbajar to Armenian forces": the taker, whoever lost it
    Rule("lost-p-to-x", _r(rf"\b(?P<v>lost|ceded|surrendered) (?:control of )?(?P<p>{PLIST}) to (?:the )?(?P<b>{ALIST})"),
         (Emit("b", "p", C),), 0.8),
    Rule("defeat-of-in", _r(rf"(?P<v>defeat|ouster|expulsion|rout|eviction|withdrawal|retreat|ejection|pullout|pull-out) of "
                            rf"(?P<a>{ALIST}) (?:in|from|at) (?P<p>{PLIST})"), (Emit("a", "p", L),), 0.85),
    Rule("xs-defeat-in", _r(rf"(?P<a>{A}){POSS}? (?:[\w-]+ )?(?P<v>defeat|ouster|expulsion|rout|eviction|"
                            rf"withdrawal|retreat|loss|ejection|pullout|pull-out) (?:in|from|at|of) "
                            rf"(?P<p>{PLIST})"), (Emit("a", "p", L),), 0.8),
    Rule("no-longer-holds", _r(rf"(?P<a>{A}) (?:\w+ )?(?P<v>no longer) (?:controls?|holds?|occupies|occupy|has "
                               rf"control of|have control of) (?P<p>{PLIST})"), (Emit("a", "p", L),), 0.8),
    # -- besieging --------------------------------------------------------------------------------
    Rule("x-besieges", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>{BESIEGE_V}) (?:{OBJ_IN})?(?P<p>{PLIST})"),
         (Emit("a", "p", B),), 0.85),
    Rule("besieged-by", _r(rf"(?P<p>{PLIST_N}){APPOS_REST}(?:,[^,]{{1,100}},)?(?:,? (?:which|that)|,)?{_HELD_BUT} (?:is |are |was |were |has been |have been |"
                           rf"had been |remains |remain |remained )?{ADV}(?P<v>besieged|encircled|surrounded|"
                           rf"blockaded|under siege|cut off)(?: on (?:all |three |two |four |several )?sides| from (?:all|three|two|four|"
                           rf"several) (?:sides|directions))? by (?P<a>{ALIST})"), (Emit("a", "p", B),), 0.85),
    # "thousands of troops and civilians are encircled by IS in government-held districts of ⟨P⟩"
    Rule("besieged-by-in", _r(rf"(?P<v>encircled|besieged|surrounded|trapped|cut off|pinned down) by (?:the )?(?P<a>{ALIST}) "
                              rf"(?:in|inside) (?:{XHELD}|(?:the )?(?:[\w-]+ ){{0,2}}?(?:districts|neighbourhoods|neighborhoods|"
                              rf"parts|areas|quarters|pocket|enclave) of )?(?P<p>{PLIST})"), (Emit("a", "p", B),), 0.75),
    Rule("siege-of-by", _r(rf"(?P<v>siege|encirclement|blockade) of (?P<p>{PLIST}) by (?P<a>{ALIST})"),
         (Emit("a", "p", B),), 0.85),
    Rule("xs-siege-of", _r(rf"(?P<a>{A}){POSS}? (?:[\w-]+ ){{0,2}}?(?P<v>siege|encirclement|blockade) of "
                           rf"(?P<p>{PLIST})"), (Emit("a", "p", B),), 0.8),
    # -- attacking --------------------------------------------------------------------------------
    Rule("fight-to-clear", _r(rf"{SUBJ} {ADV}{AUX}(?P<v>battled|fought|fighting|battling|pushed|pushing|pressed|"
                              rf"pressing|struggled|struggling|continued|continue|continues|were battling|"
                              rf"are battling|were fighting|are fighting)(?: on)?(?: \w+day)? to (?:clear|oust|expel|"
                              rf"drive out|dislodge|flush out|root out|retake|recapture|capture|take|seize|liberate|"
                              rf"finish off|defeat|eliminate|wipe out|crush|rout) (?:[^.;⟨]|⟨[AR]\d+⟩){{0,120}}?"
                              rf"\b(?:in|from|of|inside|around|out of) (?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    Rule("x-attacks", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>{ATTACK_V}) (?:{SITE}|{OBJ_IN}|(?:[\w-]+ ){{0,2}}?)(?:{SHARE})?"
                         rf"(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    # "government troops have been battling Maute gunmen in ⟨P⟩": both sides fight for the place
    Rule("x-battling-y-in", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>battling|battled|battle|battles|fighting|fought|clashing with|"
                               rf"clashed with|clash with|engaging|engaged) (?P<b>{ALIST}) (?:[\w-]+ ){{0,2}}?(?:in|for|around|"
                               rf"inside|for control of) (?P<p>{PLIST})"), (Emit("a", "p", CO), Emit("b", "p", CO)), 0.7),
    Rule("x-launched-assault-on", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>launched|began|begun|started|mounted|opened|"
                                     rf"pressed|pressing|stepped up|continued|continuing|intensified|carried out|"
                                     rf"unleashed|resumed|waged|waging|led|kicked off|announced|imposed|imposing|enforced|enforcing|"
                                     rf"claimed responsibility for|claimed|"
                                     rf"maintained|maintaining) (?:on \w+ )?"
                                     rf"(?:[\w-]+ ){{0,5}}?{ATTACK_N} (?:on \w+day |at dawn |overnight )?(?:on|against|to retake|to recapture|"
                                     rf"to capture|to take|to seize|to liberate|to clear|to oust|for|into|in|inside|"
                                     rf"towards|toward|up|around|near|across|along|through|at|of) "
                                     rf"(?:(?:the |a |an )?(?:[\w-]+ ){{0,2}}?⟨A\d+⟩-\w+ )?(?:(?:the |a |an )?(?:[\w-]+ ){{0,3}}?(?:⟨A\d+⟩-\w+ )?(?:pocket|enclave|"
                                     rf"positions|stronghold|bastion|territory|areas)(?: around| of| in| near)? |{OBJ_IN})?"
                                     rf"(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.85),
    Rule("assault-on-by", _r(rf"(?P<v>{ATTACK_N}) (?:on|against|for|into|in|towards|toward|up|around) "
                             rf"(?P<p>{PLIST})(?: [\w-]+){{0,3}}? (?:by|from) (?P<a>{ALIST})"), (Emit("a", "p", AT),),
         0.8),
    Rule("xs-assault-on", _r(rf"(?P<a>{A}){POSS}? (?:(?!(?:repelled|repulsed|thwarted|foiled|resisted|withstood|survived|fought|"
                             rf"beat|faced|faces|facing|came|comes|under|halted|stopped|blocked|deterred|pushed)\b)[\w-]+ ){{0,3}}?"
                             rf"(?P<v>{ATTACK_N}|attempt|attempts|bid) (?:on|against|to retake|"
                             rf"to recapture|to capture|to take|to seize|to liberate|to storm|to enter|to overrun|for|into|towards|toward|"
                             rf"up|around) (?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    Rule("came-under-attack-by", _r(rf"(?P<p>{PLIST})(?:,[^,]{{1,100}},|,? where [^,]{{1,80}},)?{_HELD_BUT} (?:has |have |had )?(?:also )?"
                                    rf"(?:are |is |were |was )?(?P<v>came|come|comes|coming|been|was|were|is|are) under (?:an? )?(?:heavy |renewed |fresh |"
                                    rf"intense |sustained |constant |repeated )?(?:attack|attacks|assault|fire|bombardment|"
                                    rf"shelling|pressure) (?:by|from) (?P<a>{ALIST})"), (Emit("a", "p", AT),), 0.85),
    # "a Russian missile strike hit ⟨P⟩", "Israeli air strikes pounded ⟨P⟩"
    Rule("x-strike-hit", _r(rf"(?P<a>{A}) (?:[\w-]+ ){{0,2}}?(?:strike|strikes|airstrike|airstrikes|shelling|bombardment|"
                            rf"rocket fire|missiles|rockets|drones|shells|barrage|raid|raids) (?:have |has |had )?{ADV}"
                            rf"(?P<v>hit|struck|pounded|targeted|rocked|slammed into|battered|fell on|rained on|rained down on) "
                            rf"(?:{SITE}|(?:several |many |some |the )?(?:(?:[\w-]+ )?(?:neighbourhoods|neighborhoods|"
                            rf"districts|areas|parts) of )?)?(?P<p>{PLIST})"),
         (Emit("a", "p", AT),), 0.75),
    # "Kherson came under Russian artillery fire"
    # ("⟨P⟩ and ⟨P⟩ remain in Ukrainian hands but are coming under intense Russian bombardment")
    Rule("came-under-x-fire", _r(rf"(?P<p>{PLIST})(?:,[^,]{{1,100}},)?{_HELD_BUT} (?:has |have |had )?(?:also |again )?"
                                 rf"(?:are |is |were |was )?(?P<v>came|come|comes|coming|been|was|were|is|are) under (?:renewed |heavy |fresh |intense |"
                                 rf"sustained |constant |repeated |increasing |increasingly heavy |growing |mounting |daily |"
                                 rf"nightly |frequent |relentless |regular )?(?P<a>{A}) (?:[\w-]+ )?(?:fire|attack|attacks|shelling|"
                                 rf"bombardment|assault|strikes|air strikes|drone strikes)\b"), (Emit("a", "p", AT),), 0.8),
    Rule("under-siege-by", _r(rf"(?P<p>{PLIST})(?:,[^,]{{1,100}},|,? where [^,]{{1,80}},)? (?:has |have |had )?(?:also )?"
                              rf"(?P<v>came|come|comes|been|was|were|is|are|remains|remained) under (?:an? )?(?:tight |"
                              rf"total |full |months-long |years-long |partial |crippling )?(?:siege|blockade|encirclement) "
                              rf"(?:by|from) (?P<a>{ALIST})"), (Emit("a", "p", B),), 0.85),
    Rule("attacked-by", _r(rf"(?P<p>{PLIST_N}){APPOS_REST}(?:,[^,]{{1,60}},|,? (?:which|that))?{_HELD_BUT} (?:was |were |has been |have been |had been |is "
                           rf"being |are being |was being )(?:\w+ )?(?P<v>attacked|shelled|bombarded|pounded|"
                           rf"stormed|assaulted|raided|targeted|hit) (?:[\w-]+ ){{0,3}}?by (?P<a>{ALIST})"),
         (Emit("a", "p", AT),), 0.8),
    Rule("x-under-attack-by-there", _r(rf"(?P<x>{A}) (?:has |have |had )?(?:also )?(?:come|came|comes|been|was|"
                                       rf"were|is|are) (?P<v>under) (?:heavy |renewed |fresh |intense )?"
                                       rf"(?:attack|assault|fire|bombardment|shelling|pressure) (?:by|from) "
                                       rf"(?P<a>{ALIST})(?: [\w-]+){{0,2}}? (?:in |at |around )?(?P<p>{PLIST})"),
         (Emit("a", "p", AT), Emit("x", "p", H)), 0.75),
    Rule("final-stages-of", _r(rf"(?P<a>{A})(?: [^⟨.;]{{0,40}}?)? (?:was |were |is |are )?(?:in |at )?(?:the )?"
                               rf"(?P<v>final stages?|last stages?|process|verge|brink|midst) (?:of|to) "
                               rf"(?:capturing|retaking|recapturing|seizing|taking|liberating|clearing|"
                               rf"taking control of|the battle for|the battle to retake|the fight for) "
                               rf"(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    Rule("repelled", _r(rf"(?P<x>{A}) {ADV}{AUX}(?P<v>repelled|repulsed|fought off|beat back|thwarted|foiled|"
                        rf"pushed back|held off|fended off) (?:an? |the |several |repeated |multiple )?"
                        rf"(?:attempts?|attacks?|assaults?|offensives?|bids?|efforts?|push|advance)(?: by "
                        rf"(?P<a>{ALIST}))? (?:to (?:capture|take|seize|retake|recapture|storm|enter|overrun|reach|encircle|surround|"
                        rf"cut off|break through (?:to|into)|advance (?:on|into)|"
                        rf"push into) |on (?:{OBJ_IN})?|"
                        rf"against (?:{OBJ_IN})?|in |at )(?P<p>(?:the )?{PLIST_N})"), (Emit("a", "p", AT), Emit("x", "p", H)), 0.75),
    # "repelled attempts by X to break through towards ⟨P⟩": X attacks; where the defender stands is not said
    Rule("repelled-towards", _r(rf"(?P<x>{A}) {ADV}{AUX}(?P<v>repelled|repulsed|fought off|beat back|thwarted|foiled|"
                                rf"pushed back|held off|fended off) (?:an? |the |several |repeated |multiple )?"
                                rf"(?:attempts?|attacks?|assaults?|offensives?|bids?|efforts?|push|advance)(?: by "
                                rf"(?P<a>{ALIST}))? to (?:break through|advance|push|move) (?:towards|toward) "
                                rf"(?P<p>(?:the )?{PLIST_N})"), (Emit("a", "p", AT),), 0.75),
    Rule("fighting-between-in", _r(rf"(?P<v>fighting|clashes|battles|combat|heavy fighting|fierce fighting) "
                                   rf"between (?P<a>{A}) and (?P<b>{A}) (?:in|around|for|near|over) "
                                   rf"(?:control of )?(?P<p>{PLIST})"),
         (Emit("a", "p", CO), Emit("b", "p", CO)), 0.7),
)

RULES = RULES + (
    # "seized Tikrit on Wednesday, a day after capturing Mosul": the same subject took both
    Rule("after-capturing", _r(rf"(?P<a>{A})(?: (?:[^.;⟨]|⟨P\d+⟩){{1,120}}?),? (?:(?:a day|two days|three days|days|hours|"
                               rf"a week|weeks|shortly|soon|just|only) )?(?:after|before|since) (?P<v>capturing|seizing|taking|"
                               rf"overrunning|retaking|recapturing|entering|taking control of|seizing control of|"
                               # "a week after driving the jihadists out of the ancient city of Palmyra"
                               rf"(?:driving|pushing|forcing|chasing|expelling) (?:(?P<b>{A})|(?:the )?(?:[\w-]+ ){{0,2}}?"
                               rf"(?:{_UNNAMED_FOES}|them)) (?:out of|from)) "
                               rf"(?P<p>{PLIST})"), (Emit("a", "p", C), Emit("b", "p", L)), 0.75),
    # "Russian troops have been grinding towards the city since the capture of Avdiivka": the subject took it
    Rule("since-the-capture-of", _r(rf"(?P<a>{A})(?: (?:[^.;⟨]|⟨P\d+⟩){{1,120}}?),? (?:since|after) (?:the|its|their|⟨R\d+⟩) "
                                    rf"(?P<v>capture|seizure|recapture|takeover) (?:in \w+ \d{{4}} )?of (?P<p>{PLIST})"),
         (Emit("a", "p", C),), 0.65),
    # "its biggest gain since losing Khartoum to the army in March": the subject lost it, the other took it
    Rule("since-losing", _r(rf"(?P<a>{A})(?: (?:[^.;⟨]|⟨P\d+⟩){{1,120}}?),? (?:(?:a day|two days|days|weeks|months|shortly|soon|just|"
                            rf"only) )?(?:after|before|since) (?P<v>losing|abandoning|ceding|giving up|withdrawing from|pulling out of|retreating from|"
                            # ("have regrouped since being driven out of ⟨P⟩")
                            rf"being (?:driven|pushed|forced|chased|ousted|expelled|routed) (?:out of|from)) "
                            rf"(?:control of )?(?P<p>{PLIST})"
                            rf"(?: (?:[\w-]+ ){{0,3}}?to (?:the )?(?P<b>{A}))?"), (Emit("a", "p", L), Emit("b", "p", C)), 0.7),
    # "Having captured ⟨P⟩ in May, Russian forces ...": the subject of the main clause took the place
    Rule("having-captured", _r(rf"{DATELINE}(?:Having|After having) (?:(?:now|already|finally|quickly) )?(?P<v>captured|seized|"
                               rf"taken|retaken|recaptured|overrun|overran|entered|secured|liberated|won back|regained|"
                               rf"taken control of|seized control of|gained control of)(?: control of)? (?P<p>{PLIST})"
                               rf"(?:[^.;⟨]|⟨P\d+⟩){{0,90}}?, (?:(?:the|its|their) )?(?P<a>{A})"), (Emit("a", "p", C),), 0.8),
    # "Having lost ⟨P⟩ and most of ⟨P⟩, the RSF turned west"; "Having been driven out of ⟨P⟩ by ⟨A⟩ in October,
    # the opposition regrouped": the subject of the main clause lost the place (to the agent, if named)
    Rule("having-lost", _r(rf"{DATELINE}(?:Having|After having) (?:(?:now|already|finally) )?(?P<v>lost|abandoned|ceded|given up|"
                           rf"withdrawn from|pulled out of|retreated from|fled|been (?:driven|pushed|forced|chased|ousted|"
                           rf"expelled|routed|thrown) (?:out of|from)) (?:control of )?(?:{SHARE})?(?P<p>{PLIST})"
                           rf"(?:, (?:the|a|an) [^,⟨.;]{{1,60}},)?(?: by (?P<a>{A}))?(?:[^.;⟨,]|⟨P\d+⟩){{0,60}}?, "
                           rf"(?:(?:the|its|their) )?(?P<b>{A})"), (Emit("b", "p", L), Emit("a", "p", C)), 0.8),
    # "took ⟨P1⟩ on Friday, followed by ⟨P2⟩ on Saturday"
    Rule("followed-by", _r(rf"(?P<a>{A}) {ADV}{AUX}{ADV}(?:{CAPTURE_V}) (?:[^.;⟨]|⟨P\d+⟩){{1,120}}?,? (?P<v>followed by) "
                           rf"(?P<p>{PLIST})"), (Emit("a", "p", C),), 0.75),
    # "withdrew to positions outside ⟨P⟩" (a list may not start after "outside": its own rule)
    Rule("withdrew-outside", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>withdrew|withdrawn|retreated|fell back|pulled back|"
                                rf"pulled out) to (?:new |defensive |safer |other )?(?:positions|lines|bases) "
                                rf"(?:outside|beyond|on the outskirts of) (?P<p>{PLIST_N})"), (Emit("a", "p", L),), 0.8),
    # "the TPLF acknowledged the loss of ⟨P⟩"
    Rule("admits-loss", _r(rf"(?:(?:[Aa]|[Tt]he) (?:spokesman|spokeswoman|spokesperson|commander|leader) (?:for|of) )?{SUBJ} {ADV}{AUX}{ADV}(?P<v>acknowledged|acknowledges|admitted|admits|conceded|concedes|"
                           rf"confirmed|confirms|announced|mourned) (?:the )?(?:loss|fall) of (?P<p>{PLIST})"),
         (Emit("a", "p", L),), 0.8),
    # "handed ⟨P⟩ over to X", "⟨P⟩ was handed over to X": X took it (and the giver lost it)
    Rule("handed-over-to", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>handed|hands|handing|turned|ceded) (?:over )?(?:control of )?"
                              rf"(?P<p>{PLIST}) (?:over |back )?to (?P<b>{ALIST})"),
         (Emit("a", "p", L), Emit("b", "p", C)), 0.8),
    Rule("was-handed-to", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,[^,]{{1,60}},)? (?:was |were |has been |had been |have been )"
                             rf"{ADV}(?P<v>handed|turned|ceded) (?:over |back )?to (?P<b>{ALIST})"), (Emit("b", "p", C),), 0.8),
    # "fighting raged in ⟨P⟩ between A and B"
    Rule("fighting-in-between", _r(rf"(?P<v>fighting|clashes|battles|combat) (?:[\w-]+ ){{0,2}}?(?:in|around|for|near|over) "
                                   rf"(?:control of )?(?P<p>{PLIST}) (?:[\w-]+ ){{0,3}}?between (?P<a>{A}) and (?P<b>{A})"),
         (Emit("a", "p", CO), Emit("b", "p", CO)), 0.7),
    # "the garrison in ⟨P⟩ surrendered to X": X took the place; "X fighters in ⟨P⟩ surrendered": X lost it
    Rule("garrison-surrendered", _r(rf"(?:garrison|defenders|troops|soldiers|forces|fighters|holdouts) (?:in|of|at|inside) "
                                    rf"(?P<p>{PLIST}) {ADV}(?:has |have |had )?(?P<v>surrendered|capitulated|laid down "
                                    rf"(?:their|its) arms)(?: to (?P<b>{ALIST}))?"), (Emit("b", "p", C),), 0.8),
    Rule("x-in-p-surrendered", _r(rf"(?P<a>{A})(?: [\w-]+){{0,3}}? (?:in|at|inside) (?P<p>{PLIST}) {ADV}(?:has |have |had )?"
                                  rf"(?P<v>surrendered|capitulated|laid down (?:their|its) arms)(?: to (?P<b>{ALIST}))?"),
         (Emit("a", "p", L), Emit("b", "p", C)), 0.8),
    # "declared victory over the Islamic State group in ⟨P⟩"
    Rule("victory-over-in", _r(rf"(?P<v>victory|triumph) over (?P<a>{ALIST}) (?:in|at) (?P<p>{PLIST})"),
         (Emit("a", "p", L),), 0.8),
    # "Huthi positions around ⟨P⟩ were struck": an actor's positions in a place are a (partial) hold on it
    Rule("x-positions-in", _r(rf"(?P<a>{A}) (?:front-line |frontline |forward |defensive |fortified |remaining |last )?"
                              rf"(?P<v>positions|strongholds|bases|outposts|garrisons?|trenches|checkpoints|defences|defenses) "
                              rf"(?:in|around|inside|at|on the outskirts of|in and around) (?P<p>{PLIST})"),
         (Emit("a", "p", H),), 0.65),
    # "the army said it had broken the siege of ⟨P⟩": the besieged side holds it
    Rule("x-broke-siege", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>broke|broken|break|breaks|breaking|lifted|lift|lifts|lifting|ended|"
                             rf"broke through) (?:the |a |an |its |their |⟨R\d+⟩ )?(?:[\w-]+ ){{0,2}}?(?:siege|blockade|encirclement) "
                             rf"(?:of|on|around) (?P<p>{PLIST})"), (Emit("a", "p", H),), 0.75),
    # "government forces have since deployed in ⟨P⟩ and in ⟨P⟩"
    Rule("x-deployed-in", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>deployed|redeployed|were deployed|was deployed|been deployed) "
                             rf"(?:on \w+day |\w+day |overnight |on \w+ \d+ )?(?:in|into|to|inside|across) (?P<p>{PLIST})(?:,? and (?:in|into|to|inside) (?P<q>{PLIST}))?"),
         (Emit("a", "p", H), Emit("a", "q", H)), 0.75),
)

# Coordinated verbs with the subject left out: "M23 rebels entered Goma on Monday, and later advanced on
# Bukavu". The filler before "and" may hold places but no other actor.
_OBJ_VERBS = "".join(f"(?<!{w} )" for w in ("pushed", "forced", "drove", "driven", "expelled", "attacked", "fought", "against",
                                               "with", "from", "by", "of", "to", "defeated", "routed", "encircled",
                                               "besieged", "killed", "struck", "hit", "fighting", "battling", "targeted"))
# ("launched strikes on ⟨A⟩ ... and hit ⟨P⟩": the target is no subject)
_OBJ_VERBS += "".join(f"(?<!\\b{w} )" for w in ("on", "at", "shelled", "bombed"))
# "forcing more than 2,000 soldiers to": those forced out lost the place
_FORCING = (r"(?P<v>forcing|driving|prompting|compelling) (?:more than |about |some |around |hundreds of |dozens of |"
            # ("forcing soldiers and police to withdraw")
            rf"thousands of |the |[\d,_]+ )*(?P<b>{A})(?: and (?:the )?(?:[\w-]+ )?(?:police|policemen|gendarmes|"
            rf"officials|militiamen|officers|residents|civilians))? to ")
ELIDED = rf"{_OBJ_VERBS}(?:(?<!after )(?<!when )(?<!while )(?<!once )(?<!as )|(?=⟨[AR]\d+⟩ [^.;,]{{1,140}}? (?:and|then) ))(?P<a>{A})(?: (?:[^.;⟨]|⟨P\d+⟩|(?<=after )⟨A\d+⟩|(?<=when )⟨A\d+⟩|(?<=as )⟨A\d+⟩|(?<=from )⟨A\d+⟩){{1,140}}?),? (?:and|then|before|but)(?: (?:on \w+day|on \w+ \d+|in \w+|later that day|the next day|the following day|a day later|days later|hours later|(?:earlier |later )?(?:this|last|that) (?:week|month|morning|year)|overnight|at dawn|within (?:days|hours)|on \w+ (?:night|morning)),?)? (?:later |then |also |subsequently |quickly |soon |eventually |went on to |moved on to )?{AUX}"
RULES = RULES + (
    Rule("elided-seized", _r(rf"{ELIDED}(?P<v>{CAPTURE_V}) (?:{SHARE})?(?:control of |full control of |{SOME_INCL}|{CITIES})?(?P<p>{PLIST})"),
         (Emit("a", "p", C, share="share"),), 0.75),
    Rule("elided-drove-out", _r(rf"{ELIDED}(?P<v>drove|driven|pushed|forced|chased|expelled|ousted|kicked|flushed|evicted|dislodged|"
                                rf"routed|cleared|purged) (?:the )?(?:(?:last|remaining|remnants of) )?(?P<b>{A})(?: [\w-]+| of ⟨A\d+⟩)? (?:out of|from) "
                                rf"(?P<p>{PLIST})"), (Emit("a", "p", C), Emit("b", "p", L)), 0.75),
    Rule("elided-announced", _r(rf"{ELIDED}(?P<v>announced|declared|claimed|proclaimed|confirmed) (?:the |its |their |⟨R\d+⟩ )?"
                                rf"(?:[\w-]+ )?(?:capture|recapture|liberation|seizure|takeover|fall) {NTIME}of (?P<p>{PLIST})"),
         (Emit("a", "p", C),), 0.75),
    Rule("elided-fled", _r(rf"{ELIDED}(?P<v>{_LEFT_V})(?! (?:from|out|to|into|towards?|across|"
                           rf"through|the|a|an|its|their|⟨)\b)(?![\w-])"), (Emit("a", IMPLIED, L),), 0.6),
    # "..., forcing more than 2,000 soldiers to surrender": the ones forced out lost the place just named
    Rule("forcing-to-flee", _r(rf"(?P<p>{PLIST})(?: [^,⟨.;]{{0,50}})?, {_FORCING}(?:surrender|withdraw|"
                               rf"retreat|flee|pull out|pull back|abandon)"), (Emit("b", "p", L),), 0.7),
    # "..., forcing soldiers to withdraw from their base on the edge of the town"
    Rule("forcing-to-leave", _r(rf"{_FORCING}(?:withdraw|retreat|flee|pull out|pull back) (?:from|out of) (?:{OBJ_IN})?"
                                rf"(?P<p>{PLIST})"), (Emit("b", "p", L),), 0.7),
    Rule("elided-withdrew", _r(rf"{ELIDED}(?P<v>{LOST_V}) (?P<p>{PLIST}){_TO_TAKER}"),
         (Emit("a", "p", L), Emit("b", "p", C)), 0.7),
    # "Soldiers returned to ⟨P⟩ and were in control of the town"
    Rule("elided-controls", _r(rf"{ELIDED}(?P<v>(?:were |was |are |is |remained |remain |remains )?(?:firmly |fully |back )?in (?:full |firm |complete )?"
                               rf"control of|controlled|now control|now controls|now controlled|now hold|now holds|now held) (?:{SHARE})?(?P<p>{PLIST})"),
         (Emit("a", "p", H, share="share"),), 0.7),
    Rule("elided-attacks", _r(rf"{ELIDED}(?P<v>{ATTACK_V}) (?:{OBJ_IN}|control of |(?:the )?(?:towns?|cities|city|villages?) of )?(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.7),
    Rule("elided-besieges", _r(rf"{ELIDED}(?P<v>{BESIEGE_V}) (?:{OBJ_IN})?(?P<p>{PLIST})"), (Emit("a", "p", B),), 0.7),
)

# Implied participants ("*", filled by mapgen.implied). An objectless withdrawal: "most ⟨A⟩ had fled by
# Thursday", "⟨A⟩ of the battalion based in ⟨P⟩ surrendered" -- the place is the one named in the subject,
# else earlier in the sentence, else in the sentence before. The subject may carry only a prepositional
# phrase (no verb: "⟨A⟩ entered the town where residents had fled" is not the actor fleeing).
_SUBJ_PP = (r"(?P<x>(?:(?: [\w-]+)? (?:of|in|from|based in|based around|stationed in|stationed around|stationed near|deployed in|deployed around|"
            r"inside|at|around|defending|guarding)(?: [\w'-]+| ⟨P\d+⟩){1,8}?| ⟨P\d+⟩)?)")
# What stands between a withdrawing subject and its verb ("the insurgents, he said, had also fled").
_FLEE_SUBJ = rf"{_SUBJ_PP}(?:, (?:[^,⟨]|⟨[PR]\d+⟩){{1,60}},)?,? {ADV}(?:(?:had|have|has|were|was|are|is) )?"
_FLEE_ADV = r"(?:also |then |reportedly |quickly |eventually |already |finally |hastily )?"
RULES = RULES + (
    Rule("x-fled", _r(rf"(?P<a>{ALIST_S})(?: and (?:[\w'-]+ ){{0,2}}(?:forces|troops|units|fighters|militias|militiamen|allies|police|"
                      rf"policemen|soldiers|paramilitaries|officials|families|officers))?{_FLEE_SUBJ}(?:being |been )?{_FLEE_ADV}(?P<v>fled|withdrew|withdrawn|retreated|pulled out|pulled back|surrendered|"
                      rf"melted away|slipped out|slipped away|repositioned|redeployed|withdrawing|retreating|pulling out|pulling back|"
                      # ("soldiers abandoned their posts on Thursday": they left the place the passage is about)
                      rf"(?:abandoned|deserted|left|fled) (?:⟨R\d+⟩|their|its) (?:posts|positions|bases|barracks|checkpoints|trenches)|"
                      rf"ran away|laid down (?:⟨R\d+⟩|their|its) (?:arms|weapons)|"
                      rf"left(?={LEFT_WHEN}|[,.]))"
                      rf"(?! (?:from|out|the|a|an|its|their|⟨)\b)"
                      # "withdrew towards the river", "fled into the hills", "have retreated to the desert": they left the
                      # place the passage is about; "withdrew to ⟨P⟩", "fled towards the town of ⟨P⟩" name where they went
                      rf"(?!(?: (?:north|south|east|west)\w*| back| further| deeper)?(?: (?:across|through|over) (?:the )?[\w-]+)?"
                      rf" (?:towards?|into|across|through|to|back to|back into) (?:the )?(?:(?:[\w-]+ ){{0,3}}?(?:town|city|"
                      rf"village|area|district|province|region|state|outskirts|direction) of )?⟨)(?![\w-])"),
         (Emit("a", IMPLIED, L),), 0.6),
    # "the Tigrayan fighters had left ⟨P⟩ on Tuesday night, and Fano militiamen moved in": they took the place
    # named before
    Rule("x-moved-in", _r(rf"(?P<a>{ALIST_S}){_FLEE_SUBJ}{_FLEE_ADV}(?P<v>moved in|marched in|rolled in|walked in)"
                          rf"(?= (?:on|at|overnight|early|late|hours|days|shortly|later|after|without|unopposed|the next|"
                          rf"the following)\b|[,.;])"),
         (Emit("a", IMPLIED, C),), 0.6),
    # "Soldiers retreated towards the town of Dikwa", "had pulled back across the river into neighbouring ⟨P⟩":
    # where they went is not what they left; they left the place named before it (never the destination).
    Rule("x-fled-towards", _r(rf"(?P<a>{ALIST_S}){_FLEE_SUBJ}{_FLEE_ADV}(?P<v>fled|withdrew|withdrawn|retreated|pulled out|"
                              rf"pulled back|fell back|withdrawing|retreating|pulling back|pulling out)(?: (?:north|south|east|west)"
                              rf"(?:wards?|-?(?:east|west)(?:wards?)?)?)?(?: (?:across|over|along) (?:the )?(?:[\w-]+ ){{1,4}}?)? "
                              rf"(?:towards?|into|in the direction of)(?= (?:the )?(?:(?:neighbouring|neighboring|nearby) )?⟨P|"
                              rf" the (?:[\w-]+ ){{0,2}}?(?:bush|forests?|hills|mountains|countryside|desert|jungle|swamps?|"
                              rf"marshes)\b)"),
         (Emit("a", IMPLIED, L),), 0.55),
    # "before Rwandan and Mozambican forces drove them out": out of the place just named
    Rule("x-drove-them-out", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>drove|driven|drive|drives|pushed|forced|chased|kicked|flushed) "
                                rf"(?:(?P<b>⟨[AR]\d+⟩)|them|(?:the )?[\w-]+) out(?! of| from)(?![\w-])"),
         (Emit("a", IMPLIED, C), Emit("b", IMPLIED, L)), 0.6),
    # Agentless captures: "⟨P⟩ had also been taken", "⟨P⟩, which fell in early September" -- credited to
    # the actor the sentence names (none named: no claim).
    Rule("p-was-taken", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){LOCATOR}(?:,[^,⟨]{{1,60}},)? (?:(?:has|have|had)(?: (?:also|now|finally|"
                           rf"already|reportedly|since|completely|fully|totally|effectively|largely))* been|was|were)(?: (?:also|finally|"
                           rf"quickly|soon|eventually|then|later|completely|fully|totally))* (?P<v>taken|captured|seized|retaken|recaptured|"
                           rf"liberated|freed|overrun|taken over|wrested back|won back|regained|reclaimed|wrested|wrenched|prised|pried)"
                           rf"(?!(?: [\w-]+){{0,3}} by\b)(?![\w-])(?! from (?:the )?(?:[\w'-]+ ){{0,2}}?{A} by\b)"
                           rf"(?: from (?:the )?(?:[\w'-]+ ){{0,2}}?(?P<b>{A}))?"),
         (Emit(IMPLIED, "p", C), Emit("b", "p", L)), 0.6),
    Rule("p-fell", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){LOCATOR}(?:,? (?:which|that)|,(?:[^,⟨]|⟨P\d+⟩){{1,60}},)? (?:also |finally |eventually |itself |"
                      rf"quickly )?(?P<v>fell|has fallen|had fallen|(?:has |had )?changed hands"
                      # ("changed hands several times": fought over, not taken; "fell two days later" still fell)
                      rf"(?! (?:several|many|multiple|two|three|four|five|numerous|repeatedly|twice|back and forth|"
                      rf"again|more than|at least)\b))"
                      rf"(?! (?:to|back|into|apart|silent|victim|short|under|quiet|"
                      rf"within|by|in the|sharply|below|from|off|on hard|ill|asleep|behind)\b)(?![\w-])"),
         (Emit(IMPLIED, "p", C),), 0.6),
)
RULES = RULES + (
    # "⟨P⟩, a railway town, had been occupied since April" (by the actor the sentence names)
    Rule("p-was-occupied", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,(?:[^,⟨]|(?<=\d),(?=\d{{3}})){{1,80}},)? (?:(?:has|have|had) (?:also |since |long )?been|"
                              rf"was|were|is|are) (?:still |now )?(?P<v>occupied|controlled)(?!(?: [\w-]+){{0,3}} by\b)(?![\w-])"),
         (Emit(IMPLIED, "p", H),), 0.55),
    # "The town is surrounded on all sides" (by the actor the sentence names, else the last taker)
    Rule("p-was-surrounded", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,[^,⟨]{{1,60}},)? (?:(?:has|have|had) been|is|was|are|were|"
                                rf"remains|remained) (?:now |effectively |almost |nearly |completely |all but |still )?"
                                rf"(?P<v>surrounded|encircled|besieged|cut off|under siege)(?![\w-])(?!(?: [\w-]+){{0,4}} by\b)"),
         (Emit(IMPLIED, "p", B),), 0.55),
    # "⟨A⟩ admitted that ⟨P⟩ was effectively lost"
    Rule("p-was-lost", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N})(?:,[^,⟨]{{1,60}},)? (?:(?:has|have|had) been|was|were) (?:effectively |"
                          rf"largely |all but |now |finally )?(?P<v>lost)(?! (?:to|on|in the)\b)(?![\w-])"),
         (Emit(IMPLIED, "p", L),), 0.55),
)
# "In ⟨P⟩, the rebels continue to besiege pro-Hadi neighbourhoods": a fronted locative is where the verb acts when
# its object names no place.
FRONT_IN = rf"{DATELINE}(?:In|Inside|Around|Near|Across) (?P<p>⟨P\d+⟩)(?:, [^,⟨]{{1,40}},)?,? "
RULES = RULES + (
    Rule("in-p-x-besieges", _r(rf"{FRONT_IN}{SUBJ} {ADV}{AUX}{ADV}(?:continue to |continued to |continues to )?(?P<v>{BESIEGE_V})"
                               rf"(?! (?:the )?⟨P)(?! (?:[\w-]+ ){{0,3}}(?:in|of) ⟨P)"), (Emit("a", "p", B),), 0.65),
    Rule("in-p-x-attacks", _r(rf"{FRONT_IN}{SUBJ} {ADV}{AUX}{ADV}(?:continue to |continued to |continues to |kept up )?(?P<v>{ATTACK_V}|"
                              rf"shelled|shelling|bombarded|bombarding)(?! (?:the )?⟨P)(?! (?:[\w-]+ ){{0,3}}(?:in|of) ⟨P)"),
         (Emit("a", "p", AT),), 0.6),
    Rule("in-p-x-holds", _r(rf"{FRONT_IN}{SUBJ} {ADV}{AUX}{ADV}(?P<v>controls|control|hold|holds|held|controlled|in control of) (?:{SHARE})?"
                            rf"(?:the |its |their )?(?:[\w-]+ ){{0,2}}?(?:streets|districts|neighbourhoods|neighborhoods|centre|center|"
                            rf"areas|positions|parts|quarters|territory|wards)\b"), (Emit("a", "p", H, share="share"),), 0.6),
    # "In ⟨P⟩, U.S. forces regained control of police stations that militiamen had occupied": part of the place
    Rule("in-p-x-took-part", _r(rf"{FRONT_IN}{SUBJ} {ADV}{AUX}{ADV}(?P<v>regained control of|took control of|"
                                rf"seized control of|seized|captured|retook|recaptured|overran|stormed) (?:the |its |their |"
                                rf"several |some |a |two |three )?(?:[\w-]+ ){{0,2}}?(?:police stations?|stations|bases?|"
                                rf"headquarters|buildings|offices|compound|checkpoints|positions|districts|neighbourhoods|"
                                rf"neighborhoods|airport|barracks|streets|government offices)\b"),
         (Emit("a", "p", C),), 0.6),
)
# "The military still holds the centre and the airport", "junta troops were holding out in the airfield on
# ⟨P⟩'s southern edge", "soldiers are still inside ⟨P⟩": a part of the town is held (the town named with it,
# else the one the sentence or the last one is about).
_PART_HELD = (r"(?:(?:the|its|their|⟨R\d+⟩|several|some|a few|most of the|much of the|parts of the|part of the|a|an|two|three|"
              r"four) )?(?:[\w-]+ ){0,2}?(?:centre|center|airport|airfield|airbase|wards|neighbourhoods|neighborhoods|districts|"
              r"positions|quarters|streets|headquarters|garrison|base|barracks|citadel|area|areas|pockets?|outskirts|edge|"
              r"edges|buildings|compound|complex)")
_HOLD_PART_V = (r"(?P<v>holds|hold|held|holding|controls|control|controlled|controlling|clung|clinging|clings|cling|"
                r"(?<=are )in control of|(?<=were )in control of|(?<=is )in control of|(?<=was )in control of|"
                r"(?<=still )in control of)(?: on to| onto| to)? "
                rf"{_PART_HELD}(?:,? (?:and )?{_PART_HELD})*"
                r"|(?:(?<=are )|(?<=were )|(?<=was )|(?<=is )|(?<=remain )|(?<=remained )|(?<=remains )|(?<=been )|"
                r"(?<=still ))(?P<v2>(?:holding|held|hold|holds) out|holed up|entrenched|dug in)(?: (?:in|at|around|inside) "
                rf"{_PART_HELD})?")
RULES = RULES + (
    Rule("x-holds-part-of", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?:{_HOLD_PART_V}) (?:[\w-]+ ){{0,4}}?(?:in|of|on|around|at|inside) "
                               rf"(?:the )?(?P<p>⟨P\d+⟩)"), (Emit("a", "p", H),), 0.6, trigger="a"),
    Rule("x-holds-part", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?:{_HOLD_PART_V})(?![^.;⟨]{{0,60}}⟨P)(?![\w-])"
                            # (a part placed elsewhere -- "pockets of territory around the Sambisa forest" -- is not the town's)
                            r"(?! (?:of (?:territory|land) )?(?:in|around|near|at|across|along|inside|outside|of|on|beyond)\b)"),
         (Emit("a", IMPLIED, H),), 0.55, trigger="a"),
    # "before Afghan forces took it back", "won the town back"
    Rule("x-took-back", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>took|take|takes|taking|won|win|wins|winning|wrested|wrest|got|get) "
                           rf"(?P<p>{PLIST}) back\b"), (Emit("a", "p", C),), 0.8),
    # "the Islamic State group, which the Kurds drove out of ⟨P⟩": an object relative; who drove took it
    # (a pronoun there is not resolved to who drove: "the group, which they drove out of ⟨P⟩" says only who lost it)
    Rule("b-which-x-drove-out", _r(rf"(?P<b>{A}),? (?:which|whom|who) (?:(?P<a>⟨A\d+⟩)|⟨R\d+⟩) {ADV}{AUX}{ADV}"
                                   rf"(?P<v>{_EXPEL_V})(?: out)? (?:of|from) (?:{SOME_INCL})?(?P<p>{PLIST})"),
         (Emit("a", "p", C), Emit("b", "p", L)), 0.8),
    # "Starobilsk is being used by Russian forces as a rear base"
    Rule("p-used-as-base-by", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}){LOCATOR},? (?:[\w-]+ ){{0,3}}?(?:is|are|was|were|has been|"
                                 rf"have been|had been)(?: being)? (?P<v>used) by (?P<a>{ALIST}) as (?:a |an |the |their |its )"
                                 rf"(?:[\w-]+ ){{0,2}}?(?:base|bases|stronghold|headquarters|bastion|rear base|launchpad|"
                                 rf"launching pad|staging post|staging ground)\b"), (Emit("a", "p", H),), 0.75),
    # "drove Boko Haram out of Damasak" (whoever drove them): the ones driven out lost it
    Rule("drove-b-out", _r(rf"(?<!\bto )(?<!\bto help )(?<!\bbid to )(?P<v>drove|driven|drive|drives|driving|pushed|forced|chased|expelled|ousted|kicked|flushed|evicted|"
                           rf"dislodged) (?:the )?(?:(?:last|remaining|remnants of) )?(?P<b>{A})(?: [\w-]+| of ⟨A\d+⟩)? (?:out of|from) "
                           rf"(?P<p>{PLIST})"), (Emit("b", "p", L),), 0.7),
    # "with HTS and its allies overrunning ⟨P⟩": an absolute clause
    Rule("with-x-capturing", _r(rf"\bwith (?:the )?(?P<a>{ALIST})(?: and (?:⟨R\d+⟩|its|their) allies)? {ADV}(?P<v>overrunning|capturing|"
                                rf"seizing|taking|retaking|recapturing|entering|taking control of|seizing control of) "
                                rf"(?:{SOME_INCL})?(?P<p>{PLIST})"), (Emit("a", "p", C),), 0.75),
    # "Manbij had returned to government control"
    Rule("p-returned-to-x", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}) {ADV}(?:has |have |had )?{ADV}(?P<v>returned|reverted|came back|"
                               rf"passed back|was returned) to (?:the )?(?P<a>{A}){POSS}? (?:full )?(?:control|hands|rule)"),
         (Emit("a", "p", H),), 0.8),
    # "the jihadists have been encircled in ⟨P⟩": the besieged still hold (part of) the place
    Rule("x-encircled-in", _r(rf"{SUBJ} {ADV}(?:(?:are|were|is|was|remain|remained|remains|have been|has been|had been) )"
                              rf"{ADV}(?P<v>encircled|besieged|surrounded|trapped|cut off) (?:in|inside) (?P<p>{PLIST})"),
         (Emit("a", "p", H),), 0.6),
    Rule("x-inside", _r(rf"{SUBJ} {ADV}(?:are|were|is|was|remain|remained|remains) (?:still )?(?P<v>inside|holed up in|"
                        rf"entrenched in|dug in in|in control (?:in|of)) (?P<p>{PLIST})"), (Emit("a", "p", H),), 0.6),
)
IMPLIED_PLACE_RULES = frozenset(
    {"x-fled", "x-fled-towards", "x-drove-them-out", "elided-fled", "x-holds-part", "x-moved-in"}
)
IMPLIED_ACTOR_RULES = frozenset(
    {"p-was-taken", "p-fell", "p-was-occupied", "p-was-lost", "p-declared-liberated", "p-was-surrounded"}
)

# Participles and reports of a capture, flags raised, strongholds named after the place, sieges reported in a
# "where" clause.
# A "where" clause about the place named before it, with its subject: "⟨P⟩, further north, where the AA ..."
_IN_CONTROL = (rf"{ADV}(?:remain|remains|remained|is|are|was|were|stay|stays|stayed|has been|have been|had been) (?:firmly |"
               rf"still |fully |now |largely |clearly )?(?P<v>in) (?:full |firm |complete |effective |overall |total )?"
               rf"(?:control|charge)\b(?! of)")
_WHERE_X = rf"{LOCATOR}(?:,[^,⟨;.]{{1,60}})?,? where (?:the )?(?P<a>{A}) "
# (another side's lines or positions are what the subject went through, not another subject: "⟨A⟩ broke
# through ⟨A⟩ lines and swept east, recapturing ⟨P⟩")
_NO_OTHER_ACTOR = r"(?:[^.;⟨]|⟨P\d+⟩|⟨R\d+⟩|⟨A\d+⟩(?= (?:lines|positions|defences|defenses|trenches)\b))"
RULES = RULES + (
    # "The army then advanced from the north, capturing the towns of Shire, Axum and Adwa"
    Rule("x-verb-capturing", _r(rf"(?P<a>{ALIST_S}) {_NO_OTHER_ACTOR}{{1,150}}?, (?:(?:later|then|quickly|eventually|finally|before) )?"
                                rf"(?P<v>capturing|seizing|retaking|recapturing|taking|overrunning|taking control of|"
                                rf"seizing control of|entering|liberating|conquering) (?:{CITIES}|{SOME_INCL}|the (?:[\w-]+ )?(?:towns|cities|villages) of )?(?P<p>{PLIST})"),
         (Emit("a", "p", C),), 0.75),
    # "Russian columns fanned out along the roads, reaching the outskirts of ⟨P⟩ and ⟨P⟩"
    Rule("x-verb-reaching", _r(rf"(?P<a>{ALIST_S}) {_NO_OTHER_ACTOR}{{1,150}}?, (?:(?:later|then|quickly|eventually|finally) )?"
                               rf"(?P<v>reaching|approaching|nearing) (?:(?:the )?(?:[\w-]+ (?:and [\w-]+ )?)?(?:edges?|outskirts|"
                               rf"gates|suburbs|approaches|perimeter) of )?(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.7),
    # "Iraqi forces raised the national flag over the government complex in ⟨P⟩"
    Rule("x-raised-flag", _r(rf"(?P<a>{ALIST_S}) (?:[^.;,⟨]|⟨P\d+⟩|⟨R\d+⟩){{0,60}}?(?P<v>raised|raising|hoisted|hoisting|planted|planting) "
                             rf"(?:the |a |an |its |their |⟨R\d+⟩ )?(?:[\w-]+ ){{0,4}}?flags? (?:over|above|on|atop) (?:the )?"
                             rf"(?:(?:[\w-]+|⟨A\d+⟩) ){{0,5}}?(?:(?:in|of) )?(?P<p>{PLIST})"), (Emit("a", "p", C),), 0.75),
    # "the army on November 21 announced the capture of ⟨P⟩"
    Rule("x-announced-capture", _r(rf"{SUBJ} {ADV}{AUX}{ADV}(?P<v>announced|declared|proclaimed|claimed|celebrated|confirmed|"
                                   rf"hailed) (?:the |its |their |⟨R\d+⟩ )?(?:[\w-]+ )?(?:capture|recapture|liberation|seizure|"
                                   rf"takeover|conquest|fall) {NTIME}of (?P<p>{PLIST})"), (Emit("a", "p", C),), 0.8),
    # "a blow that leaves ⟨P⟩ as the last major city in its hands"
    Rule("leaves-as-last", _r(rf"(?P<v>leaves|left|leaving|leave) (?P<p>{PLIST}),? as (?:the |its |their )?(?:last|only) "
                              rf"[^,.;⟨]{{0,40}}?(?:in|under) (?:the hands of |the control of )?(?P<a>{A}){POSS}? ?(?:hands|control)?"),
         (Emit("a", "p", H),), 0.8),
    # "⟨P⟩ remains the militants' main stronghold in Iraq"
    Rule("p-remains-xs-stronghold", _r(rf"{NOT_CONTAINER}(?P<p>{PLIST_N}),?(?: which| that)? (?:is|was|remains|remained|has been|had been|"
                                       rf"became|has become|has long been|had long been|has always been|was long) (?:still |now |long )?(?:the |a |an |one of )?(?P<a>{A}){POSS}? "
                                       rf"(?:[\w-]+ ){{0,3}}?(?P<v>{STRONG_N}|bastion)\b"), (Emit("a", "p", H),), 0.8),
    # "Sangin, further south, where the district centre remains in government hands": its centre is held
    Rule("p-where-centre-in-hands", _r(rf"(?P<p>{PLIST}){LOCATOR}(?:,[^,⟨;.]{{1,60}})?,? where (?:the |its )?(?:[\w-]+ ){{0,2}}?"
                                       rf"(?:centre|center|airport|base|garrison|old city|citadel|compound|headquarters) "
                                       rf"(?:still )?(?:remains|remained|is|was) (?:still |firmly )?(?P<v>in|under) "
                                       rf"(?P<a>{A}){POSS}? (?:full |firm )?(?:hands|control)"), (Emit("a", "p", H),), 0.75),
    # "⟨P⟩, where IS fighters have surrounded the refinery", "where the AA has been attacking junta positions"
    Rule("p-where-x-besieges", _r(rf"(?P<p>{PLIST}){_WHERE_X}{ADV}{AUX}{ADV}"
                                  rf"(?P<v>{BESIEGE_V})\b"), (Emit("a", "p", B),), 0.7),
    Rule("p-where-x-holds", _r(rf"(?P<p>{PLIST}){_WHERE_X}{ADV}{AUX}{ADV}"
                               rf"(?P<v>controls|controlled|control|holds|held|hold|runs|ran|occupies|occupied) (?:{SHARE})?"),
         (Emit("a", "p", H, share="share"),), 0.65),
    # "Tripoli, where Gaddafi's forces remain in control", "In ⟨P⟩, the army is firmly in control"
    Rule("p-where-x-in-control", _r(rf"(?P<p>{PLIST}){_WHERE_X}{_IN_CONTROL}"), (Emit("a", "p", H),), 0.65),
    Rule("in-p-x-in-control", _r(rf"{FRONT_IN}{SUBJ} {_IN_CONTROL}"), (Emit("a", "p", H),), 0.65),
    # "⟨P⟩, which the junta handed over to Kokang rebels in January"
    Rule("p-which-x-handed", _r(rf"(?P<p>{PLIST_N}),? (?:which|that) (?:the )?(?P<a>{A}) {ADV}(?:has |had |have )?{ADV}"
                                rf"(?P<v>handed|handed over|ceded|surrendered|gave up|abandoned|lost)(?: over)? (?:control )?"
                                rf"(?:to (?:the )?(?P<b>{ALIST}))?"), (Emit("a", "p", L), Emit("b", "p", C)), 0.75),
    Rule("p-where-x-attacks", _r(rf"(?P<p>{PLIST}){_WHERE_X}{ADV}{AUX}{ADV}"
                                 rf"(?P<v>attacked|attacking|attack|attacks|shelled|shelling|stormed|storming|assaulted|"
                                 rf"assaulting|pounded|pounding|bombarded|bombarding|raided|raiding|fought|fighting|battled|"
                                 rf"battling|clashed|clashing|bombed|bombing|(?:carried out|launched|conducted) (?:[\w-]+ )?"
                                 rf"(?:air strikes|airstrikes|strikes|raids|attacks)|(?:waging|waged|mounting|mounted|pressing) "
                                 rf"(?:an? |the |its |their |⟨R\d+⟩ )?(?:[\w-]+ ){{0,2}}?(?:offensive|assault|campaign|attacks?))\b"),
         (Emit("a", "p", AT),), 0.65),
)

# Session 7: reduced relative clauses in appositives, attempts by an actor, entries reported in a "where" clause.
RULES = RULES + (
    # "Mellit, a town the paramilitaries captured last year": a relative clause without its pronoun after an
    # appositive's head noun (nothing after the verb)
    Rule("appos-x-took", _r(rf"(?P<p>{PLIST_N}){LOCATOR}, (?:a|an|the) (?:[\w-]+ ){{1,4}}?(?:the )?(?P<a>{A}) {ADV}(?:has |had |have )?"
                            rf"{ADV}(?:been )?(?P<v>captured|seized|took|taken|overran|overrun|retook|retaken|recaptured|held|"
                            rf"controlled|controls|holds|occupied|occupies)\b(?! (?:⟨|the|a|an|its|their|control|parts|most|much|"
                            rf"all)\b)"), (Emit("a", "p", H),), 0.75),
    # "a fresh attempt by al-Qaeda-linked militants to storm the town of ⟨P⟩": an attack, whatever its outcome
    Rule("attempt-by-x-to", _r(rf"(?P<v>attempt|attempts|bid|bids|effort|efforts|push|drive) by (?:the )?(?P<a>{ALIST}) to "
                               rf"(?:retake|recapture|capture|take|seize|storm|overrun|enter|reach|encircle|surround) "
                               rf"(?:control of )?(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    # "loyalist forces kept up their bombardment of the rebel-held town of ⟨P⟩"
    Rule("xs-bombardment-of", _r(rf"(?P<a>{A}){POSS}? (?:(?!(?:repelled|repulsed|thwarted|survived|withstood|came|comes|under|"
                                 rf"halted|stopped|condemned|denounced|denied|blamed)\b)[\w-]+ ){{0,3}}?(?P<v>bombardment|shelling|"
                                 rf"bombing|pounding) of (?:{XHELD})?(?P<p>{PLIST})"), (Emit("a", "p", AT),), 0.8),
    # "⟨P⟩, the capital of ⟨P⟩ and the last city in the region still in army hands, ...": what the appositive fold
    # left of an appositive that says who holds the place
    Rule("p-and-appos-held", _r(rf"(?P<p>{PLIST_N}) and (?:the |a |an )[^,⟨.;]{{0,60}}?(?:still |now )?(?P<v>in) (?P<a>{A}) "
                                rf"hands"), (Emit("a", "p", H),), 0.8),
    Rule("p-and-appos-x-held", _r(rf"(?P<p>{PLIST_N}) and (?:the |a |an )[^,⟨.;]{{0,60}}?(?P<a>{A})-(?P<v>held|controlled) "),
         (Emit("a", "p", H),), 0.8),
    # "Diffa and Bosso, on the shores of Lake Chad, although both remain in government hands"
    Rule("p-both-remain", _r(rf"(?P<p>⟨P\d+⟩(?:,? (?:and )?⟨P\d+⟩)+)(?:,(?:[^,⟨.;]|⟨P\d+⟩){{1,60}})?,? (?:although|though|but|and|"
                             rf"while) (?:both|all three|all four|all of them|each) (?:still |now )?(?:remain|remained|are|were|"
                             rf"stay|stayed)(?: still| firmly)? (?P<v>in|under) (?P<a>{A}){POSS}? (?:hands|control)"),
         (Emit("a", "p", H),), 0.75),
    # A base held in a place: "⟨P⟩, where the rebels have their main base", "⟨P⟩, the district capital that hosts
    # the army's main base", "Turkish forces have long maintained a base at ⟨P⟩"
    Rule("p-where-x-has-base", _r(rf"(?P<p>{PLIST_N}){_WHERE_X}(?:still |now )?"
                                  rf"(?:has|have|had|keeps|kept|maintains|maintained) (?:its|their|a|an|⟨R\d+⟩) "
                                  rf"(?:[\w-]+ ){{0,2}}?(?P<v>base|headquarters|garrison|stronghold)\b"), (Emit("a", "p", H),), 0.7),
    Rule("p-hosts-xs-base", _r(rf"(?P<p>{PLIST_N})(?:, (?:a|an|the) [^,⟨;.]{{1,60}}?)?,? (?:which|that) (?:still )?"
                               rf"(?P<v>hosts|houses|hosted|housed) (?:the )?(?P<a>{A})(?:'s|') (?:[\w-]+ ){{0,2}}?"
                               rf"(?:base|headquarters|garrison|command)\b"), (Emit("a", "p", H),), 0.7),
    Rule("x-has-base-at", _r(rf"{SUBJ} {ADV}(?:,? who )?(?:have |has |had )?(?:long |still )?(?P<v>maintained|maintain|maintains|"
                             rf"have|has|kept|keep|keeps) (?:a|an|its|their|⟨R\d+⟩) (?:[\w-]+ ){{0,2}}?(?:base|garrison) "
                             rf"(?:at|in) (?P<p>{PLIST})"), (Emit("a", "p", H),), 0.7),
    # "towards ⟨P⟩, where the rebels entered without a fight" (after "towards" too: the clause is about the place)
    Rule("p-where-x-entered", _r(rf"(?P<p>{PLIST_N}){_WHERE_X}{ADV}{AUX}{ADV}"
                                 rf"(?P<v>entered|moved in|marched in|rolled in|swept in)\b(?! ⟨)"), (Emit("a", "p", C),), 0.7),
)

# Cheap prefilter: a rule runs on a sentence only when one of these (lower-case) substrings occurs in it.
