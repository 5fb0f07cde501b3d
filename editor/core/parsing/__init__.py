"""Text → blocks → roles → tree."""

from editor.core.parsing.structure import parse_edition, shape_of

__all__ = ["parse_edition", "shape_of"]
