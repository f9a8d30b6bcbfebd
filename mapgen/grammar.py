# ruff: noqa: E501  (regular-expression tables read better unbroken)
"""The phrase grammar of sentence skeletons: the building blocks every control rule is written with.

A sentence becomes a *skeleton* in which every actor mention is ``⟨A3⟩``, every pronoun that may refer to
an actor ``⟨R4⟩`` and every place mention ``⟨P2⟩`` (:mod:`mapgen.skeleton`). This module names the pieces
the rules of :mod:`mapgen.patterns` are built from: place lists (``PLIST``), actor lists and subjects
(``ALIST``, ``SUBJ``), shares, the verbs of each status (``CAPTURE_V``, ``LOST_V``, ...), sites in a
place, and the descriptor folds the skeleton applies once per sentence ("the northern town of ⟨P3⟩" ->
"⟨P3⟩", ``COLLAPSE`` and its kin) so the rules see bare place tokens.
"""

from __future__ import annotations

import re

from .regexfirst import guarded

A = r"⟨[AR]\d+⟩"
P = r"⟨P\d+⟩"
POSS = r"(?:'s|'| s)"
_MONTHS = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|"
           r"Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
# (dates between a subject and its verb: "The YPG on June 16 took ...", "the RSF in late October seized ...")
_DATE_ADV = rf"on {_MONTHS} \d{{1,2}}(?:st|nd|rd|th)?|on \d{{1,2}} {_MONTHS}|in (?:early |late |mid-)?{_MONTHS}(?: \d{{4}})?|"
ADV = r"(?:(?:" + _DATE_ADV + r"now|still|already|first|initially|originally|since|largely|mostly|firmly|fully|entirely|also|reportedly|effectively|currently|" \
      r"finally|quickly|swiftly|eventually|briefly|partially|partly|recently|again|back|later|earlier|" \
      r"nonetheless|nevertheless|meanwhile|likewise|similarly|evidently|allegedly|securely|solidly|" \
      r"likely|probably|most likely|almost certainly|" \
      r"then|subsequently|soon|gradually|steadily|ultimately|rapidly|temporarily|formally|officially|" \
      r"(?:appeared|appears|seemed|seems) to(?: be)?|" \
      r"yesterday|overnight|today|\w+day|on \w+day|last month|last week|last year|this week|this month|" \
      r"earlier this month|earlier this week|last night|at dawn|over the weekend|at the weekend|in \w+ \d{4}|" \
      r"repeatedly|again|heavily|fiercely|relentlessly|continuously|jointly|nominally|tightly|virtually|completely|both|" \
      r"for (?:months|weeks|days|years|a week|a month)|" \
      r"this morning|this afternoon|this evening|tonight|(?:on |early on |late on )?\w+day (?:morning|afternoon|evening|night)) )*"
AUX = r"(?:(?:has|have|had|is|are|was|were|been|being|continued to|still|continue to|continues to|began|begun|started|" \
      r"managed to|went on to|will have|trying to|tried to|attempting to|attempted to|tries to|" \
      r"(?:believed|reported|said|thought|understood) to(?: have| be)?|(?:claimed|claims|claim)(?: on \w+day)? to(?: have)?)(?: (?:also|now|since|still|already|reportedly|finally|just|effectively|on \w+day|" \
      r"largely|mostly|fully|apparently|for (?:months|weeks|days|years)|" \
      r"in (?:recent|the past|the last) (?:few )?(?:weeks|days|months)))? ){0,3}"
DESCW = (r"(?:town|towns|city|cities|village|villages|province|provinces|governorate|governorates|region|regions|"
         r"district|districts|state|states|area|areas|port|port city|capital|stronghold|strongholds|outskirts|suburb|"
         r"suburbs|neighbourhood|neighborhood|neighbourhoods|neighborhoods|hub|base|enclave|pocket|parts|part|"
         r"section|centre|center|heart|valley|oasis|airport|airbase|air base|refinery|dam|bastion|locality|hubs|ports|bases|"
         r"centres|centers|district centres|district centers|district headquarters|headquarters|"
         r"localities|municipality|county|counties|island|islands|hill|hills|crossing|settlement|settlements|strip|"
         r"oblast|region of|township|townships|garrison town|border town|market town|frontline town|"
         r"remaining territory|territory|hall|station|barracks|"
         r"eastern half|western half|northern half|southern half)")
_WORD = r"(?:[\w-]+|⟨A\d+⟩-\w+)"
DESC = rf"(?:(?:the|a|an|its|their|his|her|⟨R\d+⟩) )?(?:{P}{POSS}? )?(?:{_WORD} ){{0,3}}?{DESCW}(?: of| around| in| including)? "
# (never a verb: "the guards still held positions around ⟨P⟩" keeps its clause)
_CWORD = (r"(?!(?:capture|recapture|seizure|fall|loss|liberation|siege|encirclement|defeat|of|in|from|by|to|on|at|for|"
          r"held|holds?|holding|controls?|controlled|controlling|captured|seized|took|retook|taken|is|are|was|were|"
          r"has|have|had|still|now|also|and|or)\b)\w[\w-]*")
_ADJ = (r"(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
        r"northeastern|northwestern|southeastern|southwestern|key|main|strategic|nearby|neighbouring|"
        r"neighboring|besieged|embattled|frontline|front-line|border|coastal|ancient|former|nearby|remote|"
        r"rebel|desert|mountain|oil|port|provincial|regional|district|state|fixed|forward|defensive|military)")
# A descriptor starts with an article, a possessive or a place ("Iraq s second city"), or is one of a few
# adjectives and a place word: never with a verb ("holds the border town of" keeps "holds").
# Words after which "in"/"around" still name a part of the place ("parts in ⟨P⟩", "the pocket around ⟨P⟩"):
# a "stronghold in Iraq" or "the largest city in northern Mali" is not Iraq or Mali.
_PARTW = (r"(?:area|areas|parts|part|section|pocket|enclave|districts|neighbourhoods|neighborhoods|villages|"
          r"outskirts|suburbs|positions|territory|remaining territory|countryside)")
_DIR_WORD = r"(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western)"
_CDESC = (rf"(?:(?:the|a|an|its|their|his|her) (?:(?:{_CWORD}|{P}|{_DIR_WORD} and) ){{0,3}}?|{P}{POSS} (?:{_CWORD} ){{0,3}}?|(?:{_ADJ} )?)"
          rf"(?:{DESCW}(?: of| including)?|{_PARTW} (?:around|in)) ")
