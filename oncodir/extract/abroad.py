"""Where a department abroad is: a city outside China, only when the page says so.

The same sentences place a department abroad as at home (an address line, "located in", a hospital
"in <City>"; see :mod:`.places`), but the world's city names are many and some are also words,
regions or states ("Reading", "Victoria", "Ontario"). So a city abroad counts only when

- it sits in the page's address: a postal code beside it ("97080 Würzburg", "Leeds LS9 7TF",
  "Boston, MA 02215"), its ward before it ("Chuo-ku, Osaka 541-0041": a district before a ward is no city),
  or an address line ("Address: ...", "... Straße 11, Essen", one ending with the country, in its own language
  too: "Curitiba - PR, 80230-100, Brasil"); a Canadian postal code after the province
  ("Calgary, Alberta T2N 3L1") too; or
- the page says the department is "located in" it (or in a part of it: "in Adelaide's western suburbs"); or
- a sentence places the department or hospital "in" it AND the page confirms the country: it names
  the country ("Germany", "UK", "NHS", a telephone number's prefix, "+82", a North American number,
  "414-555-0188", or an Australian state and postcode, "SA 5011") or the US state (right after the
  city, "Rochester, MN", or anywhere on the page, "the largest program in Wisconsin").

The country is given only when one country fits: the only one the name may mean, or the one the
page names. Cities come from GeoNames (data/world_cities.tsv, places of 15,000 people or more).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from oncodir.extract.places import ADDRESS_LINE_MAX, AFTER_OK, IN_PARAGRAPH, placed_how
from oncodir.extract.regexcache import compiled
from oncodir.storage.paths import data_file

WORLD_FILE = "world_cities.tsv"
_LONGEST = 4  # words in a city's name ("Frankfurt am Main", "Stoke on Trent")
_OWNER = ("'s", "’s")
_WORD = compiled(r"[^\W\d_][^\W_]*(?:['’.\-][^\W\d_]+)*")
# Names pages use for a country besides GeoNames' own.
_COUNTRY_ALIASES = {
    "US": ("USA", "U.S.A.", "U.S.", "US", "United States of America", "America"),
    "GB": ("UK", "U.K.", "England", "Scotland", "Wales", "Northern Ireland", "Britain", "Great Britain", "NHS"),
    "KR": ("Korea", "Republic of Korea"),
    "NL": ("Netherlands", "Holland", "Nederland"),
    "DE": ("Deutschland",),
    "AT": ("Österreich",),
    "CH": ("Schweiz", "Suisse", "Svizzera"),
    "IT": ("Italia",),
    "ES": ("España",),
    "CZ": ("Czech Republic", "Česko", "Česká republika"),
    # and the country in its own language, as an address abroad ends ("Curitiba - PR, 80230-100, Brasil")
    "BR": ("Brasil",),
    "PL": ("Polska",),
    "MX": ("México",),
    "SE": ("Sverige",),
    "NO": ("Norge",),
    "DK": ("Danmark",),
    "FI": ("Suomi",),
    "BE": ("België", "Belgique"),
    "TR": ("Türkiye",),
    "HU": ("Magyarország",),
    "PE": ("Perú",),
}
# A postal code opens the line or follows a comma ("..., 97080 Würzburg"), never a year in a sentence.
# (and "413 45 Göteborg", "751 85 Uppsala": three digits and two; "4149-003 Porto", "31-501 Kraków": a dash within)
_POSTCODE_BEFORE = compiled(
    r"(?:^|,\s*|[^\S\n][–—][^\S\n]*)(?:(?:[A-Z]{1,2}-)?\d{4,5}(?:\s?[A-Z]{2})?|\d{3}\s\d{2}|\d{4}-\d{3}|\d{2}-\d{3})\s+$"
)  # 97080, D-97080, 1066 CX
_POSTCODE_AFTER = compiled(
    r"^(?:,?\s+(?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+\d{5}\b"  # Boston, MA 02215; Cleveland, Ohio 44106
    r"|\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b"  # Leeds LS9 7TF
    r"|[^\S\n]+\d{4}[^\S\n]*,[^\S\n]*[A-Z][\w ]{2,30}?\.?[^\S\n]*(?:\n|$)"  # Dunedin 9054, New Zealand (its line's end)
    # Calgary, Alberta T2N 3L1; Toronto, ON M5G 2M9; Halifax NS B3H 1V7 (Canada: letter, digit, letter; a space);
    # Québec's way, the province in brackets: "Montréal (Québec) H1T 2M4", "Laval (QC) H7M 3L9"
    r"|,?\s+(?P<open>\()?(?:[A-Z]{2}|[A-Z][a-zé]+(?:[\s-][A-Z][a-zé]+)?)(?(open)\))\s+[A-Z]\d[A-Z]\s?\d[A-Z]\d\b)"
)
# "Melbourne VIC 3000", "Brisbane, QLD 4000": an Australian address's place, a state's abbreviation and a postcode
# after it; often a suburb ("Coogee NSW 2034"), so it yields to a city the page places the department in otherwise
_AU_AFTER = compiled(r"^,?[^\S\n]+(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)[^\S\n]+\d{4}(?![\d-])")
STATE_POSTCODE = "an address's state and postcode"
# "2 Park Road, Grafton / Auckland 1023", "Beckett Street, Harehills / Leeds LS9 7TF": the city beside the postal code;
# the place on the street's line is a suburb of it, so the city beside a postal code wins over it
POSTCODE = "address, beside its postal code"
# "Auckland 1023", "Postal: Private Bag 92024, Wellington 6140": a city with four digits closing its line
_CODE_CLOSES_LINE = compiled(r"^[^\S\n]+\d{4}[^\S\n]*(?:\n|$)")
_ABOVE = 120  # characters of the line above an address's last line that are read
_LINE_OPENS = compiled(r"(?:^|\n|,)[^\S\n]*$")
# "33076 Bordeaux Cedex", "69004 Lyon Cedex 04": the French mail's delivery word after the city
_CEDEX = compiled(r"^[^\S\n]+CEDEX(?:[^\S\n]+\d{1,2}\b)?", re.I)
# "... 33076 Bordeaux - Tél. 05 56" (an en or em dash): a dash between the fields of an address line
_DASH_AFTER = compiled(r"^[^\S\n]+[–—][^\S\n]")
# "Nedlands WA 6009, Perth": the suburb's state and postcode, then the city after a comma
_AU_BEFORE = compiled(r"(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)[^\S\n]+\d{4}[^\S\n]*,[^\S\n]*$")
_STREET = compiled(
    r"(?:stra(?:ss|ß)e|str\.|weg|platz|allee|gasse|ring|boulevard|blvd\.?|drive|lane|road|street|avenue|via|viale|"
    r"piazza|rue|calle|avenida|laan|straat|gracht|vägen|gatan|vej|veien|katu|tie)\s*\d+\w?\s*,",
    re.I,
)
_AFTER_STREET = compiled(r"\b(?:Road|Street|Avenue|Drive|Lane|Boulevard|Parkway|Way)\b[^,\n]{0,40},\s*$")
_ANOTHER = compiled(r"\b(?:with|national|regional|other|another|partner|sister)\b", re.I)
_LOCATED_AT = compiled(r"\blocated\s+at\s+\d[^.;\n]{0,80},\s*$")  # located at 81 Irwon-ro, Gangnam-gu, Seoul
# "2-3-4 Kitahama, Chuo-ku, Osaka 541-0041": a city's ward (Japan's "-ku", Korea's "-gu") names its city next
_WARD_BEFORE = compiled(r"\b[A-Z][a-z]+-(?:ku|gu)\s*,\s*$")
_WARD_AFTER = compiled(r"\s*,\s*[A-Z][a-z]+-(?:ku|gu)\b")  # "Honcho, Aoba-ku": a district within the ward's city
# An address line: digits, two commas, a country at its end ("6-5-1 Kashiwanoha, Kashiwa, Chiba 277-8577, Japan").
_ADDRESS_ENDS = compiled(r"^(?=[^\n]*\d)[^\n]*,[^\n]*,\s*(?P<country>[A-Z][\w. ]+?)\.?\s*$")
# "in Adelaide's western suburbs", "on Leeds' outskirts": a part of the city, the city's own ground
_CITY_PART = compiled(
    r"^['’]s?\s+(?:(?:inner|outer|(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central)\s+)?"
    r"(?:suburbs?|outskirts|city\s+cent(?:re|er)|cent(?:re|er)|CBD|metropolitan\s+area)\b"
)
# "Woodville South SA 5011": an Australian state's abbreviation and a postcode of four digits name the country
_AU_POSTCODE = compiled(r"(?<![\w-])(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\s+\d{4}(?![\d-])")
# "DK-8200 Aarhus N", "1050 København K": a postal district's letters after the city, closing the address line
_DISTRICT_AFTER = compiled(r"^[^\S\n]+[A-ZÆØÅ]{1,2}[^\S\n]*(?:\n|$)")
_STATE_AFTER = compiled(r"^\s*,\s*(?P<state>[A-Z]{2}\b|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")


class Abroad(NamedTuple):
    name: str  # GeoNames' name of the city
    country: str  # ISO code
    admin1: str  # the US state's code for a US city


class World(NamedTuple):
    rows: list[str]  # the file's city lines, as written (sorted by their name in lower case)
    first: dict[str, int]  # a name in lower case -> its first line (the lines of one name follow each other)
    keys: list[str]  # each line's name in lower case
    folded: dict[str, list[int]]  # a name without its diacritics ("wurzburg") -> the lines of the names it folds
    countries: dict[str, str]  # ISO code -> name
    states: dict[str, str]  # US state's code and name -> code
    openers: frozenset[str]  # the first words of names of several words ("frankfurt" of "Frankfurt am Main")

    def lookup(self, name: str) -> list[Abroad]:
        """The cities a name may mean (parsed only when a page names one: reading stays fast)."""
        key = name.lower()
        if key not in self.first and key not in self.folded:
            return []  # (most capitalised words of a page name no city: answered at once)
        at = self.first.get(key)
        lines = set(self.folded.get(key, ()))
        while at is not None and at < len(self.keys) and self.keys[at] == key:
            lines.add(at)
            at += 1
        rows = (self.rows[i].split("\t")[1:] for i in sorted(lines))
        return [Abroad(own[0] if own else name, code, admin1) for code, admin1, *own in rows]


class Found(NamedTuple):
    city: str  # as the page writes it
    country: str | None  # the country's name, when only one fits
    how: str
    confirmed: bool = False  # the page names the country or the state too (not only the city's name)


@lru_cache(maxsize=1)
def world() -> World:
    """The cities abroad (read once, only by extract; whole-text operations, as 57,000 lines are many)."""
    with open(data_file(WORLD_FILE), encoding="utf-8") as fh:
        text = fh.read()
    body = re.search(r"^[^#]", text, re.M)
    head, cities = (text[: body.start()], text[body.start() :]) if body else (text, "")
    countries: dict[str, str] = {}
    states: dict[str, str] = {}
    for line in head.splitlines():
        kind, code, full = line.split("\t")
        if kind == "#country":
            countries[code] = full
        else:
            states[code] = states[full] = code
    rows = cities.split("\n")[:-1] if cities.endswith("\n") else cities.split("\n")
    lowered = cities.lower()
    keys = re.findall(r"^[^\t\n]*", lowered, re.M)[: len(rows)]
    first = dict(zip(reversed(keys), range(len(keys) - 1, -1, -1), strict=True))  # the first line of each wins
    folded: dict[str, list[int]] = {}
    foreign = [(i, k) for i, k in enumerate(keys) if not k.isascii()]
    table = _fold_table("".join(k for _, k in foreign))
    for i, key in foreign:
        if (plain := key.translate(table)) != key:
            folded.setdefault(plain, []).append(i)
    openers = frozenset(k.split(" ", 1)[0] for k in [*keys, *folded] if " " in k)
    return World(rows, first, keys, folded, countries, states, openers)


def _fold_table(letters: str) -> dict[int, str]:
    """Each letter without its diacritics ("ü" -> "u"), for ``str.translate``."""
    return {ord(ch): _folded(ch) for ch in set(letters) if not ch.isascii()}


def _folded(name: str) -> str:
    """The name without diacritics ('Würzburg' -> 'wurzburg'), lower-cased."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return plain.lower()


