"""Reshape an HTML tree before trafilatura reads it, where its generic rules lose Chinese news text.

- Image captions: trafilatura drops ``<figcaption>`` and elements classed
  ``caption``/``img-caption``, but a caption such as 英伟达H200芯片资料图 英伟达官网 is
  part of the article as published. They become plain paragraphs.
- Layout tables: old DedeCMS/PHPCMS templates put the whole page in
  ``<table><tr><td>``; trafilatura then emits Markdown-like ``| cell |`` rows and
  keeps navigation rows as text. A table whose cells hold paragraphs, or that has
  no header cells, is layout, not data: it becomes ``<div>``s, which trafilatura's
  link-density rules then judge like any other block. Data tables (with ``<th>``) stay.
- Figures: trafilatura drops ``<figure>`` with its caption when images are not
  extracted; the figure becomes a ``<div>`` so its caption survives.
"""

from __future__ import annotations

import re
from typing import Any

CAPTION_CLASS_RE = re.compile(
    r"caption|pic[-_]?(?:desc|note|txt|info)|img[-_]?(?:desc|note|txt|title)|imgtxt|photo[-_]?desc", re.IGNORECASE
)
LAYOUT_TABLE_BLOCKS_XPATH = ".//p | .//div | .//h1 | .//h2 | .//table"
TABLE_TAGS = ("table", "tbody", "thead", "tfoot", "tr", "td", "th")


def promote_captions(tree: Any) -> None:
    for element in tree.iter("figure"):
        element.tag = "div"
    for element in tree.iter("figcaption", "p", "div", "span"):
        if element.tag == "figcaption" or CAPTION_CLASS_RE.search(element.get("class") or ""):
            element.tag = "p"
            element.attrib.pop("class", None)


def unwrap_layout_tables(tree: Any) -> None:
    """Turn layout tables into divs (outermost first); keep data tables."""
    for table in list(tree.iter("table")):
        if table.tag == "table" and (table.xpath(LAYOUT_TABLE_BLOCKS_XPATH) or not table.xpath(".//th")):
            for element in table.iter(*TABLE_TAGS):
                element.tag = "div"
                for attribute in ("colspan", "rowspan", "width", "cellpadding", "cellspacing", "border"):
                    element.attrib.pop(attribute, None)


def prepare_tree(tree: Any) -> Any:
    """Apply every reshaping step in place and return the tree."""
    promote_captions(tree)
    unwrap_layout_tables(tree)
    return tree
