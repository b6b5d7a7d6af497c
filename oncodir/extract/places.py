"""Where the department is: a city (and its province) only when the page says so.

A page names many places that are not where the department is: institutions ("Zhongshan Hospital",
"Shanghai Anti-Cancer Association", "Wenzhou Science and Technology Bureau", "Jilin Province"),
meetings ("annual meeting held in Hangzhou"), partners and awards. So a city counts only when a
sentence places the department or its hospital there:

- "located in Suzhou", "based in ...", "situated in ...", "located in the ancient capital Kaifeng";
- "our (downtown) Milwaukee campus": the department's own site, named by its city;
- an address line ("Add: 283 Tongzipo Road, Yuelu District, Changsha, 410013, Hunan");
- the site's copyright line, its hospital and the city after it ("© 2024 X General Hospital, Cape Town");
- "the only ... hospital for breast disease in Chongqing", "the largest breast specialist ... in
  Hangzhou area": a hospital, department, centre or specialist word before "in <City>", with no
  meeting, award or training word between;

and never when the city's name is followed by another capitalised word (an institution's name) or
by "Province". In a long paragraph, only the city right after a street or district is its address
("located in Shizhong District of Leshan, ..."), when the paragraph names several. A city's name may be
written without its syllable mark ("Huaian" for Huai'an); a name two cities share is told apart by the
province after it, or, in an address, by the one candidate province the page names. Of several cities, one placed
by an address or "located in" outranks those a sentence merely puts the unit "in" (a branch clinic, a visitor's
hospital). Every city is looked up in the gazetteer, in one pass over the page. A county-level city (Yiwu) is
read as a prefecture city is; :mod:`.counties` says which of a county-level city and a prefecture written
together is the place.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from oncodir.extract.cityalias import DIRECT_CITIES, OTHER_NAMES, other_names, province_needed
from oncodir.extract.counties import beside, seat_or_county
from oncodir.extract.regexcache import compiled
from oncodir.geo import City, Gazetteer

_LOCATED = compiled(
    r"\b(?:located|based|situated|sits|lies|headquartered)\s+(?:in|at)\s+"
    r"(?:the\s+(?:[a-z]+\s+){0,2}(?:city\s+of|(?:city|capital|town)(?:\s+of)?)\s+)?"  # "the ancient capital X"
    # "in the center of X City", "in the heart of X", "in the northern part of X", "in downtown X": a part of the city
    r"(?:(?:the\s+(?:very\s+)?(?:cent(?:er|re)|heart|middle|(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?"
    r"(?:\s+(?:part|side|suburbs?|district))?|(?:old|new)\s+town|downtown(?:\s+area)?|outskirts|suburbs?)\s+of"
    r"|downtown|central|(?:north|south|east|west)(?:ern)?)\s+)?"
    r"(?:[A-Z][\w-]*(?:-(?:ku|gu|shi)|\s+(?:District|Ward|Borough)),\s+)?$",  # "located in Chuo-ku, Chiba City"
    re.I,
)
_ADDRESS_LABEL = compiled(r"^\s*(?:[a-z]+\s+)?Add(?:ress)?\.?\s*[:：]", re.I)  # "Add:", "Visiting address:"
# ("Lu", a road in pinyin, only after a number: "No. 16 Huanhu Lu"; alone it is a name's, "Wang Lu, Sun Li")
_STREET_WORD = r"\b(?:Road|Street|Avenue|Boulevard|Drive|Parkway|Rd\.|St\.|District|\d[\w \t.-]{0,30}?[ \t]Lu)\b"
_STREET = compiled(_STREET_WORD, re.I)
_ADDRESS_LINE = compiled(rf"^.*{_STREET_WORD}[^,\n]{{0,40}},", re.I)
ADDRESS_LINE_MAX = 150  # characters: a longer line is a paragraph, and not all its places are its address
IN_PARAGRAPH = "a paragraph with an address"  # weaker: a city of a long line, not right after its street
# in a paragraph, only the city right after the street or district: "located in Shizhong District of Leshan, ..."
_AFTER_STREET = compiled(rf"{_STREET_WORD}(?:\s+of)?(?:\s+[A-Z0-9][\w-]*){{0,3}},?\s*$")
_SELF = compiled(
    r"\b(?:hospital|department|dept|cent(?:er|re)|division|clinic|institut(?:e|ion)|specialist|unit|ward|we|our|it)\b"
    r"[^.;\n]{0,110}\bin\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)
_NOT_WHERE = compiled(
    r"\b(?:meetings?|conferences?|congress|forums?|symposi\w+|held|hosted|holding|competitions?|courses?|workshops?|"
    r"awards?|awarded|prizes?|train\w*|stud(?:y|ied|ies)|graduat\w*|visit\w*|lectures?|funded|grants?|honou?rs?|"
    r"won|ranks?|ranked|ranking|invited|honors|alliances?|partner\w*|network\w*|cooperat\w*|collaborat\w*|"
    r"outreach|satellite|spokes?|refer\w*|transferr?\w*|sent|recommend\w*|advis\w*|suggest\w*|fellow\w*|postdoc\w*|residency|exchange|scholars?|worked|"
    r"sponsor\w*|\d+\s+(?:other\s+)?(?:hospitals|centers|centres|clinics)|"
    # "the medical aid of Shanghai", "supported by the counterpart team": help from another city's people
    r"aid|aided|assist\w*|counterpart|paired|pairing|help|helped|supported|support\w*|"
    # "screening for residents aged 30 to 69 in X", "villagers in X": where people live, not where the department is
    # (but "a community hospital in X" is a kind of hospital, the department's own)
    r"residents?|inhabitants|villagers|villages?|townships?|communit(?:y|ies)(?![ \t]+hospital))\b"
    # "doctors in Beijing", "the assistance team in Guangzhou": people of another place
    r"|\b(?:experts?|doctors?|teams?|specialists?|surgeons?|physicians?|professors?|nurses?)\s+in\s+$"
    # "experts from that hospital in X", "doctors from a partner hospital in X": the place they come from
    r"|\bfrom\s+(?:(?:that|this|the|a|an|another|other|their|its)\s+)?(?:[\w-]+\s+){0,3}"
    r"(?:hospitals?|cent(?:er|re)s?|universit(?:y|ies)|institutes?)\s+in\s+$"
    # "Professor Li from Sun Yat-sen University Cancer Center in X", "experts from the First Affiliated Hospital of
    # Y University in X": a named institution someone comes from (its name in capitals, so "from all over the
    # province to our hospital in X" is not one)
    r"|\bfrom\s+(?:the\s+)?(?-i:(?:(?:[A-Z][\w'’-]*|of|and|&)\s+){1,12}"
    r"(?:Hospital|Cent(?:er|re)|University|Institute|College|Medicine))\s+in\s+$"
    # "keeps a consultation relationship with X Cancer Hospital in Y", "rounds alongside Z Hospital in Y": a named
    # institution the department works with, another than its own
    r"|\b(?:with|alongside)\s+(?:the\s+)?(?-i:(?:(?:[A-Z][\w'’-]*|of|and|&)\s+){1,12}"
    r"(?:Hospital|Cent(?:er|re)|University|Institute|College|Medicine))\s+in\s+$"
    # "Professor Shen of the X Hospital in Y has come to ...", "experts of Z Hospital in Y": someone's own hospital
    r"|\b(?:(?:Professor|Prof|Dr|Doctor|Director|Mr|Mrs|Ms)\.?\s+(?-i:(?:[A-Z][\w'’-]*\s+){1,3})|"
    r"(?:experts?|professors?|doctors?|surgeons?|specialists?|physicians?)\s+)(?:of|at)\s+(?:the\s+)?"
    r"(?-i:(?:(?:[A-Z][\w'’-]*|of|and|&)\s+){1,12}(?:Hospital|Cent(?:er|re)|University|Institute|College|Medicine))\s+in\s+$",
    re.I,
)
# "the department is (ranked) among the top 3 liver surgery centers of Shanghai", "one of the leading cancer hospitals
# in X": the department counted among the city's own units
_TOP_OF = compiled(
    r"\b(?:department|hospital|unit|cent(?:er|re)|we|it)\b[^.;\n]{0,80}\b(?:top\s+(?:\d{1,2}|three|five|ten)|leading|"
    r"largest|biggest|best)\s+(?:[\w-]+\s+){0,4}(?:cent(?:er|re)s|hospitals|departments|units)\s+(?:of|in)\s+$",
    re.I,
)
_RANKED = compiled(r"\b(?:ranks?|ranked|ranking)\b", re.I)
# "a member of the X Alliance headquartered in Suzhou": the verb's subject is another body (a partner, an alliance,
# a meeting), so the place is that body's, not the department's
_LOCATED_VERB = compiled(r"\b(?:located|based|situated|sits|lies|headquartered)\s+(?:in|at)\b", re.I)
# "proton therapy is arranged at a proton center in Shanghai", "sent to another hospital in X": a place named with
# "a"/"another" after a preposition is some other unit's, not the department's ("It is a leading centre in X" is)
_SOME_OTHER = compiled(
    r"\b(?:at|to|with|from|by|via|through|in|into)\s+(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:hospital|cent(?:er|re)|clinic|institut(?:e|ion)|unit|ward|department|facility)s?\s+in\s+(?:the\s+city\s+of\s+)?$",
    re.I,
)
# "at our downtown Milwaukee campus", "our Hangzhou site": the department's own site, named by its city
_OUR_BEFORE = compiled(r"\bour\s+(?:(?:main|downtown|central|city-cent(?:re|er)|uptown|new)\s+)?$", re.I)
_SITE_AFTER = compiled(r"^\s+(?:campus|site|location)\b")
AFTER_OK = compiled(r"^(?:\s*(?:City|city|area|Area|Municipality|municipality))?\s*(?:[,.;:)\n·•|]|$|\s+[a-z(0-9])")


# "Add: 108 Wansong Road, Ruian City, Wenzhou, Zhejiang": a county-level city ("City", no "District") right before
# the prefecture's name places the department in the county-level city (which the gazetteer may lack), in the
# prefecture's province
_COUNTY_CITY = compiled(r"\b(?P<city>[A-Z][a-z'’]+(?:[ \t][A-Z][a-z'’]+)?)[ \t]+(?:City|city|Shi)[ \t]*,[ \t]*$")
_PROVINCE = compiled(r"\b(?P<p>[A-Z][a-z]+)(?:\s+[Pp]rovince)?\b")


class Place(NamedTuple):
    city: City
    how: str
    spelled: str  # the city's name as the record gives it: the page's plain spelling of "Ürümqi" is "Urumqi"


def city_words(gazetteer: Gazetteer) -> dict[str, list[City]]:
    """Each city's English and Chinese names, lower-cased, to the cities they may mean."""
    out: dict[str, list[City]] = {}
    held = {c.name.lower() for c in gazetteer.cities}
    for c in (*gazetteer.cities, *(d for d in DIRECT_CITIES if d.name.lower() not in held)):
        for n in dict.fromkeys(
            (c.name.lower(), _folded(c.name), _unmarked(c.name), _joined(c.name), c.zh, *_spoken(c))
        ):
            if n:
                out.setdefault(n, []).append(c)
    for n, named in other_names(list(gazetteer.cities)).items():
        out.setdefault(n, named)
    return out


