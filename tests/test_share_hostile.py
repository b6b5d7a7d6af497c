"""Hostile data through the formats for sharing, read as the people who get them would read them.

Markdown is rendered by GitHub's own renderer (cmarkgfm, GitHub's fork of cmark with its
extensions), which also turns bare web addresses into links, as markdown-it-py (in
test_markdown.py) does not; GeoJSON goes to maps, whose pop-ups link what looks like an
address; ``compare`` is drawn on a real terminal and read back by CSV and TSV readers.
"""

from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path
from typing import Any

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from helpers import department, run_in_pty, subprocess_env
from hypothesis import given, settings
from hypothesis import strategies as st

from oncodir import markdown
from oncodir.geo import City
from oncodir.geojson import feature

# Each piece is something a record could hold that a renderer, a map or a terminal might take
# for more than text. An e-mail address is left out: GitHub links one whatever escapes surround
# it (its autolink extension reads the text after escapes are resolved), and the README says so.
HOSTILE = (
    "A | B\tC\nD `code` <img src=x onerror=alert(1)> <b>b</b> [x](javascript:alert(1)) "
    "![](http://tracker.example/p.gif) [r][1] [1]: http://ref.example <http://auto.example> "
    "http://bare.example/path HTTPS://LOUD.EXAMPLE ftp://files.example www.bare.example WWW.LOUD.EXAMPLE "
    "# heading - item 1. one \\ &lt; &#124; ~~s~~ $x$ \x1b]8;;http://osc.example\x1b\\osc\x1b]8;;\x1b\\ "
    "\x1b[2J\x9b2J \u202eevil \u200bzw \u2028sep"
)
SOURCE_URL = "https://hospital.example/page?a=1"
# What may reach a terminal from oncodir itself: colours and styles (SGR), nothing else.
TERMINAL_UNSAFE = re.compile("\x1b(?!\\[[0-9;]*m)|[\x00-\x08\x0b\x0c\x0e-\x1a\x1c-\x1f\x7f-\x9f\u202a-\u202e\u200b]")


def hostile_records() -> list[dict[str, Any]]:
    return [
        department(
            "x/evil",
            f"Evil {HOSTILE}",
            hospital=f"Hospital {HOSTILE}",
            cancers=["melanoma"],
            summary=f"Summary {HOSTILE}",
            aliases=[f"Alias {HOSTILE}"],
            people=[{"name": f"Dr {HOSTILE}", "role": f"Head {HOSTILE}"}],
            programs=[{"name": f"Programme {HOSTILE}", "summary": HOSTILE}],
            notes=[f"Note {HOSTILE}"],
            beds={"value": 10**30, "qualifier": f"about {HOSTILE}"},
            staff={f"nurses {HOSTILE}": {"value": 3}},
            source={"document": f"doc {HOSTILE}", "title": f"Title {HOSTILE}", "url": SOURCE_URL, "updated": "2020"},
        ),
        department(
            "x/script",
            "Script URL",
            cancers=["melanoma"],
            source={"document": "a.txt", "title": "Page", "url": "javascript:alert(1)//http://x.example"},
        ),
        department(
            "x/data",
            "Data URL",
            cancers=["melanoma"],
            source={"document": "b.txt", "url": "data:text/html,<script>alert(1)</script>"},
        ),
        department("x/listed", "Listed URL", cancers=["melanoma"], source={"document": "c.txt", "url": [SOURCE_URL]}),
    ]


@pytest.fixture
def hostile_db(make_db: Any) -> Path:
    db: Path = make_db(hostile_records())
    return db


def github(text: str) -> str:
    """The HTML GitHub makes of Markdown (raw HTML let through, so any that got in shows)."""
    html: str = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_UNSAFE)
    return html


def links(html: str) -> list[str]:
    return re.findall(r"<a href=\"([^\"]*)\"", html)


