"""Script-neutral matching keys for names: "Ким Чен Ын", "Кім Чен Ин" and "kim chen in" share one.

Russian and Ukrainian spell the same sounds with different letters (ru и = uk і,
ru ы = uk и, ru е = uk є after a vowel...), and doubled letters come and go
("Россия", "Росія"). The key folds all of that; it is for matching, never for display.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "g", "ґ": "g", "д": "d", "е": "e", "є": "e", "ё": "e",
        "э": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "ы": "i", "й": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
        "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ь": "",
        "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "", "`": "",
    }
)  # fmt: skip
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DOUBLED = re.compile(r"(.)\1+")


def name_key(name: str) -> str:
    """The matching key of a name: folded to Latin letters, no punctuation, no doubled letters."""
    text = unicodedata.normalize("NFKC", name).lower().translate(_FOLD)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    words = _NOT_WORD.sub(" ", text).split()
    return " ".join(_DOUBLED.sub(r"\1", word) for word in words)


def initials(name: str) -> str:
    """Upper-case initials of the capitalised and content words: "Российский институт стратегических исследований" -> "РИСИ"."""
    words = re.findall(r"[^\W\d_](?:[^\W_]|['’ʼ-](?=\w))*", name)
    return "".join(word[0].upper() for word in words if len(word) > 2 or word[0].isupper())


def person_keys(name: str) -> set[str]:
    """A person's keys: the whole name, and first initial plus surname, which survives
    "Владимир"/"Володимир" and "Сергей"/"Сергій"."""
    key = name_key(name)
    words = key.split()
    keys = {key}
    if len(words) >= 2:
        keys.add(f"{words[0][0]} {words[-1]}")
    return keys
