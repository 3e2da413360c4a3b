"""Turn the spider's ``start_urls`` / ``urls_file`` arguments into URLs.

``-a start_urls=a,b`` arrives as one string (Scrapy's default ``start()`` would
iterate its characters), and a start URL may be a local path or a file:// URI
(saved pages, the bundled sample site).
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlparse

WEB_SCHEMES = ("http", "https")


def to_url(value: str) -> str:
    """A start URL as given, or a local path made into a file:// URI; ValueError otherwise."""
    value = value.strip()
    scheme = urlparse(value).scheme.lower()
    if scheme in WEB_SCHEMES:
        return value
    if scheme == "file":
        return value
    path = Path(value).expanduser()
    if not scheme and path.exists():
        return path.resolve().as_uri()
    raise ValueError(f"start URL {value!r} is neither an http(s) URL nor an existing local file")


def parse_start_urls(start_urls: str | list[str] | None, urls_file: str | None) -> list[str]:
    """Start URLs from a comma-separated string (or list) and from a file of one URL per line."""
    values: list[str] = []
    if isinstance(start_urls, str):
        values += start_urls.split(",")
    elif start_urls:
        values += list(start_urls)
    if urls_file:
        lines = Path(urls_file).read_text(encoding="utf-8").splitlines()
        values += [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    urls = [to_url(v) for v in values if v.strip()]
    return list(dict.fromkeys(urls))


def url_scope(urls: list[str]) -> tuple[set[str], set[str]]:
    """The domains (http(s) hosts) and local folders (file:// parents) links are followed inside."""
    web = [urlparse(u) for u in urls if urlparse(u).scheme in WEB_SCHEMES]
    hosts = {p.hostname for p in web if p.hostname}
    roots = {str(PurePosixPath(unquote(urlparse(u).path)).parent) for u in urls if u.startswith("file:")}
    return hosts, roots