def pty_run(tmp_path: Path, db: Path, *args: str) -> tuple[int, bytes, bytes]:
    work = tmp_path / "cwd"
    work.mkdir(exist_ok=True)
    env = subprocess_env(tmp_path, COLUMNS="100", LINES="40", TERM="xterm-256color")
    return run_in_pty([sys.executable, "-m", "oncodir", "--db", str(db), "--no-bundled", *args], env, work)


# --- Markdown as GitHub renders it ---------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ("show", "x/evil", "x/script", "x/data", "x/listed"),
        ("find", "melanoma"),
        ("list", "departments"),
        ("compare", "x/evil", "x/script", "x/data", "x/listed"),
    ],
)
def test_github_makes_no_link_of_data_but_the_source_link(invoke, hostile_db, args):
    code, out, err = invoke("--db", str(hostile_db), "--no-bundled", *args, "--format", "markdown")
    assert code == 0, err
    html = github(out)
    assert set(links(html)) <= {SOURCE_URL.replace("&", "&amp;")}, links(html)
    if args[0] != "list":  # a list of departments has no source column
        assert links(html)
    assert not re.search(r"<(?!/?(?:p|h[23]|ul|li|strong|em|a|table|thead|tbody|tr|th|td)\b)", html), "raw HTML"


URL_PIECES = st.sampled_from(
    ["http", "https", "HTTP", "ftp", "www", "WWW", ":", "//", "/", ".", "x", "example", " ", "(", "<", "_", "*", "~"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(URL_PIECES, max_size=12).map("".join))
def test_no_text_becomes_a_link_on_github(text):
    html = github(f"| a | b |\n| --- | --- |\n| {markdown.inline(text)} | end |\n")
    assert "<a " not in html, html


# --- GeoJSON --------------------------------------------------------------------------------

HANGZHOU = City("Hangzhou", "杭州", "Hángzhōu", "Zhejiang", "浙江", 30.29365, 120.16142)


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "data:text/html,x", "  ", "http://", [SOURCE_URL], {"href": SOURCE_URL}, 5]
)
def test_geojson_source_url_is_a_web_address_or_null(url):
    record = department("x/a", "A", source={"document": "a.txt", "url": url})
    made = feature(record, HANGZHOU, ["id", "source"])
    assert made["properties"]["source_url"] is None
    web = department("x/b", "B", source={"document": "b.txt", "url": f" {SOURCE_URL} "})
    assert feature(web, HANGZHOU, ["id", "source"])["properties"]["source_url"] == SOURCE_URL


def test_geojson_properties_are_json_values_not_python_text():
    record = department(
        "x/a", "A", verified=True, rating=4.5, huge=10**30, exact=2**53 - 1, nan=math.nan, inf=-math.inf
    )
    props = feature(record, HANGZHOU, ["id", "verified", "rating", "huge", "exact", "nan", "inf"])["properties"]
    assert props["verified"] is True  # a boolean, not the text "True"
    assert props["rating"] == 4.5 and props["exact"] == 2**53 - 1
    assert props["huge"] == str(10**30)  # beyond what a JavaScript map reads exactly: text (RFC 7493)
    assert props["nan"] is None and props["inf"] is None
    json.dumps(props, allow_nan=False)


def test_geojson_of_hostile_records_on_a_terminal_is_clean_and_piped_is_exact(invoke, hostile_db, tmp_path):
    code, out, err = invoke("--db", str(hostile_db), "--no-bundled", "find", "melanoma", "--format", "geojson")
    assert code == 0, err
    data = json.loads(out, parse_constant=lambda c: pytest.fail(f"{c} in GeoJSON"))
    by_id = {f["id"]: f["properties"] for f in data["features"]}
    assert by_id["x/evil"]["name"] == f"Evil {HOSTILE}"
    assert by_id["x/evil"]["source_url"] == SOURCE_URL
    assert by_id["x/script"]["source_url"] is None and by_id["x/data"]["source_url"] is None
    status, raw, _ = pty_run(tmp_path, hostile_db, "find", "melanoma", "--format", "geojson")
    assert status == 0
    assert not TERMINAL_UNSAFE.search(raw.decode("utf-8"))
