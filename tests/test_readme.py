"""The README stays true: every console example is run and its output compared.

Each ```console block holds one ``$ command`` and the output it prints (stdout and stderr
together, as a terminal would show them). Commands run in a shell from an empty directory,
with this interpreter's ``oncodir`` first on PATH, piped, so the output is the pipe format.
"""

from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.real_directory

ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```console\n(.*?)```", README, flags=re.S)


def _examples() -> list[tuple[str, str]]:
    out = []
    for block in BLOCKS:
        first, _, rest = block.partition("\n")
        assert first.startswith("$ "), block
        out.append((first[2:], rest))
    return out


def _normal(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def test_readme_has_examples() -> None:
    commands = [c for c, _ in _examples()]
    assert "oncodir find melanoma" in commands
    assert len(commands) >= 8


@pytest.mark.parametrize(("command", "expected"), _examples(), ids=[c for c, _ in _examples()])
def test_readme_example(command: str, expected: str, tmp_path: Path) -> None:
    if "jq " in command and shutil.which("jq") is None:
        pytest.skip("jq is not installed")
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, "PATH": bindir + os.pathsep + os.environ.get("PATH", ""), "COLUMNS": "80"}
    env.pop("ONCODIR_DB", None)
    env.pop("NO_COLOR", None)
    proc = subprocess.run(
        ["bash", "-c", command + " 2>&1"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=60,
    )
    assert _normal(proc.stdout) == _normal(expected)


def test_screenshot_shows_current_results(tmp_path: Path) -> None:
    """The committed SVG shows what the table shows today (its text, not its pixels)."""
    sys.path.insert(0, str(ROOT / "tests"))
    try:
        import screenshot
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "shot.svg"
    screenshot.main(fresh)

    def words(svg: str) -> list[str]:
        texts = re.findall(r">([^<>]+)</text>", svg)
        return html.unescape(" ".join(texts)).split()

    committed = (ROOT / "tests" / "screenshots" / "find-melanoma.svg").read_text(encoding="utf-8")
    assert words(committed) == words(fresh.read_text(encoding="utf-8"))
    assert "Renal" in words(committed)
