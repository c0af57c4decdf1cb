"""Russian."""

from kronika.lang import LanguageProfile

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


PROFILE = LanguageProfile(
    recognizer="crf",
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
