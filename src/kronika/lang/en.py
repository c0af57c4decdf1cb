"""English."""

from kronika.lang import LanguageProfile, TimeWords

_MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]

TIME = TimeWords(
    # Full names only: "sun", "sat" and "wed" are words of their own in English prose.
    weekdays={
        d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
    },
    relative_days={"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0},
    units={
        **dict.fromkeys(("day", "days"), "D"),
        **dict.fromkeys(("week", "weeks"), "W"),
        **dict.fromkeys(("month", "months"), "M"),
        **dict.fromkeys(("year", "years"), "Y"),
        **dict.fromkeys(("decade", "decades"), "DE"),
        **dict.fromkeys(("quarter", "quarters"), "Q"),
    },
    numbers={**{w: i for i, w in enumerate(_NUMBERS, 1)}, "a": 1, "an": 1, "several": 0, "a few": 0, "few": 0},
    ago=("ago", "earlier"),
    this=("this", "the current"),
    last=("last", "past", "previous"),
    next=("next", "coming"),
    parts_of_day={"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"},
    year_words=("year",),
    start_words=("early", "the beginning of", "the start of"),
    future_cues=(
        "will",
        "plans",
        "planned",
        "expected",
        "next",
        "scheduled",
        "to visit",
        "payable",
        "due",
        "expire",
        "set to",
    ),
    # Measured on TempEval-3 training: "now", "currently" and "recently" are annotated more often than
    # not; "soon", "future", "recent" and "previously" far less, and are left out.
    references={
        "now": "PRESENT_REF",
        "currently": "PRESENT_REF",
        "recently": "PAST_REF",
        "the past": "PAST_REF",
        "the future": "FUTURE_REF",
    },
    quarters={"first": 1, "second": 2, "third": 3, "fourth": 4},
)


PROFILE = LanguageProfile(
    recognizer="spacy-en",
    time=TIME,
    code="en",
    script="Latin",
    months={
        **{name: number for number, name in enumerate(_MONTHS, 1)},
        **{name[:3]: number for number, name in enumerate(_MONTHS, 1)},
        "sept": 9,
    },
    residue=(
        r"share(?: this(?: article| story)?)?",
        r"tweet",
        r"(?:read|see) (?:also|more)\b.*",
        r"advertisement",
        r"subscribe to (?:our|the)\b.*",
        r"comments?( \(\d+\))?",
        r"print(?: this)? article",
    ),
)
