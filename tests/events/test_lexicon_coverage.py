"""The lexicon of cameo_events.tsv, class by class: sentences written here that must be coded with a type at a
trigger, and homograph senses of its words that must not be coded."""

from __future__ import annotations

from datetime import datetime

import pytest

import kronika


def _coded(sentence: str, word: str) -> list[str]:
    """The types of the events whose trigger overlaps the first occurrence of ``word`` in ``sentence``."""
    document = kronika.analyze(sentence, published=datetime(2023, 9, 15))
    start = sentence.index(word)
    end = start + len(word)
    return [e.type for e in document.events if e.trigger_start < end and start < e.trigger_end]


# (sentence, the word or phrase that names the event, PLOVER type)
CODED = [
    # ru
    ("Российская компания Газпром заключила сделку с немецким концерном Wintershall.", "заключила", "AGREE"),
    ("Концерн Boeing приобрел контрольный пакет акций бразильской компании Embraer.", "приобрел", "AGREE"),
    ("Премьер Тереза Мэй выступила в защиту соглашения о выходе Великобритании из ЕС.", "выступила", "SUPPORT"),
    ("Россия и Турция намерены скоординировать действия в Сирии, заявил министр.", "скоординировать", "COOPERATE"),
    ("Верховный суд Пакистана вынес оправдательный приговор христианке Асии Биби.", "оправдательный", "CONCEDE"),
    ("Власти Пакистана отпустили Асию Биби из тюрьмы в среду.", "отпустили", "CONCEDE"),
    ("Генпрокуратура сняла обвинения с бывшего министра Алексея Улюкаева.", "сняла", "CONCEDE"),
    ("Следователи завели уголовное дело против бывшего министра Алексея Улюкаева.", "завели", "INVESTIGATE"),
    ("Борис Джонсон выразил несогласие с планом премьера Терезы Мэй по выходу из ЕС.", "выразил", "DISAPPROVE"),
    ("Канцлер Ангела Меркель выступает против строительства нового газопровода.", "выступает", "DISAPPROVE"),
    ("Британский парламент выразил вотум недоверия правительству Терезы Мэй.", "вотум", "DISAPPROVE"),
    ("Компания Нафтогаз обжаловала решение Стокгольмского арбитража в среду.", "обжаловала", "DISAPPROVE"),
    ("Борис Джонсон ушел в отставку в знак протеста против планов Терезы Мэй.", "в знак протеста", "DISAPPROVE"),
    ("Британский парламент проголосовал против соглашения Терезы Мэй с Евросоюзом.", "проголосовал", "REJECT"),
    ("Пилоты авиакомпании Ryanair вышли на забастовку в пятницу в Ирландии.", "вышли", "PROTEST"),
    ("Министерство обороны Израиля призвало резервистов на военную службу.", "призвало", "MOBILIZE"),
    ("Президент Путин привел в боевую готовность ядерные силы России.", "привел", "MOBILIZE"),
    ("Правительство США ввело пошлины на сталь и алюминий из Евросоюза.", "ввело", "SANCTION"),
    ("Московский суд признал виновным бывшего министра Алексея Улюкаева.", "признал", "COERCE"),
    ("Следователи предъявили обвинение бывшему министру Алексею Улюкаеву.", "предъявили", "COERCE"),
    ("Московский суд осудил Алексея Улюкаева на восемь лет.", "осудил", "COERCE"),
    ("Российская армия нанесла ракетный удар по Киеву в среду утром.", "нанесла", "FIGHT"),
    # uk
    ("Німецька компанія Lufthansa придбала контрольний пакет акцій авіакомпанії Alitalia.", "придбала", "AGREE"),
    ("Прем'єр-міністерка Тереза Мей виступила на захист проекту угоди про вихід.", "виступила", "SUPPORT"),
    ("Верховний суд Пакистану виніс виправдувальний вирок християнці Асії Бібі.", "виправдувальний", "CONCEDE"),
    ("Росія та Україна обмінялися полоненими в неділю на кордоні.", "обмінялися", "CONCEDE"),
    ("Суд зняв арешт з акцій компанії Газпром у Нідерландах.", "зняв", "CONCEDE"),
    ("Борис Джонсон висловив незгоду з планом прем'єрки Терези Мей.", "висловив", "DISAPPROVE"),
    ("Депутати ініціювали голосування за недовіру прем'єр-міністру Терезі Мей.", "голосування", "DISAPPROVE"),
    ("Компанія Нафтогаз подала апеляцію на рішення суду в Амстердамі.", "подала", "DISAPPROVE"),
    ("Палата громад проголосувала проти угоди Терези Мей з Євросоюзом.", "проголосувала", "REJECT"),
    ("Пілоти авіакомпанії Ryanair вийшли на страйк у п'ятницю в Ірландії.", "вийшли", "PROTEST"),
    ("Росія провела військові навчання біля кордону з Україною.", "військові навчання", "MOBILIZE"),
    ("ПАРЄ призупинила членство Росії в організації.", "призупинила", "SANCTION"),
    ("Суд визнав винним колишнього міністра Миколу Злочевського.", "визнав", "COERCE"),
    ("Суд засудив Миколу Злочевського до дев'яти років ув'язнення.", "засудив", "COERCE"),
    ("Детективи НАБУ оголосили підозру колишньому міністру Миколі Злочевському.", "оголосили", "COERCE"),
    # en
    ("Airbus has won an order from Qatar Airways for up to 60 of its new jets.", "won an order", "AGREE"),
    ("DaimlerChrysler sold its Chrysler unit to Cerberus Capital Management on Monday.", "sold", "AGREE"),
    ("Kraft Foods completed its takeover of Cadbury on Tuesday, the company said.", "takeover", "AGREE"),
    ("Politicians in Germany expressed disappointment at the decision of General Motors.", "expressed", "DISAPPROVE"),
    ("Apple Corps have decided to take the case to the Court of Appeal.", "take the case", "DISAPPROVE"),
    ("The British parliament voted against the Brexit deal of Theresa May on Tuesday.", "voted against", "REJECT"),
    ("Ryanair pilots walked off the job in Ireland on Friday, the union said.", "walked off the job", "PROTEST"),
    ("Russia held military exercises near the border with Ukraine on Monday.", "military exercises", "MOBILIZE"),
    ("President Donald Trump imposed tariffs on steel and aluminium from the European Union.", "imposed", "SANCTION"),
    ("Robert Stanford was convicted of fraud by a federal court in Texas on Tuesday.", "was convicted", "COERCE"),
    ("The European Commission fined Google 4.3 billion euros on Wednesday.", "fined", "COERCE"),
]

# (sentence, a word whose sense there is no event between political actors)
NOT_CODED = [
    ("Пожилая жительница деревни продала корову соседке за сто рублей.", "продала"),
    ("Министр выразил уверенность в успехе реформы в следующем году.", "выразил"),
    ("Стара жителька села продала корову сусідці за сто гривень.", "продала"),
    ("Apple sold three million iPhones in the first weekend, the company said.", "sold"),
    ("Apple charged 599 dollars for the new phone in the United States.", "charged"),
    ("Apple fired its chief executive after a long dispute with the board.", "fired"),
    ("A convicted sex offender escaped from a prison in Texas on Monday.", "convicted"),
    ("Бабуся відпустила руку онука біля воріт школи.", "відпустила"),
    ("The company expressed confidence in its results for the second quarter.", "expressed"),
]


@pytest.mark.parametrize(("sentence", "word", "kind"), CODED)
def test_a_listed_word_is_coded_with_its_type(sentence: str, word: str, kind: str) -> None:
    assert kind in _coded(sentence, word)


@pytest.mark.parametrize(("sentence", "word"), NOT_CODED)
def test_a_homograph_sense_is_no_event(sentence: str, word: str) -> None:
    assert _coded(sentence, word) == []
