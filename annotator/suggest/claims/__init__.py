"""The ``claims`` suggester: reported speech as CLAIM, CUE and ACTOR spans linked by SOURCE.

The guideline these rules implement (what a claim, its cue and its source are)
is ``docs/GUIDELINE.md``; the words they use are data in
``annotator/resources/claims/`` (:mod:`.words`), the windows and scores are
named in :mod:`.tuning`. The package reads a text in steps, each a module:

- :mod:`.analysis`: tokens with their normalised form, quotes, sentences;
- :mod:`.cues`: reporting verbs, participles, حسب / وفق, impersonal phrases;
- :mod:`.sources`: the speaker's phrase and the actor it stands for;
- :mod:`.content`: where a claim ends, and adding it;
- :mod:`.attribution`: preposed, postposed and inline حسب / وفق, asides;
- :mod:`.finder`: the loop over the cues, each step taking a
  :class:`.discourse.Discourse` (what was found so far) and returning the next;
- :mod:`.suggester`: the found claims as suggested spans and links, with the
  labels of the project schema.

Rules (issue 6, DESIGN.md "Claims"), all on :func:`annotator.core.arabic.tokens`
with every word compared in its normalised form
(:func:`annotator.core.arabic.normalize`, so hamza, alef, teh marbuta and
tashkeel variants of a verb are one form):

- A **cue** is a reporting verb in any of its common inflections (قال، قالت،
  يقول، أكد، تؤكد، أشار، أضاف، كشف، أعلن، صرح، اعتبر، أوضح، توقع، لفت ... and
  their participles مضيفا، مؤكدا، مشيرا ...), an attribution phrase (حسب /
  بحسب، وفق / وفقا لـ، نقلا عن), an aside (وفق قولها، على حد قوله), or an
  impersonal phrase of the author (يبدو أن، من المتوقع / المرجح أن، يعني أن).
  The proclitics و ف (and ب of بحسب) stay outside the CUE span.
- The **content** follows the complementiser إن / أن / بأن / فإن (a
  complementiser carrying a pronoun, أنه، stays outside) up to the end of its
  clause: the sentence end, or a comma followed by a word that starts a new
  statement (و...، فيما، بينما، في حين، إذ، فهو، another cue, a clause with
  its own حسب). ``، وأن ...`` and ``، إلا أن ...`` start a second claim of the
  same source. After a colon (``قائلا: إن ...``) the content runs to the
  sentence end or the next cue; unquoted words after a colon (``صرح بالقول:
  نشعر ...``) are a direct claim. Quoted text (« » “ ” ") after a colon or a
  cue is a direct claim; a quote right before ``، قال X`` / ``، حسب X`` too.
  Without a complementiser, an object is the claim after "أشار إلى / أكد على"
  and a noun such as أهمية، ضرورة، خطورة، عدم; after a fear verb and من
  (``تتخوف الجزائر من تحول ...``); after a stance (``أعرب / عبر عن أمله في``،
  ``أبدى قلقه من``). A postposed حسب / وفق / نقلا عن makes the clause before
  it the claim (with no comma before it, only when a speaker follows: not
  ``وفقا للدستور``), an inline one the clause around it; an aside the clause
  around it, for the last speaker.
- The **source** is the noun phrase between the verb and the complementiser
  (``قال وزير الداخلية التونسي إن``), cut before a prepositional phrase about
  the speech event (في بيان، للصحفيين، خلال ...), before an appositive set off
  by a comma and before ``وهو ...``; after a title, a name set off by commas
  is the source (``السفير الأمريكي لدى تونس، دانيال روبينستن، إن``). A quoted
  outlet (``قالت «الوطن»``) is named inside its quotes. A phrase headed by
  مصدر / مصادر / مسؤول / شهود / تقارير ... becomes an ACTOR of type
  ``unnamed_source``. With no phrase there (``وأكد أن``, ``لكنه أكد أن``), a
  participle (``مضيفا أن``) or an anaphoric one (``وأضاف المصدر``، ``وأشار
  البيان``، ``المتحدث``، a description such as ``المسؤولة الأميركية`` whose
  gender and nationality fit) the source is the speaker named last, else the
  subject of the sentence's opening verb, else the nearest ACTOR span before.
  A feminine verb (قالت) does not take a speaker whose verb was masculine, nor
  the reverse: no source is better than a wrong one. A subject before the
  verb leaves out كان and ``هي الأخرى``. An ACTOR span already in the
  annotations over that phrase is reused, unless it covers a title alone and
  a name follows (``وزير الخارجية أحمد عطاف``).

Everything is suggested (status ``suggested``, origin ``claims@<version>``)
and reviewed like any suggestion; nothing is ever written here.
"""


from annotator.suggest.claims.discourse import ClaimCandidate, SourceRef
from annotator.suggest.claims.finder import find_claims
from annotator.suggest.claims.suggester import ORIGIN, VERSION, ClaimLabels, ClaimSuggester

__all__ = ["ORIGIN", "VERSION", "ClaimCandidate", "ClaimLabels", "ClaimSuggester", "SourceRef",
           "find_claims"]
