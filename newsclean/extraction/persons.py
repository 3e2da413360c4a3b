"""Whether a credited name is a person's: the last check before a name becomes the article's author.

Byline patterns find names by position (记者 …, 作者：…), and position alone lets text through:
记者会上表示 gives 会上表示, 记者的接触中 gives 的接触中, meta author gives the site (网易, CSDN.NET), a
self-media byline gives the account (IT之家, 加拿大必读). A wrong author is worse than none, so a Han name
must start with a Chinese surname (``data/surnames.txt``) and be two to four characters long, or carry the
interpunct of a transliterated name (马克·吐温); a Latin name must be a handle or capitalised words, and
never a domain. No dictionary of given names exists that would do better: the surname is the one part
of a Chinese name drawn from a closed list.

That strict test is for names found by position (记者 …, a name line, meta tags). A name the page labels
explicitly (作者：眉间尺, 编辑：山石, 发布者 放飞&心情) is often a pen name or a handle: it only has to be no
fragment of a sentence (no 的, 我, 已, 表示 …) and not the site.
"""

from __future__ import annotations

import functools
import re

from newsclean.extraction.datafiles import read_data

HAN_NAME_RE = re.compile(r"[\u4e00-\u9fff]{2,4}")
TRANSLITERATED_RE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fff]{1,8})+")
HANDLE_RE = re.compile(r"[A-Za-z][A-Za-z0-9._\-]{1,19}")
LATIN_NAME_RE = re.compile(r"[A-Z][a-zA-Z'\-]+(?: (?:[A-Z][a-zA-Z'\-.]*|de|van|von|da|di|le|la|bin))*")
ACRONYMS_RE = re.compile(r"[A-Z0-9]{2,}(?:[ .][A-Z0-9]{2,})*")
DOMAIN_RE = re.compile(r"\.(?:com|net|org|cn|cc|io|info|tv|me)\b", re.IGNORECASE)
SEPARATOR_RE = re.compile(r"[ \t\xa0\u3000、,，]+")
# Characters and words of sentences, never of names or pen names: 的接触中, 我已授权, 会上表示, 中国广州发布 关注.
FRAGMENT_RE = re.compile(
    r"[的了我你他她它们这那已被把之吗呢吧啊]|表示|授权|关注|发布|转载|认为|指出|介绍|报道|获悉|透露"
)


@functools.cache
def surnames() -> frozenset[str]:
    lines = read_data("surnames.txt").splitlines()
    return frozenset(word for line in lines if not line.startswith("#") for word in line.split())


def is_person_name(name: str, site_name: str = "", strict: bool = True) -> bool:
    """One credited name that can be a person's (see the module's docstring); ``strict`` for a name found
    by position, not by an explicit label."""
    name = name.strip()
    if not name or name == site_name.strip() or DOMAIN_RE.search(name) or FRAGMENT_RE.search(name):
        return False
    if not strict:
        return True
    if HAN_NAME_RE.fullmatch(name):
        return name[0] in surnames() or (len(name) >= 3 and name[:2] in surnames())
    if TRANSLITERATED_RE.fullmatch(name):
        return True
    if ACRONYMS_RE.fullmatch(name):
        return False  # CSDN NET, BBC: a site or an organisation in capitals
    return bool(HANDLE_RE.fullmatch(name) or LATIN_NAME_RE.fullmatch(name))


def person_names(value: str | None, site_name: str = "", strict: bool = True) -> str | None:
    """``value`` when every name in it is a person's, else None: one bad name means the credit was misread.

    A Latin value is one name however many words (John Smith); Han names are split at spaces and 、.
    """
    value = " ".join((value or "").split())
    if not value:
        return None
    if LATIN_NAME_RE.fullmatch(value) or HANDLE_RE.fullmatch(value):
        return value if is_person_name(value, site_name, strict) else None
    names = [n for n in SEPARATOR_RE.split(value) if n]
    return value if names and all(is_person_name(n, site_name, strict) for n in names) else None
