"""The actor registry: one canonical entry per real-world actor, across the whole project.

An entry has an id (``act-...``), a display name, aliases and an ACTOR
type. A *mention* is an ACTOR span anywhere in the project; grouping a
mention means setting its ``canonical_id`` to an entry's id (an ordinary
span edit, :func:`link_edits`), so واشنطن, الولايات المتحدة and الإدارة
الأميركية can all point to one "United States".

Grouping suggestions (:func:`suggest_groupings`) come from names that are
identical once normalised (:func:`annotator.core.arabic.normalize_query`)
and from a lexicon's canonical column (``resources/lexicon/*.tsv``): all
surface forms the lexicon maps to one canonical name are proposed as one
group, attached to the registry entry of that name when there is one. They
are only suggestions: the analyst accepts them.

Storage is :mod:`annotator.formats.registry_store`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from annotator.core.arabic import normalize_query
from annotator.core.edits import Batch, ChangeSpan, set_canonical
from annotator.core.model import AnnotationSet, Status, new_id, span_sort_key

ACTOR_TYPES = ("person", "organisation", "state", "armed_group", "unnamed_source")
#: Lexicon types spelt differently from the schema's ACTOR types.
_TYPE_ALIASES = {"institution": "organisation", "country": "state", "capital": "state"}


class RegistryError(ValueError):
    """A registry change that cannot be made; the message says why, for the user."""


def name_key(name: str) -> str:
    """The form two names must share to be "the same name": normalised, single-spaced."""
    return " ".join(normalize_query(name).split())


@dataclass(frozen=True)
class ActorEntry:
    """A canonical actor: id, display name, aliases (surface forms) and type."""

    id: str
    name: str
    aliases: tuple[str, ...] = ()
    type: str | None = None
    extra: Mapping[str, Any] = field(default_factory=dict)

    def name_keys(self) -> set[str]:
        """Normalised keys of the name and every alias."""
        return {k for k in (name_key(n) for n in (self.name, *self.aliases)) if k}


@dataclass
class ActorRegistry:
    """All canonical actors of a project, by id. ``extra`` keeps unknown file keys."""

    entries: dict[str, ActorEntry] = field(default_factory=dict)
    extra: dict[str, Any] = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> ActorEntry | None:
        """The entry with this id, if any."""
        return self.entries.get(entry_id)

    def sorted_entries(self) -> list[ActorEntry]:
        """Entries by name (then id), as a registry view lists them."""
        return sorted(self.entries.values(), key=lambda e: (e.name.casefold(), e.id))

    def find(self, surface: str) -> list[ActorEntry]:
        """Entries whose name or an alias is ``surface`` once normalised."""
        key = name_key(surface)
        return [e for e in self.sorted_entries() if key and key in e.name_keys()]

    def _check(self, entry: ActorEntry) -> None:
        if not entry.name.strip():
            raise RegistryError("an actor needs a name")
        if entry.type is not None and entry.type not in ACTOR_TYPES:
            raise RegistryError(f"actor type must be one of {', '.join(ACTOR_TYPES)}; "
                                f"got {entry.type!r}")

    def add(self, name: str, *, type: str | None = None, aliases: Iterable[str] = (),
            entry_id: str | None = None) -> ActorEntry:
        """Create an entry (a fresh id unless given) and return it."""
        entry = ActorEntry(entry_id or new_id("act"), name.strip(),
                           _unique(a.strip() for a in aliases if a.strip()), type)
        if entry.id in self.entries:
            raise RegistryError(f"there is already an actor with id {entry.id}")
        self._check(entry)
        self.entries[entry.id] = entry
        return entry

    def put(self, entry: ActorEntry) -> None:
        """Replace (or add) an entry as given (used by undo and by the store)."""
        self._check(entry)
        self.entries[entry.id] = entry

    def require(self, entry_id: str) -> ActorEntry:
        """The entry with this id; raises :class:`RegistryError` when there is none."""
        entry = self.entries.get(entry_id)
        if entry is None:
            raise RegistryError(f"there is no actor with id {entry_id}")
        return entry

    def rename(self, entry_id: str, name: str) -> ActorEntry:
        """Change the display name; the old name is kept as an alias."""
        entry = self.require(entry_id)
        new = replace(entry, name=name.strip(),
                      aliases=_unique((*entry.aliases, entry.name)) if entry.name != name
                      else entry.aliases)
        new = replace(new, aliases=tuple(a for a in new.aliases if a != new.name))
        self.put(new)
        return new

    def add_alias(self, entry_id: str, alias: str) -> ActorEntry:
        """Add a surface form to an entry (ignored when it is already there)."""
        entry = self.require(entry_id)
        alias = alias.strip()
        if not alias or alias == entry.name or alias in entry.aliases:
            return entry
        new = replace(entry, aliases=(*entry.aliases, alias))
        self.put(new)
        return new

    def remove_alias(self, entry_id: str, alias: str) -> ActorEntry:
        """Drop a surface form from an entry."""
        entry = self.require(entry_id)
        new = replace(entry, aliases=tuple(a for a in entry.aliases if a != alias))
        self.put(new)
        return new

    def set_type(self, entry_id: str, actor_type: str | None) -> ActorEntry:
        """Set or clear the entry's ACTOR type."""
        new = replace(self.require(entry_id), type=actor_type)
        self.put(new)
        return new

    def remove(self, entry_id: str) -> ActorEntry:
        """Remove an entry (its mentions must be unlinked or relinked by the caller)."""
        return self.entries.pop(self.require(entry_id).id)

    def merge(self, keep_id: str, other_ids: Iterable[str]) -> ActorEntry:
        """Fold ``other_ids`` into ``keep_id``: names become aliases, the others go.

        Mentions linked to the others must be relinked to ``keep_id``
        (:func:`relink_edits`).
        """
        keep = self.require(keep_id)
        others = [self.require(i) for i in other_ids if i != keep_id]
        aliases = list(keep.aliases)
        for other in others:
            aliases += [other.name, *other.aliases]
        actor_type = keep.type or next((o.type for o in others if o.type), None)
        merged = replace(keep, aliases=tuple(a for a in _unique(aliases) if a != keep.name),
                         type=actor_type)
        for other in others:
            del self.entries[other.id]
        self.put(merged)
        return merged


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return tuple(out)


