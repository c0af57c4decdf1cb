"""English."""

from kronika.lang import LanguageProfile

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

PROFILE = LanguageProfile(
    recognizer="spacy-en",
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
