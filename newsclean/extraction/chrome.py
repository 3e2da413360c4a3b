"""Remove page chrome that generic extraction leaves around an article body.

trafilatura's output often still carries what surrounds the article on the page:

- the headline and the dateline block (2025-12-09 08:05:00 来源：天衡新闻网 字号：大 中 小)
  as the first lines: metadata already captured in ``title``/``published_at``. The
  printed headline is the ``<h1>``, which often differs from ``<title>``/og:title (a
  shorter SEO title, another dash or capitalisation), so both count;
- a site menu above the article (old portals, layout tables): many short lines that
  repeat the page's link texts;
- blocks beside the article at its edges: related headlines, newsletter and app
  promotions, share prompts, reader replies below a post. They lie outside the
  element that holds the article's paragraphs, which a reader's eye finds first;
- cross-references inside the text: a "Related: <other headline>" line, or a "You may also
  like" / "Don't miss" heading over a list of other headlines. Both are links to other
  articles; their labels are the common ones of English, Chinese and a few European sites.

Captions, credits and copyright lines are article text even where they sit outside that
element (a lead photo above it, the editor's name and the copyright notice below it), so the
edge trim keeps them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Collection, Iterable

# A dateline: a date, and one of the labels portals print beside it, in a short line.
DATELINE_RE = re.compile(
    r"^(?:发布时间[:：]?\s*|时间[:：]\s*)?(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?.{0,60}"
    r"(?:来源|字号|浏览|阅读|作者|编辑|参与评论|分享到|点击)"
)
DATELINE_MAX_CHARS = 100
# Only the first lines of a body can be its header block.
HEADER_LINES = 3
# A line at least this wide (CJK characters count two columns) that is not a link's text is
# prose: about 7 English words or 20 Chinese characters. Menu items, breadcrumbs and
# login links are narrower.
PROSE_MIN_WIDTH = 40
# A body that opens with at least this many non-prose lines before its first prose line
# opens with a menu that trafilatura kept (old portals, layout tables). A headline, dateline
# and byline are at most four or five such lines, so they never reach it alone.
NAV_MIN_LINES = 6
# ... and at least this share of those lines repeat a link's text: menus are links, while an
# article that opens with a list (ingredients, key points) is mostly plain text.
NAV_MIN_LINK_SHARE = 0.5
# Wide (two-column) characters: CJK ideographs, kana, hangul and fullwidth forms.
WIDE_RE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]"
)
NOT_ALNUM_RE = re.compile(r"[\W_]+")

# A heading over links to other articles. Only the heading's own words on the line: "Related
# issues were raised" is prose.
RELATED_HEADING_RE = re.compile(
    r"^\W*(?:related(?: articles| stories| news| posts| coverage| links)?|read (?:more|next|also)|also read"
    r"|see (?:also|more)|more (?:stories|on this)|you (?:may|might) also like|recommended(?: for you| stories)?"
    r"|don'?t miss|most (?:read|popular)(?: in [\w ]+)?|trending(?: now)?|further reading|leggi anche"
    r"|lesen sie auch|lire aussi|lea también|相关阅读|延伸阅读|推荐阅读|相关新闻|相关文章|相关报道|热门推荐)\W*$",
    re.IGNORECASE,
)
# A label and another article's headline on one line: "Read more: …", "Also on rt.com …", "相关阅读：…".
# The label ends with a colon or a bar ("More: …"; "More than 40 …" is prose), except "Also on <site>".
CROSS_REFERENCE_RE = re.compile(
    r"^\W*(?:(?:related|read (?:more|also)|see (?:more|also)|also read|also|more|watch|listen"
    r"|leggi anche|lesen sie auch|lire aussi|相关阅读|延伸阅读|推荐阅读)\s*[:：|»]|also on [\w.]+)\s*(?P<headline>.+)$",
    re.IGNORECASE,
)
# A line that starts with a link text at least this long starts with a headline (then a teaser);
# shorter link texts (a name, a place) start sentences of prose.
TEASER_LINK_MIN_CHARS = 16

# The edge trim keeps at least this share of the body's characters. When the container holds
# less of the body, it is not the article trafilatura found (a forum's first post, a gallery
# page) and the body is left as it is: the trim removes edges, it never swaps articles.
EDGE_TRIM_MIN_KEPT = 0.5
# A line is found in the container when its first or last this many letters and digits are.
MATCH_CHARS = 40
# Copyright and rights lines end many articles and stay wherever they are printed.
COPYRIGHT_RE = re.compile(r"©|ⓒ|\(c\)\s*\d{4}|copyright|all rights reserved|版权|版權|未经授权", re.IGNORECASE)
# So do credits: 责任编辑：李楠, 来源：某日报 编辑：苏亮, Source: Reuters, (Reporting by …; Editing by …),
# … contributed to this report.
CREDIT_RE = re.compile(
    r"^[\s(（【\[]*(?:责任编辑|编辑|责编|来源|作者|记者|通讯员|撰稿|摄影|校对|审核|监制)\s*[:：/]"
    r"|^\W*(?:source|credits?)\s*:|\b(?:reporting|editing|writing|photos?|images?|graphics?) by\b"
    r"|\bcontributed (?:to )?(?:this )?report",
    re.IGNORECASE,
)


def text_key(text: str) -> str:
    """``text`` as lower-case letters and digits: spacing, dash, quote and case variants compare equal."""
    return NOT_ALNUM_RE.sub("", text.casefold())


def display_width(text: str) -> int:
    """Columns ``text`` takes: wide (CJK) characters count two, so one threshold serves both scripts."""
    return len(text) + len(WIDE_RE.findall(text))


def strip_header_chrome(body: str, title: str, headlines: Iterable[str] = ()) -> str:
    """Drop a leading copy of the headline (``title`` or one of ``headlines``) and a dateline among the first lines.

    >>> strip_header_chrome("标题\\n2025-12-09 08:05 来源：某网\\n正文。", "标题")
    '正文。'
    >>> strip_header_chrome("Rain – at Last\\nIt rained.", "", ["Rain - at last"])
    'It rained.'
    """
    keys = {key for key in map(text_key, (title, *headlines)) if key}
    lines = body.split("\n")
    kept: list[str] = []
    for index, line in enumerate(lines):
        text = line.strip()
        in_header = index < HEADER_LINES
        if in_header and text_key(text) in keys:
            continue
        if in_header and len(text) <= DATELINE_MAX_CHARS and DATELINE_RE.match(text):
            continue
        kept.append(line)
    return "\n".join(kept)


def _is_menu(lines: list[str], links: Collection[str]) -> bool:
    """Whether ``lines`` (the text before the article) are many, mostly link texts."""
    # Separators between menu items (|, », -) are neither links nor text: they do not count.
    items = [text for text in lines if any(ch.isalnum() for ch in text)]
    return len(items) >= NAV_MIN_LINES and sum(text in links for text in items) >= NAV_MIN_LINK_SHARE * len(items)


# A live blog's entry: a bare clock time on its line, then a sentence.
CLOCK_LINE_RE = re.compile(r"\d{1,2}:\d{2}")
SENTENCE_CLOSE_RE = re.compile(r"[。！？!?][”」』\"’）)]*$")


def _live_entry(lines: list[str]) -> bool:
    """Whether ``lines`` hold a live blog's entry: a bare clock time with a sentence right under it."""
    return any(CLOCK_LINE_RE.fullmatch(a) and SENTENCE_CLOSE_RE.search(b) for a, b in itertools.pairwise(lines))


