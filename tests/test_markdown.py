"""``--format markdown``: GitHub-flavoured Markdown that renders as meant, whatever the data holds.

Every check parses the output with a real Markdown parser (markdown-it-py, CommonMark with GFM
tables, raw HTML enabled so that any HTML that got through would show up as such) and looks at
what it understood: the tables, their cells' text, the headings, lists and links.
"""

from __future__ import annotations

from typing import Any

import pytest
from helpers import RECORDS, department
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from oncodir import markdown
from oncodir.output import DISCLAIMER
from oncodir.text import clean_line

PARSER = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])
# Markup a record's text must never produce: only oncodir's own headings, lists, bold labels
# and source links are expected.
FOREIGN = {"html_inline", "html_block", "code_inline", "code_block", "fence", "em_open", "s_open", "image"}

HOSTILE = (
    "A | B\nC\r\n`code` <b>bold</b> <script>alert(1)</script> *em* _em_ **strong** ~~gone~~ "
    "[link](http://evil.example) ![img](x.png) &lt;entity&gt; &#124; $x$ \\ \x1b[31mred\x9b2J "
    "\u202eevil\u2028line"
)


def tokens(text: str) -> list[Token]:
    return PARSER.parse(text)


def flat(toks: list[Token]) -> list[Token]:
    out = []
    for tok in toks:
        out.append(tok)
        out.extend(flat(tok.children or []))
    return out


def inline_text(tok: Token) -> str:
    """What an inline token shows: its text, without the markup."""
    return "".join(c.content for c in tok.children or [] if c.type in ("text", "code_inline", "html_inline"))


def tables(text: str) -> list[list[list[str]]]:
    """Every table as rows of cell texts (the header row first)."""
    found: list[list[list[str]]] = []
    toks = tokens(text)
    for i, tok in enumerate(toks):
        if tok.type == "table_open":
            found.append([])
        elif tok.type == "tr_open":
            found[-1].append([])
        elif tok.type in ("th_open", "td_open"):
            found[-1][-1].append(inline_text(toks[i + 1]))
    return found


def shown(text: str) -> str:
    """What a cell should show for a value: as on a terminal, on one line."""
    return clean_line(text).strip()


def assert_no_foreign_markup(text: str, disclaimers: int = 1) -> None:
    assert text.count(f"*{DISCLAIMER}*") == disclaimers  # the one emphasis oncodir writes itself
    types = {t.type for t in flat(tokens(text.replace(f"*{DISCLAIMER}*", "")))}
    assert not types & FOREIGN, types & FOREIGN
    assert "\x1b" not in text and "\x9b" not in text and "\u202e" not in text


# --- escaping ------------------------------------------------------------------------------


def test_hostile_text_renders_as_itself_in_a_cell():
    md = markdown.table(["x"], [[markdown.inline(HOSTILE)]])
    assert tables(md) == [[["x"], [shown(HOSTILE)]]]
    assert_no_foreign_markup(md, disclaimers=0)


@pytest.mark.parametrize(
    "text", ["- item", "+ item", "1. one", "2) two", "---", "===", "# title", "> quote", "    code"]
)
def test_block_syntax_at_the_start_of_a_list_item_stays_text(text):
    md = f"- {markdown.inline(text)}\n"
    toks = flat(tokens(md))
    assert [t.type for t in toks if t.type.endswith("_open")] == [
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
    ]
    assert inline_text(next(t for t in toks if t.type == "inline")) == text.strip()


def test_underscores_inside_a_word_are_left_readable():
    assert markdown.inline("004_06b360230a8bec42.txt") == "004_06b360230a8bec42.txt"
    assert markdown.inline("_x_") == "\\_x\\_"


# Text made of what Markdown reads as syntax, letters, spaces and a few troublemakers.
MARKUP = st.text(alphabet=st.sampled_from([*"|`*_~[]()!<>#&;$\\-+=.:/ \t\nab12é中", "\x1b", "\u2028"]))


@settings(max_examples=300, deadline=None)
@given(MARKUP)
def test_any_text_is_one_cell_that_shows_exactly_that_text(text):
    row = markdown.table(["a", "b"], [[markdown.inline(text), "end"]])
    (table,) = tables(row)
    assert table[1] == [shown(text), "end"]


@settings(max_examples=200, deadline=None)
@given(MARKUP)
def test_any_text_is_one_list_item_that_shows_exactly_that_text(text):
    toks = flat(tokens(f"- **Name:** {markdown.inline(text)}\n- next\n"))
    assert sum(t.type == "list_item_open" for t in toks) == 2
    first = next(t for t in toks if t.type == "inline")
    assert inline_text(first) == ("Name:" + (" " + shown(text) if shown(text) else ""))


def test_links_only_for_web_addresses_and_safe_inside_a_table():
    assert markdown.link("Page", "javascript:alert(1)") == "Page"
    assert markdown.link("Page", "https://example.org/not a url") == "Page"
    made = markdown.link("Page | x", "https://example.org/a|c<d>(e)\\`")
    (table,) = tables(markdown.table(["s", "t"], [[made, "end"]]))
    assert table[1] == ["Page | x", "end"]
    href = next(t for t in flat(tokens(made)) if t.type == "link_open").attrs["href"]
    assert href == "https://example.org/a%7Cc%3Cd%3E(e)%5C%60"


