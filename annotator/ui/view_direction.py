"""Paragraph direction when the first letter misleads (no Qt).

Qt, like HTML's ``dir="auto"``, takes a paragraph's direction from its first
strong letter, so an Arabic news paragraph that opens with a Latin agency
name (``AFP - قال المتحدث ...``) would be laid out left-to-right, its phrases
in the wrong order for an Arabic reader. The view gives those paragraphs the
direction of their majority script instead. Only paragraphs that open with a
Latin letter are counted (the case that happens in Arabic news, and cheap to
find): a paragraph that opens with an Arabic letter keeps Qt's right-to-left.
"""

from __future__ import annotations

import re

# Strong right-to-left letters (Hebrew, Arabic, Syriac, Thaana, NKo and their
# presentation forms) and strong left-to-right letters (Latin, Greek, Cyrillic).
_RTL = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc"
_LTR = "A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
# Arabic-script digits and marks are in the right-to-left block but are not letters.
_NOT_LETTERS = "\u0591-\u05c7\u0610-\u061a\u064b-\u0669\u06d6-\u06ed\u06f0-\u06f9"
_FIRST_LETTER = re.compile(f"[{_LTR}]|(?![{_NOT_LETTERS}])[{_RTL}]")
_LTR_RE = re.compile(f"[{_LTR}]")
_RTL_LETTER_RE = re.compile(f"(?![{_NOT_LETTERS}])[{_RTL}]")


def opens_latin_but_reads_rtl(para: str) -> bool:
    """True when ``para`` starts with a Latin letter but has more right-to-left letters."""
    first = _FIRST_LETTER.search(para)
    if first is None or not _LTR_RE.match(first.group()):
        return False
    return len(_RTL_LETTER_RE.findall(para)) > len(_LTR_RE.findall(para))
