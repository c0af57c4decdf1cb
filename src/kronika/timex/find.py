"""Find and resolve every time expression of a text in one language."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from kronika.doc import Sentence, TimeExpression
from kronika.lang import TimeWords
from kronika.timex.patterns import Patterns, patterns
from kronika.timex.resolve import Context, is_abbreviation, resolve


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


_QUOTE_MARK = re.compile(r"``|''|[\"“”«»„]")


def _within_quote(before: str, after: str) -> tuple[str, str]:
    """The sentence around an expression, cut to the quotation that holds it: in "''He will leave at 4 a.m.
    Thursday,'' Castro said" the tense is the speaker's "will", not the reporter's "said". Marks open and close
    by turns, whichever they are, and a quotation counts only where a mark closes it after the expression."""
    marks = list(_QUOTE_MARK.finditer(before))
    closing = _QUOTE_MARK.search(after)
    if len(marks) % 2 == 0 or closing is None:
        return before, after  # no quotation open, or none that closes after it: a name («Торговый дом «Газпром»)
    return before[marks[-1].end() :], after[: closing.start()]


def _tense(text: str, patterns_: Patterns, start: int, end: int, sentences: Sequence[Sentence]) -> int:
    """+1 when the tense cue nearest to the expression looks ahead ("планує відвідати", "will"),
    -1 when it looks back ("заявив", "said"), 0 when the sentence has none."""
    first, last = _sentence_bounds(sentences, start, end, len(text))
    before, after = _within_quote(text[first:start], text[end:last])
    if patterns_.past_perfect is not None and patterns_.past_perfect.search(before, max(0, len(before) - 80)):
        return -1  # "had been due to expire Friday": ahead of a moment that is itself behind
    if patterns_.past_perfect_after is not None and patterns_.past_perfect_after.match(after):
        return -1  # "until Thursday, they had not called": what held up to a moment behind
    if patterns_.deadline is not None and patterns_.deadline.search(before, max(0, len(before) - 12)):
        return 1  # "must be returned by Jan. 14", "effective Feb. 1": ahead, whatever the verb
    if patterns_.since is not None and patterns_.since.search(before, max(0, len(before) - 12)):
        return -1  # "on patrol since March and was scheduled to return": behind, whatever the verb
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


_POSSESSIVE = re.compile(r"['’]s\b")
_GLUED_WORD = re.compile(r"([^\W\d_]+)-$")


def _in_name(text: str, start: int) -> bool:
    """ "Євро-2012", "ЕГЭ-2013": a number glued to a capitalised word is part of a name ("серпня-2018" is not)."""
    glued = _GLUED_WORD.search(text, max(0, start - 40), start)
    return glued is not None and glued.group(1)[0].isupper()


# Rules whose last word is a unit: capitalised after the first word, it names a show ("This Week", "60 Minutes").
_COUNTED = frozenset({"shifted", "duration", "vague", "weekend"})


def _titled(expression: str) -> bool:
    words = expression.split()
    return len(words) > 1 and words[-1].isascii() and words[-1][:1].isupper()


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


_CALENDAR_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NAMED_PERIOD = re.compile(r"\d{4}(?:-\d\d|-Q\d)?(?:-\d\d)?$")
# Rules that state a period, which "that year" or "the following month" may refer back to.
_NAMING_RULES = frozenset({"iso", "dotted", "slashed", "day_month", "month_day", "month", "year", "quarter", "season"})
# Between a time of day and the day it is on: a time zone, a comma ("5 p.m. EST, Nov. 6").
_CLOCK_TO_DAY = re.compile(r"\s*(?:\(?[A-Z]{2,4}\)?)?\s*,?\s*")


def _merge_restated(text: str, times: list[TimeExpression], weekdays: dict[str, int]) -> list[TimeExpression]:
    """ "у вівторок вранці, 12 вересня", "Monday, Oct. 26": a weekday restated as a date is one expression,
    valued by the date, which is stated in full where the weekday had to be placed by the tense."""
    merged: list[TimeExpression] = []
    for current in times:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and re.fullmatch(r"\s*,?\s*", text[previous.end : current.start])
            and previous.granularity in ("day", "part of day")
            and current.granularity == "day"
            and _CALENDAR_DAY.fullmatch(current.value)
            and (previous.value[:10] == current.value or _names_weekday(previous.text, weekdays))
        ):
            suffix = previous.value[10:] if previous.granularity == "part of day" else ""
            merged[-1] = TimeExpression(
                previous.start,
                current.end,
                text[previous.start : current.end],
                current.value + suffix,
                previous.granularity,
                previous.type,
            )
            continue
        merged.append(current)
    return merged


_RANGE_ENDS = frozenset({"day", "month", "year"})
_YEAR_FIRST = re.compile(r"\d{4}")


# A dash between a range's two ends: a hyphen or an en dash, spaced or not ("19 квітня - 6 травня",
# "2013 – 2015 рр."), or an em dash between figures ("1985—1990"). A spaced em dash parts clauses.
_RANGE_DASH = re.compile(r"\s*[-–]\s*|—")
_LONGEST_RANGE_DAYS = {"day": 183, "month": 366}


@cache
def _range_words(range_from: tuple[str, ...], range_to: tuple[str, ...]) -> tuple[re.Pattern[str], ...]:
    """Where a range's start word stands before its first end or begins it, and where its end word stands
    between the ends or begins the second, which took it as its preposition."""
    froms, tos = (rf"(?:{'|'.join(map(re.escape, w))})" for w in (range_from, range_to))
    return (
        re.compile(rf"(?<!\w){froms}\s+$", re.I),
        re.compile(rf"{froms}\s", re.I),
        re.compile(rf"\s+{tos}\s+", re.I),
        re.compile(rf"{tos}\s", re.I),
    )


def _range_of(previous: TimeExpression, current: TimeExpression) -> str | None:
    """The start/end value of two ends, or None when they make no plausible range: a start after its end
    ("Київ, 15 вересня – 14 вересня поліція ..." is a dateline and a date), unless the start has no year of
    its own and a year back makes a short range ("с декабря по февраль")."""
    first, last = previous.value, current.value
    if not (_YEAR_FIRST.match(first) and _YEAR_FIRST.match(last)):
        return f"{first}/{last}"
    written = _YEAR_FIRST.search(previous.text) is not None
    if not written:
        first = last[:4] + first[4:]  # "у травні-червні 2017 року": the start is in the end's year
        if last < first:
            first = f"{int(first[:4]) - 1:04d}{first[4:]}"
    if last < first:
        return None
    longest = _LONGEST_RANGE_DAYS.get(previous.granularity)
    if longest is not None and not written and (_first_day(last) - _first_day(first)).days > longest:
        return None
    return f"{first}/{last}"


def _first_day(value: str) -> date:
    """The first day of a year, month or day value ("2014", "2023-07", "2023-09-12")."""
    day = value[:10]
    return date.fromisoformat(day + {4: "-01-01", 7: "-01"}.get(len(day), ""))


def _join_ranges(text: str, times: list[TimeExpression], words: TimeWords) -> list[TimeExpression]:
    """ "с 12 сентября по 15 октября", "з липня до вересня", "в 2014–2022 годах": two ends are one range,
    valued start/end (ISO 8601). "по"/"до" join only after "с"/"з", and ends of any calendar granularity ("з
    1991 року до сьогодні"); a dash joins ends of one granularity alone, but not before an end that starts
    with a preposition ("15 сентября — В понедельник 11 сентября")."""
    if not words.range_to:
        return times
    from_before, from_within, to_between, to_within = _range_words(words.range_from, words.range_to)
    joined: list[TimeExpression] = []
    for current in times:
        previous = joined[-1] if joined else None
        if previous is None or previous.granularity not in _RANGE_ENDS or current.granularity not in _RANGE_ENDS:
            joined.append(current)
            continue
        between = text[previous.end : current.start]
        own_preposition = current.text.split()[0].lower() in words.prepositions
        alike = current.granularity == previous.granularity
        by_dash = _RANGE_DASH.fullmatch(between) is not None and not own_preposition and alike
        by_word = bool(to_between.fullmatch(between) or (not between.strip() and to_within.match(current.text)))
        # The start word: right before the first end (within a word's length), or its first word.
        before = text[max(0, previous.start - 8) : previous.start]
        opens = bool(from_before.search(before) or from_within.match(previous.text))
        value = _range_of(previous, current) if (by_dash or (by_word and opens)) and "/" not in previous.value else None
        if value is None:
            joined.append(current)
            continue
        joined[-1] = TimeExpression(
            previous.start,
            current.end,
            text[previous.start : current.end],
            value,
            previous.granularity,
            previous.type,
        )
    return joined


def _names_weekday(expression: str, weekdays: dict[str, int]) -> bool:
    return any(word in weekdays for word in re.findall(r"[^\W\d_]+", expression.lower()))


def _clock_on_day(text: str, times: list[TimeExpression], sentences: Sequence[Sentence]) -> list[TimeExpression]:
    """A time of day is on the day the sentence names: "10 p.m. Wednesday" is one expression, and "at 10:35
    a.m. (0735 GMT) Friday" or "on Friday ... at 6 a.m." puts the time on that Friday, not on the anchor."""
    placed: list[TimeExpression] = []
    index = 0
    while index < len(times):
        current = times[index]
        following = times[index + 1] if index + 1 < len(times) else None
        if current.granularity != "time":
            placed.append(current)
            index += 1
            continue
        clock = current.value.partition("T")[2]
        if (
            following is not None
            and _CALENDAR_DAY.fullmatch(following.value)
            and _CLOCK_TO_DAY.fullmatch(text[current.end : following.start])
        ):
            end = following.end
            placed.append(
                TimeExpression(
                    current.start, end, text[current.start : end], f"{following.value}T{clock}", "time", "TIME"
                )
            )
            index += 2
            continue
        first, last = _sentence_bounds(sentences, current.start, current.end, len(text))
        days = [t for t in times if first <= t.start < last and _CALENDAR_DAY.fullmatch(t.value)]
        if days:
            day = min(days, key=lambda t: abs(t.start - current.start)).value
            current = TimeExpression(current.start, current.end, current.text, f"{day}T{clock}", "time", "TIME")
        placed.append(current)
        index += 1
    return placed


def find_times(
    text: str, lang: str | None, anchor: date | None, sentences: Sequence[Sentence] = ()
) -> list[TimeExpression]:
    compiled = patterns(lang or "")
    if compiled is None:
        return []
    found: list[TimeExpression] = []
    stated: date | None = None
    quarter: tuple[int, int] | None = None  # the last numbered quarter: what "the quarter" refers to
    named: str | None = None  # the last date, month, quarter or year the text states: what "that year" refers to
    for match in compiled.expression.finditer(text):
        rule = match.lastgroup or ""
        start, end = match.span()
        last_word = text[start:end].split()[-1]
        month_in_full = last_word[:-1].lower() in compiled.months and not is_abbreviation(last_word[:-1], compiled)
        if text[end - 1] == "." and (month_in_full or len(last_word) > 5 or not last_word.isascii()):
            end -= 1  # a sentence's full stop after a month written in full ("June.", not "Jan.")
        # "Wednesday's ruling": a possessive names a thing already there, whatever the clause's tense.
        tense = 0 if _POSSESSIVE.match(text, end) else _tense(text, compiled, start, end, sentences)
        cue = (
            rule == "month"
            and compiled.month_cue is not None
            and bool(compiled.month_cue.search(text, max(0, start - 12), start))
        )
        context = Context(anchor or stated, tense, quarter, cue, named)
        resolved = resolve(rule, text[start:end], compiled, context)
        if resolved is None or _is_age(text, start, resolved.value, compiled):
            continue
        if (rule == "year" and _in_name(text, start)) or (rule in _COUNTED and _titled(text[start:end])):
            continue
        quarter = resolved.quarter or quarter
        if _NAMED_PERIOD.match(resolved.value) and rule in _NAMING_RULES:
            named = resolved.value
        if resolved.explicit and anchor is None:
            stated = resolved.explicit
        start = _with_preposition(text, start, compiled)
        expression = TimeExpression(start, end, text[start:end], resolved.value, resolved.granularity, resolved.kind)
        found.append(_part_of_day(text, expression, compiled))
    restated = _merge_restated(text, found, compiled.words.weekdays)
    return _clock_on_day(text, _join_ranges(text, restated, compiled.words), sentences)
