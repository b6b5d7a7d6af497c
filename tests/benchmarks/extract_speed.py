"""How long ``extract`` takes on big pages: linear in the page, well under 0.5 s for 200 KB.

Run: ``python tests/benchmarks/extract_speed.py``. For a 2 KB, a 200 KB and a 400 KB page of real department
text and a 400 KB page of blank lines it prints the whole ``oncodir extract FILE`` process as a user runs it
(wall time, median of three runs after a warm-up one, which keeps the compiled patterns in the user cache), and
the draft alone inside one process (wall time, and microseconds per character). Not a test:
timings depend on the machine and on what else it runs.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from oncodir.extract import draft
from oncodir.storage.read import load

PAGES = Path(__file__).resolve().parents[3] / "shared" / "pages"
RUNS = 3


def _process(path: Path) -> float:
    """Median wall time of ``oncodir extract FILE`` in a fresh process (a page of blank lines ends in an error:
    nothing to draft)."""
    command = [sys.executable, "-m", "oncodir", "extract", str(path)]
    subprocess.run(command, check=False, capture_output=True)  # warm-up: the compiled patterns get kept
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        subprocess.run(command, check=False, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    directory = load(None)
    sample = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*--*.txt"))[:40])
    draft(sample[:2000], "warm-up", directory)
    print(f"{'page':<28} {'process':>8} {'draft':>7}  per character")
    with tempfile.TemporaryDirectory() as tmp:
        for label, text in (
            ("2 KB of a department page", sample[:2000]),
            ("200 KB of department pages", (sample * 20)[:200_000]),
            ("400 KB of department pages", (sample * 40)[:400_000]),
            ("400 KB of blank lines", "\n" * 400_000),
        ):
            path = Path(tmp) / "page.txt"
            path.write_text(text, encoding="utf-8")
            whole = _process(path)
            start = time.perf_counter()
            draft(text, "bench", directory)
            took = time.perf_counter() - start
            print(f"{label:<28} {whole:7.2f}s {took:6.2f}s  {1e6 * took / len(text):5.2f} µs")


if __name__ == "__main__":
    main()
