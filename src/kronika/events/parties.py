"""Who acts and on whom where the party is no named entity: "профсоюзы", "правоохоронні органи", "the
government", "they". The subject and the object of a trigger as noun phrases, found by case and
prepositions (pymorphy3) in Russian and Ukrainian, by spaCy's dependency parse in English.

A phrase counts as a party when its head can name one: a person or a group of people (an animate noun),
an institution listed in ``EventWords.party_nouns``, a personal pronoun, or a name. A phrase is the head
noun with the words before it that agree with it and the genitives after it ("правоохоронні органи
Пакистану", "militants of the Kurdistan Workers Party").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import pairwise, takewhile

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from kronika.doc import Mention, Sentence
from kronika.entities.english import MODEL
from kronika.entities.morph import best, parses
from kronika.lang import EventWords

Span = tuple[int, int]
# The mention types that can act or be acted on; a product or an event cannot.
PARTY_TYPES = frozenset({"PER", "ORG", "LOC"})

# What may stand before a head noun and agree with it: adjectives, participles, numerals, possessives.
_MODIFIERS = frozenset({"ADJF", "PRTF", "NUMR"})
_NOUNS = frozenset({"NOUN", "NPRO"})
# Another predicate: an object does not reach past it ("призывают расправиться с судьями"); a subject does.
_VERBS = frozenset({"VERB", "INFN", "GRND", "PRTS"})
_VERB = "verb"
_SAY = "say"  # a verb of saying: its subject is who reports what follows
_THEY_SAY = "they say"  # one in the plural, which may have no subject: "У ЄС заявили", "В Кремле сообщили"
_INFINITIVE = "infinitive"
_THAT = "that"  # a complementizer: a clause break past which a dropped subject is found
_QUOTES = frozenset('"«»„“”')
_ASIDE = 4  # the most words in brackets read as an aside
# Punctuation that closes a clause; a name's own quotes and dashes are inside its mention.
_BREAKS = frozenset(',;:()—–«»"„“”')  # not "[ ]": an editor's insertion ("викрадена [бойовиками]")
# Cases of an object: "благодарит Джонсона", "пригрозил компаниям", "заручиться поддержкой".
_OBJECT_CASES = frozenset({"accs", "datv"})
# What a verb of receiving and its object may have between them: "заручившись уже і підтримкою".
_PARTICLES = frozenset({"ADVB", "CONJ", "PRCL"})


@dataclass(frozen=True, slots=True)
class Party:
    """A noun phrase that can name a party; ``mention`` when a named mention holds its head."""

    start: int
    end: int
    mention: int | None = None


@dataclass(frozen=True, slots=True)
class Roles:
    actor: Party | None = None
    target: Party | None = None
    no_target: bool = False  # a thing is the object ("осудила возможность"): no name is the target
    thing: bool = False  # the object is a thing, not a party ("killed the deal")
    attributive: bool = False  # the trigger only qualifies a noun ("a bailout package"): it reports no event
    said: bool = False  # an evaluation ("is completely unacceptable"): whoever says it, where named, acts
    # The phrase rules have settled both sides, a side they leave empty included: a passive's subject is its
    # target ("были убиты"), and so is the genitive of a noun for what is done to someone ("затримання
    # клірика"). The names the mention rules take by word order then do not stand.
    complete: bool = False
    # The actor is the institution or place where something was said ("У ЄС заявили"): a side, not where the
    # event happened.
    said_at: bool = False
    # The phrases a conjunction joins to the actor: "пілоти Ryanair і бортпровідники" act together.
    joined_actors: tuple[Party, ...] = ()
    joined_targets: tuple[Party, ...] = ()  # "пригрозив бортпроводникам и пилотам"


@dataclass(frozen=True, slots=True)
class ActFrame:
    """What the event type says about where its sides stand, as the phrase rules need it."""

    done_to: bool = False  # a noun's genitive is whom it is done to ("затримання клірика")
    through: bool = False  # the content's object is the target ("пообещал помочь Украине")
    verbal: bool = False  # done by speaking: "В МИД осудили" is the ministry's act
    from_side: bool = False  # a deal: whom the goods come from is the other side
    warning: bool = False  # a threat: made to whom the act it warns of is done
    request: bool = False  # a request or demand a verb may carry ("turned to the EU with a request")
    to_recipient: bool = False  # the act goes to a dative ("надати Україні допомогу"), which is no doer


@dataclass(slots=True)
class _Chunk:
    start: int
    end: int
    head: int  # the token index of its head
    cases: frozenset[str]  # the cases its head can be in; empty where unknown or indeclinable
    governed: str  # the preposition right before it, or ""
    party: bool
    mention: int | None
    person: bool = False  # headed by a person's name: its genitive form is also its accusative
    owner: _Chunk | None = None  # the first party in the genitive after the head: "заяву «Нафтогазу»"

    def own(self, word: _Word, k: int, start: int | None = None) -> None:
        """Take ``word`` (token ``k``) into the phrase as a genitive dependent; its own modifiers begin at
        ``start`` ("північнокорейського лідера")."""
        self.end = word.end
        if self.owner is not None and self.owner.mention is not None and self.owner.mention == word.mention:
            self.owner.end = word.end
        elif self.owner is None and word.party and (word.mention is None or word.mention != self.mention):
            begins = word.start if start is None else start
            self.owner = _Chunk(begins, word.end, k, word.cases, "", True, word.mention, word.person)


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    lower: str
    pos: str | None
    cases: frozenset[str]
    party: bool
    passive: bool  # a passive participle: "обвиненную", "викрадена", "согласована"
    mention: int | None  # the index of the mention that holds it
    mention_start: bool
    person: bool = False  # in a person's name
    said: str | None = None  # a verb of saying: ``_SAY``, or ``_THEY_SAY`` in the plural
    they: bool = False  # a finite verb in the plural, which may have no subject: "В МИД осудили"
    participle: bool = False  # a full participle in one of its readings: "оправданной", "засудженої"


@lru_cache(maxsize=100_000)
def _analysis(lang: str, word: str) -> tuple[str | None, frozenset[str], bool, str, bool, bool]:
    """Part of speech, the cases the word can be in, whether it is animate, its base form, passive, plural."""
    found = parses(lang, word.replace("’", "'").replace("ʼ", "'"))
    best = found[0]
    same = [p for p in found if p.tag.POS == best.tag.POS and p.normal_form == best.normal_form]
    cases = frozenset(str(p.tag.case) for p in same if p.tag.case)
    animate = any("anim" in p.tag or {"Geox", "Orgn", "Name", "Surn"} & p.tag.grammemes for p in same)
    passive = "pssv" in best.tag or (best.tag.POS == "VERB" and "Impe" in best.tag)
    pos = "INFN" if "infn" in best.tag.grammemes else str(best.tag.POS) if best.tag.POS else None  # uk: VERB,infn
    return pos, cases, animate, str(best.normal_form), passive, best.tag.number == "plur"


def is_passive(lang: str, word: str) -> bool:
    """Whether a word is a passive form: a participle ("отпущена", "викрадена") or an impersonal one
    ("скасовано")."""
    return _analysis(lang, word.lower())[4]


def names_party(lang: str, words: EventWords, word: str) -> bool:
    """Whether a noun can name a party by itself: a person or group (animate), a listed institution, an
    abbreviation in capitals ("МЗС")."""
    pos, _, animate, base, _, _ = _analysis(lang, word.lower())
    return pos == "NOUN" and (animate or base in words.party_nouns or (len(word) > 1 and word.isupper()))


@dataclass(frozen=True, slots=True)
class Clause:
    """What the phrase rules read of one sentence: its language and lexicon, its mentions (index, mention) and
    the case of each mention where the language has morphology."""

    lang: str
    words: EventWords
    text: str
    sentence: Sentence
    mentions: Sequence[tuple[int, Mention]]
    mention_cases: dict[int, str | None]
    complementizers: frozenset[str] = frozenset()  # "что", "що", "that": a reported clause follows
    speech_verbs: frozenset[str] = frozenset()  # base forms of the verbs of saying (``SpeechWords.verbs``)


def _words(clause: Clause) -> list[_Word]:
    words, text = clause.words, clause.text
    found: list[_Word] = []
    for token in clause.sentence.tokens:
        surface = text[token.start : token.end]
        holder = next(((i, m) for i, m in clause.mentions if m.start <= token.start < m.end), None)
        if holder is not None:
            index, mention = holder
            case = clause.mention_cases.get(index)
            cases = frozenset({case}) if case else frozenset()
            if case == "nomn" and mention.type != "PER" and _after_verb(found):
                # "зобов'язав Лондон", "призвал «Газпром»": a thing's name in its base form right after a verb
                # may be its accusative, where the word's is the nominative's ("Лондон", not "Україна").
                cases |= _analysis(clause.lang, surface.lower())[1] & {"accs"}
            found.append(
                _Word(
                    token.start,
                    token.end,
                    surface.lower(),
                    "NAME",
                    cases,
                    mention.type in PARTY_TYPES,
                    False,
                    index,
                    token.start == mention.start,
                    mention.type == "PER",
                )
            )
            continue
        if not any(c.isalpha() for c in surface):
            pos = "NUMR" if any(c.isdigit() for c in surface) else None
            found.append(_Word(token.start, token.end, surface, pos, frozenset(), False, False, None, False))
            continue
        pos, cases, _, base, passive, plural = _analysis(clause.lang, surface.lower())
        if pos == "NOUN" and cases == {"voct"}:
            pos = None  # "уже" read as the vocative of "уж": news addresses no one, it is the particle
        if surface.lower() in words.prepositions:
            pos = "PREP"  # the dictionary reads "про", "під" as nouns, "на" as a particle
        # A listed pronoun, or a noun of people or institutions; an abbreviation in capitals names one: "ВРУ", "МЗС".
        party = base in words.pronouns if pos == "NPRO" else pos == "NOUN" and names_party(clause.lang, words, surface)
        said = None
        if pos in _VERBS and base in clause.speech_verbs:
            said = _THEY_SAY if plural else _SAY
        they = pos == "VERB" and plural
        participle = _participle(clause.lang, surface.lower())
        found.append(
            _Word(
                token.start,
                token.end,
                surface.lower(),
                pos,
                cases,
                party,
                passive,
                None,
                False,
                said=said,
                they=they,
                participle=participle,
            )
        )
    if not found:
        return found
    read = [
        _before_noun(clause, word, following) for word, following in zip(found, [*found[1:], found[-1]], strict=True)
    ]
    return [read[0]] + [_counted(clause, numeral, word) for numeral, word in pairwise(read)]


def _before_noun(clause: Clause, word: _Word, following: _Word) -> _Word:
    """A word read again by the noun after it: "Сім профспілок", a word the dictionary reads otherwise ("сім" as
    "сей"), is a numeral where it can be one, as a count governs the genitive; "свою безпеку", "цю угоду", a
    pronoun that is no personal one (the Ukrainian dictionary's reading of possessives and demonstratives),
    in a case of the noun, is its modifier."""
    if following.pos != "NOUN" or word is following:
        return word
    if word.pos != "NUMR" and "gent" in following.cases and _numeral(clause.lang, word.lower):
        return replace(word, pos="NUMR", cases=_numeral_cases(clause.lang, word.lower), party=False)
    pronoun = word.pos == "NPRO" and word.lower not in clause.words.relatives | clause.words.clause_words
    if pronoun and word.cases & following.cases and not _personal(clause.lang, word.lower):
        return replace(word, pos="ADJF", party=False)
    return word


def _counted(clause: Clause, numeral: _Word, word: _Word) -> _Word:
    """A noun after a numeral in words, read as the counted genitive the numeral governs: "два политика" are
    politicians, not politics, and the phrase takes the numeral's case, so it can be a subject."""
    if numeral.pos != "NUMR" or word.pos != "NOUN" or not any(c.isalpha() for c in numeral.lower):
        return word
    counted = [p for p in parses(clause.lang, word.lower) if p.tag.POS == "NOUN" and p.tag.case == "gent"]
    if not counted:
        return word
    animate = any("anim" in p.tag for p in counted)
    party = word.party or animate or any(p.normal_form in clause.words.party_nouns for p in counted)
    return replace(word, cases=word.cases | numeral.cases, party=party)


@lru_cache(maxsize=100_000)
def _participle(lang: str, word: str) -> bool:
    """Whether a word can be a full participle: "оправданной" is read first as an adjective, and the Ukrainian
    dictionary tags passive participles as adjectives with "pssv" ("засудженої")."""
    return any(p.tag.POS == "PRTF" or (p.tag.POS == "ADJF" and "pssv" in p.tag) for p in parses(lang, word))


@lru_cache(maxsize=100_000)
def _personal(lang: str, word: str) -> bool:
    return any("pers" in p.tag.grammemes for p in parses(lang, word))


def _after_verb(words: list[_Word]) -> bool:
    """Whether the last word before, quotes and adverbs read past, is a verb: "заверила накануне"."""
    last = next((w for w in reversed(words) if w.pos not in (None, "ADVB")), None)
    return last is not None and last.pos in _VERBS


@lru_cache(maxsize=100_000)
def _numeral(lang: str, word: str) -> bool:
    return bool(_numeral_cases(lang, word))


@lru_cache(maxsize=100_000)
def _numeral_cases(lang: str, word: str) -> frozenset[str]:
    """The cases a word can be in as a numeral ("троє": nominative, accusative), none if it cannot be one."""
    return frozenset(str(p.tag.case) for p in parses(lang, word) if p.tag.POS == "NUMR" and p.tag.case)


def _chunks(
    words: EventWords, tokens: list[_Word], skip: Span, complementizers: frozenset[str] = frozenset()
) -> tuple[list[_Chunk | str | None], int]:
    """The noun phrases of a sentence, with None for each clause break between them and ``_VERB`` for each
    other verb, and the position of the break that stands for the trigger (``skip``)."""
    chunks: list[_Chunk | str | None] = []
    at = -1
    pending: int | None = None  # where modifiers before a head began
    genitive_from: int | None = None  # where modifiers of a genitive inside the current phrase began
    governed = ""
    current: _Chunk | None = None

    def close() -> None:
        nonlocal current
        if current is not None:
            chunks.append(current)
            current = None

    asides = _asides(tokens) | _participial_asides(tokens, skip)
    for k, word in enumerate(tokens):
        if k in asides:
            continue
        modifiers_from, genitive_from = genitive_from, None  # they carry only to the very next word
        # The words a widened trigger spans between its verb and its noun are phrases after it: "дало
        # профсоюзу предложения", "ведет с Ryanair переговоры".
        if skip[0] <= word.start < skip[1] and (word.start == skip[0] or word.end >= skip[1]):
            close()
            if at < 0:
                at = len(chunks)
                chunks.append(None)
            pending, governed = None, ""
            continue
        if word.pos == "NAME":
            if current is not None and (current.mention == word.mention or not word.mention_start):
                current.own(word, k)
                continue  # the rest of the name
            if current is not None and word.person and _split_name(tokens, k):
                current.own(word, k)
                continue  # "Хадіма Хуссейна Різві" found as two names is one
            described = current is not None and current.mention is None
            quoted = k > 0 and tokens[k - 1].lower in _QUOTES and "gent" not in word.cases
            if current is not None and described and quoted:
                # A name in quotes after a noun, not in the genitive, is what the noun is called: "партії
                # "Техрік-є-Лабаік Пакистан"", "компании «Газпром»"; "заяву «Нафтогазу»" is whose it is.
                if current.owner is not None and current.owner.end == current.end:
                    current.owner.end, current.owner.mention = word.end, word.mention
                else:
                    current.mention = word.mention
                current.end = word.end
                continue
            title = chunks[-1] if chunks and isinstance(chunks[-1], _Chunk) else None
            if current is not None and current.governed and word.person and _titled(title, word):
                # "министр по делам меньшинств Шахбаз Бхатти": a person's name after the phrases that qualify
                # a title is who holds it, not a part of those phrases.
                assert title is not None
                chunks.pop()
                current = title
                current.end, current.mention, current.person = word.end, word.mention, True
                continue
            if current is not None and described and word.party and word.cases & current.cases:
                # A name in the case of the noun before it is what that noun describes: "з лідером Північної
                # Кореї Кім Чен Ином", "министра иностранных дел Бориса Джонсона"; a name that does not
                # decline there is its genitive ("міністр оборони РФ Сергій Шойгу").
                current.end, current.mention, current.party = word.end, word.mention, word.party
                current.person = word.person
                continue
            if current is not None and (
                ("gent" in word.cases and (described or current.party)) or (described and not word.cases)
            ):
                # "Премьер Англии", "правоохоронні органи Пакистану", "міністр оборони РФ"
                current.own(word, k)
                continue
            close()
            current = _Chunk(
                tokens[pending].start if pending is not None else word.start,
                word.end,
                k,
                word.cases,
                governed,
                True,
                word.mention,
                word.person,
            )
            pending, governed = None, ""
            continue
        if word.pos in _NOUNS:
            if current is not None and "gent" in word.cases and word.pos == "NOUN":
                # "протесты исламистов", "министра иностранных дел"
                current.own(word, k, tokens[modifiers_from].start if modifiers_from is not None else None)
                pending = None
                continue
            close()
            start = tokens[pending].start if pending is not None else word.start
            cases = word.cases
            if pending is not None and any(t.pos == "NUMR" for t in tokens[pending:k]) and "gent" in cases:
                cases = cases | {"nomn", "accs"}  # "27 міністрів підтримали": a count governs the genitive
            current = _Chunk(start, word.end, k, cases, governed, word.party, None)
            pending, governed = None, ""
            continue
        if word.pos in _MODIFIERS:
            if current is not None and "gent" in word.cases:
                # an adjective of a genitive that follows: "министра иностранных дел"
                genitive_from = k if modifiers_from is None else modifiers_from
                continue
            close()
            pending = k if pending is None else pending
            continue
        close()
        pending = None
        if word.pos == "PREP":
            governed = word.lower
            continue
        if word.lower == "," and _comma_continues_list(words, tokens, k) and chunks and isinstance(chunks[-1], _Chunk):
            governed = chunks[-1].governed  # "к властям Великобритании, США и Канады": the list goes on
            continue
        governed = ""
        if word.lower in complementizers:
            if chunks and chunks[-1] is None and len(chunks) - 1 != at:
                chunks.pop()  # the comma before "что"; the trigger's own place stays
            chunks.append(_THAT)
        elif (word.lower in _BREAKS or word.lower in words.clause_words) and (not chunks or chunks[-1] is not None):
            chunks.append(None)
        elif word.pos in _VERBS:
            chunks.append(_INFINITIVE if word.pos == "INFN" else word.said or _VERB)
    close()
    return chunks, at


def _comma_continues_list(words: EventWords, tokens: list[_Word], comma: int) -> bool:
    """Whether a comma between two names in the same oblique case lists them ("властям Великобритании, США и
    Канады", "в Италии, Португалии и Бельгии") rather than opening a clause: names and commas only, up to a
    conjunction. A nominative may begin a clause ("Путин, Лавров отметил"), and so may a name after a frame
    ("По мнению Лондона, России нужно")."""
    if comma == 0 or comma + 1 >= len(tokens):
        return False
    before, after = tokens[comma - 1], tokens[comma + 1]
    if before.pos != "NAME" or after.pos != "NAME" or not before.cases or "nomn" in before.cases:
        return False
    if after.cases and not after.cases & before.cases:
        return False
    following = next((w for w in tokens[comma + 1 :] if w.pos != "NAME" and w.lower != ","), None)
    return following is not None and following.lower in words.conjunctions


def _titled(chunk: _Chunk | None, name: _Word) -> bool:
    """Whether a phrase is a bare title that a person's name after it may still belong to, in its case or in
    none the dictionary knows: "министр"."""
    if chunk is None or not chunk.party or chunk.mention is not None or chunk.governed:
        return False
    return not name.cases or bool(name.cases & chunk.cases)


def _split_name(tokens: list[_Word], k: int) -> bool:
    """Whether the name starting at token ``k`` goes on a person's name right before it, a space between."""
    previous = tokens[k - 1] if k > 0 else None
    return previous is not None and previous.person and not tokens[k].start - previous.end > 1


# The most words a participial phrase set off by commas may have: "оправданной Верховным судом Пакистана".
_PARTICIPIAL_REACH = 12


def _participial_asides(tokens: list[_Word], trigger: Span) -> set[int]:
    """Participial phrases set off by commas after a noun, with their commas: "Суд, рассмотревший апелляцию,
    отклонил", "Христианке Асии Биби, оправданной Верховным судом Пакистана, запрещено", "Родина християнки,
    засудженої до страти, але згодом виправданої, просить". They describe the noun before them, which stays in
    the clause of the verb after them. A phrase that holds the trigger is its own clause, and one on the trigger
    says who did it ("Страйк, оголошений пілотами, триває")."""
    skipped: set[int] = set()
    for k, word in enumerate(tokens):
        if word.lower != "," or k == 0 or (tokens[k - 1].pos not in ("NOUN", "NAME") and k - 1 not in skipped):
            continue
        first = next((j for j in range(k + 1, len(tokens)) if tokens[j].pos not in _PARTICLES), None)
        if first is None or not tokens[first].participle:
            continue
        close = next((j for j in range(first, min(k + _PARTICIPIAL_REACH, len(tokens))) if tokens[j].lower == ","), -1)
        if close < 0:
            continue
        inside = tokens[k : close + 1]
        if any(w.pos == "VERB" or w.lower in _BREAKS - {","} for w in inside):
            continue
        if any(trigger[0] < w.end and w.start < trigger[1] for w in inside + tokens[k - 1 : k]):
            continue  # "страйк, оголошений пілотами": a phrase on the trigger names its own sides
        skipped.update(range(k, close + 1))
    return skipped


def _asides(tokens: list[_Word]) -> set[int]:
    """Tokens that no phrase or clause ends at: quotes around a name ("партії "Техрік-є-Лабаік Пакистан""), a
    short aside in brackets ("(ТЛП)", "(Азии)")."""
    skipped: set[int] = set()
    for k, word in enumerate(tokens):
        if word.lower in "[]":
            skipped.add(k)  # an editor's insertion: "викрадена [бойовиками] Боко Харам"
        if word.lower in _QUOTES and (
            (k + 1 < len(tokens) and tokens[k + 1].mention_start)
            or (
                k > 0
                and tokens[k - 1].mention is not None
                and (k + 1 == len(tokens) or not tokens[k + 1].mention_start)
            )
        ):
            skipped.add(k)
        if word.lower == "(":
            close = next((j for j in range(k + 1, min(k + 2 + _ASIDE, len(tokens))) if tokens[j].lower == ")"), None)
            if close is not None:
                skipped.update(range(k, close + 1))
    return skipped


def _clause(
    chunks: list[_Chunk | str | None], trigger_at: int
) -> tuple[list[_Chunk], list[_Chunk], list[_Chunk], list[_Chunk]]:
    """The phrases of the trigger's clause before it (nearest first) and after it, each also up to the
    nearest other verb only."""

    def side(items: list[_Chunk | str | None]) -> tuple[list[_Chunk], list[_Chunk]]:
        phrases: list[_Chunk] = []
        near = -1
        for item in items:
            if item is None or item == _THAT:
                break
            if isinstance(item, _Chunk):
                phrases.append(item)
            elif near < 0:
                near = len(phrases)
        return phrases, phrases if near < 0 else phrases[:near]

    before, near_before = side(chunks[:trigger_at][::-1])
    after, near_after = side(chunks[trigger_at + 1 :])
    return before, near_before, after, near_after


def _is_subject(chunk: _Chunk) -> bool:
    return chunk.party and not chunk.governed and (not chunk.cases or "nomn" in chunk.cases)


def comes_from(words: EventWords, preposition: str, cases: frozenset[str]) -> bool:
    """Whether a name after ``preposition``, in one of ``cases``, is where something comes from, not the side
    an act is done with: "вихід з Євросоюзу" (genitive), not "домовилася з Польщею" (instrumental)."""
    return preposition in words.comitatives and "gent" in cases and "ablt" not in cases


def _is_object(words: EventWords, chunk: _Chunk) -> bool:
    if not chunk.party:
        return False
    if chunk.mention is not None and comes_from(words, chunk.governed, chunk.cases):
        return False
    if chunk.governed:
        return chunk.governed in words.target_prepositions
    # "благодарит Джонсона": a person's accusative has the genitive's form.
    cases = chunk.cases | ({"accs"} if chunk.person and "gent" in chunk.cases else set())
    return not cases or bool(cases & _OBJECT_CASES)


def _party(chunk: _Chunk | None) -> Party | None:
    return None if chunk is None else Party(chunk.start, chunk.end, chunk.mention)


def slavic_roles(clause: Clause, trigger: Span, noun: bool, frame: ActFrame, passing: bool = False) -> Roles:
    """The actor and target phrases of a trigger by case and prepositions.

    A verb's subject is the nearest nominative party before it in its clause, else the first after it
    ("в чем Мааса заверил российский коллега"); a passive's actor is the instrumental after it
    ("обвиненную мусульманками") and its subject the target. Its object is the first party after it in the
    accusative or dative or after a preposition of the other side, else such a party before it. A noun's
    actor is the genitive right after it ("протесты исламистов"), else the subject of its clause; for what
    is done to someone (``frame.done_to``) that genitive is the target ("затримання клірика"). An infinitive right
    after a verb is what it asks, offers or refuses, with its own object; with ``frame.through`` that object is
    the target too.

    A noun named ``passing``ly, under a preposition or another noun ("через страйки", "возможность введения
    санкций"), is not what its clause's subject does: its sides are only its own genitive and the party after
    a preposition of the other side ("санкций против X"). Where it has neither, it reports no event.

    A verbal act (condemning, rejecting, demanding) in the plural with no subject is, like a verb of saying,
    the act of the institution in the locative before it: "В МИД осудили", "У Кремлі відкинули". In a deal
    (``frame.from_side``), a company or person after "от"/"від" is the other side where no object names one.
    """
    words = clause.words
    done_to, through = frame.done_to, frame.through
    tokens = _words(clause)
    chunks, at = _chunks(words, tokens, trigger, clause.complementizers)
    if at < 0:
        return Roles()
    before, near_before, after, near_after = _clause(chunks, at)
    head = tokens[_first_of(tokens, trigger)] if tokens else None
    actor: _Chunk | None = None
    if head is not None and head.passive and not noun:
        actor = next((c for c in after if c.party and not c.governed and "ablt" in c.cases), None)
        target = next((c for c in before if c.party and not c.governed), None)
        if target is None:
            # "была освобождена христианка": with no subject before the verb, the one right after it
            target = next(
                (
                    c
                    for c in near_after[:1]
                    if _is_subject(c)
                    and c is not actor
                    and not re.search(r"[,;:()\[\]—–]", clause.text[trigger[1] : c.start])
                ),
                None,
            )
        subject_after = any(not c.governed and (not c.cases or "nomn" in c.cases) for c in near_after[:1])
        if target is None and not subject_after:
            target = _passive_subject(clause, tokens, chunks, at, head)
        target, with_target = _named_members(clause, chunks, trigger, target, _joined_to(clause, chunks, target))
        return Roles(_party(actor), _party(target), complete=True, joined_targets=with_target)
    nested = passing and not _under(tokens, trigger, words.prepositions)  # "з питань взаємодії між ..."
    sides = _between(clause, chunks[at + 1 :], nested) if noun else []
    if sides:  # "переговорами між Росією, Україною і Європейською комісією": all of them act, together
        first, *others = sides
        return Roles(_party(first), joined_actors=_sides(others), complete=True)
    own = (
        noun and after and after[0].party and not after[0].governed and (not after[0].cases or "gent" in after[0].cases)
    )
    whom = (
        _done_to_whom(clause.lang, words.pronouns, tokens, trigger[0], after, bool(own)) if noun and done_to else None
    )
    if noun and passing:
        genitive = whom if done_to else after[0] if own else None
        other = next((c for c in near_after if c.party and c.governed in words.target_prepositions), None)
        agent = None if done_to else _agent_of_description(words.declaring, tokens, chunks, at)
        if agent is not None:
            return Roles(_party(agent), _party(other), complete=True)
        if genitive is None and other is None:
            return Roles(attributive=True)
        if done_to:
            return Roles(None, _party(genitive or other), complete=True)
        if (
            genitive is None
            and other is not None
            and other.governed in words.comitatives
            and _during(clause, tokens, trigger)
        ):
            # "Барньє зробив заяву в ході зустрічі з послами": who spoke during the meeting with them met them
            genitive = next((c for c in before if _is_subject(c)), None)
        return Roles(_party(genitive), _party(other), complete=True)
    if whom is not None:  # "затримання клірика-ісламіста": whom it was done to
        subject = next((c for c in before if _is_subject(c)), None)
        return Roles(_party(subject), _party(whom), complete=True)
    receiver = _receiver(clause.lang, words, tokens, trigger, chunks[:at]) if noun else None
    if receiver is not None:  # "Ей удалось заручиться поддержкой правительства": the government supports her
        giver = after[0] if own else next((c for c in near_after if c.party and c.governed in words.sources), None)
        return Roles(_party(giver), _party(receiver), complete=True)
    if own:
        actor = after[0]  # "протесты исламистов", "санкциях США"
    elif noun and not done_to:
        actor = _agent_of_description(words.declaring, tokens, chunks, at)  # "Страйк, оголошений пілотами, триває"
    if actor is None:
        actor = next((c for c in before if _is_subject(c)), None)
    if actor is None and not noun and not frame.to_recipient and head is not None and head.pos == "INFN":
        actor = _dative_doer(clause, tokens, head, before)  # "Нам треба обговорювати угоду"
    if actor is None and not noun:
        # "бронепотяг північнокорейського лідера прибув", "заява МЗС засудила": whose thing the subject is acts.
        owned = (c for c in before if not c.party and not c.governed and "nomn" in c.cases and c.owner is not None)
        actor = next((c.owner for c in owned if c.owner is not None), None)
    if actor is None and not noun:
        # After the verb, a phrase that can be the object too is the subject only when the object came first:
        # "Лідера ... затримали правоохоронні органи", "яку закликають стратити радикальні ісламісти".
        # A thing in the accusative counts too: "Эту работу блокировали две страны".
        fronted = any(
            not c.governed and c.cases and "nomn" not in c.cases and (c.party or "accs" in c.cases) for c in near_before
        )
        # A verb the dictionary knows to take no object has only a subject after it: "бастуют пилоты".
        fronted = fronted or (head is not None and "intr" in best(clause.lang, head.lower).tag)
        actor = next(
            (
                c
                for c in after
                if _is_subject(c) and (fronted or c.mention is not None or not (c.cases & _OBJECT_CASES))
            ),
            None,
        )
    # A party right after a noun is its own side ("протесты исламистов"); one under a preposition of the other
    # side leaves who acts to the reporting clause ("заявили, что готовы к переговорам с компанией").
    if actor is None and not (noun and after and after[0].party and not after[0].governed):
        said = head.said if head is not None and not noun else None
        if said is None and frame.verbal and head is not None and head.they and not noun:
            said = _THEY_SAY  # "В Минобороны опровергли": what the people of the institution said
        actor = _speaker(words, _back(chunks, at), said) or _reporter(clause, chunks, at)
    if actor is not None and actor.mention is None and tokens[actor.head].pos == "NPRO":
        actor = _antecedent(clause.lang, words, tokens, chunks, actor) or actor
    joined = _coordinated(clause, chunks, actor)
    target, filled = _object(clause, tokens, [c for c in near_after if c is not actor and c not in joined], noun)
    # "запропонував продовжити ... етап", "призывают расправиться с судьями": an infinitive right after the
    # verb is what it asks or offers, and the phrases after it are its own.
    infinitive = not noun and chunks[at + 1 : at + 2] == [_INFINITIVE]
    # "заверил, что транзит сохранится": a clause is what was promised or said, and no side is named after it.
    filled = filled or infinitive or chunks[at + 1 : at + 2] == [_THAT]
    if target is None and not noun and not infinitive:
        # Before the verb, any object; where a thing is the object, a dative still names a side ("якій суд
        # скасував вирок").
        earlier = (
            c
            for c in near_before
            if c is not actor
            and c.party
            and not c.governed
            and not _is_subject(c)
            and (not filled or ("datv" in c.cases and not c.cases & {"nomn", "accs"}))
        )
        target = next(earlier, None)
    if noun and _under(tokens, trigger, words.comitatives):
        # "звернулася до уряду з проханням": whom the verb that carries a request turns to, and who turns, after
        # it too ("С требованием ... к властям Пакистана обращались главы Католической церкви").
        addressed = (c for c in [*near_before, *after] if c.party and c.governed in words.addressees)
        target = target or next(addressed, None)
        actor = actor or next((c for c in after if _is_subject(c) and c is not target), None)
    if target is None and frame.warning and not noun:
        # "попередили про можливі звільнення співробітників": a threat is made to whom the act it names is done
        # (first after the verb: "подписал указ об освобождении" is about the decree)
        topic = next((c for c in near_after[:1] if not c.party and c.governed in words.topics), None)
        target = _owner_of(clause, tokens, topic, act=True) if topic is not None else None
    if target is None and frame.from_side:
        # "підписала договір про постачання вакцини від компанії Sinovac Biotech": whom the goods come from, a
        # company or a person ("независимости от России" names no seller)
        target = next(
            (c for c in near_after if c.party and c.governed in words.sources and not _place(clause, c)), None
        )
    if target is None and infinitive and through:
        # "передумали казнить христианку": whom a concession, a promise or a refusal is about
        _, content = _clause(chunks, at + 1)[2:]
        target = next((c for c in content[:1] if not c.governed and _is_object(words, c)), None)
    no_target = filled and target is None
    said_at = actor is not None and actor.governed in words.locatives
    actor, also = _named_members(clause, chunks, trigger, actor, _sides(joined))
    target, with_target = _named_members(clause, chunks, trigger, target, _joined_to(clause, chunks, target))
    return Roles(
        _party(actor),
        _party(target),
        no_target=no_target,
        thing=no_target,
        said_at=said_at,
        joined_actors=also,
        joined_targets=with_target,
    )


def _sides(chunks: Sequence[_Chunk]) -> tuple[Party, ...]:
    return tuple(Party(c.start, c.end, c.mention) for c in chunks)


def _joined_to(clause: Clause, chunks: list[_Chunk | str | None], party: _Chunk | None) -> tuple[Party, ...]:
    """The sides a conjunction joins to ``party``: "пригрозил бортпроводникам и пилотам"."""
    return _sides(_coordinated(clause, chunks, party))


def _named_members(
    clause: Clause,
    chunks: list[_Chunk | str | None],
    trigger: Span,
    group: _Chunk | None,
    joined: tuple[Party, ...],
) -> tuple[_Chunk | None, tuple[Party, ...]]:
    """A group that no name heads, followed after a dash by the names of its members, stands for them: "две
    страны, прежде председательствовавшие в ЕС, — Австрия и Болгария", "Два политика - губернатор Салман
    Тасиир и министр Шахбаз Бхатти - были убиты". Else the group and the phrases ``joined`` to it."""
    at = next((k for k, c in enumerate(chunks) if c is group), None)
    if group is None or group.mention is not None or at is None:
        return group, joined
    for item in chunks[at + 1 : at + 6]:
        if not isinstance(item, _Chunk):
            if item is not None:
                break  # a verb or "что": the group's own phrases end
            continue
        if group.end <= trigger[0] < item.start:
            break
        if (
            re.search(r"\s[—–-]\s*$", clause.text[group.end : item.start])
            and item.mention is not None
            and bool(item.cases & group.cases)
        ):
            members = sorted([item, *_coordinated(clause, chunks, item)], key=lambda c: c.start)
            return members[0], _sides(members[1:])
    return group, joined


def _agent_of_description(
    declaring: tuple[str, ...], tokens: list[_Word], chunks: list[_Chunk | str | None], at: int
) -> _Chunk | None:
    """Who did what a noun names, given in the instrumental after a participle of ``declaring`` that describes
    the noun after a comma: "через страйк, оголошений пілотами авіакомпанії Ryanair" (not "протест,
    разогнанный полицией")."""
    agent = chunks[at + 1] if at + 1 < len(chunks) else None
    if not isinstance(agent, _Chunk) or not agent.party or agent.governed or "ablt" not in agent.cases:
        return None
    first = next(k for k, w in enumerate(tokens) if w.start >= agent.start)  # the participle begins the phrase
    participle = tokens[first]
    declared = participle.passive and participle.lower.startswith(declaring)
    if first == 0 or tokens[first - 1].lower != "," or not declared:
        return None
    return replace(agent, start=tokens[first + 1].start)  # the side, without the participle


def _receiver(
    lang: str, words: EventWords, tokens: list[_Word], trigger: Span, earlier: list[_Chunk | str | None]
) -> _Chunk | None:
    """Who receives the act a noun names, where a verb of receiving carries it ("Ей удалось заручиться
    поддержкой"): the party before that verb in its clause; for a verbal adverb, whose subject is its main
    clause's, the subject before it ("Берлін просуває проект, заручившись підтримкою союзників")."""
    verb = None
    for word in reversed(tokens[: _first_of(tokens, trigger)]):
        if word.pos in _VERBS:
            verb = word
            break
        unknown = word.pos is None and word.lower.isalpha()  # "вже", which the dictionary does not know
        if (
            word.pos not in _MODIFIERS
            and not unknown
            and not any(p.tag.POS in _PARTICLES for p in parses(lang, word.lower))
        ):
            return None  # "заручившись уже і підтримкою": adverbs, particles and conjunctions read past
    if verb is None or best(lang, verb.lower).normal_form not in words.receiving:
        return None
    phrases = [c for c in reversed(earlier) if isinstance(c, _Chunk) and c.end <= verb.start]
    if verb.pos == "GRND":
        return next((c for c in phrases if _is_subject(c)), None)
    clause = _back(earlier, len(earlier))
    return next(
        (c for c in clause if isinstance(c, _Chunk) and c.party and not c.governed and c.end <= verb.start), None
    )


def _done_to_whom(
    lang: str, pronouns: frozenset[str], tokens: list[_Word], trigger_start: int, after: list[_Chunk], own: bool
) -> _Chunk | None:
    """Whom what a noun names is done to: its genitive ("затримання клірика"), the owner of the thing in its
    genitive ("відновив арешт акцій Nord Stream AG"), or the pronoun right before it ("после ее
    освобождения")."""
    if own:
        return after[0]
    thing = after[0] if after and not after[0].governed and "gent" in after[0].cases else None
    if thing is not None and thing.owner is not None and thing.owner.end == thing.end:
        return thing.owner
    k = next((k for k, w in enumerate(tokens) if w.start >= trigger_start), len(tokens)) - 1
    word = tokens[k] if k >= 0 else None
    if word is None or not any(
        p.tag.POS == "NPRO" and p.tag.case == "gent" and p.normal_form in pronouns for p in parses(lang, word.lower)
    ):
        return None
    return _Chunk(word.start, word.end, k, frozenset({"gent"}), "", True, None)  # "после ее освобождения"


def _between(clause: Clause, following: list[_Chunk | str | None], nested: bool) -> list[_Chunk]:
    """The parties after a noun under a preposition of "between", and those that commas and conjunctions alone
    join to them. The noun reaches past phrases that name no party ("переговорами з питань взаємодії в газовій
    сфері між Росією"); one ``nested`` in such a phrase, under another noun, only to the phrase right after it."""
    first_skipped = following[0] if following else None
    if (
        isinstance(first_skipped, _Chunk)
        and not first_skipped.party
        and first_skipped.governed in clause.words.locatives
    ):
        return []  # "протесты на границе между Польшей и Беларусью": between places the protest, names no sides
    skipped = takewhile(lambda item: isinstance(item, _Chunk) and not item.party, following)
    at = 0 if nested else sum(1 for _ in skipped)
    first = following[at] if at < len(following) else None
    if not isinstance(first, _Chunk) or not first.party or first.governed not in clause.words.between:
        return []
    sides = [first]
    for item in following[at + 1 :]:
        if item is None:
            continue  # a comma: the text between the two phrases is checked below
        if not isinstance(item, _Chunk):
            break
        links = clause.text[sides[-1].end : item.start].replace(",", " ").split()
        # A listed side carries the preposition over: "між Росією, Україною".
        governed = bool(item.governed) and item.governed != first.governed
        if not item.party or governed or any(w not in clause.words.conjunctions for w in links):
            break
        last = sides[-1]
        if last.owner is not None and last.owner.end == last.end and "gent" in item.cases:
            break  # "между делегациями России и Украины": the conjunction joins the genitives
        sides.append(item)
    return sides


def _passive_subject(
    clause: Clause, tokens: list[_Word], chunks: list[_Chunk | str | None], at: int, participle: _Word
) -> _Chunk | None:
    """The subject of a passive participle further back than its clause, where none follows it: the nearest
    nominative that agrees with it in number, and in gender where the head is no name (whose gender the
    dictionary often guesses wrong), past asides but no other predicate than "быть"/"бути": "Азия Биби,
    оправданная по обвинению в оскорблении ислама, была отпущена". (A passive in a relative clause identifies
    whom it describes and reports no event.) Where that subject names a thing ("полеты будут отменены"), no
    party is."""
    lang = clause.lang
    tag = best(lang, participle.lower).tag
    plural = "plur" in tag
    earlier = [w for w in tokens if w.end <= participle.start]
    predicates = (
        w.start for w in earlier if w.pos in _VERBS and best(lang, w.lower).normal_form not in clause.words.auxiliaries
    )
    last_predicate = max(predicates, default=-1)  # a subject does not reach past another predicate
    for item in reversed(chunks[:at]):
        if item == _THAT:
            return None
        if not isinstance(item, _Chunk):
            continue
        if item.governed or (item.cases and "nomn" not in item.cases):
            continue
        if last_predicate >= item.end:
            return None
        word = tokens[item.head].lower
        head = next((p.tag for p in parses(lang, word) if p.tag.case == "nomn"), best(lang, word).tag)
        if ("plur" in head) != plural:
            continue
        named = tokens[item.head].pos == "NAME"
        if not named and not plural and tag.gender and head.gender and head.gender != tag.gender:
            continue
        return item if item.party else None  # "полеты будут отменены": a thing is the subject
    return None


def _dative_doer(clause: Clause, tokens: list[_Word], infinitive: _Word, before: list[_Chunk]) -> _Chunk | None:
    """The dative that does an infinitive, where a word of need or permission governs both: "Нам треба
    обговорювати", "дозволила б Брюсселю вести переговори"."""
    doers = clause.words.dative_doers
    if not any(_analysis(clause.lang, w.lower)[3] in doers for w in tokens if w.end <= infinitive.start):
        return None
    return next(
        (c for c in before if c.party and not c.governed and "datv" in _possible_cases(clause, tokens, c)), None
    )


def _possible_cases(clause: Clause, tokens: list[_Word], chunk: _Chunk) -> frozenset[str]:
    """The cases a phrase can be in: a name's every reading ("России": genitive, dative, locative), as its
    mention gives one."""
    if chunk.mention is None:
        return chunk.cases
    return chunk.cases | _analysis(clause.lang, tokens[chunk.head].lower)[1]


def _during(clause: Clause, tokens: list[_Word], trigger: Span) -> bool:
    """Whether the words right before the trigger, modifiers read past, say during it: "в ході", "на"."""
    before = [w.lower for w in _lead_in(tokens, trigger)]
    # A bare preposition says "during" only with the locative: "на переговорах", not "указывают на переговоры".
    bare = "loct" in tokens[_first_of(tokens, trigger)].cases
    return any(before[-len(p.split()) :] == p.split() and (" " in p or bare) for p in clause.words.during)


def _first_of(tokens: list[_Word], trigger: Span) -> int:
    """The position of the trigger's first word among the sentence's words."""
    return next((k for k, w in enumerate(tokens) if trigger[0] <= w.start < trigger[1]), 0)


def _lead_in(tokens: list[_Word], trigger: Span) -> list[_Word]:
    """The words before the trigger, the modifiers right before it left out ("с краткой просьбой": "с")."""
    before = tokens[: _first_of(tokens, trigger)]
    while before and before[-1].pos in _MODIFIERS:
        before = before[:-1]
    return before


def _under(tokens: list[_Word], trigger: Span, prepositions: frozenset[str]) -> bool:
    """Whether the trigger stands under one of ``prepositions``, modifiers between them read past ("с краткой
    просьбой")."""
    before = _lead_in(tokens, trigger)
    return bool(before) and before[-1].lower in prepositions


def _coordinated(clause: Clause, chunks: list[_Chunk | str | None], actor: _Chunk | None) -> list[_Chunk]:
    """The party phrases a conjunction alone joins to the actor on either side, governed as it is and in a case
    it can be in: "пілоти Ryanair і бортпровідники", "Пилоты и бортпроводники Ryanair". A comma is a clause
    break here, as it may close an aside."""
    if actor is None or not any(c is actor for c in chunks):
        return []
    at = next(k for k, c in enumerate(chunks) if c is actor)
    joined: list[_Chunk] = []
    for step in (-1, 1):
        near = actor
        k = at + step
        while 0 <= k < len(chunks):
            other = chunks[k]
            if not isinstance(other, _Chunk) or not other.party or other.governed != actor.governed:
                break
            left, right = (other, near) if step < 0 else (near, other)
            links = clause.text[left.end : right.start].split()
            if len(links) != 1 or links[0] not in clause.words.conjunctions:
                break
            if actor.cases and other.cases and not actor.cases & other.cases:
                break
            if left.owner is not None and left.owner.end == left.end and (not right.cases or "gent" in right.cases):
                break  # "Лидеры РФ и КНДР": the conjunction joins the genitives, whose leaders they are
            joined.append(other)
            near, k = other, k + step
    return joined


def _antecedent(
    lang: str, words: EventWords, tokens: list[_Word], chunks: list[_Chunk | str | None], pronoun: _Chunk
) -> _Chunk | None:
    """The subject earlier in the sentence that a third person pronoun stands for, in its gender and number:
    "Руководство Ryanair заявило, что ..., так как оно уже дало Forsa предложения"."""
    word = tokens[pronoun.head]
    if word.lower in words.first_person or word.lower not in words.pronouns:
        return None
    tag = best(lang, word.lower).tag
    earlier = [c for c in chunks if isinstance(c, _Chunk) and c.end <= pronoun.start]
    for chunk in reversed(earlier):
        if not _is_subject(chunk) or tokens[chunk.head].pos == "NPRO":
            continue
        head = best(lang, tokens[chunk.head].lower).tag
        if tag.number == "plur":
            agrees = head.number == "plur" and chunk.mention is None
        else:
            agrees = head.number != "plur" and (chunk.person or tag.gender is None or head.gender == tag.gender)
        if agrees:
            return chunk
    return None


def _reporter(clause: Clause, chunks: list[_Chunk | str | None], at: int) -> _Chunk | None:
    """The subject of the clause that reports the trigger's, where the trigger's own is left unsaid: "Тереза
    Мэй сообщила, что позитивно оценивает ...", "Профспілки заявили, що страйки можуть продовжитися"; also
    across a relative clause between them: "Профсоюзы, в которые входят пилоты Ryanair, заявили, что ..."."""
    k = at - 1
    while k >= 0 and isinstance(chunks[k], _Chunk | str) and chunks[k] != _THAT:
        k -= 1
    if k < 0 or chunks[k] != _THAT:
        return None
    outer = _back(chunks, k)
    found = next((c for c in outer if isinstance(c, _Chunk) and _is_subject(c)), None)
    found = found or _speaker(clause.words, outer)
    if found is not None or (_SAY not in outer and _THEY_SAY not in outer):
        return found
    relative = k - len(outer) - 1  # the break before the verb of saying, which may close a relative clause
    inner = _back(chunks, relative) if relative > 0 and chunks[relative] is None else []
    opening = relative - len(inner) - 1
    head = chunks[opening - 1] if opening > 0 and chunks[opening] is None else None
    if not isinstance(head, _Chunk) or not _is_subject(head):
        return None
    # ", которые ...", ", до яких ...": a relative right after the comma, or after its preposition
    which = re.match(r"\s*,\s*(\w+)(?:\s+(\w+))?", clause.text[head.end :])
    if which is None:
        return None
    first, second = which.group(1).lower(), (which.group(2) or "").lower()
    relatives, prepositions = clause.words.relatives, clause.words.prepositions
    return head if first in relatives or (first in prepositions and second in relatives) else None


def _back(chunks: list[_Chunk | str | None], at: int) -> list[_Chunk | str]:
    """The phrases and verbs of the clause before position ``at``, nearest first."""
    items: list[_Chunk | str] = []
    for item in reversed(chunks[:at]):
        if item is None or item == _THAT:
            break
        items.append(item)
    return items


def _speaker(words: EventWords, items: Sequence[_Chunk | str], said: str | None = None) -> _Chunk | None:
    """Who says what a clause with a verb of saying (``said``: the trigger is one) reports, ``items`` nearest
    first. Only people and institutions speak, so a nominative before the verb is the speaker whatever its
    noun ("Профсоюзи заявили"); a plural verb with no subject is said by the people of the place or
    institution in the locative before it ("У ЄС заявили", "В Кремле сообщили", "У компанії попередили")."""
    verb = 0 if said is not None else next((i + 1 for i, item in enumerate(items) if item in (_SAY, _THEY_SAY)), None)
    if verb is None:
        return None
    plural = (said or items[verb - 1]) == _THEY_SAY
    before = [c for c in items[verb:] if isinstance(c, _Chunk)]
    subject = next((c for c in before if not c.governed and "nomn" in c.cases), None)
    if subject is not None or not plural:
        return subject
    return next((c for c in before if c.party and c.governed in words.locatives), None)


def _object(clause: Clause, tokens: list[_Word], after: list[_Chunk], noun: bool) -> tuple[_Chunk | None, bool]:
    """The first party after the trigger that can be its object, and whether a thing fills the object's
    place first: then a phrase after a preposition hangs on that thing ("осудила возможность санкций против
    X"), and only a dative can still name a side; whose thing it is, where a party owns it, also against whose
    thing the act is ("против планов правительства"), unless that thing is an act of its own ("против
    освобождения христианки": the release is what is opposed, not the woman)."""
    words = clause.words
    filled = False
    for chunk in after:
        if not chunk.party:
            thing = not noun and not chunk.governed and chunk.cases == chunk.cases & {"accs", "nomn"}
            if thing and not filled and chunk.owner is not None:
                return chunk.owner, True  # "спростував заяву «Нафтогазу»": whose statement
            against = chunk.governed in words.target_prepositions - words.comitatives
            owner = _owner_of(clause, tokens, chunk, act=False) if against and not filled else None
            if owner is not None:
                return owner, False
            filled = filled or thing
            continue
        if _is_object(words, chunk) and (not noun or chunk.governed) and not (filled and chunk.governed):
            return chunk, filled
    return None, filled


def _place(clause: Clause, chunk: _Chunk) -> bool:
    """Whether a phrase is a place's name ("от России"), no company or person."""
    return any(index == chunk.mention and mention.type == "LOC" for index, mention in clause.mentions)


def _owner_of(clause: Clause, tokens: list[_Word], chunk: _Chunk, act: bool) -> _Chunk | None:
    """The party that owns a phrase's head itself, right after it ("планов правительства"; not a noun further down
    a chain of genitives, "процесса отбора присяжных"), where the head names an act of the lexicon or, with
    ``act`` False, where it names none ("звільнення співробітників" / "планов правительства")."""
    owner = chunk.owner
    if owner is None or not owner.party or clause.text[tokens[chunk.head].end : owner.start].strip():
        return None
    named = clause.words.lemmas.get(_analysis(clause.lang, tokens[chunk.head].lower)[3]) is not None
    return owner if named == act else None


# --- English: spaCy's dependency parse --------------------------------------------------------------
# Dependents written before a head noun that belong to its phrase: "the Canadian government", "GM's".
_ENGLISH_LEFT = frozenset({"compound", "amod", "poss", "nummod", "nmod", "quantmod"})
# A verb whose subject a dependent verb shares: "refused to meet", "met and signed", "decided to take".
_SHARED_SUBJECT = frozenset({"xcomp", "conj", "advcl"})
_RELATIVES = frozenset({"who", "which", "that"})


@cache
def _english_parser() -> Language:
    # The tagger and parser that the recognizer leaves out; names come from the entities stage.
    return spacy.load(MODEL, exclude=["ner"])


@lru_cache(maxsize=256)
def _parse(sentence: str) -> Doc:
    return _english_parser()(sentence)


def _english_party(
    words: EventWords, token: Token, offset: int, mentions: Sequence[tuple[int, Mention]]
) -> Party | None:
    """The phrase ``token`` heads, if it can name a party. A relative pronoun stands for the noun it follows, a
    personal one for the subject of the verb of saying whose clause it is in ("GM said it was cancelling"),
    a description for the name in apposition to it ("Japan's prime minister, Taro Aso")."""
    if token.lower_ in _RELATIVES and token.head.dep_ == "relcl":
        token = token.head.head
    if token.pos_ == "PRON" and token.dep_ == "nsubj" and token.head.dep_ == "ccomp":
        speaker = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if speaker is not None and speaker.pos_ != "PRON":
            token = speaker
    # "Los Angeles based Northrop Grumman", parsed as the place with the company as the object of "based": the
    # company is the party, where it is based only qualifies it.
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.lower_ == "based":
        token = next((c for c in following.children if c.dep_ in ("dobj", "pobj")), token)
    named = _named(token, offset, mentions)
    if named is None and token.pos_ in ("NOUN", "PROPN"):  # "The Minister for Minorities Shahbaz Bhatti"
        for child in token.rights:
            if child.dep_ == "appos" and _named(child, offset, mentions) is not None:
                token, named = child, _named(child, offset, mentions)
                break
    party = (
        named is not None
        or (token.pos_ == "PRON" and token.lower_ in words.pronouns)
        # A name the recognizer missed, as the subject: "Hiller was taken into custody".
        or (
            token.pos_ == "PROPN"
            and token.dep_ in ("nsubj", "nsubjpass")
            and not any(m.start <= offset + token.idx < m.end for _, m in mentions)
        )
        or (
            token.pos_ in ("NOUN", "PROPN")
            and (token.lower_ in words.party_nouns or token.lemma_.lower() in words.party_nouns)
        )
    )
    if not party:
        return None
    # "Detroit-based General Motors": the place the company is based in is no part of the party's name.
    lefts = [c for c in token.lefts if c.dep_ in _ENGLISH_LEFT and not any(g.dep_ == "npadvmod" for g in c.children)]
    left = min((c.left_edge.i for c in lefts), default=token.i)
    right = max((c.right_edge.i for c in token.rights if c.dep_ == "prep" and c.lower_ == "of"), default=token.i)
    doc = token.doc
    return Party(offset + doc[left].idx, offset + doc[right].idx + len(doc[right]), named)


def _named(token: Token, offset: int, mentions: Sequence[tuple[int, Mention]]) -> int | None:
    start = offset + token.idx
    return next((i for i, m in mentions if m.start <= start < m.end and m.type in PARTY_TYPES), None)


def _english_subject(verb: Token) -> Token | None:
    """Who does what ``verb`` says: its subject, the agent of a passive, or the subject it shares."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ in _SHARED_SUBJECT and verb.head is not verb:
        controller = next((c for c in verb.head.children if c.dep_ in ("dobj", "dative")), None)
        return controller if verb.dep_ == "xcomp" and controller is not None else _english_subject(verb.head)
    return None


def _english_object(
    words: EventWords,
    head: Token,
    inside: list[Token],
    party: Callable[[Token | None], Party | None],
    holder: Callable[[Token | None], Party | None],
) -> tuple[Party | None, bool]:
    """Whom: the indirect or direct object, the object of a preposition of the other side ("met with",
    "against"), also of one inside the trigger ("calling upon"), or the subject of a passive; whose thing
    the object is ("welcomed the firm's decision"); else the subject of the clause it governs ("demanding that
    the record labels lower their prices"). The first of them that can name a party, and whether the first of
    them is a thing."""
    found: list[Token] = []
    for child in [*head.children, *(c for t in inside for c in t.children if t is not head)]:
        if child.dep_ == "dative" and child.pos_ == "ADP":  # "give aid to the firm", parsed as a dative "to"
            found.extend(c for c in child.children if c.dep_ == "pobj")
        elif child.dep_ in ("dobj", "dative", "nsubjpass", "iobj"):
            found.append(child)
            found.extend(c for c in child.children if c.dep_ == "poss")
            recipient = _english_pobj(child, frozenset({"to"}))  # "give more financial aid to the firm"
            found.extend([recipient] if recipient is not None else [])
        elif child.dep_ == "prep" and child.lower_ in words.target_prepositions:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    # "demanding that the record labels lower", "issued a recommendation that the Air Force re-open".
    for clause in (c for t in inside for c in t.rights if c.dep_ in ("ccomp", "acl")):
        found.extend(c for c in clause.children if c.dep_ == "nsubj" and c.lower_ not in _RELATIVES)
    direct = next((p for p in map(party, found) if p is not None), None)
    thing = bool(found) and party(found[0]) is None
    if direct is None and thing:
        # "purchased 12 Airbus aircraft", "sold 80% of its stake in Chrysler": whose thing it is, named within.
        direct = next((p for p in map(holder, _named_within(found[0])) if p is not None), None)
    return direct, thing


_OWNED_BY = frozenset({"of", "in", "at", "over", "about"})


def _named_within(phrase: Token) -> list[Token]:
    """The names that say whose thing a noun phrase is: a possessive or a name before its noun ("Boeing's
    planes", "Airbus aircraft") or after "of", "in" or what an attitude is "at" ("20 of Boeing's planes", "its
    stake in Chrysler", "disappointment at GM's cancellation")."""
    found: list[Token] = []
    noun: Token | None = phrase
    while noun is not None:
        found.extend(c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN")
        preposition = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ in _OWNED_BY), None)
        noun = next((c for c in preposition.children if c.dep_ == "pobj"), None) if preposition else None
        found.extend([noun] if noun is not None and noun.pos_ == "PROPN" else [])
    return found


def _wh_relative(words: EventWords, verb: Token) -> bool:
    """Whether a verb heads a relative clause that a "who"/"which" opens ("officials who spoke"); infinitival ones
    ("the second player to be arrested") and "that" clauses ("at the same time that the IMF held") report acts."""
    return verb.dep_ == "relcl" and any(c.lower_ in words.relatives for c in verb.children)


def _refers_back(words: EventWords, noun: Token) -> bool:
    """Whether a noun trigger is a definite subject of a verb that describes it ("The purchase includes rights",
    "The first lawsuit was settled", "the sanctions on Indonesian airlines remained in force"): the guideline's
    back-reference, which names an act told before in a sentence about something else. Other verbs report the
    act, its happening or its reach ("The strike forced Lufthansa to cancel flights", "This strike will be the
    largest"), and so does a passive that names its doer ("The meeting was chaired by Antony Blinken")."""
    verb = noun.head
    return (
        noun.dep_ in ("nsubj", "nsubjpass")
        and verb.pos_ == "VERB"
        and verb.lemma_ in words.describing
        and not any(c.dep_ == "agent" for c in verb.children)
        and any(c.dep_ == "det" and c.lower_ in words.definite for c in noun.children)
    )


def english_roles(clause: Clause, trigger: Span, frame: ActFrame) -> Roles:
    """The actor and target phrases of a trigger from the dependency parse of its sentence. A request or demand
    under a preposition of "with" is the act of the verb that carries it ("turned to the EU with a request"); in
    a deal whom the thing comes from is the other side ("won an order from Qatar Airways"). An act in a relative
    clause identifies whom it describes and reports nothing ("Officials who spoke ... said")."""
    words, mentions, sentence = clause.words, clause.mentions, clause.sentence
    doc = _parse(clause.text[sentence.start : sentence.end])
    offset = sentence.start
    inside = [t for t in doc if trigger[0] <= offset + t.idx < trigger[1]]
    if not inside:
        return Roles()
    verbs = [t for t in inside if t.pos_ == "VERB"]
    nouns = [t for t in inside if t.pos_ == "NOUN"]
    # A phrase's noun is the one the others hang on: "strike" in "air strike", not the compound "air".
    noun = next((t for t in nouns if t.head not in inside), nouns[0] if nouns else inside[0])
    head = verbs[0] if verbs else noun
    if any(_wh_relative(words, t) for t in (head, *head.ancestors)):
        return Roles(attributive=True)
    done_to, request = frame.done_to, frame.request

    def party(token: Token | None) -> Party | None:
        return None if token is None else _english_party(words, token, offset, mentions)

    kinds = {i: m.type for i, m in mentions}

    def holder(token: Token | None) -> Party | None:
        """A company or a person that can own a thing: "Paris" in "the Paris agreement" owns nothing."""
        found = party(token)
        return found if found is not None and kinds.get(found.mention or -1) in ("ORG", "PER") else None

    if head.pos_ == "VERB":
        target, thing = _english_object(words, head, inside, party, holder)
        if target is None and frame.from_side:
            target = holder(_english_pobj(head, words.sources, deep=True))
        # A passive names its actor with "by" or not at all: "the contract may be signed on September 12".
        passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children)
        subject = _english_subject(head)
        if head.dep_ == "amod" and head.tag_ == "VBN":
            return Roles(attributive=True)  # "two accused gangbangers": it describes them and names no side
        if head.dep_ == "acl" and head.tag_ == "VBN":
            # "the list of air carriers banned in the EU", "an agreement reached between the two companies in
            # 1991": a participle describes what it follows, as in Russian ("оправданная по обвинению").
            return Roles(attributive=True)
        if head.dep_ == "acl" and target is None:
            thing = party(head.head) is None  # "figures released April 3 by NPD Group": what was released
        # "Pilots and flight attendants of Ryanair went on strike": every conjunct of the subject acts.
        joined = tuple(p for p in map(party, subject.conjuncts if subject is not None else ()) if p is not None)
        return Roles(party(subject), target, thing=thing, complete=passive, joined_actors=joined)
    if head.pos_ == "ADJ" and head.dep_ == "amod":
        head = head.head  # "a congratulatory letter": the letter's sides
    if head.pos_ == "ADJ" and head.dep_ == "acomp":
        # "GM's behaviour towards Germany is completely unacceptable": said of GM, by whoever says it
        subject = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
        owner = next((c for c in subject.children if c.dep_ in ("poss", "nmod")), None) if subject else None
        return Roles(None, party(subject) or party(owner), said=True, complete=True)
    if _refers_back(words, head):
        return Roles(attributive=True)  # "The purchase includes rights to the Saturn brand": told before
    between = _english_pobj(head, words.between)
    if between is not None and (side := party(between)) is not None:  # "talks between Russia, Ukraine and the EU"
        others = tuple(p for p in map(party, between.conjuncts) if p is not None)
        return Roles(side, joined_actors=others, complete=True)
    own = next((c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ in ("PROPN", "PRON")), None)
    actor = party(own) or party(_english_pobj(head, words.sources))  # "a letter from Airbus"
    # "the bailout of large insurance firm AIG by the Federal Reserve": "by" may hang on the "of" phrase.
    by = _english_pobj(head, words.agent_prepositions, deep=True)
    of = party(_english_pobj(head, frozenset({"of"})))
    # "the bailout of AIG by the Federal Reserve", "the arrest of the cleric": with an agent named, or for
    # what is done to someone, "of" names the other side.
    done_to = done_to or by is not None
    actor = actor or party(by) or (None if done_to else of)
    received = head.dep_ == "dobj" and head.head.lemma_ in words.receiving
    if actor is None and head.dep_ == "dobj" and not received:
        actor = party(_english_subject(head.head))  # "held talks": who held them
    offered = head.dep_ == "pobj" and head.head.head.lower_.startswith(words.ready)
    if actor is None and offered:
        actor = party(_english_subject(head.head.head.head))  # "they were ready for talks": who is ready
    carried = (
        request and head.dep_ == "pobj" and head.head.lower_ in words.comitatives and head.head.head.pos_ == "VERB"
    )
    if actor is None and carried:
        actor = party(_english_subject(head.head.head))
    if actor is None and head.dep_ in ("nsubj", "nsubjpass") and head.head.dep_ == "ccomp":
        # "The unions said strikes could continue": a noun with no party of its own is the reporter's act.
        saying = head.head.head
        actor = party(_english_subject(saying)) if saying.lower_ in clause.speech_verbs else None
    target = party(_english_pobj(head, words.target_prepositions - {"to"}))
    if target is None and carried:
        target = party(_english_pobj(head.head.head, words.addressees))  # "turned to the EU"
    if received:  # "Boeing received a congratulatory letter from Airbus": from Airbus to Boeing
        actor = actor or party(_english_pobj(head.head, words.sources))
        target = target or party(_english_subject(head.head))
    target = target or (of if done_to else None)
    # A noun under a preposition that names no side is mentioned in passing, not reported: "discussions on the
    # bailout", "did not object to the purchase of the aircraft".
    first = head
    while first.dep_ == "conj" and first.head is not first:
        first = first.head  # "for joint ventures and other agreements and partnerships"
    passing = first.dep_ == "pobj" and actor is None and target is None
    return Roles(actor, target, attributive=head.dep_ == "compound" or passing)


def _english_pobj(head: Token, prepositions: frozenset[str], deep: bool = False) -> Token | None:
    """The object of the first of ``prepositions`` that depends on ``head`` (``deep``: or on a noun phrase
    under it)."""
    for child in head.subtree if deep else head.children:
        if deep and any(a.pos_ in ("VERB", "AUX") for a in child.ancestors if a.i != head.i and head in a.ancestors):
            continue
        if child.dep_ in ("prep", "agent") and child.lower_ in prepositions:
            found = next((c for c in child.children if c.dep_ == "pobj"), None)
            if found is not None:
                return found
    return None
