"""Corrections to spaCy's English names, towards the extents and types news annotation uses.

spaCy's small model is trained on OntoNotes, whose guidelines differ from the
ones kronika is measured against (MEANTIME, BSNLP): a product named after its
maker ("Airbus A380", "FTSE 100") is one product name, not an organisation and a
number; a title written before a name ("President Vladimir Putin") is part of
the mention; a person named in full once is the same person when the surname
stands alone later. The rules work on spaCy's tokens and its other entity labels,
and each one is general English usage, not a list of known names.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Doc

LABELS = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "EVENT": "EVT",
    "PRODUCT": "PRO",
    "WORK_OF_ART": "PRO",
    "LAW": "PRO",
}
# spaCy labels whose span, right after a maker's name, is a model number: "Boeing" + "737s", "FTSE" + "100".
_MODEL_LABELS = frozenset({"CARDINAL", "PRODUCT"})
# Codes spaCy takes for organisations: time zones after a clock time, currencies after an amount.
_TIME_ZONES = {"UTC", "GMT", "EST", "EDT", "CST", "CDT", "MST", "MDT", "PST", "PDT", "CET", "CEST", "BST"}
_CURRENCIES = {"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "UAH", "CHF", "CAD", "AUD"}
_CODES = frozenset(_TIME_ZONES | _CURRENCIES)
# Words written before a person's name as part of it; capitalised, as titles are when they precede a name.
_TITLES = frozenset(
    {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Sir", "Dame", "Lord", "Lady", "King", "Queen", "Pope"}
    | {"President", "Vice", "Prime", "Minister", "Chancellor", "Secretary", "General", "Gen.", "Governor", "Gov."}
    | {"Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Mayor", "Prince", "Princess"}
    | {"Judge", "Justice", "Presiding", "Spokesman", "Spokeswoman"}
)
# Titles that only ever open a person's name, whatever type spaCy gave it ("Spokeswoman Sandy Angers").
_HONORIFICS = frozenset({"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr.", "Senator", "Spokesman", "Spokeswoman"})
_QUOTES = frozenset({"``", "''", '"', "'", "`", "“", "”", "‘", "’"})
_LEADING = frozenset({"the", "The", "a", "an"} | _QUOTES)
# A stock index is named like an organisation ("the Hang Seng index") but is a product in this scheme.
_INDEX_WORDS = frozenset({"index", "indices", "indexes"})
_TRAILING = frozenset({"'s", "’s", "'"} | _QUOTES)


@dataclass(slots=True)
class Name:
    """A name as a token range of the spaCy ``Doc``; ``title`` tokens open it but are not in its base form."""

    first: int
    last: int
    kind: str
    title: int = 0


@dataclass(frozen=True, slots=True)
class Found:
    start: int
    end: int
    kind: str
    base: str


def refine(doc: Doc) -> list[Found]:
    """spaCy's names in ``doc`` with the corrections applied, as character offsets into its text."""
    names = [_trimmed(doc, name) for name in _spacy_names(doc)]
    names = [name for name in names if name.first < name.last and doc[name.first : name.last].text not in _CODES]
    for name in names:
        if _is_product(doc, name):
            name.kind = "PRO"
        elif name.kind == "ORG" and doc[name.last - 1].text == "Government":
            # A government named by its country stands for the country ("the Canadian Government").
            name.kind = "LOC"
        elif name.kind == "PER" or (doc[name.first].text in _HONORIFICS and name.last - name.first >= 2):
            name.kind = "PER"
            _take_title(doc, name)
    names = _consistent(doc, names)
    return [
        Found(
            doc[name.first].idx,
            doc[name.last - 1].idx + len(doc[name.last - 1]),
            name.kind,
            _words(doc, name),
        )
        for name in sorted(names, key=lambda n: n.first)
    ]