def _candidates(text: str, known: World) -> list[tuple[int, int, list[Abroad]]]:
    """Every city name in the text, longest first at each capitalised word (one pass of dict lookups)."""
    words = list(_WORD.finditer(text))
    found = []
    i = 0
    while i < len(words):
        if not words[i].group()[0].isupper():
            i += 1
            continue
        key = words[i].group().lower()
        if key not in known.openers and key not in known.first and key not in known.folded and key[-2:] not in _OWNER:
            i += 1  # (most capitalised words of a page begin no city's name: answered at once)
            continue
        longest = _LONGEST if key in known.openers else 1
        for n in range(min(longest, len(words) - i), 0, -1):
            group = words[i : i + n]
            if any(text[a.end() : b.start()] != " " for a, b in pairwise(group)):
                continue
            name, end = " ".join(g.group() for g in group), group[-1].end()
            cities = known.lookup(name)
            if not cities and name[-2:] in _OWNER:  # "Adelaide's western suburbs": the city, possessive
                name, end = name[:-2], end - 2
                cities = known.lookup(name)
            if cities and group[-1].group()[0].isupper():
                found.append((group[0].start(), end, cities))
                i += n - 1
                break
        i += 1
    return found


# A telephone number's international prefix names its country as surely as the country's name ("+82-53-250-7700")
_DIALLING = {
    "1": ("US", "CA"), "31": ("NL",), "32": ("BE",), "33": ("FR",), "34": ("ES",), "39": ("IT",), "41": ("CH",),
    "43": ("AT",), "44": ("GB",), "45": ("DK",), "46": ("SE",), "47": ("NO",), "48": ("PL",), "49": ("DE",),
    "61": ("AU",), "64": ("NZ",), "65": ("SG",), "81": ("JP",), "82": ("KR",), "351": ("PT",), "353": ("IE",),
    "358": ("FI",), "420": ("CZ",), "972": ("IL",),
}  # fmt: skip
_PHONE = compiled(r"(?<![\w+])\+\s?(?P<code>\d{1,3})[\s-]?\(?\d")
# "414-555-0188", "(414) 555-0188": a North American number (area code, exchange, line) names the US or Canada;
# not 400 or 800, China's service numbers written the same way ("400-888-1234")
_NORTH_AMERICAN = compiled(r"(?<![\w+\-(])(?!\(?[48]00)\(?[2-9]\d{2}\)?[-. ][2-9]\d{2}[-.]\d{4}(?![\w-])")


