"""Hypothesis strategy for what scraped news puts between words: irregular spacing and marks."""

from __future__ import annotations

from hypothesis import strategies as st

#: Spacing characters and invisible marks found between words in scraped news.
SPACING = [" ", "\u00a0", "\t", "\u2009", "\u202f", "\u200e", "\u200f", "\u061c", "\u200c",
           "\u200b", "\u0640"]
#: Horizontal spaces (at least one is in every separator).
HORIZONTAL = [" ", "\u00a0", "\t", "\u2009", "\u202f"]
#: Line and paragraph breaks: a phrase never matches across one.
LINE_BREAKS = ["\n", "\r\n", "\r", "\u2029"]

#: A separator between two words: a run of spacing with at least one horizontal space,
#: sometimes with a line break in it.
separator = st.tuples(
    st.lists(st.sampled_from(SPACING), max_size=3), st.sampled_from(HORIZONTAL),
    st.one_of(st.just(""), st.sampled_from(LINE_BREAKS)),
    st.lists(st.sampled_from(SPACING), max_size=3),
).map(lambda p: "".join(p[0]) + p[1] + p[2] + "".join(p[3]))


def has_line_break(separator_text: str) -> bool:
    """Whether a separator drawn from :data:`separator` holds a line break."""
    return any(b in separator_text for b in LINE_BREAKS)
