"""Hostile data through the formats for sharing, read as the people who get them would read them.

Markdown is rendered by GitHub's own renderer (cmarkgfm, GitHub's fork of cmark with its
extensions), which also turns bare web addresses into links, as markdown-it-py (in
test_markdown.py) does not; GeoJSON goes to maps, whose pop-ups link what looks like an
address; ``compare`` is drawn on a real terminal and read back by CSV and TSV readers.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import shlex
import subprocess
import sys
from pathlib import Path
from typing import Any

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from helpers import assert_one_line_error, department, run_in_pty, subprocess_env, tsv_rows
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
    for table in re.findall(r"<table>(.*?)</table>", html, re.S):  # no cell split or lost
        assert len({len(re.findall(r"<t[hd][ >]", row)) for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)}) == 1
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


# --- compare on a terminal, in TSV and CSV, from standard input ------------------------------


@pytest.mark.parametrize("fmt", ["table", "tsv", "csv", "json", "markdown"])
def test_compare_on_a_terminal_lets_no_control_code_through(tmp_path, hostile_db, fmt):
    status, out, err = pty_run(tmp_path, hostile_db, "compare", "x/evil", "x/script", "--format", fmt)
    assert status == 0, err
    text = out.decode("utf-8")
    assert not TERMINAL_UNSAFE.search(text), repr(TERMINAL_UNSAFE.search(text))
    assert "Evil A" in text


def test_compare_tsv_and_csv_rows_survive_tabs_newlines_and_formulas(invoke, make_db):
    name = '=HYPERLINK("http://evil.example","x")\tand\na "quote"\r\n+1 @SUM(A1) -2'
    db = make_db([department("x/odd", name, summary=name, cancers=["melanoma"]), department("x/two", "Two")])
    code, out, _ = invoke("--db", str(db), "--no-bundled", "compare", "x/odd", "x/two", "--format", "tsv")
    assert code == 0
    rows = tsv_rows(out)
    assert [r[0] for r in rows][:2] == ["id", "name"] and all(len(r) == 3 for r in rows)
    assert rows[1][1] == name
    code, out, _ = invoke("--db", str(db), "--no-bundled", "compare", "x/odd", "x/two", "--format", "csv")
    compared = list(csv.reader(io.StringIO(out)))
    assert all(len(r) == 3 for r in compared)
    # A formula is kept as data, exactly as find --format csv keeps it (and import reads it back).
    code, found, _ = invoke("--db", str(db), "--no-bundled", "find", "melanoma", "--format", "csv", "--fields", "name")
    assert compared[1][1] == list(csv.reader(io.StringIO(found)))[1][0] == name


@pytest.mark.parametrize(
    "stdin",
    [b"\x00\x00", b"\xff\xfe\x1b[31mred\n", b"x/two\n\x00bad\n", b"\n" * 1000 + b"zz-unknown\n"],
)
def test_compare_hostile_standard_input_is_one_line_error(invoke, make_db, stdin):
    db = make_db([department("x/two", "Two")])
    code, out, err = invoke("--db", str(db), "--no-bundled", "compare", "-", input=stdin.decode("latin-1"))
    assert code == 1
    assert out == ""
    line = assert_one_line_error(err)
    assert not TERMINAL_UNSAFE.search(line)


def test_compare_ten_thousand_ids_from_standard_input(invoke, make_db):
    db = make_db([department(f"x/d{i}", f"D{i}") for i in range(100)])
    ids = "".join(f"x/d{i % 100}\n\n" for i in range(10_000))
    code, out, err = invoke("--db", str(db), "--no-bundled", "compare", "-", input=ids)
    assert code == 0, err
    rows = tsv_rows(out)
    assert all(len(r) == 10_001 for r in rows)


@pytest.mark.parametrize("fmt", ["tsv", "csv", "json", "markdown"])
@pytest.mark.parametrize("reader", ["head -1", "true"])
def test_compare_large_output_survives_a_closed_pipe(tmp_path, make_db, fmt, reader):
    db = make_db([department(f"x/d{i}", f"D{i} " + "x" * 200) for i in range(200)])
    ids = tmp_path / "ids.txt"
    ids.write_text("".join(f"x/d{i}\n" for i in range(200)) * 5)
    command = f"{shlex.quote(sys.executable)} -m oncodir --db {shlex.quote(str(db))} compare - --format {fmt}"
    script = f'{command} < {shlex.quote(str(ids))} | {reader}; echo "status ${{PIPESTATUS[0]}}" >&2'
    proc = subprocess.run(["bash", "-c", script], env=subprocess_env(tmp_path), capture_output=True, timeout=60)
    assert proc.stderr.decode() == "status 0\n"
