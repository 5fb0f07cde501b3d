"""The engine: model, reading, parsing, findings, operations, repair and export. No Qt here."""
