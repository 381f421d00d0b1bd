"""Entry point of ``tnl-jury`` and ``python -m tnl_jury``.

Exit codes: 0 success; 2 bad input or usage (one line on stderr naming what is wrong); 1 an
internal error (one line on stderr, the traceback in the log file). Never a traceback on screen.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, NoReturn

from tnl_jury import APP_NAME, __version__
from tnl_jury.domain.errors import UserError

EXIT_OK, EXIT_INTERNAL, EXIT_USAGE = 0, 1, 2

log = logging.getLogger(__name__)


class UsageError(UserError):
    """Bad command-line usage."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports usage errors as one line and exit code 2."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    from tnl_jury.cli import commands

    parser = _Parser(
        prog=APP_NAME,
        description="Offline deliberation of a graded-label jury "
        "(default: the Territoire Numérique Libre label).",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation end to end, offscreen, in a temporary folder; exit 0 if ok",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    commands.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit code."""
    _utf8_streams()
    args_list = list(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        gui_file = _plain_gui_launch(args_list)
        if gui_file is not False:
            # The window's own launch skips the parser: building it imports every command, and
            # with them SQLAlchemy and the services (about 1 s before the window shows).
            from tnl_jury.cli.gui_launch import run_gui

            return run_gui(gui_file)
        parser = build_parser()
        args = parser.parse_args(args_list)
        if args.self_test:
            from tnl_jury.selftest import main as self_test

            return self_test()
        handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
        if handler is None:  # no command: open the GUI
            from tnl_jury.cli.gui_launch import run_gui

            return run_gui(None)
        return handler(args)
    except UserError as exc:
        _say(str(exc))
        return EXIT_USAGE
    except KeyboardInterrupt:
        _say("interrupted")
        return EXIT_USAGE
    except BrokenPipeError:
        # The reader went away (``tnl-jury audit F list | head``): not an error of ours.
        sys.stderr.close()
        return EXIT_OK
    except Exception as exc:
        from tnl_jury.domain.conditions import hard_condition

        condition = hard_condition(exc, getattr(args, "jury_file", None))
        if condition is not None:  # a full disk, a permission…: a sentence, not a bug
            _say(str(condition))
            return EXIT_USAGE
        log_file = _log_internal_error()
        _say(f"internal error; the details are in {log_file}")
        return EXIT_INTERNAL


def _utf8_streams() -> None:
    """Write standard output and error in UTF-8, whatever the locale.

    Python writes a redirected stream on Windows in the ANSI code page (cp1252 on a French
    Windows): a member named "Żaneta" printed to a file or a pipe raised UnicodeEncodeError
    after the work was done, and every later listing failed the same way. A console keeps
    Python's own Unicode console writer (already UTF-8); the windowed program has no streams.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if reconfigure is not None and encoding != "utf8":
            reconfigure(encoding="utf-8", errors="backslashreplace")
    # Names from outside never drive the terminal (cli/terminal.py).
    from tnl_jury.cli.terminal import SafeStream

    if sys.stdout is not None and not isinstance(sys.stdout, SafeStream):
        sys.stdout = SafeStream(sys.stdout)
    if sys.stderr is not None and not isinstance(sys.stderr, SafeStream):
        sys.stderr = SafeStream(sys.stderr)


def _plain_gui_launch(args: list[str]) -> str | Literal[False] | None:
    """The file of ``tnl-jury`` / ``tnl-jury gui [FILE]`` (None: no file), or False for anything
    else (options included), which goes through the parser."""
    if not args:
        return None
    if args[0] != "gui" or len(args) > 2 or any(a.startswith("-") for a in args[1:]):
        return False
    return args[1] if len(args) == 2 else None


def _say(message: str) -> None:
    first_line = " ".join(message.split())
    print(f"{APP_NAME}: {first_line}", file=sys.stderr)


def _log_internal_error() -> Path | str:
    """Write the current exception's traceback to the log file; return its path."""
    try:
        from tnl_jury.paths import user_log_dir

        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        log_file = folder / "tnl-jury.log"
        handler = logging.FileHandler(log_file, encoding="utf-8")
        logging.getLogger().addHandler(handler)
        log.exception("internal error")
        handler.close()
        logging.getLogger().removeHandler(handler)
        return log_file
    except OSError:
        return "(no log file could be written)"


def print_json(data: Any) -> None:
    """Print ``data`` as indented UTF-8 JSON on stdout."""
    import json  # here: the window's launch goes through this module too

    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
