"""`check EDITION...`: list what auto-repair would fix and what it leaves for an editor."""

from __future__ import annotations

import argparse
import json
import sys

from editor.core.findings.base import source_lines
from editor.core.findings.explain import explain
from editor.core.pipeline import build_edition, read_sources
from editor.core.project import ProjectError, is_project, load_project
from editor.core.reading import InputError
from editor.core.repair import DEFAULT_THRESHOLD, auto_repair, open_findings


def add_parser(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser(
        "check", help="list the findings of an edition",
        description="List the findings of an edition: the repairs auto-repair applies and those "
        "it leaves for an editor, with kind, confidence, explanation and source lines.",
    )
    parser.add_argument("files", nargs="+", metavar="EDITION",
                        help="edition text file; several files are pages of one edition")
    parser.add_argument("--json", action="store_true", help="print the findings as JSON")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD,
                        help="confidence at which auto-repair applies a fix "
                        f"(default {DEFAULT_THRESHOLD})")
    parser.set_defaults(run=run)


def run(options: argparse.Namespace) -> int:
    if not 0.0 <= options.threshold <= 1.0:
        print("check: --threshold must be between 0 and 1", file=sys.stderr)
        return 2
    rows = []
    try:
        if len(options.files) == 1 and is_project(options.files[0]):
            # A saved project: its repairs were applied when it was imported.
            project = load_project(options.files[0])
            edition, ignored = project.edition, project.ignored
            for repair in edition.repairs:
                rows.append(_row(repair.kind.value, repair.confidence, explain(repair),
                                 not repair.reverted,
                                 source_lines(edition, repair.block_ids), repair.evidence))
        else:
            edition, ignored = _repaired(read_sources(options.files), options.threshold, rows)
    except (InputError, ProjectError) as error:
        print(f"check: {error}", file=sys.stderr)
        return 2
    for finding in open_findings(edition, ignored):
        rows.append(_row(finding.kind.value, finding.confidence, explain(finding), False,
                         source_lines(edition, finding.block_ids), finding.evidence))
    if options.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    _print_report(options.files, rows)
    return 0


def _repaired(sources, threshold: float, rows: list[dict]):
    """Parse and auto-repair, listing each repair with the source lines it was made at;
    what the reader should know about the sources is said first, on stderr."""
    loaded = build_edition(sources, repair=False)
    for notice in loaded.notices:
        print(f"check: warning: {notice.message}", file=sys.stderr)
    edition = loaded.edition
    # Locations are read before repair merges and moves the blocks.
    before = {b.id: source_lines(edition, (b.id,)) for b in edition.all_blocks()}
    for repair in auto_repair(edition, threshold).repairs:
        where = [loc for b in repair.block_ids for loc in before.get(b, [])]
        # A block an earlier pass made has no entry from before: read it where it is now.
        rows.append(_row(repair.kind.value, repair.confidence, explain(repair), True,
                         where or source_lines(edition, repair.block_ids), repair.evidence))
    return edition, set()


def _row(kind, confidence, explanation, applied, lines, evidence) -> dict:
    return {
        "kind": kind,
        "confidence": round(confidence, 2),
        "explanation": explanation,
        "applied": applied,
        "location": [{"file": name, "line": line} for name, line in lines],
        "evidence": evidence,
    }


def _print_report(files: list[str], rows: list[dict]) -> None:
    applied = [r for r in rows if r["applied"]]
    left = [r for r in rows if not r["applied"]]
    print(f"{', '.join(files)}: {len(applied)} repairs applied, {len(left)} findings left "
          "for an editor")
    for title, group in (("Repaired automatically", applied), ("For an editor", left)):
        if not group:
            continue
        print(f"\n{title}:")
        for row in group:
            where = ", ".join(f"{loc['file']}:{loc['line']}" for loc in row["location"][:2])
            print(f"  [{row['confidence']:.2f}] {row['kind']:<22} {where:<28} {row['explanation']}")
