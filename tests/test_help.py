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
    assert "oncodir find melanoma" in out
    assert "Informational only" in out
    assert "--db" in out
    assert "--no-bundled" in out


@pytest.mark.parametrize(
    ("command", "example"),
    [
        ("find", "oncodir find melanoma"),
        ("show", 'oncodir show "Zhejiang Cancer Hospital"'),
        ("list", "oncodir list hospitals"),
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
