"""Dates a department page states: its last update (or posting) date, and the department's founding.

The update date is read from "Last update: May 2021", "Last Update : 05 July 2018 03:45 PM", "Updated on June 5,
2017", "Last updated June 2016", "Posted: 2019-03-01",
"Time of issue: 2023-01-15", "Page last reviewed: 12/02/2024" (not the "Next review due"
after it), a date labelled as a change before one labelled as a posting ("Published 2019-02-11. Updated
2020-08-12" was updated in 2020), and from a line (or a field of a line set apart by spaces) that holds only a date
right under the page's heading ("March 17, 2020", "2017-06-23 14:30:16", "Release time: 2023-09-12 16:32:24"):
that is the page's posting date ("17. 5. 2021": dots, a space after each, are day first too). Labels in other
languages count too ("Stand: 07.05.2024", "Senast uppdaterad: 2024-01-22", "Atualizado em 05/03/2021",
"更新时间: 2022年3月18日").
A slashed or dashed date ("25-08-2020") whose day and month could be either ("04/09/2023") is read day first only
when the page makes it certain: its other dates can only be day first, its label is in a language of Europe, or the
page is British by its own words (the NHS, a UK postcode); else it is not guessed. A year in the text ("founded in
2008") is never an update date. Dates are written as precisely as the page gives them: "2018-07-05", "2016-06" or
"2016".
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from oncodir.extract.months import MONTH, month_number
from oncodir.extract.regexcache import compiled

_MONTH = MONTH  # (a name abroad too: "Stand: März 2024")

# One date in any of the forms pages use; the named groups say which parts it has.
DATE = (
    # ("14. März 2024", "5 de junio de 2019": a day's dot, Spanish "de", as pages of Europe write them)
    rf"(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|\.)?\s+(?:de\s+)?(?P<m1>{_MONTH})\.?,?\s+(?:de\s+)?(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH})\.?\s+(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?:de\s+)?(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})[-/.](?P<m3>\d{1,2})(?:[-/.](?P<d3>\d{1,2}))?"
    # 05.07.2018, 25/08/2020, 25-08-2020; "17. 5. 2021", a space after each dot, as Czech and Slovak pages write it
    r"|(?P<d4>\d{1,2})(?P<s4>\.[^\S\n]?|[/-])(?P<m4>\d{1,2})(?P=s4)(?P<y4>\d{4})"
    r"|(?P<y5>\d{4})\s*年\s*(?P<m5>\d{1,2})\s*月(?:\s*(?P<d5>\d{1,2})\s*日)?"  # 2022年3月18日
    r"|(?P<m6>\d{1,2})/(?P<y6>\d{4}))"  # "Last reviewed: 03/2023": a month and a year
)

# an update's label in the languages of Europe: its numeric dates are written day first
_EUROPEAN = (
    r"(?-i:Stand)|(?:zuletzt\s+)?aktualisiert(?:\s+am)?|letzte\s+aktualisierung|(?:senast\s+)?(?:uppdaterad|ändrad)|"
    r"(?:dernière\s+)?mise\s+à\s+jour(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?|"
    r"última\s+actualización|aggiornato(?:\s+il)?|ultimo\s+aggiornamento|(?:laatst\s+)?bijgewerkt(?:\s+op)?|"
    r"(?:sist\s+)?(?:oppdatert|opdateret)|atualizad[oa](?:\s+em)?|última\s+atualização|"
    r"(?:ostatnia\s+)?aktualizacja|aktualizováno"
)
_UPDATED = compiled(  # (every label begins with a letter: the other places of a page fail at once)
    rf"(?=[^\W\d_])(?:\b(?:(?:last\s+)?(?:updated?|modified|revised|reviewed|posted|published)(?:\s+(?:on|at|in))?|"
    rf"(?:release|publish|post|update)(?:d|ed|ing)?\s+(?:date|time)|(?P<eu>{_EUROPEAN})|"
    # "Time of issue: 2023-01-15", "Date of publication: 12 March 2021", "Issue date: 2020-11-03"
    r"(?:date|time)\s+of\s+(?:issue|publication|release|posting|update)|issue\s+(?:date|time))|(?:更新|发布)(?:时间|日期))"
    rf"\s*[:：]?\s*{DATE}(?!\d)",
    re.I,
)
# a page's own words that make it British ("NHS", a postcode "NE9 6SX"): its "04/09/2023" is 4 September
_BRITISH = compiled(r"\bNHS\b|\b[A-Z]{1,2}\d[A-Z\d]?[ ]\d[ABD-HJLNP-UW-Z]{2}\b")
# countries whose people write the day first ("05/02/2024" is 5 February): where the draft places the department
# in one of them, its slashed dates are read so (the US writes the month first; China, Japan and Korea the year)
DAY_FIRST = frozenset({
    "Austria", "Belgium", "Croatia", "Czechia", "Denmark", "Finland", "France", "Germany", "Greece", "Hungary",
    "Iceland", "Ireland", "Italy", "Luxembourg", "Netherlands", "The Netherlands", "Norway", "Poland", "Portugal",
    "Romania", "Serbia", "Slovakia", "Slovenia", "Spain", "Sweden", "Switzerland", "United Kingdom", "Australia",
    "New Zealand", "India", "Brazil", "Argentina", "Chile", "Colombia", "Peru", "Mexico", "Turkey", "Israel",
    "Singapore", "Malaysia",
})  # fmt: skip
_DATE_ONLY = compiled(rf"^\W*(?:(?:(?:(?:Release|Post|Publish)(?:d|ed|ing)?\s+)?(?:Date|Time)|Posted|Published|"
                        rf"Released)\s*[:：]\s*)?{DATE}"
                        r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
                        r"(?:\s*[AP]M)?[\s\[\]()|]*$", re.I)  # fmt: skip

_FOUNDED = compiled(
    rf"\b(?:founded|established|set up|created)\b(?!\s+in\s+(?:the|our|this)\s+department)[^;]{{0,100}}?"
    rf"\bin\s+(?:(?P<m>{_MONTH})\.?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?,?\s+)?)?(?P<y>(?:19|20)\d{{2}})\b",
    re.I,
)

_SUBJECTS = compiled(r"\b(department|cent(?:er|re)|consortium|base|ward|laboratory|club|group|team)\b", re.I)


def _month(name: str | None) -> int | None:
    return month_number(name)


# "03/15/2021": a page that writes the month first (American), so its "04/11/2024" is April 11
_MONTH_FIRST = compiled(r"(?<![\d/.-])(?:0?[1-9]|1[0-2])([/-])(?:1[3-9]|2\d|3[01])\1\d{4}\b")


# "15/03/2021": a page that writes the day first, so its "04/11/2024" is 4 November
_DAY_FIRST = compiled(r"(?<![\d/.-])(?:1[3-9]|2\d|3[01])([/-])(?:0?[1-9]|1[0-2])\1\d{4}\b")


def _from(m: re.Match[str], month_first: bool | None = False) -> str | None:
    """The date a DATE match holds, as YYYY, YYYY-MM or YYYY-MM-DD; None when it is impossible or ambiguous.

    "04.11.2024" (dots) is day first, as written in Europe. With slashes or dashes ("25-08-2020"; some pages in
    America write "08-25-2020"), a day or month over 12 settles the
    order ("15/03/2021"); "04/11/2024" is settled only by the page's other dates (``month_first`` True or
    False), else (None) it is not guessed."""
    for i in "123456":
        year = m[f"y{i}"]
        if year:
            month = _month(m[f"m{i}"]) if i in "12" else int(m[f"m{i}"])
            day = int(m[f"d{i}"]) if m.groupdict().get(f"d{i}") else None
            if i == "4" and not m["s4"].startswith(".") and day is not None and month is not None and day != month:
                if day <= 12 and month <= 12 and month_first is None:
                    return None
                if month_first or month > 12:
                    month, day = day, month
            break
    else:
        return None
    if not 1900 <= int(year) <= 2100 or (month is not None and not 1 <= month <= 12) or (day and not 1 <= day <= 31):
        return None
    if month is None:
        return year
    return f"{year}-{month:02d}" + (f"-{day:02d}" if day else "")


# a label saying the page was changed (not first put up): its date is the page's last update
_CHANGED = compiled(
    r"(?:last\s+)?(?:updat|modif|revis|review)|(?:zuletzt\s+)?aktualis|letzte|(?:senast\s+)?(?:uppdat|ändrad)|"
    r"(?:dernière\s+)?mise|mis\s|actualiz|última|aggiorn|ultimo|(?:laatst\s+)?bijgew|(?:sist\s+)?(?:oppdat|opdat)|"
    r"atualiz|(?:ostatnia\s+)?aktualiz|"
    r"(?-i:Stand)|更新",
    re.I,
)


def updated(text: str, header: list[str], notes: list[str] | None = None, country: str | None = None) -> str | None:
    """The page's update date ('Last update: Mar 2020' -> '2020-03'), else a date line under its heading.

    A slashed date whose day and month could be either ("04/11/2024") is left out, with a note in ``notes``,
    unless the page's other dates settle the order, or the page is British, or ``country`` (where the draft
    places the department) writes the day first."""
    american, european = _MONTH_FIRST.search(text) is not None, _DAY_FIRST.search(text) is not None
    month_first = american if american != european else None
    if month_first is None and not american and (_BRITISH.search(text) or country in DAY_FIRST):
        month_first = False
    matches = list(_UPDATED.finditer(text))
    for line in header:  # "Author: admin    Date: 2019/11/05    Click: 2418": a field of a line
        matches += [p for p in map(_DATE_ONLY.match, re.split(r"\s{2,}|\t|\s+\|\s+", line.strip())) if p]
    matches += _footer(text)
    matches.sort(key=lambda m: not _CHANGED.match(m.group().strip()))  # "Published X. Updated Y.": Y is the later word
    for m in matches:
        found = _from(m, False if month_first is None and m.groupdict().get("eu") else month_first)
        if found:
            return found
        if notes is not None and _from(m, True):
            notes.append(f"Updated: '{m.group().strip()}' could be day/month or month/day; not guessed.")
            return None
    return None


# an event's fields: "Venue: Outpatient Hall", "Speaker: ...": a "Date:" beside them is the event's, no posting's
_EVENT = compiled(r"(?i:\b(?:venue|place|location|speaker|topic|registration|activity|event|lecture)\s*[:：])")
_FOOTER_LINES = 5


def _footer(text: str) -> list[re.Match[str]]:
    """A labelled date alone on one of the page's last lines, or a field of one ("Date: 2020-12-08", "Source:
    Medical Department   Date: 2021-07-19"): the page's posting date, written at its foot as at its head. A bare
    date there is not read (a copyright's year, a date in prose), nor one beside an event's fields."""
    tail = [line.strip() for line in text[-1500:].splitlines() if line.strip()][-_FOOTER_LINES:]
    if any(_EVENT.search(line) for line in tail):
        return []
    fields = [f for line in tail if len(line) <= 120 for f in re.split(r"\s{2,}|\t|\s+\|\s+", line)]
    return [m for m in map(_DATE_ONLY.match, fields) if m and re.match(r"\W*[A-Za-z]", m.group())]


def founded(sentences: Iterable[str]) -> str | None:
    """'founded ... in October 2008' -> '2008-10', when the sentence is about the department."""
    for sentence in sentences:
        for m in _FOUNDED.finditer(sentence):
            before = _SUBJECTS.findall(sentence[: m.start()])
            subject = before[-1] if before else (_SUBJECTS.findall(sentence[m.end() :]) or [""])[0]
            if subject.lower() == "department":
                month = _month(m["m"])
                return f"{m['y']}-{month:02d}" if month else m["y"]
    return None
