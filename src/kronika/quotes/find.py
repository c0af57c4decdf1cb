"""Attributions as the text states them: a cue, the words for its source, and the content.

Three shapes cover news prose in ru, uk and en:
- a quoted passage with a cue after it ("«…», — сказал он") or before it ("X сказал: «…»"),
  or inside the author's own sentence after a cue ("назвал переговоры «конструктивными»");
- a speech verb with a complement clause ("заявил, что…"), or after the content it
  reports ("…, сообщил Interfax эксперт X");
- a frame ("по словам X, …", "according to X"), a relay ("із посиланням на X") or a
  back-reference ("Про це повідомляє Yonhap").
Who the source is (a person, an outlet, a pronoun) is decided later, in ``attribute``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from kronika.doc import Document
from kronika.lang import SpeechWords, profile_for
from kronika.quotes.marks import quoted
from kronika.quotes.words import Word

Span = tuple[int, int]

DASHES = frozenset({"—", "–", "-", "--"})
# Parts of speech that end a noun phrase: the speaker's words never run over a verb or an adverb.
_CLAUSE_POS = frozenset({"VERB", "INFN", "GRND", "ADVB", "CONJ", "PRCL", "INTJ", "PRED", "COMP"})
# Cue words that do not report a statement: "можно говорить", "сказав это", "сказанное".
_NOT_CUES = frozenset({"INFN", "GRND", "PRTF", "PRTS"})
_NP_PUNCTUATION = frozenset("()«»\"„“”'")
_PREPOSITION_WORDS = frozenset({"in", "on", "at", "to", "by", "for", "with", "during", "after", "before", "from"})
_NOUN_JOINERS = frozenset({"и", "і", "й", "та", "and"})
_ENGLISH_SAID = frozenset({"said", "says", "say"})
_RELATIVES = frozenset({"who", "который", "которая", "которые", "який", "яка", "які"})
_MAX_SOURCE = 14


@dataclass(slots=True)
class Attribution:
    """One statement or claim and whose it is, as written; ``source`` is the span of the words for who."""

    kind: str  # direct, indirect, partial; "frame", "citation" and "relay" are settled in attribute
    content: Span | None
    cue: Span
    source: Span | None
    reporting: bool = False  # the cue is a verb outlets report with ("повідомляє", "reported")
    back_reference: bool = False  # "Про це повідомляє X": the claim is what came before


@cache
def _patterns(lang: str | None) -> dict[str, tuple[re.Pattern[str], ...]]:
    """The language's frames, relays and back-references, compiled once."""
    speech = profile_for(lang).speech or SpeechWords()

    # One pattern per rule: frames may each name a ``pronoun`` group.
    def compiled(rules: tuple[str, ...], template: str) -> tuple[re.Pattern[str], ...]:
        return tuple(re.compile(template.format(rule), re.IGNORECASE) for rule in rules)

    bounded = r"(?<!\w)(?:{})(?!\w)"
    return {
        "frames": compiled(speech.frames, bounded),
        "citation_frames": compiled(speech.citation_frames, bounded),
        "relays": compiled(speech.relays, bounded),
        "back_references": compiled(speech.back_references, r"^\W*(?:{})(?!\w)"),
    }