DIR = (r"(?:northern|southern|eastern|western|central|north-eastern|north-western|south-eastern|south-western|"
        r"northeastern|northwestern|southeastern|southwestern|rural|downtown|greater|upper|lower)")
# The sides of a place a descriptor can name ("the north of ⟨P⟩", "the rest of ⟨P⟩").
_SIDES = (r"(?:north|south|east|west|centre|center|heart|north-east|north-west|"
          r"south-east|south-west|northeast|northwest|southeast|southwest|edge|rest|remainder)")


def _last_words(*alternations: str) -> frozenset[str]:
    return frozenset(
        w.split()[-1].lower()
        for w in re.sub(r"[()?:]", " ", "|".join(alternations)).replace("|", ",").split(",")
        if w.strip()
    )


_BARE_DIR = (r"(?-i:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|"
             r"southeast|southwest)")
# The words a descriptor folded by COLLAPSE can end with, so a sentence without one skips it.
DESC_ENDS = _last_words(DESCW, _PARTW, DIR, _BARE_DIR) | {"of", "around", "in", "including"}
# The word before such a final "in"/"around" (a part: "parts in ⟨P⟩") or "of"/"including" (a place word or a
# side: "the town of ⟨P⟩", "the north of ⟨P⟩"): "in ⟨P⟩" and "control of ⟨P⟩" alone fold nothing.
BEFORE_IN = _last_words(_PARTW)
BEFORE_OF = _last_words(DESCW, _SIDES)
# (the lookahead only lets the engine skip words not followed by a place: it changes no match)
DIR_BEFORE = guarded(rf"\b(?=[\w-]+ (?:and [\w-]+ )?⟨P){DIR}(?: and {DIR})? ⟨P(?P<i>\d+)⟩", re.I)
# Descriptors are folded into the place token once per sentence ("the northern town of ⟨P3⟩" -> "⟨P3⟩"), so
# the rules below see bare place tokens; this keeps them fast and simple.
# The lookahead after the lookbehinds changes no match (every character of a match before its place token is
# a word character, a space, a hyphen, an apostrophe or part of another token): it only lets the engine give
# up at once on the words after a sentence's last place (half the time of this expression).
COLLAPSE = guarded(rf"(?<![\w⟩'-])(?<!⟩ )(?<!⟩ s )(?<!⟩'s )(?=[\w '⟨⟩-]*?⟨P)(?:(?:{_CDESC}){{1,2}}(?:the )?(?:{DIR} )?|"
                      # ("the north of ⟨P⟩" is part of it; "north of ⟨P⟩" is outside it)
                      rf"(?:the )?(?:{DIR} )?{_SIDES} of (?:the )?|"
                      # ("east Aleppo", "west Mosul": the bare compass word, lower-case only)
                      rf"(?:{DIR}|{_BARE_DIR})(?: {DIR})?(?: and {DIR})? )(?P<tok>{P})", re.I)
# "Manbij in northern Syria has been in rebel hands": before its predicate, a place located in another is the
# subject; the container only says where it is.
IN_CONTAINER = re.compile(
    rf"(?P<tok>⟨P\d+⟩) in (?:the )?(?:(?:{DIR}|far) )?⟨P\d+⟩(?:{POSS} (?:{DIR} )?⟨P\d+⟩)?"
    r"(?= (?:has|have|had|is|are|was|were|remains|remain|remained|fell|falls|came|comes|returned|lies|itself|"
    r"appeared|appears|seemed|seems)\b|,)"
)
# "⟨P1⟩'s port", "the town's eastern districts": a part of the place (never "Iraq's second city").
# "⟨P⟩ city", "⟨P⟩ town": the word names the place's kind, nothing more.
PLACE_KIND = re.compile(r"(?P<tok>⟨P\d+⟩) (?:city|town|province|region|governorate|oblast|district|"
                        # "the Chernobyl nuclear power plant", "the Jufra air base": a site named for its place
                        r"(?:nuclear )?power plant|air base|airbase|airport|dam|oil terminals?|oil field|oilfield|refinery|"
                        r"border crossing)(?=[ ,.;:])")
POSS_PART = guarded(rf"(?P<tok>{P}){POSS} (?:(?:{DIR}(?: and {DIR})?|main|old|southern|northern|administrative|western|\w+-era|ancient|historic|"
                       rf"presidential|international|military|central) )?(?:palace|presidential palace|(?:[\w-]+ )?airbase|"
                       rf"government headquarters|city hall|town hall|(?:main |central )?square|"
                       rf"port|outskirts|suburbs|centre|center|airport|districts|neighbourhoods|neighborhoods|(?:main |military |army )?base|garrison|"
                       rf"boundaries|old city|old town|city centre|town centre|downtown|citadel|harbour|barracks|interior|hinterland|"
                       rf"countryside|(?:\d+ )?(?:townships|"
                       rf"districts|provinces|counties|municipalities|neighbourhoods|neighborhoods|localities))\b", re.I)
