"""Captured queries: one loader per format, all streaming `CapturedStatement`s."""
