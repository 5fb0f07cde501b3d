"""Where the time goes: the profiles behind the figures of `run.py`, to reproduce them.

    uv run python benchmarks/hotspots.py core [--mb 1]      # parse + auto-repair, cProfile
    uv run python benchmarks/hotspots.py detectors [--mb 1] # each detector once, and the passes
    uv run python benchmarks/hotspots.py edits [--articles 5000]  # window edits, cProfile

cProfile adds its own cost to every Python call: read the profiles for proportions and
call counts; take times from `run.py`.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from editor.core.generate import generate_text  # noqa: E402
from editor.core.reading import source_from_text  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from caches import cold_caches  # noqa: E402

BYTES_PER_ARTICLE = 560


def _edition_text(megabytes: float) -> str:
    return generate_text(max(1, int(megabytes * 1_000_000 / BYTES_PER_ARTICLE)), seed=13)


def _print(profile: cProfile.Profile, limit: int) -> None:
    stats = pstats.Stats(profile)
    for order in ("tottime", "cumulative"):
        print(f"--- by {order}")
        stats.sort_stats(order).print_stats(limit)


def profile_core(megabytes: float, limit: int) -> None:
    from editor.core.parsing import parse_edition
    from editor.core.repair import auto_repair

    sources = [source_from_text(_edition_text(megabytes))]
    start = time.perf_counter()
    edition = parse_edition(sources)
    parsed = time.perf_counter()
    auto_repair(edition)
    print(
        f"parse {parsed - start:.2f} s, repair {time.perf_counter() - parsed:.2f} s "
        f"(unprofiled), {edition.article_count()} articles"
    )
    cold_caches()  # profile the work of a fresh process, not answers cached by the run above
    profile = cProfile.Profile()
    profile.enable()
    auto_repair(parse_edition(sources))
    profile.disable()
    _print(profile, limit)


def profile_detectors(megabytes: float) -> None:
    from editor.core import repair
    from editor.core.findings import detectors
    from editor.core.parsing import parse_edition

    sources = [source_from_text(_edition_text(megabytes))]
    edition = parse_edition(sources)
    for detector in detectors.DETECTORS:
        cold_caches()
        start = time.perf_counter()
        found = list(detector(edition))
        print(
            f"{detector.__name__:26s} {(time.perf_counter() - start) * 1000:8.1f} ms "
            f"{len(found):6d} findings"
        )
    passes: list[tuple[float, int]] = []
    detect = repair.detect

    def timed_detect(*args, **kwargs):
        start = time.perf_counter()
        found = detect(*args, **kwargs)
        confident = sum(1 for f in found if f.confidence >= repair.DEFAULT_THRESHOLD)
        passes.append((time.perf_counter() - start, confident))
        return found

    repair.detect = timed_detect
    cold_caches()  # the detectors above cached their answers: time the passes cold
    try:
        start = time.perf_counter()
        repair.auto_repair(parse_edition(sources))
        total = time.perf_counter() - start
    finally:
        repair.detect = detect
    print(
        f"auto-repair {total:.2f} s in {len(passes)} passes; detect per pass "
        f"(s, confident findings): {[(round(t, 3), n) for t, n in passes]}"
    )


def profile_edits(articles: int, limit: int) -> None:
    """The timed edits of `window_probe.py edits` (not the loading) under cProfile."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import window_probe

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "edition.txt"
        path.write_text(generate_text(articles, seed=37), encoding="utf-8")
        window_probe.PROFILER = cProfile.Profile()
        window_probe.edits(str(path), 10, tmp)
        _print(window_probe.PROFILER, limit)
    sys.stdout.flush()
    os._exit(0)  # skip the teardown of a large window


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("what", choices=("core", "detectors", "edits"))
    parser.add_argument("--mb", type=float, default=1.0, help="edition size for core/detectors")
    parser.add_argument("--articles", type=int, default=5000, help="edition size for edits")
    parser.add_argument("--limit", type=int, default=25, help="lines of each profile")
    options = parser.parse_args()
    if options.what == "core":
        profile_core(options.mb, options.limit)
    elif options.what == "detectors":
        profile_detectors(options.mb)
    else:
        profile_edits(options.articles, options.limit)
    return 0


if __name__ == "__main__":
    sys.exit(main())