# ------------------------------------------------------------------ mentions


@dataclass(frozen=True)
class Mention:
    """An ACTOR span somewhere in the project."""

    document_id: str
    annotator: str
    span_id: str
    text: str
    start: int = 0
    end: int = 0
    canonical_id: str | None = None
    actor_type: str | None = None
    lexicon_canonical: str | None = None


def mentions_of(ann: AnnotationSet, label: str = "ACTOR") -> list[Mention]:
    """The non-rejected ``label`` spans of one annotation set as mentions."""
    out = []
    wanted = [s for s in ann.spans.values() if s.label == label and s.status is not Status.REJECTED]
    for span in sorted(wanted, key=span_sort_key):  # the order of ann.sorted_spans()
        canonical = span.extra.get("canonical") if span.extra else None
        out.append(Mention(ann.document_id, ann.annotator, span.id, span.text, span.start,
                           span.end, span.canonical_id, span.attributes.get("type"),
                           canonical if isinstance(canonical, str) else None))
    return out


def link_edits(ann: AnnotationSet, span_ids: Iterable[str], canonical_id: str | None,
               description: str = "Group actor mentions") -> Batch:
    """One undoable step setting ``canonical_id`` on the given spans of ``ann``."""
    edits: list[ChangeSpan] = []
    for span_id in span_ids:
        span = ann.spans.get(span_id)
        if span is None:
            raise RegistryError(f"span {span_id} is not in document {ann.document_id}")
        if span.canonical_id != canonical_id:
            edits.append(set_canonical(span, canonical_id))
    return Batch(tuple(edits), description)


def relink_edits(ann: AnnotationSet, mapping: Mapping[str, str | None],
                 description: str = "Relink actor mentions") -> Batch:
    """One undoable step moving spans from old canonical ids to new ones (``None`` unlinks)."""
    edits = [set_canonical(s, mapping[s.canonical_id]) for s in ann.sorted_spans()
             if s.canonical_id is not None and s.canonical_id in mapping
             and mapping[s.canonical_id] != s.canonical_id]
    return Batch(tuple(edits), description)