def _spoken(city: City) -> tuple[str, ...]:
    """The city's pinyin as pages write it, when its record's name is another place's ("Heshan", the seat of
    Yiyang, 益阳): 'yiyang'. A pinyin another city's name spells makes both candidates, told apart by province."""
    if not city.pinyin or _folded(city.pinyin) in ("", city.name.lower(), _folded(city.name)):
        return ()
    return (_folded(city.pinyin), _unmarked(_folded(city.pinyin)))


def _folded(name: str) -> str:
    """A name without its diacritics, as English pages write it ('Ürümqi' -> 'urumqi'); '' if already plain."""
    if name.isascii():
        return ""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return plain.lower() if plain.isascii() else ""


def _unmarked(name: str) -> str:
    """A name as pages also write it, without its syllable mark ("Huai'an" -> "huaian"); '' if it has none."""
    plain = re.sub(r"['’]", "", name)
    return plain.lower() if plain != name else ""


def _plain_name(name: str) -> str:
    """The city's name without the division's word a gazetteer adds to tell it from a namesake ("Wenshan City",
    "Maqin County" -> "Wenshan", "Maqin"): pages write "Wenshan City" and "Wenshan" for the one city."""
    return re.sub(r"\s+(?:City|County)$", "", name)


def _joined(name: str) -> str:
    """A two-word name as pages also write it, in one word ("Bayan Nur" -> "bayannur"); '' if it is one word."""
    return name.replace(" ", "").lower() if " " in name else ""


