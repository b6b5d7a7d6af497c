"""A big page's slow readers run in forked processes: the same draft as reading it in one process."""

from __future__ import annotations

import os
import sys

import pytest

from oncodir import forking
from oncodir.extract import draft, parallel
from oncodir.storage.read import load

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks only on Linux")


@pytest.fixture(autouse=True)
def spare_processor(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fork as on an idle two-processor machine, however busy the one running the tests is."""
    monkeypatch.setattr(forking, "_spare_processor", lambda: True)


SECTION = (
    "Department of Medical Oncology\n"
    "The Department of Medical Oncology of Ningde Municipal Hospital treats lung cancer, breast cancer and "
    "lymphoma with chemotherapy, targeted therapy and immunotherapy. It has 52 beds. Radiotherapy is given by "
    "the Department of Radiation Oncology.\n"
    "Director: Prof. Chen Hua. Deputy Director: Dr. Lin Yue.\n"
    "Last update: May 2021\n\n"
)


@pytest.fixture(scope="module")
def big_page() -> str:
    page = SECTION + "\n".join(
        f"Clinic notice {i}: outpatient hours are 8:00 to 17:00 on weekdays.\n" for i in range(900)
    )
    assert len(page) > parallel.BIG
    return page


def test_a_big_page_read_in_forked_processes_gives_the_same_draft(
    big_page: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    directory = load(None)
    forks = []
    real_fork = os.fork

    def counted_fork() -> int:
        pid = real_fork()
        if pid:
            forks.append(pid)
        return pid

    monkeypatch.setattr(os, "fork", counted_fork)
    together = draft(big_page, "page.txt", directory)
    assert len(forks) == 2  # (cancers and treatments, and people)
    monkeypatch.setattr(parallel, "BIG", len(big_page) * 2)
    alone = draft(big_page, "page.txt", directory)
    assert len(forks) == 2
    assert together == alone
    assert together["beds"] == {"value": 52}
    assert "lymphoma" in together["cancers"] and "radiotherapy" not in together["treatments"]
    assert [p["name"] for p in together["people"]] == ["Chen Hua", "Lin Yue"]


def test_a_reader_that_fails_in_its_process_is_read_again_in_the_parent() -> None:
    parent = os.getpid()

    def reader(words: list[str]) -> list[str]:
        if os.getpid() != parent:
            raise RuntimeError("lost in the child")
        return sorted(words)

    result = parallel.started(reader, ["b", "a"], size=parallel.BIG)
    assert result() == ["a", "b"]


def test_a_small_page_is_read_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked for a small page"))
    assert draft(SECTION, "page.txt", load(None))["beds"] == {"value": 52}


def test_no_fork_while_other_threads_run(monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    monkeypatch.setattr(os, "fork", lambda: pytest.fail("forked beside another thread"))
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parallel.started(sorted, ["b", "a"], size=parallel.BIG)() == ["a", "b"]
    finally:
        stop.set()
        other.join()
