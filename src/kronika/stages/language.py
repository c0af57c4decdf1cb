"""Language per paragraph and per document, with lingua restricted to a configured set.

Script decides first, the detector second: a Latin-only line (an agency name) in
a Cyrillic article is detected among Latin languages and cannot flip the
document, and a Cyrillic paragraph with a Latin name in it is detected on its
Cyrillic words among Cyrillic languages only.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

from kronika.doc import Document, Paragraph
from kronika.lang import profile_for
from kronika.settings import Settings

_CYRILLIC_WORD = re.compile(r"[\u0400-\u04ff'’ʼ-]+")
_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f'’-]+")
_PARAGRAPH = re.compile(r"[^\n]+")
# Below this many letters a paragraph is too short to judge on its own.
MIN_LETTERS = 20


@cache
def _detector(codes: tuple[str, ...]) -> LanguageDetector:
    languages = [Language.from_iso_code_639_1(IsoCode639_1.from_str(code)) for code in codes]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _script_letters(text: str) -> tuple[str, int]:
    cyrillic = sum(len(word) for word in _CYRILLIC_WORD.findall(text))
    latin = sum(len(word) for word in _LATIN_WORD.findall(text))
    # Latin inside Cyrillic prose is mostly names of agencies and brands, so a line is
    # Cyrillic unless Latin letters outnumber Cyrillic ones three to one.
    return ("Cyrillic", cyrillic) if cyrillic and cyrillic * 3 >= latin else ("Latin", latin)


class LanguageIdentifier:
    name = "language"
    requires = frozenset({"text"})
    assigns = frozenset({"lang", "paragraphs"})

    def __init__(self, settings: Settings) -> None:
        self.candidates: dict[str, tuple[str, ...]] = {}
        for code in settings.languages:
            profile = profile_for(code)
            if profile.script:
                self.candidates.setdefault(profile.script, ())
                self.candidates[profile.script] += (code,)

    def detect(self, text: str, script: str) -> str | None:
        codes = self.candidates.get(script, ())
        if len(codes) <= 1:
            return codes[0] if codes else None
        words = (_CYRILLIC_WORD if script == "Cyrillic" else _LATIN_WORD).findall(text)
        found = _detector(codes).detect_language_of(" ".join(words))
        return found.iso_code_639_1.name.lower() if found else None

    def __call__(self, document: Document) -> None:
        spans = [(m.start(), m.end(), *_script_letters(m.group())) for m in _PARAGRAPH.finditer(document.text)]
        letters_by_script: Counter[str] = Counter()
        for _, _, script, letters in spans:
            letters_by_script[script] += letters
        main_script = letters_by_script.most_common(1)[0][0] if letters_by_script else None
        detected: dict[int, str | None] = {}
        weight: Counter[str] = Counter()
        for start, end, script, letters in spans:
            if letters >= MIN_LETTERS:
                detected[start] = self.detect(document.text[start:end], script)
                if script == main_script and detected[start]:
                    weight[detected[start] or ""] += letters
        if not weight and main_script:
            weight[self.detect(document.text, main_script) or ""] += 1
        document.lang = weight.most_common(1)[0][0] or None if weight else None
        document.paragraphs = [
            Paragraph(start, end, detected.get(start) or (document.lang if script == main_script else None))
            for start, end, script, _letters in spans
        ]
