"""From a matched expression to a value, against an anchor date."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from kronika.lang import TimeWords
from kronika.timex.patterns import Patterns

_DIGITS = re.compile(r"\d+")
# Units of the clock, which TimeML writes after a T: PT3H, PT20M.
_CLOCK_UNITS = {"H": "H", "MIN": "M", "S": "S"}


@dataclass(frozen=True, slots=True)
class Context:
    """What a relative expression is resolved against."""

    anchor: date | None
    tense: int = 0  # +1 when the sentence looks ahead, -1 when it looks back, 0 when it does neither
    # The quarter the text last named (year, 1-4): the period a financial report is about.
    quarter: tuple[int, int] | None = None
    # Whether a word right before makes a short month name a month ("in May").
    month_cue: bool = False
    # The value of the last calendar date, month, quarter or year the text named: what "that year" means.
    named: str | None = None


@dataclass(frozen=True, slots=True)
class Resolved:
    value: str
    granularity: str
    kind: str = "DATE"
    # A full calendar date the text states: later relative expressions may use it as their anchor.
    explicit: date | None = None
    # A quarter the text names (year, 1-4): later "the quarter" and "a year earlier" refer to it.
    quarter: tuple[int, int] | None = None


def _month_in(text: str, patterns: Patterns) -> tuple[int, str] | None:
    for word in re.findall(r"[^\W\d_]+", text):
        number = patterns.months.get(word.lower())
        if number:
            return number, word
    return None


def _year_in(text: str) -> int | None:
    years = [int(d) for d in _DIGITS.findall(text) if len(d) == 4]
    return years[0] if years else None


def _number(text: str, patterns: Patterns) -> int | None:
    """The count in ``text``: its first figure, or its number words ("twenty-four", "a couple of")."""
    digits = _DIGITS.search(text)
    if digits:
        return int(digits.group())
    numbers = patterns.words.numbers
    lowered = text.lower().replace("’", "'").replace("ʼ", "'")
    phrase = next((n for w, n in numbers.items() if " " in w and re.search(rf"(?<!\w){w}(?!\w)", lowered)), None)
    if phrase is not None:
        return phrase
    found = [numbers[w] for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", lowered) if w in numbers]
    if len(found) > 1 and found[0] >= 20 and found[0] % 10 == 0 and 0 < found[1] < 10:
        return found[0] + found[1]  # "twenty-four"
    return found[0] if found else None


def _unit(text: str, patterns: Patterns) -> str | None:
    for word in reversed(re.findall(r"[^\W\d_]+", text.lower())):
        if word in patterns.words.units:
            return patterns.words.units[word]
    return None


# The month a season's year is counted by: winter by its December ("1994-WI" begins in December 1994).
_SEASON_MONTHS = {"SP": 4, "SU": 7, "FA": 10, "WI": 12}

# With no tense at all, a date ahead counts one month farther than one behind: news tells of what happened.
_UNTENSED_AHEAD_MONTHS = 1


def _nearest_year(
    anchor: date,
    tense: int,
    offset: Callable[[int], int | None],
    per_month: int = 1,
    tense_weight: int | None = None,
) -> int:
    """The year, the anchor's or one either side, that puts a month or a day nearest to the anchor, on the side
    the tense points to. ``offset`` is how far (in days, or months) the month or day of a year lies from the
    anchor, or None where that year has no such day; ``per_month`` is how many of its units make a month.
    With a ``tense_weight`` (months), a date against the tense only counts that much farther: "said they
    expect it completed by Dec. 15", said on Oct. 31, is six weeks ahead, not ten months behind."""

    def cost(distance: int) -> float:
        if tense * distance < 0:
            return abs(distance) + (float("inf") if tense_weight is None else tense_weight * per_month)
        if tense == 0 and distance > 0:
            return distance + _UNTENSED_AHEAD_MONTHS * per_month
        return abs(distance)

    candidates = [
        (year, distance)
        for year in (anchor.year - 1, anchor.year, anchor.year + 1)
        if (distance := offset(year)) is not None
    ]
    if not candidates:
        return anchor.year  # no nearby year has the day ("September 31"): it stays as written, in the anchor year
    return min(candidates, key=lambda c: (cost(c[1]), abs(c[1])))[0]


def _day_offset(anchor: date, month: int, day: int) -> Callable[[int], int | None]:
    def offset(year: int) -> int | None:
        moment = _safe_date(year, month, day)
        return (moment - anchor).days if moment else None

    return offset


