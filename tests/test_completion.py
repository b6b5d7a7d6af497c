"""Shell completion: vocabulary terms, places, hospitals and records, by prefix in any case."""

from __future__ import annotations

import subprocess
import sys

from helpers import (
    subprocess_env,
)

from oncodir.cli import complete


def test_completion_offers_terms_places_hospitals_and_records_by_prefix():
    assert "melanoma" in complete.terms(None, "mela")
    assert "Hangzhou" in complete.terms(None, "Hang")
    assert "hangzhou" in complete.terms(None, "hang")  # typed lower case: completed in lower case
    assert "Beijing Cancer Hospital" in complete.terms(None, "Beijing C")
    assert "stomach cancer" in complete.cancers(None, "stom")
    assert complete.cancers(None, "chemo") == []
    assert "chemotherapy" in complete.treatments(None, "chemo")
    assert "上海" in complete.cities(None, "上")
    assert "Zhejiang" in complete.places(None, "Zhej")
    assert "CHUCAS" in complete.hospitals(None, "CH")
    assert "zhejiang-cancer-hospital/bone-soft-tissue-surgery" in complete.records(None, "zhejiang-cancer-hospital/")


def test_completion_through_the_shell_protocol(tmp_path):
    def complete_words(words: str) -> list[str]:
        env = subprocess_env(
            tmp_path, _ONCODIR_COMPLETE="complete_bash", COMP_WORDS=words, COMP_CWORD=str(len(words.split()) - 1)
        )
        proc = subprocess.run(
            [sys.executable, "-m", "oncodir"], env=env, capture_output=True, text=True, timeout=60, cwd=tmp_path
        )
        assert proc.returncode == 0, proc.stderr
        assert proc.stderr == ""
        return [line for line in proc.stdout.splitlines() if line]

    assert "melanoma" in complete_words("oncodir find mela")
    assert "shanghai" in complete_words("oncodir find --near shang")
    # bash inserts the candidate as typed text, so it arrives escaped for the shell
    assert "Renal\\ Cancer\\ \\&\\ Melanoma" in complete_words("oncodir show Renal")
    assert complete_words(f"oncodir --db {tmp_path / 'missing.json'} find mela") == []
