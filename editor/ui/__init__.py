"""Layout Assistant (版面助手)."""