# Appositives that relate a place to another ("⟨P1⟩, the capital of ⟨P2⟩", "⟨P1⟩, a town in southern ⟨P2⟩",
# "⟨P1⟩, about 110 km south of ⟨P2⟩"): the second place is not another item of a list.
APPOS = guarded(rf"(?P<tok>{P}), (?:(?:just |about |some |far |further |farther )?(?:north|south|east|west|north-east|north-west|"
                   rf"south-east|south-west|northeast|northwest|southeast|southwest) of|not far from|close to|"
                   rf"(?:provincial |regional |state |district )?capital of|(?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:capital|seat|gateway|hub|heart|centre|"
                   rf"center)(?: city)? of|(?:the|a|an) (?:[\w-]+ ){{0,3}}?(?:city|town|village|port|hub|district|"
                   rf"settlement|locality|township|stronghold|capital|base|crossing|oasis)s?(?: centre| center| capital| seat)? (?:in|on|near|outside|"
                   rf"north of|south of|east of|west of|on the road to|close to|(?:(?:about |some |around |roughly |"
                   rf"nearly |just |only )?\d+ ?(?:km|kilometres|kilometers|miles)(?: \([^)]{{1,20}}\))? "
                   rf"(?:[\w-]+ )?(?:of|from)))|(?:about |some |around |roughly |"
                   rf"nearly |just |only )?\d+ ?(?:km|kilometres|kilometers|miles)(?: \([^)]{{1,20}}\))? "
                   rf"(?:[\w-]+ )?(?:of|from)) (?:the )?(?:(?:{DIR}|neighbouring|neighboring|nearby) )?{P}(?:{POSS} (?:{DIR} )?{P})?"
                   # ("a busy trading town on the Cameroon border")
                   rf"(?: (?:region|province|state|governorate|district|oblast|county|border|frontier|coast|highway))?"
                   # "Lashio, the largest city in northern Shan and home to the army's command, remains ...": the
                   # appositive goes on to its closing comma (never through another place of a list)
                   # (not when it says who holds the place: "and the last city in the region still in army hands")
                   rf"(?: and (?!(?:the )?⟨P)(?![^,;.⟨]{{0,70}}?(?:in ⟨A\d+⟩ hands|⟨A\d+⟩-held|⟨A\d+⟩-controlled|"
                   rf"under ⟨A\d+⟩ control))[^,;.⟨]{{1,70}}?(?:⟨A\d+⟩[^,;.⟨]{{0,40}}?)?(?=, ))?"
                   rf"(?:,(?= (?!and |or |⟨P)))?", re.I)
# What an appositive folded into its place token leaves behind when it also says who holds the place
# ("⟨P⟩ still in ⟨A⟩ hands, has been surrounded by", "⟨P⟩ and the only major ⟨A⟩-held town in the west, has been").
# A distance, and where that puts a place ("about 50 km (30 miles) to the east of ⟨P⟩")
DISTANCE = r"(?:about |some |around |nearly |roughly |just )?\d+ ?(?:km|kilometres|kilometers|miles)(?: \([^)]{1,20}\))?"
DISTANCE_AWAY = rf"{DISTANCE} (?:to the |further |farther )?[\w-]+(?: of ⟨P\d+⟩)?"
# Times after which a bare "left" means leaving the place the passage is about ("The Tigrayans left on Tuesday
# night"): read by the x-fled rule and by claims' gate for objectless verbs
LEFT_WHEN = r" (?:on|at|overnight|early|late|before|after|last|in the|during)\b"
# A holder named after a place ("in ⟨A⟩ hands", "under ⟨A⟩ control"; APPOS_REST, patterns._HELD_BUT)
IN_HANDS = r"(?:in ⟨[AR]\d+⟩ hands|under ⟨[AR]\d+⟩ control)"
APPOS_REST = (rf"(?: (?:still |now |firmly )?{IN_HANDS},| and (?:the |a |an )"
              r"[^,⟨.;]{0,60}?(?:(?:still |now )?in ⟨[AR]\d+⟩ hands|⟨[AR]\d+⟩-(?:held|controlled)[^,⟨.;]{0,40}),"
              # "⟨P⟩ some 150 kilometres to the east, has been besieged by" (its appositive folded into it)
              rf"| {DISTANCE_AWAY},)?")
# "⟨P1⟩, the ⟨P2⟩ capital,": the second place only says where the first is.
APPOS_OF = re.compile(rf"(?P<tok>{P}), (?:(?:the|a|an) (?:[\w-]+ )?{P}{POSS}?|{P}{POSS}) (?:[\w-]+ ){{0,2}}(?:capital|city|town|port|hub|"
                      rf"stronghold|seat|province|region|governorate)\b(?:,(?= (?!and |or |⟨P)))?")
# "the state capital, ⟨P1⟩,": a descriptor naming the place that follows it.
NAMED = guarded(rf"(?<![\w⟩'-])(?:the|its|their) (?:[\w-]+ ){{0,2}}?(?:capital|city|town|port|stronghold|bastion|"
                   rf"hub),? (?P<tok>{P})(?:,(?= (?!and |or |⟨P)))?", re.I)
# "Baghlan's capital, ⟨P1⟩, fell": a province's capital named between commas is the place meant
NAMED_OF_PLACE = guarded(rf"⟨P\d+⟩'s? (?:[\w-]+ ){{0,2}}?(?:capital|city|town|port|stronghold|hub), (?P<tok>{P}),"
                         rf"(?= (?!and |or |⟨P))", re.I)
# "⟨P⟩, upstream, and ⟨P⟩", "⟨P⟩ further south and ⟨P⟩": where a list item is, said in passing
_ITEM_LOC = (r"(?:,? (?:upstream|downstream|nearby|(?:further|farther) (?:north|south|east|west)|to the (?:north|south|east|west)"
             r"(?:-?(?:east|west))?)(?=,? and |, ⟨P|,? as well as |[,.;]))?"
             # "including Fallujah, which IS has held since 2014, and Hit, Rawa and al-Qaim": a clause about one
             # item inside a list
             r"(?:, (?:which|where|that) (?:[^,⟨.;]|⟨[AR]\d+⟩){1,70}(?=, and (?:the )?⟨P|, ⟨P\d+⟩,? (?:and )?(?:the )?⟨P|, as well as ))?"
             # "controls ⟨P⟩, the seat of the government, as well as ⟨P⟩": an appositive about one item
             r"(?:, (?:the|a|an) (?:[^,⟨.;]|⟨[AR]\d+⟩){1,60}?(?=, as well as |, and (?:the )?⟨P))?"
             # "Gao, in the east, as well as ⟨P⟩", "⟨P⟩ on the main highway linking ⟨P⟩ with the north, as well as ⟨P⟩"
             r"(?:(?:, in the (?:north|south|east|west|centre|center)(?:-?(?:east|west))?| (?:on|along) the "
             r"(?:[^,⟨.;]|⟨P\d+⟩){1,60}?)(?=,? as well as ))?")