class _Reader:
    def __init__(self, document: Document, words: list[Word]) -> None:
        self.document = document
        self.text = document.text
        self.words = words
        self.starts = [w.start for w in words]
        self.sentence_words: list[Span] = []
        cursor = 0
        for index in range(len(document.sentences)):
            first = cursor
            while cursor < len(words) and words[cursor].sentence == index:
                cursor += 1
            self.sentence_words.append((first, cursor))
        self.mention_spans = sorted((m.start, m.end) for m in document.mentions)
        self.person_spans = [(m.start, m.end) for m in document.mentions if m.type == "PER"]
        self.time_spans = [(t.start, t.end) for t in document.times]
        self.used_cues: set[int] = set()
        self.claimed: list[Span] = []  # quoted content and attribution clauses already read
        self.relayed: list[Span] = []  # "із посиланням на чиновників США": a relay and its source

    # --- lookups -------------------------------------------------------------------------------
    def speech(self, index: int) -> SpeechWords | None:
        return profile_for(self.words[index].lang).speech

    def first_word_from(self, offset: int) -> int:
        return bisect.bisect_left(self.starts, offset)

    def is_cue(self, index: int) -> bool:
        word = self.words[index]
        speech = self.speech(index)
        if speech is None or index in self.used_cues or word.pos in _NOT_CUES:
            return False
        key = word.lemma if word.pos is not None else word.lower
        return key in speech.verbs and not self.in_claimed(word.start)

    def is_reporting(self, index: int) -> bool:
        word, speech = self.words[index], self.speech(index)
        return speech is not None and (word.lemma if word.pos is not None else word.lower) in speech.reporting

    def in_claimed(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.claimed)

    def in_name(self, index: int) -> bool:
        word = self.words[index]
        return any(a <= word.start < b for a, b in self.mention_spans)

    def in_person(self, index: int) -> bool:
        word = self.words[index]
        return any(a <= word.start < b for a, b in self.person_spans)

    def in_time(self, index: int) -> bool:
        word = self.words[index]
        return any(a <= word.start < b for a, b in self.time_spans)

    def is_complementizer(self, index: int) -> bool:
        speech = self.speech(index)
        return speech is not None and self.words[index].lower in speech.complementizers

    def sentence_end(self, index: int) -> int:
        """The offset where the content of the sentence holding word ``index`` ends: final punctuation left out."""
        first, last = self.sentence_words[self.words[index].sentence]
        cut = last
        while cut > first + 1 and self.words[cut - 1].text in {".", "!", "?", "…", "...", ";"}:
            cut -= 1
        return self.words[cut - 1].end

    # --- noun phrases --------------------------------------------------------------------------
    def _np_word(self, index: int) -> bool:
        word = self.words[index]
        speech = self.speech(index)
        if speech is not None and word.lower in speech.stops and not self.in_name(index):
            return False
        if word.is_punctuation:
            return word.text in _NP_PUNCTUATION
        if self.in_name(index) or word.pos is None:
            return not self.is_complementizer(index) and word.lower not in _PREPOSITION_WORDS | {"that"}
        return word.pos not in _CLAUSE_POS

    def _joins_nouns(self, index: int) -> bool:
        """ "образования и науки": a conjunction between two nouns in the same case is inside the phrase."""
        if self.words[index].lower not in _NOUN_JOINERS or index == 0 or index + 1 >= len(self.words):
            return False
        left, right = self.words[index - 1], self.words[index + 1]
        return left.pos == right.pos == "NOUN" and left.case == right.case and left.case is not None

    def source_before(self, cue: int) -> Span | None:
        """The subject phrase right before a cue ("Раніше речник Білого дому Джон Кірбі заявляв")."""
        first, _ = self.sentence_words[self.words[cue].sentence]
        k = cue - 1
        # "Быстрицкая тогда мне сказала": adverbs and a dative pronoun sit between subject and verb.
        skipped = 0
        while k >= first and skipped < 3 and self._skippable(k):
            k -= 1
            skipped += 1
        if k >= first and self.words[k].text == ",":
            return self._apposition(k, first)
        if k > first and self.words[k].lower in _RELATIVES:
            # "Charles O'Reilly, who stated…", "Лобов, который заявил…": the relative stands for the name before it.
            person = next((j for j in range(k - 1, first - 1, -1) if self.in_person(j)), None)
            return self._phrase_ending_at(person, first) if person is not None else None
        sentence_start = self.words[first].start
        cue_start = self.words[cue].start
        relay = next(
            (r for r in self.relayed if sentence_start <= r[0] < cue_start and "," not in self.text[r[1] : cue_start]),
            None,
        )
        if relay is not None:
            # "у NYT із посиланням на чиновників повідомили": the source is who relayed, before the relay.
            k = self.first_word_from(relay[0]) - 1
        if k >= first and self.words[k].pos == "NPRO" and self.words[k].case == "nomn":
            return self._trimmed(k, k + 1)  # "Сам Brexit он назвал": the pronoun is the subject
        phrase = self._phrase_ending_at(k, first)
        if phrase is not None and any(self.in_person(i) for i in range(k, -1, -1) if self.words[i].start >= phrase[0]):
            return phrase
        # "Ольга Ковитиди в интервью порталу iz.ru заявила": the name sits before an adverbial phrase.
        for j in range(k, max(first, k - 8) - 1, -1):
            word = self.words[j]
            if self.in_person(j):
                return self._phrase_ending_at(j, first)
            domain_dot = word.text == "." and self.text[word.end : word.end + 1].isalnum()  # "iz.ru"
            if (word.text in {",", ".", ":", ";"} and not domain_dot) or word.pos in {"VERB", "CONJ"}:
                break
            if self.is_complementizer(j):
                break
        return phrase

    def _phrase_ending_at(self, end: int, first: int) -> Span | None:
        k = end
        while k >= first and end - k < _MAX_SOURCE and (self._np_word(k) or self._joins_nouns(k)):
            if self.in_claimed(self.words[k].start):
                break
            k -= 1
        start = self._subject_start(k + 1, end + 1)
        if start is None:
            # "У компанії заявляли", "в министерстве сообщили": the place a statement came from speaks.
            opening = self.words[k + 1] if k + 1 <= end else None
            locative = opening is not None and opening.lower in {"в", "у", "во"}
            return self._trimmed(k + 1, end + 1) if locative else None
        # "Сергей Шойгу в интервью «МК» сказал": a prepositional phrase after the name is not the speaker.
        person_end = max((i for i in range(start, end + 1) if self.in_person(i)), default=None)
        if person_end is not None and person_end < end and self.words[person_end + 1].pos == "PREP":
            end = person_end
        return self._trimmed(start, end + 1)

    def _apposition(self, comma: int, first: int) -> Span | None:
        """ "Графиня Уварова, многолетний председатель общества, говорила" / "Tim Cook, Apple's chief, said":
        the name before the apposition is the subject, and the apposition its role."""
        k = comma - 1
        while k >= first and self.words[k].text != "," and comma - k < _MAX_SOURCE:
            k -= 1
        if k <= first or k == comma - 1 or not self.in_person(k - 1):
            return None
        phrase = self._phrase_ending_at(k - 1, first)
        return (phrase[0], self.words[comma - 1].end) if phrase else None

    def _skippable(self, index: int) -> bool:
        """Adverbials between a speaker and the cue: "тогда мне", "осенью", "недавно"."""
        word = self.words[index]
        speech = self.speech(index)
        if (
            speech is not None
            and word.pos is None
            and (word.lower in speech.fillers or word.lower.endswith("ly") or (word.lang == "en" and word.text in "'’"))
        ):
            return True  # "has also said", "reportedly said", "didn ' t say"
        if self.in_name(index) or word.text[:1].isupper():
            return False  # "Кім Сон Нам сказав": "Нам" is a name here, not "to us"
        if self.in_time(index):
            return True
        return word.pos in {"ADVB", "PRCL"} or (word.pos in {"NPRO", "NOUN"} and word.case in {"datv", "ablt"})

    def _is_stop(self, index: int) -> bool:
        speech = self.speech(index)
        return speech is not None and self.words[index].lower in speech.stops

    def _subject_start(self, first: int, last: int) -> int | None:
        """Where the subject begins in ``first..last-1``: at its first word that can be nominative and is
        not governed by a preposition ("В своей пропаганде нацисты" -> "нацисты", "на своей странице в
        Facebook инфекционист" -> "инфекционист"); None when no word can be ("На неудачную шутку скажут")."""
        governed = False
        for k in range(first, last):
            word = self.words[k]
            if word.pos == "PREP":
                governed = True
                continue
            if word.is_punctuation:
                continue
            if governed and word.case != "nomn":
                continue
            if word.pos is None or word.case in {"nomn", None} or self.in_name(k):
                return k
        return None

    def source_after(self, start: int, limit: int) -> Span | None:
        """The phrase after a cue up to ``limit`` (word index): "— сказал старший эксперт РИСИ, политолог Роман Лобов"."""
        # "говорит еще один источник", "сказал ему следователь": an adverb or the addressee comes first.
        while start < limit and (self._skippable(start) or self._is_stop(start)):
            start += 1
        k = start
        named = False
        while k < limit and k - start < _MAX_SOURCE:
            word = self.words[k]
            if word.text == ",":
                # Past a comma only towards a name ("эксперт РИСИ, политолог Роман Лобов"), or, in English,
                # into the role after one ("John Smith, a spokesman for X").
                ahead = range(k + 1, min(k + 7, limit))
                towards_name = any(self.in_person(j) for j in ahead if self.words[j].text != ",")
                role_after = named and word.lang == "en" and self.words[k + 1].lower in {"a", "an", "the"}
                if k + 1 >= limit or not (towards_name or role_after) or self.is_complementizer(k + 1):
                    break
            elif not self._np_word(k):
                break
            elif named and word.pos == "PREP":
                break  # "сказал он в интервью": the phrase has its head already
            # A medium told in the dative ("Деньгам", "Интерфаксу") is not yet the speaker's name.
            named = named or (self.in_name(k) and word.case != "datv") or word.pos == "NPRO"
            k += 1
        # "— написала на своей странице в Facebook инфекционист": the subject follows the adverbial.
        subject = self._subject_start(start, k)
        return self._trimmed(start if subject is None else subject, k)

    def _trimmed(self, first: int, last: int) -> Span | None:
        """Words ``first..last-1`` without leading prepositions, times and marks, or trailing commas."""
        while first < last and (
            self.words[first].pos == "PREP"
            or self.words[first].lower in _PREPOSITION_WORDS
            or self.in_time(first)
            or (self.words[first].is_punctuation and self.words[first].text not in '(«"„“')
        ):
            first += 1
        while last > first and self.words[last - 1].is_punctuation and self.words[last - 1].text not in ')»"“”':
            last -= 1
        if first >= last:
            return None
        return (self.words[first].start, self.words[last - 1].end)


