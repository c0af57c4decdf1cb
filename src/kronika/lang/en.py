"""English."""

from kronika.lang import EventWords, LanguageProfile, SpeechWords, TimeWords

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
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    sets={
        "daily": "P1D",
        "every day": "P1D",
        "weekly": "P1W",
        "every week": "P1W",
        "monthly": "P1M",
        "annually": "P1Y",
        "every year": "P1Y",
    },
)


EVENTS = EventWords(
    triggers={
        "met ": ("CONSULT", "meet"),
        "meet": ("CONSULT", "meet"),
        "talks": ("CONSULT", "meet"),
        "visit": ("CONSULT", "visit"),
        "hosted": ("CONSULT", "host"),
        "called": ("CONSULT", "phone"),
        "discuss": ("CONSULT", "meet"),
        "sign": ("AGREE", None),
        "agree": ("AGREE", None),
        "deal": ("AGREE", None),
        "award": ("AGREE", None),
        "support": ("SUPPORT", None),
        "backed": ("SUPPORT", None),
        "praised": ("SUPPORT", None),
        "cooperat": ("COOPERATE", None),
        "partner": ("COOPERATE", None),
        "aid": ("AID", None),
        "supplied": ("AID", None),
        "lifted": ("CONCEDE", None),
        "released": ("CONCEDE", None),
        "withdr": ("RETREAT", None),
        "investigat": ("INVESTIGATE", None),
        "probe": ("INVESTIGATE", None),
        "demand": ("DEMAND", None),
        "criticiz": ("DISAPPROVE", None),
        "criticis": ("DISAPPROVE", None),
        "condemn": ("DISAPPROVE", None),
        "reject": ("REJECT", None),
        "refus": ("REJECT", None),
        "threat": ("THREATEN", None),
        "protest": ("PROTEST", None),
        "strike": ("PROTEST", None),
        "mobiliz": ("MOBILIZE", None),
        "sanction": ("SANCTION", None),
        "expel": ("SANCTION", None),
        "arrest": ("COERCE", None),
        "seiz": ("COERCE", None),
        "killed": ("ASSAULT", None),
        "kidnap": ("ASSAULT", None),
        "shell": ("FIGHT", None),
        "attack": ("FIGHT", None),
        "accus": ("ACCUSE", None),
        "sued": ("ACCUSE", None),
        "asked": ("REQUEST", None),
        "urged": ("REQUEST", None),
        "request": ("REQUEST", None),
        "invited": ("REQUEST", None),
    },
    negation=("not", "n't", "never", "no"),
    planned=("will", "plans", "plan to", "expected to", "to visit", "scheduled", "intends"),
    hypothetical=("could", "might", "may", "ready to", "if", "would"),
    refused=("declined", "refused"),
    claimed=("reportedly", "allegedly", "according to", "claimed"),
)


_SAY = """say says said saying tell tells told state states stated add adds added note notes noted
claim claims claimed warn warns warned explain explains explained announce announces announced insist
insists insisted argue argues argued stress stresses stressed confirm confirms confirmed acknowledge
acknowledges acknowledged admit admits admitted declare declares declared reply replies replied
predict predicts predicted report reports reported write writes wrote"""

SPEECH = SpeechWords(
    verbs=frozenset(_SAY.split()),
    reporting=frozenset(["report", "reports", "reported", "write", "writes", "wrote"]),
    complementizers=frozenset({"that"}),
    frames=(r"according\s+to", r"in\s+(?P<pronoun>his|her|their)\s+words"),
    citation_frames=(),
    relays=(r"citing", r"quoting"),
    back_references=(),
    pronouns=frozenset(["he", "she", "his", "her", "him"]),
    stops=frozenset(["and", "but", "also", "however", "meanwhile", "earlier", "later", "then"]),
)

PROFILE = LanguageProfile(
    recognizer="spacy-en",
    time=TIME,
    events=EVENTS,
    speech=SPEECH,
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
