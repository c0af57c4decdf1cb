"""Knowledge bases: the starter KB that ships with kronika, and user-supplied ones.

The starter KB is every country and territory in CLDR (names in ru, uk and en,
as babel ships them), with the short forms news uses ("РФ", "КНДР", "США"), the
cities CLDR names time zones after, plus
heads of state and government, international organisations and news agencies,
written for the project in starter_kb.jsonl.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale

from kronika.linking.keys import name_key, person_keys

STARTER = Path(__file__).with_name("starter_kb.jsonl")
KB_LANGUAGES = ("en", "ru", "uk")

# The names CLDR does not give: official long forms and the abbreviations news prefers.
COUNTRY_ALIASES = {
    "RU": ["РФ", "Российская Федерация", "Російська Федерація", "Russian Federation"],
    "KP": [
        "КНДР",
        "Северная Корея",
        "Північна Корея",
        "Корейская Народно-Демократическая Республика",
        "Корейська Народно-Демократична Республіка",
        "DPRK",
        "North Korea",
    ],
    "KR": ["Южная Корея", "Південна Корея", "Республика Корея", "Республіка Корея", "South Korea"],
    "US": ["США", "Соединённые Штаты Америки", "Сполучені Штати Америки", "USA", "US", "U.S.", "Америка"],
    "GB": ["Британия", "Британія", "Соединённое Королевство", "Сполучене Королівство", "UK", "Britain"],
    "CN": ["КНР", "Китайская Народная Республика", "Китайська Народна Республіка", "PRC"],
    "DE": ["ФРГ"],
    "TR": ["Turkey"],
    "UA": [],
}
# Organisations (in the starter KB proper), currency areas and private-use codes.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
COUNTRY_WIKIDATA = {"RU": "Q159", "UA": "Q212", "US": "Q30", "KP": "Q423", "CN": "Q148"}


@dataclass(slots=True)
class KbEntry:
    id: str
    type: str
    names: dict[str, list[str]]
    aliases: list[str] = field(default_factory=list)
    external: dict[str, str] = field(default_factory=dict)
    # The country it is or acts for (ISO 3166 alpha-2): how event data codes an actor ("Putin" is RU).
    country: str | None = None

    @property
    def canonical(self) -> str:
        for lang in KB_LANGUAGES:
            if self.names.get(lang):
                return self.names[lang][0]
        return self.aliases[0] if self.aliases else self.id

    def keys(self) -> set[str]:
        every = [name for names in self.names.values() for name in names] + self.aliases
        found: set[str] = set()
        for name in every:
            found |= person_keys(name) if self.type == "PER" else {name_key(name)}
        return {key for key in found if key}


def cldr_countries() -> Iterator[KbEntry]:
    territories = {lang: Locale(lang).territories for lang in KB_LANGUAGES}
    for code in sorted(territories["en"]):
        if not (len(code) == 2 and code.isalpha()) or code in _NOT_COUNTRIES:
            continue  # numeric codes are regions of the world ("001", "150")
        names = {lang: [territories[lang][code]] for lang in KB_LANGUAGES if code in territories[lang]}
        external = {"iso3166": code}
        if code in COUNTRY_WIKIDATA:
            external["wikidata"] = COUNTRY_WIKIDATA[code]
        yield KbEntry(f"kb:cldr:{code}", "LOC", names, list(COUNTRY_ALIASES.get(code, [])), external, code)


def cldr_cities() -> Iterator[KbEntry]:
    """The cities CLDR names its time zones after (Москва, Київ, Пхеньян...), in ru, uk and en.

    English CLDR spells out only names that differ from the zone id ("Kyiv" for Europe/Kiev);
    the others are the zone id's last part.
    """
    zones = {lang: Locale(lang).time_zones for lang in KB_LANGUAGES}
    for zone in sorted(zones["ru"]):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        names = {lang: [zones[lang][zone]["city"]] for lang in ("ru", "uk") if "city" in zones[lang].get(zone, {})}
        english = zones["en"].get(zone, {}).get("city") or zone.rsplit("/", 1)[-1].replace("_", " ")
        names["en"] = [english]
        yield KbEntry(f"kb:cldr-city:{zone}", "LOC", names)


def read_entries(path: Path) -> list[KbEntry]:
    """A KB file: JSON Lines as starter_kb.jsonl, or CSV with id, type, name_<lang>..., aliases (|-separated),
    country, and external id columns."""
    if path.suffix.lower() == ".csv":
        entries = []
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                names = {k[5:]: [v] for k, v in row.items() if k.startswith("name_") and v}
                aliases = [a for a in (row.get("aliases") or "").split("|") if a]
                reserved = {"id", "type", "aliases", "country"}
                external = {k: v for k, v in row.items() if k not in reserved and not k.startswith("name_") and v}
                entries.append(KbEntry(row["id"], row["type"], names, aliases, external, row.get("country") or None))
        return entries
    return [
        KbEntry(
            item["id"],
            item["type"],
            item.get("names", {}),
            item.get("aliases", []),
            item.get("external", {}),
            item.get("country"),
        )
        for item in map(json.loads, filter(str.strip, path.read_text(encoding="utf-8").splitlines()))
    ]


def starter_entries() -> list[KbEntry]:
    return [*cldr_countries(), *cldr_cities(), *read_entries(STARTER)]
