"""GitHub-flavoured Markdown for letters, emails and wikis: tables for lists, a heading and a
field list for one record, the source under every record and the disclaimer once.

Every piece of text from data goes through :func:`inline`, so no record can break a table or
a list, start a code block, a link or an HTML tag, or reach a terminal as a control code.
Imported only when ``--format markdown`` is chosen.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from oncodir import details
from oncodir.models import NOT_STATED
from oncodir.output import DISCLAIMER, NUMERIC_COLUMNS, cell
from oncodir.text import clean_line, web_address

if TYPE_CHECKING:
    from oncodir.compare import Row

# What Markdown may read as syntax inside a line: code spans and fences (`), emphasis and
# strike-through (* _ ~), links, images and footnotes ([ ] !), HTML and autolinks (< >), table
# cells (|), a closing heading sequence (#) and the escape itself. A backslash before any of
# them prints it as it is (CommonMark: every ASCII punctuation character may be escaped), and
# $ (GitHub reads $...$ as mathematics). An underscore between two letters or digits
# ("004_06b.txt") can neither open nor close emphasis, and is left as it is.
_SYNTAX = re.compile(r"([\\`*~\[\]!<>|#$]|_(?![0-9A-Za-z])|(?<![0-9A-Za-z])_)")
# At the start of a block (a list item's text), these begin a list, a thematic break or a
# heading underline: "- x", "+ x", "1. x", "2) x", "---", "===".
_BLOCK_START = re.compile(r"^(?:([-+=])|(\d{1,9})([.)]))")
# GitHub also links bare addresses: "http://", "https://" or "ftp://" and "www." start a link in
# plain text. An escaped colon or dot reads the same and starts none ("http\://", "www\.").
# (An e-mail address it links whatever is escaped: its autolinker reads the text after escapes.)
_AUTOLINK = re.compile(r":(?=//)|(?<=www)\.", re.I)
# '&' starts a character reference only before a name or number and ';' ("&amp;", "&#124;").
_REFERENCE = re.compile(r"&(?=#?[0-9A-Za-z]+;)")
# Characters a URL may keep in a link destination; any other (space, < > | \ ` " and control
# or non-ASCII characters) is percent-encoded, so a URL cannot end the link or the table cell.
_URL_SAFE = ":/?#[]@!$&'()*+,;=%~-._"


def inline(text: Any) -> str:
    """Text that Markdown prints as it is, on one line: control characters replaced (as on a
    terminal), tabs and line breaks made spaces, and syntax characters escaped."""
    plain = clean_line(str(text)).strip()
    escaped = _REFERENCE.sub(r"\\&", _AUTOLINK.sub(r"\\\g<0>", _SYNTAX.sub(r"\\\1", plain)))
    return _BLOCK_START.sub(lambda m: f"\\{m[1]}" if m[1] else f"{m[2]}\\{m[3]}", escaped)


def link(text: str, url: Any) -> str:
    """``[text](<url>)`` for an http(s) URL; anything else is not a link, only text."""
    shown = inline(text)
    address = web_address(url)
    return f"[{shown}](<{quote(address, safe=_URL_SAFE)}>)" if address else shown


def source(record: Mapping[str, Any], *, short: bool = False, dates: bool = True) -> str:
    """The record's source: its page title linked to its URL, the document, and (``dates``) how
    old it is. ``short`` (a table cell): the title or document, linked, and its date in brief."""
    found = details.source_of(record)
    if not found:
        return NOT_STATED
    document = str(found.get("document") or NOT_STATED)
    title = str(found.get("title") or document)
    linked = link(title, found.get("url"))
    if short:
        return f"{linked}, {inline(_age(found))}"
    named = f"{linked} ({inline(document)})" if title != document else linked
    return f"{named}; {inline(details.source_dates(found))}" if dates else named


def _age(source: Mapping[str, Any]) -> str:
    """'2020-03' (the page's own date), else 'undated, read 2026-11-27', else 'undated'."""
    if source.get("updated"):
        return str(source["updated"])
    return f"undated, read {source['retrieved']}" if source.get("retrieved") else "undated"


def table(header: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[bool] = ()) -> str:
    """A GFM table of cells already made safe (:func:`inline`); an empty cell stays empty."""
    align = [("---:" if i < len(right) and right[i] else "---") for i in range(len(header))]
    lines = [_row(header), _row(align)]
    lines += [_row(r) for r in rows]
    return "\n".join(lines) + "\n"


def _row(cells: Sequence[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _cell(row: Mapping[str, Any], key: str) -> str:
    if key == "source":
        return source(row, short=True)
    text = cell(row, key)
    if text:
        return inline(text)
    # A record's silence reads "not stated"; but a hospital has no hospital, and a row of a
    # list (a term, a city) is not a record whose source could state it.
    return NOT_STATED if "kind" in row and not (key == "hospital" and row["kind"] == "hospital") else ""


def listing(rows: Sequence[Mapping[str, Any]], columns: Sequence[tuple[str, str]]) -> str:
    """Rows (results, hospitals, terms...) as one table with these (key, heading) columns."""
    header = [inline(name) for _, name in columns]
    right = [key in NUMERIC_COLUMNS for key, _ in columns]
    return table(header, ([_cell(r, key) for key, _ in columns] for r in rows), right)


def _field(name: str, lines: Sequence[str]) -> list[str]:
    if len(lines) <= 1:
        return [f"- **{inline(name)}:** {inline(lines[0]) if lines else NOT_STATED}"]
    return [f"- **{inline(name)}:**", *(f"  - {inline(line)}" for line in lines)]


def record(record: Mapping[str, Any], departments: Sequence[Mapping[str, Any]] = ()) -> str:
    """One record: a heading, its kind and id, every fact as a field list, a hospital's
    departments, and the source under it all."""
    name, kind = details.title(record)
    lines = [f"## {inline(name)}", "", inline(kind), ""]
    for fact, values in details.facts(record):
        if fact != "Source":  # under the record, with its link
            lines += _field(fact, values)
    if record.get("kind") == "hospital":
        lines += ["", f"### Departments ({len(departments)})", ""]
        listed = [f"- {inline(d.get('name'))} ({inline(d.get('id'))})" for d in departments]
        lines += listed or ["None in the directory."]
    lines += ["", f"Source: {source(record)}"]
    return "\n".join(lines) + "\n"


def comparison(records: Sequence[Mapping[str, Any]], compared: Sequence[Row], headings: Sequence[str]) -> str:
    """Records side by side, a row per fact; the facts that differ in bold, with a note saying so."""
    header = ["Fact", *(inline(h) for h in headings)]
    body = [["Id", *(inline(r.get("id")) for r in records)]]
    for row in compared:
        name = f"**{inline(row.label)}**" if row.differs else inline(row.label)
        if row.key == "source":  # linked, as under a record
            cells = [source(r, dates=False) for r in records]
        else:
            cells = ["; ".join(inline(v) for v in lines) or NOT_STATED for lines in row.values]
        body.append([name, *cells])
    if len(records) < 2:
        return table(header, body)
    note = "Facts in bold differ between the records." if any(r.differs for r in compared) else "No fact differs."
    return table(header, body) + "\n" + note + "\n"


def disclaimer() -> str:
    """The disclaimer, once, after everything else."""
    return f"\n*{inline(DISCLAIMER)}*\n"
