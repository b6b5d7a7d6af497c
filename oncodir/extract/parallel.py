"""Reading a big page on more than one processor: a reader runs in a forked process while the draft reads on.

A department page of a few kilobytes is read in a few milliseconds, but a page saved whole from a
browser can run to hundreds of kilobytes, and the readers of cancers and treatments and of people
take most of its time. Each is a pure function of the page's text, so on a big page it runs in a
child process (:func:`oncodir.forking.started`) while the parent reads the rest: the draft is the
same either way, only its wall time differs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from oncodir import forking

BIG = 40_000  # characters: below this a fork costs about what it saves


def started(reader: Callable[..., Any], *args: Any, size: int = 0) -> Callable[[], Any]:
    """Start ``reader(*args)`` (in a child process when ``size`` is big); call the result to get its value."""
    return forking.started(reader, *args, fork=size >= BIG)