def find_attributions(document: Document, words: list[Word]) -> list[Attribution]:
    """Every attribution in ``document``, in text order of the cue."""
    reader = _Reader(document, words)
    # Frames first: "Как заявили в министерстве, «…»" is one frame, not a partial quote after "заявили".
    found = [item for index in range(len(document.sentences)) for item in _frames_and_relays(reader, index)]
    found.extend(_quoted(reader))
    for index in range(len(document.sentences)):
        found.extend(_reported(reader, index))
    return sorted(found, key=lambda item: item.cue[0])


def _span_of(reader: _Reader, first: int, last: int) -> Span:
    return (reader.words[first].start, reader.words[last].end)


# --- quoted passages ---------------------------------------------------------------------------
def _quoted(reader: _Reader) -> Iterator[Attribution]:
    paragraphs = reader.document.paragraphs or []
    regions = [(p.start, p.end) for p in paragraphs] or [(0, len(reader.text))]
    previous: Attribution | None = None
    for start, end in regions:
        spans = quoted(reader.text, start, end)
        skip: set[int] = set()
        for position, (begin, finish) in enumerate(spans):
            if position in skip or reader.in_claimed(begin):
                continue
            attribution = _cue_after(reader, spans, position, end, skip) or _cue_before(reader, begin, finish)
            if attribution is None:
                attribution = _partial(reader, begin, finish) or _continuation(reader, previous, begin, finish)
            if attribution is not None:
                previous = attribution
                yield attribution


