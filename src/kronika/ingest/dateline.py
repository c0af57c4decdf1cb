"""Publication dates as pages print them in their header: "15.09.2023", "15 сентября 2023, 14:30"."""

from __future__ import annotations

import re
from datetime import datetime

from kronika.lang import all_profiles

_TIME = r"(?:[,\s]+(?:в\s+|о\s+|at\s+)?(?P<hour>\d{1,2}):(?P<minute>\d{2}))?"
_NUMERIC = [
    re.compile(r"^(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>\d{4})" + _TIME + r"$"),
    re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})" + _TIME + r"$"),
]


def _month_number(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for profile in all_profiles():
        if word in profile.months:
            return profile.months[word]
    return None


_WORDY = [
    re.compile(
        r"^(?P<day>\d{1,2})\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<year>\d{4})(?:\s*(?:г\.|года|року|р\.))?" + _TIME + r"$"
    ),
    re.compile(r"^(?P<month>[^\W\d_]+)\.?\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})" + _TIME + r"$"),
]


def parse_dateline(line: str) -> datetime | None:
    """A naive datetime if the whole line is a date (with an optional time), else None."""
    line = line.strip()
    if len(line) > 40:
        return None
    for pattern in _NUMERIC:
        match = pattern.match(line)
        if match:
            return _build(match, int(match["month"]))
    for pattern in _WORDY:
        match = pattern.match(line)
        if match:
            month = _month_number(match["month"])
            if month:
                return _build(match, month)
    return None


def _build(match: re.Match[str], month: int) -> datetime | None:
    try:
        return datetime(
            int(match["year"]),
            month,
            int(match["day"]),
            int(match["hour"] or 0),
            int(match["minute"] or 0),
        )
    except ValueError:
        return None