# ------------------------------------------------------------------ grouping suggestions


@dataclass(frozen=True)
class GroupingSuggestion:
    """Mentions that look like one actor, with the entry or name to group them under.

    ``reason`` is ``"registry"`` (their name is a registry entry's name or
    alias), ``"lexicon"`` (the lexicon gives them one canonical name) or
    ``"same_name"`` (identical once normalised). ``entry_id`` is set when an
    existing entry should receive them; otherwise accepting creates an entry
    called ``name`` with ``aliases``.
    """

    reason: str
    name: str
    mentions: tuple[Mention, ...]
    entry_id: str | None = None
    type: str | None = None
    aliases: tuple[str, ...] = ()

    @property
    def documents(self) -> list[str]:
        """Ids of the documents the mentions come from."""
        return sorted({m.document_id for m in self.mentions})


def canonicals_from_lexicon(lexicon: Any, labels: tuple[str, ...] = ("ACTOR", "LOCATION")
                            ) -> dict[str, tuple[str, str]]:
    """``{normalised entry: (canonical name, ACTOR type)}`` from a lexicon's canonical column.

    ``lexicon`` is an :class:`annotator.suggest.lexicon.Lexicon` (any object
    with ``entries: {key: [entry with label, canonical, type]}``); entries
    without a canonical name are left out. Countries and capitals of the
    LOCATION lines count too, as states (الولايات المتحدة acting is the
    state "United States", like واشنطن); the first label in ``labels`` wins
    when a key has several.
    """
    out: dict[str, tuple[str, str]] = {}
    for key, bucket in lexicon.entries.items():
        for label in labels:
            e = next((x for x in bucket if x.label == label and x.canonical), None)
            if e is not None:
                out[key] = (e.canonical, _TYPE_ALIASES.get(e.type, e.type))
                break
    return out


def suggest_groupings(mentions: Iterable[Mention], registry: ActorRegistry,
                      lexicon: Mapping[str, tuple[str, str]] | None = None, *,
                      min_mentions: int = 2,
                      name_keys: Mapping[str, str] | None = None) -> list[GroupingSuggestion]:
    """Groupings for the mentions that have no canonical id yet (see the module docstring).

    A registry match or a lexicon canonical is suggested even for one
    mention; a group by identical name needs ``min_mentions``. The biggest
    groups come first. ``name_keys`` maps mention texts to their
    :func:`name_key` when it was computed already (normalising is most of
    the cost: 0.25 s for 36,000 mentions); other texts are normalised here.
    """
    lexicon = lexicon or {}
    known_keys = name_keys or {}
    by_key_entry: dict[str, ActorEntry] = {}
    for entry in registry.sorted_entries():
        for key in sorted(entry.name_keys()):
            by_key_entry.setdefault(key, entry)
    to_entry: dict[str, list[Mention]] = {}
    to_canonical: dict[str, list[tuple[Mention, str]]] = {}
    same: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.canonical_id:
            continue
        key = known_keys.get(m.text) or name_key(m.text)
        if not key:
            continue
        if key in by_key_entry:
            to_entry.setdefault(by_key_entry[key].id, []).append(m)
        elif key in lexicon or m.lexicon_canonical:
            canonical, ltype = lexicon.get(key, (m.lexicon_canonical or "", ""))
            to_canonical.setdefault(canonical, []).append((m, ltype))
        else:
            same.setdefault(key, []).append(m)
    out = [_registry_grouping(registry.entries[entry_id], ms)
           for entry_id, ms in to_entry.items()]
    by_name = {name_key(e.name): e for e in registry.sorted_entries()}
    out += [_lexicon_grouping(canonical, pairs, by_name.get(name_key(canonical)))
            for canonical, pairs in to_canonical.items()]
    out += [_same_name_grouping(ms) for ms in same.values() if len(ms) >= min_mentions]
    out.sort(key=lambda g: (-len(g.mentions), g.name))
    return out


def _registry_grouping(entry: ActorEntry, ms: list[Mention]) -> GroupingSuggestion:
    """Mentions whose name is one of a registry entry's names: group them under it."""
    return GroupingSuggestion("registry", entry.name, tuple(ms), entry.id, entry.type,
                              _new_aliases(entry, ms))


