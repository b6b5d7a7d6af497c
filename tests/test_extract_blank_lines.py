"""extract on a page with long runs of blank lines (as pages copied from a browser hold): read as one blank line."""

from __future__ import annotations

from typing import Any

from oncodir.extract import draft

_LINES = [
    "Department of Urology",
    "The department has 42 beds and treats prostate cancer and bladder cancer with laparoscopic surgery.",
    "Director: Prof. Han Zhiqiang",
    "Head Nurse: Lu Fang",
]


def test_runs_of_blank_lines_read_as_one(directory: Any) -> None:
    spaced = draft("\n\n \n\t\n\n".join(_LINES) + "\n" * 5000, "page.txt", directory)
    plain = draft("\n\n".join(_LINES) + "\n\n", "page.txt", directory)
    assert spaced["name"] == plain["name"] == "Department of Urology"
    assert spaced["beds"] == plain["beds"] and spaced["beds"]["value"] == 42
    assert spaced["people"] == plain["people"]
    assert {p["name"]: p["role"] for p in spaced["people"]} == {"Han Zhiqiang": "Director", "Lu Fang": "Head Nurse"}
    assert spaced["cancers"] == plain["cancers"] == ["prostate cancer", "bladder cancer"]
