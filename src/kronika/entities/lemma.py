"""Base forms of whole mentions: "Приморского края" -> "Приморский край", "Володимиром Путіним" -> "Володимир Путін".

A mention is lemmatized as a phrase, not word by word: the case shared by its
words is found first, so that adjectives agree with their head noun and a
genitive complement ("институт стратегических исследований") stays genitive.
Forms the training data spelled out are taken from that memory first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pymorphy3.analyzer import Parse

from kronika.doc import Mention
from kronika.entities.morph import has_morphology, parses

_WORD = re.compile(r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*(?:-[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*)*")
_PERSON_MARKS = frozenset({"Name", "Surn", "Patr"})
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
_DECLINABLE = _MODIFIERS | {"NOUN"}
_CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct", "voct", "gen2", "loc2")
# Unknown to the dictionary and evidently inflected: a Russian or Ukrainian
# case ending on a foreign name ("Ким Чен Ына", "Ким Чен Ыну").
_FOREIGN_ENDINGS = ("ом", "ем", "ым", "ім", "а", "у", "е", "і")
_INSTRUMENTAL_ENDINGS = ("ом", "ем", "ым", "ім")
_CONSONANT_END = re.compile(r"[бвгджзйклмнпрстфхцчшщ]$", re.IGNORECASE)


def _restore_case(original: str, lemma: str) -> str:
    if "ё" not in original.lower():
        lemma = lemma.replace("ё", "е")
    originals, parts = original.split("-"), lemma.split("-")
    if len(originals) != len(parts):
        originals = [original] * len(parts)
    return "-".join(
        part[:1].upper() + part[1:] if source[:1].isupper() else part
        for source, part in zip(originals, parts, strict=True)
    )


def _case(parse: Parse) -> str | None:
    # The Ukrainian dictionary leaves the nominative unmarked: "NOUN,inan masc" is "арбітраж".
    return parse.tag.case or ("nomn" if parse.tag.POS in _DECLINABLE else None)


def _number(parse: Parse) -> str:
    return parse.tag.number or "sing"


def _nominative(parse: Parse, number: str, gender: str | None) -> str | None:
    """The nominative of ``parse``'s lexeme in ``number`` (and ``gender`` for a modifier), if it has one."""
    for form in parse.lexeme:
        if _case(form) != "nomn" or _number(form) != number or "Infr" in form.tag.grammemes:
            continue
        # A participle's lexeme holds every tense and voice of its verb: "соединенных" must stay passive past.
        if (form.tag.POS, form.tag.tense, form.tag.voice) != (parse.tag.POS, parse.tag.tense, parse.tag.voice):
            continue
        if gender is None or form.tag.gender == gender or (number == "plur" and form.tag.gender is None):
            return str(form.word)
    return None


def _is_fixed(candidates: Sequence[Parse]) -> bool:
    return all("Fixd" in p.tag.grammemes or "UNKN" in p.tag.grammemes for p in candidates)


def _usable(candidates: Sequence[Parse], person: bool) -> Sequence[Parse]:
    """For a person's name, readings as a name, surname or patronymic win over common nouns ("Ангелы")."""
    if person:
        named = [p for p in candidates if _PERSON_MARKS & p.tag.grammemes and _known(p)]
        if named:
            return named
    return candidates


def _known(parse: Parse) -> bool:
    """A dictionary reading, not a guess from the word's ending or an unknown prefix."""
    return all(type(method[0]).__name__ == "DictionaryAnalyzer" for method in parse.methods_stack)


def _weight(parse: Parse) -> float:
    # Names are singular far more often than a dictionary's plural readings suggest ("України"),
    # and a guess for an unknown word counts for less than a dictionary reading.
    weight = float(parse.score)
    if (parse.tag.number == "plur" and "Pltm" not in parse.tag.grammemes) or "Infr" in parse.tag.grammemes:
        weight *= 0.3
    if not _known(parse):
        weight *= 0.3
    return weight


def _shared_case(words: Sequence[Sequence[Parse]]) -> str:
    """The case the words of the phrase can share, weighted by parse scores."""
    weight = dict.fromkeys(_CASES, 0.0)
    weight["nomn"] = 0.05
    for candidates in words:
        if _is_fixed(candidates):
            continue
        best: dict[str, float] = {}
        for p in candidates:
            case = _case(p)
            if case in weight:
                best[case] = max(best.get(case, 0.0), _weight(p))
        for case, score in best.items():
            weight[case] += score
    return max(weight, key=lambda c: weight[c])


def _choose(candidates: Sequence[Parse], case: str, modifier: bool = False) -> Parse | None:
    fitting = [p for p in candidates if _case(p) == case]
    if modifier:
        fitting = [p for p in fitting if p.tag.POS in _MODIFIERS] or fitting
    return max(fitting, key=_weight) if fitting else None


def _is_modifier(candidates: Sequence[Parse]) -> bool:
    return any(p.tag.POS in _MODIFIERS for p in candidates)


def _head_scope(analysed: Sequence[Sequence[Parse]]) -> int:
    """How many leading words agree with the head: modifiers up to and including the first noun.

    A word that can be an adjective counts as one before another word, even
    where the dictionary also knows it as a noun ("Білого дому").
    """
    for i, candidates in enumerate(analysed):
        if not candidates or _is_fixed(candidates):
            continue
        if i == len(analysed) - 1 or not _is_modifier(candidates):
            return i + 1
    return len(analysed)