# --- the commands --------------------------------------------------------------------------


def hostile_db(make_db: Any) -> Any:
    return make_db(
        [
            department(
                "x/evil",
                HOSTILE,
                cancers=["melanoma"],
                hospital="Evil | Hospital\n# not a heading",
                beds={"value": 5, "qualifier": "<b>"},
                source={"document": "a_b_.txt", "title": "T*itle*", "url": "https://e.org/x|y", "updated": "2020"},
            )
        ]
    )


def test_find_is_one_table_a_row_per_result_and_the_disclaimer_once(invoke, make_db):
    code, out, err = invoke("--db", str(hostile_db(make_db)), "find", "melanoma", "--format", "markdown")
    assert code == 0, err
    (table,) = tables(out)
    assert table[0] == ["Name", "Kind", "Hospital", "City", "Matched", "Source"]
    assert all(len(row) == 6 for row in table)
    evil = next(row for row in table if row[0] == shown(HOSTILE))
    assert evil[2] == "Evil | Hospital # not a heading"
    assert evil[5] == "T*itle*, 2020"
    assert len(table) == 1 + 6  # the header, five bundled results and the user's
    assert out.count(DISCLAIMER) == 1
    assert_no_foreign_markup(out)


def test_find_hospital_row_has_no_hospital_and_silence_reads_not_stated(invoke):
    code, out, _ = invoke("find", "melanoma", "--format", "markdown", "--fields", "name,hospital,beds")
    assert code == 0
    rows = {row[0]: row for row in tables(out)[0][1:]}
    assert rows["Beijing Cancer Hospital"] == ["Beijing Cancer Hospital", "", "790"]
    assert rows["Renal Cancer & Melanoma"] == ["Renal Cancer & Melanoma", "Beijing Cancer Hospital", "not stated"]


def test_show_is_a_heading_a_field_list_and_the_source_with_its_link(invoke, make_db):
    code, out, _ = invoke("--db", str(hostile_db(make_db)), "show", "x/evil", "CHUCAS", "--format", "markdown")
    assert code == 0
    toks = tokens(out)
    headings = [inline_text(toks[i + 1]) for i, t in enumerate(toks) if t.type == "heading_open" and t.tag == "h2"]
    assert headings == [shown(HOSTILE), "Zhejiang Cancer Hospital"]
    items = [inline_text(t) for t in flat(toks) if t.type == "inline"]
    assert "Beds: <b> 5" in items
    assert "Hospital: Evil | Hospital # not a heading" in items
    links = [t.attrs["href"] for t in flat(toks) if t.type == "link_open"]
    assert "https://e.org/x%7Cy" in links
    assert any(i.startswith("Source: T*itle* (a_b_.txt); ") for i in items)
    assert "### Departments (3)" in out  # CHUCAS is a hospital: its departments are listed
    assert out.count(DISCLAIMER) == 1
    assert_no_foreign_markup(out)


def test_show_every_bundled_record_renders(invoke):
    code, out, _ = invoke("show", *[r["id"] for r in RECORDS], "--format", "markdown")
    assert code == 0
    assert out.count("\n## ") + out.startswith("## ") == len(RECORDS)
    assert out.count("Source: ") >= len(RECORDS)
    assert_no_foreign_markup(out)


@pytest.mark.parametrize(
    ("what", "header"),
    [
        ("hospitals", ["Id", "Hospital", "City", "Departments"]),
        ("cancers", ["Cancer", "Records", "Direct", "Broader"]),
        ("cities", ["City", "Chinese", "Province", "Records"]),
    ],
)
def test_list_is_a_table(invoke, what, header):
    code, out, _ = invoke("list", what, "--format", "markdown")
    assert code == 0
    (table,) = tables(out)
    assert table[0] == header
    assert len(table) > 2
    assert out.count(DISCLAIMER) == 1
    align = dict(zip(header, out.splitlines()[1].strip("| ").split(" | "), strict=True))
    assert align[header[-1] if what != "cancers" else "Records"] == "---:"  # counts right-aligned
    assert align[header[0]] == "---"


def test_compare_is_a_table_with_differing_facts_in_bold(invoke, make_db):
    code, out, _ = invoke("--db", str(hostile_db(make_db)), "compare", "x/evil", "CHUCAS", "--format", "markdown")
    assert code == 0
    (table,) = tables(out)
    assert table[0] == ["Fact", f"{shown(HOSTILE)}, Evil | Hospital # not a heading", "Zhejiang Cancer Hospital"]
    assert all(len(row) == 3 for row in table)
    toks = flat(tokens(out))
    bold = [toks[i + 1].content for i, t in enumerate(toks) if t.type == "strong_open"]
    assert "Beds" in bold and "Kind" in bold
    assert "Staff" not in bold  # not stated by either
    assert "Facts in bold differ" in out
    assert_no_foreign_markup(out)
