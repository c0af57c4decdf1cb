"""Attributions resolved: who the speaker is, in what role, told to which outlet, and on whose word.

A quote's source words may name the speaker ("политолог-кореевед Роман Лобов"), refer back to
one ("сказал он", "По его словам", "отметил собеседник агентства"), or name an outlet
("повідомляє KCNA"). Statements of people become quotes; claims that outlets and agencies
carry become citations, chained when one relays another (the article reports Yonhap, which
reports KCNA).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from kronika.doc import Citation, Document, Mention, Quote
from kronika.entities.morph import best
from kronika.lang import profile_for
from kronika.linking.coref import group
from kronika.linking.keys import name_key
from kronika.quotes.find import Attribution, Span
from kronika.quotes.words import Word

_EDGES = ' \t\n,;:—–-«»"„“”()'
_ROLE_WORDS = re.compile(r"[^\W\d_]{2,}")
_MAX_ROLE_WORDS = 20
# How far back a pronoun looks for a person when no quote has named one yet.
_PRONOUN_REACH = 600


@dataclass(slots=True)
class _Speaker:
    mention: int | None = None
    anaphoric: bool = False


@dataclass(slots=True)
class _Memory:
    """What earlier quotes of the document said about their speakers."""

    last_person: int | None = None
    last_organisation: int | None = None
    last_speaker: int | None = None
    role: dict[int, str] = field(default_factory=dict)  # coreference group -> role
    speaker: dict[int, int] = field(default_factory=dict)  # coreference group -> its latest speaker mention
    contents: list[Span] = field(default_factory=list)  # what earlier quotes said in quotation marks
    outlet: dict[int, int] = field(default_factory=dict)  # coreference group -> outlet mention


class _Resolver:
    def __init__(self, document: Document, words: list[Word]) -> None:
        self.document = document
        self.text = document.text
        self.words = words
        self.starts = [w.start for w in words]
        self.mentions = document.mentions
        self.group_of = {
            index: number for number, members in enumerate(group(self.text, self.mentions)) for index in members
        }
        self.memory = _Memory()

    def inside(self, span: Span) -> list[int]:
        return [i for i, m in enumerate(self.mentions) if span[0] <= m.start and m.end <= span[1]]

    def words_in(self, span: Span) -> list[Word]:
        first = bisect.bisect_left(self.starts, span[0])
        last = bisect.bisect_left(self.starts, span[1])
        return [w for w in self.words[first:last] if w.end <= span[1]]

    def _word_from(self, offset: int) -> int | None:
        """The index of the first word starting at or after ``offset``."""
        index = bisect.bisect_left(self.starts, offset)
        return index if index < len(self.words) else None

    def outlet_in(self, span: Span, cue: Span, named: list[int]) -> int | None:
        """A medium the speaker told it to: "сказал он «Интерфаксу»", "сообщил Interfax эксперт X", "told Reuters"."""
        people = [i for i in named if self.mentions[i].type == "PER"]
        pronoun = any(w.pos == "NPRO" or w.lower in _pronouns(w) for w in self.words_in(span))
        for index in named:
            mention = self.mentions[index]
            if mention.type != "ORG":
                continue
            at = self._word_from(mention.start)
            # "сказал он «Интерфаксу»", "агентству Интерфакс"; not "речника Пентагону", which is a genitive chain.
            dative = at is not None and self.words[at].case == "datv"
            if dative and at is not None and at > 0:
                previous = self.words[at - 1]
                dative = previous.pos not in {"NOUN", "ADJF"} or previous.case == "datv"
            # "сообщил Interfax", "сообщил агентству «Интерфакс»", "told Reuters".
            between = [w for w in self.words if cue[1] <= w.start and w.end <= mention.start]
            right_after_cue = mention.start >= cue[1] and all(w.is_punctuation or w.case == "datv" for w in between)
            if dative or (right_after_cue and (people or pronoun) and mention.start < span[1]):
                return index
        return None

    def speaker(
        self, span: Span | None, named: list[int], outlet: int | None, cue: Span, content: Span | None
    ) -> _Speaker:
        if span is None:
            # "…, утім додав, що…", "and added that…": the subject is the one who spoke last.
            return _Speaker(self.memory.last_speaker, anaphoric=self.memory.last_speaker is not None)
        candidates = [i for i in named if i != outlet]
        people = [i for i in candidates if self.mentions[i].type == "PER"]
        if people:
            return _Speaker(people[-1])
        head = self.text[span[0] :].lstrip(_EDGES)
        offset = len(self.text) - len(head)
        leading = [i for i in candidates if self.mentions[i].start == offset]
        if leading:
            return _Speaker(leading[0])
        # Without the medium told ("сказал он «Интерфаксу»"), whose name is not the speaker's.
        who = _without(span, self.mentions[outlet] if outlet is not None else None, self.text)
        by_name = self._named_elsewhere(who, cue) if who is not None else None
        if by_name is not None:
            return _Speaker(by_name)
        kind = self._refers_back(span, outlet)
        if kind is not None:
            antecedent = self._antecedent(span, cue, kind, content)
            if antecedent is not None:
                return _Speaker(antecedent, anaphoric=True)
        # "представник міністерства внутрішніх справ", "в самій авіакомпанії Ryanair": an unnamed
        # spokesperson speaks for the organisation.
        organisations = [
            i
            for i in candidates
            if self.mentions[i].type == "ORG" and not _is_media(self.mentions[i].lemma, cue, self.document)
        ]
        return _Speaker(organisations[0]) if organisations else _Speaker()

    def _named_elsewhere(self, span: Span, cue: Span) -> int | None:
        """A name the recognizer missed here but found elsewhere in the document: "Mannion said" after
        "Dermot Mannion"."""
        sentence_starts = {s.start for s in self.document.sentences}
        names = {
            key
            for w in self.words_in(span)
            if w.text[:1].isupper() and w.start not in sentence_starts and len(w.text) > 2
            for key in (name_key(w.text), name_key(w.lemma))
        }
        if not names:
            return None
        found = [
            i
            for i, m in enumerate(self.mentions)
            if m.type in {"PER", "ORG"} and names & set(name_key(m.lemma).split())
        ]
        before = [i for i in found if self.mentions[i].end <= cue[0]]
        nearest = before or found
        return nearest[-1] if nearest else None

    def _refers_back(self, span: Span, outlet: int | None) -> str | None:
        """ "он", "его", "собеседник агентства", "the bank chief": a person already named (PER);
        "авиакомпания", "the company": an organisation (ORG); None for a speaker of its own."""
        words = [w for w in self.words_in(span) if outlet is None or not _within(w, self.mentions[outlet])]
        words = [w for w in words if not w.is_punctuation]
        if not words or len(words) > 4 or any(w.text[:1].isupper() for w in words[1:]):
            return None
        speech = profile_for(words[0].lang).speech
        if speech is None:
            return None
        if len(words) == 1 and words[0].lower in speech.pronouns:
            return "PER"
        # The head is the first noun ("російській компанії" -> "компанії"); without morphology, the last word.
        head = next((w for w in words if w.pos == "NOUN"), words[0])
        if head.pos is None:  # no morphology: "the company", "the bank chief"; the head noun comes last
            if head.lower != "the" or len(words) < 2:
                return None
            return "ORG" if words[-1].lower in speech.organisations else "PER"
        if head.pos != "NOUN" or head.case not in {"nomn", "gent", "loct"}:
            return None
        if head.lemma in speech.organisations:
            return "ORG"
        return "PER" if head.number != "plur" and head.case != "loct" else None

    def _antecedent(self, span: Span, cue: Span, kind: str, content: Span | None) -> int | None:
        """Who a pronoun or a description stands for.

        A description ("глава польского МИД", "собеседник агентства") is the speaker whose role it
        repeats, else the last person quoted. A pronoun is the latest person named before it outside
        any quote, since names inside quotes are what was said, not who said it."""
        if kind == "ORG":
            return _first(self.memory.last_organisation, self._latest(cue, "ORG", 4 * _PRONOUN_REACH, content))
        words = [w for w in self.words_in(span) if not w.is_punctuation]
        if len(words) == 1 and words[0].lower in _pronouns(words[0]):
            gender = _pronouns(words[0])[words[0].lower]
            return _first(self._latest(cue, "PER", _PRONOUN_REACH, content, gender), self.memory.last_person)
        head = words[0].lemma if words else ""
        for key, role in self.memory.role.items():
            if head and head in role.lower() and key in self.memory.speaker:
                return self.memory.speaker[key]
        return _first(self.memory.last_person, self._latest(cue, "PER", 4 * _PRONOUN_REACH, content))

    def _latest(self, cue: Span, kind: str, reach: int, content: Span | None, gender: str | None = None) -> int | None:
        """The latest ``kind`` mention before the cue, outside quotation marks, agreeing in gender;
        a subject (nominative) before any other, as a pronoun that opens a clause usually continues it."""
        quoted = [*self.memory.contents, *([content] if content else [])]
        earlier = [
            i
            for i, m in enumerate(self.mentions)
            if m.type == kind
            and m.end <= cue[0]
            and cue[0] - m.end <= reach
            and not any(a <= m.start < b for a, b in quoted)
            and (gender is None or self._gender(i) in {None, gender})
        ]
        subjects = [i for i in earlier if self._case(i) in {None, "nomn"}]
        chosen = subjects or earlier
        return chosen[-1] if chosen else None

    def _gender(self, index: int) -> str | None:
        """A person's gender from the first given name or surname morphology knows ("Юлия": femn)."""
        mention = self.mentions[index]
        lang = self.document.language_at(mention.start)
        if lang is None or not profile_for(lang).morphology:
            return None
        for word in mention.lemma.split():
            tag = best(lang, word).tag
            if "Name" in tag or "Surn" in tag:
                return str(tag.gender) if tag.gender else None
        return None

    def _case(self, index: int) -> str | None:
        at = self._word_from(self.mentions[index].start)
        return self.words[at].case if at is not None else None

    def role(self, span: Span | None, excluded: list[Mention]) -> str | None:
        """The words for the speaker other than the names: "старший эксперт РИСИ, политолог-кореевед"."""
        if span is None:
            return None
        pieces = []
        cursor = span[0]
        for mention in sorted(excluded, key=lambda m: m.start):
            if span[0] <= mention.start and mention.end <= span[1]:
                pieces.append(self.text[cursor : mention.start])
                cursor = mention.end
        pieces.append(self.text[cursor : span[1]])
        role = " ".join(" ".join(pieces).split()).strip(_EDGES)
        words = _ROLE_WORDS.findall(role)
        # A role has a common noun ("речник"); only a sentence's first word is capitalised for no other reason.
        sentence_initial = any(sentence.start == span[0] for sentence in self.document.sentences)
        if not words or len(words) > _MAX_ROLE_WORDS or not (sentence_initial or any(w[0].islower() for w in words)):
            return None
        return role

    def remember(self, speaker: int, role: str | None, outlet: int | None) -> tuple[str | None, int | None]:
        """Record what this quote says about its speaker; return the role and outlet, inherited where missing."""
        kind = self.mentions[speaker].type
        if kind in {"PER", "ORG"}:
            self.memory.last_speaker = speaker
        if kind == "PER":
            self.memory.last_person = speaker
        elif kind == "ORG":
            self.memory.last_organisation = speaker
        key = self.group_of.get(speaker, -1 - speaker)
        self.memory.speaker[key] = speaker
        if role:
            self.memory.role.setdefault(key, role)
        if outlet is not None:
            self.memory.outlet[key] = outlet
        return role or self.memory.role.get(key), outlet if outlet is not None else self.memory.outlet.get(key)


