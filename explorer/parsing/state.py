"""The parser's shared state: what the shape rules read into, and the thresholds they share.

The shape rules (:mod:`explorer.parsing.shapes`) are small functions that each recognise one
Markdown layout and say what they found as a :class:`Reading`; they never write anywhere.
The walker then hands each reading to the readers of clusters, summaries and tables, which add
claims to one :class:`State`, the only thing that accumulates while an article is read (as
markdown-it's block rules share one ``StateBlock``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from explorer.model import Claim, ClaimKind, Comparison
from explorer.parsing.limits import MAX_CLAIMS, MAX_GROUPS, MAX_SUBJECTS, cut_warning
from explorer.parsing.markdown import Block, Table
from explorer.parsing.names import Namer
from explorer.wording import counted

NAMED = 0.5
"""A name scoring at least this against the question (half its words are the question's)
names a compared subject: below it the name is an attribute, a topic or a group label."""

GROUP_MAJORITY = 0.5
"""Bold items with nested points are a layout of groups only when they are at least this share
of the items in their lists (otherwise they are a few highlighted points in a list)."""


def in_row(claim: Claim) -> bool:
    """The claim was read in an attribute's row: its section is its attribute (attribute-major,
    ``1. **Response Time**:`` over ``- **Batch Processing**: ...``, or a heading's row)."""
    return claim.attribute is not None and claim.section == claim.attribute


@dataclass(frozen=True)
class Entry:
    """One statement inside a group: its label (attribute or subject) and Markdown text."""

    label: str | None
    text: str
    line: int
    group: str | None = None
    """The group label the label is joined to (``**Advantages:**`` over ``- **Cost**: ...``
    is the label ``Advantages > Cost`` in the group ``Advantages``): an attribute of a
    group, never one of the compared names."""
    parts: tuple[Entry, ...] = ()
    """An item's own text and the labelled items nested under it, each on its own line
    (``- **Characteristics**:`` over ``- **Speed**: ...``): read as the group's attributes
    once the item is known to be an attribute of a subject, not a subject itself."""


@dataclass(frozen=True)
class Group:
    """A name (heading, bold paragraph or bold item) and the statements under it.

    ``parent`` is the section the group was found inside, when the group is not a heading
    of its own (its name may then only refer to a subject: "Use NoSQL Databases When").
    """

    name: str
    line: int
    entries: tuple[Entry, ...]
    parent: str | None


@dataclass(frozen=True)
class Entries:
    """What a run of blocks says: its statements, and any ``**Summary**: ...`` paragraphs,
    which are read last, once every subject is known."""

    entries: tuple[Entry, ...] = ()
    summaries: tuple[Entry, ...] = ()


@dataclass(frozen=True)
class Reading:
    """What one shape rule made of one section.

    Either ``groups`` form a cluster of their own, with the blocks ``before`` and ``after``
    them left to be read as the same section (``own_cluster``); or the section adds its
    ``groups`` to the cluster of its siblings; or, for blocks under no name, its ``loose``
    statements stand alone. ``tables`` lay out the subjects side by side and are read as
    tables; ``summaries`` are ``**Summary**:`` paragraphs met on the way.
    """

    groups: tuple[Group, ...] = ()
    own_cluster: bool = False
    before: tuple[Block, ...] = ()
    after: tuple[Block, ...] = ()
    tables: tuple[Table, ...] = ()
    loose: tuple[Entry, ...] | None = None
    summaries: tuple[Entry, ...] = ()
    warnings: tuple[str, ...] = ()


@dataclass
class State:
    """Everything read so far from one article; the readers add to it, nothing takes away."""

    names: Namer
    kinds: bool = False
    """The question asks about the members of a set it does not name (see
    :attr:`~explorer.parsing.question.Question.kinds`): labelled items are those members."""
    coordinated: bool = False
    """The question's names come from a plain "X and Y" (see
    :attr:`~explorer.parsing.question.Question.coordinated`): only the structure can say
    they are compared, so a reading that needs the question to say so does not apply."""
    claims: list[Claim] = field(default_factory=list)
    summary: dict[str, str] = field(default_factory=dict)
    summary_claims: list[Claim] = field(default_factory=list)
    differences: list[Claim] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    summary_paragraphs: list[Entry] = field(default_factory=list)
    subject_lines: dict[str, int] = field(default_factory=dict)
    headings: dict[int, str] = field(default_factory=dict)
    """Claim index -> the heading above a subject's unlabelled point, read by
    :func:`.heading_rows.headings_as_attributes` before settling rebuilds :attr:`claims`."""
    labelled_headings: dict[int, str] = field(default_factory=dict)
    """The same for a subject's labelled statement (``### Structure`` over ``1. **Neurons**:``
    over ``- **Dendrites**: ...``), grouped under that heading when headings are attributes."""
    _cuts: set[str] = field(default_factory=set)
    _groups: int = 0

    def subject(self, name: str, line: int, *, exact: bool = False) -> str | None:
        """Register ``name`` as a subject first seen on ``line``; return the subject it is,
        or None for a new subject past :data:`MAX_SUBJECTS` (its statements are dropped)."""
        names = self.names
        if len(names.subjects) >= MAX_SUBJECTS:
            known = names.resolve_exact(name) if exact else names.resolve(name)
            if known is None:
                self._cut(line, "too many subjects", MAX_SUBJECTS, "further subjects are not read")
                return None
        subject = names.add(name, exact=exact)
        self.subject_lines.setdefault(subject, line)
        return subject

    def room_for_groups(self, count: int, line: int) -> bool:
        """Whether ``count`` more groups fit under :data:`MAX_GROUPS` (then they are counted)."""
        if self._groups + count > MAX_GROUPS:
            self._cut(line, "too many sections", MAX_GROUPS, "further sections are not read")
            return False
        self._groups += count
        return True

    def _room(self, line: int) -> bool:
        """Whether one more statement fits under :data:`MAX_CLAIMS`."""
        if len(self.claims) + len(self.differences) + len(self.summary_claims) < MAX_CLAIMS:
            return True
        self._cut(line, "too many statements", MAX_CLAIMS, "further statements are not read")
        return False

    def _cut(self, line: int, what: str, limit: int, kept: str) -> None:
        """Say a cut once per kind (the first place it happened), not once per dropped item."""
        if what not in self._cuts:
            self._cuts.add(what)
            self.warnings.append(cut_warning(line, what, limit, kept))

    def claim(
        self,
        subject: str,
        attribute: str | None,
        entry: Entry,
        kind: ClaimKind,
        section: str | None,
        heading: str | None = None,
    ) -> None:
        """One subject's statement, if there is room for it (``heading``: the heading it is
        under)."""
        if self._room(entry.line):
            if heading is not None:
                under = self.headings if attribute is None else self.labelled_headings
                under[len(self.claims)] = heading
            self.claims.append(Claim(subject, attribute, entry.text, entry.line, kind, section))

    def difference(self, attribute: str | None, text: str, line: int, section: str | None) -> None:
        """A statement about the subjects together (no single subject), if it says anything."""
        if text.strip() and self._room(line):
            self.differences.append(Claim(None, attribute, text, line, "difference", section))

    def add_summary(self, subject: str, text: str, line: int) -> None:
        """One more summary sentence for ``subject`` (several are joined with a space)."""
        text = text.strip()
        if not text or not self._room(line):
            return
        self.summary[subject] = (
            f"{self.summary[subject]} {text}" if subject in self.summary else text
        )
        self.summary_claims.append(Claim(subject, None, text, line, "summary", None))

    def result(self, *, intro: str, conclusion: str) -> Comparison:
        """The comparison read; fewer than two subjects is said in a warning."""
        warnings = list(self.warnings)
        subjects = tuple(self.names.subjects)
        if len(subjects) < 2:
            found = ", ".join(repr(s) for s in subjects) or "none"
            warnings.append(
                f"not a comparison: found {counted(len(subjects), 'subject')} ({found}); "
                "its points are listed without a side-by-side table"
            )
        return Comparison(
            subjects=subjects,
            claims=tuple(sorted(self.claims, key=lambda c: c.line)),
            summary=dict(self.summary),
            summary_claims=tuple(self.summary_claims),
            differences=tuple(self.differences),
            intro=intro,
            conclusion=conclusion,
            warnings=tuple(warnings),
        )