def _named_countries(text: str) -> set[str]:
    """The countries the page names anywhere (by GeoNames' name or a usual alias, or a telephone number's
    international prefix), as ISO codes."""
    pattern, names = _country_pattern()
    found = {names[m.group()] for m in pattern.finditer(text)}
    for m in _PHONE.finditer(text):
        code = next((m["code"][:n] for n in (3, 2, 1) if m["code"][:n] in _DIALLING), None)
        found.update(_DIALLING[code] if code else ())
    if _NORTH_AMERICAN.search(text):
        found.update(_DIALLING["1"])
    return found


@lru_cache(maxsize=1)
def _country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {n: code for code, n in world().countries.items() if code != "CN"}
    names |= {alias: code for code, aliases in _COUNTRY_ALIASES.items() for alias in aliases}
    return compiled(r"(?<![\w.])" + _any_of(names) + r"(?!\w)"), names


def _any_of(names: Iterable[str]) -> str:
    """One pattern for many names; their first letters first, so most places on a page fail at once."""
    names = sorted(names, key=len, reverse=True)
    initials = re.escape("".join(sorted({n[0] for n in names})))
    return f"(?=[{initials}])(?:" + "|".join(map(re.escape, names)) + ")"


def _australian(text: str, cities: list[Abroad], named: set[str]) -> None:
    """Australia among the countries the page names when its address has a state and postcode ("SA 5011");
    looked for only when a city placed "in" a sentence may be Australian (most pages name none)."""
    if "AU" not in named and any(c.country == "AU" for c in cities) and _AU_POSTCODE.search(text):
        named.add("AU")