def _first(*indices: int | None) -> int | None:
    """The first index that is not None (0 is a mention index like any other)."""
    return next((index for index in indices if index is not None), None)


def _pronouns(word: Word) -> dict[str, str]:
    speech = profile_for(word.lang).speech
    return speech.pronouns if speech else {}


def _within(word: Word, mention: Mention) -> bool:
    return mention.start <= word.start and word.end <= mention.end


def _without(span: Span | None, mention: Mention | None, text: str) -> Span | None:
    """``span`` with an outlet at either edge cut off: "он «Интерфаксу»" -> "он"."""
    if span is None or mention is None:
        return span
    start, end = span
    if text[start : mention.start].strip(_EDGES) == "":
        start = mention.end
    elif text[mention.end : end].strip(_EDGES) == "":
        end = mention.start
    while start < end and text[start] in _EDGES:
        start += 1
    while end > start and text[end - 1] in _EDGES:
        end -= 1
    return (start, end) if start < end else None


def resolve(
    document: Document, words: list[Word], attributions: list[Attribution]
) -> tuple[list[Quote], list[Citation]]:
    """Quotes and citations of ``document`` from its attributions, with chains and attribution paths."""
    resolver = _Resolver(document, words)
    quotes: list[Quote] = []
    citations: list[Citation] = []
    leads: list[int] = []
    relays: list[int] = []
    for item in attributions:
        named = resolver.inside(item.source) if item.source else []
        outlet = resolver.outlet_in(item.source, item.cue, named) if item.source else None
        # Names inside quotation marks are what was said; a reported clause may name the speaker ("Об этом он заявил").
        quoted = item.content if item.kind in {"direct", "partial"} else None
        speaker = resolver.speaker(item.source, named, outlet, item.cue, quoted)
        person = speaker.mention is not None and document.mentions[speaker.mention].type == "PER"
        outlet_mention = document.mentions[outlet] if outlet is not None else None
        # Whether the speaker is an outlet, judged without the medium they told it to ("сказал он «Интерфаксу»").
        who = _without(item.source, outlet_mention, document.text)
        media = who is not None and _is_media(document.text[who[0] : who[1]], item.cue, document)
        if _is_citation(item, person, speaker.anaphoric, media):
            if item.kind == "relay":
                relays.append(len(citations))
            elif item.back_reference:
                leads.append(len(citations))
            citations.append(_citation(document, item, speaker.mention))
            continue
        excluded = [m for m in (outlet_mention, _mention(document, speaker.mention)) if m is not None]
        role = resolver.role(item.source, excluded) if not speaker.anaphoric else None
        if speaker.mention is not None:
            role, outlet = resolver.remember(speaker.mention, role, outlet)
        if quoted is not None:
            resolver.memory.contents.append(quoted)
        assert item.content is not None  # _is_citation took every attribution without content
        source_start, source_end = _without(item.source, outlet_mention, document.text) or (None, None)
        quotes.append(
            Quote(
                item.content[0],
                item.content[1],
                "indirect" if item.kind == "frame" else item.kind,
                item.cue[0],
                item.cue[1],
                speaker.mention,
                source_start,
                source_end,
                role,
                outlet,
            )
        )
    _chain(document, citations, leads[0] if leads else None, relays)
    for quote in quotes:
        quote.attribution = attribution_path(document, citations, quote.cue_start)
    return quotes, citations


