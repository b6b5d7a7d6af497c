"""``--format geojson``: an RFC 7946 FeatureCollection that maps open as it is.

Checked with the ``geojson`` package (its validation of every object) and by the rules that
package does not check: longitude first, coordinates in range, no ``crs`` member, a city's
coordinates exactly as the gazetteer (data/cities.json) holds them.
"""

from __future__ import annotations

import json
from typing import Any

import geojson
import pytest
from helpers import BY_ID, CITIES, MELANOMA_IDS, assert_one_line_error, department

RENAL = "beijing-cancer-hospital/renal-cancer-melanoma"
HANGZHOU = next(c for c in CITIES if c["name"] == "Hangzhou")
BEIJING = next(c for c in CITIES if c["name"] == "Beijing")


def collection(text: str) -> dict[str, Any]:
    """Parse and check a FeatureCollection against the GeoJSON rules; return it as plain JSON."""
    parsed = geojson.loads(text)
    assert isinstance(parsed, geojson.FeatureCollection)
    assert parsed.is_valid, parsed.errors()
    data: dict[str, Any] = json.loads(text)
    assert data["type"] == "FeatureCollection"
    assert "crs" not in data  # RFC 7946 removed it: WGS 84 longitude/latitude is the only one
    for feature in data["features"]:
        assert set(feature) <= {"type", "id", "geometry", "properties"}
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert -180 <= lon <= 180 and -90 <= lat <= 90
        assert isinstance(feature["properties"], dict)
        # flat properties: one column each in QGIS or kepler.gl
        assert all(v is None or isinstance(v, (str, int, float)) for v in feature["properties"].values())
    return data


def test_find_as_geojson_places_each_result_at_its_city_longitude_first(invoke):
    code, out, err = invoke("find", "melanoma", "--format", "geojson")
    assert code == 0, err
    assert err == ""
    data = collection(out)
    assert [f["id"] for f in data["features"]] == MELANOMA_IDS
    for feature in data["features"]:
        record = BY_ID[feature["id"]]
        city = {"Hangzhou": HANGZHOU, "Beijing": BEIJING}[record["city"]]
        assert feature["geometry"]["coordinates"] == [city["longitude"], city["latitude"]]
    # Hangzhou is at about 120 E, 30 N: the first number is the longitude
    hangzhou = data["features"][0]["geometry"]["coordinates"]
    assert hangzhou[0] == pytest.approx(120.16, abs=0.1) and hangzhou[1] == pytest.approx(30.29, abs=0.1)


def test_properties_are_the_record_fields_and_say_the_position_is_the_citys(invoke):
    code, out, _ = invoke("find", "melanoma", "--format", "geojson")
    assert code == 0
    props = collection(out)["features"][0]["properties"]
    assert props["id"] == MELANOMA_IDS[0]
    assert props["name"] == "Bone & Soft Tissue Surgery"
    assert props["hospital"] == "Zhejiang Cancer Hospital"
    assert props["beds"] == "more than 40"
    assert props["matched"] == "melanoma"
    assert props["established"] is None  # not stated: null, never invented
    assert props["position"] == "city"
    assert "Hangzhou" in props["position_note"] and "not the address" in props["position_note"]
    assert props["source_date"] == "the page's own date: 2020-03"
    # every feature has the same properties, so a map reads them as one table
    keys = {tuple(f["properties"]) for f in collection(out)["features"]}
    assert len(keys) == 1


def test_fields_choose_the_properties(invoke):
    code, out, _ = invoke("find", "melanoma", "--format", "geojson", "--fields", "id,name,beds")
    assert code == 0
    props = collection(out)["features"][2]["properties"]
    assert props == {
        "id": RENAL,
        "name": "Renal Cancer & Melanoma",
        "beds": None,
        "position": "city",
        "position_note": props["position_note"],
    }


def test_near_keeps_the_distance_as_a_number(invoke):
    code, out, _ = invoke("find", "melanoma", "--near", "shanghai", "--format", "geojson")
    assert code == 0
    distances = [f["properties"]["distance_km"] for f in collection(out)["features"]]
    assert all(isinstance(d, float) for d in distances)
    assert distances == sorted(distances)


def test_show_and_list_hospitals_as_geojson(invoke):
    code, out, _ = invoke("show", "CHUCAS", "Renal Cancer & Melanoma", "--format", "geojson")
    assert code == 0
    data = collection(out)
    assert [f["id"] for f in data["features"]] == [
        "zhejiang-cancer-hospital",
        "beijing-cancer-hospital/renal-cancer-melanoma",
    ]
    code, out, _ = invoke("list", "hospitals", "--format", "geojson")
    assert code == 0
    features = collection(out)["features"]
    assert len(features) == 4
    by_id = {f["id"]: f for f in features}
    assert by_id["beijing-cancer-hospital"]["properties"]["departments"] == 13  # a count stays a number
    assert by_id["zhejiang-cancer-hospital"]["geometry"]["coordinates"] == [HANGZHOU["longitude"], HANGZHOU["latitude"]]


def test_records_without_a_known_city_are_left_out_and_counted(invoke, make_db):
    db = make_db(
        [
            department("x/atlantis", "Atlantis Unit", city="Atlantis", province=None, cancers=["melanoma"]),
            department("x/nowhere", "Nowhere Unit", city=None, province=None, cancers=["melanoma"]),
            department("x/home", "Home Unit", cancers=["melanoma"]),
        ]
    )
    code, out, err = invoke("--db", str(db), "find", "melanoma", "--format", "geojson", "--kind", "department")
    assert code == 0
    ids = [f["id"] for f in collection(out)["features"]]
    assert "x/home" in ids
    assert "x/atlantis" not in ids and "x/nowhere" not in ids
    assert assert_one_line_error(err) == "oncodir: 2 records are not on the map: no known city to place them at"


def test_nothing_mappable_is_an_empty_collection(invoke, make_db):
    db = make_db([department("x/atlantis", "Atlantis Unit", city="Atlantis", province=None)])
    code, out, err = invoke("--db", str(db), "--no-bundled", "show", "x/atlantis", "--format", "geojson")
    assert code == 0
    assert collection(out)["features"] == []
    assert "1 record is not on the map" in err


@pytest.mark.parametrize("what", ["cancers", "treatments", "cities"])
def test_geojson_of_what_has_no_place_is_a_usage_error(invoke, what):
    code, out, err = invoke("list", what, "--format", "geojson")
    assert code == 2
    assert out == ""
    assert "geojson maps hospitals and departments" in assert_one_line_error(err)


def test_hostile_text_stays_data(invoke, make_db):
    name = 'Evil "Unit"\x1b[31m\n</script>\u2028end'
    db = make_db([department("x/evil", name, cancers=["melanoma"])])
    code, out, _ = invoke("--db", str(db), "show", "x/evil", "--format", "geojson")
    assert code == 0
    assert collection(out)["features"][0]["properties"]["name"] == name  # a pipe keeps the data exact
