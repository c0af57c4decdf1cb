"""Code the events of one document: triggers from the language's lexicon, then who, whom, where and when."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar, cast

from kronika.doc import Document, Event, Mention, Paragraph, Sentence, Span, TimeExpression
from kronika.entities.morph import analyzer, best, parses
from kronika.events.parties import (
    PARTY_TYPES,
    ActFrame,
    Clause,
    Party,
    Roles,
    comes_from,
    english_roles,
    is_passive,
    names_party,
    slavic_roles,
)
from kronika.lang import EventWords, LanguageProfile, profile_for

_WORD = re.compile(r"[^\W\d_]+(?:['’ʼ-][^\W\d_]+)*")
# Expressions that place an event in time; durations and vague references do not.
_DATED = frozenset({"day", "part of day", "week", "month", "quarter", "year"})
_DAYS = frozenset({"day", "part of day"})
_CALENDAR_DAY = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")
# An article's time stamp writes its clock in figures with no preposition ("13.01.2019 02:12 :", "21:49 &nbsp 9
# Января 2019"); "в 4 утра 12 сентября" and "задержала активистов 12 сентября в 14:30" date an act.
_STAMP_CLOCK = re.compile(r"\d{1,2}:\d\d")
# How far back a light verb may stand from its noun: "провели свою зустріч", "held their meetings".
_LIGHT_VERB_REACH = 3
# Events whose content is another action, named by an infinitive after the trigger: "закликала ЄС вжити заходів".
# Promises and concessions too: "пообещал помочь", "передумали казнить" (CAMEO 03: intent expressed, the act not).
_CONTENT_OF = frozenset({"REQUEST", "DEMAND", "REJECT", "THREATEN", "AGREE", "CONCEDE"})
# Those whose target is whom their content is about: "передумали казнить христианку", "пообещал помочь Украине",
# "пригрозила уволить главу МИД"; a request's is whom it asks ("призвал ЕС ввести санкции").
_THROUGH = frozenset({"AGREE", "CONCEDE", "REJECT", "THREATEN"})
# Those whose object names the content as a noun: "потребовали казни", "призвали к переговорам".
_CONTENT_NOUN = frozenset({"REQUEST", "DEMAND", "REJECT"})
# Deals whose other side may be whom the thing comes from: "won an order from Qatar Airways", "підписала договір
# про постачання вакцини від компанії Sinovac Biotech".
_FROM_SIDE = frozenset({"AGREE"})
# Acts that go to someone in the dative ("надати Україні допомогу"): a dative before them is no doer.
_TO_RECIPIENT = frozenset({"AID"})
# Events whose noun takes whom it is done to in the genitive ("затримання клірика", "the arrest of the cleric"),
# not who does it ("протесты исламистов").
_DONE_TO = frozenset({"COERCE", "ASSAULT", "FIGHT", "CONCEDE"})
# Acts done by speaking: one in the plural with no subject is the institution's where it was said ("В МИД
# осудили", "У Кремлі відкинули"); a physical act there happened in the place ("В Лондоне бастовали").
_VERBAL = frozenset({"AGREE", "SUPPORT", "DEMAND", "DISAPPROVE", "REJECT", "THREATEN", "ACCUSE", "REQUEST"})
# Events done to people: with a thing as the object the word means something else ("killed the deal").
_AGAINST_PEOPLE = frozenset({"ASSAULT"})
# Acts that people do, not the institutions named inside their phrase: "пилоты Ryanair бастуют".
_BY_PEOPLE = frozenset({"PROTEST"})
# Acts that take no object: whom they are against is named after "против"/"against" ("протест против дела
# Абдинура"); a name not so governed is a place, a date or a word about the act ("в истории Ryanair").
_AGAINST_ONLY = frozenset({"PROTEST"})
# How many words back from a party its preposition may stand: "против освобождения христианки Асии Биби".
_PREPOSITION_REACH = 4
# How many words after a trigger its object is looked for: "скасувала 300 запланованих на сьогодні авіарейсів".
_OBJECT_REACH = 5
# How far after an agreement noun the verb that reports it may stand: "соглашение с бортперсоналом в Ирландии,
# Великобритании, Германии и Португалии фактически уже достигнуто".
_CARRIER_REACH = 12

Trigger = tuple[str, str | None, int, int]  # type, mode, start, end


@lru_cache(maxsize=100_000)
def _base(lang: str, word: str) -> str:
    return str(best(lang, word).normal_form)


@lru_cache(maxsize=100_000)
def _known(lang: str, word: str) -> bool:
    return bool(analyzer(lang).word_is_known(word))


@lru_cache(maxsize=100_000)
def _case(lang: str, word: str) -> str | None:
    case = best(lang, word).tag.case
    return str(case) if case else None


def _lexicon_entry(
    profile: LanguageProfile, words: EventWords, word: str
) -> tuple[bool, tuple[str, str | None] | None]:
    """Whether the word's base form is listed, and what it names (None: listed as no event)."""
    if profile.morphology:
        base = _base(profile.code, word.lower())
        if base in words.lemmas:
            return True, words.lemmas[base]
    return False, None


# Tables of word beginnings (triggers, verbs by object or by name) are looked up by their first letters: every
# word of every sentence asks, and a scan of a whole table per word was the stage's largest cost.
_PREFIX = 3
_Entry = tuple[str, str | None]
_V = TypeVar("_V")
_BUCKETS: dict[int, tuple[Mapping[str, object], dict[str, list[tuple[int, str, object]]]]] = {}


def _listed(table: Mapping[str, _V], lowered: str) -> list[tuple[str, _V]]:
    """The entries of ``table`` whose beginning, a trailing space left out, begins ``lowered``, in the table's
    order. The table is bucketed by its beginnings' first ``_PREFIX`` letters once."""
    held = _BUCKETS.get(id(table))
    if held is None or held[0] is not table:
        buckets: dict[str, list[tuple[int, str, object]]] = {}
        for position, (stem, value) in enumerate(table.items()):
            buckets.setdefault(stem.rstrip()[:_PREFIX], []).append((position, stem, value))
        held = _BUCKETS[id(table)] = (table, buckets)
    found = sorted(
        entry
        for size in range(1, _PREFIX + 1)
        for entry in held[1].get(lowered[:size], ())
        if lowered.startswith(entry[1].rstrip())
    )
    return [(stem, cast(_V, value)) for _, stem, value in found]


def _beginning(words: EventWords, lowered: str, phrases: bool) -> tuple[str, _Entry] | None:
    """The longest listed beginning of ``lowered``: phrases ("нанес удар") or single words. A beginning
    that ends in a space must be the whole word ("met " is not "metal")."""
    found = None
    for stem, entry in _listed(words.triggers, lowered):
        if (" " in stem.strip()) != phrases:
            continue
        if stem.endswith(" ") and lowered[len(stem) - 1 : len(stem)].isalpha():
            continue
        if found is None or len(stem) > len(found[0]):
            found = (stem, entry)
    return found


def _by_object(words: EventWords, text: str, sentence: Sentence, start: int) -> str | None:
    """The event the verb at ``start`` names by its object ("sent Turkish troops", "the deal had been killed"):
    the object's word among the few after the verb, or among the few before it. Every listed verb the word
    begins is tried, as one beginning may serve several events ("відкрили справу", "відкрили вогонь"); a
    listed verb may be a phrase ("broke off", "called up")."""
    word = _WORD.match(text, start)
    if word is None:
        return None
    lowered = text[word.start() : word.start() + 40].lower()
    entries = [e for stem, e in _listed(words.by_object, lowered) if lowered.startswith(stem)]
    if not entries:
        return None
    # Not past a comma: "подтвердил, что приговор будет обжалован" confirms no verdict.
    after = _WORD.findall(re.split(r"[,;:]", text[word.end() : sentence.end])[0])[:_OBJECT_REACH]
    before = _WORD.findall(re.split(r"[,;:]", text[sentence.start : word.start()])[-1])[-_LIGHT_VERB_REACH:]
    near = [w.lower() for w in [*after, *before]]
    return next((kind for kind, objects in entries if any(w.startswith(objects) for w in near)), None)


