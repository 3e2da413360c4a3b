"""Site profiles: one YAML file per site under ``newsclean/sites/profiles/`` (``-a profile=NAME``).

A profile gives where to start (start URLs, sitemaps, feeds), the allowed domains,
an encoding override, the site's time zone, and optional CSS or XPath selectors
for title, body, date and author (overriding the generic extractor when they match)
and for noise to drop before extraction, and regular expressions naming the site's
article and listing URLs (``article_urls``, ``listing_urls``). See the README for the format.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

SELECTOR_KEYS = frozenset({"title", "body", "date", "author", "noise"})
LIST_KEYS = ("start_urls", "sitemaps", "feeds", "allowed_domains", "article_urls", "listing_urls")
PATTERN_KEYS = ("article_urls", "listing_urls")
# The shipped profiles are package data: newsclean/sites/profiles/NAME.yaml.
PROFILES_PACKAGE = "newsclean.sites"


@dataclass(frozen=True)
class Selectors:
    """CSS selectors, or XPath when prefixed with ``xpath:``. ``noise`` is a list."""

    title: str | None = None
    body: str | None = None
    date: str | None = None
    author: str | None = None
    noise: tuple[str, ...] = ()


@dataclass(frozen=True)
class Profile:
    name: str
    site_name: str = ""
    start_urls: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    allowed_domains: tuple[str, ...] = ()
    encoding: str | None = None
    timezone: str | None = None
    selectors: Selectors = field(default_factory=Selectors)
    article_urls: tuple[str, ...] = ()  # regular expressions searched in a URL: the page is an article
    listing_urls: tuple[str, ...] = ()  # ... the page is a listing (followed, never emitted)


def available_profiles() -> list[str]:
    folder = resources.files(PROFILES_PACKAGE).joinpath("profiles")
    return sorted(p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml"))


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise ValueError(f"{where} must be a string or a list of strings")


def _selectors(raw: Any, where: str) -> Selectors:
    if raw is None:
        return Selectors()
    if not isinstance(raw, dict) or set(raw) - SELECTOR_KEYS:
        raise ValueError(f"{where}: selectors must be a mapping with keys among {sorted(SELECTOR_KEYS)}")
    single = {k: raw.get(k) for k in ("title", "body", "date", "author")}
    for key, value in single.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{where}: selectors.{key} must be a string")
    return Selectors(**single, noise=_strings(raw.get("noise"), f"{where}: selectors.noise"))


def parse_profile(name: str, text: str, where: str) -> Profile:
    """A profile from YAML text; ValueError names the file and what is wrong."""
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ValueError(f"{where}: not valid YAML ({error})") from error
    if not isinstance(raw, dict):
        raise ValueError(f"{where}: a profile is a YAML mapping")
    known = {f.name for f in fields(Profile)} - {"name"}
    unknown = sorted(set(raw) - known)
    if unknown:
        raise ValueError(f"{where}: unknown keys {unknown}; known keys are {sorted(known)}")
    lists = {key: _strings(raw.get(key), f"{where}: {key}") for key in LIST_KEYS}
    for key in PATTERN_KEYS:
        for pattern in lists[key]:
            try:
                re.compile(pattern)
            except re.error as error:
                raise ValueError(f"{where}: {key}: {pattern!r} is not a regular expression ({error})") from error
    scalars = {key: raw.get(key) for key in ("site_name", "encoding", "timezone")}
    for key, value in scalars.items():
        if value is not None and not isinstance(value, str):
            raise ValueError(f"{where}: {key} must be a string")
    return Profile(
        name=name,
        site_name=scalars["site_name"] or "",
        encoding=scalars["encoding"],
        timezone=scalars["timezone"],
        selectors=_selectors(raw.get("selectors"), where),
        **lists,
    )


def load_profile(name: str) -> Profile:
    """The shipped profile ``name``, or a profile file (``-a profile=my_site.yaml``).

    ValueError lists the available ones when it does not exist, or names the file and the
    problem when it is broken.
    """
    if name.endswith((".yaml", ".yml")) and Path(name).is_file():
        return parse_profile(Path(name).stem, Path(name).read_text("utf-8"), name)
    folder = resources.files(PROFILES_PACKAGE).joinpath("profiles")
    path = folder.joinpath(f"{name}.yaml")
    if not name.replace("_", "").replace("-", "").isalnum() or not path.is_file():
        raise ValueError(f"unknown profile {name!r}; available: {', '.join(available_profiles()) or 'none'}")
    return parse_profile(name, path.read_text("utf-8"), f"newsclean/sites/profiles/{name}.yaml")
