"""Standard streams in any state: closed, full or broken stdout and stderr, closed stdin, Ctrl-C.

Real processes: a closed descriptor cannot be made with CliRunner, nor with
``subprocess.run(stdout=DEVNULL)``, so bash opens and closes them (``>&-``, ``2>/dev/full``).
What is promised (oncodir.streams): results written and work done exit 0 whatever happened to
stderr; stdout that cannot take the results is one line on stderr and exit 2; a reader that
went away is a quiet exit 0; closed stdin is one line and exit 2; Ctrl-C at any moment is 130.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from helpers import subprocess_env

from oncodir import __version__

FULL = Path("/dev/full")
needs_full = pytest.mark.skipif(not FULL.exists(), reason="no /dev/full on this system")


def shell(tmp_path: Path, redirect: str, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    """Run oncodir under bash with a redirection of its own; stderr is captured through fd 3."""
    work = tmp_path / "cwd"
    work.mkdir(exist_ok=True)
    err = tmp_path / "stderr.txt"
    out = tmp_path / "stdout.txt"
    script = f'exec "$@" >"{out}" 2>"{err}" {redirect}'
    proc = subprocess.run(
        ["bash", "-c", script, "bash", sys.executable, "-m", "oncodir", *args],
        cwd=work,
        env=subprocess_env(tmp_path),
        input=stdin,
        capture_output=True,
        timeout=60,
    )
    proc.stdout = out.read_bytes() if out.exists() else b""
    proc.stderr = err.read_bytes() if err.exists() else b""
    return proc


def one_line(stderr: bytes) -> str:
    text = stderr.decode()
    assert "Traceback" not in text and "internal error" not in text and "Exception ignored" not in text, text
    lines = text.splitlines()
    assert len(lines) == 1, text
    assert lines[0].startswith("oncodir: "), text
    return lines[0]


# --- item 9: stdout closed or full ------------------------------------------------------------


def test_closed_stdout_is_one_line_and_exit_2(tmp_path):
    proc = shell(tmp_path, ">&-", "find", "melanoma")
    assert proc.returncode == 2
    assert "standard output is closed" in one_line(proc.stderr)


@needs_full
@pytest.mark.parametrize(
    "args",
    [("find", "melanoma"), ("show", "CHUCAS"), ("list", "cancers"), ("export", "--all"), ("--help",), ("--version",)],
)
def test_full_stdout_is_one_line_and_exit_2(tmp_path, args):
    proc = shell(tmp_path, ">/dev/full", *args)
    assert proc.returncode == 2
    assert "No space left on device" in one_line(proc.stderr)


def test_import_with_closed_stdout_writes_and_exits_0(tmp_path):
    # import writes nothing to stdout, so a closed stdout is no failure
    records = tmp_path / "in.json"
    records.write_text(json.dumps([{"kind": "hospital", "name": "Closed Stdout Hospital"}]), encoding="utf-8")
    db = tmp_path / "db.json"
    proc = shell(tmp_path, ">&-", "--db", str(db), "import", str(records))
    assert proc.returncode == 0, proc.stderr
    assert "closed-stdout-hospital" in db.read_text(encoding="utf-8")


# --- item 10: stderr closed, full or broken ---------------------------------------------------


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"])
def test_results_exit_0_whatever_stderr(tmp_path, redirect):
    if "full" in redirect and not FULL.exists():
        pytest.skip("no /dev/full")
    proc = shell(tmp_path, redirect, "find", "melanoma")
    assert proc.returncode == 0
    assert b"melanoma" in proc.stdout


@pytest.mark.parametrize("redirect", ["2>&-", "2>/dev/full"])
def test_outcomes_keep_their_codes_without_stderr(tmp_path, redirect):
    if "full" in redirect and not FULL.exists():
        pytest.skip("no /dev/full")
    assert shell(tmp_path, redirect, "find", "melanomma").returncode == 1  # no results
    assert shell(tmp_path, redirect, "find", "--limit", "0", "x").returncode == 2  # usage
    bad = tmp_path / "bad.json"
    bad.write_text('[{"kind": "hospital"}]', encoding="utf-8")  # no name: refused
    db = tmp_path / "db.json"
    assert shell(tmp_path, redirect, "--db", str(db), "import", str(bad)).returncode == 2
    assert not db.exists()


PIPE_STDERR = 'set -o pipefail; "$@" 2>&1 >/dev/null 3>&- | true; echo "${PIPESTATUS[0]}"'


def test_broken_stderr_pipe_keeps_exit_codes(tmp_path):
    work = tmp_path / "cwd"
    work.mkdir()
    for args, code in ((["find", "melanoma"], 0), (["find", "melanomma"], 1), (["find", "--limit", "0", "x"], 2)):
        proc = subprocess.run(
            [
                "bash",
                "-c",
                'set -o pipefail; "$@" 2>&1 >/dev/null 3>&- | true; echo "${PIPESTATUS[0]}"',
                "bash",
                sys.executable,
                "-m",
                "oncodir",
                *args,
            ],
            cwd=work,
            env=subprocess_env(tmp_path),
            capture_output=True,
            timeout=60,
        )
        assert proc.stdout.decode().strip() == str(code), (args, proc.stdout, proc.stderr)


# --- item 20: closed stdin --------------------------------------------------------------------


@pytest.mark.parametrize("command", ["show", "import", "extract"])
def test_closed_stdin_is_one_line_and_exit_2(tmp_path, command):
    proc = shell(tmp_path, "<&-", command, "-")
    assert proc.returncode == 2
    assert "standard input is closed" in one_line(proc.stderr)


# --- item 21: Ctrl-C at any moment ------------------------------------------------------------


# A SIGINT sent while a given module is being imported: deterministic, unlike a timer. The
# hook runs inside the import, as a Ctrl-C arriving during it would.
_INTERRUPT_DURING_IMPORT = """
import os, signal, sys
target = sys.argv.pop(1)

