"""``--help`` and ``--version``: every command has help with an example; bare ``oncodir`` prints help."""

from __future__ import annotations

import re

import pytest

import oncodir


def test_version(invoke):
    code, out, err = invoke("--version")
    assert code == 0
    assert err == ""
    assert out == f"oncodir {oncodir.__version__}\n"
    assert re.fullmatch(r"\d+\.\d+\.\d+\S*", oncodir.__version__)


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_app_help(invoke, flag):
    code, out, err = invoke(flag)
    assert code == 0
    assert err == ""
    assert "Usage:" in out
    for command in ("find", "show", "list"):
        assert re.search(rf"^\s+{command}\s", out, re.M), command
    assert "Examples:" in out
    # each example on a line of its own, not run together into a paragraph
    assert re.search(r"^\s+oncodir find melanoma$", out, re.M)
    assert "\\b" not in out
    assert "Informational only" in out
    assert "--db" in out
    assert "--no-bundled" in out


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("find", "oncodir find melanoma"),
        ("show", 'oncodir show "Zhejiang Cancer Hospital"'),
        ("list", "oncodir list hospitals"),
        ("compare", 'oncodir compare CHUCAS "Beijing Cancer Hospital" --format markdown'),
    ],
)
@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_command_help(invoke, command, example, flag):
    code, out, err = invoke(command, flag)
    assert code == 0
    assert err == ""
    assert out.startswith(f"Usage: oncodir {command}")
    assert "Examples:" in out
    assert example in out
    assert "--format" in out


def test_find_help_lists_every_option(invoke):
    code, out, _ = invoke("find", "--help")
    assert code == 0
    for option in ("--cancer", "--treatment", "--city", "--hospital", "--near", "--within", "--limit", "--fields"):
        assert option in out


def test_no_arguments_prints_help(invoke):
    code, out, err = invoke()
    assert code == 0
    assert err == ""
    lines = out.splitlines()
    assert lines[0].startswith("Usage: oncodir")
    assert "Commands:" in lines
    assert "Informational only" in out


@pytest.mark.parametrize(
    ("argv", "names"),
    [
        (["find", "melanoma"], ["find"]),
        (["--db", "x.json", "show", "-"], ["show"]),
        (["--db=x.json", "--no-bundled", "list", "cities"], ["list"]),
        (["--help"], ["find", "list", "show", "compare", "import", "export", "validate", "extract"]),
        ([], ["find", "list", "show", "compare", "import", "export", "validate", "extract"]),
        (["fnd", "melanoma"], ["find", "list", "show", "compare", "import", "export", "validate", "extract"]),
    ],
)
def test_a_run_builds_only_the_command_it_names(argv, names):
    from oncodir.cli import commands_for

    assert [name for name, _, _ in commands_for(argv)] == names


def test_a_mistyped_command_still_gets_did_you_mean(run_cli):
    proc = run_cli("fnd", "melanoma")
    assert proc.returncode == 2
    assert b"Did you mean 'find'?" in proc.stderr
