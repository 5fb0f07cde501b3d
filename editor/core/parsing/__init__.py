"""Text → blocks → roles → tree."""

from editor.core.parsing.shapes import shape_of
from editor.core.parsing.structure import parse_edition

__all__ = ["parse_edition", "shape_of"]
