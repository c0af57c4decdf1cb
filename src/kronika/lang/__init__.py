"""Per-language resources behind one registry: adding a language is one module here.

A profile holds data and rules only (month names, residue lines, which segmenter
fits); the stages that use them stay language-neutral.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kronika.registry import Registry


@dataclass(frozen=True, slots=True)
class TimeWords:
    """The words time expressions are built from, each form mapped to what it means."""

    weekdays: dict[str, int] = field(default_factory=dict)  # Monday = 0
    relative_days: dict[str, int] = field(default_factory=dict)  # "вчора" -> -1
    relative_years: dict[str, int] = field(default_factory=dict)  # "торік" -> -1
    units: dict[str, str] = field(default_factory=dict)  # "днів" -> "D", "weeks" -> "W"
    numbers: dict[str, int] = field(default_factory=dict)  # "три" -> 3; 0 for an unknown amount ("several")
    ago: tuple[str, ...] = ()  # after the amount: "назад", "тому", "ago"
    # Forms of a unit that stand for one of it with no amount: "год назад", "тиждень тому". A plural ("лет
    # назад") needs its amount, which may be a word this list of numbers lacks ("сотни лет назад").
    lone_units: tuple[str, ...] = ()
    hence: tuple[str, ...] = ()  # before the amount: "через" (that long after the anchor)
    since_event: tuple[str, ...] = ()  # "через два дня после взрыва": counted from an event, not the anchor
    # A range's words: "с 1 по 5 сентября", "з липня до вересня". English leaves them out, as TimeML marks
    # the two ends of "from Aug. 26 to Oct. 20" as two expressions; a dash joins days of one month anyway.
    range_from: tuple[str, ...] = ()
    range_to: tuple[str, ...] = ()
    this: tuple[str, ...] = ()  # "этом", "цього", "this"
    last: tuple[str, ...] = ()  # "прошлом", "минулого", "last"
    next: tuple[str, ...] = ()  # "следующем", "наступного", "next"
    parts_of_day: dict[str, str] = field(default_factory=dict)  # "вранці" -> "MO"
    clock_words: dict[str, str] = field(default_factory=dict)  # "noon" -> "12:00": a time of day named
    # Words after an hour that say which half of the day it is in ("4 утра", "10 вечора", "4 in the morning").
    # One that is also a unit ("дня") needs a word for "hour" before it: "раз в 2 дня" counts days.
    day_halves: dict[str, str] = field(default_factory=dict)  # "вечера" -> "EV"
    # Words for "hour" after a figure. With a half of the day after them, or after one of ``hour_prepositions``
    # and with minutes or an hour past noon ("в 16 часов", "в 9 часов 30 минут"), the figure is a time of day;
    # "задержка в 5 часов" measures. ``clock_hour_words`` are forms only a time of day takes ("о 5 годині").
    hour_words: tuple[str, ...] = ()
    clock_hour_words: tuple[str, ...] = ()
    hour_prepositions: tuple[str, ...] = ()
    # Prepositions before an hour with a half of the day: "до 10 вечера", "около 4 утра", "at 4 in the morning".
    clock_prepositions: tuple[str, ...] = ()
    # Words after a time of day that put it in universal time, which ISO 8601 marks with a Z ("18:00 UTC").
    utc_words: tuple[str, ...] = ()
    year_words: tuple[str, ...] = ()  # "года", "році", "year"
    # Words before a month that name a part of it: "на початку", "в конце", "в середине", "early", "late".
    month_part_words: tuple[str, ...] = ()
    future_cues: tuple[str, ...] = ()  # stems that point a bare date forward: "планує", "will"
    past_cues: tuple[str, ...] = ()  # stems that point it back: "заявив", "said"
    # A regular expression for the past forms no list can hold (English "-ed"): more past cues.
    past_forms: str = ""
    # Words after which a past form is a participle of what lies ahead ("will be paid", "to be completed").
    passive_auxiliaries: tuple[str, ...] = ()
    # A past perfect verb ending a few words before a date ("had been due to expire Friday"): the date is ahead
    # only of a moment already behind, so it lies behind. A regular expression searched up to the date.
    past_perfect: str = ""
    # The same seen from the other side, matched right after the date: "Until Thursday, they had not called".
    past_perfect_after: str = ""
    # Phrases that start with a cue but are none: "next to" is a place, not a time ahead.
    not_cues: tuple[str, ...] = ()
    # How much the tense cues are trusted when a bare month or day could fall in more than one year: None,
    # where a cue is a finite verb (ru/uk "був", "заявив"), puts the date on the cue's side; a number of
    # months, where past forms are also participles (English "paid Dec. 14" may be "will be paid"), lets
    # a date against the cue win when it is that many months nearer.
    tense_weight_months: int | None = None
    # Words that refer to the past, present or future as a whole: "recently" -> PAST_REF.
    references: dict[str, str] = field(default_factory=dict)
    quarters: dict[str, int] = field(default_factory=dict)  # "third" -> 3, before the word for quarter
    # The quarter a financial report is about, named without its number: "the latest quarter" -> 0,
    # "the year-ago quarter" -> 1 (years back). A year before a period noun names it too ("the 1988 quarter").
    reporting_periods: dict[str, int] = field(default_factory=dict)
    period_nouns: tuple[str, ...] = ()  # "quarter", "period"
    # "the year", "the fiscal year": the anchor's year, or, before a word of ``period_ends`` ("the year ended
    # Sept. 30"), the twelve months a report is about, which TimeML values as a period (P1Y).
    whole_years: tuple[str, ...] = ()
    period_ends: tuple[str, ...] = ()
    year_earlier: tuple[str, ...] = ()  # "year-ago": before a numbered quarter, that quarter a year back
    seasons: dict[str, str] = field(default_factory=dict)  # "летом" -> "SU", TimeML's season codes
    sets: dict[str, str] = field(default_factory=dict)  # "щодня" -> "P1D": what recurs, and how often
    # Words between a count and its unit that leave the period as long as counted ("two more weeks").
    unit_fillers: tuple[str, ...] = ()
    # A half after a count ("5 1/2 hours", "a minute and a half"): what it adds, per unit (TimeML's P2Y6M).
    halves: tuple[str, ...] = ()
    half_of: dict[str, str] = field(default_factory=dict)  # "Y" -> "6M", "H" -> "30M"
    # Periods of unstated length: "recent years", "the coming weeks" and, after a preposition, "for years",
    # TimeML's PXY. ``vague_before`` words come first; ``vague_after`` are prepositions the period follows.
    vague_units: dict[str, str] = field(default_factory=dict)  # "years" -> "Y"
    vague_before: tuple[str, ...] = ()
    vague_after: tuple[str, ...] = ()
    # The weekend: TimeML values it as the weekend of an ISO week (1989-W43-WE).
    weekend: tuple[str, ...] = ()
    # Years written in words: the century's word and the number of the year in it ("nineteen ninety-six");
    # ``millennium_years`` are spelled years that need a word of year before them ("the year two thousand").
    spelled_centuries: dict[str, int] = field(default_factory=dict)
    millennium_years: dict[str, int] = field(default_factory=dict)
    # Centuries by number ("the 20th century", "XX століття", "в 20 веке"), which TimeML values by their
    # first two digits ("19").
    century_words: tuple[str, ...] = ()
    # Holidays: a fixed day ("12-25"), the nth weekday of a month ("11/4/3": the fourth Thursday of November,
    # "5/-1/0": the last Monday of May), the Tuesday after a month's first Monday ("11/1/0+1") or "easter+N".
    holidays: dict[str, str] = field(default_factory=dict)
    # Phrases that refer back to the period last named ("that year", "the following month"): its unit and how
    # many of them on.
    anaphors: dict[str, tuple[str, int]] = field(default_factory=dict)
    # Words right before a date that set it ahead whatever the verb: a deadline ("by Jan. 14", "effective Feb. 1").
    deadline_words: tuple[str, ...] = ()
    # Words right before a date that set it behind whatever the verb: the start of what holds now ("since March").
    since_words: tuple[str, ...] = ()
    # Words right before a month's name that make a short one ("May", "March") a month, not a name or a verb.
    month_cues: tuple[str, ...] = ()
    # Prepositions that belong to the expression as the language writes it ("у липні", "в 2018 году");
    # English TimeML leaves "in" out, so English has none.
    prepositions: tuple[str, ...] = ()
    # Prepositions that make a count of years an age, not a period: "в 45 лет", "з 16 років".
    age_prepositions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class EventWords:
    """Word beginnings that name PLOVER events, and the cues that qualify them."""

    # Word beginning (lowercase) -> (PLOVER type, mode or None). "встрет" covers "встретился", "встретятся";
    # a beginning with a space is a phrase ("нанес удар", "called on").
    triggers: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    # Base forms (pymorphy3) -> (type, mode), where the language has morphology: "встретиться", "санкция".
    # A base form is checked before the word beginnings, so it also keeps a homograph out ("прибыль").
    lemmas: dict[str, tuple[str, str | None] | None] = field(default_factory=dict)
    # Verbs that name an event by what they act on: word beginning (a trailing space: the whole word) ->
    # (type, beginnings of the object's words). "sent troops" mobilises, "killed the deal" rejects, "виділив
    # кошти" aids. The object stands a few words after the verb, or before it in a passive ("the deal had been
    # killed"). Checked before ``triggers``.
    by_object: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # Verbs that are an event by what they call their object, the word anywhere up to the clause's end:
    # "назвал санкции США ... ошибкой", "called the decision a disgrace" (CAMEO 111: criticize or denounce).
    by_name: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    # Word beginnings of verbs that carry a noun trigger ("провели переговоры", "imposed sanctions"): the
    # trigger then spans the verb too.
    light_verbs: tuple[str, ...] = ()
    # Word beginnings of nouns that name an agreement, not the act of agreeing ("the deal", "проект угоди"):
    # they report an event only with a verb that carries them ("reached a deal", "соглашение достигнуто").
    carried: tuple[str, ...] = ()
    # Base forms (English: word forms) of nouns that, as the object right after a trigger, make it business as
    # usual rather than an act between political actors: "отменила 64 рейса", "скасувала 300 авіарейсів".
    idle_objects: frozenset[str] = frozenset()
    # The same for an approval (SUPPORT): a product's use that a regulator approves is a permit, no act
    # ("схвалила використання вакцини", "approved its use").
    permits: frozenset[str] = frozenset()
    # Phrases that hold a trigger's word and name no act: "heart attack", "panic attack".
    idioms: tuple[str, ...] = ()
    # Word beginnings of triggers that report an act only when a party is what they are done to: "released the
    # hostages" concedes, "released its figures", "the iPhone was released" do not.
    on_people: tuple[str, ...] = ()
    # Prepositions: a party after one is not the subject; after a locative one it is the place
    # ("в Киеве"); after a target one it is the other side ("с Путиным", "against Apple").
    prepositions: frozenset[str] = frozenset()
    locatives: frozenset[str] = frozenset()
    target_prepositions: frozenset[str] = frozenset()
    agent_prepositions: frozenset[str] = frozenset()  # "by": the actor of a passive
    # Participles that make the place before them qualify the name after them: "Detroit-based General Motors".
    based: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()  # "о", "про": what is said or known about, an event reported
    # Word beginnings of readiness ("готовы к переговорам", "готовність до діалогу"): a noun under a preposition
    # after one is an act offered, an event, not one named in passing.
    ready: tuple[str, ...] = ()
    # Word beginnings of verbs of going into an act ("вийшли на страйк", "идет на уступки"): the act under the
    # preposition after one is reported, as after readiness.
    entering: tuple[str, ...] = ()
    # The prepositions of "with" ("с", "з", "with"). A request or demand under one is the act a verb or a letter
    # carries, reported, not named in passing ("обратился с просьбой", "лист з проханням"); a name after one in
    # the genitive is where something comes from, no side ("вихід з Євросоюзу"); an agreement denied with one
    # after it is disapproval ("не согласилась с его доводами").
    comitatives: frozenset[str] = frozenset()
    # Prepositions of whom an appeal turns to ("обратился к парламенту с просьбой", "звернувся до ЄС"): that
    # side is the target of the request the verb carries.
    addressees: frozenset[str] = frozenset()
    # Word beginnings of verbs of agreeing with a view: denied ("не согласилась с его доводами") they disapprove.
    view_verbs: tuple[str, ...] = ()
    # Base forms of nouns of an event's phase or holding ("продолжение забастовок", "проведення страйку"): the
    # event in the genitive after one is reported, not named in passing.
    phases: frozenset[str] = frozenset()
    # Regexes of frames that name whose statement a clause reports, besides ``SpeechWords.frames``: "согласно
    # заявлению профсоюзов, забастовка состоится". The source after one acts in an event no party of its own has.
    frames: tuple[str, ...] = ()
    conjunctions: frozenset[str] = frozenset()  # "и", "та", "and": joined parties act together
    # Base forms of verbs of receiving ("заручиться поддержкой", "отримала допомогу", "received a letter"): the
    # act their object names is done to their subject, by whom it comes from.
    receiving: frozenset[str] = frozenset()
    sources: frozenset[str] = frozenset()  # "от", "від", "from": whom a thing received comes from
    # Word beginnings of participles that say who called or held an act ("страйк, оголошений пілотами"): the
    # instrumental after one is the act's actor, as it is not after "разогнанный полицией".
    declaring: tuple[str, ...] = ()
    # Phrases after which an act named is what someone is charged with, not an act reported ("accused of
    # killing", "обвиняется в убийстве"): the gold codes the accusation or the arrest, never the crime.
    charges: tuple[str, ...] = ()
    # The passive's auxiliary: base forms where the language has morphology ("быть": "была отпущена"), else
    # every form ("was", "were": "flights were cancelled").
    auxiliaries: frozenset[str] = frozenset()
    # The prepositions of "between" ("между", "між", "between"): the parties after one are all the sides of the
    # act the noun before it names ("переговори між Росією, Україною і Єврокомісією"), none of them its target.
    between: frozenset[str] = frozenset()
    # The prepositions of "against" ("против", "проти", "against"). A protest or strike takes no object: whom it
    # is against is named after one ("протест против дела Абдинура"), and a name it does not govern is a place,
    # a date or a word about the strike ("забастовка в четырех странах: Испании ...", "в истории Ryanair").
    opposing: frozenset[str] = frozenset()
    # Beginnings of protest words that do take an object, whom they act on: "бойкотирует Лукашенко", "picketed
    # the embassy".
    protests_with_object: tuple[str, ...] = ()
    # Base forms of words that make a dative the doer of the infinitive after them ("Нам треба обговорювати",
    # "позволило бы Брюсселю вести переговоры").
    dative_doers: frozenset[str] = frozenset()
    # Words before a noun that place what the sentence reports during it ("в ході зустрічі з послами", "на переговорах
    # с Россией"): who reports it took part, with the side after "с"/"з".
    during: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()  # "the": skipped when reading the word before a party
    # Determiners that make a noun refer back to what the text has told ("the purchase", "this lawsuit"): as the
    # subject of another verb such a noun is a back-reference in a sentence about something else.
    definite: frozenset[str] = frozenset()
    # Base forms of verbs that say what an act told before holds or came to ("The purchase includes rights", "the
    # sanctions remained in force", "The first lawsuit was settled"): a definite act noun as their subject refers
    # back. With any other verb it is the act reported, its happening or its reach ("The talks were held", "The
    # strike forced Lufthansa to cancel flights", "The strike was organized by the union").
    describing: frozenset[str] = frozenset()
    negation: tuple[str, ...] = ()  # whole words right before the trigger: "не", "not"
    planned: tuple[str, ...] = ()  # word beginnings in the sentence before the trigger
    hypothetical: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()
    claimed: tuple[str, ...] = ()
    # Parties that are no named entity (kronika.events.parties): base forms of nouns that name an
    # institution or a group though the language does not inflect them as animate ("правительство",
    # "суд"; in English every such noun: "government", "lawmakers"), the personal pronouns that can
    # stand for a party, and the words that open a new clause ("что", "якщо", "because").
    party_nouns: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()  # "я", "we": in reported words, the speaker named after them
    clause_words: frozenset[str] = frozenset()
    relatives: frozenset[str] = frozenset()  # "який", "which": a clause about the party before it
    # Words that open a clause of purpose ("щоб", "чтобы", "in order to"): an event of the same type in it is
    # what the event before it was for ("зустрітися ..., щоб обговорити"), not another one.
    purposes: frozenset[str] = frozenset()


def event_lemmas(
    table: dict[tuple[str, str | None], str], not_events: str = ""
) -> dict[str, tuple[str, str | None] | None]:
    """``EventWords.lemmas`` from space-separated base forms per (type, mode), and the base forms that look
    like a trigger's beginning but name no event ("прибыль" is not "прибыть")."""
    lemmas: dict[str, tuple[str, str | None] | None] = dict.fromkeys(not_events.split())
    for kind, listed in table.items():
        lemmas.update(dict.fromkeys(listed.split(), kind))
    return lemmas