def _lexicon_grouping(canonical: str, pairs: list[tuple[Mention, str]],
                      named: ActorEntry | None) -> GroupingSuggestion:
    """Mentions the lexicon gives one canonical name: under the registry entry of that
    name when there is one, else as a new actor; the type the lexicon or mentions say most."""
    ms = [m for m, _ in pairs]
    types = [t for _, t in pairs if t] or [m.actor_type for m in ms if m.actor_type]
    actor_type = Counter(types).most_common(1)[0][0] if types else None
    if actor_type not in ACTOR_TYPES:
        actor_type = None
    if named is not None:
        return GroupingSuggestion("lexicon", named.name, tuple(ms), named.id,
                                  named.type or actor_type, _new_aliases(named, ms))
    return GroupingSuggestion("lexicon", canonical, tuple(ms), None, actor_type,
                              _unique(m.text for m in ms))


def _same_name_grouping(ms: list[Mention]) -> GroupingSuggestion:
    """Mentions with one name key: a new actor named by their most frequent text."""
    types = [m.actor_type for m in ms if m.actor_type in ACTOR_TYPES]
    name = Counter(m.text for m in ms).most_common(1)[0][0]
    return GroupingSuggestion("same_name", name, tuple(ms), None,
                              Counter(types).most_common(1)[0][0] if types else None,
                              tuple(a for a in _unique(m.text for m in ms) if a != name))


def _new_aliases(entry: ActorEntry, mentions: Iterable[Mention]) -> tuple[str, ...]:
    """Surface forms of ``mentions`` the entry does not list yet (exact spelling)."""
    known = {entry.name, *entry.aliases}
    return tuple(t for t in _unique(m.text for m in mentions) if t not in known)


def accept_grouping(registry: ActorRegistry, suggestion: GroupingSuggestion) -> ActorEntry:
    """Create or extend the registry entry a suggestion names; return it.

    The mentions still need their ``canonical_id`` set (:func:`link_edits`
    per document, or :func:`annotator.formats.registry_store.link_mentions`).
    """
    if suggestion.entry_id is not None:
        entry = registry.require(suggestion.entry_id)
        for alias in suggestion.aliases:
            entry = registry.add_alias(entry.id, alias)
        if entry.type is None and suggestion.type is not None:
            entry = registry.set_type(entry.id, suggestion.type)
        return entry
    return registry.add(suggestion.name, type=suggestion.type,
                        aliases=[a for a in suggestion.aliases if a != suggestion.name])


def undo_grouping(registry: ActorRegistry, before: ActorEntry | None,
                  after: ActorEntry) -> ActorEntry | None:
    """Take back what accepting a grouping did to ``registry``; return the entry as it was.

    ``before`` is the entry before :func:`accept_grouping` (None when the
    grouping created it) and ``after`` what it made. A created entry is
    removed, so no actor without mentions is left behind; an extended one
    loses the aliases the grouping added and gets its old type back unless
    the type was changed since. Returns the entry as it was just before
    this call (None when it is already gone), for :func:`redo_grouping`.
    """
    current = registry.get(after.id)
    if current is None:
        return None
    if before is None:
        registry.remove(after.id)
        return current
    added = set(after.aliases) - set(before.aliases)
    actor_type = before.type if current.type == after.type else current.type
    registry.put(replace(current, aliases=tuple(a for a in current.aliases if a not in added),
                         type=actor_type))
    return current


def redo_grouping(registry: ActorRegistry, before: ActorEntry | None, after: ActorEntry,
                  undone: ActorEntry | None) -> None:
    """Make the registry edit of an undone grouping again (see :func:`undo_grouping`).

    ``undone`` is what :func:`undo_grouping` returned: a created entry comes
    back as it was when it was undone (a rename made in between is kept).
    """
    current = registry.get(after.id)
    if current is None:
        registry.put(undone if before is None and undone is not None else after)
        return
    for alias in after.aliases:
        if before is None or alias not in before.aliases:
            registry.add_alias(after.id, alias)
    if registry.entries[after.id].type is None and after.type is not None:
        registry.set_type(after.id, after.type)