def _is_media(source: str, cue: Span, document: Document) -> bool:
    """Whether the words for a source name an outlet: a medium's noun ("агентство", "газеты") or an
    agency's name, compared by base form."""
    lang = document.language_at(cue[0])
    speech = profile_for(lang).speech
    if speech is None:
        return False
    lowered = source.lower()
    words = re.findall(r"[^\W\d_]+", lowered)
    forms = {best(lang, w).normal_form for w in words} if lang and profile_for(lang).morphology else set()
    return any((entry in lowered) if " " in entry else (entry in words or entry in forms) for entry in speech.media)


def _mention(document: Document, index: int | None) -> Mention | None:
    return document.mentions[index] if index is not None else None


def _is_citation(item: Attribution, person: bool, anaphoric: bool, media: bool) -> bool:
    """People and organisations speak in quotes; outlets and data are cited ("повідомляє KCNA",
    "according to Reuters", "по данным Росстата", "із посиланням на чиновників")."""
    if item.kind in {"relay", "citation"} or item.content is None:
        return True
    if person or anaphoric:
        return False
    return media or ((item.reporting or item.back_reference) and item.source is None)


def _citation(document: Document, item: Attribution, source: int | None) -> Citation:
    spans = [item.cue] + ([item.source] if item.source else [])
    start, end = min(s for s, _ in spans), max(e for _, e in spans)
    source_text = document.text[item.source[0] : item.source[1]] if item.source else ""
    return Citation(start, end, item.cue[0], item.cue[1], source, source_text)


