"""Extract's regular expressions, compiled once and kept between runs.

The readers hold some 600 patterns, many of them long (a hospital's name is a pattern of 4,000
characters that a dozen others embed), and compiling them costs 0.3 s: most of a short
``oncodir extract``. Python compiles a pattern to a list of integers for its matching engine and
keeps it only for the life of the process, so :func:`compiled` keeps each pattern's compiled form
in the user's cache directory and builds later runs' patterns from it, which takes about 30 ms.

The kept form belongs to one Python build (the cache file's key is the interpreter's version and
its engine's magic number) and is checked twice before use: the file by its crc32 (a damaged file
is ignored, as the directory snapshot is), and each pattern by the engine itself, which validates
the code it is given. Anything wrong, or an interpreter whose engine is not CPython's, and the
pattern is compiled as usual: the cache only ever saves time. ``ONCODIR_CACHE=0`` turns it off.
"""

from __future__ import annotations

import importlib
import re
import sys
from array import array
from typing import Any

from oncodir.storage import cache


def _engine() -> tuple[Any, Any, Any]:
    """CPython's matching engine and the parts of ``re`` that compile for it (None elsewhere)."""
    try:
        engine = importlib.import_module("_sre")
        try:
            return engine, importlib.import_module("re._compiler"), importlib.import_module("re._parser")
        except ImportError:  # (Python 3.10 names them sre_compile and sre_parse)
            return engine, importlib.import_module("sre_compile"), importlib.import_module("sre_parse")
    except ImportError:
        return None, None, None


_sre, _compiler, _parser = _engine()

# One pattern's compiled form: final flags, code (as machine words), groups, group names and their numbers.
Kept = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]

_NAME = "regex.marshal"
_KEY = ("regex", 1, sys.version, getattr(_sre, "MAGIC", None), getattr(_sre, "CODESIZE", None))
_WORD = {2: "H", 4: "I", 8: "Q"}.get(getattr(_sre, "CODESIZE", 0))
_USABLE = sys.implementation.name == "cpython" and _compiler is not None and _WORD is not None


def _load() -> dict[tuple[str, int], Kept]:
    data = cache.read(_NAME, _KEY) if _USABLE else None
    kept = data.get("patterns") if data else None
    return kept if isinstance(kept, dict) else {}


_kept = _load()
_used: dict[tuple[str, int], Kept] = {}  # the patterns of this process, kept again when some were new
_new = False


def compiled(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the kept compiled form when there is one."""
    global _new
    key = (pattern, int(flags))
    if not _USABLE:
        return re.compile(pattern, flags)
    form = _kept.get(key)
    if form is not None:
        built = _built(pattern, form)
        if built is not None:
            _used[key] = form
            return built
    form = _compile(pattern, int(flags))
    built = _built(pattern, form) if form is not None else None
    if form is None or built is None:
        return re.compile(pattern, flags)
    _used[key] = form
    _new = True
    return built


def keep() -> None:
    """Save the compiled forms for later runs, when this run compiled some afresh (cheap otherwise)."""
    global _new
    if _new and _USABLE:
        _new = False
        cache.write_file(_NAME, _KEY, {"patterns": dict(_used)})


def _compile(pattern: str, flags: int) -> Kept | None:
    """The compiled form of a pattern, as ``re.compile`` makes it."""
    try:
        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        names = {str(k): int(v) for k, v in parsed.state.groupdict.items()}
        numbers: list[str | None] = [None] * parsed.state.groups
        for name, number in names.items():
            numbers[number] = name
        return (
            int(flags | parsed.state.flags),
            array(_WORD or "I", code).tobytes(),
            int(parsed.state.groups - 1),
            names,
            tuple(numbers),
        )
    except (AttributeError, TypeError, ValueError, OverflowError):  # an engine unlike the one this was written for
        return None


def _built(pattern: str, form: Any) -> re.Pattern[str] | None:
    """The pattern made from its compiled form, or None if the form is not one the engine accepts."""
    try:
        flags, code, groups, names, numbers = form
        built: re.Pattern[str] = _sre.compile(
            pattern, flags, array(_WORD or "I", code).tolist(), groups, names, numbers
        )
    except (TypeError, ValueError, RuntimeError, OverflowError):  # (the engine refuses code it cannot run)
        return None
    return built
