"""Drafting a department record from the plain text of its web page.

The draft is for a person to check and then import; it states only what the page states, and a fact
it is not sure of stays null with a note saying why. What it reads, and where:

- name, "Department of X" alias and hospital: :mod:`.names` (the heading, or the first sentences);
- hospital: as the page names it; a hospital of the directory (by name or alias) gives its id, and
  its city, province and country come from its record (cited in ``references``). An editor may
  supply the hospital (``hospital=``) when the page names none: the draft says so;
- city and province: :mod:`.places` (China) and :mod:`.abroad` (elsewhere), only where the page says
  the department or hospital is, never from an institution's name or a meeting;
- cancers and treatments: :mod:`.terms`, the department's own mentions of vocabulary names;
- beds, staff, patients a year: :mod:`.counts`; people and roles: :mod:`.people`; founding and
  update dates: :mod:`.dates`; programmes: :mod:`.facts`. No summary: a person writes that.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from oncodir.directory import Directory, hospitals, names
from oncodir.extract import known as directory_hospitals
from oncodir.extract import names as naming
from oncodir.extract import regexcache
from oncodir.extract.abroad import where_abroad
from oncodir.extract.counts import annual_patients, beds, staff
from oncodir.extract.dates import founded, updated
from oncodir.extract.facts import programmes, split_sentences
from oncodir.extract.holders import Own
from oncodir.extract.pageend import cut_start, end_notes, handing_on_start
from oncodir.extract.parallel import started
from oncodir.extract.people import people
from oncodir.extract.places import province, where
from oncodir.extract.regexcache import compiled
from oncodir.extract.terms import terms
from oncodir.importer import hospital_by_name, make_id
from oncodir.models import FIELDS, Record
from oncodir.text import normalise, repair_mojibake
from oncodir.vocabulary import Vocabulary

PLACE = ("city", "province", "country")
_BLANK_RUN = compiled(r"\n[ \t]*\n(?:[ \t]*\n)+")


def draft(
    text: str, document: str | None, directory: Directory, *, url: str | None = None, hospital: str | None = None
) -> Record:
    """A draft department record from a page's text; absent facts are null or empty."""
    text = repair_mojibake(text.replace("\r\n", "\n").replace("\r", "\n"))
    # Runs of blank lines say no more than one blank line does, and a page copied from a browser can hold
    # thousands of them: every reader would walk each one.
    text = _BLANK_RUN.sub("\n\n", text)
    lines = text.split("\n")
    masked, sentences = split_sentences(text)
    record: Record = {k: None for k in FIELDS}
    record.update(kind="department", aliases=[], cancers=[], treatments=[], wording={}, staff={}, people=[],
                  annual_patients={}, programs=[], notes=[], references=[])  # fmt: skip
    found = naming.find(text, lines)
    own = {normalise(n) for n in (found.name, found.alias) if n}
    own |= {normalise(n.removeprefix("Department of ")) for n in own}
    # Terms are not read from an unfinished last sentence whose cut end would have said who gives them.
    terms_end = handing_on_start(text)
    body = text[:terms_end]
    body = body[found.body :] if found.body < len(body) else body
    # (the two slowest readers start first: on a big page each reads in a process of its own meanwhile)
    named_terms = started(_terms, body, directory.vocabulary, own, found.name, size=len(body))
    end = cut_start(text)  # people are read without what the page's cut may have shortened
    named_people = started(people, text[:end].split("\n"), masked[:end], found.name, size=end)
    record["name"] = found.name
    if found.alias:
        record["aliases"].append(found.alias)
    if found.units:
        record["notes"].append(
            f"Name: the page describes {len(found.units)} departments in turn ({', '.join(found.units)}): it reads "
            "as a hospital's page, not one department's; no name taken, and its cancers and treatments are the "
            "hospital's."
        )
    elif found.name is None:
        record["notes"].append("Name: the page has no department heading and no sentence naming the department.")
    _hospital(record, text, found, directory, hospital)
    if record["city"] is None:
        _city(record, text, directory)
    holders = Own(tuple(n for n in (found.name, found.alias) if n), record["hospital"])
    later: list[str] = []
    record["beds"] = beds(sentences, later, holders)
    record["staff"] = staff(sentences, holders)
    record["established"] = founded(sentences)
    record["annual_patients"] = annual_patients(sentences, holders)
    record["programs"] = programmes(lines, sentences)
    found_terms, terms_notes = named_terms()
    record.update(found_terms)
    record["people"] = named_people()
    record["notes"].extend([*terms_notes, *later, *end_notes(text, end, terms_end)])
    header = [line for line in text[: found.body + 200].split("\n")[:40]]
    record["source"] = {
        "document": document,
        "title": found.name,
        "updated": updated(text, header, record["notes"], record["country"]),
    }
    if url:
        record["source"]["url"] = url
    record["id"] = make_id(record) or None
    regexcache.keep()  # (once a run: the patterns compiled afresh, kept for the next)
    return record


