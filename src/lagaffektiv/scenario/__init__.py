"""Scenario files: reading, the format's schema, validation and the typed model."""
