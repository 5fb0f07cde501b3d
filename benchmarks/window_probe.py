"""One window measurement in a fresh process; prints one JSON object on its last line.

Run by `benchmarks/run.py` (QT_QPA_PLATFORM=offscreen), one process per measurement so
start-up and memory are those of a real session:

    window_probe.py first-paint                   # the sample edition, as `main.py` opens it
    window_probe.py open EDITION.txt              # open and show an edition in a running window
    window_probe.py edits EDITION.txt --repeat 25 # merge, split, retype, move, undo, redo
    window_probe.py memory EDITION.txt            # peak RSS with the edition open
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _guard_none_refcount() -> bool:
    """Work around PySide6 6.12.0 on Python 3.11: every call of a void method drops a
    reference to None (a bool one to True/False), so a session dies ("deallocating
    None") after ~10,000 calls.
    Python 3.12+ makes None immortal; here the probe gives it a huge count so the
    measurement can finish. The fix for users is a PySide6 other than 6.12.0."""
    import ctypes

    import PySide6

    if sys.version_info >= (3, 12) or PySide6.__version__ != "6.12.0":
        return False
    for immortal in (None, True, False):
        ctypes.c_ssize_t.from_address(id(immortal)).value += 1 << 40
    return True


GUARDED = _guard_none_refcount()
PROFILER = None  # a cProfile.Profile that `benchmarks/hotspots.py edits` sets: timed parts only


def _emit(result: dict) -> None:
    result["none_refcount_guard"] = GUARDED
    print(json.dumps(result), flush=True)


def _peak_rss_mb() -> float:
    """Peak resident memory of this process (VmHWM; ru_maxrss where /proc is missing)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _settle(app) -> None:
    """Process events until the queue is empty: posted updates, layouts and paints are done."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    for _ in range(4):
        QCoreApplication.sendPostedEvents()
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)


def first_paint(started: float) -> None:
    """Start the application the way `main.py` does and stop at the main window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    imported = time.time()

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
            ):
                self.seen = True
                QTimer.singleShot(0, done)
            return False

    def done() -> None:
        painted = time.time()
        _emit(
            {
                "first_paint_s": painted - started,
                "qt_ready_s": imported - started,
                "peak_rss_mb": _peak_rss_mb(),
            }
        )
        app.quit()

    watcher = FirstPaint()
    app.installEventFilter(watcher)
    QTimer.singleShot(30000, app.quit)  # never hang a benchmark run
    from editor.app import run_app

    run_app([])


def _window(settings_dir: str):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("LayoutAssistantBenchmark")
    from editor.ui.main_window import MainWindow
    from editor.ui.settings import Settings

    window = MainWindow(settings=Settings())
    window.resize(1400, 900)
    window.show()
    _settle(app)
    return app, window


def open_edition(path: str, settings_dir: str) -> None:
    app, window = _window(settings_dir)
    start = time.perf_counter()
    window.open_files([path])
    loaded = time.perf_counter()
    _settle(app)
    shown = time.perf_counter()
    controller = window.controller
    findings_start = time.perf_counter()
    controller.refresh_findings()
    _settle(app)
    findings = time.perf_counter() - findings_start
    _emit(
        {
            "open_s": shown - start,
            "load_s": loaded - start,
            "show_s": shown - loaded,
            "articles": controller.edition.article_count(),
            "recheck_s": findings,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )


def _middle_articles(edition, count: int) -> list[int]:
    """Articles from the middle of the edition with at least three paragraphs."""
    from editor.core.model import Role

    ids = [a.id for a in edition.articles() if sum(b.role == Role.PARAGRAPH for b in a.blocks) >= 3]
    middle = len(ids) // 2
    return (ids[middle:] + ids[:middle])[:count]


def edits(path: str, repeat: int, settings_dir: str) -> None:
    """Latency of each edit through the window's own actions, views refreshed (events settled)."""
    from PySide6.QtGui import QTextCursor

    from editor.core.model import Role

    app, window = _window(settings_dir)
    window.open_files([path])
    _settle(app)
    controller, editor = window.controller, window.editor
    stack = controller.undo_stack
    edition = controller.edition
    timings: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}

    def timed(name: str, action) -> None:
        if PROFILER is not None:
            PROFILER.enable()
        start, start_cpu = time.perf_counter(), time.thread_time()
        action()
        _settle(app)
        timings.setdefault(name, []).append((time.perf_counter() - start) * 1000)
        cpu.setdefault(name, []).append((time.thread_time() - start_cpu) * 1000)
        if PROFILER is not None:
            PROFILER.disable()

    def cursor_in(block_id: int, offset: int) -> None:
        document = editor.document()
        block = document.firstBlock()
        while block.isValid() and block.userState() != block_id:
            block = block.next()
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + offset)
        editor.setTextCursor(cursor)
        controller.select_block(block_id)

    articles = _middle_articles(edition, repeat)
    for article_id in articles:
        controller.select_article(article_id)
        _settle(app)
        paragraphs = [b for b in edition.article(article_id).blocks if b.role == Role.PARAGRAPH]
        first, second = paragraphs[0], paragraphs[1]
        cursor_in(second.id, min(6, len(second.text) // 2))
        timed("split", editor.split_at_cursor)
        timed("undo", stack.undo)
        timed("redo", stack.redo)
        stack.undo()
        _settle(app)
        cursor_in(second.id, 0)
        timed("merge", editor.merge_with_previous)
        stack.undo()
        _settle(app)
        cursor_in(first.id, 0)
        timed("retype", lambda: editor.set_role(Role.SUBHEAD))
        stack.undo()
        _settle(app)
        cursor_in(first.id, 0)
        timed("move", lambda: editor.move_blocks(1))
        stack.undo()
        _settle(app)
        timed("merge_articles", window.merge_with_previous)
        stack.undo()
        _settle(app)
        controller.select_article(article_id)
        cursor_in(second.id, 0)
        timed("split_article", window.split_here)
        stack.undo()
        _settle(app)
    start = time.perf_counter()
    controller.refresh_findings()
    _settle(app)
    recheck = (time.perf_counter() - start) * 1000

    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]

    _emit(
        {
            "articles": edition.article_count(),
            "ops": {
                name: {"median_ms": statistics.median(v), "p95_ms": p95(v), "n": len(v),
                       "median_cpu_ms": statistics.median(cpu[name])}
                for name, v in timings.items()
            },
            "recheck_ms": recheck,
            "peak_rss_mb": _peak_rss_mb(),
        }
    )


def memory(path: str, settings_dir: str) -> None:
    app, window = _window(settings_dir)
    before = _peak_rss_mb()
    window.open_files([path])
    _settle(app)
    _emit(
        {
            "peak_rss_mb": _peak_rss_mb(),
            "window_only_mb": before,
            "articles": window.controller.edition.article_count(),
        }
    )


def main() -> None:
    started = float(os.environ.get("PROBE_STARTED", time.time()))
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("mode", choices=("first-paint", "open", "edits", "memory"))
    parser.add_argument("edition", nargs="?")
    parser.add_argument("--repeat", type=int, default=25)
    parser.add_argument("--settings", default=os.environ.get("TMPDIR", "/tmp"))
    args = parser.parse_args()
    if args.mode == "first-paint":
        first_paint(started)
    elif args.mode == "open":
        open_edition(args.edition, args.settings)
    elif args.mode == "edits":
        edits(args.edition, args.repeat, args.settings)
    else:
        memory(args.edition, args.settings)
    os._exit(0)  # skip Qt's slow teardown of a large window; the result is printed


if __name__ == "__main__":
    main()
