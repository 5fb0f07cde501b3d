"""Compare two benchmark runs figure by figure: `compare.py OLD.json NEW.json`.

Prints `name: old → new unit (ratio)` for every figure both runs have. Runs on a shared
machine are noisy: trust ratios of a few tens of percent, not a few percent.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def load(path: str) -> dict:
    return json.loads(Path(path).read_text(encoding="utf-8"))


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    old, new = (load(p) for p in argv)
    for run, label in ((old, "old"), (new, "new")):
        info = run.get("machine", {})
        print(
            f"# {label}: {run.get('when', '?')} {run.get('mode', '?')}, commit "
            f"{info.get('commit', '?')}, {info.get('cpu', '?')} × {info.get('cpus', '?')}"
        )
    for name, figure in new.get("figures", {}).items():
        before = old.get("figures", {}).get(name)
        if before is None:
            continue
        a, b, unit = before["value"], figure["value"], figure["unit"]
        ratio = f"{b / a:.2f}x" if a else "n/a"
        print(f"{name}: {a:.3g} → {b:.3g} {unit} ({ratio})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
