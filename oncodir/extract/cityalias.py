"""City names pages write that the gazetteer does not hold: other English names of its cities, and the county-level
cities a province governs directly.

The gazetteer names a city by its seat's GeoNames name and pinyin, so the English names pages use for many cities
of Tibet and Xinjiang ("Shigatse" for Rikaze, "Nyingchi" for Bayi, "Hotan" for Gujangbagh) are not in it; each is
another name of one gazetteer city, and the record spells the city as the page does.

A few county-level cities are governed by their province directly, with no prefecture above them (Qianjiang and
Xiantao in Hubei, Jiyuan in Henan, Qionghai in Hainan, Shihezi in Xinjiang): the gazetteer, a list of
prefecture seats, leaves them out. Several of their names are also a district's elsewhere (Qianjiang District of
Chongqing), so one counts only on a page that names its province as well (see :func:`province_needed`); so does
one the gazetteer holds (from GeoNames, with coordinates), which takes the place of this list's.
"""

from __future__ import annotations

import math

from oncodir.geo import City

# another English name -> the gazetteer city (name, province) it means
OTHER_NAMES: dict[str, tuple[str, str]] = {
    "shigatse": ("Rikaze", "Tibet"),
    "xigaze": ("Rikaze", "Tibet"),
    "nyingchi": ("Bayi", "Tibet"),
    "linzhi": ("Bayi", "Tibet"),
    "chamdo": ("Qamdo", "Tibet"),
    "changdu": ("Qamdo", "Tibet"),
    "nagchu": ("Nagqu", "Tibet"),
    "ngari": ("Gar", "Tibet"),
    "hotan": ("Gujangbagh", "Xinjiang"),
    "khotan": ("Gujangbagh", "Xinjiang"),
    "hetian": ("Gujangbagh", "Xinjiang"),
    "altay": ("Jinshanlu", "Xinjiang"),
    "aksu": ("Aqsu", "Xinjiang"),
    "kumul": ("Hami", "Xinjiang"),
    "ghulja": ("Yining", "Xinjiang"),
    "atush": ("Artux", "Xinjiang"),
    "golog": ("Maqin County", "Qinghai"),
    "maqin": ("Maqin County", "Qinghai"),
}

# county-level cities their province governs directly: (name, Chinese name, province). They carry no coordinates
# (NaN): no source for them is bundled, and a draft takes only the city's name and province.
_DIRECT = (
    ("Xiantao", "仙桃", "Hubei"),
    ("Qianjiang", "潜江", "Hubei"),
    ("Tianmen", "天门", "Hubei"),
    ("Jiyuan", "济源", "Henan"),
    ("Wuzhishan", "五指山", "Hainan"),
    ("Qionghai", "琼海", "Hainan"),
    ("Wenchang", "文昌", "Hainan"),
    ("Wanning", "万宁", "Hainan"),
    ("Dongfang", "东方", "Hainan"),
    ("Shihezi", "石河子", "Xinjiang"),
    ("Aral", "阿拉尔", "Xinjiang"),
    ("Tumxuk", "图木舒克", "Xinjiang"),
    ("Wujiaqu", "五家渠", "Xinjiang"),
    ("Beitun", "北屯", "Xinjiang"),
)
DIRECT_CITIES: tuple[City, ...] = tuple(
    City(name=n, zh=zh, pinyin=n, province=p, province_zh="", latitude=math.nan, longitude=math.nan)
    for n, zh, p in _DIRECT
)
_DIRECT_NAMES = frozenset(c.name for c in DIRECT_CITIES)


def other_names(cities: list[City]) -> dict[str, list[City]]:
    """The other English names, lower-cased, to the gazetteer cities they mean (a name it lacks is skipped)."""
    by_name = {(c.name, c.province): c for c in cities}
    return {k: [by_name[v]] for k, v in OTHER_NAMES.items() if v in by_name}


def province_needed(city: City) -> bool:
    """Whether the city counts only on a page naming its province: a county-level city governed directly, whose
    name a district elsewhere may share."""
    if city.county_level:  # the gazetteer's own: one with no prefecture is governed directly
        return not city.prefecture
    return city.name in _DIRECT_NAMES and not city.province_zh
