"""CJK-safe text normalisation: invisible characters out, whitespace collapsed, paragraphs kept.

Never NFKC or ftfy defaults: they turn Chinese punctuation (，：“”) and the
ideographic space into ASCII. Only characters that carry no text are removed.
"""

from __future__ import annotations

import re

from newsclean.cleaning.registry import register, rule_names
from newsclean.cleaning.types import Cleaned, Removal, delete_spans

# Zero-width and invisible format characters: used to split spam words (皇\u200b冠), never meaningful in news.
ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
# C0/C1 controls other than newline and tab, and lone surrogates (not encodable as UTF-8).
CONTROL_CHAR_RE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")
# Paragraph indentation and trailing blanks, including 　　 (U+3000) indentation on Chinese sites.
EDGE_SPACE = " \t\u3000\xa0\u2002\u2003\u2009"
# A run of ASCII blanks, tabs or NBSP inside a line becomes one space; U+3000 inside a line stays.
INNER_SPACE_RUN_RE = re.compile(r"[ \t\xa0\u2002\u2003\u2009]{2,}|[\t\xa0\u2002\u2003\u2009]")
LINE_BREAK_RE = re.compile(r"\r\n|\r|\u2028|\u2029")

register("zero_width", "normalize", "normalize", "zero-width and invisible format characters")
register("control_char", "normalize", "normalize", "C0/C1 control characters and lone surrogates")
register("whitespace", "normalize", "normalize", "redundant whitespace: indentation, blank lines, runs of blanks")
RULE_NAMES = rule_names("normalize")


def normalize_text(text: str) -> Cleaned:
    """Remove invisible characters and redundant whitespace, keeping one paragraph per line.

    Zero-width and control characters are reported with their offsets; whitespace
    edits are reported (rule ``whitespace``) without offsets, as they carry no text.

    >>> normalize_text("　　第一段，\u200b内容。  \\n\\n\\n第二段：“引号”").text
    '第一段，内容。\\n第二段：“引号”'
    """
    spans = [(m.start(), m.end(), "zero_width") for m in ZERO_WIDTH_RE.finditer(text)]
    spans += [(m.start(), m.end(), "control_char") for m in CONTROL_CHAR_RE.finditer(text)]
    invisible = delete_spans(text, spans)
    lines: list[str] = []
    whitespace: list[Removal] = []
    for line in LINE_BREAK_RE.sub("\n", invisible.text).split("\n"):
        collapsed = INNER_SPACE_RUN_RE.sub(" ", line.strip(EDGE_SPACE))
        if collapsed != line or not collapsed:
            whitespace.append(Removal("whitespace", "", -1, -1))
        if collapsed:
            lines.append(collapsed)
    return Cleaned("\n".join(lines), invisible.removals + tuple(whitespace))
