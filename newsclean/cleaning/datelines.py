"""A brand standing as a story's source: the fake attribution or dateline goes with it.

Injectors dress a brand as the source of the lead (据<X娱乐>综合报道,…, <vz365体育>讯 …). The brand
is cut as a substitution; the frame left behind (据综合报道,, 讯) credits nobody and is the
injector's too, so the cut takes it.
"""

from __future__ import annotations

import re

# Before the name: 据 at the start of a clause (据X报道, 據X報導).
ATTRIBUTION_OPEN_RE = re.compile(r"(?:^|[，,。；;\s])\s*[据據]$")
# After it: the rest of an attribution (综合报道, 报道, 消息) and its comma.
ATTRIBUTION_CLOSE_RE = re.compile(r"(?:综合|綜合)?(?:报道|報導|報道|消息)\s*[，,：:]?")
# After a name at the line's start: a dateline's 讯 (本报讯, 新华社讯) and the space after it.
DATELINE_CLOSE_RE = re.compile(r"[讯訊]\s*")


def attribution_span(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the attribution or dateline a substituted brand stands in, if any.

    Safe: only a name another rule already judged a substituted brand is widened, and only over the
    frame words of its own attribution (据 … 综合报道, / … 讯); a real source is no brand and keeps
    its frame.
    """
    close = ATTRIBUTION_CLOSE_RE.match(line, end)
    if close and ATTRIBUTION_OPEN_RE.search(line[:start]):
        return start - 1, close.end()
    dateline = DATELINE_CLOSE_RE.match(line, end)
    if dateline and not line[:start].strip():
        return start, dateline.end()
    return start, end
