"""Write data/county_cities.csv, the county-level cities (县级市) of mainland China, from the division codes.

    pip download --no-deps cpca==0.5.5     # MIT-licensed; only its resources/adcodes.csv is read
    python data/build_county_cities.py PATH/TO/cpca/resources/adcodes.csv
    python data/build_cities.py            # then rebuild the gazetteer, then python data/build.py

The source is the Ministry of Civil Affairs' administrative division codes (GB/T 2260) as shipped in the package
cpca 0.5.5 (resources/adcodes.csv, 12-digit codes). A county-level city is a row whose name ends in 市 and whose code
is county-level (digits 5-6 not "00"); its first four digits are its prefecture's code (data/prefectures.csv,
column ``adcode``) and its first two its province's (data/provinces.csv), except the codes whose digits 3-4 are "90":
those cities are governed by their province directly, with no prefecture (仙桃, 石河子...).
The CSV written here is the kept input (cpca is no dependency): one row a city, its 6-digit code, its name and the
point cpca gives for its seat, which data/build_cities.py uses only to check the GeoNames place it matches by name
(a town of the same name elsewhere in the province is no match); the gazetteer's coordinates are GeoNames'.

Left out, and why:
- A city whose prefecture also has a district (区) of the same stem in the file: the city has become that district
  and the file kept both codes. (The cpca 0.5.5 file holds none such: it dates from mid-2016 (简阳 is already under
  Chengdu, 章丘 not yet a district), older than its release, and lists each of these under its old code only.)
- The cities the State Council has made districts since the file's date (:data:`BECAME_DISTRICTS`): a hospital
  there is in the prefecture city now, which the gazetteer holds.
Moved: a city its province has put under another prefecture since (:data:`MOVED`) gets the new prefecture's code
in its first four digits (its own code is not renumbered here: only the prefecture is read from it).
Sources for these changes: the State Council's approvals as the provinces published them (e.g. document
国函 [2020] No. 81 for 蓬莱, reported by people.com.cn on 2020-06-22; Changchun's announcement of 2020-06-23 for
公主岭) and the Wikipedia article of each district (its "became district" date).
Not in the file at all: the county-level cities made since about 2016 (滦州, 怀仁, 京山, 龙港...); the gazetteer
lacks them until the kept list is brought up to date.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TARGET = HERE / "county_cities.csv"

# city -> (year, the district it became)
BECAME_DISTRICTS: dict[str, tuple[int, str]] = {
    "章丘市": (2016, "济南市章丘区"),
    "临安市": (2017, "杭州市临安区"),
    "长乐市": (2017, "福州市长乐区"),
    "即墨市": (2017, "青岛市即墨区"),
    "海门市": (2020, "南通市海门区"),
    "蓬莱市": (2020, "烟台市蓬莱区"),
}
# city -> (year, the code of its prefecture now)
MOVED: dict[str, tuple[int, str]] = {
    "公主岭市": (2020, "2201"),  # from Siping to Changchun
}


def county_level(rows: list[dict[str, str]]) -> list[tuple[str, str, str, str]]:
    """(6-digit code, name) of every county-level city of the division list, less those that are districts now."""
    districts = {(r["adcode"][:4], r["name"][:-1]) for r in rows if r["adcode"][4:6] != "00" and r["name"][-1] == "区"}
    kept = []
    for r in rows:
        code, name = r["adcode"][:6], r["name"]
        if code[4:6] == "00" or not name.endswith("市"):
            continue
        if (code[:4], name[:-1]) in districts:
            print(f"left out {name} ({code}): its prefecture has the district {name[:-1]}区")
            continue
        if name in BECAME_DISTRICTS:
            year, district = BECAME_DISTRICTS[name]
            print(f"left out {name} ({code}): {district} since {year}")
            continue
        if name in MOVED:
            year, prefecture = MOVED[name]
            print(f"{name} ({code}): under the prefecture {prefecture}00 since {year}")
            code = prefecture + code[4:]
        kept.append((code, name, r["longitude"], r["latitude"]))
    return sorted(kept)


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python data/build_county_cities.py PATH/TO/cpca/resources/adcodes.csv")
    with open(sys.argv[1], encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    kept = county_level(rows)
    with open(TARGET, "w", encoding="utf-8", newline="") as fh:
        out = csv.writer(fh, lineterminator="\n")
        out.writerow(["adcode", "zh", "longitude", "latitude"])
        out.writerows(kept)
    print(f"wrote {len(kept)} county-level cities to {TARGET}")


if __name__ == "__main__":
    main()
