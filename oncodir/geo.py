"""Cities: names in English, Chinese and pinyin, provinces, and great-circle distance.

The gazetteer (data/cities.json, built from GeoNames by data/build_cities.py) holds the seat
city of every prefecture-level division of mainland China, the four municipalities and the
county-level cities (Yiwu, Kunshan; Danyang, named by its pinyin where GeoNames does not name it),
each with its prefecture. A few English
names are shared by two cities (Suzhou in Jiangsu and in Anhui); a lookup returns every city a
name may mean, and "Suzhou, Jiangsu" or the Chinese name picks one. A name a prefecture's seat
shares with a county-level city (Ji'an, Jiangxi; Ji'an, Jilin) means the seat unless the
province is given: the seat is the city most people mean.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from oncodir.text import normalise

EARTH_RADIUS_KM = 6371.0088
# Suffixes people add to a province's name: "Zhejiang Province", 浙江省, 广西壮族自治区.
COUNTY_LEVEL = "county-level-city"  # a row's division: a county-level city (县级市), under a prefecture
MAX_PLACE_NAME = 80  # characters: the longest city with its province is under 40

_PROVINCE_SUFFIXES = (
    " province",
    " autonomous region",
    " municipality",
    " sheng",
    " shi",
    "维吾尔自治区",
    "壮族自治区",
    "回族自治区",
    "自治区",
    "省",
    "市",
)


def _plain(text: str) -> str:
    """Pinyin without tone marks ('Hángzhōu' -> 'hangzhou'), normalised for lookup."""
    if not text.isascii():
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return normalise(text)


def _keys(text: str) -> set[str]:
    """Lookup keys for a name: as written and with spaces dropped ("Xi'an", "xi an", "xian")."""
    key = _plain(text)
    return {key, key.replace(" ", "")} - {""}


class City(NamedTuple):  # a NamedTuple: a frozen dataclass costs 1.5 ms to define at start-up
    name: str
    zh: str
    pinyin: str
    province: str
    province_zh: str
    latitude: float
    longitude: float
    geonameid: int | None = None
    province_pinyin: str = ""
    division_zh: str = ""
    division: str = ""
    prefecture: str = ""  # a county-level city's prefecture (its seat city's name); "" for any other

    @property
    def county_level(self) -> bool:
        return self.division == COUNTY_LEVEL

    @property
    def label(self) -> str:
        """'Suzhou (Jiangsu, 苏州)': a name that tells two same-named cities apart."""
        zh = f", {self.zh}" if self.zh else ""
        return f"{self.name} ({self.province}{zh})"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> City:
        return cls(
            name=str(data["name"]),
            zh=str(data.get("zh") or ""),
            pinyin=str(data.get("pinyin") or ""),
            province=str(data.get("province") or ""),
            province_zh=str(data.get("province_zh") or ""),
            latitude=float(data["latitude"]),
            longitude=float(data["longitude"]),
            geonameid=data.get("geonameid"),
            province_pinyin=str(data.get("province_pinyin") or ""),
            division_zh=str(data.get("division_zh") or ""),
            division=str(data.get("division") or ""),
            prefecture=str(data.get("prefecture") or ""),
        )


def distance_km(a: City, b: City) -> float:
    """Great-circle (haversine) distance between two cities."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