def strip_leading_navigation(body: str, links: Collection[str], headlines: Iterable[str] = ()) -> str:
    """Drop a menu the extractor kept above the article.

    The menu is what comes before the first prose line, or else before a copy of the
    headline among those lines (a forum prints the post's labels between the headline and
    the text), when it is many lines, most of them link texts. A menu opens with a short
    item: a body whose first line is as wide as prose has none.

    >>> menu = "Home\\nNews\\nSport\\nWorld\\nMore\\nLogin\\n"
    >>> strip_leading_navigation(menu + "It rained in the town all day long, said the mayor.", set(menu.split()))
    'It rained in the town all day long, said the mayor.'
    """
    keys = {key for key in map(text_key, headlines) if key}
    lines = [" ".join(line.split()) for line in body.split("\n")]
    cuts: list[int] = []
    for index, text in enumerate(lines):
        if text_key(text) in keys:
            cuts.append(index)
        elif display_width(text) >= PROSE_MIN_WIDTH and (index == 0 or text not in links):
            cuts.append(index)
            break
    else:
        return body  # no prose at all: nothing to tell the menu from
    for k in range(len(cuts) - 1, -1, -1):
        cut = cuts[k]
        # Past the headline only over labels: a live blog's first entries (09:00, a short sentence) are article.
        if k and _live_entry(lines[cuts[k - 1] + 1 : cut]):
            continue
        if _is_menu(lines[:cut], links):
            return "\n".join(body.split("\n")[cut:])
    return body


