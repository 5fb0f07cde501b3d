"""`export EDITION... --format json -o OUT`: write the cleaned edition as structured files."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from editor.core.export.json_format import render
from editor.core.export.walk import view_edition
from editor.core.fileio import OutputError, atomic_write_text
from editor.core.pipeline import load_edition
from editor.core.reading import InputError
from editor.core.repair import DEFAULT_THRESHOLD

FORMATS = ("json",)


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export", help="export editions as structured files",
        description="Export editions. One input: OUT is a file. Several inputs or a folder: OUT "
        "is a folder with one file per edition.",
    )
    parser.add_argument("inputs", nargs="+", metavar="EDITION", help="edition text files or folders")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format")
    parser.add_argument("-o", "--output", required=True, metavar="OUT", help="output file or folder")
    parser.add_argument("--no-repair", action="store_true", help="export the structure as parsed")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="confidence at which auto-repair applies a fix")
    parser.set_defaults(run=run)


def _inputs(paths: list[str]) -> list[Path]:
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix.lower() == ".txt"))
        else:
            found.append(path)
    return found


def run(options: argparse.Namespace) -> int:
    inputs = _inputs(options.inputs)
    single = len(options.inputs) == 1 and not Path(options.inputs[0]).is_dir()
    out = Path(options.output)
    failed = 0
    for path in inputs:
        target = out if single else out / (path.stem + ".json")
        try:
            loaded = load_edition([path], repair=not options.no_repair, threshold=options.threshold)
            if not single:
                out.mkdir(parents=True, exist_ok=True)
            atomic_write_text(target, render(view_edition(loaded.edition)))
        except (InputError, OutputError) as error:
            print(f"export: {error}", file=sys.stderr)
            failed += 1
    return 1 if failed else 0
