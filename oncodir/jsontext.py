"""JSON as oncodir reads it: strict about what the JSON standard itself refuses, bounded in depth.

Python's ``json`` accepts ``NaN``, ``Infinity`` and ``-Infinity`` (and ``1e999``, which reads
as infinity), which no other JSON reader takes back and which ``show --format json`` would
print as bare ``NaN``; here they are refused where they are read, as are integers longer
than :data:`MAX_DIGITS` (which Python cannot print) and documents nested so deeply that
parsing them runs out of stack. A record deeper than :data:`MAX_DEPTH` levels is refused by
:func:`oncodir.models.validate` using :func:`too_deep`: nothing in a record needs more than
four, and every later step (search, output, the cache) then works on bounded data.
"""

from __future__ import annotations

import math
from typing import Any

MAX_DEPTH = 32  # levels of objects and arrays in one record
MAX_DIGITS = 4300  # Python's own limit for turning an int into text (sys.get_int_max_str_digits)


class Refused(ValueError):
    """Valid to Python's json module, but not data oncodir keeps (the message says why)."""


def _constant(name: str) -> Any:
    raise Refused(f"{name} is not a number JSON allows")


def _integer(text: str) -> int:
    if len(text.lstrip("-")) > MAX_DIGITS:
        raise Refused(f"a number with more than {MAX_DIGITS} digits")
    return int(text)


def _real(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise Refused(f"{text} is too large a number")
    return value


def loads(text: str) -> Any:
    """``json.loads`` refusing NaN, Infinity, overflowing and endless numbers and runaway nesting.

    Raises ``json.JSONDecodeError`` for malformed JSON (it has a line and column) and
    :class:`Refused` for the rest.
    """
    import json  # only when a database is parsed, which a snapshot spares most runs

    try:
        return json.loads(text, parse_constant=_constant, parse_int=_integer, parse_float=_real)
    except RecursionError:
        raise Refused(f"too deeply nested (more than {MAX_DEPTH} levels)") from None


def too_deep(value: Any, limit: int = MAX_DEPTH) -> bool:
    """True when objects and arrays nest more than ``limit`` levels (without recursion)."""
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        children = item.values() if isinstance(item, dict) else item if isinstance(item, list) else None
        if children is None:
            continue
        if depth > limit:
            return True
        stack.extend((child, depth + 1) for child in children if isinstance(child, (dict, list)))
    return False
