"""Where databases live and how they are read, cached and written.

- :mod:`~oncodir.storage.paths`: every location (bundled file, user database, cache directory);
- :mod:`~oncodir.storage.read`: parsing database files and loading them into a Directory;
- :mod:`~oncodir.storage.cache`: the snapshot cache that lets a query skip that work;
- :mod:`~oncodir.storage.index`: the query index beside a user database (SQLite): candidates,
  records and list counts, checked before they are served;
- :mod:`~oncodir.storage.index_build`: building the index when a database changed (on a big
  database, half its rows and half the records' checks in a forked child), and opening it for a
  query;
- :mod:`~oncodir.storage.write`: locked, atomic writes to the user database (import only).

Nothing here imports the write side until a command writes.
"""
