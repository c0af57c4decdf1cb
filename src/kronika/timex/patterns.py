"""Regular expressions for one language, built from its TimeWords and month names."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kronika.lang import TimeWords, profile_for


def _alternatives(words: object) -> str:
    """A regular expression for any of ``words``, as a trie of their letters: one branch per first letter
    tried, not one per word, at every word start. A longer form is tried before a shorter one it begins."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for form in {str(w) for w in words}:  # type: ignore[attr-defined]
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}
    return _branches(trie)


def _branches(node: dict) -> str:  # type: ignore[type-arg]
    def piece(char: str) -> str:
        return r"\s+" if char == " " else "['’ʼ]" if char == "'" else re.escape(char)

    branches = [piece(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else f"(?:{'|'.join(branches)})"
    if "" in node:
        return f"(?:{body})?" if len(branches) == 1 else f"{body}?"
    return body


@dataclass(frozen=True, slots=True)
class Patterns:
    words: TimeWords
    months: dict[str, int]
    expression: re.Pattern[str]
    # Tense cues: the one nearest to a bare date says whether it lies ahead or behind.
    future: re.Pattern[str] | None
    past: re.Pattern[str] | None
    # A preposition ending right where an expression starts.
    preposition: re.Pattern[str] | None
    # A part of the day right after a day ("вівторок вранці"), matched at the expression's end.
    part_of_day_after: re.Pattern[str] | None
    # A preposition that makes the count of years right after it an age ("в 45 лет").
    age_preposition: re.Pattern[str] | None
    # A word that makes the short month name right after it a month ("in May").
    month_cue: re.Pattern[str] | None
    # A deadline's word right before a date, which puts the date ahead ("by Jan. 14").
    deadline: re.Pattern[str] | None
    # A word right before a date that puts it behind ("since March").
    since: re.Pattern[str] | None
    # A past perfect verb a few words before a date, which puts the date behind (searched up to the date).
    past_perfect: re.Pattern[str] | None
    # A past perfect verb right after a date (matched at its end), which puts it behind too.
    past_perfect_after: re.Pattern[str] | None


def _either(words: object) -> str:
    """A group matching any of ``words``, or a group that never matches when there are none."""
    return f"(?:{_alternatives(words)})" if words else "(?!)"


def _cues(
    cues: tuple[str, ...],
    whole_words: bool,
    forms: str = "",
    not_after: tuple[str, ...] = (),
    not_cues: tuple[str, ...] = (),
) -> re.Pattern[str] | None:
    """Tense cues: word beginnings ("планир" covers "планирует"), or whole words where stems would
    over-match ("will" must not match "William"), and the word forms ``forms`` matches ("-ed"); none
    right after a word of ``not_after`` ("will be paid" is no past), nor one starting a phrase of
    ``not_cues`` ("next to")."""
    if not cues and not forms:
        return None
    end = r"\b" if whole_words else ""
    listed = f"(?:{_alternatives(cues)}){end}" if cues else "(?!)"
    guard = "".join(f"(?<!\\b{re.escape(word)}\\s)" for word in not_after)
    if not_cues:
        guard += f"(?!(?:{_alternatives(not_cues)})\\b)"
    return re.compile(f"(?<!\\w){guard}(?:{listed}|{forms or '(?!)'})", re.IGNORECASE)


def _numbers_between(words: TimeWords, low: int, high: int, step: int = 1) -> str:
    """Number words worth ``low`` to ``high``, multiples of ``step`` ("twenty" ... "ninety")."""
    return _either(w for w, n in words.numbers.items() if low <= n <= high and n % step == 0 and " " not in w)


def _after_one_of(words: tuple[str, ...]) -> str:
    """Right after one of ``words`` and a space: English TimeML leaves the preposition out ("for [years]")."""
    return "(?:" + "|".join(f"(?<=\\b{re.escape(w)}\\s)" for w in words) + ")" if words else "(?!)"


def _preceding(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """One of ``words`` ending where an expression starts (searched up to it)."""
    return re.compile(rf"(?<!\w)(?:{_alternatives(words)})\s+$", re.IGNORECASE) if words else None


@cache
def patterns(lang: str) -> Patterns | None:
    profile = profile_for(lang)
    words = profile.time
    if words is None or not profile.months:
        return None
    month = f"(?:{_alternatives(profile.months)})\\.?"
    day = r"(?:[12]\d|3[01]|0?[1-9])"
    year = r"(?:1[89]\d\d|20\d\d)"
    year_word = f"(?:\\s+(?:(?:{_alternatives(words.year_words)})(?!\\w)|г\\.|р\\.|рр\\.))?" if words.year_words else ""
    ones, tens = _numbers_between(words, 1, 9), _numbers_between(words, 20, 90, 10)
    half = f"(?:\\s+{_either(words.halves)})?"
    number = f"(?:(?:\\d+|{tens}[\\s-]{ones}|{_alternatives(words.numbers)}){half})"
    unit = f"(?:{_alternatives(words.units)})"
    filler = f"(?:{_either(words.unit_fillers)}\\s+)?"
    # "three-quarters of its food", "a quarter of the market": a share, not a period.
    share_of = r"\s+of\s+(?:the|its|his|her|their|all|our|this|that|a|an)\b"
    not_share = f"(?!(?<=quarter){share_of})(?!(?<=quarters){share_of})"
    vague_unit = _either(words.vague_units)
    weekend = _either(words.weekend)
    spelled_year = (
        f"{_either(words.spelled_centuries)}[\\s-]+(?:{tens}(?:[\\s-]{ones})?|{_numbers_between(words, 10, 19)})"
        f"|{_either(words.millennium_years)}(?:\\s+(?:and\\s+)?{ones})?"
    )
    century_word = _either(words.century_words)
    # "XX століття" (Latin or Cyrillic letters), "21-м веке", "the 20th century"; "2 века назад" and "через 2
    # века" count centuries, so a century is never before an ago word nor after "через".
    century_number = r"(?:(?:1\d|2[01]|[1-9])(?:st|nd|rd|th|-?(?:го|й|м|му|ом|ше|те))?|(?-i:[XVIХІ]{1,5}))"
    not_counted = "".join(f"(?<!\\b{re.escape(word)}\\s)" for word in words.hence)
    holiday = f"(?-i:{_alternatives(words.holidays)})" if words.holidays else "(?!)"
    year_unit = _either(form for form, code in words.units.items() if code == "Y")
    weekday = f"(?:{_alternatives(words.weekdays)})"
    relative_day = f"(?:{_alternatives(words.relative_days)})"
    shift = f"(?:{_alternatives(words.this + words.last + words.next)})"
    month_part = f"(?:{_alternatives(words.month_part_words)})(?:\\s+|-)" if words.month_part_words else "(?!)"
    reference = _either(words.references)
    quarter = _either(words.quarters)
    reporting = _either(words.reporting_periods)
    period_noun = _either(words.period_nouns)
    year_earlier = _either(words.year_earlier)
    # "a year-earlier loss": the period compared with, not a duration of a year.
    compared = _either(tuple(word.partition("-")[2] for word in words.year_earlier if "-" in word))
    whole_year = _either(words.whole_years)
    period_end = _either(words.period_ends)
    season = _either(words.seasons)
    recurring = _either(words.sets)
    part_of_day = _either(words.parts_of_day)
    clock_word = _either(words.clock_words)
    # A figure is an hour with a word for "hour" and a half of the day after it ("5 часов утра"), or after a
    # preposition of the clock with either after it ("в 4 утра", "о 5-й годині", "at 4 in the morning"):
    # "за 2 дня", "3 ночи в подвале" and "длились 5 часов" count days, nights and hours.
    hour = r"\b(?:[01]?\d|2[0-3])(?:[:.][0-5]\d)?(?:-[^\W\d_]{1,3})?"
    minutes = rf"\s+[0-5]?\d\s+{_either(form for form, code in words.units.items() if code == 'MIN')}"
    hour_word, day_half = _either(words.hour_words), _either(words.day_halves)
    bare_half = _either(tuple(half for half in words.day_halves if half not in words.units))
    past_noon = r"\b(?:1[3-9]|2[0-3])(?:-[^\W\d_]{1,3})?"
    by_hour = _after_one_of(words.hour_prepositions)
    hour_of_day = (
        rf"{hour}\s+{hour_word}(?:{minutes})?\s+{day_half}(?!\w)"  # "5 часов утра"
        rf"|{_after_one_of(words.clock_prepositions)}{hour}\s+{bare_half}(?!\w)"  # "до 10 вечера"
        rf"|{by_hour}{hour}\s+(?:{_either(words.clock_hour_words)}(?:{minutes})?|{hour_word}{minutes})(?!\w)"
        rf"|{by_hour}{past_noon}\s+{hour_word}(?!\w)"  # "в 16 часов"
    )
    # A zone with no offset after it ("UTC", not "GMT +8"); a military time ("0800 UTC") only with one.
    utc_required = f"\\s+{_either(words.utc_words)}(?!\\w)(?!\\s*[+-]\\s*\\d)"
    utc = f"(?:{utc_required})?"
    ago = f"(?:{_alternatives(words.ago)})"
    hence, lone_unit = _either(words.hence), _either(words.lone_units)
    # A year named by one word, before or after a month: "торік у березні", "у березні торік".
    relative_year, in_month = _either(words.relative_years), _either(words.prepositions)
    day_end = r"(?:-?(?:го|е|th|st|nd|rd))?"  # "5-го сентября", "5th September"
    # Days of one month: "12-13 сентября", "с 1 по 5 вересня", "Sept. 12-15".
    to_day = rf"(?:\s*[-–—]\s*|\s+{_either(words.range_to)}\s+)"
    day_range = (
        rf"(?:\b{_either(words.range_from)}\s+)?\b{day}{day_end}{to_day}{day}{day_end}\s+{month}"
        rf"(?:,?\s+{year}{year_word})?(?!\w)"
        rf"|\b{month}\s+{day}{day_end}\s*[-–—]\s*{day}{day_end}(?:,?\s+{year})?\b"
    )
    # Named groups say which rule matched; alternatives are tried longest-first by position.
    # Every expression starts a word: tried only there, the alternation costs far less.
    expression = rf"""(?<!\w)(?=[\w'])(?:
        (?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)
      | (?P<dotted>\b{day}\.(?:0?[1-9]|1[0-2])\.{year}\b)
      | (?P<slashed>\b(?:0?[1-9]|1[0-2])/{day}/{year}\b)
      | (?P<day_range>{day_range})
      | (?P<day_month>(?:\b{shift}\s+)?\b{day}{day_end}\s+{month}(?:,?\s+{year}{year_word})?(?!\w))
      | (?P<month_day>(?:\b{shift}\s+)?\b{month}\s+{day}(?:st|nd|rd|th)?(?:,?\s+{year})?\b)
      | (?P<month>(?:{month_part}|\b{shift}\s+|\b{relative_year}\s+{in_month}\s+)?\b{month}(?:\s+{year}{year_word}|\s+(?:{spelled_year})|\s+(?:of\s+)?{shift}\s+{year_unit}|\s+{relative_year})?(?!\w))
      | (?P<decade>\b(?:(?:1[89]|20)\d0|\d0)-?(?:[еіх]|ті|х)\b(?:\s+(?:годы|годах|годов|роки|років|роках))?|\b(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:1[89]|20)\d0s\b|'\d0s\b)
      | (?P<period>\b(?:{reporting}|(?:the\s+)?{year}\s+{period_noun})(?![\w-]))
      | (?P<counted>\b(?:{number}\s+{unit}|{lone_unit})\s+{ago}(?!\w)|\b{hence}\s+(?:{number}\s+{unit}|{lone_unit})(?!\w)(?!\s+{_either(words.since_event)}\b))
      | (?P<quarter>\b(?:the\s+)?(?:(?:{year}|{year_earlier}|{shift}\s+{year_unit}['’]s)\s+)?{quarter}[\s-]+quarter(?:\s+of\s+(?:{year}|{shift}\s+{year_unit}))?(?!\w))
      | (?P<vague>(?:\b{_either(words.vague_before)}\s+|{_after_one_of(words.vague_after)}){vague_unit}(?!\w))
      | (?P<weekend>\b(?:{shift}|the)\s+{weekend}(?!\w))
      | (?P<holiday>(?:\b{shift}\s+)?\b{holiday}(?!\w)(?![\s-]+week))
      | (?P<spelled_year>\b(?:{spelled_year})(?!\w))
      | (?P<century>(?:{month_part}|\b){not_counted}(?:the\s+)?{century_number}[\s-]+{century_word}(?!\w)(?!\s*\d)(?!\s+{ago}))
      | (?P<anaphor>\b{_either(words.anaphors)}(?!\w))
      | (?P<shifted>\b{shift}\s+{unit}(?!\w))
      | (?P<weekday>(?:\b{shift}\s+)?\b{weekday}(?!\w))
      | (?P<season>(?:\b(?:{shift}|the(?:\s+(?:early|late|mid))?)\s+)?\b{season}(?:\s+(?:of\s+)?(?:{year}{year_word}|{spelled_year})|(?!\s+of\b))(?!\w))
      | (?P<set>\b{recurring}(?!\w))
      | (?P<clock>{hour_of_day}|(?:\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:[01]?\d|2[0-3]):[0-5]\d\b(?!:)|\b{clock_word}\b){utc}|\b(?:[01]\d|2[0-3])[0-5]\d{utc_required})
      | (?P<this_part>\b(?:this|the|last)\s+{part_of_day}\b(?!\s+of\b))
      | (?P<relative_day>\b{relative_day}(?!\w))
      | (?P<relative_year>\b{relative_year}(?!\w))
      | (?P<duration>(?:\b(?:the\s+)?{shift}\s+)?\b(?!{year}\b){number}[\s-]+{filler}{unit}{half}(?!\w)(?![\s-]+old\b)(?!-{compared}\b){not_share})
      | (?P<year>(?:{month_part})?(?<![\d.,])\b{year}{year_word}(?![\d.,]\d))
      | (?P<reference>\b{reference}\b(?!\s+{unit}(?!\w)))
      | (?P<year_ended>\b{whole_year}(?=\s+{period_end}\b))
      | (?P<whole_year>\b{whole_year}(?![\w-]|\s+(?:{year}|{ago}|before|after|two)\b))
    )"""
    whole_words = profile.script == "Latin"
    preposition = _preceding(words.prepositions)
    part_of_day_after = re.compile(rf"\s+({part_of_day})\b", re.IGNORECASE) if words.parts_of_day else None
    return Patterns(
        words,
        profile.months,
        re.compile(expression, re.IGNORECASE | re.VERBOSE),
        _cues(words.future_cues, whole_words, not_cues=words.not_cues),
        _cues(words.past_cues, whole_words, words.past_forms, words.passive_auxiliaries, words.not_cues),
        preposition,
        part_of_day_after,
        _preceding(words.age_prepositions),
        re.compile(rf"(?<!\w)(?:{_alternatives(words.month_cues)})[\s-]+$", re.IGNORECASE)
        if words.month_cues
        else None,
        _preceding(words.deadline_words),
        _preceding(words.since_words),
        re.compile(words.past_perfect, re.IGNORECASE) if words.past_perfect else None,
        re.compile(words.past_perfect_after, re.IGNORECASE) if words.past_perfect_after else None,
    )
