"""Mentions of one document that name the same thing: "Роман Лобов" ... "Лобов", "Кім Чен Ин" ... "Кім",
"Российский институт стратегических исследований (РИСИ)" ... "РИСИ"."""

from __future__ import annotations

from collections.abc import Sequence

from kronika.doc import Mention
from kronika.linking.keys import initials, name_key


def compatible(first: str, second: str) -> bool:
    """A person is only ever a person; places, organisations, events and products shade into each
    other as the same name is used ("Білий дім" the building and the administration)."""
    return (first == "PER") == (second == "PER")


def _same_word(short: str, full: str) -> bool:
    """Equal, or the same word with a case ending the lemmatizer could not undo ("lobova" for "lobov")."""
    return short == full or (short.startswith(full) and len(short) - len(full) <= 2 and len(full) >= 3)


class _Groups:
    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, item: int) -> int:
        while self.parent[item] != item:
            self.parent[item] = self.parent[self.parent[item]]
            item = self.parent[item]
        return item

    def join(self, first: int, second: int) -> None:
        self.parent[self.find(second)] = self.find(first)


def group(text: str, mentions: Sequence[Mention]) -> list[list[int]]:
    """Indices of ``mentions`` grouped by what they name, each group in document order."""
    groups = _Groups(len(mentions))
    keys = [name_key(m.lemma) for m in mentions]
    first_by_key: dict[tuple[str, bool], int] = {}
    for i, mention in enumerate(mentions):
        slot = (keys[i], mention.type == "PER")
        if keys[i] and slot in first_by_key:
            groups.join(first_by_key[slot], i)
        else:
            first_by_key.setdefault(slot, i)
    full_names = [i for i, m in enumerate(mentions) if m.type == "PER" and len(keys[i].split()) >= 2]
    for i, mention in enumerate(mentions):
        words = keys[i].split()
        if mention.type == "PER" and len(words) == 1:
            # A bare surname or family name joins the nearest full name it ends or starts.
            matches = [
                j
                for j in full_names
                if any(_same_word(words[0], part) for part in (keys[j].split()[-1], keys[j].split()[0]))
            ]
            if matches:
                groups.join(min(matches, key=lambda j: (j > i, abs(j - i))), i)
        elif mention.type != "PER" and len(words) == 1 and mention.lemma.isupper() and len(mention.lemma) >= 2:
            # An abbreviation joins the name right before it in brackets, or a name with its initials.
            for j in range(i - 1, -1, -1):
                other = mentions[j]
                if not compatible(other.type, mention.type) or len(keys[j].split()) < 2:
                    continue
                bracketed = text[other.end : mention.start].strip() == "("
                if bracketed or initials(other.lemma) == mention.lemma:
                    groups.join(j, i)
                    break
    found: dict[int, list[int]] = {}
    for i in range(len(mentions)):
        found.setdefault(groups.find(i), []).append(i)
    return list(found.values())