# The most words up to the clause's end that a verb's naming of its object is looked for in.
_NAMING_REACH = 15


def _by_name(words: EventWords, text: str, sentence: Sentence, word: re.Match[str]) -> str | None:
    """The event a verb names by what it calls its object (``EventWords.by_name``): "назвал санкции США против
    строительства газопровода ошибкой". The word is looked for up to the clause's end."""
    lowered = text[word.start() : word.end() + 1].lower()
    entry = next((e for stem, e in _listed(words.by_name, lowered) if lowered.startswith(stem)), None)
    if entry is None:
        return None
    kind, names = entry
    clause = re.split(r"[,;:]", text[word.end() : sentence.end], maxsplit=1)[0]
    return kind if any(w.lower().startswith(names) for w in _WORD.findall(clause)[:_NAMING_REACH]) else None


def _object_of(words: EventWords, text: str, sentence: Sentence, previous: Event, start: int) -> bool:
    """Whether the word at ``start`` is the object that made the event before it one (``EventWords.by_object``)."""
    if _by_object(words, text, sentence, previous.trigger_start) is None or _new_clause(
        words, text[previous.trigger_end : start]
    ):
        return False
    return _names_object(words, text, Span(start, start + 1 + len(text[start:].split(" ", 1)[0])))


def _names_object(words: EventWords, text: str, span: Span | Mention) -> bool:
    """Whether a phrase holds one of the objects that make a verb an event (``EventWords.by_object``)."""
    objects = tuple(stem for _, stems in words.by_object.values() for stem in stems)
    return any(w.lower().startswith(objects) for w in _WORD.findall(text, span.start, span.end))


def _trigger(profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, start: int) -> Trigger | None:
    """The event a word starting at ``start`` names, with the trigger's span: a verb by its object, a listed
    phrase, else the word's base form, else a listed word beginning."""
    word = _WORD.match(text, start)
    if word is None:
        return None
    by_object = _by_object(words, text, sentence, start)
    if by_object is not None:
        return by_object, None, start, word.end()
    lowered = text[start : start + 40].lower()
    phrase = _beginning(words, lowered, phrases=True)
    if phrase is not None:
        return phrase[1][0], phrase[1][1], start, start + len(phrase[0].rstrip())
    by_name = _by_name(words, text, sentence, word)
    if by_name is not None:
        return by_name, None, start, word.end()
    listed, entry = _lexicon_entry(profile, words, word.group())
    if listed:
        return None if entry is None else (entry[0], entry[1], start, word.end())
    found = _beginning(words, lowered, phrases=False)
    if found is None:
        return None
    return found[1][0], found[1][1], start, word.end()


def _with_light_verb(
    profile: LanguageProfile, words: EventWords, text: str, sentence_start: int, trigger: Trigger
) -> Trigger:
    """Widen a noun trigger over the verb that carries it: "провели переговоры", "imposed sanctions". A verb
    trigger is carried by nothing ("проводили страйки, вимагаючи"), and no carrier stands past a comma.
    Without morphology the light verbs are whole words ("make", not "maker")."""
    kind, mode, start, end = trigger
    if profile.morphology and not _is_noun(profile, text[start:end].split()[0].lower()):
        return trigger
    before = list(_WORD.finditer(text, sentence_start, start))[-_LIGHT_VERB_REACH:]
    for word in reversed(before):
        if re.search(r"[,;:]", text[word.end() : start]):
            break
        lowered = word.group().lower()
        if lowered.startswith(words.light_verbs) if profile.morphology else lowered in words.light_verbs:
            return kind, mode, word.start(), end
    return trigger


def _clause_break(words: EventWords, between: str) -> bool:
    """Whether a subordinate or relative clause, or a semicolon, stands between two points of a sentence."""
    return ";" in between or any(w.lower() in words.clause_words | words.relatives for w in _WORD.findall(between))


def _relative_between(words: EventWords, between: str) -> bool:
    """Whether a relative clause or a semicolon stands between two points, an aside in dashes or brackets
    left out ("On Sunday, the countries -- those which use the euro -- had agreed")."""
    between = re.sub(r"\([^()]*\)|\s(?:--|—|–)\s.*?\s(?:--|—|–)\s", " ", between)
    return ";" in between or any(w.lower() in words.relatives for w in _WORD.findall(between))


# How far into its clause a relative may stand: "которая", "в которой", "члены которого", "с помощью которого".
_RELATIVE_REACH = 3


def _identifying(profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, start: int) -> bool:
    """Whether the trigger at ``start`` stands in a relative clause ("стратегии, которая была согласована",
    "профсоюз CNE, члены которого участвуют в забастовке"), which identifies a party or thing of the act the
    sentence reports and is background. Russian and Ukrainian set such a clause off by commas, brackets or
    dashes; English relatives are read from the parse (``english_roles``)."""
    if not profile.morphology:
        return False
    clause = re.split(r"[,;:()—–]|--", text[sentence.start : start])[-1]
    return any(word.lower() in words.relatives for word in _WORD.findall(clause)[:_RELATIVE_REACH])


def _says(profile: LanguageProfile, word: str) -> bool:
    """Whether a word is a verb of saying (``SpeechWords.verbs``: base forms where the language has morphology)."""
    lowered = word.lower()
    return profile.speech is not None and (
        (_base(profile.code, lowered) if profile.morphology else lowered) in profile.speech.verbs
    )


def _reporter_after(profile: LanguageProfile, text: str, end: int, mention: Mention) -> bool:
    """Whether a verb of saying stands between a trigger and a name after it: the name is who reports the event,
    no side of it ("готовы начать забастовку, 30 июля передает агентство Associated Press")."""
    return mention.start >= end and any(_says(profile, word) for word in _WORD.findall(text, end, mention.start))


def _same_clause(words: EventWords, text: str, mention: Mention, start: int, end: int) -> bool:
    """Whether a named side stands in the trigger's clause: "Як раніше інформував УНН, ... досягли угоди" does
    not make УНН a side of the agreement."""
    if mention.start >= end:
        return not _clause_break(words, text[end : mention.start])
    return not re.search(r"[,:]", text[mention.end : start]) and not _clause_break(words, text[mention.end : start])


def _new_clause(words: EventWords, between: str) -> bool:
    """Whether the text between two triggers opens another clause: "Я прошу ..., і я прошу", "met ... at the
    same time that the IMF held its meetings"; a relative clause between them describes something on the way
    and opens no new act."""
    if any(w.lower() in words.relatives for w in _WORD.findall(between)):
        return False
    return bool(re.search(r"[,:]", between)) or _clause_break(words, between)


def _purpose(words: EventWords, between: str) -> bool:
    """Whether the text between two triggers opens a clause of purpose and no other."""
    between_words = [w.lower() for w in _WORD.findall(between)]
    opening = [w for w in between_words if w in words.purposes | words.clause_words | words.relatives]
    return bool(opening) and opening[-1] in words.purposes and not re.search(r"[;:]", between)


