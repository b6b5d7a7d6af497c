"""How long ``extract`` takes on big pages: linear in the page, well under 0.5 s for 200 KB.

Run: ``python tests/benchmarks/extract_speed.py`` (prints seconds per page and microseconds per character
for a 200 KB and a 400 KB page of real department text, and a 400 KB page of blank lines). Not a test:
timings depend on the machine.
"""

from __future__ import annotations

import time
from pathlib import Path

from oncodir.extract import draft
from oncodir.storage.read import load

PAGES = Path(__file__).resolve().parents[3] / "shared" / "pages"


def main() -> None:
    directory = load(None)
    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*--*.txt"))[:40])
    draft(sample[:2000], "warm-up", directory)
    for label, text in (
        ("200 KB of department pages", (sample * 20)[:200_000]),
        ("400 KB of department pages", (sample * 40)[:400_000]),
        ("400 KB of blank lines", "\n" * 400_000),
    ):
        start = time.perf_counter()
        draft(text, "bench", directory)
        took = time.perf_counter() - start
        print(f"{label:<28} {took:6.2f} s  {1e6 * took / len(text):6.2f} µs per character")


if __name__ == "__main__":
    main()