def _terms(text: str, vocab: Vocabulary, own: set[str], name: str | None) -> tuple[dict[str, Any], list[str]]:
    """The cancers and treatments, and the notes on them."""
    notes: list[str] = []
    return terms(text, vocab, own, notes, name), notes


def _hospital(record: Record, text: str, found: naming.Found, directory: Directory, supplied: str | None) -> None:
    """The hospital: the page's, else the editor's; a directory hospital brings its place."""
    known = hospitals(directory.records)
    name = found.hospital
    if found.how == "generic":
        record["notes"].append("Hospital: the page calls it only by a generic phrase ('Cancer Hospital'); none taken.")
    match = _known(known, name) if name else None
    sole = directory_hospitals.sole_known(text, known) if name is None else None
    if sole is not None:  # the page's own word wins over the editor's, as for a hospital it names outright
        name, match = str(sole.get("name")), sole
        record["notes"].append(f"Hospital: {name}, the one hospital the page names (not as a partner or a school).")
    elif name is None and supplied is None:
        named = directory_hospitals.known_named(text, known)
        if named:  # named, but not as the department's own ("trained at ..."): not chosen
            record["notes"].append(
                "Hospital: the page mentions "
                + ", ".join(sorted(str(h.get("name")) for h in named.values()))
                + " but not as the department's hospital; none chosen."
            )
    if name is None and supplied is not None:
        name = supplied
        match = hospital_by_name(known, supplied)
        record["notes"].append(f"Hospital: supplied by the editor ({supplied}); the page names none as its own.")
        record["references"].append({"fields": ["hospital"], "name": "supplied by the editor"})
    elif name is not None and supplied is not None and normalise(supplied) != normalise(name):
        record["notes"].append(f"Hospital: the page names {name}; the editor supplied {supplied} (not used).")
    if name is None:
        return
    record["hospital"] = str(match.get("name")) if match else name
    if match is not None:
        _from_record(record, match)


def _known(known: list[Any], name: str) -> Mapping[str, Any] | None:
    """The directory's hospital by the page's name for it, or without an "affiliated to ..." tail.

    Without its tail only when the tail is no other university's: "Zhongshan Hospital, Xiamen
    University" is not the directory's "Zhongshan Hospital" of Fudan University (another city).
    """
    found = hospital_by_name(known, name)
    head, *tail = re.split(r"\s+affiliated\b(?:\s+(?:to|with))?|\s*,\s*", name, maxsplit=1)
    if found is not None or not tail:
        return found
    found = hospital_by_name(known, head)
    rest = normalise(re.sub(r"^(?:the\s+)?", "", tail[0].strip(), flags=re.I))
    place = {normalise(str(found.get(k) or "")) for k in PLACE} if found is not None else set()
    if found is not None and rest and rest not in place and not any(rest in normalise(n) for n in names(found)):
        return None
    return found


def _from_record(record: Record, hospital: Mapping[str, Any]) -> None:
    record["hospital_id"] = hospital["id"]
    for key in PLACE:
        record[key] = hospital.get(key)
    record["references"].append({"fields": list(PLACE), "name": f"oncodir's record of {hospital.get('name')}"})


def _city(record: Record, text: str, directory: Directory) -> None:
    place, notes = where(text, directory.gazetteer)
    away, away_notes = where_abroad(text)
    if place is not None and away is not None and place.spelled.lower() == away.city.lower():
        # a city of China and abroad alike ("Anyang"): China's unless the page names the country abroad and not
        # the Chinese city's province
        china = not away.confirmed or bool(re.search(rf"\b{re.escape(place.city.province)}\b", text))
        place, away = (place, None) if china else (None, away)
    if place is not None and away is not None:
        record["notes"].append(
            f"City: the page places the department both in {place.spelled} and in {away.city}; none chosen."
        )
        return
    if away is not None:
        record.update(city=away.city, country=away.country)
        record["notes"].append(
            f"City: the page places the department or its hospital in {away.city} ({away.how})"
            + (f", {away.country}." if away.country else "; the country is not certain.")
        )
        return
    record["notes"].extend(notes)
    if place is None:
        record["notes"].extend(away_notes)
        record["province"] = province(text, directory.gazetteer)
        if record["province"]:
            record["country"] = "China"
            record["notes"].append(f"Province: the page places the department in {record['province']}; no city.")
        return
    city = place.city
    record.update(city=place.spelled, province=city.province or None, country="China")
    record["notes"].append(f"City: the page places the department or its hospital in {place.spelled} ({place.how}).")