def _new_sides(document: Document, previous: Event, parties: list[int]) -> bool:
    """Whether a person or organisation takes part that the event before does not: "поїхав до Пекіна, щоб
    зустрітися з Сі" is another meeting; "щоб обговорити денуклеаризацію півострова" is not."""
    known = {document.mentions[i].entity or i for i in (*previous.actors, *previous.targets)}
    return any(
        document.mentions[i].type in {"PER", "ORG"} and (document.mentions[i].entity or i) not in known for i in parties
    )


def _unlisted(text: str, begin: int, end: int, lists: Sequence[Span]) -> str:
    """``text[begin:end]`` with the commas that only list parties blanked: "просит власти США, Великобритании и
    Канады предоставить" has no clause break."""
    between = list(text[begin:end])
    for gap in lists:
        for at in range(max(gap.start, begin), min(gap.end, end)):
            if between[at - begin] == ",":
                between[at - begin] = " "
    return "".join(between)


def _content(
    profile: LanguageProfile, words: EventWords, text: str, previous: Event, start: int, lists: Sequence[Span]
) -> bool:
    """Whether a trigger says what the event before it in its clause asks, demands or refuses (from the
    infinitive that says it on: "refused to meet the demands", "прошу допомогти нам"), or anything a threat
    before it in its clause threatens: not an event reported, but what the event is about. The commas of a list
    of parties (``lists``, the gaps between them) open no clause."""
    if previous.type not in _CONTENT_OF:
        return False
    if _new_clause(words, _unlisted(text, previous.trigger_end, start, lists)):
        return _complement(profile, words, text, previous, start)
    if previous.type == "THREATEN":
        return True  # "пригрозил немецким компаниям санкциями": the sanctions are what was threatened
    following = _WORD.match(text, start)
    between = _WORD.findall(text[previous.trigger_end : start].lower())
    if profile.morphology:
        candidates = [*between, following.group().lower()] if following else between
        if any(_pos(profile.code, word) == "INFN" for word in candidates):
            return True
        # "потребовали казни", "призвали к переговорам": the noun right after, adjectives and a preposition between
        direct = all(w in words.prepositions or _pos(profile.code, w) in ("ADJF", "PRTF") for w in between)
        return (
            previous.type in _CONTENT_NOUN
            and direct
            and following is not None
            and _is_noun(profile, following.group().lower())
        )
    # "refused to meet"; "asked the government for aid": what a request or demand is for
    return "to" in between or (previous.type in _CONTENT_NOUN and "for" in between)


def _charged(words: EventWords, before: str) -> bool:
    """Whether the text before a trigger ends with a phrase of charging, a word or two between ("accused of
    brutally killing")."""
    return bool(words.charges) and _charge_pattern(words.charges).search(before.lower()) is not None


