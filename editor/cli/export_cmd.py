"""`export EDITION... --format FMT -o OUT`: write cleaned editions in the formats newsrooms use.

One input: OUT is the file (or the folder/archive of a one-file-per-article export). Several
inputs or a folder: OUT is a folder with one output per edition, exported in parallel
processes. A failed input is reported in one line; the others are still exported.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from editor.core.export import FORMATS, ExportOptions, export_edition
from editor.core.export.json_import import load_json_export
from editor.core.fileio import OutputError, file_identity
from editor.core.filenames import UniqueNames
from editor.core.model import Edition
from editor.core.pipeline import load_edition
from editor.core.reading import InputError, read_source
from editor.core.repair import DEFAULT_THRESHOLD, open_findings

EDITION_SUFFIXES = (".txt", ".json")
# In a folder, NAME.p1.txt, NAME.p2.txt … are the pages of one edition NAME.
PAGE_FILE = re.compile(r"^(?P<name>.+)\.p(?P<page>\d+)\.txt$", re.IGNORECASE)


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "export",
        help="export editions as structured files",
        description="Export editions (text files, or JSON exports to convert). One input: OUT "
        "is a file. Several inputs or a folder: OUT is a folder with one output per edition. "
        "In a folder, NAME.p1.txt, NAME.p2.txt … are read as the pages of one edition. "
        "NITF and --per-article write one file per article, into a folder (or a zip, --zip).",
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="EDITION", help="edition files (.txt, .json) or folders"
    )
    parser.add_argument("--format", choices=tuple(FORMATS), default="json", help="output format")
    parser.add_argument(
        "-o", "--output", required=True, metavar="OUT", help="output file or folder"
    )
    parser.add_argument("--no-captions", action="store_true", help="leave photo captions out")
    parser.add_argument("--no-bylines", action="store_true", help="leave bylines out")
    parser.add_argument("--no-datelines", action="store_true", help="leave datelines out")
    parser.add_argument(
        "--per-article", action="store_true", help="one file per article (md, html, txt, docx)"
    )
    parser.add_argument("--zip", action="store_true", help="write NITF documents into a .zip")
    parser.add_argument("--no-repair", action="store_true", help="export the structure as parsed")
    parser.add_argument("--pages", action="store_true",
                        help="the EDITION files are the pages of one edition, in order")
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        help=f"confidence at which auto-repair applies a fix (default {DEFAULT_THRESHOLD})",
    )
    parser.add_argument(
        "--jobs", type=int, metavar="N", help="parallel processes (default: CPUs, at most inputs)"
    )
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class Job:
    """One edition to export: everything a worker process needs, and nothing more."""

    name: str
    pages: tuple[Path, ...]
    target: Path
    fmt: str
    options: ExportOptions
    repair: bool
    threshold: float
    keep: tuple[Path, ...] = ()  # files the export must not replace (see `_jobs`)


@dataclass
class Outcome:
    """What became of one edition: the files written and the findings left, or why it failed."""

    source: str
    files: list[Path] = field(default_factory=list)
    findings: Counter[str] = field(default_factory=Counter)
    error: str | None = None
    warnings: list[str] = field(default_factory=list)  # notices about its sources


def _load(job: Job, outcome: Outcome) -> Edition:
    first = job.pages[0]
    if len(job.pages) == 1 and first.suffix.lower() == ".json":
        return load_json_export(read_source(first).text)
    loaded = load_edition(job.pages, repair=job.repair, threshold=job.threshold)
    outcome.warnings = [notice.message for notice in loaded.notices]
    return loaded.edition


def export_one(job: Job) -> Outcome:
    """Export one edition; never raises, so one bad file cannot stop a batch."""
    outcome = Outcome(job.name)
    try:
        edition = _load(job, outcome)
        outcome.files = export_edition(
            edition, job.fmt, job.target, job.options, keep=job.pages + job.keep
        )
        outcome.findings = Counter(f.kind.value for f in open_findings(edition))
    except InputError as error:
        outcome.error = str(error) if error.path else f"{job.name}: {error}"
    except OutputError as error:
        outcome.error = str(error)
    except Exception as error:  # a bug must not cost the user the rest of the batch
        outcome.error = (
            f"{job.name}: unexpected error ({type(error).__name__}: {error}); please report it"
        )
    return outcome


@dataclass(frozen=True)
class EditionFiles:
    """One edition to read: how to call it, the stem of its output, its page files in order."""

    name: str
    stem: str
    pages: tuple[Path, ...]


def _folder_editions(folder: Path) -> list[EditionFiles]:
    """The editions in a folder: each .txt/.json file, page files grouped in page order."""
    groups: dict[str, list[tuple[int, Path]]] = {}
    editions: list[EditionFiles] = []
    for path in sorted(folder.iterdir()):
        if not path.is_file() or path.suffix.lower() not in EDITION_SUFFIXES:
            continue
        page = PAGE_FILE.match(path.name)
        if page:
            groups.setdefault(page["name"], []).append((int(page["page"]), path))
        else:
            editions.append(EditionFiles(str(path), path.stem, (path,)))
    for stem, pages in groups.items():
        files = tuple(p for _, p in sorted(pages))
        editions.append(EditionFiles(str(folder / f"{stem}.p*.txt"), stem, files))
    return sorted(editions, key=lambda e: e.stem)


def _editions(paths: list[str]) -> tuple[list[EditionFiles], list[str]]:
    """The editions named, a folder standing for those in it; and the problems on the way."""
    found: list[EditionFiles] = []
    problems: list[str] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            inside = _folder_editions(path)
            if not inside:
                problems.append(f"{path}: no edition files (.txt or .json) in this folder")
            found.extend(inside)
        else:
            found.append(EditionFiles(raw, path.stem, (path,)))
    return found, problems


def _jobs(
    options: argparse.Namespace, editions: list[EditionFiles], export: ExportOptions
) -> list[Job]:
    """A job per edition, with its target: OUT itself for one input, else a name inside OUT.

    A target that is the input file of any edition of the run goes in that job's `keep`,
    so the export refuses to replace it: writing `-o .` beside the inputs, or naming an
    input as OUT, must not destroy an edition (or one another edition still has to read).
    """
    writer = FORMATS[options.format]
    inputs = {file_identity(page) for edition in editions for page in edition.pages}
    inputs.discard(None)
    out = Path(options.output)
    one_input = options.pages or (
        len(options.inputs) == 1 and not Path(options.inputs[0]).is_dir()
    )
    to_folder = writer.splits(export) and not export.zip
    extension = "zip" if export.zip else ("" if to_folder else writer.extension)
    names = UniqueNames()
    jobs = []
    for edition in editions:
        target = out / names.name(edition.stem, extension, "edition")
        # One input goes to OUT itself, unless OUT is a folder to put a single file in.
        if one_input and (to_folder or not out.is_dir()):
            target = out
        keep = (target,) if inputs and file_identity(target) in inputs else ()
        jobs.append(
            Job(
                edition.name,
                edition.pages,
                target,
                options.format,
                export,
                not options.no_repair,
                options.threshold,
                keep,
            )
        )
    return jobs


def _usage_problem(options: argparse.Namespace) -> str | None:
    writer = FORMATS[options.format]
    if not 0.0 <= options.threshold <= 1.0:
        return "--threshold must be between 0 and 1"
    if options.jobs is not None and options.jobs < 1:
        return "--jobs must be at least 1"
    if options.zip and "zip" not in writer.options:
        return f"--zip applies to --format nitf, not {options.format}"
    if options.per_article and "per_article" not in writer.options:
        return f"--per-article is not available for --format {options.format}"
    return None


class Progress:
    """A one-line progress bar on a terminal; silent when stderr is a file or a pipe."""

    WIDTH = 28

    def __init__(self, total: int, stream: TextIO) -> None:
        self.total = total
        self.stream = stream
        self.done = 0
        self.active = total > 1 and stream.isatty()

    def step(self, name: str) -> None:
        self.done += 1
        if not self.active:
            return
        filled = self.WIDTH * self.done // self.total
        bar = "#" * filled + "-" * (self.WIDTH - filled)
        self.stream.write(f"\r[{bar}] {self.done}/{self.total} {name[:40]:<40}")
        self.stream.flush()

    def close(self) -> None:
        if self.active:
            self.stream.write("\n")
            self.stream.flush()


def _run_all(jobs: list[Job], workers: int) -> Iterator[tuple[int, Outcome]]:
    """(index of the job, its outcome), in the order they finish."""
    if workers == 1:
        yield from enumerate(map(export_one, jobs))
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(export_one, job): k for k, job in enumerate(jobs)}
        for future in as_completed(futures):
            yield futures[future], future.result()


def _summary_line(outcome: Outcome) -> str:
    where = str(outcome.files[0]) if len(outcome.files) == 1 else f"{len(outcome.files)} files"
    total = sum(outcome.findings.values())
    if not total:
        left = "no findings left"
    else:
        kinds = ", ".join(f"{kind} {n}" for kind, n in sorted(outcome.findings.items()))
        left = f"{total} finding{'s' if total != 1 else ''} left: {kinds}"
    return f"{outcome.source} -> {where} ({left})"


def run(options: argparse.Namespace) -> int:
    problem = _usage_problem(options)
    if problem:
        print(f"export: {problem}", file=sys.stderr)
        return 2
    editions, problems = _editions(options.inputs)
    if options.pages and editions:
        # The page files of one edition: one output, named after the first page.
        pages = tuple(page for edition in editions for page in edition.pages)
        editions = [EditionFiles(" + ".join(str(p) for p in pages), pages[0].stem, pages)]
    for line in problems:
        print(f"export: {line}", file=sys.stderr)
    export = ExportOptions(
        captions=not options.no_captions,
        bylines=not options.no_bylines,
        datelines=not options.no_datelines,
        per_article=options.per_article,
        zip=options.zip,
    )
    jobs = _jobs(options, editions, export)
    workers = min(options.jobs or os.cpu_count() or 1, max(len(jobs), 1))
    progress = Progress(len(jobs), sys.stderr)
    outcomes: dict[int, Outcome] = {}
    for index, outcome in _run_all(jobs, workers):
        outcomes[index] = outcome
        progress.step(Path(outcome.source).name)
    progress.close()
    ordered = [outcomes[k] for k in range(len(jobs))]
    for outcome in ordered:
        for warning in outcome.warnings:
            print(f"export: warning: {warning}", file=sys.stderr)
    failed = [o for o in ordered if o.error]
    for outcome in failed:
        print(f"export: {outcome.error}", file=sys.stderr)
    for outcome in ordered:
        if not outcome.error:
            print(_summary_line(outcome))
    written = sum(len(o.files) for o in ordered)
    print(
        f"exported {len(ordered) - len(failed)} of {len(ordered)} editions, "
        f"{written} file{'s' if written != 1 else ''} written"
        + (f", {len(failed)} failed" if failed else "")
    )
    return 1 if failed or problems else 0