# How far a quoted sentence without a cue may follow the quote it continues.
_CONTINUATION_REACH = 300


def _continuation(reader: _Reader, previous: Attribution | None, begin: int, finish: int) -> Attribution | None:
    """“…,” Medvedev said. “The market should be given all the support.”: a quoted sentence right after
    a direct quote, with no cue of its own, is the same speaker going on."""
    if previous is None or previous.kind != "direct" or previous.content is None:
        return None
    if begin - max(previous.content[1], previous.cue[1]) > _CONTINUATION_REACH:
        return None
    opening = reader.first_word_from(begin - 1)
    if opening == 0 or len(reader.text[begin:finish].split()) < 3:
        return None
    before = reader.words[opening - 1]
    if before.sentence == reader.words[min(opening, len(reader.words) - 1)].sentence and before.text not in {
        ".",
        "!",
        "?",
        "…",
    }:
        return None  # inside a sentence of the author's, not a sentence of its own
    reader.claimed.append((begin, finish))
    return Attribution("direct", (begin, finish), previous.cue, previous.source, previous.reporting)


def _cue_after(
    reader: _Reader, spans: list[Span], position: int, paragraph_end: int, skip: set[int]
) -> Attribution | None:
    """«…», — сказал он «Интерфаксу». / “…,” said John Smith. / «A», — сказал он, — «B»."""
    begin, finish = spans[position]
    k = reader.first_word_from(finish + 1)
    punctuation = reader.text[finish - 1 : finish]  # "…,” said": the comma inside the marks
    while k < len(reader.words) and reader.words[k].is_punctuation and reader.words[k].start < paragraph_end:
        punctuation += reader.words[k].text
        k += 1
    if not set(punctuation) & set(",—–-") or k >= len(reader.words) or reader.words[k].start >= paragraph_end:
        return None
    sentence = reader.words[k].sentence
    cue = next((j for j in range(k, min(k + 4, len(reader.words))) if reader.is_cue(j)), None)
    if cue is None or reader.words[cue].sentence != sentence:
        return None
    _, sentence_last = reader.sentence_words[sentence]
    limit = cue + 1
    while limit < sentence_last and not _clause_break(reader, limit):
        limit += 1
    # "«…», — сказал он" / "«…», - с поклоном сказал швейцар" / "«…», — Лобов сказал".
    adverbials_only = all(_adverbial(reader.words[j]) for j in range(k, cue))
    source = reader.source_after(cue + 1, limit) if adverbials_only else reader.source_before(cue)
    content_end = finish
    following = position + 1
    # A quote split by its cue: "«A», — сказал он, — «B»" is one quote.
    if following < len(spans) and limit < len(reader.words):
        between = reader.text[reader.words[limit].start : spans[following][0]]
        if re.fullmatch(r"\s*,\s*[—–-]\s*\W?", between):
            content_end = spans[following][1]
            skip.add(following)
    reader.used_cues.add(cue)
    clause_end = reader.words[limit - 1].end if limit > cue else reader.words[cue].end
    reader.claimed.extend([(begin, content_end), (reader.words[cue].start, clause_end)])
    return Attribution("direct", (begin, content_end), _span_of(reader, cue, cue), source, reader.is_reporting(cue))