def _month_offset(anchor: date, month: int) -> Callable[[int], int | None]:
    return lambda year: (year - anchor.year) * 12 + month - anchor.month


def _step(word: str, words: TimeWords) -> int | None:
    """-1 for a word of "last", +1 for "next", 0 for "this", None for none of them."""
    for step, forms in ((-1, words.last), (1, words.next), (0, words.this)):
        if any(word == form.split()[0] for form in forms):
            return step
    return None


def is_abbreviation(word: str, patterns: Patterns) -> bool:
    """ "Jan", "Sept": the start of a longer name of the same month, which a dot after belongs to."""
    lowered = word.lower()
    number = patterns.months.get(lowered)
    return number is not None and any(
        other != lowered and other.startswith(lowered) and n == number for other, n in patterns.months.items()
    )


def _is_short(word: str, patterns: Patterns) -> bool:
    """ "Jan", "Sept", "May": an abbreviation or a word of three letters, as often a name or a verb as a month."""
    return len(word) <= 3 or is_abbreviation(word, patterns)


def _month_year(
    month: int, shifted: int | None, of_year: int | None, anchor: date, tense: int, tense_weight: int | None
) -> int:
    """The year of a month named without one: "last May" is the last May before the anchor's month, "next May"
    the first after it, "this May" and "May this year" the anchor's, "May last year" the year before, and a
    bare month the nearest (see ``_nearest_year``)."""
    if of_year is not None:
        return anchor.year + of_year
    if shifted == -1:
        return anchor.year - int(month >= anchor.month)
    if shifted == 1:
        return anchor.year + int(month <= anchor.month)
    if shifted == 0:
        return anchor.year
    return _nearest_year(anchor, tense, _month_offset(anchor, month), tense_weight=tense_weight)


def _calendar(year: int | None, month: int, day: int | None = None) -> str:
    prefix = f"{year:04d}" if year else "XXXX"
    return f"{prefix}-{month:02d}" + (f"-{day:02d}" if day else "")


def _safe_date(year: int | None, month: int, day: int) -> date | None:
    try:
        return date(year, month, day) if year else None
    except ValueError:
        return None