@dataclass(frozen=True, slots=True)
class CameoWords:
    """The event words of one language in ``cameo_events.tsv``, in the shapes ``EventWords`` holds them."""

    lemmas: dict[str, tuple[str, str | None] | None] = field(default_factory=dict)
    triggers: dict[str, tuple[str, str | None]] = field(default_factory=dict)
    by_object: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    by_name: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)


@cache
def cameo_words(lang: str) -> CameoWords:
    """Event words by PLOVER's classes as CAMEO's codebook spells them out, read from ``cameo_events.tsv``
    (its header says how)."""
    found = CameoWords()
    text = (Path(__file__).parent / "cameo_events.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, kind, plover, mode, listed = line.split("\t")
        if code != lang:
            continue
        event = (plover, None if mode == "-" else mode)
        if kind in ("object", "called"):
            verbs, objects = (part.strip().replace("_", " ").split(",") for part in listed.split("/"))
            (found.by_object if kind == "object" else found.by_name).update(
                dict.fromkeys(verbs, (plover, tuple(objects)))
            )
            continue
        table = found.lemmas if kind == "lemma" else found.triggers
        table.update(dict.fromkeys((w.replace("_", " ") for w in listed.split(",")), event))
    return found


@dataclass(frozen=True, slots=True)
class SpeechWords:
    """The words that attribute a statement to someone: who said it, and on whose word.

    Verbs are base forms where the language has morphology ("заявить" covers "заявил",
    "заявили"), else every form ("said", "says")."""

    verbs: frozenset[str] = frozenset()  # verbs of saying: "сказать", "заявити", "said"
    # Verbs an outlet reports with; with a medium or no one as the source, they make a citation.
    reporting: frozenset[str] = frozenset()
    complementizers: frozenset[str] = frozenset()  # "что", "що", "that"
    # Regexes for frames that put the source after them and the content around them
    # ("по словам X, ...", "according to X"); a ``pronoun`` group marks "по его словам".
    frames: tuple[str, ...] = ()
    # Frames whose source is where a claim was found, not whose words they are ("по данным X").
    citation_frames: tuple[str, ...] = ()
    relays: tuple[str, ...] = ()  # "со ссылкой на": the source after it was relayed by the sentence's source
    back_references: tuple[str, ...] = ()  # "об этом": the citation covers what came before it
    # Pronouns that stand for a speaker already named ("сказал он", "по его словам").
    pronouns: dict[str, str] = field(default_factory=dict)  # "он" -> "masc": the gender it agrees with
    # Base forms that make a source an outlet, whose claims are citations, not quotes
    # ("агентство", "газета", "news"), and the names of agencies that need no such word.
    media: tuple[str, ...] = ()
    # Base forms of nouns that refer back to an organisation ("авиакомпания", "the company").
    organisations: frozenset[str] = frozenset()
    # Words without morphology that sit between a subject and its cue ("has", "also", "didn't").
    fillers: frozenset[str] = frozenset()
    # Words that introduce a clause the speaker's NP does not reach over ("а", "также", "and").
    stops: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class LanguageProfile:
    code: str
    script: str
    segmenter: str = "razdel"
    # A full stop the segmenter takes for a sentence's end though it is not, with what may follow it (looked at
    # across the break): English "Gen. Powell", "Oct. 31", "6 a.m. Friday". Empty where the segmenter knows.
    unended: str = ""
    # Where a sentence ends that the segmenter runs on through ("on Oct. 31. He left"): a full stop, matched
    # at its end. Empty where the segmenter knows.
    ended: str = ""
    # Month names in every form a date line uses (nominative, genitive, locative...), 1-based.
    months: dict[str, int] = field(default_factory=dict)
    # Whole lines that are page furniture, not article text (share buttons, "read also").
    residue: tuple[str, ...] = ()
    # Name of the entity recognizer (see kronika.entities), or None where there is no model yet.
    recognizer: str | None = None
    # Whether pymorphy3 has a dictionary for the language (features, base forms of mentions).
    morphology: bool = False
    # Vocabulary for time expressions; None where the language has none yet.
    time: TimeWords | None = None
    # Event triggers and their qualifiers; None where the language has none yet.
    events: EventWords | None = None
    # Speech verbs and attribution frames for quotes and citations; None where the language has none yet.
    speech: SpeechWords | None = None
    # Base forms of nouns that name a kind of place; a capitalised name right after
    # one is a place ("станции Хасан", "космодроме Восточный").
    place_nouns: frozenset[str] = frozenset()


languages: Registry[LanguageProfile] = Registry("language")
# For languages without resources yet: identification only, default segmenter.
GENERIC = LanguageProfile(code="xx", script="")


def profile_for(code: str | None) -> LanguageProfile:
    """The profile of ``code``, or a neutral one for languages without resources yet."""
    if code and code in languages:
        return languages.get(code)
    return GENERIC


def all_profiles() -> list[LanguageProfile]:
    return [languages.get(code) for code in languages]


@cache
def residue_regex() -> re.Pattern[str]:
    """Whole-line page furniture in any registered language."""
    alternatives = [rule for profile in all_profiles() for rule in profile.residue]
    return re.compile("|".join(f"(?:{rule})" for rule in alternatives), re.IGNORECASE)


def is_residue(line: str) -> bool:
    """True for page furniture such as share buttons, in any registered language."""
    stripped = line.strip()
    return bool(stripped) and residue_regex().fullmatch(stripped) is not None


def _register_builtin() -> None:
    from kronika.lang import be, bg, cs, de, en, fr, pl, ru, sl, uk

    for module in (ru, uk, en, be, bg, pl, cs, sl, de, fr):
        languages.register(module.PROFILE.code)(module.PROFILE)


_register_builtin()
