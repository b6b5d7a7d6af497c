"""The shape of the code: a one-way import graph, no private names across modules, short modules."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

PACKAGE = ROOT / "oncodir"
MAX_LINES = 400


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path) -> list[tuple[str, str]]:
    """(module, name) for every ``from oncodir... import name`` in a file, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "oncodir":
            found += [(node.module, alias.name) for alias in node.names]
        elif isinstance(node, ast.Import):
            found += [(alias.name, "") for alias in node.names if alias.name.split(".")[0] == "oncodir"]
    return found


def graph() -> dict[str, set[str]]:
    modules = {module_name(p): p for p in PACKAGE.rglob("*.py")}
    edges: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets = set()
        for module, imported in imports(path):
            submodule = f"{module}.{imported}"
            targets.add(submodule if submodule in modules else module)
        # The package itself only holds the version; importing it is not a dependency.
        edges[name] = targets - {name, "oncodir"}
    return edges


def test_the_import_graph_has_no_cycle():
    edges = graph()
    done: set[str] = set()

    def visit(module: str, path: list[str]) -> None:
        assert module not in path, " -> ".join([*path[path.index(module) :], module])
        if module in done:
            return
        for target in sorted(edges.get(module, ())):
            visit(target, [*path, module])
        done.add(module)

    for module in sorted(edges):
        visit(module, [])


def test_no_private_name_is_imported_across_modules():
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "data").glob("*.py")]
    private = [
        f"{path.relative_to(ROOT)}: {module}.{name}"
        for path in files
        for module, name in imports(path)
        if name.startswith("_") and not name.startswith("__")
    ]
    assert private == []


def test_commands_never_import_the_app_module():
    # The app registers the commands; a command importing it back would make a cycle again.
    for path in (PACKAGE / "cli").glob("*.py"):
        if path.name != "__init__.py":
            assert ("oncodir.cli", "app") not in imports(path), path.name


def test_core_modules_import_neither_typer_nor_rich():
    for name in (
        "search",
        "browse",
        "suggest",
        "directory",
        "models",
        "checks",
        "importer",
        "vocabulary",
        "geo",
        "compare",
        "markdown",
        "geojson",
    ):
        source = (PACKAGE / f"{name}.py").read_text(encoding="utf-8")
        tree = ast.parse(source)
        roots = {
            alias.name.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.Import) for alias in node.names
        } | {node.module.split(".")[0] for node in ast.walk(tree) if isinstance(node, ast.ImportFrom) and node.module}
        assert not roots & {"typer", "rich", "click"}, name


def test_no_module_is_longer_than_400_lines():
    files = [*PACKAGE.rglob("*.py"), *(ROOT / "tests").rglob("*.py"), *(ROOT / "data").glob("*.py")]
    long = {
        str(p.relative_to(ROOT)): n for p in files if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_every_module_starts_with_a_docstring():
    missing = [
        str(p.relative_to(ROOT)) for p in PACKAGE.rglob("*.py") if ast.get_docstring(ast.parse(p.read_text())) is None
    ]
    assert missing == []


def test_command_modules_keep_their_annotations_evaluated():
    # With postponed annotations Typer evaluates every option's annotation string on each run.
    for name in ("__init__", "find", "browse", "compare", "records"):
        tree = ast.parse((PACKAGE / "cli" / f"{name}.py").read_text(encoding="utf-8"))
        future = [n for n in tree.body if isinstance(n, ast.ImportFrom) and n.module == "__future__"]
        assert future == [], name


def test_command_modules_keep_their_annotations_as_objects():
    """Typer reads each command's parameters from its annotations on every run: written as
    strings (``from __future__ import annotations``) they are evaluated again each time,
    which cost a piped query a few milliseconds of its start-up. So are the signatures of the
    autocompletion functions (cli/complete.py), about 40 evaluations on every run."""
    commands = [
        PACKAGE / "cli" / f"{name}.py" for name in ("__init__", "find", "browse", "compare", "records", "complete")
    ]
    postponed = [
        p.name
        for p in commands
        if any(
            isinstance(node, ast.ImportFrom) and node.module == "__future__"
            for node in ast.parse(p.read_text(encoding="utf-8")).body
        )
    ]
    assert postponed == []
