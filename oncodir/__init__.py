"""oncodir: a command-line directory of cancer hospitals and their oncology departments.

Code map, in layers; a module imports only from the layers below it, never upwards::

    cli/            the command line (Typer): app and help order in __init__, the one guard
                    (errors -> one line + exit code, broken pipes, Ctrl-C) in group, shared
                    options in options, one module per command group: find, browse (show,
                    list), compare, records (import, export, validate, extract); shell
                    completion; share (printing Markdown and GeoJSON when chosen)
    narrow          through the query index, the records that may answer or explain a
                    query (a superset), for explain, search and browse to answer from
    explain         the answer to a Query, or a true account of why nothing matched
    search          a Query -> ranked results, each saying why it matched
    query           what was typed -> a Query (known names joined, words that carry no
                    criterion set aside, capitals read as abbreviations)
    mentions        does a record's text hold these words (whole words, a person, capitals)
    browse          one record by name (show), the counts behind list
    compare         records side by side: a row per fact, which facts differ
    suggest         "did you mean" (rapidfuzz, imported only when wanted)
    importer        reading files to import, normalising records, the all-or-nothing import
    extract/        a draft record from a web page's text: draft (name, hospital, place,
                    terms), facts (counts, people, dates, programmes)
    checks          the one rule set: validate, import and data/build.py all use it
    output, views   machine formats (TSV, CSV, JSON...) and, with Rich, tables and detail views
    markdown        GitHub-flavoured Markdown for letters and wikis, every data text escaped
    geojson         an RFC 7946 FeatureCollection, each record at its city's coordinates
    details         a record's facts as labelled lines: piped show, Rich views, the footer
    csvcells        CSV cells that read back as the same field values
    storage/        paths (every location), read (files -> Directory), cache (snapshots),
                    index (the query index: SQLite beside a user database), index_build
                    (building it, opening it for a query), index_sweep (old
                    indexes removed), looked (its lazy hospital names), write (locked, atomic writes;
                    only import writes)
    directory       Directory: the records in memory, the term index, hospitals(),
                    departments_of(), origin(), names(), known()
    models          record fields and field groups, how each field reads as text, record shape
    vocabulary, geo the cancer and treatment vocabulary; the gazetteer of cities and distances
    text, errors    normalising and cleaning text for terminals; domain errors and exit codes
    forking         pure work split over two processors (a forked child makes half of it):
                    extract's readers on a big page, the rows and checks of an index build

Rules of the query path (``oncodir find ... | ...``), kept by tests/test_speed.py: start-up
imports neither Rich (only to draw a table), rapidfuzz (only for suggestions), filelock (only
to write), csv, tempfile, hashlib, nor the Markdown and GeoJSON writers (only when
chosen); with a user database, find, show and list read the query index and parse only the
records that may answer (never the database file or TinyDB); the bundled directory alone
comes from the snapshot cache (without sqlite3) when it has not changed; a concept query
visits only the records the term index lists. search, browse and the core below them never
import Typer or Rich, and never print: commands hand their results to output or views, and
every string from data or the user passes through :func:`oncodir.text.clean` before it
reaches a terminal.
"""

__version__ = "0.1.0"
