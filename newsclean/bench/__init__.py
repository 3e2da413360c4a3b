"""Reproducible benchmarks. Data is read from ../shared/bench-data (never copied into the repo)."""