class Interrupt:
    def find_spec(self, name, path=None, target_=None):
        if name == target:
            os.kill(os.getpid(), signal.SIGINT)
        return None

sys.meta_path.insert(0, Interrupt())
sys.argv[0] = "oncodir"
from oncodir.__main__ import main
main()
"""


@pytest.mark.parametrize(
    "module", ["typer", "oncodir.cli", "oncodir.cli.find", "oncodir.storage.read", "oncodir.search"]
)
def test_ctrl_c_during_start_up_imports_exits_130_without_traceback(tmp_path, module):
    proc = subprocess.run(
        [sys.executable, "-c", _INTERRUPT_DURING_IMPORT, module, "find", "melanoma"],
        cwd=tmp_path,
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 130, proc.stderr.decode()
    assert proc.stderr == b"" and proc.stdout == b""


def test_ctrl_c_while_running_exits_130_without_traceback(tmp_path):
    work = tmp_path / "cwd"
    work.mkdir()
    for delay in (0.2, 0.4):
        proc = subprocess.Popen(
            [sys.executable, "-m", "oncodir", "show", "-"],  # waits on stdin
            cwd=work,
            env=subprocess_env(tmp_path),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode == 130, err.decode()
        assert b"Traceback" not in err


def test_entry_point_installs_the_handler_before_the_cli_is_imported():
    code = (
        "import signal, sys\n"
        "import oncodir.__main__ as m\n"
        "sys.argv = ['oncodir', '--version']\n"
        "seen = []\n"
        "real = __import__\n"
        "def spy(name, *a, **k):\n"
        "    if name == 'oncodir.cli' and not seen:\n"
        "        seen.append(True)\n"
        "        print('handler', signal.getsignal(signal.SIGINT) is m._interrupted, flush=True)\n"
        "    return real(name, *a, **k)\n"
        "import builtins; builtins.__import__ = spy\n"
        "m.main()\n"
        "print('main returned')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    # main ends the process itself (no interpreter clean-up), with the command's own status.
    assert proc.stdout.splitlines() == ["handler True", f"oncodir {__version__}"], proc.stdout + proc.stderr
    assert proc.returncode == 0


def test_console_script_is_the_light_entry_point():
    text = (Path(__file__).resolve().parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    assert 'oncodir = "oncodir.__main__:main"' in text


# --- the guard in-process: an OSError from stdout never becomes "internal error" ----------------


class _Full:
    def write(self, text: str) -> int:
        raise OSError(28, "No space left on device")

    def flush(self) -> None:
        raise OSError(28, "No space left on device")

    def isatty(self) -> bool:
        return False


def test_guarded_output_turns_write_errors_into_one_line(monkeypatch, capsys):
    from oncodir.errors import OutputError
    from oncodir.streams import GuardedOutput, QuietOutput

    out = GuardedOutput(_Full())
    with pytest.raises(OutputError, match="No space left"):
        out.write("x")
    with pytest.raises(OutputError, match="closed"):
        GuardedOutput(None).write("x")
    with pytest.raises(BrokenPipeError):

        class _Broken(_Full):
            def write(self, text: str) -> int:
                raise BrokenPipeError

        GuardedOutput(_Broken()).write("x")
    quiet = QuietOutput(_Full())
    assert quiet.write("lost") == 4 and quiet.lost
    assert QuietOutput(None).write("x") == 1


def test_pipe_reader_gone_is_quiet(tmp_path):
    proc = subprocess.run(
        [
            "bash",
            "-c",
            '"$@" | head -c 1 >/dev/null; echo "${PIPESTATUS[0]}"',
            "bash",
            sys.executable,
            "-m",
            "oncodir",
            "export",
            "--all",
            "--format",
            "jsonl",
        ],
        cwd=tmp_path,
        env=subprocess_env(tmp_path),
        capture_output=True,
        timeout=60,
    )
    assert proc.stdout.decode().strip() == "0"
    assert proc.stderr == b""


def test_os_exit_status_names():
    from oncodir.__main__ import INTERRUPTED
    from oncodir.errors import ExitCode

    assert ExitCode.INTERRUPTED == INTERRUPTED == 128 + signal.SIGINT
    assert os.devnull