def _clause_break(reader: _Reader, index: int) -> bool:
    word = reader.words[index]
    if word.text in {".", "!", "?", ":", ";", "…"} or word.text in DASHES:
        return True
    return word.text == "," and index + 1 < len(reader.words) and reader.words[index + 1].text in DASHES


def _cue_before(reader: _Reader, begin: int, finish: int) -> Attribution | None:
    """X сказал: «…» / He said: “…”."""
    k = reader.first_word_from(begin - 1) - 1  # the word before the opening mark
    if k < 0 or reader.words[k].text != ":":
        return None
    sentence = reader.words[k].sentence
    first, _ = reader.sentence_words[sentence]
    cue = next((j for j in range(k - 1, max(first, k - 7) - 1, -1) if reader.is_cue(j)), None)
    if cue is None:
        return None
    source = reader.source_before(cue) or reader.source_after(cue + 1, k)
    reader.used_cues.add(cue)
    reader.claimed.append((begin, finish))
    return Attribution("direct", (begin, finish), _span_of(reader, cue, cue), source, reader.is_reporting(cue))


def _partial(reader: _Reader, begin: int, finish: int) -> Attribution | None:
    """A quoted fragment after a cue in the author's sentence: "підкреслив необхідність «…»"."""
    k = reader.first_word_from(begin) - 1
    if k < 0 or not re.search(r"(?<!\w)[^\W\d_]*[a-zа-яёіїєґ]", reader.text[begin:finish]):
        return None
    inner = reader.text[begin:finish].split()
    if all(word[:1].isupper() or not word[:1].isalpha() for word in inner):
        return None  # «РИА Новости», «Східний»: a name in quotation marks, not someone's words
    following = reader.first_word_from(finish + 1)
    if any(reader.is_complementizer(j) for j in range(following, min(following + 2, len(reader.words)))):
        return None  # "заявил «РИА Новости», что…": the clause is what was said
    sentence = reader.words[k].sentence
    first, _ = reader.sentence_words[sentence]
    for j in range(k, first - 1, -1):
        if reader.is_complementizer(j) or reader.words[j].text in {":", ";"}:
            return None
        if reader.is_cue(j):
            # No subject of its own ("Министр поблагодарил ... и назвал его «…»"): the one who spoke last.
            source = reader.source_before(j)
            reader.used_cues.add(j)
            reader.claimed.append((begin, finish))
            return Attribution("partial", (begin, finish), _span_of(reader, j, j), source, reader.is_reporting(j))
    return None


