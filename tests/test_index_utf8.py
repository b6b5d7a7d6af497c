"""Compact JSON written as bytes straight from the query index is the text path's JSON, byte for byte.

A query answered from slim records prints each result from the record's stored JSON. In a pipe
that takes UTF-8 (``output.bytes_writer``) the stored bytes are written as they are
(``output.Utf8``), unless a result's record or the query holds a lone surrogate, which is not
UTF-8: then every result goes the text way, which writes it (or fails) as a full load would.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import department, open_index, subprocess_env, write_index_db

from oncodir import narrow, output, search
from oncodir.output import Encoded, Reads, Utf8
from oncodir.query import Criterion, Query
from oncodir.streams import GuardedOutput

ODD = [
    # line breaks JSON leaves as they are (jsonl escapes them), Hangul (0xED lead bytes, valid UTF-8)
    department("x/breaks", "Breaks\u2028Unit", cancers=["melanoma"], summary="a\u2028b\u2029c\x85d 中文"),
    department("x/hangul", "힘 Unit", cancers=["melanoma"], summary="\ud7a3 \ud55c"),
    # keys a result sets: printed by encoding the whole result (its key order differs)
    {**department("x/scored", "Scored Unit", cancers=["melanoma"]), "score": 99, "matched": "own"},
    # a lone surrogate (where no narrowing column holds it): not UTF-8, so lymphoma's results are
    # written as text
    department("x/lone", "Lone Unit", cancers=["lymphoma"], source={"document": "lone-\ud800.txt"}),
]


@pytest.fixture
def odd_db(tmp_path: Path) -> Path:
    path = write_index_db(tmp_path / "odd.json")
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["records"].update({str(90000 + i): r for i, r in enumerate(ODD)})
    path.write_text(json.dumps(doc), encoding="utf-8")  # ASCII: the lone surrogate as an escape
    return path


QUERIES = [
    ("find", "melanoma", "--format", "json"),
    ("find", "melanoma", "--format", "jsonl"),
    ("find", "melanoma", "--format", "json", "--limit", "3"),
    ("find", "skin", "cancer", "--format", "jsonl", "--kind", "department"),
    ("find", "melanoma", "--near", "shanghai", "--format", "json"),
    ("find", "lymphoma", "--format", "json"),
    ("find", "lymphoma", "--format", "jsonl"),
]


@pytest.mark.parametrize("args", QUERIES)
def test_bytes_from_the_index_equal_the_text_of_a_full_load(odd_db, invoke, monkeypatch, args):
    written: list[int] = []
    real = output.write_utf8

    def spy(*a: Any) -> None:
        written.append(1)
        real(*a)

    monkeypatch.setattr(output, "write_utf8", spy)
    expected = invoke("--db", str(odd_db), *args, env={"ONCODIR_INDEX": "0"})
    assert not written
    got = invoke("--db", str(odd_db), *args)
    assert got == expected
    # lymphoma's results hold the lone surrogate: those go the text way
    assert bool(written) == ("lymphoma" not in args), args


def test_bytes_in_a_real_pipe(odd_db, tmp_path):
    def run(**env: str) -> bytes:
        args = [sys.executable, "-m", "oncodir", "--db", str(odd_db), "find", "melanoma", "--format", "json"]
        proc = subprocess.run(args, capture_output=True, env=subprocess_env(tmp_path, **env), timeout=120)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    assert run() == run(ONCODIR_INDEX="0")


def test_a_query_that_is_not_utf8_is_written_as_text(odd_db):
    idx = open_index(str(odd_db), True)
    query = Query([Criterion("melanoma")])
    found = narrow.for_find(idx, query, texts=True)
    hits = search.find(found, query)
    assert all(isinstance(r, Utf8) for r in narrow.finish(idx, found, hits, Reads(None, True, utf8=True)))
    hits[-1]["matched"] = [{**hits[-1]["matched"][0], "query": "melanoma\udcff"}]
    done = narrow.finish(idx, found, hits, Reads(None, True, utf8=True))
    assert all(isinstance(r, Encoded) for r in done)
    assert json.loads(done[-1])["matched"][0]["query"] == "melanoma\udcff"
    idx.close()


def _stream(encoding: str) -> tuple[GuardedOutput, io.BytesIO]:
    raw = io.BytesIO()
    return GuardedOutput(io.TextIOWrapper(raw, encoding=encoding)), raw


def test_bytes_only_to_a_utf8_stream_with_a_buffer_after_its_text():
    stream, raw = _stream("UTF-8")
    write: Any = output.bytes_writer(stream)
    assert write is not None
    stream.write("[")
    write(b"\xe4\xb8\xad]")
    stream.flush()
    assert raw.getvalue() == "[中]".encode()
    assert output.bytes_writer(_stream("latin-1")[0]) is None
    assert output.bytes_writer(GuardedOutput(io.StringIO())) is None
    assert output.bytes_writer(GuardedOutput(None)) is None
    assert output.bytes_writer(io.TextIOWrapper(io.BytesIO(), encoding="utf-8")) is None  # not guarded


def test_reads_asks_for_bytes_only_for_compact_json_in_a_pipe():
    fmt = output.Format
    assert output.reads(fmt.json, (), None, False, None, utf8=True).utf8
    assert output.reads(fmt.jsonl, (), None, False, None, utf8=True).utf8
    assert not output.reads(fmt.jsonl, (), None, True, None, utf8=True).utf8  # a terminal: made safe as text
    assert not output.reads(fmt.json, (), ["id"], False, None, utf8=True).utf8
    assert not output.reads(fmt.json, (), None, False, None).utf8
    assert not output.reads(fmt.tsv, ("id",), None, False, None, utf8=True).utf8
