"""Command line: `check` and `export` sub-commands; with none, the window opens.

Imports core only (and the UI lazily, when the window is asked for).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from editor.cli import check_cmd, export_cmd

PROG = "layout-assistant"


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Layout Assistant (版面助手): rebuild, check and export the structure of "
        "newspaper editions. With no sub-command, opens the window (on FILE if given).",
    )
    sub = parser.add_subparsers(dest="command", metavar="{check,export}")
    check_cmd.add_parser(sub)
    export_cmd.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] not in ("check", "export", "-h", "--help"):
        return _open_window(args)
    parser = build_parser()
    options = parser.parse_args(args)
    if options.command is None:
        parser.print_help()
        return 0
    try:
        return options.run(options)
    except BrokenPipeError:
        # The reader went away (`… | head`): stop quietly, as Unix tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


def _open_window(args: list[str]) -> int:
    parser = argparse.ArgumentParser(prog=PROG, description="Open the Layout Assistant window.")
    parser.add_argument("files", nargs="*", help="edition text file(s) or a saved project")
    options = parser.parse_args(args)
    try:
        from editor.app import run_app
    except ImportError as error:
        print(f"{PROG}: the window cannot start ({error}); the command line still works: "
              f"{PROG} check|export --help", file=sys.stderr)
        return 2
    return run_app(options.files)
