"""Hypothesis strategies for hostile Unicode text: Arabic with tashkeel, emoji, bidi marks, CRLF."""

from __future__ import annotations

from hypothesis import strategies as st

ARABIC_WORDS = ["الجزائر", "والجزائر", "لإسرائيل", "قال", "مَصْدَرٌ", "أمني", "ليبيا", "داعش",
                "بالقاهرة", "ـــ", "١٢٣", "2015", "Trump", "AFRICOM"]
PIECES = ARABIC_WORDS + ["😀", "👩‍👩‍👧", "🇩🇿", "\u200f", "\u200e", "\u061c", "\r\n", "\r", "\n",
                         " ", "،", ".", "«", "»", "e\u0301", "\ufe0f"]

#: Text made of realistic pieces and random code points (no lone surrogates: str from files).
hostile_text = st.lists(
    st.one_of(st.sampled_from(PIECES),
              st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=4)),
    max_size=40,
).map("".join)
