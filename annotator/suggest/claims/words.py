"""The claims suggester's words, read from ``annotator/resources/claims/``.

Two files ship inside the package (``pyproject.toml`` package-data), so an
installed wheel has them:

- ``verbs.tsv``: the reporting verbs, one row per verb with its past,
  present and participle; the regular inflections (قال، قالت، قالوا، يقول،
  تقول، يقولون، قائلا، قائلة) are generated here, not typed out;
- ``words.txt``: every other list (stop words, titles, nouns of the speech
  event, heads of unnamed sources ...), each under a ``[name]`` header.

Every word is compared in its normalised form
(:func:`annotator.core.arabic.normalize_query`), so the files may be written
in ordinary spelling. The guideline the rules follow is ``docs/GUIDELINE.md``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Any

from annotator.core.arabic import normalize_query

#: Folder of ``verbs.tsv`` and ``words.txt`` inside the installed package.
WORDS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "claims"

_VERB_COLUMNS = ("lemma", "past", "present", "participle", "also", "notes")
_CERTAINTIES = frozenset({"CT+", "PR+", "PS+", "CT-", "PR-", "PS-", "CTu", "Uu"})
_ROLES = frozenset({"weak", "relay", "stance", "fear"})


class WordsError(ValueError):
    """A word file of the claims suggester that is missing or malformed."""


@dataclass(frozen=True)
class Verbs:
    """Reporting verbs: each normalised form with its lemma, and what the lemmas do."""

    verb_of: dict[str, str]  # normalised finite form -> lemma
    participle_of: dict[str, str]  # normalised participle (مضيفا، مضيفة) -> lemma
    forms: dict[str, frozenset[str]]  # lemma -> its finite forms
    certainty: dict[str, str]  # lemma -> FactBank certainty the verb states (نفى: CT-)
    weak: frozenset[str]  # lemmas that are common words too (تابع)
    relay: frozenset[str]  # lemmas that report another's words, with عن (نقل)
    stance: frozenset[str]  # lemmas that report only their stance noun (أعرب)
    fear: frozenset[str]  # lemmas whose من-object is the claim (تخوف)


@dataclass(frozen=True)
class Words:
    """The word lists of ``words.txt``, one field per ``[section]``, normalised."""

    according: dict[str, str]
    complementisers: frozenset[str]
    complementiser_pronouns: frozenset[str]
    parenthetical: frozenset[str]
    impersonal_adjectives: frozenset[str]
    negations: frozenset[str]
    stance_nouns: frozenset[str]
    stance_pronouns: frozenset[str]
    stance_prepositions: frozenset[str]
    claim_nouns: frozenset[str]
    claim_noun_prepositions: frozenset[str]
    break_words: frozenset[str]
    continuers: frozenset[str]
    stop_words: frozenset[str]
    pronouns: frozenset[str]
    relatives: frozenset[str]
    prepositions: frozenset[str]
    subject_stops: frozenset[str]
    not_names: frozenset[str]
    description_heads: frozenset[str]
    anaphors: frozenset[str]
    resumptive_pronouns: frozenset[str]
    emphatic_tails: frozenset[str]
    auxiliaries: frozenset[str]
    event_nouns: frozenset[str]
    documents: frozenset[str]
    unnamed_heads: frozenset[str]
    person_heads: frozenset[str]
    organisation_heads: frozenset[str]
    w_words: frozenset[str]
    by_saying: frozenset[str]
    impersonal_certainty: dict[str, str]


def past_forms(past: str) -> list[str]:
    """3rd-person past forms: masculine, feminine, masculine plural (قال، قالت، قالوا).

    A final ى drops before the endings (نفى، نفت، نفوا); a final ي stays
    before ت and drops before وا (خشي، خشيت، خشوا).
    """
    if past.endswith("ى"):
        return [past, past[:-1] + "ت", past[:-1] + "وا"]
    if past.endswith("ي"):
        return [past, past + "ت", past[:-1] + "وا"]
    return [past, past + "ت", past + "وا"]


def present_forms(present: str) -> list[str]:
    """3rd-person present forms from the masculine one (يقول، تقول، يقولون; يرى، ترى، يرون)."""
    stem = present[1:]
    plural = present[:-1] if present.endswith(("ى", "ي")) else present
    return [present, "ت" + stem, plural + "ون"]


def participle_forms(participle: str) -> list[str]:
    """Accusative masculine and feminine of an active participle (مضيفا، مضيفة)."""
    return [participle + "ا", participle + "ة"]


def _key(word: str) -> str:
    return normalize_query(word)


def read_verbs(path: Path, by_saying: frozenset[str] = frozenset()) -> Verbs:
    """The reporting verbs of ``path`` (``verbs.tsv``), inflections generated.

    ``by_saying`` (بقوله) are participles of قال's noun قول.
    """
    verb_of: dict[str, str] = {}
    participle_of: dict[str, str] = {f: "قول" for f in by_saying}
    forms: dict[str, set[str]] = {}
    certainty: dict[str, str] = {}
    roles: dict[str, set[str]] = {role: set() for role in _ROLES}
    for number, cols in _tsv_rows(path, _VERB_COLUMNS):
        lemma, past, present, participle, also, notes = cols
        lemma = _key(lemma)
        finite = past_forms(past) + (present_forms(present) if present != "-" else [])
        finite += also.split()
        for form in map(_key, finite):
            verb_of[form] = lemma
            forms.setdefault(lemma, set()).add(form)
        if participle != "-":
            for form in map(_key, participle_forms(participle)):
                participle_of[form] = lemma
        for note in notes.split():
            if note in _CERTAINTIES:
                certainty[lemma] = note
            elif note in _ROLES:
                roles[note].add(lemma)
            else:
                raise WordsError(f"{path}:{number}: unknown note {note!r}")
    return Verbs(verb_of, participle_of, {k: frozenset(v) for k, v in forms.items()},
                 certainty, **{k: frozenset(v) for k, v in roles.items()})


def _tsv_rows(path: Path, columns: tuple[str, ...]) -> list[tuple[int, list[str]]]:
    """Numbered rows of a TSV file whose header is ``columns``; comments and blanks skipped."""
    rows: list[tuple[int, list[str]]] = []
    header_seen = False
    for number, line in enumerate(_read(path).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if not header_seen:
            if tuple(cols) != columns:
                raise WordsError(f"{path}:{number}: the header must be {chr(9).join(columns)!r}")
            header_seen = True
            continue
        if len(cols) < len(columns) - 2 or not all(cols[:2]):
            raise WordsError(f"{path}:{number}: a row needs {len(columns)} tab-separated columns")
        rows.append((number, cols + [""] * (len(columns) - len(cols))))
    return rows


def read_sections(path: Path) -> dict[str, dict[str, str]]:
    """The ``[name]`` sections of ``path``: each entry normalised, mapped to its value.

    An entry ``form=value`` maps the form to ``value`` (a lemma is
    normalised too, a certainty is not); a plain entry maps to itself.
    """
    sections: dict[str, dict[str, str]] = {}
    current: dict[str, str] | None = None
    for number, raw in enumerate(_read(path).splitlines(), start=1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1].strip(), {})
            continue
        if current is None:
            raise WordsError(f"{path}:{number}: words before the first [section]")
        for entry in line.split():
            form, _, value = entry.partition("=")
            value = value or form
            current[_key(form)] = value if value in _CERTAINTIES else _key(value)
    return sections


def read_words(path: Path) -> Words:
    """The word lists of ``path`` (``words.txt``); every field of :class:`Words` is required."""
    sections = read_sections(path)
    names = [f.name for f in fields(Words)]
    missing = [n for n in names if n not in sections]
    unknown = sorted(set(sections) - set(names))
    if missing or unknown:
        raise WordsError(f"{path}: missing sections {missing}, unknown sections {unknown}")
    mappings = {"according", "impersonal_certainty"}
    values: dict[str, Any] = {n: dict(sections[n]) if n in mappings else frozenset(sections[n])
                              for n in names}
    return Words(**values)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as err:
        raise WordsError(f"cannot read {path}: {err.strerror or err}") from err


@cache
def load_words(folder: Path = WORDS_DIR) -> tuple[Words, Verbs]:
    """The word lists and verbs of ``folder`` (read once per folder)."""
    words = read_words(folder / "words.txt")
    return words, read_verbs(folder / "verbs.tsv", words.by_saying)


WORDS, VERBS = load_words()