@lru_cache(maxsize=16)
def _charge_pattern(charges: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("(?:" + "|".join(map(re.escape, charges)) + r")(?:\s+\w+){0,2}\s*$")


def _declined(words: EventWords, text: str, previous: Event, start: int) -> bool:
    """Whether a trigger is what an agreement before it agrees not to do ("домовилися не поновлювати
    переговори", "agreed not to resume talks"): an act declined, reported with its own type."""
    between = text[previous.trigger_end : start]
    said = _WORD.findall(between.lower())
    return (
        previous.type == "AGREE"
        and not re.search(r"[,;:]", between)
        and 0 < len(said) <= 3
        and said[0] in words.negation
    )


def _complement(profile: LanguageProfile, words: EventWords, text: str, previous: Event, start: int) -> bool:
    """Whether a trigger stands in the clause a request, demand or refusal governs, opened by a complementizer
    with no comma before it: "recommended that local airlines should not purchase aircraft" asks for the
    purchase, it reports none."""
    between = text[previous.trigger_end : start]
    complementizers = profile.speech.complementizers if profile.speech else frozenset()
    breaks = [w.lower() for w in _WORD.findall(between) if w.lower() in words.clause_words | words.relatives]
    return (
        previous.type in _CONTENT_NOUN
        and not re.search(r"[,;:]", between)
        and bool(breaks)
        and all(w in complementizers for w in breaks)
    )


def _object_in(
    profile: LanguageProfile,
    words: EventWords,
    objects: frozenset[str],
    text: str,
    sentence: Sentence,
    start: int,
    end: int,
) -> bool:
    """Whether the object of a trigger is one of ``objects`` (base forms): a word among the next few up to the
    first noun under no preposition ("скасує у цей день 20 рейсів"), or for a passive with no such noun after it
    its subject, the first noun of its clause under no preposition ("чьи рейсы сегодня были отменены", "flights were cancelled", not
    "the ban on flights was cancelled")."""

    def base(word: str) -> str:
        return _base(profile.code, word) if profile.morphology else word

    following, has_object = _up_to_free_noun(profile, words, _WORD.findall(text, end, sentence.end)[:_OBJECT_REACH])
    if any(base(word) in objects for word in following):
        return True
    if has_object or not _passive(profile, words, text, sentence, start):
        return False
    clause = [w.lower() for w in _WORD.findall(re.split(r"[,;:]", text[sentence.start : start])[-1])]
    if not profile.morphology:  # "Hundreds of flights were cancelled": the word before the auxiliary
        return len(clause) > 1 and clause[-1] in words.auxiliaries and clause[-2] in objects
    subject, found = _up_to_free_noun(profile, words, clause)
    return found and base(subject[-1]) in objects


def _up_to_free_noun(profile: LanguageProfile, words: EventWords, written: list[str]) -> tuple[list[str], bool]:
    """The words (lowercased) up to and with the first noun under no preposition, and whether there is one."""
    lowered = [w.lower() for w in written]
    governed = False
    for k, word in enumerate(lowered):
        if word in words.prepositions:
            governed = True
        elif _is_noun(profile, word):
            if not governed:
                return lowered[: k + 1], True
            governed = False
    return lowered, False


def _passive(profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, start: int) -> bool:
    """Whether the trigger at ``start`` is a passive: a passive form where the language has morphology, else a
    verb after an auxiliary ("were cancelled")."""
    word = _WORD.match(text, start)
    if word is None:
        return False
    if profile.morphology:
        return is_passive(profile.code, word.group(0))
    previous = _WORD.findall(text, sentence.start, start)[-1:]
    return previous != [] and previous[0].lower() in words.auxiliaries


def _passive_participle(profile: LanguageProfile, word: str) -> bool:
    """Whether a word is a passive participle in its full, adjectival form ("обвиненной", "досягнута" in
    Ukrainian, which the dictionary tags as an adjective)."""
    if not profile.morphology:
        return False
    tag = best(profile.code, word.lower()).tag
    return "pssv" in tag.grammemes and tag.POS in ("PRTF", "ADJF")


def _described(
    profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, start: int, end: int
) -> bool:
    """Whether a one-word trigger is a passive participle used as an adjective ("обвиненной несколько лет
    назад", "засуджена до страти"): a state described, an event only when its agent is named ("обвиненную
    мусульманками") or a form of "быть"/"бути" makes it the predicate ("були вбиті двоє політиків")."""
    trigger = text[start:end]
    if " " in trigger or not _passive_participle(profile, trigger):
        return False
    before = [w.lower() for w in _WORD.findall(text, sentence.start, start)]
    while before and _pos(profile.code, before[-1]) == "ADVB":
        before.pop()  # "були жорстоко вбиті"
    if not before or _base(profile.code, before[-1]) not in words.auxiliaries:
        return True
    # "Головним підозрюваним був затриманий чоловік": after a predicate in the instrumental "був" is a copula.
    return len(before) > 1 and _case(profile.code, before[-2]) == "ablt"


# Endings that make a noun of people from an act's word in English: "protest-ers", "investigat-ors".
_AGENT_ENDINGS = frozenset({"er", "ers", "or", "ors", "ist", "ists"})


def _names_people(profile: LanguageProfile, trigger: str) -> bool:
    """Whether a one-word trigger names people, not an act: an animate noun ("обвинительницы") or an active
    participle standing for one ("бастующих", "протестующие"); in English, the act's word with an agent's
    ending ("protesters", "investigators", "firefighters")."""
    if " " in trigger:
        return False
    if not profile.morphology:
        lowered = trigger.lower()
        listed = _beginning(profile.events, lowered, False) if profile.events is not None else None
        if listed is None:
            return False
        stem = listed[0].rstrip()
        rest = lowered[len(stem) :]
        doubled = rest[:1] == stem[-1:] and rest[1:] in _AGENT_ENDINGS  # "kidnap-pers"
        return rest in _AGENT_ENDINGS or doubled
    tag = best(profile.code, trigger.lower()).tag
    return (tag.POS == "NOUN" and "anim" in tag.grammemes) or (tag.POS == "PRTF" and "actv" in tag.grammemes)


def _describes(profile: LanguageProfile, text: str, trigger: Trigger) -> bool:
    """Whether a trigger opens with a passive participle that describes the noun it names the act by ("досягнута
    угода", "досягнуту з Брюсселем угоду"): an agreement named, not one reported."""
    first = _WORD.match(text, trigger[2])
    return first is not None and trigger[3] > first.end() and _passive_participle(profile, first.group())


def _carried(
    profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, trigger: Trigger
) -> Trigger | None:
    """The trigger, if it reports an event by itself; a noun that names an agreement only with a verb after it
    that carries it ("соглашение ... достигнуто"), and widened over that verb when it follows closely ("an
    agreement reached"); None where nothing carries it ("the deal had favored Boeing"). A verb that begins like
    such a noun reports the act itself ("договорилось")."""
    written = text[trigger[2] : trigger[3]].lower()
    if not written.startswith(words.carried) or (profile.morphology and not _is_noun(profile, written.split()[0])):
        return trigger
    after = list(_WORD.finditer(text, trigger[3], sentence.end))[:_CARRIER_REACH]
    carrier = next((i for i, word in enumerate(after) if word.group().lower().startswith(words.light_verbs)), None)
    if carrier is None:
        return None
    kind, mode, start, _ = trigger
    return (kind, mode, start, after[carrier].end()) if carrier < _LIGHT_VERB_REACH else trigger


def _modality(words: EventWords, before: str) -> str:
    lowered = before.lower()

    def said(cues: tuple[str, ...]) -> bool:
        return any(re.search(rf"(?<!\w){re.escape(cue)}", lowered) for cue in cues)

    if said(words.refused):
        return "refused"
    if said(words.hypothetical):
        return "hypothetical"
    if said(words.planned):
        return "planned"
    if said(words.claimed):
        return "claimed"
    return "asserted"


def _disagrees(words: EventWords, text: str, kind: str, start: int, end: int) -> bool:
    """Whether a denied agreement is one with a view or a party ("не согласилась с его доводами", "did not agree
    with"): disapproval (CAMEO 11), not an agreement that did not happen ("не согласились подписать", "did not
    reach a deal with Ukraine")."""
    verb = _WORD.match(text, start)
    after = _WORD.search(text, end)
    return (
        kind == "AGREE"
        and verb is not None
        and verb.group().lower().startswith(words.view_verbs)
        and after is not None
        and not text[end : after.start()].strip()
        and after.group().lower() in words.comitatives
    )


def _negated(words: EventWords, before: str) -> bool:
    previous = _WORD.findall(before.lower())[-1:] or [""]
    return previous[0] in words.negation or before.lower().rstrip().endswith("n't")


@dataclass(frozen=True, slots=True)
class _Party:
    """A mention as a possible actor, target or place: what stands before it and its grammatical case."""

    index: int
    mention: Mention
    previous: str  # the word before it, lowercased
    before_previous: str
    after_noun: bool  # the word before it is a common noun: a genitive there hangs on that noun
    case: str | None  # "nomn" also for a name that does not decline ("КНДР", "Ryanair"); None where unknown
    joined: bool = False  # a conjunction or a comma alone separates it from the party before it
    adjacent: bool = False  # only a space separates them: "РФ Сергій Шойгу", the second is the head


def _mention_case(profile: LanguageProfile, mention: Mention, surface: str) -> str | None:
    """The case of a mention: its own base form is nominative; otherwise the first word that differs."""
    if not profile.morphology:
        return None
    if surface.lower() == mention.lemma.lower():
        if mention.type == "PER" and not any(_known(profile.code, w.lower()) for w in surface.split()):
            return None  # "Хадіма Хуссейна Різві": a name the dictionary does not know, left as found
        # "КНДР", "Шойгу", "Ryanair" look the same in every case.
        tag = best(profile.code, surface.split()[-1].lower()).tag
        return None if tag.POS is None or {"Fixd", "Abbr"} & tag.grammemes else "nomn"
    for word, base in zip(surface.split(), mention.lemma.split(), strict=False):
        if word.lower() != base.lower():
            return _case_of(profile.code, word.lower(), base.lower())
    return None


@lru_cache(maxsize=100_000)
def _case_of(lang: str, word: str, base: str) -> str | None:
    """The case of a word of a name, read as a form of the name's own base where the dictionary has one:
    "Ангелу" of "Ангела" is accusative, though its likelier reading, of "ангел", is dative."""
    own = next((p for p in parses(lang, word) if p.normal_form == base and p.tag.case), None)
    return str(own.tag.case) if own is not None else _case(lang, word)


def _is_noun(profile: LanguageProfile, word: str) -> bool:
    return profile.morphology and bool(word) and _pos(profile.code, word) == "NOUN"


@lru_cache(maxsize=100_000)
def _pos(lang: str, word: str) -> str | None:
    """pymorphy3's part of speech; INFN also for the Ukrainian dictionary's "VERB,infn"."""
    tag = best(lang, word).tag
    return "INFN" if "infn" in tag.grammemes else str(tag.POS) if tag.POS else None


def _party(
    profile: LanguageProfile, words: EventWords, text: str, sentence: Sentence, index: int, mention: Mention
) -> _Party:
    window = text[max(sentence.start, mention.start - 60) : mention.start]
    preceding = [w for w in _WORD.findall(window) if w.lower() not in words.articles][-2:]
    previous = preceding[-1] if preceding else ""
    # A common noun: lowercase, or capitalised only as the sentence's first word ("Лидеры России").
    # "президента США Дональда Трампа" has no noun before "Трампа".
    first = bool(previous) and not _WORD.search(text[sentence.start : mention.start].rsplit(previous, 1)[0])
    return _Party(
        index,
        mention,
        previous.lower(),
        preceding[0].lower() if len(preceding) == 2 else "",
        (previous.islower() or first) and _is_noun(profile, previous.lower()),
        _mention_case(profile, mention, text[mention.start : mention.end]),
    )


def _join(words: EventWords, text: str, parties: list[_Party]) -> list[_Party]:
    """Mark the parties that a conjunction or a comma alone joins to the one before ("РФ и КНДР")."""
    joined = parties[:1]
    for left, right in pairwise(parties):
        gap = text[left.mention.end : right.mention.start]
        links = _WORD.findall(gap.lower())
        linked = bool(re.fullmatch(r"[\s,]*(?:\w+\s*)?", gap)) and (links or "," in gap)
        together = bool(linked) and all(w in words.conjunctions for w in links)
        joined.append(replace(right, joined=together, adjacent=not gap.strip()))
    return joined


def _is_place(profile: LanguageProfile, words: EventWords, party: _Party) -> bool:
    """A place after "в", "у", "in", or after a place noun that follows one ("на космодроме Восточный")."""
    if party.mention.type != "LOC":
        return False
    if party.previous in words.locatives:
        return True
    base = _base(profile.code, party.previous) if profile.morphology and party.previous else party.previous
    return party.before_previous in words.locatives and base in profile.place_nouns


def _places(profile: LanguageProfile, words: EventWords, parties: Sequence[_Party]) -> list[int]:
    """The mentions that say where: "в Італії, Іспанії та Бельгії" is three places, not three actors."""
    places: list[int] = []
    for party in parties:
        if _is_place(profile, words, party) or (party.joined and places and places[-1] == party.index - 1):
            places.append(party.index)
    return places


def _group(parties: Sequence[_Party], last: int) -> list[int]:
    """The party at ``last`` with the parties joined to it before: "Кім Чен Ин і Путін"."""
    first = last
    while first > 0 and parties[first].joined:
        first -= 1
    return [p.index for p in parties[first : last + 1]]


def _group_after(parties: Sequence[_Party], first: int) -> list[int]:
    """The party at ``first`` with the parties joined to it after: "з Францією та Німеччиною"; a name right
    after it is the head it qualifies ("з лідером Північної Кореї Кім Чен Ином")."""
    while first + 1 < len(parties) and parties[first + 1].adjacent:
        first += 1
    last = first
    while last + 1 < len(parties) and parties[last + 1].joined:
        last += 1
    return [p.index for p in parties[first : last + 1]]


def _bare(words: EventWords, party: _Party) -> bool:
    return party.previous not in words.prepositions


def _subject(words: EventWords, party: _Party) -> bool:
    return _bare(words, party) and party.case in ("nomn", None)


def _modifier(party: _Party) -> bool:
    """A genitive right after a noun hangs on it ("лідером Північної Кореї"), names no side."""
    return party.case == "gent" and party.after_noun


def _object(words: EventWords, party: _Party) -> bool:
    """Governed by a preposition of the other side ("с Путиным", "against Apple"), or a bare oblique
    case ("благодарит Джонсона"); where case is unknown, any party not after another preposition."""
    if comes_from(words, party.previous, frozenset({party.case} if party.case else ())):
        return False
    if party.previous in words.target_prepositions:
        return True
    if _modifier(party) and party.before_previous in words.target_prepositions:
        return True  # "з делегацією Китаю": the genitive names the side
    return _bare(words, party) and party.case != "nomn" and not _modifier(party)


def _actors_and_targets(
    words: EventWords, parties: Sequence[_Party], start: int, noun: bool
) -> tuple[list[int], list[int]]:
    """Who acts and on whom, by case, prepositions and word order.

    The actor is "by X" after a passive, a noun trigger's own genitive ("визит Ким Чен Ына"), the
    subject before the trigger, the name after the verb when only an object stands before it ("до КНДР
    приїздив Шойгу"), or whose head noun is the subject ("Лидеры России провели"). With nothing before
    the verb, a name after it is its object: "ЄС" in "ВРУ закликала ЄС" reads as nominative in any case.
    The target is the first object after the trigger (inside a widened trigger too: "ведет с Ryanair
    переговоры"), else an object before it ("Мааса заверил Лавров").
    """
    before = [i for i, p in enumerate(parties) if p.mention.end <= start]
    after = [i for i, p in enumerate(parties) if p.mention.start >= start and i not in before]
    agents = [i for i in after if parties[i].previous in words.agent_prepositions]
    subjects = [i for i in before if _subject(words, parties[i])]
    # The genitive of a noun trigger: "протесты исламистов", "визит Ким Чен Ына", "переговоры РФ и КНДР".
    own = [i for i in after[:1] if noun and parties[i].case == "gent" and _bare(words, parties[i])]
    # With the object or the other side before the verb and no subject, the subject follows it:
    # "до КНДР приїздив Сергій Шойгу", "Мааса заверил Сергей Лавров".
    inverted = [i for i in after[:1] if before and _bare(words, parties[i]) and parties[i].case != "gent"]
    holders: list[int] = []
    for i in before:  # "Лидеры России и Китая": a genitive after the subject noun, and those joined to it
        if (_modifier(parties[i]) and parties[i].before_previous not in words.prepositions) or (
            parties[i].joined and holders[-1:] == [i - 1]
        ):
            holders.append(i)
    actors: list[int] = []
    if agents:
        actors = _group_after(parties, agents[0])
    elif own:
        actors = _group_after(parties, own[0])
    elif subjects:
        actors = _group(parties, subjects[-1])
    elif inverted:
        actors = _group_after(parties, inverted[0])
    elif holders:
        actors = _group(parties, holders[-1])  # "Лидеры России и Китая провели": whose leaders
    objects = [i for i in after if parties[i].index not in actors and i not in agents and _object(words, parties[i])]
    earlier = [i for i in before if parties[i].index not in actors and _object(words, parties[i])]
    targets = _group_after(parties, objects[0]) if objects else _group(parties, earlier[-1]) if earlier else []
    return actors, [t for t in targets if t not in actors]


def _is_stamp(group: list[TimeExpression]) -> bool:
    return any(t.granularity == "time" and _STAMP_CLOCK.match(t.text) for t in group)


def _dates_an_act(time: TimeExpression) -> bool:
    """Whether an expression can date an act: a calendar period with figures, or a time of day on a day."""
    if time.granularity == "time":
        return bool(_CALENDAR_DAY.match(time.value))  # "в 4 утра 12 сентября": on its day
    return time.granularity in _DATED and any(c.isdigit() for c in time.value)


def _act_date(time: TimeExpression) -> str:
    """The date an expression gives an act: a time of day's day ("2023-09-12T04:00" -> "2023-09-12")."""
    return time.value[:10] if time.granularity == "time" else time.value


@lru_cache(maxsize=8)
def _idiom_pattern(idioms: tuple[str, ...]) -> re.Pattern[str] | None:
    return (
        re.compile("|".join(map(re.escape, sorted(idioms, key=len, reverse=True))), re.IGNORECASE) if idioms else None
    )


def _idioms_in(words: EventWords, text: str, sentence: Sentence) -> list[tuple[int, int]]:
    """The spans of phrases that hold a trigger's word and name no act ("suffered a heart attack")."""
    pattern = _idiom_pattern(words.idioms)
    return [] if pattern is None else [m.span() for m in pattern.finditer(text, sentence.start, sentence.end)]


def _date(words: EventWords, text: str, times: Sequence[TimeExpression], start: int) -> TimeExpression | None:
    """The dated expression of the trigger at ``start``: the nearest one that no other clause holds.
    Expressions side by side are one date, and the most specific of them stands for it: "12 вересня" over
    "у вівторок" in "у вівторок, 12 вересня". "13 листопада ... досягли угоди щодо Brexit, який відбудеться
    29 березня" is dated by the first; what someone said on a day is dated by it ("у четвер, 15 листопада,
    заявила, що виключає"). A date with a clock time beside it is the article's time stamp
    ("13.01.2019 02:12 :", "21:49 &nbsp 9 Января 2019"), not the event's."""
    groups: list[list[TimeExpression]] = []
    for time in times:
        if groups and re.fullmatch(r"[\s,:|]*(?:&nbsp;?[\s,:|]*)?", text[groups[-1][-1].end : time.start]):
            groups[-1].append(time)
        else:
            groups.append([time])
    stamps = [g for g in groups if _is_stamp(g)]
    dated = [[t for t in g if _dates_an_act(t)] for g in groups if g not in stamps]

    def between(group: list[TimeExpression]) -> str:
        return text[group[-1].end : start] if group[-1].end <= start else text[start : group[0].start]

    near = [g for g in dated if g and not _relative_between(words, between(g))]
    if not near:
        return None
    group = min(near, key=lambda g: len(between(g)))
    return max(group, key=lambda t: sum(c.isdigit() for c in t.value))


def _in_passing(
    profile: LanguageProfile,
    words: EventWords,
    text: str,
    sentence: Sentence,
    start: int,
    kind: str,
    times: Sequence[TimeExpression],
) -> bool:
    """Whether a noun trigger of type ``kind`` is named in passing, not reported: under a preposition ("через
    страйки", "на переговорах щодо Brexit", adjectives and numbers between them skipped) or in the genitive
    after another common noun ("серию забастовок", "возможность введения санкций"). Not so an act offered
    ("готовы к переговорам"), a request a verb or a letter carries ("обратился с просьбой"), or an event whose
    phase is told ("продолжение забастовок"). A date between them is read past ("про проведення 28 вересня
    страйку"). Only where the language has morphology."""
    if not profile.morphology:
        return False
    before = list(_WORD.finditer(text, sentence.start, start))
    end = start
    for word in reversed(before):
        if word.start() >= end:
            continue  # inside a date already read past
        date = next((t for t in times if t.start <= word.start() < t.end), None)
        if date is not None and not text[date.end : end].strip():
            end = date.start
            continue
        if text[word.end() : end].strip():
            return False  # a comma, a quote or a number: another phrase
        lowered = word.group().lower()
        if lowered in words.prepositions:
            # "заявили о забастовке": what is said or known of is reported; "спор о поставках" names them
            verb = _word_before(text, sentence.start, word.start(), times).lower()
            verbal = _pos(profile.code, verb) in ("VERB", "INFN", "GRND")
            if (
                verb.startswith(words.ready)
                or (verbal and verb.startswith(words.entering))
                or (lowered in words.comitatives and kind in _CONTENT_NOUN)
            ):
                return False
            return lowered not in words.topics or not verbal
        pos = _pos(profile.code, lowered)
        if pos in ("ADJF", "PRTF", "NUMR") or (pos == "NOUN" and _base(profile.code, lowered) in words.phases):
            end = word.start()  # "о продолжении забастовок" is said of the strikes, "к продолжению" names them
            continue
        first = not _WORD.search(text, sentence.start, word.start())
        if pos != "NOUN" or not (word.group().islower() or first):
            return False  # a capital past the sentence's first word begins a name
        trigger = _WORD.match(text, start)
        return trigger is not None and _case(profile.code, trigger.group().lower()) == "gent"
    return False


def _word_before(text: str, begin: int, end: int, times: Sequence[TimeExpression]) -> str:
    """The last word in ``text[begin:end]`` outside a date: "вийшли у п'ятницю на страйк" -> "вийшли"."""
    for word in reversed(list(_WORD.finditer(text, begin, end))):
        if not any(t.start <= word.start() < t.end for t in times):
            return word.group()
    return ""


@lru_cache(maxsize=32)
def _frame(kind: str) -> ActFrame:
    """Where an event type's sides stand, as the phrase rules read it; one per type, built once."""
    return ActFrame(
        done_to=kind in _DONE_TO,
        through=kind in _THROUGH,
        verbal=kind in _VERBAL,
        from_side=kind in _FROM_SIDE,
        warning=kind == "THREATEN",
        request=kind in _CONTENT_NOUN,
        to_recipient=kind in _TO_RECIPIENT,
    )


def _roles(
    document: Document,
    sentence: Sentence,
    profile: LanguageProfile,
    mentions: Sequence[tuple[int, Mention]],
    parties: Sequence[_Party],
    trigger: Trigger,
    noun: bool,
) -> Roles:
    """The subject and object phrases of a trigger: by case where the language has morphology, else by parse."""
    words = profile.events
    assert words is not None
    span = (trigger[2], trigger[3])
    cases = {p.index: p.case for p in parties}
    complementizers = profile.speech.complementizers if profile.speech else frozenset()
    speech_verbs = profile.speech.verbs if profile.speech else frozenset()
    clause = Clause(profile.code, words, document.text, sentence, mentions, cases, complementizers, speech_verbs)
    kind = trigger[0]
    frame = _frame(kind)
    if profile.morphology:
        nominal = noun or _is_noun(profile, document.text[trigger[2] : trigger[3]].split()[0].lower())
        passing = nominal and _in_passing(profile, words, document.text, sentence, trigger[2], kind, document.times)
        return slavic_roles(clause, span, nominal if passing else noun, frame, passing)
    if profile.code == "en":
        return english_roles(clause, span, frame)
    return Roles()


def _with_phrases(
    roles: Roles, mentions: Sequence[Mention], actors: list[int], targets: list[int], places: list[int]
) -> tuple[list[int], list[int], list[Span], list[Span]]:
    """The parties by the mention rules, unless the subject or object phrase names another: then that
    phrase, as its name where a mention heads it, else as written."""

    def fill(found: list[int], party: Party | None) -> tuple[list[int], list[Span]]:
        if party is None or any(party.start < mentions[i].end and mentions[i].start < party.end for i in found):
            return found, []
        if party.mention is not None:
            return ([], []) if party.mention in places and not roles.said_at else ([party.mention], [])
        return [], [Span(party.start, party.end)]

    if roles.complete:
        actors, targets = [], []

    def join(found: list[int], phrases: list[Span], joined: tuple[Party, ...]) -> None:
        for party in joined:  # "пілоти Ryanair і бортпровідники": every side of the coordination
            if party.mention is not None and party.mention not in found:
                found.append(party.mention)
            elif party.mention is None and Span(party.start, party.end) not in phrases:
                phrases.append(Span(party.start, party.end))
        phrases.sort(key=lambda p: p.start)

    actors, actor_phrases = fill(actors, roles.actor)
    join(actors, actor_phrases, roles.joined_actors)
    targets, target_phrases = fill([] if roles.no_target else targets, roles.target)
    if roles.target is not None:
        join(targets, target_phrases, tuple(p for p in roles.joined_targets if p.mention not in places))
    # "бастуют пилоты авиакомпании Ryanair": a name inside the actor's phrase qualifies the actor, no other side.
    targets = [
        i
        for i in targets
        if i not in actors and not any(p.start <= mentions[i].start and mentions[i].end <= p.end for p in actor_phrases)
    ]
    if actor_phrases and target_phrases and actor_phrases[0] == target_phrases[0]:
        target_phrases = []
    return actors, targets, actor_phrases, target_phrases


# How many words before a person's name its title may stand: "лідер Північної Кореї Кім Чен Ин".
_TITLE_REACH = 4


def _people_of(profile: LanguageProfile, text: str, phrase: Party | None, named: list[Mention]) -> bool:
    """Whether the actor phrase is headed by a noun of people ("пилоты") and holds the named actors only as
    what qualifies them ("пилоты ирландского лоукостера Ryanair")."""
    if phrase is None or phrase.mention is not None or not named or not profile.morphology:
        return False
    inside = all(phrase.start <= m.start and m.end <= phrase.end for m in named)
    head = _head_word(profile, text[phrase.start : phrase.end])
    return (
        inside and head is not None and _names_people(profile, head) and not any(m.start == phrase.start for m in named)
    )


def _head_word(profile: LanguageProfile, phrase: str) -> str | None:
    """The base form of a phrase's head noun: the first noun where the language has morphology
    ("північнокорейського лідера" -> "лідер"), else the last word ("the North Korean leader")."""
    words = _WORD.findall(phrase.lower())
    if not words:
        return None
    if not profile.morphology:
        return str(words[-1])
    nouns = [w for w in words if _is_noun(profile, w)]
    return _base(profile.code, nouns[0]) if nouns else None


def _titled_person(document: Document, profile: LanguageProfile, phrase: Span) -> int | None:
    """The person an earlier sentence named with the title this phrase uses: "бронепотяг північнокорейського
    лідера" after "лідер КНДР Кім Чен Ин" is Kim's train. The latest such person, as a description refers
    back to the last one it fits."""
    head = _head_word(profile, document.text[phrase.start : phrase.end])
    if head is None:
        return None
    found = None
    for index, mention in enumerate(document.mentions):
        if mention.start >= phrase.start:
            break
        if mention.type != "PER":
            continue
        before = _WORD.findall(document.text[max(0, mention.start - 60) : mention.start].lower())[-_TITLE_REACH:]
        if any(_base(profile.code, word) == head if profile.morphology else word == head for word in before):
            found = index
    return found


def _named_by_title(
    document: Document, profile: LanguageProfile, named: list[int], phrases: list[Span]
) -> tuple[list[int], list[Span]]:
    """A side written as a title alone, moved to the person an earlier title named."""
    people = [_titled_person(document, profile, phrase) for phrase in phrases]
    kept = [phrase for phrase, person in zip(phrases, people, strict=True) if person is None]
    return [*named, *(p for p in people if p is not None and p not in named)], kept


# How far after a verb of saying its speaker may be named: "сказав чоловік на ім'я Ашик Масіх".
_SPEAKER_REACH = 60


def _speaker(
    profile: LanguageProfile, text: str, sentence: Sentence, end: int, mentions: Sequence[tuple[int, Mention]]
) -> int | None:
    """Who says the words a trigger stands in, where the sentence names them after those words: "Я прошу ...,
    сказав чоловік на ім'я Ашик Масіх", "'We will sue,' said X". The first name after the verb of saying."""
    for word in _WORD.finditer(text, end, sentence.end):
        if not _says(profile, word.group()) or not re.search(r"[,—–\"»”'`]\s*$", text[end : word.start()]):
            continue
        reach = word.end() + _SPEAKER_REACH
        return next(
            (i for i, m in mentions if word.end() <= m.start < reach and m.type in ("PER", "ORG")),
            None,
        )
    return None


# The most words a frame's source may have: "согласно заявлению семи профсоюзов авиакомпании".
_SOURCE_REACH = 6


def _framed(
    profile: LanguageProfile, text: str, sentence: Sentence, start: int, mentions: Sequence[tuple[int, Mention]]
) -> tuple[list[int], list[Span]]:
    """Whose statement a frame before the trigger's clause names: "Согласно заявлению профсоюзов, забастовка
    состоится", "За словами Ryanair, страйк ...", "According to the unions, the strike ...". The source is a
    name, else the phrase up to the frame's comma where a word of it can name a party; a frame "по его
    словам" names no one here."""
    words, speech = profile.events, profile.speech
    if words is None or speech is None:
        return [], []
    head = text[sentence.start : start]
    for pattern in (*speech.frames, *words.frames):
        for frame in re.finditer(rf"(?<!\w)(?:{pattern})(?!\w)", head, re.IGNORECASE):
            if frame.groupdict().get("pronoun"):
                continue
            rest = head[frame.end() :]
            comma = re.search(r"[,;:]", rest)
            if comma is None or re.search(r"[;:]", rest[comma.end() :]):
                continue
            begin, end = sentence.start + frame.end(), sentence.start + frame.end() + comma.start()
            named = [i for i, m in mentions if begin <= m.start < end and m.type in ("PER", "ORG")]
            if named:
                return named[:1], []
            source = [w for w in _WORD.finditer(text, begin, end) if w.group().lower() not in words.articles]
            if source and len(source) <= _SOURCE_REACH and any(_names_party(profile, w.group()) for w in source):
                return [], [Span(source[0].start(), source[-1].end())]
    return [], []


def _names_party(profile: LanguageProfile, word: str) -> bool:
    words = profile.events
    assert words is not None
    if profile.morphology:
        return names_party(profile.code, words, word)
    return word.lower() in words.party_nouns or word.lower().removesuffix("s") in words.party_nouns


def _against(profile: LanguageProfile, text: str, sentence: Sentence, start: int, company: bool) -> bool:
    """Whether the party at ``start`` is whom a protest is against. It is after "против"/"against" a few words
    back ("против освобождения христианки Асии Биби"), also as a later name of a list ("против Евросоюза,
    Польши и Венгрии"); a company right after a locative, or after one and a word for a company, is the
    employer ("забастовка в Iberia", "в компании Ryanair"). A place or a word about the act is not ("в четырех
    странах: Испании", "в истории Ryanair")."""
    words = profile.events
    assert words is not None
    pieces = re.split(r"[,;:]", text[sentence.start : start])
    for index, piece in enumerate(reversed(pieces)):
        found = _WORD.findall(piece)
        for back, word in enumerate(reversed(found[-_PREPOSITION_REACH:])):
            if word.lower() in words.prepositions:
                employer = company and index == 0 and word.lower() in words.locatives
                return word.lower() in words.opposing or (
                    employer and (back == 0 or (back == 1 and _names_party(profile, found[-1])))
                )
        if len(found) > _PREPOSITION_REACH:
            return False  # no name of a list: the clause has no preposition for it
    return False


def _qualifies(words: EventWords, text: str, mention: Mention) -> bool:
    """Whether a name only says where the party after it is based: "Los Angeles based Northrop Grumman"."""
    following = re.match(r"[\s-]*([^\W\d_]+)", text[mention.end : mention.end + 40])
    return following is not None and following.group(1).lower() in words.based


def code_sentence(
    document: Document,
    sentence: Sentence,
    profile: LanguageProfile,
    mentions: Sequence[tuple[int, Mention]],
    times: Sequence[TimeExpression],
) -> list[Event]:
    words = profile.events
    if words is None:
        return []
    text = document.text
    events: list[Event] = []
    # Names, and idioms that hold a trigger's word: nothing inside them is a trigger.
    inside = [(m.start, m.end) for _, m in mentions] + _idioms_in(words, text, sentence)
    candidates = _join(
        words,
        text,
        [
            _party(profile, words, text, sentence, i, m)
            for i, m in mentions
            if m.type in PARTY_TYPES and not _qualifies(words, text, m)
        ],
    )
    places = _places(profile, words, candidates)
    # The gaps of lists of parties: "власти США, Великобритании и Канады".
    lists = [Span(left.mention.end, right.mention.start) for left, right in pairwise(candidates) if right.joined]
    parties = _join(words, text, [p for p in candidates if p.index not in places])
    published = document.published.date().isoformat() if document.published else None
    matched_until = 0  # the end of the last trigger found: a word inside "air strike" is no trigger of its own
    for token in sentence.tokens:
        if any(a <= token.start < b for a, b in inside) or (events and token.start < events[-1].trigger_end):
            continue  # "Визит" inside a name is part of the name
        if token.start < matched_until:
            continue
        found = _trigger(profile, words, text, sentence, token.start)
        matched_until = found[3] if found is not None else matched_until
        if found is None or _names_people(profile, text[found[2] : found[3]]):
            continue
        if _charged(words, text[sentence.start : found[2]]):
            continue  # "a son accused of killing his mother": the charge, no act reported
        trigger = _with_light_verb(profile, words, text, sentence.start, found)
        if _describes(profile, text, trigger):
            continue
        if trigger == found:
            carried = _carried(profile, words, text, sentence, found)
            if carried is None:
                continue  # "the deal had favored Boeing": an agreement named, no agreeing reported
            trigger = found = carried
        kind, mode, start, end = trigger
        if _identifying(profile, words, text, sentence, start):
            continue  # "Хакери, які атакували EMA, поширили ...": the act only says who the hackers are
        if _object_in(profile, words, words.idle_objects, text, sentence, start, end):
            continue  # "отменила 64 рейса": an airline's business, not a concession
        if kind == "SUPPORT" and _object_in(profile, words, words.permits, text, sentence, start, end):
            continue  # "схвалила використання вакцини": a permit
        if events and _object_of(words, text, sentence, events[-1], start):
            continue  # "suspended talks": the talks are what was suspended
        declined = bool(events) and _declined(words, text, events[-1], start)
        if events and not declined and _content(profile, words, text, events[-1], start, lists):
            continue  # "прошу ... допомогти нам", "refused to meet": what was asked for or refused
        if events and start <= events[-1].trigger_start:
            events.pop()  # "предложил" was the carrier of "предложил помощь"
        if events and events[-1].type == kind and not _new_clause(words, text[events[-1].trigger_end : start]):
            continue  # "встреча ... переговоры" in one clause: one meeting
        noun = trigger == found and _is_noun(profile, text[start:end].lower())
        actors, targets = _actors_and_targets(words, parties, start, noun)
        targets = [i for i in targets if _same_clause(words, text, document.mentions[i], start, end)]
        actors, targets = (
            [i for i in found if not _reporter_after(profile, text, end, document.mentions[i])]
            for found in (actors, targets)
        )
        roles = _roles(document, sentence, profile, mentions, candidates, trigger, noun)
        if _described(profile, words, text, sentence, start, end) and (
            roles.actor is None or re.search(r"[,—–]\s*$", text[sentence.start : start])
        ):
            # "оправданная по обвинению": a participle that describes, with no one doing it; after a comma it
            # describes the noun before, whoever did it ("христианку, обвиненную мусульманками").
            continue
        on_people = kind in _AGAINST_PEOPLE or text[start:end].lower().startswith(words.on_people)
        if roles.attributive or (roles.thing and on_people):
            continue  # "a bailout package deal", "the deal had been killed": no event, or not one on people
        actors, targets, actor_phrases, target_phrases = _with_phrases(
            roles, document.mentions, actors, targets, places
        )
        if kind in _BY_PEOPLE and _people_of(profile, text, roles.actor, [document.mentions[i] for i in actors]):
            # "Немецкие пилоты ирландского лоукостера Ryanair готовы начать забастовку": the pilots strike, the
            # company they work for only qualifies them.
            assert roles.actor is not None
            phrase = Span(roles.actor.start, roles.actor.end)
            actors = [i for i in actors if not phrase.start <= document.mentions[i].start < phrase.end]
            actor_phrases = sorted([p for p in actor_phrases if p != phrase] + [phrase], key=lambda p: p.start)
        actors, actor_phrases = _named_by_title(document, profile, actors, actor_phrases)
        targets, target_phrases = _named_by_title(document, profile, targets, target_phrases)
        if kind in _AGAINST_ONLY and not text[start:end].lower().startswith(words.protests_with_object):
            # "Пілоти оголосили страйк - лоукостер скасував рейси", "Протестні дії зачіпають Іспанію": no object
            mentioned = document.mentions
            targets = [
                i for i in targets if _against(profile, text, sentence, mentioned[i].start, mentioned[i].type == "ORG")
            ]
            target_phrases = [p for p in target_phrases if _against(profile, text, sentence, p.start, False)]
        if (
            events
            and events[-1].type == kind
            and _purpose(words, text[events[-1].trigger_end : start])
            and not _new_sides(document, events[-1], [*actors, *targets])
        ):
            continue  # "зустрітися з Кім Чен Ином, щоб обговорити ...": what the meeting is for, no second one
        if _by_object(words, text, sentence, start) is not None:
            # "send Turkish troops": the troops, the aid, the deal are what the event acts with or on, no side.
            targets = [i for i in targets if not _names_object(words, text, document.mentions[i])]
            target_phrases = [p for p in target_phrases if not _names_object(words, text, p)]
        first_person = [text[p.start : p.end].lower() in words.first_person for p in actor_phrases] == [True]
        if (not actors and first_person) or (roles.said and not actors and not actor_phrases):
            speaker = _speaker(profile, text, sentence, end, mentions)
            if speaker is not None:
                actors, actor_phrases = [speaker], []  # "я прошу ..., сказав X": X asks; "unacceptable, said X"
        # "За словами X, страйк": a noun, or in English any act but a passive, as an active verb has a subject.
        if (noun or not (profile.morphology or roles.complete)) and not actors and not actor_phrases:
            actors, actor_phrases = _framed(profile, text, sentence, start, mentions)
        if mode == "phone" and not (actors or targets or actor_phrases or target_phrases):
            continue  # "International telephone calls ... are being rerouted": calls, no one consulting
        dated = _date(words, text, times, start)
        approximate = dated is None
        # "last month" with no publication date to count from is XXXX-XX: it dates nothing.
        date = _act_date(dated) if dated else published
        before = text[sentence.start : start]
        negated = _negated(words, before) and not declined
        if negated and _disagrees(words, text, kind, start, end):
            kind, negated = "DISAPPROVE", False
        confidence = 0.4 + 0.3 * bool(actors) + 0.2 * bool(targets) + 0.1 * (not approximate)
        confidence += 0.2 * bool(actor_phrases) + 0.1 * bool(target_phrases)  # a party unnamed counts less
        events.append(
            Event(
                sentence.start,
                sentence.end,
                kind,
                mode,
                start,
                end,
                actors,
                targets,
                next((i for i in places if i not in actors), None),
                date,
                approximate,
                negated,
                # the words a light verb carries before the noun frame it too: "висловили готовність до переговорів"
                "refused" if declined else _modality(words, text[sentence.start : max(start, found[2])]),
                round(confidence, 2),
                actor_phrases=actor_phrases,
                target_phrases=target_phrases,
            )
        )
    return events


def code_events(document: Document) -> list[Event]:
    events: list[Event] = []
    paragraph: Paragraph | None = None
    day: str | None = None  # the last day an earlier sentence of the paragraph states
    for sentence in document.sentences:
        here = document.paragraph_at(sentence.start)
        if here != paragraph:
            paragraph, day = here, None
        times = [t for t in document.times if sentence.start <= t.start < sentence.end]
        profile = profile_for(document.language_at(sentence.start))
        if profile.events is not None:
            mentions = [(i, m) for i, m in enumerate(document.mentions) if sentence.start <= m.start < sentence.end]
            coded = code_sentence(document, sentence, profile, mentions, times)
            for event in coded:
                if event.date_approximate and day is not None:
                    # "У вівторок, 12 вересня, потяг прибув до РФ. Кім і Путін провели зустріч": the meeting
                    # follows the arrival; the day told just before dates it better than the publication.
                    event.date, event.date_carried = day, True
            events.extend(coded)
        days = [t.value[:10] for t in times if t.granularity in _DAYS and _CALENDAR_DAY.match(t.value)]
        day = days[-1] if days else day
    return events
