"""Every window and score of the claims suggester, named with its reason.

Windows count tokens (words and punctuation marks, as
:func:`annotator.core.arabic.tokens` cuts them). They were set on the sample
project and checked on the held-out gold (``bench/bench_claims.py``); a
change here must be measured there.
"""

from __future__ import annotations

# ------------------------------------------------------------------ windows

#: Longest speaker noun phrase, in tokens: "المتحدث باسم وزارة الخارجية
#: الجزائرية" has 6; a longer run without a stop word is a clause, not a name.
NOUN_PHRASE_MAX_TOKENS = 9
#: How far after a reporting verb its complementiser or quote is looked for:
#: the speaker, an event phrase (في بيان نشر على صفحته الرسمية) and a relative
#: clause set off by commas fit in 25 tokens; further on, the verb reports nothing.
CUE_REACH = 25
#: How far after the cue an object that opens a claim (أشار ... إلى أهمية) is
#: looked for: the speaker comes in between, but not a whole clause.
OBJECT_REACH = 12
#: At most this many words of a subject between يعني and أن ("وتعني كل هذه المعطيات أن").
IMPERSONAL_SUBJECT_WORDS = 5
#: Tokens before a speaker's name searched for the nationality that a later
#: description gives it (المسؤولة الأميركية): a paragraph or two.
NATIONALITY_BEFORE = 120
#: ... and tokens after the name (the nationality may follow it: "وزير خارجية ... الأمريكي").
NATIONALITY_AFTER = 20
#: A subject written before its verb (مسؤولين أمريكيين أكدوا) is at most this many tokens back.
SUBJECT_BEFORE_TOKENS = 6
#: A quoted name is 1 to 4 words between its marks (قالت «الوطن» إن، صحيفة «الخبر»),
#: so the closing mark is 2..5 tokens after the opening one; longer quotes are speech.
QUOTED_NAME_SPAN = (2, 5)
#: After حسب / وفق the quoted name may be one word longer (حسب «وكالة الأنباء الجزائرية»).
QUOTED_SOURCE_SPAN = (2, 6)
#: After a document noun (بيان صادر عن X) the issuer is looked for within this many tokens.
ISSUER_REACH = 6
#: A name set off by commas after a title has 1 to 4 words (، دانيال روبينستن،).
APPOSITIVE_WORDS = (1, 4)
#: A quote right after a cue with fewer words is a name or a term («الإرهابيين»), not speech.
QUOTE_MIN_WORDS = 3
#: A standalone quoted sentence continues the last speaker only when it has
#: this many words (shorter ones are slogans or titles).
STANDALONE_QUOTE_MIN_WORDS = 4
#: ... and only when that speaker's claim ended within this many sentences before it.
STANDALONE_QUOTE_SENTENCES = 2
#: Unquoted speech after a colon needs this many words to be a claim (not a label).
COLON_SPEECH_MIN_WORDS = 3
#: A colon ends a clause only this many tokens after its start (a colon right
#: after "قائلا" introduces the clause instead).
COLON_CLAUSE_MIN_TOKENS = 2

# ------------------------------------------------------------------ scores
# A claim's score is how sure the rule that found it is; the review queue
# sorts on it. Quotes after a verb are the surest (the marks bound the content),
# complementisers next, rules that guess the clause (objects, postposed حسب)
# lower, and claims with no named speaker lowest.

#: A quote right after a reporting verb, or right before "، قال X".
SCORE_QUOTE_WITH_VERB = 0.8
#: Content after إن / أن with a speaker found; a quote before a postposed حسب.
SCORE_COMPLEMENTISER = 0.7
#: Unquoted speech after a colon ("صرح بالقول: ...").
SCORE_COLON_SPEECH = 0.7
#: Content whose clause is guessed: an object (أشار إلى أهمية)، a preposed or
#: postposed حسب / وفق, an aside; also the suggested ACTOR span of a new source.
SCORE_GUESSED_CLAUSE = 0.6
#: Content after إن / أن with no speaker found, an impersonal claim of the
#: author (يبدو أن), or a standalone quote given to the last speaker.
SCORE_UNSOURCED = 0.5