class Gazetteer:
    """The cities, and name indexes built on first use: most queries never look a place up."""

    def __init__(self, rows: list[Mapping[str, Any]] | None = None) -> None:
        self.rows: list[Mapping[str, Any]] = rows if rows is not None else []
        self._cities: list[City] | None = None
        self._indexes: tuple[dict[str, list[City]], dict[str, str]] | None = None

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> Gazetteer:
        gaz = cls(rows=list(rows))
        if gaz.rows:
            gaz.cities  # noqa: B018 - parse now, so a malformed table is reported while loading
        return gaz

    @property
    def cities(self) -> list[City]:
        if self._cities is None:
            cities: list[City] = []
            seen: dict[tuple[str, str], int] = {}
            for row in self.rows:
                city = City.from_dict(row)
                at = seen.get((city.name, city.province))
                if at is None:  # a later row (a user database) replaces an earlier one of the same city
                    seen[(city.name, city.province)] = len(cities)
                    cities.append(city)
                else:
                    cities[at] = city
            self._cities = cities
        return self._cities

    @classmethod
    def lazy(cls, rows: list[Mapping[str, Any]]) -> Gazetteer:
        """From rows already checked once (the snapshot cache): cities are parsed on first use."""
        return cls(rows=rows)

    def _index(self) -> tuple[dict[str, list[City]], dict[str, str]]:
        if self._indexes is None:
            cities: dict[str, list[City]] = {}
            for city in self.cities:
                names = (city.name, city.zh, city.pinyin, city.division_zh, city.zh + "市" if city.zh else "")
                for key in {k for n in names if n for k in _keys(n)}:
                    cities.setdefault(key, []).append(city)
            provinces: dict[str, str] = {}
            # English and Chinese province names first, so pinyin never takes a name from another
            # province (the pinyin of 陕西 Shaanxi is written like Shanxi 山西).
            for attr in ("province", "province_zh", "province_pinyin"):
                for city in self.cities:
                    for key in _keys(getattr(city, attr)):
                        provinces.setdefault(key, city.province)
            self._indexes = (cities, provinces)
        return self._indexes

    def lookup(self, text: str) -> list[City]:
        """Every city a name may mean: none, one, or several that share an English name.

        A city may carry its province, before or after it ("Suzhou, Jiangsu", "江苏苏州"). A prefecture's seat
        is meant before a county-level city of the same name (see :func:`seats_first`).
        """
        return seats_first(self._lookup(text))

    def _lookup(self, text: str) -> list[City]:
        index = self._index()[0]
        for key in sorted(_keys(text), key=len, reverse=True):  # "xi an" before "xian"
            if key in index:
                return list(index[key])
        key = _plain(text)
        if len(key) > MAX_PLACE_NAME:  # pasted text, not "city, province": no cut of it is a place
            return []
        cuts = [i for i, ch in enumerate(key) if ch == " "] if key.isascii() else range(1, len(key))
        for cut in cuts:
            for city, province in ((key[:cut], key[cut:]), (key[cut:], key[:cut])):
                found = [c for c in index.get(city.strip(), []) if c.province == self.province(province)]
                if found:
                    return found
        return []

    def city(self, text: str) -> City | None:
        """The one city a name means, or None when it is unknown or names several."""
        found = self.lookup(text)
        return found[0] if len(found) == 1 else None

    def locate(self, city: str, province: str | None = None) -> City | None:
        """A record's city: its name, told apart by its province when the name is shared."""
        found = self._lookup(city)
        if len(found) > 1 and province:
            found = [c for c in found if c.province == self.province(province)]
        found = seats_first(found)
        return found[0] if len(found) == 1 else None

    def place_of(self, record: Mapping[str, Any]) -> City | None:
        """Where a record is, as the gazetteer knows it: its city (told apart by its province),
        or None when the city is not stated, unknown or not told apart. ``--near``, ``list cities``
        and GeoJSON output all place records by this."""
        city = record.get("city")
        return self.locate(str(city), record.get("province")) if city else None

    def province(self, text: str) -> str | None:
        key = _plain(text)
        for suffix in _PROVINCE_SUFFIXES:
            if key.endswith(suffix) and len(key) > len(suffix):
                key = key[: -len(suffix)]
                break
        index = self._index()[1]
        for k in sorted(_keys(key), key=len, reverse=True):
            if k in index:
                return index[k]
        return None

    def names(self) -> list[str]:
        """City names in English and Chinese, for suggestions and completion."""
        return sorted({n for c in self.cities for n in (c.name, c.zh) if n})

    def province_names(self) -> list[str]:
        return sorted({n for c in self.cities for n in (c.province, c.province_zh) if n})


def seats_first(found: list[City]) -> list[City]:
    """The prefecture seats among cities one name means, when there are any and county-level cities too: "Ji'an"
    alone is the prefecture city of Jiangxi, not the county-level city of Jilin."""
    seats = [c for c in found if not c.county_level]
    return seats if seats and len(seats) < len(found) else found


_CITY_TEXT = (
    "zh",
    "pinyin",
    "province",
    "province_zh",
    "province_pinyin",
    "division",
    "division_zh",
    "prefecture",
    "coordinates",
)


def _is_number(value: Any, bound: float) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and -bound <= value <= bound
    )


def row_problems(row: Any) -> list[str]:
    """What is wrong with one row of a cities table, as 'field: problem' phrases.

    A latitude "abc" or a name that is a number would make every ``--near`` query fail.
    """
    if not isinstance(row, Mapping):
        return ["not a JSON object"]
    problems = []
    if not isinstance(row.get("name"), str) or not row["name"].strip():
        problems.append("name: required, as text")
    problems += [
        f"{name}: must be text" for name in _CITY_TEXT if row.get(name) is not None and not isinstance(row[name], str)
    ]
    for name, bound in (("latitude", 90.0), ("longitude", 180.0)):
        if not _is_number(row.get(name), bound):
            problems.append(f"{name}: must be a number from -{bound:.0f} to {bound:.0f}")
    gid = row.get("geonameid")
    if gid is not None and (not isinstance(gid, int) or isinstance(gid, bool)):
        problems.append("geonameid: must be a whole number")
    return problems