def resolve(rule: str, text: str, patterns: Patterns, context: Context) -> Resolved | None:
    """The value of the expression ``rule`` matched, in its context."""
    words = patterns.words
    anchor, tense = context.anchor, context.tense
    lowered = text.lower()
    if rule == "iso":
        y, m, d = (int(part) for part in text.split("-"))
        return Resolved(_calendar(y, m, d), "day", explicit=_safe_date(y, m, d))
    if rule in ("dotted", "slashed"):
        parts = [int(part) for part in re.split(r"[./]", text)]
        d, m, y = parts if rule == "dotted" else (parts[1], parts[0], parts[2])
        return Resolved(_calendar(y, m, d), "day", explicit=_safe_date(y, m, d))
    if rule == "day_range":  # "12-13 сентября": the first day is in the last one's month and year
        first_day = _DIGITS.search(text)
        if first_day is None:
            return None
        last = resolve("day_month", text[: first_day.start()] + text[first_day.end() :], patterns, context)
        if last is None or int(first_day.group()) >= int(last.value[8:10]):
            return last
        first = f"{last.value[:8]}{int(first_day.group()):02d}"  # XXXX-09-12 with no year to count from
        explicit = last.explicit.replace(day=int(first_day.group())) if last.explicit else None
        return Resolved(f"{first}/{last.value}", "day", explicit=explicit)
    if rule in ("day_month", "month_day"):
        found = _month_in(text, patterns)
        if found is None:
            return None
        month, _ = found
        day = int(next(d for d in _DIGITS.findall(text) if len(d) <= 2))
        # "last Oct. 23" is the one before the anchor, whatever the verb says.
        shifted, weight = _step(lowered.split()[0], words), words.tense_weight_months
        year = _year_in(text) or (
            _nearest_year(anchor, shifted or tense, _day_offset(anchor, month, day), 30, None if shifted else weight)
            if anchor
            else None
        )
        return Resolved(_calendar(year, month, day), "day", explicit=_safe_date(year, month, day))
    if rule == "month":
        found = _month_in(text, patterns)
        if found is None:
            return None
        month, word = found
        if word.isascii() and not word[0].isupper():
            return None  # "may", "march" in English prose are a verb and a walk, not months
        before, _, after = (part.split() for part in lowered.partition(word.lower()))
        after = after[1:] if after[:1] == ["of"] else after  # "October of next year"
        shifted = _step(before[-1], words) if before else None  # "last May"; in "the end of May" "the" is no shift
        written = _written_year(lowered, words)
        named_year = next(
            (words.relative_years[w] for w in (*before[:1], *after[:1]) if w in words.relative_years), None
        )
        # "May last year"; "торік у березні", "у березні торік"
        of_year = named_year if named_year is not None else _step(after[0], words) if after and not written else None
        stated = written or text.rstrip().endswith(".") or shifted is not None or of_year is not None
        stated = stated or context.month_cue
        if word.isascii() and _is_short(word, patterns) and not stated:
            return None  # "Jan" or "May" alone is a name; "Jan.", "Jan 1990" or "last May" is a month
        weight = words.tense_weight_months
        year = written or (_month_year(month, shifted, of_year, anchor, tense, weight) if anchor else None)
        return Resolved(_calendar(year, month), "month")
    if rule == "year":
        year = _year_in(text)
        return Resolved(f"{year:04d}", "year") if year else None
    if rule == "decade":
        digits = _DIGITS.search(text)
        if digits is None:
            return None
        value = digits.group()
        century = value[:2] if len(value) == 4 else ("19" if int(value) >= 30 else "20")
        decade = value[2] if len(value) == 4 else value[0]
        return Resolved(f"{century}{decade}", "decade")  # TimeML: a decade by its first three digits
    if rule == "relative_day":
        offset = words.relative_days.get(lowered.strip())
        if offset is None:
            return None
        if anchor is None:
            return Resolved("PRESENT_REF" if offset == 0 else "XXXX-XX-XX", "day")
        moment = anchor + timedelta(days=offset)
        return Resolved(moment.isoformat(), "day")
    if rule == "weekday":
        return _weekday(lowered, patterns, anchor, tense)
    if rule == "counted":  # "три дня назад", "через неделю": an amount back from the anchor, or on
        ahead = lowered.split()[0] in words.hence
        amount, unit = _number(lowered, patterns), _unit(lowered, patterns)
        if amount is None and (ahead or lowered.split()[0] in words.lone_units):
            amount = 1  # "через неделю", "год назад"
        if amount is None or unit is None:
            return None
        if ahead and (tense <= 0 or unit in _CLOCK_UNITS):
            # Only a sentence that looks ahead counts "через" from the anchor: "Через три года он умер" and
            # "через 10 минут" are spans of the story.
            return _duration(amount, unit)
        if amount == 0 or anchor is None:  # "несколько лет назад": some time back
            return Resolved("FUTURE_REF" if ahead else "PAST_REF", "reference")
        if ahead:
            return _shift(anchor, unit, amount)
        if (unit, amount) == ("Y", 1) and context.quarter is not None:
            return _reporting_period(lowered, 1, context)  # "a year earlier" in a report: its quarter then
        return _shift(anchor, unit, -amount)
    if rule == "shifted":
        unit = _unit(lowered, patterns)
        if unit is None:
            return None
        if anchor is None:
            return _unknown(unit)
        return _shift(anchor, unit, _step(lowered.split()[0], words) or 0)
    if rule == "duration":
        amount, unit = _number(lowered, patterns), _unit(lowered, patterns)
        if amount is None or unit is None:
            return None
        half = words.half_of.get(unit, "") if amount and any(h in lowered for h in words.halves) else ""
        return _duration(amount, unit, half)
    if rule == "vague":
        unit = next((u for w, u in words.vague_units.items() if lowered.endswith(w)), None)
        if unit is None:
            return None
        value = {"DE": "PXDE", "H": "PTXH", "MIN": "PTXM"}.get(unit, f"PX{unit}")
        return Resolved(value, "duration", "DURATION")
    if rule == "anaphor":
        unit, step = words.anaphors[re.sub(r"\s+", " ", lowered)]
        return _referred(context.named, unit, step)
    if rule == "weekend":
        return _weekend(lowered, words, anchor, tense)
    if rule == "holiday":
        return _holiday(text, words, anchor, tense)
    if rule == "spelled_year":
        return _spelled_year(lowered, words)
    if rule == "relative_year":
        offset = words.relative_years[re.sub(r"\s+", " ", lowered)]
        return _shift(anchor, "Y", offset) if anchor else _unknown("Y")
    if rule == "century":
        roman = re.search(r"\b[XVIХІ]+\b", text)
        number = _from_roman(roman.group().translate(_CYRILLIC_ROMAN)) if roman else _number(text, patterns)
        return Resolved(f"{number - 1:02d}", "century") if number else None
    if rule == "season":
        code = next(
            (c for word, c in words.seasons.items() if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", lowered)), None
        )
        if code is None:
            return None
        shifted = len(lowered.split()) > 1 and not lowered.split()[0].isdigit()
        season_year = _written_year(lowered, words)
        if text.isascii() and not shifted and not season_year:
            return None  # "prices fall", "a spring": an English season needs "this", "last" or a year
        shift = _step(lowered.split()[0], words)
        if anchor is not None and not season_year:
            if shift is None:  # "the summer", "влітку": the one the tense points to, as for a month
                months = _month_offset(anchor, _SEASON_MONTHS[code])
                season_year = _nearest_year(anchor, tense, months, 1, words.tense_weight_months)
            else:
                season_year = anchor.year - int(shift < 0)
        return Resolved(f"{season_year:04d}-{code}" if season_year else f"XXXX-{code}", "season")
    if rule == "set":
        period = words.sets.get(re.sub(r"\s+", " ", lowered))
        return Resolved(period, "set", "SET") if period else None
    if rule == "clock":
        named = words.clock_words.get(lowered)
        if named is not None and text != lowered:
            return None  # "High Noon" is a film
        numbers = [int(n) for n in _DIGITS.findall(named or text)]
        hour, minute = numbers[0], numbers[1] if len(numbers) > 1 else 0
        if hour > 99:  # "0800 UTC"
            hour, minute = divmod(hour, 100)
        zone = "Z" if any(re.search(rf"(?<!\w){re.escape(w.lower())}(?!\w)", lowered) for w in words.utc_words) else ""
        day_half = next((code for word, code in words.day_halves.items() if lowered.endswith(word)), None)
        if day_half is not None:
            hour = _hour_in_half(hour, day_half)
        elif "p" in lowered and hour < 12 and not named:
            hour += 12
        elif "a" in lowered and hour == 12 and not named:
            hour = 0
        on = anchor.isoformat() if anchor else "XXXX-XX-XX"
        return Resolved(f"{on}T{hour:02d}:{minute:02d}{zone}", "time", "TIME")
    if rule == "this_part":
        code = words.parts_of_day.get(lowered.split()[-1])
        if code is None:
            return None
        night_before = int(lowered.split()[0] in words.last)  # "last night"
        on = (anchor - timedelta(days=night_before)).isoformat() if anchor else "XXXX-XX-XX"
        return Resolved(f"{on}T{code}", "part of day", "TIME")
    if rule == "year_ended":
        return Resolved("P1Y", "duration", "DURATION")
    if rule == "whole_year":
        return Resolved(f"{anchor.year:04d}" if anchor else "XXXX", "year")
    if rule == "reference":
        reference = words.references.get(re.sub(r"\s+", " ", lowered))
        return Resolved(reference, "reference") if reference else None
    if rule == "quarter":
        number = next((q for word, q in words.quarters.items() if word in lowered), None)
        if number is None:
            return None
        of_year = _step(lowered.split()[0], words) if "'s " in lowered.replace("’", "'") else None  # "next year's"
        if " of " in lowered and not _year_in(text):
            of_year = _step(lowered.split(" of ")[-1].split()[0], words)  # "the first quarter of last year"
        # A quarter after the anchor's is last year's, unless the sentence looks ahead to it.
        behind = anchor is not None and number > (anchor.month - 1) // 3 + 1 and tense <= 0
        year = _year_in(text) or (anchor.year - int(behind) if anchor else None)
        if of_year is not None and anchor is not None:
            year = anchor.year + of_year
        if year is None:
            return Resolved(f"XXXX-Q{number}", "quarter")
        if any(word in lowered for word in words.year_earlier):
            return Resolved(f"{year - 1:04d}-Q{number}", "quarter")  # compared with, not reported on
        # A quarter not yet over, named in a sentence that looks ahead, is a forecast: not what a report is about.
        over = anchor is None or date(year + number // 4, number % 4 * 3 + 1, 1) <= anchor
        reported = over or tense <= 0
        return Resolved(f"{year:04d}-Q{number}", "quarter", quarter=(year, number) if reported else None)
    if rule == "period":
        return _reporting_period(lowered, words.reporting_periods.get(re.sub(r"\s+", " ", lowered), 0), context)
    return None


def _reporting_period(text: str, years_back: int, context: Context) -> Resolved:
    """The quarter a report is about: the one the text last named, else the last one over at the anchor."""
    if context.quarter is not None:
        year, number = context.quarter
    elif context.anchor is not None:
        index = context.anchor.year * 4 + (context.anchor.month - 1) // 3 - 1
        year, number = index // 4, index % 4 + 1
    else:
        return Resolved("XXXX-QX", "quarter")
    return Resolved(f"{_year_in(text) or year - years_back:04d}-Q{number}", "quarter")


def _weekday(text: str, patterns: Patterns, anchor: date | None, tense: int) -> Resolved | None:
    words = patterns.words
    tokens = re.findall(r"[^\W\d_]+(?:['’ʼ][^\W\d_]+)?", text)
    day = next(
        (words.weekdays[t.replace("’", "'")] for t in reversed(tokens) if t.replace("’", "'") in words.weekdays), None
    )
    if day is None:
        return None
    if anchor is None:
        return Resolved(f"XXXX-WXX-{day + 1}", "day")  # TimeML's weekday of an unknown week
    shift = tokens[0] if len(tokens) > 1 else ""
    ahead = (day - anchor.weekday()) % 7
    if shift in words.next:
        delta = ahead or 7
    elif shift in words.last:
        delta = ahead - 7
    elif tense > 0:
        delta = ahead
    else:
        # News tells of what has happened: a bare weekday is the last such day, the anchor's own included.
        delta = -((anchor.weekday() - day) % 7)
    moment = anchor + timedelta(days=delta)
    return Resolved(moment.isoformat(), "day")


_NAMED = re.compile(r"(\d{4})(?:-(?:Q([1-4])|(\d\d)))?")


def _hour_in_half(hour: int, half: str) -> int:
    """The hour of the clock "4 утра", "10 вечора" and "11 at night" mean: 4, 22, 23; "2 ночи" is 2."""
    if half == "MO" or (half == "NI" and not 6 <= hour < 12):
        return 0 if hour == 12 else hour
    return hour + 12 if hour < 12 else hour


def _referred(named: str | None, unit: str, step: int) -> Resolved | None:
    """ "that year", "the following month": the year, quarter or month of the period last named, ``step`` on."""
    found = _NAMED.match(named or "")
    if found is None:
        return None
    year = int(found.group(1))
    month = int(found.group(3)) if found.group(3) else (3 * int(found.group(2)) - 2 if found.group(2) else None)
    if unit == "Y":
        return Resolved(f"{year + step:04d}", "year")
    if month is None:
        return None
    if unit == "Q":
        index = year * 4 + (month - 1) // 3 + step
        return Resolved(f"{index // 4:04d}-Q{index % 4 + 1}", "quarter")
    index = year * 12 + month - 1 + step
    return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")


def _weekend(text: str, words: TimeWords, anchor: date | None, tense: int) -> Resolved:
    """ "the weekend": the one just past, or with the sentence looking ahead the coming one; "this weekend" the
    anchor's week's, "last" and "next" the weeks either side. TimeML: the ISO week's weekend, 1989-W43-WE."""
    if anchor is None:
        return Resolved("XXXX-WXX-WE", "week")
    first = text.split()[0]
    step = None if first == "the" else _step(first, words)
    if step is None:  # "the weekend", "over the weekend"
        step = 0 if anchor.weekday() >= 5 or tense > 0 else -1
    year, week, _ = (anchor + timedelta(weeks=step)).isocalendar()
    return Resolved(f"{year:04d}-W{week:02d}-WE", "week")


def _easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


def _holiday_in(code: str, year: int) -> date | None:
    """The day a holiday's ``code`` (see TimeWords.holidays) falls on in ``year``."""
    if code.startswith("easter"):
        return _easter(year) + timedelta(days=int(code[6:]))
    if "/" not in code:
        month, day = (int(part) for part in code.split("-"))
        return _safe_date(year, month, day)
    rule, _, after = code.partition("+")
    month, nth, weekday = (int(part) for part in rule.split("/"))
    if nth > 0:
        first = date(year, month, 1)
        moment = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
    else:
        last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
        moment = last - timedelta(days=(last.weekday() - weekday) % 7)
    return moment + timedelta(days=int(after or 0))


def _holiday(text: str, words: TimeWords, anchor: date | None, tense: int) -> Resolved | None:
    """A named holiday ("Thanksgiving Day", "last Christmas"): its day in the year the shift or tense says."""
    name = next((n for n in sorted(words.holidays, key=len, reverse=True) if text.replace("’", "'").endswith(n)), None)
    if name is None:
        return None
    code = words.holidays[name]
    if anchor is None:
        fixed = "/" not in code and not code.startswith("easter")
        return Resolved(f"XXXX-{code}" if fixed else "XXXX-XX-XX", "day")
    step = _step(text.split()[0].lower(), words) if len(text.split()) > len(name.split()) else None

    def offset(year: int) -> int | None:
        moment = _holiday_in(code, year)
        return (moment - anchor).days if moment else None

    if step:  # "last Thanksgiving": the one before the anchor; "next Christmas": the one after
        sides = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if (offset(y) or 0) * step > 0]
        year = (max if step < 0 else min)(sides, default=anchor.year)
    elif step == 0:
        year = anchor.year
    else:
        year = _nearest_year(anchor, tense, offset, 30, None)
    moment = _holiday_in(code, year)
    return Resolved(moment.isoformat(), "day") if moment else None


_ROMAN = {"I": 1, "V": 5, "X": 10}
_CYRILLIC_ROMAN = str.maketrans("ХІ", "XI")  # "ХХІ століття" is often typed in Cyrillic letters


def _from_roman(numeral: str) -> int:
    """ "XVIII" -> 18: each figure adds, or subtracts when a larger one follows it ("IX")."""
    values = [_ROMAN[figure] for figure in numeral]
    return sum(-v if v < after else v for v, after in zip(values, [*values[1:], 0], strict=True))


def _spelled_year(text: str, words: TimeWords) -> Resolved | None:
    """ "nineteen ninety-six" -> 1996, "the year two thousand" -> 2000."""
    for phrase, year in words.millennium_years.items():
        if text.startswith(phrase):
            rest = text[len(phrase) :]
            found = [n for w, n in words.numbers.items() if " " not in w and re.search(rf"\b{w}\b", rest)]
            return Resolved(f"{year + (found[0] if found else 0):04d}", "year")
    parts = re.split(r"[\s-]+", text)
    century = words.spelled_centuries.get(parts[0])
    values = [words.numbers.get(p) for p in parts[1:]]
    if century is None or not values or None in values:
        return None
    return Resolved(f"{century * 100 + sum(v for v in values if v):04d}", "year")


def _written_year(text: str, words: TimeWords) -> int | None:
    """The year ``text`` writes out, in figures or in words ("January nineteen ninety-seven")."""
    year = _year_in(text)
    if year is not None:
        return year
    tokens = text.split()
    spelled = (_spelled_year(" ".join(tokens[first:]), words) for first in range(1, len(tokens)))
    found = next((s for s in spelled if s is not None), None)
    return int(found.value) if found else None


def _duration(amount: int, unit: str, half: str = "") -> Resolved:
    """P3D, PT5H30M; an amount of 0 ("несколько") is TimeML's unknown X."""
    if unit == "DE":
        amount, unit = amount * 10, "Y"  # TimeML writes decades as years
    if unit in _CLOCK_UNITS:
        return Resolved(f"PT{amount or 'X'}{_CLOCK_UNITS[unit]}{half}", "duration", "DURATION")
    return Resolved(f"P{amount or 'X'}{unit}{half}", "duration", "DURATION")


def _unknown(unit: str) -> Resolved:
    """ "last year" with nothing to count from: TimeML's value of a year, month, week or day not known."""
    values = {"W": ("XXXX-WXX", "week"), "M": ("XXXX-XX", "month"), "Q": ("XXXX-QX", "quarter"), "Y": ("XXXX", "year")}
    value, granularity = values.get(unit, ("XXXX-XX-XX", "day"))
    return Resolved(value, granularity)


def _shift(anchor: date, unit: str, amount: int) -> Resolved:
    if unit == "D" or unit in _CLOCK_UNITS:  # "three hours ago" is still the anchor's day, near enough
        amount = amount if unit == "D" else 0
        return Resolved((anchor + timedelta(days=amount)).isoformat(), "day")
    if unit == "W":
        year, week, _ = (anchor + timedelta(weeks=amount)).isocalendar()
        return Resolved(f"{year:04d}-W{week:02d}", "week")
    if unit == "M":
        index = anchor.year * 12 + anchor.month - 1 + amount
        return Resolved(f"{index // 12:04d}-{index % 12 + 1:02d}", "month")
    if unit == "Q":
        quarter = (anchor.month - 1) // 3 + amount
        year = anchor.year + quarter // 4
        return Resolved(f"{year:04d}-Q{quarter % 4 + 1}", "quarter")
    if unit == "DE":
        return Resolved(str(anchor.year + 10 * amount)[:3], "decade")
    return Resolved(f"{anchor.year + amount:04d}", "year")