_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|December|\d{4})")
PL = rf"(?:the )?(?:(?:nearby|neighbouring|neighboring|adjacent|other|large|vast|wide|remaining) )?{P}(?!{POSS}\b| side of\b)(?: in (?:neighbouring |neighboring |nearby )?⟨P\d+⟩(?= and ⟨P| and the ⟨P|, ⟨P)| in (?:early |late |mid-)?{_MONTH}(?: \d{{4}})?(?=,? and (?:the )?⟨P|, ⟨P))?{_ITEM_LOC}"
# A place that only says where another one is ("Bama, the second-largest town in ⟨P⟩, was retaken", "near the
# border with ⟨P⟩ that are in IS hands") is not the subject of what follows.
# ("In ⟨P⟩, ⟨P⟩ which ... remains in X hands": a fronted locative is where the sentence is, not a list item)
NOT_CONTAINER = r"(?:(?<!^In )|(?!⟨P\d+⟩, (?:the )?⟨P))" + "".join(f"(?<!{w} )" for w in ("town in", "city in", "village in", "capital in", "region in",
                                                 "province in", "district in", "towns in", "cities in", "border with",
                                                 "villages in", "state in", "town near", "towns near",
                                                 "village near", "villages near", "areas near", "positions near",
                                                 # "the last major cities in the Luhansk region still under ..."
                                                 "cities in the", "towns in the", "cities of the", "towns of the",
                                                 "city in the", "town in the", "capitals in the", "city of the"))
# Between a place and its predicate: an appositive between commas, "a town that", a distance.
REL = (r"(?:,(?:[^,]|(?<=\d),(?=\d{3})){1,140},| (?:which|that|who) [^,⟨;.]{1,90},| (?:on|in|near|at|along|across) [^,⟨;.]{1,60},|,? (?P<share>SHARE_BODY) of which|,(?: (?:a|an|the|another) (?:[^,⟨.;]|⟨P\d+⟩){1,50}?)?(?= (?:which|that) )|"
       r", (?:two|three|four|five|six|several|both|all) (?:[^,⟨.;]|⟨P\d+⟩){1,80}?(?= (?:which|that) )|"
       r",? (?:about |some |around |nearly |roughly )?\d+ ?(?:km|kilometres|kilometers|miles)[^,⟨]{1,40},)?(?: which| that)?")
# The compass points as nouns ("the north", "south-west of ⟨P⟩")
_COMPASS = r"(?:north|south|east|west|north-east|north-west|south-east|south-west|northeast|northwest|southeast|southwest)"
# Where a place is, between it and its verb ("⟨P⟩ and ⟨P⟩ in the south had fallen earlier").
LOCATOR = rf"(?: (?:in|to) the (?:{_COMPASS}|centre|center)| (?:further|farther) (?:north|south|east|west))?"
# A first predicate coordinated before the one a rule reads ("⟨P⟩ has never been attacked and remains in ⟨A⟩ hands").
COORD = r"(?:(?:has|have|had|is|was|are|were) (?:[^⟨,.;]|⟨A\d+⟩){1,40}? and )?"
PL2 = rf"(?:the )?(?:(?:large |small |vast )?parts of (?:the )?|much of (?:the )?|most of (?:the )?|(?:large|vast|small) )?(?:(?:nearby|neighbouring|neighboring|adjacent) )?{P}(?!{POSS}\b| side of\b)"
SEP = r"(?:,| and|, and|,? as well as|,? along with|,? plus)"
_NOT_AFTER = "".join(f"(?<!{w} )" for w in ("near", "outside", "north of", "south of", "east of", "west of",
                                              "border with", "toward", "towards", "km from", "miles from",
                                              "kilometres from", "kilometers from", "close to", "beyond",
                                              "road to", "way to", "route to", "heading to"))
# a name the gazetteer missed, first in a list ("Afmadow and ⟨P⟩", "Minbya, ⟨P⟩")
_UNKNOWN = r"(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?(?:, | and (?=(?:the )?⟨P))"
# ("moved into ⟨P⟩, Garmsir and ⟨P⟩": a name the gazetteer missed inside a list does not end it)
_UNKNOWN_MID = r"(?:(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?(?:,| and|, and) )"
PLIST = rf"(?=(?:the )?(?:(?:nearby|neighbouring|neighboring|adjacent|other|large|vast|wide|remaining) )?⟨P|{_UNKNOWN}){_NOT_AFTER}(?:{_UNKNOWN}){{0,3}}{PL}(?:{SEP} {_UNKNOWN_MID}?{PL2}){{0,8}}(?: and (?:neighbouring|nearby|surrounding|adjacent|several|other|many|some) " \
        rf"(?:[\w-]+ ){{0,2}}?(?:towns|villages|areas|districts|localities|settlements|hamlets))?"
# Lists that start a match begin with the place token itself: a literal first character lets the regex
# engine skip ahead to it instead of trying every position.
PLIST_N = rf"{P}(?!{POSS}\b)(?:{SEP} {PL2}){{0,8}}(?: itself| themselves)?"
_NAME = r"(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+){0,3}"
# What may follow an actor's token in a subject: "Russia's defence ministry", "the Wagner mercenary group"
_A_TAIL = (r"(?:(?:'s|') (?:defence ministry|defense ministry|military|army|armed forces|(?:[\w-]+ )?(?:contingent|"
           r"contingents|battalion|battalions|brigade|brigades|corps|division|divisions|regiment|regiments)|"
           # ("Hezbollah's fighters and Syrian troops had taken ...")
           r"fighters|troops|forces|units|soldiers|militiamen|gunmen|commandos|special forces))?"
           rf"(?: (?:mercenary group|mercenaries|faction|wing|branch|group|movement|militia|militias|militiamen)(?: of {_NAME})?|"
           # "a French-led military intervention launched in January drove the jihadists out": whose operation it was
           rf"(?:-led|-backed)? (?:(?:military|ground|armed) )?(?:intervention|expeditionary force|counter-offensive|"
           rf"counteroffensive)(?: (?:launched|begun) (?:in|on) [^,⟨.;]{{1,25}}?)?)?")
# ("fighters from Lebanon's Hezbollah movement": a later item of a list of actors)
_AITEM = (rf"(?:(?:fighters|forces|troops|militiamen|units|soldiers|members) (?:from|of) )?(?:the )?(?:(?:⟨P\d+⟩|(?-i:[A-Z])\w+)(?:'s|') )?"
          rf"(?:[\w-]+-(?:linked|backed|allied|affiliated|aligned|led|supported) )?{A}{_A_TAIL}")
