"""Where databases live and how they are read, cached and written.

- :mod:`~oncodir.storage.paths`: every location (bundled file, user database, cache directory);
- :mod:`~oncodir.storage.read`: parsing database files and loading them into a Directory;
- :mod:`~oncodir.storage.cache`: the snapshot cache that lets a query skip that work;
- :mod:`~oncodir.storage.write`: locked, atomic writes to the user database (import only).

Nothing here imports the write side until a command writes.
"""
