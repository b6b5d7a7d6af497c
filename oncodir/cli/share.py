"""Printing the formats for sharing, ``--format markdown`` and ``--format geojson``, for the
commands that offer them (find, show, list, compare).

Imported only when one of them is chosen, and it imports :mod:`oncodir.markdown` or
:mod:`oncodir.geojson` only then too: a piped ``find`` never loads either.
"""

from __future__ import annotations

import sys
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from oncodir.cli.group import err
from oncodir.errors import UsageError

if TYPE_CHECKING:
    from oncodir.geo import Gazetteer

Columns = Sequence[tuple[str, str]]  # (key, heading)


def markdown_table(rows: Sequence[Mapping[str, Any]], columns: Columns, caption: str = "") -> None:
    """Rows as one Markdown table, a caption under it, then the disclaimer."""
    from oncodir import markdown

    text = markdown.listing(rows, columns)
    if caption:
        text += "\n" + markdown.inline(caption) + "\n"
    sys.stdout.write(text + markdown.disclaimer())


def markdown_records(records: Sequence[Mapping[str, Any]], departments: Sequence[Sequence[Mapping[str, Any]]]) -> None:
    """Each record in full (a heading and a field list, its source under it), then the disclaimer."""
    from oncodir import markdown

    text = "\n".join(markdown.record(r, d) for r, d in zip(records, departments, strict=True))
    sys.stdout.write(text + markdown.disclaimer())


def geojson(
    records: Sequence[Mapping[str, Any]], gazetteer: Gazetteer, keys: Sequence[str] | None, *, is_tty: bool
) -> None:
    """A FeatureCollection of the records placed at their cities; stderr counts those left out."""
    from oncodir import geojson
    from oncodir.output import TerminalSafe

    # JSON escapes C0 characters but not C1 ones (0x9b starts an escape sequence): cleaned on a terminal.
    stream: Any = TerminalSafe(sys.stdout) if is_tty else sys.stdout
    left_out = geojson.write(stream, records, gazetteer, keys, pretty=is_tty)
    if left_out:
        what = "record is" if left_out == 1 else "records are"
        them = "it" if left_out == 1 else "them"
        err(f"{left_out} {what} not on the map: no known city to place {them} at")


def geojson_refused(what: str) -> UsageError:
    """The error for GeoJSON of something that has no place (cancers, treatments, a comparison)."""
    return UsageError(f"--format geojson maps hospitals and departments, not {what}")