def lemmatize_words(lang: str, words: Sequence[str], kind: str) -> list[str]:
    """Base forms of the words of one mention, in order (words outside the dictionary's script pass through)."""
    person = kind == "PER"
    analysed = [_usable(parses(lang, w.lower()), person) if _WORD.fullmatch(w) else () for w in words]
    # A person's name declines as a whole; any other name declines up to its head
    # noun and keeps its complements ("Минздрав Украины", "Центр имени Гамалеи").
    scope = len(words) if person else _head_scope(analysed)
    case = _shared_case([a for a in analysed[:scope] if a])
    if not person and not any(_known(p) for a in analysed[:scope] for p in a):
        # Guesses alone are no evidence of case for a name the dictionary has never seen.
        case = "nomn"
    result = list(words)
    if case == "nomn":
        for i, word in enumerate(words):
            # A dateline in capitals ("МОСКВА") is a word, not an abbreviation.
            if (
                word.isupper()
                and not _is_abbreviation(word)
                and analysed[i]
                and _known(analysed[i][0])
                and not any("Abbr" in p.tag.grammemes for p in analysed[i])
            ):
                result[i] = _restore_case(word, word.lower())
        if person and analysed and analysed[-1] and not any(_known(p) for p in analysed[-1]):
            # The dictionary cannot tell the case of "Ким Чен Ына"; a case ending on an
            # unknown final name is the best evidence there is. A guessed word keeps
            # an "-а" ("Сатарова" may be a woman's name) but not an instrumental "-ом".
            unknown = "UNKN" in analysed[-1][0].tag.grammemes
            result[-1] = _strip_foreign_ending(words[-1], _FOREIGN_ENDINGS if unknown else _INSTRUMENTAL_ENDINGS)
        return result
    chosen = [
        _choose(a, case, modifier=not person and i < scope - 1) if a and not _is_fixed(a) else None
        for i, a in enumerate(analysed[:scope])
    ]
    head = next((p for p in reversed(chosen) if p is not None and p.tag.POS not in _MODIFIERS), None)
    for i, parse in enumerate(chosen):
        word = words[i]
        if _is_abbreviation(word):
            result[i] = _ABBREVIATION_ENDING.sub("", word)
            continue
        if parse is None:
            if person and analysed[i] and "UNKN" in analysed[i][0].tag.grammemes:
                result[i] = _strip_foreign_ending(word)
            continue
        if parse.tag.POS in _MODIFIERS and head is not None:
            lemma = _nominative(parse, _number(head), head.tag.gender if _number(head) == "sing" else None)
        else:
            # A woman's surname keeps its feminine form: "Талановой" -> "Таланова".
            gender = parse.tag.gender if person and "Surn" in parse.tag.grammemes else None
            lemma = _nominative(parse, _number(parse), gender) or _nominative(parse, _number(parse), None)
        if lemma:
            result[i] = _restore_case(word, lemma)
    return result


# A case ending written onto an abbreviation: "ГУМе", "МВФу".
_ABBREVIATION_ENDING = re.compile(r"(?<=[А-ЯІЇЄҐЁ]{2})[а-яіїєґё]{1,3}$")
_ABBREVIATION = re.compile(r"[^\W\d_]*(?:[A-ZА-ЯІЇЄҐЁ]{2}|[a-zа-яіїєґё][A-ZА-ЯІЇЄҐЁ])")


def _is_abbreviation(word: str) -> bool:
    """ "ГЭЦ", "СПбПУ", "ЭпиВакКороны": shapes a dictionary cannot decline; a long word in capitals ("МОСКВА") is not one."""
    if word.isupper():
        return len(word) <= 4
    return _ABBREVIATION.match(word) is not None


def _strip_foreign_ending(word: str, endings: tuple[str, ...] = _FOREIGN_ENDINGS) -> str:
    for ending in endings:
        stem = word[: -len(ending)]
        if word.lower().endswith(ending) and len(stem) >= 2 and _CONSONANT_END.search(stem):
            return stem
    return word


_TOKEN = re.compile(
    r"[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*(?:-[\u0400-\u04ff][\u0400-\u04ff'’ʼ]*)*|[^\u0400-\u04ff]+?(?=[\u0400-\u04ff]|$)"
)


def lemmatize(lang: str, surface: str, kind: str, memory: dict[str, str] | None = None) -> str:
    """The nominative form of a whole mention as written in ``lang``."""
    if memory and (remembered := memory.get(f"{lang}\t{surface}")):
        return remembered
    if not has_morphology(lang):
        return surface
    pieces = _TOKEN.findall(surface)
    word_positions = [i for i, piece in enumerate(pieces) if _WORD.fullmatch(piece)]
    # Quoted titles keep their own form: "газета «Известия»" declines only "газета".
    quote = next((i for i, piece in enumerate(pieces) if any(q in piece for q in '«"“„')), len(pieces))
    inflectable = [i for i in word_positions if i < quote]
    lemmas = lemmatize_words(lang, [pieces[i] for i in inflectable], kind)
    for i, lemma in zip(inflectable, lemmas, strict=True):
        pieces[i] = lemma
    return "".join(pieces)


def harmonise(text: str, mentions: list[Mention]) -> list[Mention]:
    """Within one text, a form left as written takes the base form of a slightly shorter spelling.

    "Ким Чен Ыном" next to "Ким Чен Ын" in the same article: the dictionary
    knows neither, but the article itself shows which one is the base.
    """
    lemmas = {m.lemma for m in mentions}
    for mention in mentions:
        surface = text[mention.start : mention.end]
        if mention.lemma != surface:
            continue
        shorter = [lemma for lemma in lemmas if surface.startswith(lemma) and 0 < len(surface) - len(lemma) <= 2]
        if shorter:
            mention.lemma = max(shorter, key=len)
    return mentions