def _named_states(text: str) -> set[str]:
    """The US states the page names in full ("Wisconsin"), as their codes."""
    states = world().states
    return {states[m.group()] for m in _state_pattern().finditer(text)}


@lru_cache(maxsize=1)
def _state_pattern() -> re.Pattern[str]:
    return compiled(r"\b" + _any_of(n for n in world().states if len(n) > 2) + r"\b")


def _in_address(text: str, line_start: int, before: str) -> bool:
    """Whether a line closed by four digits is an address's last line ("2 Park Road / Auckland 1023", "Private Bag
    92024, Auckland 1142"), not a meeting's place and year ("Annual Meeting, Christchurch 2019"): a number before it
    on its line or on the line above."""
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : line_start]
    return bool(re.search(r"\d", before[-80:] + above[:_ABOVE]))


def _how(text: str, start: int, end: int) -> str | None:
    """How the page places the department at this city, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    before, after = text[max(line_start, start - 160) : start], text[end : end + 60]
    if _WARD_AFTER.match(after):
        return None
    part = _CITY_PART.match(after) or _CEDEX.match(after)
    after = after[part.end() :] if part else after
    if _AU_AFTER.match(after):
        return STATE_POSTCODE
    if _POSTCODE_AFTER.match(after) or (_DISTRICT_AFTER.match(after) and _POSTCODE_BEFORE.search(before)):
        return POSTCODE
    if _CODE_CLOSES_LINE.match(after) and _LINE_OPENS.search(before) and _in_address(text, line_start, before):
        return POSTCODE
    if not AFTER_OK.match(after) and not _DASH_AFTER.match(after):  # "2200 Euclid Parkway": a street, not a city
        return None
    if _POSTCODE_BEFORE.search(before):
        return POSTCODE
    if _AU_BEFORE.search(before) or _street_in(line):
        return "address"
    if _LOCATED_AT.search(before):
        return "address"
    if _WARD_BEFORE.search(before):
        return "address"
    ends = _ADDRESS_ENDS.match(line)
    if ends and ends["country"] in _country_pattern()[1]:
        return "address"
    how = placed_how(text, line_start, before, after)
    if how == IN_PARAGRAPH:
        return None  # a paragraph with a street in it: only the city right after the street is its address
    if how == "in" and _ANOTHER.search(re.split(r"[.;!?]\s", before)[-1]):
        return None  # "(with the national centre in Sheffield)": a centre beside this one
    if how == "address" and len(line) > ADDRESS_LINE_MAX and not _AFTER_STREET.search(before):
        return None  # a paragraph with a street in it: only the city right after the street is its address
    return how


@lru_cache(maxsize=256)  # (the cities of one line ask about the same line)
def _street_in(line: str) -> bool:
    """A street and its number on the line ("Hauptstraße 5,"): the number and comma looked for first, at once."""
    return _NUMBER_COMMA.search(line) is not None and _STREET.search(line) is not None


_NUMBER_COMMA = compiled(r"\d\w?\s*,")  # how every street's number ends


# "Via Roma 12", "Corso Milano", "Rue de Paris", "Avenida Lisboa": a city's name after a street's word names the street
_STREET_BEFORE = compiled(
    r"\b(?:Via|Viale|Corso|Piazza|Piazzale|Largo|Rue|Avenue|Calle|Avenida|Rua|Paseo|Plaza)"
    r"(?:[^\S\n]+(?:de|del|della|di|du|des|da|do))?[^\S\n]+$"
)


def where_abroad(text: str) -> tuple[Found | None, list[str]]:
    """The one city abroad the page places the department or hospital in, and notes on the others."""
    data = world()
    named = _named_countries(text)
    named_states = _named_states(text)
    placed: dict[str, Found] = {}
    unconfirmed: set[str] = set()
    address_lines: dict[int, str] = {}  # line -> how its first city was placed
    for start, end, cities in _candidates(text, data):
        how = None if _STREET_BEFORE.search(text, max(0, start - 30), start) else _how(text, start, end)
        if how in ("in", STATE_POSTCODE):
            _australian(text, cities, named)
        line = text.rfind("\n", 0, start)
        # an address names its city first: "Kashiwa, Chiba 277-8577" is in Chiba prefecture; but a suburb's
        # state and postcode come before the city ("Randwick NSW 2031, Sydney"): the city is named after
        after_suburb = address_lines.get(line) == STATE_POSTCODE and _AU_BEFORE.search(text, max(0, start - 40), start)
        if how is None or (how in ("address", POSTCODE) and line in address_lines and not after_suburb):
            continue
        if how in ("address", STATE_POSTCODE, POSTCODE):
            address_lines.setdefault(line, how)
        state = _STATE_AFTER.match(text[end : end + 40])
        states = {data.states.get(state["state"])} if state else named_states
        in_state = [c for c in cities if c.country == "US" and c.admin1 in states]
        fits = in_state or [c for c in cities if c.country in named] or cities
        if how == "in" and not (in_state or named & {c.country for c in cities}):
            unconfirmed.add(text[start:end])
            continue
        countries = {c.country for c in fits}
        country = data.countries.get(countries.pop()) if len(countries) == 1 else None
        written = text[start:end]
        sure = bool(in_state or named & {c.country for c in cities})
        placed.setdefault(fits[0].name, Found(written, country, how, sure))
    if len(placed) > 1:  # "Coogee NSW 2034 ... located in Sydney's eastern suburbs": the suburb yields
        placed = {k: f for k, f in placed.items() if f.how != STATE_POSTCODE} or placed
    if len(placed) > 1:  # "2 Park Road, Grafton / Auckland 1023": the street line's suburb yields to the postal city
        placed = {k: f for k, f in placed.items() if f.how == POSTCODE} or placed
    notes: list[str] = []
    if len(placed) == 1:
        return next(iter(placed.values())), notes
    if len(placed) > 1:
        notes.append(
            "City: the page places the department in several cities abroad ("
            + ", ".join(sorted(f.city for f in placed.values()))
            + "); none chosen."
        )
    elif unconfirmed:
        notes.append(
            "City: the page puts the department in " + ", ".join(sorted(unconfirmed)) + " but names no country "
            "or state to say which place that is; none chosen."
        )
    return None, notes