def _is_link_line(text: str, links: Collection[str]) -> bool:
    """Whether a line is a link's text, or starts with a long one (a headline, then its teaser)."""
    text = text.lstrip("-•·* ")
    return text in links or any(len(link) >= TEASER_LINK_MIN_CHARS and text.startswith(link) for link in links)


def strip_cross_references(body: str, links: Collection[str]) -> str:
    """Drop "Related: <headline>" lines and a related-links heading with the headline lines under it.

    >>> strip_cross_references("It rained.\\nRead more: Floods in the north\\nIt stopped.", {"Floods in the north"})
    'It rained.\\nIt stopped.'
    >>> strip_cross_references("It rained.\\nDon't miss\\nFloods in the north\\nIt stopped.", {"Floods in the north"})
    'It rained.\\nIt stopped.'
    """
    kept: list[str] = []
    under_heading = False
    for line in body.split("\n"):
        text = " ".join(line.split())
        if RELATED_HEADING_RE.match(text):
            under_heading = True
            continue
        if under_heading and text and _is_link_line(text, links):
            continue
        under_heading = False
        reference = CROSS_REFERENCE_RE.match(text)
        if reference and (text in links or _is_link_line(reference["headline"], links)):
            continue
        kept.append(line)
    return "\n".join(kept)


def _found_in(key: str, text_key_: str) -> bool:
    """Whether a line (as ``text_key``) is part of a text: its start or its end is, since inline
    markup the extractor drops or spaces differently (a hidden span, a ruby) breaks a full match."""
    return key[:MATCH_CHARS] in text_key_ or key[-MATCH_CHARS:] in text_key_


def _first_inside(lines: list[str], container_key: str) -> int | None:
    """Index of the first line found in the container."""
    for index, line in enumerate(lines):
        key = text_key(line)
        if key and _found_in(key, container_key):
            return index
    return None


def _stays(line: str, kept_key: str) -> bool:
    """Whether an edge line is article text all the same: a caption, a copyright line or a credit."""
    key = text_key(line)
    return bool(key and key in kept_key) or bool(COPYRIGHT_RE.search(line) or CREDIT_RE.search(line))


def trim_to_container(body: str, container_text: str, kept_texts: Iterable[str] = ()) -> str:
    """Drop the lines before the first and after the last line found in ``container_text``.

    Lines found in ``kept_texts`` (captions), copyright lines and credits stay wherever they are.

    >>> text = "It rained all day in the town.\\nThe river rose by a metre."
    >>> trim_to_container("Sign up now\\n" + text + "\\nMore news", text + " (Photo: AP)")
    'It rained all day in the town.\\nThe river rose by a metre.'
    """
    container_key = text_key(container_text)
    lines = body.split("\n")
    first = _first_inside(lines, container_key)
    if first is None:
        return body
    last = len(lines) - 1 - (_first_inside(lines[::-1], container_key) or 0)
    if first == 0 and last == len(lines) - 1:
        return body
    kept_key = "\n".join(text_key(text) for text in kept_texts)
    head = [line for line in lines[:first] if _stays(line, kept_key)]
    tail = [line for line in lines[last + 1 :] if _stays(line, kept_key)]
    trimmed = "\n".join([*head, *lines[first : last + 1], *tail])
    return trimmed if len(trimmed) >= EDGE_TRIM_MIN_KEPT * len(body) else body
