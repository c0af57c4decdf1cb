"""The event coder on sentences written here: type, mode, who, whom, where, when, modality, negation."""

from __future__ import annotations

from datetime import datetime

import kronika
from kronika.doc import Document, Span


def events(
    text: str,
) -> tuple[Document, list[tuple[str, str | None, list[str], list[str], str | None, str | None, str, bool]]]:
    document = kronika.analyze(text, published=datetime(2023, 9, 15))
    lemma = document.mentions
    return document, [
        (
            e.type,
            e.mode,
            [lemma[i].lemma for i in e.actors],
            [lemma[i].lemma for i in e.targets],
            lemma[e.location].lemma if e.location is not None else None,
            e.date,
            e.modality,
            e.negated,
        )
        for e in document.events
    ]


def test_a_meeting_with_its_parties_place_and_date() -> None:
    _, found = events("У вівторок Кім Чен Ин зустрівся з Володимиром Путіним у Владивостоці.")
    assert found == [
        ("CONSULT", "meet", ["Кім Чен Ин"], ["Володимир Путін"], "Владивосток", "2023-09-12", "asserted", False)
    ]


def test_readiness_is_not_a_meeting_that_happened() -> None:
    _, found = events("Байден готовий зустрітися з Кім Чен Ином.")
    assert [(kind, modality) for kind, _, _, _, _, _, modality, _ in found] == [("CONSULT", "hypothetical")]


def test_a_plan_and_a_denial_keep_their_modality_and_negation() -> None:
    _, planned = events("Кім Чен Ин планує відвідати Росію у вересні.")
    assert [(kind, modality) for kind, _, _, _, _, _, modality, _ in planned] == [("CONSULT", "planned")]
    _, denied = events("Путин не встретился с Байденом.")
    assert [(kind, negated) for kind, *_, negated in denied] == [("CONSULT", True)]


def test_without_a_dated_expression_the_publication_date_stands_in_approximately() -> None:
    document, found = events("Россия ввела санкции против Японии.")
    assert [kind for kind, *_ in found] == ["SANCTION"]
    assert document.events[0].date == "2023-09-15" and document.events[0].date_approximate


def test_a_time_expression_with_nothing_known_of_its_value_dates_no_event() -> None:
    document = kronika.analyze("Россия ввела санкции против Японии в прошлом месяце.")
    assert [t.value for t in document.times] == ["XXXX-XX"]  # no publication date to count from
    assert [(e.type, e.date, e.date_approximate) for e in document.events] == [("SANCTION", None, True)]


