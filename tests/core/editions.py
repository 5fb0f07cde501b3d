"""The editions the tests read: the bundled sample, the fixtures, and the seed when present."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "editions"
SAMPLE = ROOT / "resources" / "sample"
SEEDS = ROOT.parent / "shared" / "seeds"
CONTRACT_KEYS = ("kicker", "headline", "subheadline", "dateline", "bylines", "body", "captions")


@dataclass(frozen=True)
class Case:
    name: str
    pages: tuple[Path, ...]
    expected: Path

    def expected_json(self) -> dict:
        return json.loads(self.expected.read_text(encoding="utf-8"))


def _page_key(path: Path) -> tuple:
    match = re.search(r"\.p(\d+)$", path.stem)
    return (int(match.group(1)) if match else 0, path.name)


def fixture_cases() -> list[Case]:
    cases: dict[str, list[Path]] = {}
    for path in sorted(FIXTURES.glob("*.txt")):
        name = re.sub(r"\.p\d+$", "", path.stem)
        cases.setdefault(name, []).append(path)
    return [
        Case(name, tuple(sorted(pages, key=_page_key)), FIXTURES / f"{name}.expected.json")
        for name, pages in sorted(cases.items())
        if (FIXTURES / f"{name}.expected.json").exists()
    ]


def sample_case() -> Case:
    return Case("sample", (SAMPLE / "page1.txt", SAMPLE / "page2.txt"), SAMPLE / "expected.json")


def seed_cases() -> list[Case]:
    if not SEEDS.is_dir():
        return []
    return [
        Case(path.stem, (path,), path.with_name(path.stem + ".expected.json"))
        for path in sorted(SEEDS.glob("*.txt"))
        if path.with_name(path.stem + ".expected.json").exists()
    ]


def contract_diff(expected: dict, exported: dict) -> list[str]:
    """Differences between two exports on the keys of the contract, as readable lines."""
    problems: list[str] = []
    if expected.get("furniture", []) != exported.get("furniture", []):
        problems.append(f"furniture: {expected.get('furniture')} != {exported.get('furniture')}")
    want, got = expected["sections"], exported["sections"]
    if len(want) != len(got):
        problems.append(f"{len(want)} sections expected, {len(got)} exported")
    for ws, gs in zip(want, got, strict=False):
        for key in ("title", "notes"):
            if ws.get(key) != gs.get(key):
                problems.append(f"section {key}: {ws.get(key)!r} != {gs.get(key)!r}")
        if len(ws["articles"]) != len(gs["articles"]):
            problems.append(f"section {ws['title']!r}: {len(ws['articles'])} articles expected, "
                            f"{len(gs['articles'])} exported")
        for wa, ga in zip(ws["articles"], gs["articles"], strict=False):
            for key in CONTRACT_KEYS:
                if wa.get(key) != ga.get(key):
                    problems.append(f"{wa['headline']!r} {key}: {wa.get(key)!r} != {ga.get(key)!r}")
            if wa.get("jumps", []) != ga.get("jumps", []):
                problems.append(f"{wa['headline']!r} jumps: {wa.get('jumps')} != {ga.get('jumps')}")
    return problems
