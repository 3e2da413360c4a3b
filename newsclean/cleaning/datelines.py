"""A brand standing as a story's dateline: the dateline's 讯 goes with it.

Injectors dress a brand as the source of the lead (<vz365体育>讯 …, 据<X娱乐>报道,…). A dateline's
讯 left alone at the line's start says nothing, so the cut takes it. An attribution (据 … 报道,
据 … 消息) is the article's own clause with a name put in it: the cut takes exactly the name and the
clause keeps its words (issue 10: cut exactly the brand; four of the five blind authors who wrote
such a case label it so).
"""

from __future__ import annotations

import re

# After a name at the line's start: a dateline's 讯 (本报讯, 新华社讯) and the space after it.
DATELINE_CLOSE_RE = re.compile(r"[讯訊]\s*")


def attribution_span(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the dateline a substituted brand stands in, if any.

    Safe: only a name another rule already judged a substituted brand is widened, and only over the
    讯 of a dateline at the line's start; a real source is no brand and keeps its dateline.
    """
    dateline = DATELINE_CLOSE_RE.match(line, end)
    if dateline and not line[:start].strip():
        return start, dateline.end()
    return start, end