# (", and Ethiopia's seizure of ⟨P⟩": a later actor with a deed of its own starts a new phrase)
_NOT_DEED = r"(?!(?:the )?⟨[AR]\d+⟩(?:'s|') (?:[\w-]+ )?[\w-]+ (?:of|on|from|against|into) )"
# ("the Tuareg rebels and their one-time Islamist allies": a later item may be the first one's allies)
_ALLIES = r"(?:⟨R\d+⟩|their|its) (?:[\w-]+ ){0,2}?(?=⟨A)"
ALIST = rf"{_AITEM}(?:(?:,| and|, and) (?:allied |their allies,? |{_ALLIES})?{_NOT_DEED}{_AITEM})*"
# In a subject the first actor token starts the match: "the", "its" and "fighters of the" before it are
# folded into the token when the skeleton is built, so the expression starts with a literal "⟨".
# ("According to the army, RSF fighters captured ...": the source is no subject, nor "the Taliban" in
# "militiamen opposed to the Taliban have seized")
ALIST_S = rf"(?<![Aa]ccording to )(?<!opposed to ){A}{_A_TAIL}(?:(?:,| and|, and) (?:allied |{_ALLIES})?{_NOT_DEED}{_AITEM})*"
# A subject: actors, optionally "backed by"/"supported by" others (who are not the subject), optionally
# an appositive between commas.
# ("Russian troops pushing north from annexed ⟨P⟩ have taken ...": where a subject moves, said in passing)
_ON_THE_MOVE = (r"(?: (?:pushing|advancing|moving|driving|marching|sweeping|pressing|coming|striking)(?: (?:up|down|"
                r"north|south|east|west|north-east|north-west|south-east|south-west|northwards|southwards|eastwards|"
                r"westwards|inland|deeper|further|farther|forward))?(?: (?:from|out of|through|along|across|towards|"
                r"toward|into|up|down) (?:annexed |occupied |the |neighbouring |neighboring )?(?:⟨P\d+⟩|[\w-]+)"
                r"(?: (?:valley|river|road|highway|border|coast))?)(?= (?:have|has|had|[a-z]+ed|took|overran|drove|"
                r"retook|swept|won|seized) ))?")
SUBJ = rf"(?P<a>{ALIST_S}){_ON_THE_MOVE}(?: who (?!had |have |has |were |was |are |is )[a-z]+ (?:[^,.;⟨]|⟨P\d+⟩){{1,40}}?(?= (?:also |then |later |now |finally )?(?:[a-z]+ed|took|overran|drove|fled|held|won|left|retook|swept|fought|began|ran) ))?(?: and (?:(?:⟨R\d+⟩|allied|affiliated|local|tribal|pro-government|other|their|its) [\w-]+(?: [\w-]+){{0,2}}|" \
       rf"(?:[\w'-]+ ){{0,2}}(?:forces|troops|units|fighters|militias|militiamen|allies|police|soldiers|paramilitaries|volunteers|" \
       rf"jets|aircraft|warplanes)|(?:[\w'-]+ ){{0,4}}(?:civilians|residents|refugees|families)))?" \
       rf"(?: (?:linked|affiliated|allied|close|loyal) to (?:the )?(?:[\w'-]+ ){{0,2}}?(?:⟨A\d+⟩|(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+){{0,3}}))?" \
       rf"(?:, (?:backed|supported|aided|assisted|helped|led|joined|accompanied) by (?:[^,.;⟨]|⟨[AP]\d+⟩|,(?= (?:and )?(?:the )?(?:⟨[AP]\d+⟩|(?-i:[A-Z])))){{1,70}}?,|" \
       rf" (?:backed|supported|aided|assisted|helped|led|joined|accompanied) by (?:(?:the |a |an )?(?:[\w-]+ ){{0,3}}?" \
       rf"⟨A\d+⟩(?:(?:,| and) (?:the )?⟨A\d+⟩)*(?: [\w-]+){{0,3}}?|(?:[\w-]+ ){{0,3}}[\w-]+)(?: (?:in|from) ⟨P\d+⟩)?,?)?" \
       rf"(?: (?:in|from|around|near|inside|across|based in) (?:the )?" \
       rf"(?:⟨P\d+⟩|(?-i:[A-Z])[\w'-]*(?: (?-i:[A-Z])[\w'-]*){{0,3}}))?(?:, (?:[^,⟨]|⟨[PRA]\d+⟩){{0,90}},)?(?:,? (?:which|who|that))?(?:,(?= ))?"
_NUMW = (r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty|sixty|"
         r"seventy|eighty|ninety)")
PCT = rf"{_NUMW}(?:\s*(?:-|–|to|and)\s*{_NUMW})?\s?(?:percent|per cent|%|pc)"
SHARE_BODY = rf"(?:about |around |nearly |almost |roughly |some |more than |over |at least |up to |as much as |as little as |" \
        rf"less than |just over |just under )?(?:{PCT}|\d{{1,3}}|most|much|all|half|parts|part|large parts|large swathes|" \
        rf"swathes|a third|a quarter|two thirds|two-thirds|three quarters|three-quarters|the rest|the remainder|" \
        rf"the bulk|virtually all|nearly all|almost all|the majority|a majority|the whole|the entire|" \
        rf"a large part|a small part|a section|a corner|pockets|a (?:large |vast |huge |wide |big )?(?:swathe|swath|chunk|" \
        rf"stretch|tract)|(?:vast |wide |huge )swathes|large chunks|chunks)"
SHARE = rf"(?P<share>{SHARE_BODY}) of (?:the )?"
REL_S = REL.replace("SHARE_BODY", SHARE_BODY)
SHARE_BEFORE = guarded(rf"(?P<share>{SHARE_BODY}) of (?:the )?$", re.I)