def test_eval_events_reads_the_annotations_and_the_shared_texts(kronika_command: str) -> None:
    import json
    import subprocess
    from pathlib import Path

    import pytest

    root = Path(__file__).resolve().parents[2]
    shared = root.parent / "shared" / "data"
    if not (shared / "bsnlp").is_dir():
        pytest.skip(f"the annotated sources are not at {shared}")
    result = subprocess.run(
        [
            kronika_command,
            "eval",
            "events",
            "--gold",
            str(root / "eval" / "events"),
            "--data",
            str(shared),
            "-f",
            "json",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = {(r["lang"], r["field"]): r for r in json.loads(result.stdout)}
    assert rows["all", "type"]["gold"] >= 170  # every annotated event was read back from its offsets
    assert {"ru", "uk", "en"} <= {lang for lang, _ in rows}


def test_a_noun_trigger_spans_its_light_verb_and_conjoined_subjects_act_together() -> None:
    _, found = events("Лидеры России и Китая провели переговоры в Пекине.")
    assert [(kind, mode, actors, location) for kind, mode, actors, _, location, *_ in found] == [
        ("CONSULT", "meet", ["Россия", "Китай"], "Пекин")
    ]


def test_a_genitive_on_a_noun_names_no_side_but_the_name_after_it_does() -> None:
    _, found = events("Джо Байден зустрівся з лідером Північної Кореї Кім Чен Ином.")
    assert [(actors, targets) for _, _, actors, targets, *_ in found] == [(["Джо Байден"], ["Кім Чен Ин"])]


def test_places_joined_to_a_place_are_places_too() -> None:
    _, found = events("Страйки пройшли в Італії, Іспанії та Бельгії.")
    assert [(kind, actors) for kind, _, actors, *_ in found] == [("PROTEST", [])]


def test_a_subject_after_the_verb_when_the_other_side_comes_first() -> None:
    _, found = events("У липні до КНДР приїздив міністр оборони РФ Сергій Шойгу.")
    assert [(kind, mode, actors) for kind, mode, actors, *_ in found] == [("CONSULT", "visit", ["Сергій Шойгу"])]


def test_english_phrasal_triggers_and_the_agent_of_a_passive() -> None:
    _, called = events("The European Union called on Russia to release the activists.")
    assert [(kind, actors, targets) for kind, _, actors, targets, *_ in called][:1] == [
        ("REQUEST", ["European Union"], ["Russia"])
    ]
    _, rejected = events("The proposal was rejected by the Pentagon on Monday.")
    assert [(kind, actors) for kind, _, actors, *_ in rejected] == [("REJECT", ["Pentagon"])]


def test_a_homograph_of_a_trigger_is_no_event() -> None:
    _, found = events("Компания Газпром получила рекордные прибыли в этом году.")
    assert found == []


def _parties(text: str) -> list[tuple[str, list[str], list[str]]]:
    """Each event's type with its actors and targets as written, named or not."""
    document = kronika.analyze(text, published=datetime(2023, 9, 15))
    spans = document.text

    def written(indices: list[int], phrases: list[Span]) -> list[str]:
        named = [spans[document.mentions[i].start : document.mentions[i].end] for i in indices]
        return named + [phrase.text_of(spans) for phrase in phrases]

    return [(e.type, written(e.actors, e.actor_phrases), written(e.targets, e.target_phrases)) for e in document.events]


def test_parties_that_are_no_name_are_kept_as_the_phrases_written() -> None:
    assert _parties("Радикалы призывают правительство уйти в отставку.") == [
        ("REQUEST", ["Радикалы"], ["правительство"])
    ]
    assert _parties("Правоохоронні органи затримали лідера партії.") == [
        ("COERCE", ["Правоохоронні органи"], ["лідера партії"])
    ]
    assert _parties("The government imposed sanctions on the airlines on Monday.") == [
        ("SANCTION", ["government"], ["airlines"])
    ]


def test_a_named_party_stays_a_mention_and_a_pronoun_speaks_for_the_one_who_said_it() -> None:
    document = kronika.analyze("GM said it was cancelling the deal with Magna.")
    [cancelled] = document.events
    assert [document.mentions[i].lemma for i in cancelled.actors] == ["GM"] and cancelled.actor_phrases == []


def test_an_object_in_the_accusative_before_the_verb_makes_the_phrase_after_it_the_subject() -> None:
    assert _parties("Лідера партії затримали правоохоронні органи.") == [
        ("COERCE", ["правоохоронні органи"], ["Лідера партії"])
    ]


def test_an_agreement_named_is_no_agreeing_and_cancelled_flights_are_no_concession() -> None:
    assert _parties("The deal had favored Boeing.") == []
    assert _parties("Ирландская авиакомпания Ryanair отменила 64 рейса в Испанию.") == []
    assert [kind for kind, *_ in _parties("Стороны достигли соглашения о прекращении огня.")] == ["AGREE"]


def test_what_is_asked_for_or_threatened_is_no_event_of_its_own() -> None:
    assert [kind for kind, *_ in _parties("Я прошу президента допомогти нам.")] == ["REQUEST"]
    assert [kind for kind, *_ in _parties("Посол пригрозил немецким компаниям санкциями.")] == ["THREATEN"]
    assert [kind for kind, *_ in _parties("The UAW refused to meet the demands.")] == ["REJECT"]


def test_an_event_takes_the_date_of_its_own_clause() -> None:
    document = kronika.analyze(
        "13 листопада Велика Британія і Євросоюз досягли угоди щодо Brexit, який відбудеться 29 березня 2019 року.",
        published=datetime(2023, 9, 15),
    )
    assert [(e.type, e.date) for e in document.events] == [("AGREE", "2023-11-13")]


def test_a_time_stamp_dates_no_event() -> None:
    document = kronika.analyze("13.01.2019 02:12 : Посол США пригрозил немецким компаниям санкциями")
    assert [(e.type, e.date, e.date_approximate) for e in document.events] == [("THREATEN", None, True)]


def test_an_hour_in_words_beside_a_date_is_no_time_stamp_and_the_event_takes_the_day() -> None:
    for text in (
        "В 4 утра 12 сентября российские войска обстреляли Киев.",
        "12 сентября в 4 утра российские войска обстреляли Киев.",
        "Российские войска обстреляли Киев 12 сентября в 14:30.",
    ):
        document = kronika.analyze(text, published=datetime(2023, 9, 15))
        assert [(e.type, e.date, e.date_approximate) for e in document.events] == [("FIGHT", "2023-09-12", False)]


def test_a_passive_subject_and_a_noun_genitive_of_what_is_done_to_someone_are_targets() -> None:
    assert _parties("Два министра были убиты боевиками.") == [("ASSAULT", ["боевиками"], ["Два министра"])]
    assert _parties("Про затримання клірика-ісламіста повідомили ЗМІ.") == [("COERCE", [], ["клірика-ісламіста"])]
    assert _parties("В стране начались протесты исламистов.") == [("PROTEST", ["исламистов"], [])]


def test_only_a_noun_is_carried_by_a_light_verb_and_never_across_a_comma() -> None:
    found = _parties("Пілоти вже проводили страйки, вимагаючи поліпшення оплати праці.")
    assert [kind for kind, *_ in found] == ["PROTEST", "DEMAND"]


def test_an_act_named_in_passing_takes_only_its_own_sides_or_reports_nothing() -> None:
    assert _parties("Авіакомпанія скасувала рейси через страйки.") == []
    assert _parties("Канцлер осудил возможность введения санкций против Ирана.") == [
        ("DISAPPROVE", ["Канцлер"], []),
        ("SANCTION", [], ["Ирана"]),
    ]
    assert _parties("Авиакомпания отменила рейсы из-за забастовки пилотов.") == [("PROTEST", ["пилотов"], [])]
    # what is said or known of is reported
    assert [kind for kind, *_ in _parties("Профсоюзы заявили о забастовке.")] == ["PROTEST"]


def test_a_verb_is_an_event_by_its_object() -> None:
    assert [kind for kind, *_ in _parties("The government sent troops to the border.")] == ["MOBILIZE"]
    assert _parties("The government sent troops to the border.")[0][2] == []  # the troops are no side
    assert [kind for kind, *_ in _parties("The plan had been killed by the Senate.")] == ["REJECT"]
    assert [kind for kind, *_ in _parties("Уряд виділив Україні кошти.")] == ["AID"]
    assert [kind for kind, *_ in _parties("Россия приостановила переговоры с Японией.")] == ["SANCTION"]
    assert _parties("The company sent letters to customers.") == []


def test_first_person_words_are_the_speakers_named_after_them() -> None:
    assert _parties("Я прошу президента допомогти нам, сказав Іван Петренко.") == [
        ("REQUEST", ["Іван Петренко"], ["президента"])
    ]


def test_what_is_demanded_or_promised_is_no_event_of_its_own() -> None:
    assert [kind for kind, *_ in _parties("Исламисты потребовали казни министра.")] == ["DEMAND"]
    assert [kind for kind, *_ in _parties("Власти передумали казнить заключенного.")] == ["CONCEDE"]


def test_an_act_in_a_relative_or_participial_clause_only_identifies_and_is_no_event() -> None:
    assert _parties("Жінка, якій суд скасував вирок, поїхала.") == []
    assert _parties("Хакери, які атакували агентство, були заарештовані поліцією.") == [("COERCE", ["поліцією"], [])]
    # A bracket closes the relative clause; an English relative is read from the parse, with no commas.
    assert _parties("Хакеры (которых ранее связывали с Россией) атаковали агентство.") == [("FIGHT", [], ["агентство"])]
    assert _parties("Officials who spoke on condition of anonymity said police arrested 20 people.") == [
        ("COERCE", ["police"], ["20 people"])
    ]
    assert [kind for kind, *_ in _parties("He is the second player this month to be arrested for DUI.")] == ["COERCE"]
    assert _parties("Полиция освободила христианку, обвиненную мусульманками.") == [
        ("CONCEDE", ["Полиция"], ["христианку"])
    ]
    assert _parties("Boeing hailed an agreement reached between the two companies in 1991.") == [
        ("SUPPORT", ["Boeing"], [])
    ]


def test_a_received_act_goes_from_the_sender_to_the_receiver() -> None:
    assert _parties("Boeing received a congratulatory letter from Airbus.") == [("SUPPORT", ["Airbus"], ["Boeing"])]


def test_a_pronoun_subject_stands_for_the_earlier_subject_of_its_gender() -> None:
    assert _parties("Руководство компании заявило, что оно уже дало профсоюзу предложения.") == [
        ("AGREE", ["Руководство компании"], ["профсоюзу"])
    ]


def test_a_concession_or_refusal_is_done_to_the_object_of_what_it_is_about() -> None:
    assert _parties("Власти передумали казнить пленника.") == [("CONCEDE", ["Власти"], ["пленника"])]


def test_an_evaluation_in_quoted_words_is_the_speakers_of_its_subject() -> None:
    assert _parties("`` Apple's conduct is completely unacceptable, '' said minister John Smith.") == [
        ("DISAPPROVE", ["John Smith"], ["Apple"])
    ]


def test_calling_something_a_mistake_is_disapproval() -> None:
    assert [kind for kind, *_ in _parties("Министр назвал решение правительства ошибкой.")] == ["DISAPPROVE"]
    assert [kind for kind, *_ in _parties("The minister called the decision a disgrace.")] == ["DISAPPROVE"]
    assert _parties("Министр назвал имя победителя.") == []


def test_a_sentence_without_a_date_follows_the_day_its_paragraph_told_last() -> None:
    document = kronika.analyze(
        "У вівторок, 12 вересня, потяг прибув до Росії. Кім Чен Ин і Путін провели зустріч.\n\n"
        "Кім Чен Ин зустрівся з Шойгу.",
        published=datetime(2023, 9, 15),
    )
    meetings = [(e.date, e.date_approximate, e.date_carried) for e in document.events if e.type == "CONSULT"]
    # The second paragraph starts afresh: its meeting is dated by the publication.
    assert meetings[-2:] == [("2023-09-12", True, True), ("2023-09-15", True, False)]


def test_whose_vehicle_or_statement_the_subject_is_acts_and_a_title_names_the_person_told_before() -> None:
    _, owned = events("Бронепотяг Кім Чен Ина прибув до Росії.")
    assert [(kind, actors) for kind, _, actors, *_ in owned] == [("CONSULT", ["Кім Чен Ин"])]
    _, titled = events(
        "Лідер КНДР Кім Чен Ин виїхав з Пхеньяна. Бронепотяг північнокорейського лідера прибув до Росії."
    )
    assert ("CONSULT", ["Кім Чен Ин"]) in [(kind, actors) for kind, _, actors, *_ in titled]


def test_supplies_are_aid_only_by_what_is_supplied() -> None:
    _, trade = events("Компания будет поставлять нефть в Китай.")
    _, arms = events("Литва поставила Украине оружие.")
    assert trade == []
    assert [kind for kind, *_ in arms] == ["AID"]


def test_a_purchase_is_an_agreement_between_buyer_and_seller() -> None:
    _, found = events("Toyota will purchase a stake in Suzuki.")
    assert [(kind, actors) for kind, _, actors, *_ in found] == [("AGREE", ["Toyota"])]


def test_what_a_request_asks_for_is_not_reported() -> None:
    _, asked_for = events("The airline asked the government for more aid.")
    _, asked_that = events("The minister recommended that local airlines purchase aircraft from Boeing.")
    assert [kind for kind, *_ in asked_for] == ["REQUEST"]
    assert [kind for kind, *_ in asked_that] == ["REQUEST"]


def test_an_english_noun_under_a_preposition_with_no_sides_is_named_in_passing() -> None:
    _, found = events("Talks about the bailout broke down on Monday.")
    assert "AID" not in [kind for kind, *_ in found]


def test_who_reports_an_event_is_no_side_of_it() -> None:
    _, found = events("Пилоты объявили забастовку, сообщает агентство Reuters.")
    assert [(kind, targets) for kind, _, _, targets, *_ in found] == [("PROTEST", [])]


def test_blocking_a_road_is_a_protest_and_blocking_a_project_a_rejection() -> None:
    _, road = events("Около 2 тыс. сторонников исламистов блокировали ключевую дорогу.")
    _, project = events("Дания может заблокировать строительство газопровода.")
    assert [kind for kind, *_ in road] == ["PROTEST"]
    assert [kind for kind, *_ in project] == ["REJECT"]


def kinds(text: str) -> list[str]:
    return [kind for kind, *_ in events(text)[1]]


def test_cameo_words_in_both_aspects_and_as_nouns() -> None:
    # 13 threaten: a warning in either aspect, and its noun; 02 appeal: a petition.
    assert kinds("Влада попередила профспілку про звільнення.") == ["THREATEN"]
    assert kinds("Профспілка попереджала уряд.") == ["THREATEN"]
    assert kinds("Росія направила Японії попередження.") == ["THREATEN"]
    assert kinds("Оппозиция подала ходатайство в Верховный суд.") == ["REQUEST"]


def test_cameo_verbs_that_name_their_event_by_the_object() -> None:
    # 06 joint effort, 087 ceasefire, 196 its violation, 19 fire opened, 09 a case opened: one verb beginning
    # ("відкрили") serves two events by what it acts on.
    assert kinds("Россия и Китай объединили усилия против терроризма.") == ["COOPERATE"]
    assert kinds("Військові відкрили вогонь по колоні.") == ["FIGHT"]
    assert kinds("Поліція відкрила кримінальне провадження.") == ["INVESTIGATE"]
    assert kinds("Сирия нарушила режим прекращения огня.") == ["FIGHT"]


def test_english_cameo_phrases_and_phrasal_verbs() -> None:
    # 161 a phrasal verb by its object, 02 an invitation extended, 12 ruled out, 171 nationalized.
    assert kinds("Venezuela broke off relations with Colombia.") == ["SANCTION"]
    assert kinds("Jobs extended an invitation to the Beatles.") == ["REQUEST"]
    assert kinds("The government ruled out a second referendum.") == ["REJECT"]
    assert kinds("Bolivia will nationalize the gas fields.") == ["COERCE"]


def test_a_clause_of_purpose_is_what_the_event_is_for_unless_someone_new_takes_part() -> None:
    _, purpose = events(
        "Байден готовий зустрітися з Кім Чен Ином, щоб обговорити денуклеаризацію Корейського півострова."
    )
    assert [(kind, targets) for kind, _, _, targets, *_ in purpose] == [("CONSULT", ["Кім Чен Ин"])]
    _, another = events("Кім Чен Ин зустрівся з Путіним, а потім поїхав до Пекіна, щоб зустрітися з Сі Цзіньпіном.")
    assert [kind for kind, *_ in another] == ["CONSULT", "CONSULT"]


def test_a_plural_verb_of_saying_with_no_subject_is_said_by_the_institution_it_is_said_in() -> None:
    assert _parties("У ЄС заявили про підтримку угоди.") == [("SUPPORT", ["ЄС"], [])]
    assert _parties("В компании предупредили о забастовке.") == [("THREATEN", ["компании"], [])]
    assert _parties("У Міноборони заявили, що обстріли тривають.") == [("FIGHT", ["Міноборони"], [])]


def test_whoever_reports_an_act_with_no_party_of_its_own_does_it() -> None:
    assert _parties("Профсоюзы заявили, что забастовки продолжатся.") == [("PROTEST", ["Профсоюзы"], [])]
    assert _parties("Профспілки заявили, що страйки можуть продовжитися.") == [("PROTEST", ["Профспілки"], [])]
    assert _parties("The unions said strikes could continue.") == [("PROTEST", ["unions"], [])]


def test_a_name_in_quotes_after_a_noun_is_what_the_noun_is_called_and_stays_in_its_phrase() -> None:
    assert _parties("Лидера партии «Единая Россия» задержала полиция.") == [
        ("COERCE", ["полиция"], ["Лидера партии «Единая Россия"])
    ]
    assert _parties("Поліція затримала лідера партії «Техрік-є-Лабаік Пакистан».") == [
        ("COERCE", ["Поліція"], ["лідера партії «Техрік-є-Лабаік Пакистан"])
    ]
    assert _parties('Police detained the leader of the "Tehreek-e-Labaik Pakistan" party, Khadim Hussain Rizvi.') == [
        ("COERCE", ["Police"], ["Khadim Hussain Rizvi"])
    ]


def test_a_name_after_a_title_and_the_phrases_that_qualify_it_is_who_holds_the_title() -> None:
    assert _parties("Министр по делам меньшинств Шахбаз Бхатти был убит в 2011 году.") == [
        ("ASSAULT", [], ["Шахбаз Бхатти"])
    ]
    assert _parties("Міністр у справах меншин Олег Петренко зустрівся з послом.") == [
        ("CONSULT", ["Олег Петренко"], ["послом"])
    ]
    assert _parties("The Minister for Minorities Shahbaz Bhatti met the ambassador.") == [
        ("CONSULT", ["Shahbaz Bhatti"], ["ambassador"])
    ]


def test_where_a_company_is_based_qualifies_it_and_is_no_party() -> None:
    assert _parties("The Air Force selected Los Angeles based Northrop Grumman.") == [
        ("AGREE", ["Air Force"], ["Northrop Grumman"])
    ]
    assert _parties("The Pentagon signed a contract with Detroit-based General Motors.") == [
        ("AGREE", ["Pentagon"], ["General Motors"])
    ]


def test_a_name_inside_the_actors_phrase_qualifies_the_actor_and_is_no_target() -> None:
    assert _parties("Сегодня бастуют пилоты авиакомпании Ryanair.") == [
        ("PROTEST", ["пилоты авиакомпании Ryanair"], [])
    ]
    assert _parties("Пілоти авіакомпанії Ryanair страйкують у Німеччині.") == [
        ("PROTEST", ["Пілоти авіакомпанії Ryanair"], [])
    ]
    assert _parties("Pilots of Ryanair went on strike in Germany.") == [("PROTEST", ["Pilots of Ryanair"], [])]


def test_after_a_verb_that_takes_no_object_a_phrase_in_the_nominative_or_accusative_is_its_subject() -> None:
    assert _parties("Сегодня бастуют профсоюзы.") == [("PROTEST", ["профсоюзы"], [])]
    assert _parties("В Москве протестуют профсоюзы аэропорта.") == [("PROTEST", ["профсоюзы аэропорта"], [])]
    # No Ukrainian case: the Ukrainian dictionary marks no verb as taking no object.
    assert _parties("The unions of the airport protested in Moscow.") == [("PROTEST", ["unions of the airport"], [])]


def test_a_verbal_act_in_the_plural_with_no_subject_is_the_institutions_it_is_said_in() -> None:
    assert _parties("В МИД России осудили решение Вашингтона.") == [("DISAPPROVE", ["МИД России"], ["Вашингтона"])]
    assert _parties("У Кремлі відкинули пропозицію Києва.") == [("REJECT", ["Кремлі"], ["Києва"])]
    # A physical act there happened in the place; English names a subject.
    _, found = events("В Лондоне бастовали врачи.")
    assert [(kind, location) for kind, _, _, _, location, *_ in found] == [("PROTEST", "Лондон")]
    assert _parties("The ministry condemned Washington.") == [("DISAPPROVE", ["ministry"], ["Washington"])]


def test_an_act_someone_is_ready_for_is_offered_by_them() -> None:
    ru = "Профсоюзы заявили, что готовы к переговорам с руководством компании."
    assert _parties(ru) == [("CONSULT", ["Профсоюзы"], ["руководством компании"])]
    uk = "Уряд заявив, що готовий до переговорів з профспілками."
    assert _parties(uk) == [("CONSULT", ["Уряд"], ["профспілками"])]
    en = "The unions said they were ready for talks with the company."
    assert _parties(en) == [("CONSULT", ["unions"], ["company"])]
    assert [modality for text in (ru, uk, en) for *_, modality, _ in events(text)[1]] == ["hypothetical"] * 3


def test_an_event_whose_phase_is_told_is_reported_unless_the_phase_is_named_in_passing() -> None:
    assert _parties("Французские железнодорожники заявили о продолжении забастовок.") == [
        ("PROTEST", ["Французские железнодорожники"], [])
    ]
    assert _parties("Працівники оголосили про продовження страйку.") == [("PROTEST", ["Працівники"], [])]
    # "к продолжению переговоров" is what the invitation is to, no talks reported.
    assert _parties("Компания пригласила профсоюзы к продолжению переговоров.") == [
        ("REQUEST", ["Компания"], ["профсоюзы"])
    ]
    assert _parties("The workers continued the strike.") == [("PROTEST", ["workers"], [])]


def test_a_request_a_verb_or_a_letter_carries_under_a_preposition_is_reported() -> None:
    assert _parties("Президент обратился к парламенту с просьбой ускорить реформу.") == [
        ("REQUEST", ["Президент"], ["парламенту"])
    ]
    assert _parties("Уряд звернувся до ЄС з проханням надати допомогу.") == [("REQUEST", ["Уряд"], ["ЄС"])]
    assert _parties("The government turned to the EU with a request for aid.") == [("REQUEST", ["government"], ["EU"])]


def test_a_frame_before_the_clause_names_who_acts_in_an_event_with_no_party_of_its_own() -> None:
    assert _parties("Согласно заявлению профсоюзов, забастовка состоится в пятницу.") == [
        ("PROTEST", ["профсоюзов"], [])
    ]
    assert _parties("За словами Ryanair, переговори продовжаться.") == [("CONSULT", ["Ryanair"], [])]
    assert _parties("According to the unions, talks with the company will resume.") == [
        ("CONSULT", ["unions"], ["company"])
    ]
    # A passive names its actor by "by" or not at all; "по его словам" names no one here.
    assert _parties("According to Ryanair, the deal was signed on Friday.") == [("AGREE", [], [])]
    assert _parties("По его словам, забастовка состоится в пятницу.") == [("PROTEST", [], [])]


def test_every_party_a_conjunction_joins_to_the_actor_acts() -> None:
    assert _parties("Пілоти Ryanair і бортпровідники оголосили страйк.") == [
        ("PROTEST", ["Пілоти Ryanair", "бортпровідники"], [])
    ]
    assert _parties("Пилоты и бортпроводники Ryanair объявили забастовку.") == [
        ("PROTEST", ["Пилоты", "бортпроводники Ryanair"], [])
    ]
    assert _parties("The unions and the government signed an agreement.") == [("AGREE", ["unions", "government"], [])]
    # A conjunction right after a genitive joins the genitives: whose leaders.
    assert _parties("Лидеры РФ и КНДР провели переговоры.") == [("CONSULT", ["РФ", "КНДР"], [])]


def test_who_reports_an_event_is_found_across_a_relative_clause_about_them() -> None:
    assert _parties("Профсоюзы, в которые входят пилоты Ryanair, заявили, что забастовка состоится.") == [
        ("PROTEST", ["Профсоюзы"], [])
    ]
    assert _parties("Профспілки, до яких входять пілоти Ryanair, заявили, що страйк відбудеться.") == [
        ("PROTEST", ["Профспілки"], [])
    ]
    assert _parties("The unions, which represent Ryanair pilots, said that the strike would go ahead.") == [
        ("PROTEST", ["unions"], [])
    ]


def test_a_count_in_words_heads_the_phrase_of_what_it_counts() -> None:
    # The Ukrainian dictionary reads "сім" first as a form of "сей".
    assert _parties("Сім профспілок оголосили страйк.") == [("PROTEST", ["Сім профспілок"], [])]
    assert _parties("Семь профсоюзов объявили забастовку.") == [("PROTEST", ["Семь профсоюзов"], [])]
    assert _parties("Seven unions declared a strike.") == [("PROTEST", ["Seven unions"], [])]


def test_a_date_between_the_holding_of_a_strike_and_the_strike_does_not_make_it_named_in_passing() -> None:
    found = _parties("Бортпровідники Ryanair оголосили про проведення 28 вересня страйку в шести країнах.")
    assert found == [("PROTEST", ["Бортпровідники Ryanair"], [])]
    _, in_passing = events("Пассажиры опоздали из-за 28 сентября забастовки.")
    assert in_passing == []


def test_agreement_denied_with_a_view_is_disapproval() -> None:
    _, found = events("Мей не погодилася з планом Джонсона.")
    assert [(kind, actors, targets, negated) for kind, _, actors, targets, *_, negated in found] == [
        ("DISAPPROVE", ["Мей"], ["Джонсон"], False)
    ]
    _, unsigned = events("Путин не согласился подписать договор.")
    assert [(kind, negated) for kind, *_, negated in unsigned] == [("AGREE", True)]
    _, not_signed = events("Россия не подписала с Украиной соглашение о транзите.")
    assert [(kind, negated) for kind, *_, negated in not_signed] == [("AGREE", True)]


def test_an_act_agreed_not_to_be_done_is_reported_as_refused() -> None:
    _, found = events("Країни ЄС домовилися не поновлювати переговори з Лондоном.")
    assert [(kind, modality, negated) for kind, *_, modality, negated in found] == [
        ("AGREE", "asserted", False),
        ("CONSULT", "refused", False),
    ]
    _, not_held = events("Країни погодилися, але не провели переговорів.")
    assert [(kind, modality, negated) for kind, *_, modality, negated in not_held][1:] == [
        ("CONSULT", "asserted", True)
    ]


def test_the_seller_named_inside_what_was_bought_is_the_target() -> None:
    _, found = events("Qatar Airways will purchase 20 of Boeing's larger 777 planes.")
    assert [(kind, actors, targets) for kind, _, actors, targets, *_ in found] == [
        ("AGREE", ["Qatar Airways"], ["Boeing"])
    ]


def test_an_english_noun_joined_to_one_under_a_preposition_is_named_in_passing_too() -> None:
    _, found = events("Ford kept a stake for joint ventures and other partnerships.")
    assert found == []


def test_a_group_noun_is_a_side_and_a_request_carried_by_a_verb_goes_to_whom_it_turns() -> None:
    assert _parties("Родина журналіста звернулася до уряду з проханням про допомогу.") == [
        ("REQUEST", ["Родина журналіста"], ["уряду"])
    ]
    fronted = _parties("С требованием смягчить наказание к властям Пакистана обращались профсоюзы.")
    assert [targets for _, _, targets in fronted] == [["властям Пакистана"]]


def test_an_english_participle_describing_a_noun_reports_no_act() -> None:
    _, described = events("The EU added the airline to the list of air carriers banned in the EU.")
    assert "COERCE" not in [kind for kind, *_ in described]
    _, identifying = events("Apple says the store violates an agreement reached between the two companies in 1991.")
    assert "AGREE" not in [kind for kind, *_ in identifying]


def test_going_into_an_act_reports_it_a_date_between_read_past() -> None:
    _, struck = events("Профспілки вийшли у п'ятницю на страйк.")
    assert [(kind, modality) for kind, *_, modality, _ in struck] == [("PROTEST", "asserted")]
    _, conceded = events("Тереза Мэй идет на значительные уступки Брюсселю.")
    assert [(kind, actors, targets) for kind, _, actors, targets, *_ in conceded] == [
        ("CONCEDE", ["Тереза Мэй"], ["Брюссель"])
    ]


def test_a_capitalised_first_word_can_hold_an_act_named_in_passing() -> None:
    _, found = events("Дата переговорів була визначена сторонами.")
    assert "CONSULT" not in [kind for kind, *_ in found]


def test_words_for_people_and_participles_describing_an_agreement_report_no_act() -> None:
    _, accuser = events("По утверждению обвинительницы, Биби ответила на эту фразу.")
    assert "ACCUSE" not in [kind for kind, *_ in accuser]
    _, strikers = events("Авиакомпания может попытаться заменить бастующих пилотами из Польши.")
    assert "PROTEST" not in [kind for kind, *_ in strikers]
    _, described = events("Уряд намагається захистити досягнуту з Брюсселем угоду.")
    assert "AGREE" not in [kind for kind, *_ in described]
    _, reported = events("Соглашение было достигнуто в пятницу.")
    assert [kind for kind, *_ in reported] == ["AGREE"]


def test_a_passive_with_its_subject_after_the_verb_is_done_to_that_subject() -> None:
    assert _parties("Из пакистанской тюрьмы была освобождена христианка Асия Биби.") == [
        ("CONCEDE", [], ["христианка Асия Биби"])
    ]


def test_a_passive_further_back_than_its_clause_is_done_to_the_subject_it_agrees_with() -> None:
    aside = "Гражданка Пакистана Азия Биби, оправданная по обвинению в оскорблении ислама, была отпущена из тюрьмы."
    assert _parties(aside) == [("CONCEDE", [], ["Гражданка Пакистана Азия Биби"])]
    # A thing as the subject is no party.
    assert _parties("Как сообщила Би-би-си, полеты будут отменены.") == [("CONCEDE", [], [])]


def test_a_threat_is_made_to_whom_the_threatened_act_is_done() -> None:
    _, found = events("Тереза Мэй пригрозила уволить главу МИД.")
    assert [(kind, actors, targets) for kind, _, actors, targets, *_ in found] == [
        ("THREATEN", ["Тереза Мэй"], ["МИД"])
    ]


def test_a_name_after_with_in_the_genitive_is_where_from_not_the_other_side() -> None:
    _, defended = events("Тереза Мей виступила на захист проекту угоди про вихід Великобританії з Євросоюзу.")
    assert [(kind, targets) for kind, _, _, targets, *_ in defended] == [("SUPPORT", [])]
    _, agreed = events("Україна домовилася з Польщею.")
    assert [(kind, targets) for kind, _, _, targets, *_ in agreed] == [("AGREE", ["Польща"])]


def test_english_participle_before_a_noun_describes_and_a_subject_name_the_recognizer_missed_is_a_side() -> None:
    _, described = events("Two accused gangbangers went on trial Wednesday.")
    assert "ACCUSE" not in [kind for kind, *_ in described]
    assert _parties("Hiller was taken into custody after a standoff.") == [("COERCE", [], ["Hiller"])]
    assert _parties("A woman was arrested on Friday.") == [("COERCE", [], ["woman"])]


def test_killing_and_shooting_are_assaults_the_death_penalty_is_no_act() -> None:
    assert [kind for kind, *_ in _parties("The gunman burst in, killing a police officer.")] == ["ASSAULT"]
    assert [kind for kind, *_ in _parties("The officer was shot by the gunman.")] == ["ASSAULT"]
    assert _parties("Суд отменил смертную казнь христианки.") == [("CONCEDE", ["Суд"], ["христианки"])]


def test_talks_between_sides_have_every_side_as_actor_and_no_target() -> None:
    assert _parties("Переговоры между Россией и Украиной прошли в Брюсселе.") == [
        ("CONSULT", ["Россией", "Украиной"], [])
    ]
    nested = "Зупинка збіглася з переговорами з питань взаємодії в газовій сфері між Росією, Україною і Єврокомісією."
    assert _parties(nested) == [("CONSULT", ["Росією", "Україною", "Єврокомісією"], [])]
    assert _parties("Talks between Russia and Ukraine took place in Brussels.") == [
        ("CONSULT", ["Russia", "Ukraine"], [])
    ]


def test_obliging_is_demanding_and_approving_a_deal_agrees_to_it() -> None:
    assert _parties("Брюссель зобов'язав Лондон платити внески.") == [("DEMAND", ["Брюссель"], ["Лондон"])]
    assert _parties("Суд обязал Газпром выплатить долг.") == [("DEMAND", ["Суд"], ["Газпром"])]
    assert [kind for kind, *_ in _parties("Уряд Великої Британії затвердив угоду про Brexit.")] == ["AGREE"]
    assert [kind for kind, *_ in _parties("The Senate approved the treaty on Friday.")] == ["AGREE"]


def test_a_thing_named_in_its_base_form_after_the_verb_can_be_its_object() -> None:
    assert _parties("Нафтогаз звинуватив Газпром у маніпуляціях.") == [("ACCUSE", ["Нафтогаз"], ["Газпром"])]
    assert _parties("Депутати закликали Євросоюз не допустити будівництва.") == [
        ("REQUEST", ["Депутати"], ["Євросоюз"])
    ]


def test_a_participle_describing_the_act_names_its_agent_in_the_instrumental() -> None:
    cause = "Через страйк, оголошений пілотами авіакомпанії Ryanair, лоукостеру довелося скасувати 150 рейсів."
    assert [(kind, actors) for kind, actors, _ in _parties(cause)] == [("PROTEST", ["пілотами авіакомпанії Ryanair"])]
    assert _parties("Страйк, оголошений пілотами, триває третій день.") == [("PROTEST", ["пілотами"], [])]


def test_releasing_a_thing_and_cancelling_flights_are_no_acts() -> None:
    assert _parties("Microsoft released a critical security patch on Wednesday.") == []
    assert _parties("Sales rose, according to figures released April 3 by NPD Group.") == []
    assert _parties("The rebels released two hostages.") == [("CONCEDE", ["rebels"], ["two hostages"])]
    assert _parties("Ryanair також скасує у цей день 20 рейсів з/до Ірландії.") == []
    assert _parties("Мы сожалеем, что рейсы сегодня были отменены.") == []
    assert _parties("Flights were cancelled on Friday.") == []
    # The subject of the passive is the ban, not the flights under its preposition.
    assert _parties("The ban on flights to Georgia was cancelled by Russia.") == [("REJECT", ["Russia"], [])]


def test_a_regulator_approving_a_product_s_use_is_a_permit_not_support() -> None:
    assert _parties("Британія схвалила використання вакцини від коронавірусу.") == []
    assert [kind for kind, *_ in _parties("Британия одобрила план Евросоюза.")] == ["SUPPORT"]


def test_court_decisions_and_aid_provided_by_their_objects() -> None:
    assert [kind for kind, *_ in _parties("Верховный суд страны смертный приговор подтвердил.")] == ["COERCE"]
    assert _parties("Суд назначил ей штраф.") == [("COERCE", ["Суд"], ["ей"])]
    # Not past a comma: the lawyer confirms no verdict; a quarantine set is no penalty.
    assert "COERCE" not in [kind for kind, *_ in _parties("Адвокат подтвердил, что приговор будет обжалован.")]
    assert _parties("Уряд призначив карантин до кінця місяця.") == []


def test_named_members_stand_for_their_group_and_joined_objects_are_all_targets() -> None:
    members = "Эту работу блокировали две страны, прежде председательствовавшие в ЕС — Австрия и Болгария."
    assert _parties(members) == [("REJECT", ["Австрия", "Болгария"], [])]
    killed = "Два политика - губернатор Салман Тасиир и министр Шахбаз Бхатти - были убиты в 2011 году."
    assert [(kind, len(targets)) for kind, _, targets in _parties(killed)] == [("ASSAULT", 2)]
    assert _parties("Компания пригрозила бортпроводникам и пилотам увольнениями.") == [
        ("THREATEN", ["Компания"], ["бортпроводникам", "пилотам"])
    ]


def test_a_ukrainian_possessive_before_its_noun_is_part_of_the_phrase() -> None:
    sentence = (
        "Родина Азії Бібі, засудженої до страти, побоюється за свою безпеку та просить західні країни про притулок."
    )
    assert [(kind, targets) for kind, _, targets in _parties(sentence)] == [("REQUEST", ["західні країни"])]


def test_an_act_received_is_done_to_the_receiver_by_whom_it_comes_from() -> None:
    assert _parties("Ей удалось заручиться поддержкой правительства по этому вопросу.") == [
        ("SUPPORT", ["правительства"], ["Ей"])
    ]
    assert _parties("Украина получила помощь от Евросоюза.") == [("AID", ["Евросоюза"], ["Украина"])]
    assert _parties("Ранее они получили угрозы в свой адрес.") == [("THREATEN", [], ["они"])]
    # A verbal adverb's subject is its main clause's.
    assert _parties("Берлін просуває проект, заручившись підтримкою союзників.") == [
        ("SUPPORT", ["союзників"], ["Берлін"])
    ]


def test_what_a_noun_does_to_someone_is_done_to_the_owner_of_its_object_or_the_pronoun_before_it() -> None:
    seized = "Швейцарський суд не відновив арешт акцій Nord Stream AG."
    assert _parties(seized) == [("COERCE", ["Швейцарський суд"], ["Nord Stream AG"])]
    assert _parties("Полиция сообщила о его задержании.") == [("COERCE", ["Полиция"], ["его"])]
    assert _parties("Суд продлил арест имущества бывшего министра.") == [("COERCE", ["Суд"], ["бывшего министра"])]


def test_the_new_party_rules_leave_ordinary_sentences_alone() -> None:
    # An agency's credit after a dash names no member of a group, and a subject after the verb stays the actor.
    assert _parties("Полиция задержала десятки демонстрантов — ТАСС.") == [("COERCE", ["Полиция"], [])]
    assert _parties("Вчера осудил Кремль решение Украины.") == [("DISAPPROVE", ["Кремль"], ["Украины"])]
    # Who dispersed a protest did not protest; a relative clause earlier is not the passive's.
    assert ("PROTEST", [], []) in _parties("Протест, разогнанный полицией, продолжался три часа.")
    sanctions = _parties("Министр, который прибыл в Киев, заявил: санкции будут сняты.")
    assert ("CONCEDE", [], []) in sanctions
    # A named person heading the phrase acts; a product's name is no party.
    assert _parties("Лидер оппозиции Алексей Навальный объявил голодовку.") == [("PROTEST", ["Алексей Навальный"], [])]
    assert _parties("Windows 11 was released on Tuesday.") == []
    # "Between" after a phrase of place places the act and names no sides.
    assert ("PROTEST", ["Польшей", "Беларусью"], []) not in _parties(
        "Протесты на границе между Польшей и Беларусью продолжаются."
    )


def test_what_someone_is_charged_with_is_no_act_reported_and_english_people_are_sides() -> None:
    assert _parties("A trial date has been set in the case of a son accused of killing his mother.") == []
    assert _parties("Полиция задержала мужчину, подозреваемого в убийстве.") == [("COERCE", ["Полиция"], ["мужчину"])]
    assert _parties("Business owners have accused the police of failing to protect them.") == [
        ("ACCUSE", ["Business owners"], ["police"])
    ]


def test_a_participle_after_a_form_of_to_be_reports_the_act_done_to_its_subject() -> None:
    assert _parties("Двоє політиків були вбиті в Пакистані.") == [("ASSAULT", [], ["Двоє політиків"])]
    assert _parties("Іван Петренко був заарештований у понеділок.") == [("COERCE", [], ["Петренко"])]
    assert _parties("Двоє політиків були жорстоко вбиті.") == [("ASSAULT", [], ["Двоє політиків"])]
    # After a predicate in the instrumental the form is a copula and the participle describes.
    assert _parties("Головним підозрюваним був затриманий у понеділок чоловік.") == []
    # Further back, the form of "быть" belongs to another phrase: "the accused" names a person, no act.
    assert _parties("Организатором был сын обвиняемого Кирилл.") == []


def test_a_noun_counted_by_a_numeral_is_a_party_in_the_numerals_case() -> None:
    # "политика" after "два" is the genitive of "политик", not "politics"; "троє" is no vocative of "Troy".
    assert _parties("В Пакистане два политика были убиты.") == [("ASSAULT", [], ["два политика"])]
    assert _parties("В Києві були затримані троє активістів.") == [("COERCE", [], ["троє активістів"])]
    assert _parties("Забастовку объявили сразу несколько профсоюзов.") == [("PROTEST", ["несколько профсоюзов"], [])]


def test_names_listed_in_an_oblique_case_continue_the_clause() -> None:
    asked = "Иван Петров обратился к властям Великобритании, США и Канады с просьбой об убежище."
    assert [(kind, actors) for kind, actors, _ in _parties(asked)] == [("REQUEST", ["Иван Петров"])]
    talks = "Зупинка пов'язана з переговорами між Росією, Україною і Європейською комісією."
    assert _parties(talks) == [("CONSULT", ["Росією", "Україною", "Європейською комісією"], [])]
    # A name after a frame's comma opens the clause, with no conjunction to list it.
    assert _parties("По мнению Лондона, России нужно договориться с Ираном.") == [("AGREE", ["России"], ["Ираном"])]


def test_a_name_is_read_in_the_case_of_its_own_base_form() -> None:
    # "Ангелу" is the accusative of "Ангела" (the likelier reading is the dative of "ангел"), so it is the title's.
    asked = "Володимир Зеленський попросив канцлерку Німеччини Ангелу Меркель врахувати інтереси України."
    assert _parties(asked) == [("REQUEST", ["Володимир Зеленський"], ["Ангелу Меркель"])]


def test_who_turns_with_a_request_may_follow_the_verb_that_carries_it() -> None:
    assert _parties("С просьбой о помощи к властям обратились жители города.") == [
        ("REQUEST", ["жители города"], ["властям"])
    ]


def test_the_other_side_of_a_deal_is_whom_the_goods_come_from() -> None:
    assert _parties("Airbus has won an order from Qatar Airways for up to 60 jets.") == [
        ("AGREE", ["Airbus"], ["Qatar Airways"])
    ]
    signed = "Україна підписала договір про постачання вакцини від китайської компанії Sinovac Biotech."
    assert _parties(signed) == [("AGREE", ["Україна"], ["Sinovac Biotech"])]
    # A place after "от" is no seller.
    independence = "Украина подписала соглашение об энергетической независимости от России."
    assert _parties(independence) == [("AGREE", ["Украина"], [])]


def test_a_clause_after_the_trigger_is_its_content_and_names_no_side() -> None:
    # The subject of the "что" clause neither acts nor is acted on; a side before the clause still is.
    assert _parties("В своем обращении к Мэй Джонсон предупредил, что Британия скоро превратится в колонию.") == [
        ("THREATEN", ["Джонсон"], [])
    ]
    assert _parties("Президент РФ Владимир Путин заверил, что транзит сохранится.") == [
        ("AGREE", ["Владимир Путин"], [])
    ]
    assert _parties("Путин заверил Меркель, что транзит сохранится.") == [("AGREE", ["Путин"], ["Меркель"])]


def test_an_act_against_a_partys_plans_is_against_the_party_unless_the_thing_is_an_act() -> None:
    protest = "Борис Джонсон ушел в отставку в знак протеста против планов правительства."
    assert _parties(protest) == [("DISAPPROVE", ["Борис Джонсон"], ["правительства"])]
    # The release is what is opposed, and a juror does not own the process that selects him.
    released = "В пятницу продолжились демонстрации против освобождения христианки."
    assert ("PROTEST", [], []) in _parties(released)
    jurors = "Вера и Илья Политковские выражают протест против процесса отбора присяжных."
    assert [targets for _, _, targets in _parties(jurors)] == [[]]


def test_a_warning_about_an_act_is_made_to_whom_the_act_is_done() -> None:
    warned = "У компанії попередили про можливі звільнення співробітників."
    assert _parties(warned) == [("THREATEN", ["компанії"], ["співробітників"])]
    # What a decree is about names no side of the signing, and an agreement's subject is all its sides.
    assert ("AGREE", ["Путин"], []) in _parties("Путин подписал указ об освобождении предпринимателя.")
    assert ("AGREE", ["Москва", "Киев"], []) in _parties("Москва и Киев договорились об освобождении моряков.")


def test_who_acts_during_talks_with_a_side_takes_part_in_them() -> None:
    met = "Про це він заявив у ході зустрічі з послами країн ЄС."
    assert _parties(met) == [("CONSULT", ["він"], ["послами країн ЄС"])]
    at = "Правительство объявило об этом на переговорах с лидерами партии."
    assert ("CONSULT", ["Правительство"], ["лидерами партии"]) in _parties(at)
    # "на" with the accusative is where one looks or goes, not during.
    assert _parties("Аналитики указывают на переговоры с Россией.") == [("CONSULT", [], ["Россией"])]


def test_a_verb_that_begins_like_a_carried_noun_reports_the_act() -> None:
    assert _parties("Правительство договорилось с Брюсселем.") == [("AGREE", ["Правительство"], ["Брюсселем"])]
    assert _parties("Договор о поставках газа истекает в декабре.") == []


def test_a_word_of_need_makes_the_dative_the_doer_of_the_infinitive() -> None:
    assert _parties("Нам все ще треба буде обговорювати остаточну угоду.") == [("CONSULT", ["Нам"], [])]
    assert _parties("России нужно договориться с Украиной.") == [("AGREE", ["России"], ["Украиной"])]
    # Aid goes to the dative: it is the recipient, not the giver.
    assert _parties("Україні треба надати військову допомогу.") == [("AID", [], ["Україні"])]


def test_an_english_word_for_the_people_who_act_names_no_act() -> None:
    assert _parties("Investigators say police arrested the suspect.") == [("COERCE", ["police"], ["suspect"])]
    assert _parties("Several hundred protesters attacked police.") == [
        ("FIGHT", ["Several hundred protesters"], ["police"])
    ]
    assert _parties("Kidnappers demanded a ransom.") == [("DEMAND", ["Kidnappers"], [])]
    # The act's own word still reports it.
    assert _parties("Police arrested three protesters.") == [("COERCE", ["Police"], ["three protesters"])]


def test_a_particle_the_dictionary_reads_as_a_vocative_noun_is_read_past() -> None:
    # "уже" is only the vocative of "уж" to the Ukrainian dictionary, and "вже" is unknown to it.
    for already in ("уже", "вже"):
        received = f"Берлін просуває проект, заручившись {already} підтримкою союзників."
        assert _parties(received) == [("SUPPORT", ["союзників"], ["Берлін"])]


def test_a_protest_is_against_only_whom_a_preposition_of_against_names() -> None:
    # A strike takes no object: the names after it are places, words about the strike, or another verb's object.
    places = "Бортпроводники Ryanair объявили забастовку в четырех странах: Испании, Португалии, Италии и Бельгии."
    assert _parties(places) == [("PROTEST", ["Бортпроводники Ryanair"], [])]
    assert _parties("Цей страйк стане наймасштабнішим в історії авіакомпанії Ryanair.") == [("PROTEST", [], [])]
    assert _parties("Протестні дії зачіпають Іспанію, Бельгію та Італію.") == [("PROTEST", [], [])]
    # Whom it is against, after "против"/"проти"/"against", stays its target, all of a list; so does the
    # employer right after a locative, and the object of a boycott or a picket.
    listed = "Фермеры протестуют против Евросоюза, Польши и Венгрии."
    assert _parties(listed) == [("PROTEST", ["Фермеры"], ["Евросоюза", "Польши", "Венгрии"])]
    employer = "Бортпроводники провели забастовку в компании Ryanair."
    assert _parties(employer) == [("PROTEST", ["Бортпроводники"], ["Ryanair"])]
    assert _parties("Это крупнейшая забастовка в истории Ryanair.") == [("PROTEST", [], [])]
    assert _parties("Оппозиция бойкотирует Лукашенко.") == [("PROTEST", ["Оппозиция"], ["Лукашенко"])]
    against = "Сторонники оппозиции провели протест против правительства Пакистана."
    assert _parties(against) == [("PROTEST", ["Сторонники оппозиции"], ["Пакистана"])]
    assert _parties("Workers protested against General Motors.") == [("PROTEST", ["Workers"], ["General Motors"])]


def test_an_english_definite_act_noun_as_another_verbs_subject_refers_back() -> None:
    # The guideline's back-reference: an act told before, in a sentence about something else.
    assert _parties("The purchase includes rights to the Saturn brand.") == []
    assert [kind for kind, _, _ in _parties("The first lawsuit was settled out of court in 1981.")] == ["AGREE"]
    # An indefinite noun is new, and a verb that carries the act or tells its happening or reach reports it, as
    # does a copula or a passive that names the doer.
    assert _parties("A class-action lawsuit was filed against Apple.") == [("DISAPPROVE", [], ["Apple"])]
    assert [kind for kind, _, _ in _parties("The talks were held in Geneva.")] == ["CONSULT"]
    assert [kind for kind, _, _ in _parties("The clashes broke out in Athens.")] == ["FIGHT"]
    assert [kind for kind, _, _ in _parties("The strike by pilots forced Lufthansa to cancel flights.")] == ["PROTEST"]
    assert [kind for kind, _, _ in _parties("This strike will be the largest in Ryanair's history.")] == ["PROTEST"]
    assert _parties("The meeting was chaired by Antony Blinken.") == [("CONSULT", ["Antony Blinken"], [])]


def test_a_participial_phrase_in_commas_leaves_the_noun_before_it_in_the_verbs_clause() -> None:
    assert _parties("Суд, рассмотревший апелляцию, отклонил иск компании.") == [("REJECT", ["Суд"], ["компании"])]
    assert _parties("Министр, прибывший в Киев, осудил действия России.") == [("DISAPPROVE", ["Министр"], ["России"])]
    banned = "Христианке Асии Биби, оправданной Верховным судом Пакистана, запрещено покидать страну."
    assert _parties(banned) == [("COERCE", [], ["Асии Биби"])]
    # A participial phrase on the trigger itself says who did it.
    declared = "Через страйк, оголошений пілотами, авіакомпанія скасувала рейси."
    assert ("PROTEST", ["пілотами"], []) in _parties(declared)


def test_the_commas_of_a_list_of_addressees_do_not_end_the_clause_of_what_is_asked() -> None:
    urged = "Масих призвал Францию, Германию и Италию ввести санкции против Пакистана."
    assert [kind for kind, _, _ in _parties(urged)] == ["REQUEST"]
    # A comma that opens another clause still does.
    granted = "Масих попросил власти США о помощи, и Канада предоставила убежище Биби."
    assert [kind for kind, _, _ in _parties(granted)] == ["REQUEST", "AID"]


def test_an_idiom_or_a_host_of_a_thing_names_no_act() -> None:
    assert _parties("Page died after suffering a heart attack on December 2.") == []
    assert _parties("Jackman also has award-winning hosting experience.") == []
    assert _parties("She also hosted a half-hour show on E!.") == []
    assert _parties("Foley pleaded guilty to misdemeanor drunken driving.") == []
    assert _parties("Asked if that gave him pause, he replied: no.") == []
    assert _parties("Firefighters fought the blaze in the cold.") == []
    assert _parties("Mat Maid, a farmers' cooperative, tried to help.") == []
    assert _parties("Russia asked China to supply weapons.") == [("REQUEST", ["Russia"], ["China"])]
    assert [kind for kind, _, _ in _parties("The mother pleaded with the kidnappers to free her son.")] == ["REQUEST"]
    # An attack that is one, and a host of a party, stay events.
    assert [kind for kind, _, _ in _parties("Russia launched an attack on Kyiv.")] == ["FIGHT"]
    assert _parties("Egypt hosted Hamas leaders in Cairo.") == [("CONSULT", ["Egypt"], ["Hamas"])]


def test_a_listed_phrase_is_coded_by_its_head_noun_and_its_words_are_no_triggers_of_their_own() -> None:
    # "air strike" was read by its compound "air" (a modifier, so no event) and "strike" then as a PROTEST.
    assert [kind for kind, _, _ in _parties("An air strike hit the hospital.")] == ["FIGHT"]
    assert [kind for kind, _, _ in _parties("A drone strike destroyed the building.")] == ["FIGHT"]
    assert _parties("The EU approved a rescue package for Greece.") == [("AID", ["EU"], [])]
    assert [kind for kind, _, _ in _parties("Prisoners began a hunger strike.")] == ["PROTEST"]
    assert _parties("There was no lightning strike, Owen said.") == []
    # A call with no one calling is traffic, not a consultation.
    assert _parties("International telephone calls are being rerouted.") == []
