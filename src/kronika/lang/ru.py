"""Russian."""

from kronika.lang import EventWords, LanguageProfile, TimeWords

_MONTH_STEMS = [
    "январ",
    "феврал",
    "март",
    "апрел",
    "ма",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
]
_SOFT = {"январ", "феврал", "апрел", "июн", "июл", "сентябр", "октябр", "ноябр", "декабр"}


def _forms(stem: str) -> list[str]:
    if stem == "ма":
        return ["май", "мая", "мае"]
    if stem in _SOFT:
        return [stem + "ь", stem + "я", stem + "е"]
    return [stem, stem + "а", stem + "е"]


TIME = TimeWords(
    weekdays={
        form: day
        for day, forms in enumerate(
            [
                ("понедельник", "понедельника"),
                ("вторник", "вторника"),
                ("среду", "среда", "среды"),
                ("четверг", "четверга"),
                ("пятницу", "пятница", "пятницы"),
                ("субботу", "суббота", "субботы"),
                ("воскресенье", "воскресенья"),
            ]
        )
        for form in forms
    },
    relative_days={"сегодня": 0, "вчера": -1, "завтра": 1, "позавчера": -2, "послезавтра": 2},
    units={
        **dict.fromkeys(("день", "дня", "дней", "сутки", "суток"), "D"),
        **dict.fromkeys(("неделю", "неделя", "недели", "недель"), "W"),
        **dict.fromkeys(("месяц", "месяца", "месяцев"), "M"),
        **dict.fromkeys(("год", "года", "лет"), "Y"),
    },
    numbers={
        **{
            w: i
            for i, w in enumerate(
                ["один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять", "десять"], 1
            )
        },
        "две": 2,
        "одну": 1,
        "несколько": 0,
        "полгода": 6,
    },
    ago=("назад", "тому назад"),
    this=("этом", "этого", "этой", "текущем", "текущего", "нынешнем"),
    last=("прошлом", "прошлого", "прошлой", "минувшем", "минувшей"),
    next=("следующем", "следующего", "следующей", "будущем"),
    parts_of_day={"утром": "MO", "днем": "AF", "днём": "AF", "вечером": "EV", "ночью": "NI"},
    year_words=("год", "года", "году"),
    start_words=("в начале", "начале"),
    future_cues=("планир", "намерен", "собира", "будет", "посетит", "состоится", "пройдет", "пройдёт"),
    references={"недавно": "PAST_REF", "в прошлом": "PAST_REF", "в будущем": "FUTURE_REF", "вскоре": "FUTURE_REF"},
    prepositions=("в", "во", "на", "с", "со", "к", "ко", "до", "по", "за"),
    seasons={
        "весной": "SP",
        "летом": "SU",
        "осенью": "FA",
        "зимой": "WI",
    },
    sets={
        "ежедневно": "P1D",
        "каждый день": "P1D",
        "еженедельно": "P1W",
        "каждую неделю": "P1W",
        "ежемесячно": "P1M",
        "ежегодно": "P1Y",
        "каждый год": "P1Y",
    },
)


EVENTS = EventWords(
    triggers={
        "встрет": ("CONSULT", "meet"),
        "встреч": ("CONSULT", "meet"),
        "переговор": ("CONSULT", "meet"),
        "посети": ("CONSULT", "visit"),
        "посетил": ("CONSULT", "visit"),
        "визит": ("CONSULT", "visit"),
        "прибыл": ("CONSULT", "visit"),
        "принял": ("CONSULT", "host"),
        "созвонил": ("CONSULT", "phone"),
        "телефонн": ("CONSULT", "phone"),
        "обсуди": ("CONSULT", "meet"),
        "подписал": ("AGREE", None),
        "подписа": ("AGREE", None),
        "договорил": ("AGREE", None),
        "согласил": ("AGREE", None),
        "соглашени": ("AGREE", None),
        "поддерж": ("SUPPORT", None),
        "одобри": ("SUPPORT", None),
        "сотруднич": ("COOPERATE", None),
        "помощ": ("AID", None),
        "поставк": ("AID", None),
        "отменил": ("CONCEDE", None),
        "освободи": ("CONCEDE", None),
        "вывел": ("RETREAT", None),
        "отвел": ("RETREAT", None),
        "расследова": ("INVESTIGATE", None),
        "потребова": ("DEMAND", None),
        "требу": ("DEMAND", None),
        "осуди": ("DISAPPROVE", None),
        "раскритик": ("DISAPPROVE", None),
        "критику": ("DISAPPROVE", None),
        "отклони": ("REJECT", None),
        "отверг": ("REJECT", None),
        "пригрози": ("THREATEN", None),
        "угрож": ("THREATEN", None),
        "протест": ("PROTEST", None),
        "митинг": ("PROTEST", None),
        "забастов": ("PROTEST", None),
        "мобилиз": ("MOBILIZE", None),
        "санкци": ("SANCTION", None),
        "выслал": ("SANCTION", None),
        "арестова": ("COERCE", None),
        "задержа": ("COERCE", None),
        "убил": ("ASSAULT", None),
        "убит": ("ASSAULT", None),
        "похити": ("ASSAULT", None),
        "обстрел": ("FIGHT", None),
        "атаков": ("FIGHT", None),
        "нанес удар": ("FIGHT", None),
        "обвини": ("ACCUSE", None),
        "обвиня": ("ACCUSE", None),
        "попроси": ("REQUEST", None),
        "призвал": ("REQUEST", None),
        "призыва": ("REQUEST", None),
        "пригласил": ("REQUEST", None),
    },
    negation=("не", "ни"),
    planned=("планир", "намерен", "собира", "будет", "может посетить", "ожида", "предстоит"),
    hypothetical=("готов", "может", "мог бы", "возможн", "если"),
    refused=("отказал", "отказыва"),
    claimed=("по данным", "якобы", "по информации", "как сообщ", "предположительно"),
)


PROFILE = LanguageProfile(
    recognizer="crf",
    time=TIME,
    events=EVENTS,
    morphology=True,
    place_nouns=frozenset(
        {
            "город",
            "село",
            "деревня",
            "посёлок",
            "поселок",
            "станица",
            "станция",
            "космодром",
            "аэродром",
            "аэропорт",
            "порт",
            "река",
            "остров",
            "полуостров",
            "залив",
            "озеро",
            "пролив",
            "гора",
            "хребет",
            "улица",
            "проспект",
            "площадь",
        }
    ),
    code="ru",
    script="Cyrillic",
    months={form: number for number, stem in enumerate(_MONTH_STEMS, 1) for form in _forms(stem)},
    residue=(
        r"поделиться",
        r"читайте (?:также|еще|ещё)\b.*",
        r"смотрите также\b.*",
        r"подпис\w+ на (?:наш|нас)\b.*",
        r"реклама",
        r"комментари[йи]( \(\d+\))?",
        r"версия для печати",
        r"новости партнеров",
    ),
)