# --- frames, relays and reported speech --------------------------------------------------------
def _frames_and_relays(reader: _Reader, sentence: int) -> Iterator[Attribution]:
    first, last = reader.sentence_words[sentence]
    if first >= last:
        return
    speech = reader.speech(first)
    if speech is None:
        return
    start, end = reader.words[first].start, reader.words[last - 1].end
    patterns = _patterns(reader.words[first].lang)
    for name in ("frames", "citation_frames", "relays"):
        matches = sorted((m for p in patterns[name] for m in p.finditer(reader.text, start, end)), key=re.Match.start)
        for match in matches:
            if reader.in_claimed(match.start()):
                continue
            attribution = _frame(reader, sentence, match, name)
            if attribution is not None:
                yield attribution


def _frame(reader: _Reader, sentence: int, match: re.Match[str], name: str) -> Attribution | None:
    first, last = reader.sentence_words[sentence]
    after = reader.first_word_from(match.end())
    for j in range(reader.first_word_from(match.start()), after):
        reader.used_cues.add(j)  # "как заявил": the verb belongs to the frame
    pronoun = next((match.span(group) for group in match.groupdict() if match.group(group)), None)
    comma = next((j for j in range(after, last) if reader.words[j].text == ","), last)
    if name == "relays":
        limit = next((j for j in range(after, last) if reader.is_cue(j) or reader.words[j].text == ","), last)
        source = reader.source_after(after, limit)
        if source is None:
            return None
        reader.relayed.append((match.start(), source[1]))
        return Attribution("relay", None, match.span(), source)
    source = pronoun or reader.source_after(after, comma)
    if source is None:
        return None
    end = reader.sentence_end(first)
    before = reader.first_word_from(match.start()) - 1
    inside = before > first and reader.words[before].text == ","
    if comma + 1 < last and reader.words[comma + 1].start < end:
        # "По словам X, <content>." or "<content>, по мнению X, <content>."
        content: Span = (reader.words[first if inside else comma + 1].start, end)
    else:
        if not inside:
            return None
        content = (reader.words[first].start, reader.words[before - 1].end)  # "<content>, according to X."
    kind = "citation" if name == "citation_frames" else "frame"
    return Attribution(kind, content, match.span(), source, name == "citation_frames")


def _reported(reader: _Reader, sentence: int) -> Iterator[Attribution]:
    first, last = reader.sentence_words[sentence]
    for cue in range(first, last):
        if not reader.is_cue(cue):
            continue
        attribution = _with_clause(reader, cue, last) or _with_colon(reader, cue, last)
        attribution = attribution or _after_content(reader, cue, first, last)
        attribution = attribution or _back_reference(reader, cue, first, last)
        if attribution is not None:
            reader.used_cues.add(cue)
            yield attribution


