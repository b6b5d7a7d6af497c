"""Draw the README screenshot: ``oncodir find melanoma`` as Rich renders it, exported to SVG.

    python tests/screenshot.py            # rewrite tests/screenshots/find-melanoma.svg

It runs the real search on the bundled data through the same view the CLI uses, so the
picture cannot drift from the product; tests/test_readme.py checks the committed copy.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from rich.console import Console

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # draw this checkout's code, not an installed copy
TARGET = HERE / "screenshots" / "find-melanoma.svg"


def render(width: int = 100) -> Console:
    from oncodir import query, search, views
    from oncodir.storage import read

    directory = read.load(None, bundled=True)
    hits = search.find(directory, query.Query([query.Criterion("melanoma")]))
    console = Console(record=True, width=width, force_terminal=True, color_system="truecolor", file=io.StringIO())
    console.print("$ oncodir find melanoma", style="bold")
    views.results(console, hits, len(hits), "'melanoma'")
    return console


def main(target: Path = TARGET) -> None:
    console = render()
    target.parent.mkdir(parents=True, exist_ok=True)
    console.save_svg(str(target), title="oncodir find melanoma")
    print(f"wrote {target}", file=sys.stderr)


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else TARGET)