def _spacy_names(doc: Doc) -> list[Name]:
    """spaCy's names of the five types, each taking a model number that follows it."""
    names: list[Name] = []
    for entity in doc.ents:
        # A model number taken into its maker's name is no longer a name of its own.
        if entity.label_ in LABELS and not (names and entity.start < names[-1].last):
            names.append(_as_model(doc, Name(entity.start, entity.end, LABELS[entity.label_])))
    return names


def _as_model(doc: Doc, name: Name) -> Name:
    """A maker's name with a model number after it names a product: "Airbus A380", "FTSE 100", "Boeing 737s"."""
    if name.last == len(doc) or not doc[name.last - 1].whitespace_:
        return name
    following = doc[name.last]
    if following.ent_iob_ != "B" or following.ent_type_ not in _MODEL_LABELS or not _has_digit(following.text):
        return name
    end = name.last + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return Name(name.first, end, "PRO")


def _is_product(doc: Doc, name: Name) -> bool:
    """A name in lower camel case ("iPod Nano", "eReader") is a product's, and so is an organisation's
    name followed by "index" ("the Hang Seng index"); a country's stays a place ("the UK index")."""
    first = doc[name.first].text
    if first[:1].islower() and any(c.isupper() for c in first):
        return True
    return name.kind == "ORG" and name.last < len(doc) and doc[name.last].lower_ in _INDEX_WORDS


def _has_digit(text: str) -> bool:
    return any(c.isdigit() for c in text)


def _trimmed(doc: Doc, name: Name) -> Name:
    """Without a leading article or quote mark, nor a trailing possessive or quote mark."""
    first, last = name.first, name.last
    while first < last - 1 and doc[first].text in _LEADING:
        first += 1
    while last > first + 1 and doc[last - 1].text in _TRAILING:
        last -= 1
    return Name(first, last, name.kind)


def _take_title(doc: Doc, name: Name) -> None:
    """Extend a person's name over the titles written right before it ("Senator", "Prime Minister"),
    and keep every title out of its base form, which is the name the linker looks up."""
    while name.first > 0 and doc[name.first - 1].text in _TITLES and doc[name.first - 1].ent_type_ in ("", "PERSON"):
        name.first -= 1
    while name.first + name.title < name.last - 1 and doc[name.first + name.title].text in _TITLES:
        name.title += 1


def _consistent(doc: Doc, names: list[Name]) -> list[Name]:
    """One type per name within a text, and a surname that stands alone is the person named in full.

    spaCy types each occurrence from its own context, and short ones often wrongly
    ("Jobs" as an organisation, "Cisco" as a place); the text's most frequent type
    for the same words decides, and a person's surname decides for a person. A
    one-word person who is never named in full is spaCy's weakest guess: it yields
    to any other type the word has in the text ("Ryanair"), and is dropped if it has
    none, since news names a person in full before it uses the surname alone; on
    MEANTIME such guesses were products and companies ("Safari", "Cerberus").
    """
    surnames = {doc[n.last - 1].text for n in names if n.kind == "PER" and n.last - n.first - n.title >= 2}
    votes: dict[str, Counter[str]] = {}
    for name in names:
        if not _unsure_person(doc, name, surnames):
            votes.setdefault(_words(doc, name), Counter())[name.kind] += 1
    taken = {i for name in names for i in range(name.first, name.last)}
    names += [Name(i, i + 1, "PER") for i, token in enumerate(doc) if token.text in surnames and i not in taken]
    for name in names:
        words = _words(doc, name)
        if words in surnames:
            name.kind = "PER"
        elif words in votes:
            name.kind = votes[words].most_common(1)[0][0]
    return [name for name in names if not _unsure_person(doc, name, surnames)]


def _unsure_person(doc: Doc, name: Name, surnames: set[str]) -> bool:
    """One word taken for a person, with neither a title nor a full name in the text to back it."""
    return (
        name.kind == "PER" and not name.title and name.last - name.first == 1 and doc[name.first].text not in surnames
    )


def _words(doc: Doc, name: Name) -> str:
    return doc[name.first + name.title : name.last].text