CAPTURE_V = (r"(?:seized|seize|seizes|captured|capture|captures|took|taken|take|takes|retook|retake|retakes|retaken|"
             r"recaptured|recapture|recaptures|liberated|liberate|liberates|entered|enter|enters|overran|overrun|"
             r"overruns|conquered|occupied|occupy|occupies|wrested control of|wrested|won back|regained|"
             r"regained control of|gained control of|took control of|take control of|seized control of|"
             r"taken control of|takes control of|assumed control of|took over|taken over|moved into|swept into|"
             r"rolled into|marched into|poured into|streamed into|burst into|returned to|moved back into|re-entered|reentered|claimed control of|claimed the capture of|claimed to have captured|"
             r"claimed to have taken|claimed credit for taking|claimed credit for capturing|claimed credit for seizing|secured|reclaimed|reconquered|freed|cleared|completed the capture of|"
             r"completed the recapture of|completed the liberation of|seized back|took back|taken back|"
             r"(?:fought|battled|pushed|forced|fighting|battling|pushing|forcing) (?:their|its|⟨R\d+⟩) way into|"
             r"stormed back into|swept back into|moved back into|marched back into|rolled back into|"
             r"retaken control of|retook control of|regained full control of|took full control of|"
             r"seized full control of|now control|now controls|walked into|strolled into|stormed into|drove into|"
             r"swept through|took hold of|gained full control of|established control over|"
             r"established full control over|took full control over|retook full control of|"
             r"(?:taken|took|take|takes|seized|gained|assumed|established|regained|retook|retaken|secured) "
             r"(?:complete|total|effective|overall|full|firm) control (?:of|over))")
LOST_V = (r"(?:withdrew from|withdrawn from|withdraw from|withdrawing from|pulled out of|pulled out from|"
          r"pulled back from|pulling out of|retreated from|retreat from|retreating from|fled|fled from|flee|"
          r"abandoned|abandon|evacuated|lost|lose|loses|ceded|surrendered|gave up|given up|relinquished|"
          r"lost control of|withdrew their forces from|withdrew its forces from|withdrew troops from|"
          r"pulled their forces out of|pulled its forces out of|were driven out of|was driven out of|"
          r"were driven from|was driven from|were pushed out of|was pushed out of|were expelled from|"
          r"was expelled from|were ousted from|was ousted from|were forced out of|was forced out of|"
          r"were forced to withdraw from|was forced to withdraw from|were forced to retreat from|"
          r"was forced to retreat from|were routed from|was routed from|were chased out of|was chased out of|"
          # ("leaves ⟨P⟩ as the last city in its hands" is no loss)
          r"(?:left|leave|leaves|leaving)(?! (?:the )?⟨P\d+⟩,? (?:as|under|in the hands|in (?:[\w-]+|⟨[AR]\d+⟩) hands)\b)|ordered out of|pulled back from|moved out of|fell back from|falling back from|"
          r"(?:made|carried out|conducted|completed|began|begun|started) (?:an? |the |its |their |⟨R\d+⟩ )?(?:[\w-]+ )?"
          r"(?:withdrawal|retreat|pullout|pull-out|pullback|pull-back|redeployment|repositioning) from|"
          r"driven from|driven out of|pushed out of|expelled from|ousted from|forced out of|routed from|chased out of|"
          r"flushed out of|routed in|defeated in|crushed in|ceded control of|relinquished control of|"
          r"surrendered control of|gave up control of|"
          r"(?:withdrew|withdrawn|withdraw|withdrawing|pulled|pulling|evacuated|evacuating) "
          r"(?:(?:all|most|the last|remaining|last|the remaining) )?⟨[AR]\d+⟩ (?:from|out of)|"
          r"completed (?:⟨R\d+⟩ |their |its |the )?(?:withdrawal|pullout|pull-out|pullback|pull-back|retreat|evacuation) "
          r"(?:from|of)|"
          r"(?:withdrew|withdrawn|retreated|fell back|pulled back|pulled out) to (?:new |defensive |safer |other )?"
          r"(?:positions|lines|bases)(?= ⟨P)|"
          r"(?:withdrew|withdrawn|retreated|fell back|pulled back) to (?:the |a |its |their )?(?:[\w-]+ ){0,2}?"
          r"(?:airport|airbase|barracks|base|garrison|citadel)(?: (?:on|at|in))?(?= ⟨P))")
ATTACK_V = (r"(?:attacked|attacking|attacks|attack|bombed|bombing|looted|ransacked|plundered|razed|shelled|shelling|shells|shell|bombarded|bombarding|bombards|"
            # ("Armenian forces, in turn, hit ⟨P⟩": only with the place right after it)
            r"pounded|pounding|pounds|struck|striking|hit(?= ⟨P)|stormed|storming|storms|assaulted|assaulting|raided|raiding|"
            r"advanced on|advanced into|advanced towards|advanced toward|advancing on|advancing into|"
            r"advancing towards|advancing toward|advance on|advance towards|pushed into|pushing into|"
            r"(?:pushed|pushing|advanced|advancing) to(?= ⟨P)|"
            # "were beaten back from ⟨P⟩": an attack that failed, not a loss
            r"pushed back from|beaten back from|driven back from|forced back from|"
            r"pushed towards|pushed toward|pushing towards|pushing toward|pressed into|pressed towards|"
            r"pressing into|pressing towards|pushed on to|pushed on towards|pushing on to|pushing on towards|"
            # "fought their way across two bridges over the Euphrates at ⟨P⟩"
            r"(?:fought|fighting) (?:their|its|his|⟨R\d+⟩) way (?:across|through|into|to|towards) (?:[\w-]+ ){0,6}?(?:at|in|of|into|near)|"
            r"(?:pushed|pushing|pressed|pressing|moved|moving|advanced|advancing|drove|driving) (?:deeper|further|farther|deep) into|"
            r"(?:pushed|pushing|advanced|advancing|moved|moving|came|come|got|are|were|is|was) (?:to )?within "
            r"(?:[\w-]+ ){0,4}?of|"
            r"rampaged through|rampaging through|rampaged across|rampaging across|"
            r"engaged in (?:[\w-]+ ){0,2}?(?:fighting|clashes|battles|street battles) (?:around|in|for|near)|"
            r"pressed toward|pressing towards|closed in on|closing in on|closes in on|converged on|converging on|"
            r"marched on|marching on|fought for|fighting for|battled for|battling for|fought in|fighting in|"
            r"battled in|battling in|broke into|breached|targeted|targeting|"
            r"(?:fought|fighting|battled|battling|clashed|clashing) on(?= ⟨P)|"  # "on ⟨the outskirts of X⟩"
            r"launched attacks on|launched an attack on|launched strikes on|fired on|fired at|fire on|"
            r"(?:fired|firing|fires|launched|launching) (?:[\w-]+ ){0,3}?(?:rockets|missiles|shells|mortars|drones|"
            r"rounds) (?:at|on|into|towards|toward)|"
            r"mounted attacks on|infiltrated|made gains in|made advances in|gained ground in|"
            r"gaining ground in|edged closer to|inching closer to|moved on|moving on|fought to clear|"
            r"battled to clear|battling to clear|fighting to clear|fought to retake|fighting to retake|"
            r"battled to retake|battling to retake|fought to recapture|fighting to recapture|"
            r"battled to recapture|fought to capture|fighting to capture|battled to capture|"
            r"battling to capture|clashed in|clashing in|clashed around|cleared parts of|"
            r"mopping up|mopped up|fought to oust|fighting to oust|battled to oust|storm|reached|reaching|"
            r"approached|approaching|neared|nearing|"
            # "have been waging a months-long offensive on", "reached the eastern and southern edges of"
            r"(?:waging|waged|wages|wage|pressing|pressed|mounting|mounted) (?:an? |the |its |their |⟨R\d+⟩ )?(?:[\w-]+ ){0,2}?"
            r"(?:offensive|assault|attacks?|campaign|push) (?:on|against)|"
            r"(?:reached|reaching|reach|reaches) (?:the )?(?:[\w-]+ (?:and [\w-]+ )?)?(?:edges?|outskirts|gates|suburbs|"
            r"approaches|fringes|perimeter) of|pressing on|pressed on)")
