"""Drafting records from the text of hospital web pages, for a person to check and import.

:mod:`~oncodir.extract.draft` assembles the record (name, hospital, place, vocabulary terms);
:mod:`~oncodir.extract.facts` reads the counts, people, dates and programmes from sentences.
Imported only by ``oncodir extract``.
"""

from oncodir.extract.draft import draft

__all__ = ["draft"]
