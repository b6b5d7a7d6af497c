"""The names of the months, in English and in the languages of Europe that pages write their dates in.

"Stand: März 2024", "Mis à jour le 3 février 2023", "Aggiornato il 14 maggio 2022", "Bijgewerkt op 2 maart 2021":
a month's name in German, French, Italian, Spanish, Dutch or a Nordic language is as plain a date as "March 2024".
Only a whole name counts (and the German short forms "Mär", "Okt", "Dez"), so no word of English prose is read as
a month; English names are read by their first three letters, as pages shorten them ("Sept.", "Dec").
"""

from __future__ import annotations

_ENGLISH = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTHS = {m: i for i, m in enumerate(_ENGLISH, start=1)}

# each month's names abroad, lower case (a name two languages share is written once)
_ABROAD: dict[int, tuple[str, ...]] = {
    1: ("januar", "jänner", "janvier", "gennaio", "enero", "januari", "tammikuu"),
    2: ("februar", "feber", "février", "fevrier", "febbraio", "febrero", "februari"),
    3: ("märz", "mär", "maerz", "mars", "marzo", "maart"),
    4: ("avril", "aprile", "abril"),
    5: ("mai", "maggio", "mayo", "mei", "maj"),
    6: ("juni", "juin", "giugno", "junio"),
    7: ("juli", "juillet", "luglio", "julio"),
    8: ("august", "août", "aout", "agosto", "augustus", "augusti"),
    9: ("september", "septembre", "settembre", "septiembre"),
    10: ("oktober", "okt", "octobre", "ottobre", "octubre"),
    11: ("november", "novembre", "noviembre"),
    12: ("dezember", "dez", "décembre", "decembre", "dicembre", "diciembre", "december", "desember"),
}
_BY_NAME = {name: month for month, names in _ABROAD.items() for name in names}

# one month's name in a date ("March", "Sept", "März", "février"); the names abroad longest first, each a whole word
MONTH = (
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}|(?i:"
    + "|".join(sorted(_BY_NAME, key=len, reverse=True))
    + r")(?![^\W\d_]))"
)


def month_number(name: str | None) -> int | None:
    """The month a name means (1-12): an English name by its first three letters, a name abroad whole."""
    if not name:
        return None
    return _BY_NAME.get(name.lower()) or MONTHS.get(name[:3].lower())