def _with_clause(reader: _Reader, cue: int, last: int) -> Attribution | None:
    """заявил, что… / сказав, що… / said that… / said the company would…"""
    for j in range(cue + 1, min(cue + 9, last)):
        word = reader.words[j]
        if word.text in {".", "!", "?", ";", ":"} or reader.is_cue(j):
            break
        if reader.is_complementizer(j) and (reader.words[j - 1].text == "," or j == cue + 1 or word.lang == "en"):
            if j + 1 >= last:
                return None
            source = reader.source_before(cue) or reader.source_after(cue + 1, j - 1 if j > cue + 1 else j)
            content = (reader.words[j + 1].start, reader.sentence_end(j))
            return Attribution("indirect", content, _span_of(reader, cue, cue), source, reader.is_reporting(cue))
    word = reader.words[cue]
    following = reader.words[cue + 1] if cue + 1 < last else None
    # English drops "that": "Apple said it would…".
    if (
        word.lang == "en"
        and word.lower in _ENGLISH_SAID
        and following is not None
        and not following.is_punctuation
        and following.lower not in _PREPOSITION_WORDS
    ):
        source = reader.source_before(cue)
        if source is not None:
            content = (following.start, reader.sentence_end(cue + 1))
            return Attribution("indirect", content, _span_of(reader, cue, cue), source, reader.is_reporting(cue))
    return None


def _with_colon(reader: _Reader, cue: int, last: int) -> Attribution | None:
    """Direct speech without quotation marks: "Шувалов признал: у правительства нет рычагов"."""
    for j in range(cue + 1, min(cue + 7, last - 1)):
        word = reader.words[j]
        if word.text in {".", "!", "?", ";"} or reader.is_complementizer(j) or reader.is_cue(j):
            return None
        if word.text == ":":
            source = reader.source_before(cue) or reader.source_after(cue + 1, j)
            content = (reader.words[j + 1].start, reader.sentence_end(j + 1))
            if content[0] >= content[1]:
                return None
            return Attribution("direct", content, _span_of(reader, cue, cue), source, reader.is_reporting(cue))
    return None


def _after_content(reader: _Reader, cue: int, first: int, last: int) -> Attribution | None:
    """ "<content>, сообщил Interfax эксперт X." / "<content>, повідомили в KCNA." / "<content>, he said."""
    k = cue - 1
    # "…, - с поклоном сказал швейцар", "…, о чем публично заявил X": adverbials, and a relative
    # back-reference, between the comma and the cue.
    comma = next((j for j in range(cue - 1, max(first, cue - 7), -1) if reader.words[j].text == ","), None)
    if comma is not None:
        between = reader.text[reader.words[comma].end : reader.words[cue].start]
        reference = next(
            (m for p in _patterns(reader.words[cue].lang)["back_references"] if (m := p.match(between))), None
        )
        rest = range(reader.first_word_from(reader.words[comma].end + (reference.end() if reference else 0)), cue)
        if all(_adverbial(reader.words[j]) or reader.words[j].text in DASHES for j in rest):
            k = comma
    if k <= first + 2 or reader.words[k].text != ",":
        return None
    source = reader.source_after(cue + 1, last)
    if source is None:
        return None
    content = (reader.words[first].start, reader.words[k - 1].end)
    return Attribution("indirect", content, _span_of(reader, cue, cue), source, reader.is_reporting(cue))


def _adverbial(word: Word) -> bool:
    return word.pos in {"ADVB", "PREP"} or (word.pos in {"NOUN", "NPRO"} and word.case in {"ablt", "loct"})


def _back_reference(reader: _Reader, cue: int, first: int, last: int) -> Attribution | None:
    """ "Про це повідомляє Yonhap." / "Об этом он заявил в интервью.": the claim is the sentence before."""
    start = reader.words[first].start
    before = reader.text[start : reader.words[cue].start]
    match = next((m for p in _patterns(reader.words[cue].lang)["back_references"] if (m := p.match(before))), None)
    if match is None:
        return None
    # The source on either side of the cue, never the back-reference itself.
    before_cue = reader.source_before(cue)
    if before_cue is not None and before_cue[0] < start + match.end():
        before_cue = None
    source = before_cue or reader.source_after(cue + 1, last)
    if source is None:
        return None
    sentence = reader.words[cue].sentence
    content = reader.document.sentences[sentence - 1] if sentence > 0 else None
    return Attribution(
        "indirect",
        (content.start, content.end) if content else None,
        _span_of(reader, cue, cue),
        source,
        reader.is_reporting(cue),
        back_reference=True,
    )