def _candidates(text: str, gazetteer: Gazetteer) -> list[tuple[int, int, list[City]]]:
    """Every city name in the text (one pass: capitalised words looked up in a dict)."""
    known = city_words(gazetteer)
    longest = max((len(n.split()) for n in known), default=1)
    found = []
    # (a name with a marked letter is one word: "Lüliang", "Ürümqi")
    words = list(re.finditer(r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[a-z]+)?", text))
    for i in range(len(words)):
        for n in range(longest, 0, -1):
            group = words[i : i + n]
            if len(group) < n or any(text[a.end() : b.start()] != " " for a, b in pairwise(group)):
                continue
            cities = known.get(" ".join(g.group() for g in group).lower())
            if cities:
                found.append((group[0].start(), group[-1].end(), cities))
                break
    chinese = _chinese_names(tuple(n for n in known if not n.isascii()))
    if chinese is not None and not text.isascii():
        found += [(m.start(), m.end(), known[m.group()]) for m in chinese.finditer(text)]
    return found


@lru_cache(maxsize=8)
def _chinese_names(names: tuple[str, ...]) -> re.Pattern[str] | None:
    """One pattern for all the non-ASCII city names, longest first (one pass over the page)."""
    return compiled("|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))) if names else None


def where(text: str, gazetteer: Gazetteer) -> tuple[Place | None, list[str]]:
    """The one city the page places the department or hospital in, and notes on cities left out."""
    placed: dict[tuple[str, str], Place] = {}
    elsewhere: set[str] = set()
    notes: list[str] = []
    found = _candidates(text, gazetteer)
    skip = beside(text, found)
    for start, end, cities in found:
        if start in skip:  # "Yiwu City, Jinhua": the prefecture beside its county-level city
            continue
        line_start = text.rfind("\n", 0, start) + 1
        before = text[max(line_start, start - 160) : start]
        after = text[end : end + 60]
        how = placed_how(text, line_start, before, after)
        picked = (
            cities
            if len(cities) == 1
            else _province_follows(after, cities) or _province_named(text, cities, how) or seat_or_county(cities, text)
        )
        picked = [c for c in picked if not province_needed(c) or re.search(rf"\b{c.province}\b", text)]
        county = _COUNTY_CITY.search(before)
        # ("a hospital in Pingdu City, Qingdao": placed "in" the county-level city, read as the words before it)
        how = how or (placed_how(text, line_start, before[: county.start()], after) if county else None)
        county = county if how is not None and picked else None
        if county:  # "Ruian City, Wenzhou, Zhejiang": the county-level city, in the prefecture's province
            notes.append(f"City: {county['city']} City is a county-level city of {picked[0].name}, the prefecture "
                         "the page names after it; the county-level city taken.")  # fmt: skip
            city = picked[0]._replace(name=county["city"], zh="", pinyin="", division_zh="")
            placed.setdefault((city.name, city.province), Place(city, how or "", county["city"]))
            continue
        if how is None or not picked:
            elsewhere.add(cities[0].name)
            continue
        city = picked[0]
        written = text[start:end]
        plain = (_folded(city.name), _unmarked(city.name), _joined(city.name), *_spoken(city))
        spelled = written if written.lower() in plain or written.lower() in OTHER_NAMES else _plain_name(city.name)
        key = (city.name, city.province)
        if key not in placed or placed[key].how == IN_PARAGRAPH:  # a later, surer placement says how
            placed[key] = Place(city, how, spelled)
    if len(placed) > 1:  # "located in X District of Leshan, ... patients from Leshan, Meishan": the street's city
        placed = {k: p for k, p in placed.items() if p.how != IN_PARAGRAPH} or placed
    if len(placed) > 1:  # "Liaoyuan, Jilin": a province named like one of its cities, after another city of it
        others = {(p.city.name, p.city.province): p.city.province for p in placed.values()}
        placed = {
            k: p for k, p in placed.items() if p.city.name not in {v for o, v in others.items() if o != k}
        } or placed
    if len(placed) > 1:  # an address or "located in" outranks a city a sentence merely puts the unit "in"
        surest = _surest(placed)
        if len(surest) == 1:
            (place,) = surest.values()
            also = sorted(p.spelled for k, p in placed.items() if k not in surest)
            notes.append(f"City: the page also puts the department in {', '.join(also)}, but less surely than "
                         f"in {place.spelled} ({place.how}).")  # fmt: skip
            placed = surest
    if len(placed) == 1:
        return next(iter(placed.values())), notes
    if len(placed) > 1:
        notes.append("City: the page places the department in several cities (" +
                     ", ".join(sorted(p.spelled for p in placed.values())) + "); none chosen.")  # fmt: skip
    elif elsewhere:
        notes.append(
            "City: " + ", ".join(sorted(elsewhere)) + " is mentioned only inside an institution's name or about "
            "something other than where the department is (a meeting, an award, a partner); none chosen."
        )
    return None, notes


_SURE = {"address": 0, "located in": 1}  # how a city is placed, surest first; any other way ranks after them


def _surest(placed: dict[tuple[str, str], Place]) -> dict[tuple[str, str], Place]:
    """The cities placed the surest way, when that is an address or "located in"."""
    rank = min(_SURE.get(p.how, len(_SURE)) for p in placed.values())
    return {k: p for k, p in placed.items() if _SURE.get(p.how, len(_SURE)) == rank} if rank < len(_SURE) else placed


def province(text: str, gazetteer: Gazetteer) -> str | None:
    """The one province the page places the department in ("the only ... department ... in Zhejiang province")."""
    provinces = {c.province for c in gazetteer.cities if c.province}
    placed = set()
    for m in _PROVINCE.finditer(text):
        if m["p"] not in provinces:
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        before = text[max(line_start, m.start() - 160) : m.start()]
        clause = re.split(r"[;]|,\s+(?:and|but|while|which)\s+", before)[-1]
        self = _SELF.search(clause)
        if AFTER_OK.match(text[m.end() : m.end() + 30]) and self and not _NOT_WHERE.search(clause):
            placed.add(m["p"])
    return placed.pop() if len(placed) == 1 else None


# "a teaching hospital in inner Sydney", "in central Leeds", "in downtown Toronto": a part of the city is the city's
# ground, read as "in" the city itself (what follows "in" is asked as for the city alone)
_PART_BEFORE = compiled(
    r"\bin\s+(?:inner(?:-city)?|outer|central|downtown|midtown|uptown|metropolitan|suburban)\s+$", re.I
)


# "© 2024 Silvermine General Hospital, Cape Town.": the site's owner, a hospital, and its city after a comma
COPYRIGHT = "the site's copyright line"
_COPYRIGHT = compiled(r"^[^\S\n]*(?:©|\([cC]\)|Copyright\b)")
_OWNER_COMMA = compiled(
    r"\b(?:Hospital|Infirmary|Cent(?:er|re)|Clinic|Institute|Klinikum|Trust|Spital)[^\S\n]*,[^\S\n]*$"
)


def placed_how(text: str, line_start: int, before: str, after: str) -> str | None:
    """How the page places the department at the place between ``before`` and ``after``, or None."""
    before = _PART_BEFORE.sub("in ", before)
    if not AFTER_OK.match(after) or re.match(r"^\s+Province\b", after, re.I):
        return None
    end = text.find("\n", line_start)
    line = text[line_start : end if end >= 0 else len(text)]
    if _ADDRESS_LABEL.match(line):
        return "address"
    paragraph = _ADDRESS_LINE.match(line) is not None and len(line) > ADDRESS_LINE_MAX
    if _ADDRESS_LINE.match(line) and not paragraph:
        return "address"
    if paragraph and _AFTER_STREET.search(before):
        # a paragraph's street and city, unless the sentence is about somewhere else ("trained ... in X District, Y")
        return None if _NOT_WHERE.search(re.split(r"[.;!?]\s", before)[-1]) else "address"
    if paragraph and _street_sentence(before, after):
        return IN_PARAGRAPH
    if _OUR_BEFORE.search(before) and _SITE_AFTER.match(after):
        return "in"
    if _COPYRIGHT.match(line) and _OWNER_COMMA.search(before):
        return COPYRIGHT
    located = _LOCATED.search(before)
    if located:
        return None if _other_subject(before) else "located in"
    clause = re.split(r"[;]|,\s+(?:and|but|while|which)\s+", before)[-1]
    if _TOP_OF.search(clause) and not _NOT_WHERE.search(_RANKED.sub("", clause)):
        return "in"  # "the department is ranked in the top 3 liver surgery centers of Shanghai": one of the city's
    self = _SELF.search(clause)
    # the whole clause: "studied at the Cancer Hospital ... in Beijing" is where someone trained
    if self and not _NOT_WHERE.search(clause) and not _SOME_OTHER.search(clause):
        return "in"
    return None


def _street_sentence(before: str, after: str) -> bool:
    """Whether a city of a paragraph with a street in it is in the street's own sentence, about no other body: the
    city of "Since 2015 the hospital has received the medical aid of Shanghai", after the sentence with the
    hospital's district, is another city's help (read as any sentence's city, not as the address's)."""
    sentence = re.split(r"[.;!?]\s", before)[-1] + re.split(r"[.;!?](?:\s|$)", after)[0]
    return bool(_STREET.search(sentence)) and not _NOT_WHERE.search(sentence)


def _other_subject(before: str) -> bool:
    """Whether "located in" places another body: the words just before the verb (back to a comma or a sentence's
    end; for "which"/"that", the noun before the comma) name an alliance, a partner or a meeting ("the X Alliance
    headquartered in"), not the department."""
    verbs = list(_LOCATED_VERB.finditer(before))
    if not verbs:
        return False
    parts = re.split(r"[,.;:!?()]", before[: verbs[-1].start()])
    subject = parts[-1]
    if len(parts) > 1 and re.match(r"\s*(?:which|that)\b", subject):  # "the X Alliance, which is based in": its noun
        subject = " ".join(parts[-2].split()[-5:])
    return bool(_NOT_WHERE.search(subject))


def _province_named(text: str, cities: list[City], how: str | None) -> list[City]:
    """'Address: 26 Daoqian Street, Gusu District, Suzhou' on a page that names Jiangsu (and no other candidate's
    province): the Suzhou in Jiangsu; only for an address or "located in", never a city merely "in" a sentence."""
    if how not in ("address", "located in"):
        return []
    named = [c for c in cities if c.province and re.search(rf"\b{re.escape(c.province)}\b", text)]
    return named if len({c.province for c in named}) == 1 else []


def _province_follows(after: str, cities: list[City]) -> list[City]:
    """'Suzhou, Jiangsu' picks the Suzhou in Jiangsu; so does 'Fuzhou, the capital city of Fujian Province'
    (one candidate's province named in the same clause, right after)."""
    m = re.match(r"\s*,\s*([A-Z][a-z]+)", after)
    picked = [c for c in cities if m and c.province.lower().startswith(m[1].lower())]
    if picked:
        return picked
    clause = re.split(r"[.;:()\n]", after, maxsplit=1)[0]
    m = re.match(r"\s*,\s*(?:the\s+)?(?:provincial\s+)?capital(?:\s+city)?\s+of\s+([A-Z][a-z]+)\b", clause)
    return [c for c in cities if m and c.province.lower() == m[1].lower()]
