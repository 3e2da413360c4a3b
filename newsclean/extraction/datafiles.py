"""Extraction's data files (``newsclean/extraction/data``), read as package resources.

Read through ``importlib.resources``, not a path beside the module: scrapyd runs the project from a
zipped egg, where ``Path(__file__).parent / "data"`` names no directory.
"""

from __future__ import annotations

from importlib import resources


def read_data(name: str) -> str:
    """The text of ``data/<name>``."""
    return resources.files("newsclean.extraction").joinpath("data", name).read_text("utf-8")