def _chain(document: Document, citations: list[Citation], lead: int | None, relays: list[int]) -> None:
    """Who relayed whom: a relay hangs under the sentence's other citation, everything else under the lead."""
    for index in relays:
        relay = citations[index]
        sentence = _sentence_of(document, relay.start)
        relayer = [
            i
            for i, c in enumerate(citations)
            if i != index and i not in relays and _sentence_of(document, c.start) == sentence
        ]
        if relayer:
            relay.via = relayer[0]
    for index, citation in enumerate(citations):
        if citation.via is None and lead is not None and index != lead and citations[lead].via != index:
            citation.via = lead


def _sentence_of(document: Document, offset: int) -> int | None:
    # Sentences are in text order and do not overlap: the last one starting at or before the offset.
    index = bisect.bisect_right([s.start for s in document.sentences], offset) - 1
    return index if index >= 0 and offset < document.sentences[index].end else None


def attribution_path(document: Document, citations: list[Citation], offset: int) -> list[int]:
    """The citation chain a claim at ``offset`` came through, outermost first.

    The sentence's own citation if it has one (the innermost, when one relays another);
    else the latest earlier citation in its paragraph; else the article's lead citation."""
    if not citations:
        return []
    sentence = _sentence_of(document, offset)
    own = [i for i, c in enumerate(citations) if _sentence_of(document, c.start) == sentence]
    relayed = {c.via for c in citations}
    innermost = [i for i in own if i not in relayed] or own
    if not innermost:
        paragraph = document.paragraph_at(offset)
        earlier = [i for i, c in enumerate(citations) if paragraph is not None and paragraph.start <= c.start < offset]
        # The lead: the citation every other one hangs under ("Про це повідомляє Yonhap").
        lead = [i for i, c in enumerate(citations) if c.via is None and i in relayed]
        innermost = earlier[-1:] or lead[:1]
    if not innermost:
        return []
    path: list[int] = []
    current: int | None = innermost[-1]
    while current is not None and current not in path:
        path.append(current)
        current = citations[current].via
    return path[::-1]
