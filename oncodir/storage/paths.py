"""Every location oncodir uses: the bundled database and data files, the user database and the cache.

The user database and the cache follow the platform's conventions (platformdirs' user data and
user cache directories). On Linux that is the XDG rule, computed here directly by
:func:`_user_dir`: importing platformdirs (and the tempfile, random and shutil it pulls in) costs
6-15 ms, a tenth of a whole query. tests/test_speed.py checks that both agree.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "oncodir"
DB_FILENAME = "oncodir.json"
ENV_DB = "ONCODIR_DB"
ENV_BUNDLED = "ONCODIR_BUNDLED"  # another directory in place of the bundled one (tests, packagers)


def _user_dir(xdg_var: str, home_default: tuple[str, ...], platformdirs_name: str) -> Path:
    """oncodir's directory of one kind (data or cache), as platformdirs would give it."""
    if sys.platform.startswith("linux") and "ANDROID_DATA" not in os.environ:
        xdg = os.environ.get(xdg_var, "")
        base = Path(xdg) if xdg.strip() else Path.home().joinpath(*home_default)
        return base / APP
    import platformdirs  # other platforms: the library knows them

    path: Path = getattr(platformdirs, platformdirs_name)(APP, appauthor=False)
    return path


def bundled_path() -> Path:
    """The bundled database: $ONCODIR_BUNDLED, else inside the installed package, else data/."""
    chosen = os.environ.get(ENV_BUNDLED, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    return data_file(DB_FILENAME)


def data_file(name: str) -> Path:
    """A data file shipped with oncodir: inside the installed package, else the source tree's data/.

    When neither exists, the path named is where this installation should have it: the
    source tree's when running from one (it has pyproject.toml), else the package's.
    """
    package = Path(__file__).resolve().parent.parent
    installed = package / "data" / name
    source = package.parent / "data" / name
    if installed.exists() or (not source.exists() and not (package.parent / "pyproject.toml").is_file()):
        return installed
    return source


def default_user_path() -> Path:
    """The user database in the platform's user data directory ($XDG_DATA_HOME or ~/.local/share)."""
    return _user_dir("XDG_DATA_HOME", (".local", "share"), "user_data_path") / DB_FILENAME


def user_db_path(db: str | None) -> tuple[Path, bool]:
    """The user database and whether the user named it (named ones must exist)."""
    if db:
        return Path(db).expanduser(), True
    env = os.environ.get(ENV_DB)
    if env:
        return Path(env).expanduser(), True
    return default_user_path(), False


def cache_dir() -> Path:
    """The platform's user cache directory for oncodir ($XDG_CACHE_HOME or ~/.cache on Linux)."""
    return _user_dir("XDG_CACHE_HOME", (".cache",), "user_cache_path")
