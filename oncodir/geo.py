"""Cities: names in English, Chinese and pinyin, provinces, and great-circle distance."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from oncodir.text import normalise

EARTH_RADIUS_KM = 6371.0088


def _plain(text: str) -> str:
    """Pinyin without tone marks ('Hángzhōu' -> 'hangzhou')."""
    decomposed = unicodedata.normalize("NFKD", text)
    return normalise("".join(ch for ch in decomposed if not unicodedata.combining(ch)))


@dataclass(frozen=True)
class City:
    name: str
    zh: str
    pinyin: str
    province: str
    province_zh: str
    latitude: float
    longitude: float
    geonameid: int | None = None

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
        )


def distance_km(a: City, b: City) -> float:
    """Great-circle (haversine) distance between two cities."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a.latitude, a.longitude, b.latitude, b.longitude))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


@dataclass
class Gazetteer:
    cities: dict[str, City] = field(default_factory=dict)
    _city_index: dict[str, str] = field(default_factory=dict)
    _province_index: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, Any]]) -> Gazetteer:
        gaz = cls()
        for row in rows:
            city = City.from_dict(row)
            gaz.cities[city.name] = city
            for name in (city.name, city.zh, city.pinyin, city.zh + "市"):
                if name and name != "市":
                    gaz._city_index.setdefault(_plain(name), city.name)
            for name in (city.province, city.province_zh):
                if name:
                    gaz._province_index.setdefault(_plain(name), city.province)
        return gaz

    def city(self, text: str) -> City | None:
        name = self._city_index.get(_plain(text))
        return self.cities[name] if name else None

    def province(self, text: str) -> str | None:
        key = _plain(text)
        for suffix in (" province", "省"):
            key = key.removesuffix(suffix)
        return self._province_index.get(key)

    def names(self) -> list[str]:
        return sorted({n for c in self.cities.values() for n in (c.name, c.zh) if n})
