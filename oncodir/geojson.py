"""GeoJSON for maps: an RFC 7946 FeatureCollection with one Point per record.

A record's position is its city's (the gazetteer's coordinates, from GeoNames), never its
building's: the sources give no addresses fine enough for that, and every feature says so in
its properties. Records whose city is not stated or not known are left out and counted.
Properties are flat (text, numbers, true/false, null), one column each in geojson.io, QGIS or kepler.gl:
lists are joined with '; ' and objects written as text, as in TSV. Imported only when
``--format geojson`` is chosen.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from typing import Any, TextIO

from oncodir import details
from oncodir.geo import City, Gazetteer
from oncodir.models import FIELDS, RESULT_FIELDS, value_text
from oncodir.text import web_address

POSITION = "city"  # the property "position": where the point is


def property_keys(records: Sequence[Mapping[str, Any]]) -> list[str]:
    """Every key the records have, known fields first in their usual order, the others after
    (unknown keys of imported records are kept), so every feature has the same properties."""
    present = dict.fromkeys(k for r in records for k in r)
    known = [k for k in (*FIELDS, *RESULT_FIELDS) if k in present]
    return known + [k for k in present if k not in known]


# The largest whole number a JavaScript map (geojson.io, kepler.gl) reads exactly (RFC 7493, 2.2).
_EXACT = 2**53 - 1


def _property(name: str, value: Any) -> Any:
    """A JSON value a map can style by: true/false and numbers as they are (one no reader takes
    exactly, as text; one that is not finite, null), anything else as text, as in TSV."""
    if isinstance(value, bool):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, int):
        return value if abs(value) <= _EXACT else str(value)
    return value_text(name, value) or None


def feature(record: Mapping[str, Any], city: City, keys: Sequence[str]) -> dict[str, Any]:
    """One Point at the city's coordinates, longitude first (RFC 7946, section 3.1.1)."""
    properties = {key: _property(key, record.get(key)) for key in keys}
    if "source" in keys:  # the page's address and age, for a map's pop-up
        source = details.source_of(record)
        properties["source_url"] = web_address(source.get("url"))  # what a pop-up may link: http(s) only
        properties["source_date"] = details.source_dates(source) if source else None
    properties["position"] = POSITION
    properties["position_note"] = (
        f"The centre of {city.name}, {city.province} (GeoNames), not the address of the hospital or department."
    )
    made: dict[str, Any] = {"type": "Feature"}
    if isinstance(record.get("id"), str):
        made["id"] = record["id"]
    made["geometry"] = {"type": "Point", "coordinates": [round(city.longitude, 6), round(city.latitude, 6)]}
    made["properties"] = properties
    return made


def write(
    stream: TextIO,
    records: Sequence[Mapping[str, Any]],
    gazetteer: Gazetteer,
    keys: Sequence[str] | None = None,
    *,
    pretty: bool = False,
) -> int:
    """Write the FeatureCollection (indented for people, compact for programs), one feature at a
    time; return how many records were left out for want of a known city."""
    chosen = list(keys) if keys else property_keys(records)
    placed = [(record, gazetteer.place_of(record)) for record in records]
    stream.write('{"type": "FeatureCollection", "features": [')
    written = 0
    for record, city in placed:
        if city is None:
            continue
        # allow_nan=False: RFC 7946 is JSON, which has no NaN; _property keeps it out, this says so.
        made = feature(record, city, chosen)
        text = json.dumps(made, ensure_ascii=False, allow_nan=False, indent=2 if pretty else None)
        if pretty:
            text = "\n  " + text.replace("\n", "\n  ")
        stream.write(("," if pretty else ", ") + text if written else text)
        written += 1
    stream.write("\n]}\n" if pretty and written else "]}\n")
    return len(placed) - written
