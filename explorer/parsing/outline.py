"""The document outline: headings nest blocks into sections; intro and conclusion come off the ends."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from explorer.parsing.inline import heading_name, split_label
from explorer.parsing.markdown import Block, Code, Heading, Para

_SUMMARY = re.compile(
    r"^(?:(?:a |the )?(?:quick |brief |short |overall )?"
    r"(?:summary|recap|comparison|comparison summary|comparison table|overview of differences)"
    r"(?: table| of (?:the )?(?:key |main |major )?(?:differences|comparison)| at a glance)?"
    r"|(?:key|main|major|core|notable) (?:differences|distinctions|takeaways|points)"
    r"(?: summary| at a glance| in (?:short|summary))?"
    r"|differences(?: at a glance| in (?:short|summary))?|summary and conclusion"
    r"|in (?:short|summary|a nutshell)|tl ?;? ?dr|at a glance|bottom line|conclusion|verdict"
    r"|(?:a |the )?(?:summary|recap) of .+"  # "Summary of Functions", "Summary of Roles"
    r"|(?:key )?similarities(?: and differences)?|common ground|what they (?:share|have in common)"
    r"|(?:a |the )?comparative (?:analysis|insights?|overview|summary|perspective|view|table)"
    r"|trade ?offs? (?:between|in|of|and) .+"  # "Trade-offs Between Time and Space"
    r"|(?:(?:key|main|major) )?(?:differences|distinctions|similarities|comparison)"
    r" (?:between|of) .+|(?:key |main )?differences (?:from|with|to|among) .+)$"
)


@lru_cache(maxsize=1024)
def is_summary_name(name: str) -> bool:
    """True for "Summary of Differences", "Key Differences", "In short", "TL;DR", "Conclusion",
    "Similarities" ...: sections about the subjects together, never a subject themselves."""
    words = " ".join(re.sub(r"[^a-z;]+", " ", name.lower()).split())
    return bool(_SUMMARY.match(words))


@dataclass
class Section:
    """A heading and everything under it up to the next heading of the same or a higher level."""

    name: str | None
    level: int
    line: int
    body: list[Block] = field(default_factory=list)
    subs: list[Section] = field(default_factory=list)

    @property
    def is_summary(self) -> bool:
        return self.name is not None and is_summary_name(self.name)

    def last(self) -> Section:
        return self.subs[-1].last() if self.subs else self


def outline(blocks: list[Block]) -> Section:
    """Nest ``blocks`` under their headings; the root (name None) holds what precedes any heading."""
    root = Section(None, 0, 1)
    stack = [root]
    for block in blocks:
        if isinstance(block, Heading):
            while stack[-1].level >= block.level:
                stack.pop()
            section = Section(heading_name(block.raw), block.level, block.line)
            stack[-1].subs.append(section)
            stack.append(section)
        else:
            stack[-1].body.append(block)
    return root


def is_prose(block: Block) -> bool:
    """A paragraph of running text (not a bold label or a ``**Attr**: text`` line)."""
    if not isinstance(block, Para):
        return False
    label = split_label(block.raw)
    return label is None or not label.separated


def take_intro(root: Section) -> list[Para]:
    """Remove and return the prose paragraphs that open the document."""
    intro: list[Para] = []
    while root.body and is_prose(root.body[0]):
        block = root.body.pop(0)
        assert isinstance(block, Para)
        intro.append(block)
    return intro


def take_conclusion(root: Section) -> list[Para]:
    """Remove and return the prose paragraphs that close the document.

    They are the conclusion when something else (a list, a table) comes before them in their
    section, or when that section is a summary or the document root (a summary's code blocks
    among them too); a subject section made only of prose keeps its paragraphs, but for
    closing ones that say they close ("In summary, the genotype ... while the phenotype ...":
    about every subject, not the last).
    """
    last = root.last()
    summary = last is not root and last.is_summary
    end = len(last.body)
    # a summary's code block closes with its paragraphs ("You can log in by running: ```...```")
    while end and (is_prose(block := last.body[end - 1]) or (summary and isinstance(block, Code))):
        end -= 1
    if end == len(last.body):
        return []
    if end == 0 and last is not root and not summary:
        end = next((i for i, b in enumerate(last.body) if i and _closes(b)), len(last.body))
        if end == len(last.body):
            return []
    closing = [Para(b.source, b.line) if isinstance(b, Code) else b for b in last.body[end:]]
    del last.body[end:]
    return [b for b in closing if isinstance(b, Para)]


_CLOSING = re.compile(
    r"^(?:in (?:conclusion|summary|short|essence)|overall|to (?:summari[sz]e|sum up|conclude))\b",
    re.IGNORECASE,
)


def _closes(block: Block) -> bool:
    """A paragraph that opens by saying it closes the article ("In summary, ...")."""
    return isinstance(block, Para) and bool(_CLOSING.match(block.raw))