BESIEGE_V = (r"(?:besieged|besieging|besieges|besiege|surrounded|surrounding|surrounds|surround|encircled|"
             r"encircling|encircles|encircle|isolated|isolating|isolates|blockaded|blockading|blockades|"
             r"cut off|cutting off|cuts off|laid siege to|lay siege to|laying siege to|lays siege to|"
             r"tightened the noose around|tightening the noose around|tightened the siege of|"
             r"tightened their siege of|tightened its siege of|completed the encirclement of|"
             r"(?:tightened|tightening|tightens) (?:⟨R\d+⟩ |the |its |their )?(?:grip|noose|stranglehold|siege|"
             r"blockade|encirclement|cordon) (?:on|around|of)|(?:threw|thrown|throwing|threw up) a cordon around|imposed a (?:siege|blockade) on|imposing a (?:siege|blockade) on|"
             r"has imposed a (?:siege|blockade) on)")
HOLD_V = (r"(?:(?:held|holding|holds|hold|clung|clinging|clings) on to|"
          # "kept a firm grip on", "retains control of", "has a stranglehold on"
          r"(?:keep|keeps|kept|keeping|maintain|maintains|maintained|maintaining|retain|retains|retained|retaining|"
          r"has|have|had|having) (?:a |an )?(?:firm |tight |tenuous |loose |strong |iron |shaky |solid )?"
          r"(?:grip|hold|stranglehold|control) (?:on|over|of)|"
          # "has established control over", "re-established its control of"
          r"(?:established|establishing|establishes|re-established|reestablished|asserted|reasserted|restored) "
          r"(?:its |their |⟨R\d+⟩ )?(?:full |firm |total |complete )?control (?:over|of|in)|"
          r"(?:hold|holds|held|holding) sway (?:in|over)|(?:is|are|was|were|remain|remains|remained) dominant in|"
          r"dominate|administer|garrison|garrisons|garrisoned|controls|controlled|control|holds|held|hold|occupies|occupied|occupy|runs|ran|run|retains|retained|"
          r"kept|keeps|has control of|had control of|have control of|is in control of|are in control of|"
          r"was in control of|were in control of|remains in control of|remained in control of|"
          r"(?:is|are|was|were|remains|remained) (?:still )?in charge of|"
          r"is holding|are holding|was holding|were holding|still holds|still hold|still controls|"
          r"still control|defended|defends|defending|maintains|maintained|dominates|dominated|holding|controlling|"
          r"ruled|rules|governed|governs|administers|administered|"
          r"(?:consolidated|consolidating|consolidates|extended|extending|extends|cemented|tightened) (?:⟨R\d+⟩ |its |their )?"
          r"(?:hold|grip|control) (?:on|over|of|in|to)|"
          r"occupying)")
ATTACK_N = (r"(?:assault|assaults|offensive|offensives|attack|attacks|push|operation|operations|onslaught|"
            r"counter-offensive|counteroffensive|counterattack|counter-attack|drive|bombardment|shelling|"
            r"air strikes|airstrikes|strikes|raid|raids|incursion|advance|battle|fight|campaign|"
            r"mopping up operation|mopping-up operation|clearing operation|clearance operation|ground operation|"
            r"ground offensive|siege|blockade|encirclement|final push|final assault)")
STRONG_N = (r"(?:stronghold|strongholds|bastion|bastions|capital|de facto capital|heartland|enclave|enclaves|"
            r"redoubt|fiefdom|base|bases|headquarters|territory|last bastion|last stronghold|"
            r"last major stronghold|last urban stronghold|main stronghold|last foothold|foothold|pocket|pockets)")


# A time phrase between an event noun and its object ("the army's recapture this month of ⟨P⟩").
NTIME = (r"(?:(?:this|last|earlier this|late last|early last) (?:week|month|year|weekend|spring|summer|autumn|winter) |"
         r"(?:on|late on|early on) \w+day |in (?:(?:early|mid|late|mid-) ?)?\w+(?: \d{4})? |on \w+\.? \d{1,2} |"
         r"(?:days|weeks|months) (?:earlier|later|ago) )?")


# "⟨A⟩, whose fighters still hold most of ⟨P⟩": the group's own men
WHOSE = r"whose (?:[\w-]+ ){0,2}?(?:fighters|forces|troops|men|units|militiamen|militias|soldiers|gunmen)"


# "took full control of ⟨A⟩-held ⟨P⟩": the holder named in the object lost it (claims._former_holders)
XHELD = (r"(?:the |a |an )?(?:[\w-]+ )?⟨A\d+⟩(?:-(?:held|controlled|occupied|run) (?:(?:[\w-]+ )?(?:town|city|village|enclave|pocket|district|port)(?: of)? )?|"
         r" (?:stronghold|bastion|heartland) (?:of )?)(?=⟨P)")


