"""Domain exceptions and the exit codes they map to.

The CLI is the only place that turns these into messages; everything below it raises.
Exit codes follow grep: 0 results, 1 no results, 2 errors; 130 when interrupted (Ctrl-C),
as a shell reports a process ended by SIGINT.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    NO_RESULTS = 1
    ERROR = 2
    INTERRUPTED = 130


class OncodirError(Exception):
    """An expected failure: shown to the user as one line on stderr."""

    exit_code: ExitCode = ExitCode.ERROR


class UsageError(OncodirError):
    """The command line asks for something that cannot be done."""


class ProblemsFound(OncodirError):
    """``oncodir validate`` found problems in a database (each already printed on its own line)."""


class DatabaseError(OncodirError):
    """A database file is missing, unreadable or malformed."""

    def __init__(self, path: object, problem: str) -> None:
        super().__init__(f"database {path}: {problem}")
        self.path = path
        self.problem = problem


class NoResults(OncodirError):
    """Nothing matched; may carry "did you mean" suggestions."""

    exit_code = ExitCode.NO_RESULTS

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []


class Ambiguous(OncodirError):
    """A name matched more than one record."""

    def __init__(self, name: str, candidates: list[tuple[str, str]]) -> None:
        super().__init__(f"{name!r} matches {len(candidates)} records; name one by id")
        self.name = name
        self.candidates = candidates


class InputError(OncodirError):
    """A file to import or extract from is unreadable, or holds an invalid record."""


class OutputError(OncodirError):
    """Standard output cannot take the results (closed, or the disk is full); a reader that
    went away (a broken pipe) is not this, but a quiet end."""
