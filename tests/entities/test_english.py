"""The corrections made to spaCy's English names (kronika.entities.english_rules)."""

from __future__ import annotations

from kronika.entities.english import spacy_spans


def names(text: str) -> list[tuple[str, str, str]]:
    return [(text[start:end], kind, base) for start, end, kind, base in spacy_spans(text, 0, len(text))]


def test_a_maker_and_its_model_number_are_one_product_name() -> None:
    found = names("Lufthansa ordered ten Airbus A350 jets, and the FTSE 100 rose.")
    assert ("Airbus A350", "PRO", "Airbus A350") in found
    assert ("FTSE 100", "PRO", "FTSE 100") in found
    assert ("Lufthansa", "ORG", "Lufthansa") in found
    assert not any(text in ("Airbus", "A350", "FTSE") for text, _, _ in found)


def test_lower_camel_case_and_an_index_noun_make_a_product() -> None:
    assert names("The company said the iPhone will ship in June.") == [("iPhone", "PRO", "iPhone")]
    assert ("Hang Seng", "PRO", "Hang Seng") in names("The Dow Jones fell, and the Hang Seng index dropped 5 percent.")


def test_time_zones_and_currency_codes_are_not_organisations() -> None:
    assert names("Trading in London closed at 16:00 UTC on Friday.") == [("London", "LOC", "London")]


def test_a_title_opens_a_persons_name_but_stays_out_of_its_base_form() -> None:
    found = names("Senator Elizabeth Warren criticised the plan in Washington.")
    assert ("Senator Elizabeth Warren", "PER", "Elizabeth Warren") in found
    assert names("Spokesman Tom Hardwick said the airline would appeal.") == [
        ("Spokesman Tom Hardwick", "PER", "Tom Hardwick")
    ]


def test_a_countrys_government_is_the_country() -> None:
    assert names("The British Government said on Monday that it would help.") == [
        ("British Government", "LOC", "British Government")
    ]


def test_a_surname_alone_is_the_person_named_in_full() -> None:
    # spaCy takes the lone surname for a place, and misses the first one.
    found = names("Henderson described the plan. Fritz Henderson, the chief executive, said Henderson would stay.")
    assert [kind for _, kind, _ in found] == ["PER", "PER", "PER"]
    found = names("Papermaster, 49, left the company. Mark Papermaster joined Cisco in 2011.")
    assert ("Papermaster", "PER", "Papermaster") in found


def test_a_name_takes_its_most_frequent_type_in_the_text() -> None:
    found = names("Ryanair said profits rose. Analysts said Ryanair would grow. Ryanair shares fell.")
    assert found == [("Ryanair", "ORG", "Ryanair")] * 3


def test_a_one_word_person_never_named_in_full_is_dropped_unless_a_title_backs_it() -> None:
    assert names("The new version ships with Safari and Tiger.") == []
    assert names("Mr Hollins said the plan would work.") == [("Mr Hollins", "PER", "Hollins")]
