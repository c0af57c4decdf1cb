"""Quoted passages: « », „ “, “ ”, ‘ ’, `` '' and straight quotes, nested or not."""

from __future__ import annotations

# Opening mark -> the marks that may close it. "“" opens English quotes and closes „ in
# Ukrainian, German and Russian typography, so it is both.
_CLOSERS = {"«": "»", "„": "“”", "“": "”", "‘": "’", '"': '"', "‚": "‘’"}
_OPENING_CONTEXT = " \t\n([{—–-/«„“‘:"


def quoted(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Spans inside the outermost quotation marks of ``text[start:end]``, marks excluded.

    A straight quote opens after a space, a bracket, a dash or another mark and closes
    elsewhere; an apostrophe inside a word (company’s) is never a mark. Unclosed marks open nothing."""
    stop = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    i = start - 1
    while i + 1 < stop:
        i += 1
        char = text[i]
        # Penn Treebank's `` and '' (tokenised English corpora): one mark each, two characters long.
        if text.startswith("``", i):
            stack.append(("``", i + 1))
            i += 1
            continue
        if text.startswith("''", i) and stack and stack[-1][0] == "``":
            _, position = stack.pop()
            if not stack and i > position + 1:
                spans.append((position + 1, i))
            i += 1
            continue
        if stack and char in _CLOSERS.get(stack[-1][0], "") and not _inside_word(text, i, start, stop):
            _, position = stack.pop()
            if not stack and i > position + 1:
                spans.append((position + 1, i))
            continue
        if char in _CLOSERS and (i == start or text[i - 1] in _OPENING_CONTEXT):
            stack.append((char, i))
    return spans


def _inside_word(text: str, i: int, start: int, stop: int) -> bool:
    # "’" between letters is an apostrophe (Kim’s, п’ятниці), not a closing mark.
    return text[i] in "’'" and start < i < stop - 1 and text[i - 1].isalpha() and text[i + 1].isalpha()