# "captured the headquarters of the army's Western Command in ⟨P⟩", "retook the Republican Palace in central ⟨P⟩":
# taking a site in a place is a claim on the place.
FACILITY = (r"(?:(?:the |a |an |its |their |⟨R\d+⟩ |several |some |two |three |four )(?:[\w-]+ ){0,4}?|⟨A\d+⟩(?:'s|') (?:[\w-]+ ){0,4}?|"
            r"(?:government|military|army|state|police|administrative|municipal|official) )(?:headquarters|base|bases|palace|airport|airbase|garrison|barracks|"
            r"command|complex|compound|bridge|building|buildings|offices|hospital|camp|outposts?|checkpoints?|"
            r"positions|posts|quarter|installations|facilities|plant|factory|steel works|steelworks|works|"
            r"citadel|port|harbour|harbor|crossing|border crossing|detachment|police stations?|stations|campus|airfield|"
            r"(?:public |main |central )?(?:market|market area|square))(?: of (?:the |a |an )?(?:⟨A\d+⟩(?:'s| s)? )?"
            r"(?:[\w-]+ ){0,3}?[\w-]+)? (?:in|at|inside|of|guarding|protecting|defending|overlooking) "
            r"(?:(?:central|the centre of|the center of|downtown) )?")


# "the last military positions in ⟨P⟩", "the garrison of ⟨P⟩": what is besieged or attacked in a place.
OBJ_IN = (r"(?:(?:(?:the|its|their|⟨R\d+⟩) )?(?:(?:last|remaining|final) )?(?:⟨A\d+⟩(?:'s|')? )?(?:[\w-]+ ){0,2}?(?:positions|garrison|"
          r"bases?|outposts?|defences|defenses|lines|defenders|troops|detachments?|posts?|camps?|shrine|mosque|compound|"
          r"headquarters|barracks|airport|citadel|palace) (?:in |at |around |inside |of |near |outside |close to |on (?:the (?:edge|edges|outskirts) of )?)?|"
          r"(?:the |a |an )?(?:[\w-]+ )?⟨A\d+⟩-(?:held|controlled|occupied|run) (?:(?:[\w-]+ )?(?:town|city|village|enclave|"
          r"pocket|district|areas?|parts?|stronghold|territory|port)(?: of| in)? )?(?=⟨P))")


# What an attack may strike in a place ("stormed a hotel in ⟨P⟩"): the place is attacked, never taken.
SITE = (rf"(?:{FACILITY}|(?:⟨A\d+⟩ |rebel |enemy |militant |jihadist |insurgent |army |military )(?:positions|"
        r"targets|bases|hideouts|strongholds|camps|fighters|troops) (?:in|at|inside|around) |(?:the |a |an )"
        r"(?:[\w-]+ ){0,3}?(?:hotel|market|mosque|church|school|prison|jail|police station|town hall|convoy|"
        r"checkpoint|camp|village|villages|neighbourhood|district|suburb)s? (?:in|at|inside|of|near|outside) )")


# "captured dozens of settlements in ⟨P⟩": part of the place (then "including ⟨P2⟩" names some)
SOME_IN = (r"(?:(?:dozens|scores|hundreds|several|a number|a string|a series|a handful) of |\d+ |two |three |four |five |"
           r"six |seven |eight |nine |ten |a dozen |more than \d+ |several more |several |many |a few )(?:[\w-]+ ){0,3}?(?:settlements|villages|towns|"
           r"localities|hamlets|districts|neighbourhoods|neighborhoods|square kilometres of territory|square kilometres) "
           r"(?:in|across|inside) ")


# "the districts of Nashwa, Sharia and Ghwayran in ⟨P⟩": named parts the gazetteer does not know, in the place
NAMED_PARTS = (r"(?:the )?(?:districts|neighbourhoods|neighborhoods|villages|areas|quarters|suburbs|wards) of "
               r"(?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?(?:(?:,| and|, and) (?-i:[A-Z])[\w'-]+(?: (?-i:[A-Z])[\w'-]+)?){0,6} "
               r"(?:in|of|around) ")


# "nine villages in the area since Friday, including ⟨P⟩": the places named after "including" were among them
SOME_INCL = (r"(?:(?:dozens|scores|several|a number|a string|a series|a handful|a line|a chain|a ring|a belt) of |\d+ |two |three |four |five |six |seven |"
             r"eight |nine |ten |a dozen |more than \d+ |(?:more than|over|about|nearly|almost|some) (?:a|two|three) dozen |"
             r"several |many |a few )?(?:of (?:the |⟨P\d+⟩(?:'s|') )(?:\w+ )?|the )?(?:[\w-]+ ){0,2}?(?:settlements|"
             r"villages|towns|localities|hamlets|districts|neighbourhoods|neighborhoods|positions|cities|capitals|terminals|"
             r"ports|bases|airports|oil fields|fields|border crossings|crossings|provinces|regions|states)"
             # ("towns in ⟨P⟩, including ⟨P⟩" holds that place too; "towns across ⟨P⟩ and ⟨P⟩" or "towns west of
             # ⟨P⟩" (often folded into one token) only says where)
             # ("dozens of towns in ⟨P⟩ and ⟨P⟩, including ⟨P⟩")
             rf"(?:(?: (?:[^,⟨.;:]|⟨A\d+⟩){{1,70}}?| across (?:[^,⟨.;:]|⟨P\d+⟩){{1,40}}?| in ⟨P\d+⟩(?:,? and ⟨P\d+⟩)?| (?:[\w-]+ )?(?:{_COMPASS}) of ⟨P\d+⟩| ⟨P\d+⟩)?,? "
             r"(?:including|among them|such as|notably|"
             r"starting with|beginning with) |(?: (?:[^,⟨.;:]|⟨P\d+⟩){1,40}?)?: )")
# "took control of the east, including ⟨P⟩ and ⟨P⟩": a side of the country, then the places it includes
SIDE_INCL = (rf"(?:(?:much|most|parts|part|all) of )?(?:the|⟨P\d+⟩{POSS}) (?:far |vast |entire |whole |remote |restive )?"
             rf"(?:{_COMPASS}|centre|center)(?: and (?:the )?(?:{_COMPASS}|centre|center))?(?: of the country)?,? "
             r"(?:including|notably|among them|such as) ")
CITIES = (rf"(?:⟨P\d+⟩{POSS} |the |its |their |two |three |several )(?:[\w'-]+ ){{0,3}}?(?:cities|towns|city|town|capitals?|"
          rf"provincial capitals?|strongholds?|district centres?)(?: of(?= (?-i:[A-Z])[\w'-]+,))?(?: on \w+day| overnight)?,? "
          rf"(?:including |namely )?")
