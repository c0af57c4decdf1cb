"""Find and resolve every time expression of a text in one language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from kronika.doc import Sentence, TimeExpression
from kronika.timex.patterns import Patterns, patterns
from kronika.timex.resolve import Context, resolve


def _sentence_bounds(sentences: Sequence[Sentence], start: int, end: int, length: int) -> tuple[int, int]:
    for sentence in sentences:
        if sentence.start <= start < sentence.end:
            return sentence.start, sentence.end
    return max(0, start - 150), min(length, end + 150)


def _nearest_cue(pattern: re.Pattern[str] | None, before: str, after: str) -> int | None:
    """How far the cue nearest to the expression is from it, on either side, or None without one."""
    if pattern is None:
        return None
    distances = [len(before) - m.end() for m in pattern.finditer(before)][-1:]
    following = pattern.search(after)
    if following:
        distances.append(following.start())
    return min(distances, default=None)


def _tense(text: str, patterns_: Patterns, start: int, end: int, sentences: Sequence[Sentence]) -> int:
    """+1 when the tense cue nearest to the expression looks ahead ("планує відвідати", "will"),
    -1 when it looks back ("заявив", "said"), 0 when the sentence has none."""
    first, last = _sentence_bounds(sentences, start, end, len(text))
    before, after = text[first:start], text[end:last]
    future = _nearest_cue(patterns_.future, before, after)
    past = _nearest_cue(patterns_.past, before, after)
    if future is None and past is None:
        return 0
    return 1 if past is None or (future is not None and future <= past) else -1


def _with_preposition(text: str, start: int, patterns_: Patterns) -> int:
    """Where the expression starts once a preposition right before it is included ("у липні")."""
    if patterns_.preposition is None:
        return start
    found = patterns_.preposition.search(text, max(0, start - 4), start)
    return found.start() if found else start


_GLUED_WORD = re.compile(r"([^\W\d_]+)-$")


def _in_name(text: str, start: int) -> bool:
    """ "Євро-2012", "ЕГЭ-2013": a number glued to a capitalised word is part of a name ("серпня-2018" is not)."""
    glued = _GLUED_WORD.search(text, max(0, start - 40), start)
    return glued is not None and glued.group(1)[0].isupper()


def _is_age(text: str, start: int, value: str, patterns_: Patterns) -> bool:
    """ "в 45 лет", "з 16 років": a count of years after such a preposition is an age, not a period."""
    if patterns_.age_preposition is None or not (value.startswith("P") and value.endswith("Y")):
        return False
    return patterns_.age_preposition.search(text, max(0, start - 4), start) is not None


def _part_of_day(text: str, found: TimeExpression, patterns_: Patterns) -> TimeExpression:
    """ "у вівторок вранці" / "Tuesday morning": a day-level expression narrowed to a part of the day."""
    if found.granularity != "day" or patterns_.part_of_day_after is None:
        return found
    after = patterns_.part_of_day_after.match(text, found.end)
    if after:
        code = patterns_.words.parts_of_day[after.group(1).lower()]
        end = after.end()
        return TimeExpression(
            found.start, end, text[found.start : end], f"{found.value}T{code}", "part of day", found.type
        )
    return found


def _merge_restated(text: str, times: list[TimeExpression]) -> list[TimeExpression]:
    """ "у вівторок вранці, 12 вересня": a weekday restated as a date is one expression, valued by the date."""
    merged: list[TimeExpression] = []
    for current in times:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and re.fullmatch(r"\s*,?\s*", text[previous.end : current.start])
            and previous.granularity in ("day", "part of day")
            and current.granularity == "day"
            and previous.value[:10] == current.value
        ):
            suffix = previous.value[10:] if previous.granularity == "part of day" else ""
            merged[-1] = TimeExpression(
                previous.start,
                current.end,
                text[previous.start : current.end],
                current.value + suffix,
                previous.granularity,
            )
            continue
        merged.append(current)
    return merged


def find_times(
    text: str, lang: str | None, anchor: date | None, sentences: Sequence[Sentence] = ()
) -> list[TimeExpression]:
    compiled = patterns(lang or "")
    if compiled is None:
        return []
    found: list[TimeExpression] = []
    stated: date | None = None
    quarter: tuple[int, int] | None = None  # the last numbered quarter: what "the quarter" refers to
    for match in compiled.expression.finditer(text):
        rule = match.lastgroup or ""
        start, end = match.span()
        last_word = text[start:end].split()[-1]
        if text[end - 1] == "." and (len(last_word) > 5 or not last_word.isascii()):
            end -= 1  # a sentence's full stop after a month written in full
        tense = _tense(text, compiled, start, end, sentences)
        resolved = resolve(rule, text[start:end], compiled, Context(anchor or stated, tense, quarter))
        if resolved is None or _is_age(text, start, resolved.value, compiled):
            continue
        if rule == "year" and _in_name(text, start):
            continue
        quarter = resolved.quarter or quarter
        if resolved.explicit and anchor is None:
            stated = resolved.explicit
        start = _with_preposition(text, start, compiled)
        expression = TimeExpression(start, end, text[start:end], resolved.value, resolved.granularity, resolved.kind)
        found.append(_part_of_day(text, expression, compiled))
    return _merge_restated(text, found)
