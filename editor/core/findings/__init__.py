"""Detectors and the findings they report."""

from editor.core.findings.base import Finding, Kind, source_lines
from editor.core.findings.detectors import detect

__all__ = ["Finding", "Kind", "detect", "source_lines"]
