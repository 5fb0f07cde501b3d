"""Shared test set-up: Qt runs offscreen, so UI tests need no display."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_configure(config) -> None:
    """UI tests make many thousands of Qt calls; guard against PySide6's lost references."""
    from editor.app import protect_singletons

    protect_singletons()
