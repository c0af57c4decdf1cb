"""Time expressions and their values, on the issue's examples, against a publication date."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import pytest

from kronika.timex.find import find_times

FRIDAY = date(2023, 9, 15)


def values(text: str, lang: str, anchor: date | None = FRIDAY) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in find_times(text, lang, anchor)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("uk", "У вівторок вранці, 12 вересня, потяг прибув.", [("У вівторок вранці, 12 вересня", "2023-09-12TMO")]),
        ("uk", "У липні Шойгу відвідав КНДР.", [("У липні", "2023-07")]),
        ("uk", "Це сталося 18 серпня.", [("18 серпня", "2023-08-18")]),
        ("uk", "На початку серпня Білий дім заявив.", [("На початку серпня", "2023-08")]),
        ("ru", "В 90-е годы всё было иначе.", [("В 90-е годы", "199")]),
        ("ru", "Три дня назад он уехал.", [("Три дня назад", "2023-09-12")]),
        ("ru", "Вчера он уехал.", [("Вчера", "2023-09-14")]),
        ("ru", "Документ от 15.09.2023 опубликован.", [("15.09.2023", "2023-09-15")]),
        ("en", "He left last Friday.", [("last Friday", "2023-09-08")]),
        ("en", "The talks began on Sept. 12 in Vladivostok.", [("Sept. 12", "2023-09-12")]),
        ("en", "Profits fell in the third quarter.", [("the third quarter", "2023-Q3")]),
        ("en", "Prices rose for three years.", [("three years", "P3Y")]),
        (
            "en",
            "Sales rose last fall and fall daily now.",
            [("last fall", "2022-FA"), ("daily", "P1D"), ("now", "PRESENT_REF")],
        ),
        ("en", "He spoke this morning.", [("this morning", "2023-09-15TMO")]),
        ("en", "Trading closed at 4 p.m.", [("4 p.m.", "2023-09-15T16:00")]),
        ("uk", "Зустріч почалася о 15:30.", [("15:30", "2023-09-15T15:30")]),
        ("ru", "Летом 2012 года они встречались ежегодно.", [("Летом 2012 года", "2012-SU"), ("ежегодно", "P1Y")]),
        ("uk", "Влітку він щороку їздить до моря.", [("Влітку", "2023-SU"), ("щороку", "P1Y")]),
    ],
)
def test_expressions_from_the_issue_resolve_against_the_publication_date(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, lang) == expected


def test_a_month_ahead_of_the_anchor_is_last_year_unless_the_sentence_looks_forward() -> None:
    anchor = date(2023, 8, 20)
    assert values("У вересні він був у Москві.", "uk", anchor) == [("У вересні", "2022-09")]
    assert values("Він планує відвідати РФ у вересні.", "uk", anchor) == [("у вересні", "2023-09")]


def test_without_a_publication_date_a_stated_date_anchors_what_follows() -> None:
    text = "Заявление сделано 10.09.2023. Вчера стороны встретились."
    assert values(text, "ru", None) == [("10.09.2023", "2023-09-10"), ("Вчера", "2023-09-09")]
    assert values("Це сталося 18 серпня.", "uk", None) == [("18 серпня", "XXXX-08-18")]


def test_words_that_only_look_like_dates_are_left_alone() -> None:
    assert values("You may march on, Jan said, 6-year-old in tow.", "en") == []
    assert values("Текст без дат.", "ru") == []
    assert values("Anything at all", "pl") == []


def test_eval_time_scores_a_timeml_file(tmp_path: Path, kronika_command: str) -> None:
    (tmp_path / "a.tml").write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08" '
        'functionInDocument="CREATION_TIME">19980108</TIMEX3></DCT><TEXT>Markets fell '
        '<TIMEX3 tid="t1" type="DATE" value="1998-01-07">yesterday</TIMEX3> after a '
        '<TIMEX3 tid="t2" type="DURATION" value="P1W">week</TIMEX3> of gains.</TEXT></TimeML>',
        encoding="utf-8",
    )
    result = subprocess.run(
        [kronika_command, "eval", "time", "--gold", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert '"value_accuracy": 1.0' in result.stdout
    assert '"gold": 2' in result.stdout


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Officials said Friday that talks went well.", [("Friday", "2023-09-15")]),
        ("en", "Talks will resume Monday.", [("Monday", "2023-09-18")]),
        ("en", "The offer expires Oct. 2.", [("Oct. 2", "2023-10-02")]),
        ("en", "The firm was sold in December.", [("December", "2022-12")]),
        ("ru", "В октябре он был в Москве.", [("В октябре", "2022-10")]),
        ("ru", "В октябре он посетит Москву.", [("В октябре", "2023-10")]),
        # An English past form may be a participle: a date near ahead still wins over one a year behind.
        ("en", "The dividend will be paid Dec. 14 to holders of record.", [("Dec. 14", "2023-12-14")]),
        ("en", "They said they expect the deal to be completed by Oct. 20.", [("Oct. 20", "2023-10-20")]),
        ("en", "He stepped down in March.", [("March", "2023-03")]),
        ("en", "Profit rose in June.", [("June", "2023-06")]),
        ("en", "The treaty was signed last May.", [("last May", "2023-05")]),
        ("en", "He was elected last October.", [("last October", "2022-10")]),
        ("en", "The vote is due next March.", [("next March", "2024-03")]),
        ("en", "In July last year the talks failed.", [("July last year", "2022-07")]),
        ("en", "He was shot last Oct. 23.", [("last Oct. 23", "2022-10-23")]),
        # A finite past verb keeps the date behind in Ukrainian and Russian, however near the one ahead.
        ("uk", "У жовтні він був у Москві.", [("У жовтні", "2022-10")]),
        ("ru", "В марте прошлого года он уехал.", [("В марте прошлого года", "2022-03")]),
    ],
)
def test_a_bare_date_lies_on_the_side_of_the_nearest_tense_cue_else_nearest_the_anchor(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert values(text, lang) == expected


def test_a_report_s_quarter_is_the_one_it_last_named_and_a_year_earlier_is_that_quarter_then() -> None:
    text = "Profit rose in the third quarter. In the year-ago quarter it fell, and sales grew from a year earlier."
    assert values(text, "en") == [
        ("the third quarter", "2023-Q3"),
        ("the year-ago quarter", "2022-Q3"),
        ("a year earlier", "2022-Q3"),
    ]
    # With no quarter named, "the quarter" is the last one over by the publication date.
    assert values("Costs fell in the quarter.", "en") == [("the quarter", "2023-Q2")]
    assert values("He left a year ago.", "en") == [("a year ago", "2022")]
    assert values("It could take effect in next year's first quarter.", "en") == [
        ("next year's first quarter", "2024-Q1")
    ]


def test_a_quarter_forecast_is_not_the_report_s_quarter() -> None:
    # Anchor 2023-09-15: the fourth quarter is not over, and the sentence looks ahead.
    text = "Profit rose in the second quarter. It will fall in the fourth quarter. In the year-ago period it fell."
    assert values(text, "en")[-1] == ("the year-ago period", "2022-Q2")
    # A quarter that is over stays the report's, even when the sentence looks ahead to reporting it.
    text = "It expects to report a second-quarter loss. A year earlier, it earned $2 million."
    assert values(text, "en")[-1] == ("A year earlier", "2022-Q2")


def test_a_year_earlier_before_a_noun_is_the_period_compared_with_not_a_year_long() -> None:
    text = "Profit rose in the second quarter, compared with a year-earlier loss."
    assert values(text, "en")[-1] == ("year-earlier", "2022-Q2")
    assert values("The talks took a year.", "en") == [("a year", "P1Y")]


# Expressions and their values, by the behaviour each group shows (anchored on FRIDAY).
_BY_BEHAVIOUR: dict[str, list[tuple[str, str, list[tuple[str, str]]]]] = {
    "an hour with a half of the day or a preposition of the clock is a time of day": [
        ("ru", "Удар был нанесён в 4 утра.", [("в 4 утра", "2023-09-15T04:00")]),
        ("ru", "Около 5 часов утра прогремели взрывы.", [("5 часов утра", "2023-09-15T05:00")]),
        ("ru", "Встреча началась в 16 часов.", [("в 16 часов", "2023-09-15T16:00")]),
        ("ru", "Сигнал поступил в 16 часов 25 минут.", [("в 16 часов 25 минут", "2023-09-15T16:25")]),
        ("ru", "Это случилось в 12 ночи.", [("в 12 ночи", "2023-09-15T00:00")]),
        ("uk", "Вибухи пролунали о 10 вечора.", [("10 вечора", "2023-09-15T22:00")]),
        ("uk", "Тривога почалася близько 5-ї години ранку.", [("5-ї години ранку", "2023-09-15T05:00")]),
        ("en", "He will leave at 4 in the morning.", [("4 in the morning", "2023-09-15T04:00")]),
        ("en", "The vote ran until 11 at night.", [("11 at night", "2023-09-15T23:00")]),
        ("ru", "Акция продлится до 10 вечера.", [("до 10 вечера", "2023-09-15T22:00")]),
        ("ru", "Он пришёл к 9 часам утра.", [("к 9 часам утра", "2023-09-15T09:00")]),
        ("uk", "Засідання почалося о 5 годині.", [("5 годині", "2023-09-15T05:00")]),
        # Days, nights and hours counted, not times of day.
        ("ru", "Переговоры длились 5 часов.", [("5 часов", "PT5H")]),
        ("ru", "Поезд ходит раз в 2 дня.", [("в 2 дня", "P2D")]),
        ("ru", "Задержка рейса в 5 часов возмутила пассажиров.", [("в 5 часов", "PT5H")]),
        ("en", "The Dow fell by 2 in the afternoon.", [("the afternoon", "2023-09-15TAF")]),
        ("ru", "За 2 дня до выборов.", [("За 2 дня", "P2D")]),
        ("ru", "Они провели 3 ночи в подвале.", []),
    ],
    "a part of a month belongs to its expression": [
        ("ru", "В конце августа он заявил.", [("В конце августа", "2023-08")]),
        ("ru", "В середине июля прошли учения.", [("В середине июля", "2023-07")]),
        ("uk", "Наприкінці серпня він заявив.", [("Наприкінці серпня", "2023-08")]),
        ("en", "Prices fell in late August.", [("late August", "2023-08")]),
        ("en", "Prices fell in mid-July.", [("mid-July", "2023-07")]),
        ("ru", "В конце 2022 года цены выросли.", [("В конце 2022 года", "2022")]),
        # "the" before a month part is no shift to this year: a bare past month stays behind the anchor.
        ("en", "Prices fell sharply at the end of December.", [("the end of December", "2022-12")]),
    ],
    "an amount counts back or on from the anchor": [
        ("ru", "Саммит состоится через два дня.", [("через два дня", "2023-09-17")]),
        ("ru", "Через неделю будет подписан договор.", [("Через неделю", "2023-W38")]),
        ("uk", "Через місяць відбудеться саміт.", [("Через місяць", "2023-10")]),
        ("ru", "Через несколько дней будет решение.", [("Через несколько дней", "FUTURE_REF")]),
        # With no look ahead, after "после", or in hours, "через" spans the story: no date.
        ("ru", "Через три года он умер.", [("Через три года", "P3Y")]),
        ("ru", "Через два дня после взрыва полиция задержала его.", [("два дня", "P2D")]),
        ("ru", "Через 10 минут матч возобновили.", [("Через 10 минут", "PT10M")]),
        ("ru", "Поезда ходят через день.", []),
        ("ru", "Альбом вышел год назад.", [("год назад", "2022")]),
        ("uk", "Тиждень тому його затримали.", [("Тиждень тому", "2023-W36")]),
        ("ru", "Двадцать лет назад он уехал.", [("Двадцать лет назад", "2003")]),
        # A plural unit needs its amount: "сотни" is none this list knows.
        ("ru", "Сотни лет назад здесь жили люди.", []),
    ],
    "a range is one expression valued start slash end": [
        ("ru", "12-13 сентября прошли переговоры.", [("12-13 сентября", "2023-09-12/2023-09-13")]),
        ("ru", "С 1 по 5 сентября прошли учения.", [("С 1 по 5 сентября", "2023-09-01/2023-09-05")]),
        ("uk", "З 10 по 15 вересня тривали навчання.", [("З 10 по 15 вересня", "2023-09-10/2023-09-15")]),
        ("en", "The talks on Sept. 12-14 ended.", [("Sept. 12-14", "2023-09-12/2023-09-14")]),
        ("ru", "В 2014–2022 годах шла война.", [("В 2014–2022 годах", "2014/2022")]),
        ("uk", "З липня до вересня тривали навчання.", [("З липня до вересня", "2023-07/2023-09")]),
        ("uk", "У травні-червні 2017 року.", [("У травні-червні 2017 року", "2017-05/2017-06")]),
        # Each end alone would be the nearest October (ahead) and March (behind): the start goes a year back.
        ("ru", "С октября по март цены росли.", [("С октября по март", "2022-10/2023-03")]),
        # "до" after a date with no "с" before it is no range; nor is a date in the next sentence.
        ("ru", "В 2014 году, до 2022 года.", [("В 2014 году", "2014"), ("до 2022 года", "2022")]),
        (
            "uk",
            "У липні до КНДР приїздив Шойгу. У серпні він поїхав.",
            [("У липні", "2023-07"), ("У серпні", "2023-08")],
        ),
        (
            "ru",
            "С 2014 года по 15 марта 2022 года шла война.",
            [("С 2014 года по 15 марта 2022 года", "2014/2022-03-15")],
        ),
        ("uk", "З 1991 року до сьогодні.", [("З 1991 року до сьогодні", "1991/2023-09-15")]),
        # A dateline and a date, a clause dash, a start after its end: no range.
        (
            "ru",
            "МОСКВА, 15 сентября — В понедельник 11 сентября полиция задержала активистов.",
            [("15 сентября", "2023-09-15"), ("В понедельник 11 сентября", "2023-09-11")],
        ),
        (
            "uk",
            "Київ, 15 вересня – 14 вересня поліція затримала активістів.",
            [("15 вересня", "2023-09-15"), ("14 вересня", "2023-09-14")],
        ),
        (
            "ru",
            "Выборы назначены на 2024 год – 2023 год стал переломным.",
            [("на 2024 год", "2024"), ("2023 год", "2023")],
        ),
        # English marks a range's two ends as two expressions, as TimeML does.
        ("en", "Shares bought from Aug. 26 to Sept. 1 rose.", [("Aug. 26", "2023-08-26"), ("Sept. 1", "2023-09-01")]),
    ],
    "centuries by roman or arabic number and years named by one word": [
        ("uk", "Це сталося у XX столітті.", [("у XX столітті", "19")]),
        ("ru", "В ХХ веке (в кириллице) всё было иначе.", [("В ХХ веке", "19")]),
        ("ru", "2 века назад здесь был город.", []),
        ("uk", "Його нагороджено орденом Богдана Хмельницького II ст.", []),
        ("uk", "Наприкінці XVIII століття Польща зникла.", [("Наприкінці XVIII століття", "17")]),
        ("ru", "В IX веке возникла Русь.", [("В IX веке", "08")]),
        ("ru", "В 21-м веке всё иначе.", [("В 21-м веке", "20")]),
        ("uk", "Торік міністерство уклало договір.", [("Торік", "2022")]),
        ("ru", "В 2016 году он уехал. В том же году он заявил.", [("В 2016 году", "2016"), ("В том же году", "2016")]),
        ("uk", "Цьогоріч він балотувався.", [("Цьогоріч", "2023")]),
        ("uk", "Торік у березні міністерство уклало договір.", [("Торік у березні", "2022-03")]),
        ("uk", "У березні торік міністерство уклало договір.", [("У березні торік", "2022-03")]),
        # "ст." before a number is an article of a code, not a century.
        ("uk", "Дії кваліфіковано за ч. 2 ст. 369 КК.", []),
    ],
}


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [pytest.param(*case, id=f"{behaviour}: {case[1]}") for behaviour, cases in _BY_BEHAVIOUR.items() for case in cases],
)
def test_an_expression_takes_its_value(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


def test_a_month_or_season_with_a_year_in_words() -> None:
    assert values("January nineteen ninety-seven. Atlanta again.", "en") == [
        ("January nineteen ninety-seven", "1997-01")
    ]
    assert values("We saw that level in the winter of nineteen ninety-four.", "en") == [
        ("the winter of nineteen ninety-four", "1994-WI")
    ]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The vote lasted five hours.", [("five hours", "PT5H")]),
        ("en", "Output rose over the past three years.", [("the past three years", "P3Y")]),
        ("en", "The current plan is cheaper.", [("current", "PRESENT_REF")]),
        ("uk", "Нарада тривала 40 хвилин.", [("40 хвилин", "PT40M")]),
        ("ru", "Переговоры шли несколько часов.", [("несколько часов", "PTXH")]),
        # A time in universal time takes ISO 8601's Z; one with an offset is left local.
        ("en", "The flight took off at 08:30 UTC.", [("08:30 UTC", "2023-09-15T08:30Z")]),
        ("en", "At 0800 UTC the banks acted.", [("0800 UTC", "2023-09-15T08:00Z")]),
        ("en", "It landed at 6:40 p.m. (GMT +8).", [("6:40 p.m.", "2023-09-15T18:40")]),
        ("ru", "Запуск состоялся в 10:15 по Гринвичу.", [("в 10:15 по Гринвичу", "2023-09-15T10:15Z")]),
        ("uk", "Удар стався о 03:40 за Гринвічем.", [("03:40 за Гринвічем", "2023-09-15T03:40Z")]),
    ],
)
def test_periods_of_the_clock_and_references(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, lang) == expected


def test_without_an_anchor_a_shifted_period_keeps_its_span_with_an_unknown_value() -> None:
    assert values("Минулого року фірма збанкрутувала.", "uk", None) == [("Минулого року", "XXXX")]


def test_ages_and_years_inside_names_are_not_time_expressions() -> None:
    assert values("В 45 лет он стал министром.", "ru") == []
    assert values("Він з 16 років працював.", "uk") == []
    assert values("Стадіон збудували до Євро-2012.", "uk") == []
    assert values("Це сталося у серпні-2018.", "uk") == [("у серпні", "2023-08"), ("2018", "2018")]


def test_a_weekday_restated_as_a_date_takes_the_date() -> None:
    text = "The Times said in an editorial on Monday, Oct. 26, 1998: the murder is terror."
    assert values(text, "en") == [("Monday, Oct. 26, 1998", "1998-10-26")]


def test_a_time_of_day_is_on_the_day_its_sentence_names() -> None:
    assert values("He was kidnapped at 10 p.m. Wednesday, police said.", "en") == [
        ("10 p.m. Wednesday", "2023-09-13T22:00")
    ]
    assert values("Talks broke off at noon Thursday.", "en") == [("noon Thursday", "2023-09-14T12:00")]
    assert values("The offer runs until 5 p.m. EST, Oct. 6.", "en") == [("5 p.m. EST, Oct. 6", "2023-10-06T17:00")]
    # The restatement in universal time is a time of its own, on the same day.
    assert values("The blast occurred at about 10:35 a.m. (0735 GMT) Wednesday.", "en") == [
        ("10:35 a.m.", "2023-09-13T10:35"),
        ("0735 GMT", "2023-09-13T07:35Z"),
        ("Wednesday", "2023-09-13"),
    ]
    assert values("The film High Noon is old.", "en") == []


def test_the_year_is_the_anchor_s_unless_a_report_says_when_it_ended() -> None:
    text = "For the year ended July 2, Rally earned $2.4 million. Sales for the full year rose; the year before fell."
    assert values(text, "en") == [("the year", "P1Y"), ("July 2", "2023-07-02"), ("the full year", "2023")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # TimeML values a decade by its first three digits and a century by its first two.
        ("Prices peaked in the early 1980s.", [("the early 1980s", "198")]),
        ("It was built in the 11th century.", [("the 11th century", "10")]),
        # Years and counts in words, as broadcast transcripts write them.
        ("In nineteen ninety-six the case closed.", [("nineteen ninety-six", "1996")]),
        ("The plan was due by the year two thousand.", [("the year two thousand", "2000")]),
        ("The war has lasted twenty-four years.", [("twenty-four years", "P24Y")]),
        ("They stay two more weeks.", [("two more weeks", "P2W")]),
        ("Rates held for a couple of years.", [("a couple of years", "P2Y")]),
        (
            "They waited 5 1/2 hours, then a minute and a half.",
            [("5 1/2 hours", "PT5H30M"), ("a minute and a half", "PT1M30S")],
        ),
        # Periods of no stated length; English TimeML leaves the preposition out.
        ("Kidnappings rose in recent years.", [("recent years", "PXY")]),
        ("Troops will arrive within weeks.", [("weeks", "PXW")]),
        ("Rates may fall in the coming months.", [("the coming months", "PXM")]),
        ("Each year they meet every quarter.", [("Each year", "P1Y"), ("every quarter", "P1Q")]),
        ("He spoke last night.", [("last night", "2023-09-14TNI")]),
        ("Costs rose this past spring.", [("this past spring", "2023-SP")]),
        ("They held talks in May.", [("May", "2023-05")]),
    ],
)
def test_decades_words_and_vague_periods(text: str, expected: list[tuple[str, str]]) -> None:
    assert values(text, "en") == expected


def test_the_weekend_is_the_iso_week_s_weekend_on_the_side_the_sentence_looks() -> None:
    monday = date(1989, 10, 30)
    assert values("Over the weekend, McCaw called for an auction.", "en", monday) == [("the weekend", "1989-W43-WE")]
    assert values("Talks will resume over the weekend.", "en", monday) == [("the weekend", "1989-W44-WE")]
    assert values("They met last weekend.", "en", FRIDAY) == [("last weekend", "2023-W36-WE")]


def test_holidays_fall_on_their_day_in_the_year_the_sentence_points_to() -> None:
    anchor = date(2000, 1, 6)
    assert values("He was rescued on Thanksgiving Day.", "en", anchor) == [("Thanksgiving Day", "1999-11-25")]
    assert values("He was found last Thanksgiving.", "en", anchor) == [("last Thanksgiving", "1999-11-25")]
    assert values("The campaign runs to Election Day.", "en", date(1998, 10, 26)) == [("Election Day", "1998-11-03")]
    assert values("Easter falls late.", "en", date(2000, 3, 1)) == [("Easter", "2000-04-23")]
    assert values("He bought Christmas trees.", "en", anchor)[0][0] == "Christmas"
    assert values("christmas", "en", anchor) == []


def test_ages_and_shares_are_no_periods() -> None:
    assert values("Mr. Reupke, 52 years old, will retire.", "en") == []
    assert values("Iraq imports three-quarters of its food and a quarter of the oil.", "en") == []
    assert values("Profit fell after several quarters of losses.", "en") == [("several quarters", "PXQ")]


def test_that_year_and_the_following_month_refer_to_the_period_last_named() -> None:
    text = "She fled in June 1998 and returned later that year. In March 1989 it met; the following month, it sold."
    assert values(text, "en") == [
        ("June 1998", "1998-06"),
        ("later that year", "1998"),
        ("March 1989", "1989-03"),
        ("the following month", "1989-04"),
    ]
    assert values("Sales fell that year.", "en") == []


def test_a_deadline_lies_ahead_whatever_the_verb() -> None:
    anchor = date(1989, 10, 26)
    assert values("The office was created, effective Feb. 1.", "en", anchor) == [("Feb. 1", "1990-02-01")]
    assert values("It said it had to repay the loan by February.", "en", anchor) == [("February", "1990-02")]


def test_shows_named_by_a_unit_and_the_night_of_a_date_are_left_to_the_date() -> None:
    assert values('Baker said on ABC\'s "This Week" and CBS\'s "60 Minutes" that talks failed.', "en") == []
    assert values("He was shot on the night of Sept. 3.", "en") == [("Sept. 3", "2023-09-03")]
    assert values("The quarter-to-quarter comparison improved.", "en") == []


def test_a_past_perfect_puts_a_date_behind_and_a_name_ending_in_a_is_no_article() -> None:
    monday = date(1989, 10, 30)
    assert values("The offer had been due to expire Friday evening.", "en", monday) == [
        ("Friday evening", "1989-10-27TEV")
    ]
    assert values("Most members had filed reports by Wednesday.", "en", date(1990, 8, 16)) == [
        ("Wednesday", "1990-08-15")
    ]
    # "Cuba predicted": the "a " before the past form ends a name, not an article ("a proposed merger").
    assert values("They would appeal the ruling, Cuba predicted Wednesday.", "en", date(2000, 1, 7)) == [
        ("Wednesday", "2000-01-05")
    ]


def test_what_held_until_a_moment_behind_and_what_began_since_one_lie_behind() -> None:
    friday = date(1999, 5, 7)
    assert values("Until Thursday, they had not called Kopp a suspect.", "en", friday) == [("Thursday", "1999-05-06")]
    assert values("The carrier has been on patrol since March and was scheduled to return.", "en") == [
        ("March", "2023-03")
    ]


def test_intentions_point_ahead_and_look_alike_words_are_no_tense_cues() -> None:
    wednesday = date(1998, 9, 30)
    assert values("The team planned to leave Nairobi on Thursday.", "en", wednesday) == [("Thursday", "1998-10-01")]
    assert values("Protesters were planning a rally on Saturday.", "en", date(2000, 1, 7)) == [
        ("Saturday", "2000-01-08")
    ]
    # "next to" is a place, and "unspecified" an adjective: neither says where the date lies.
    saturday = date(1998, 8, 8)
    assert values("A bomb hit a building next to the embassy Friday.", "en", saturday) == [("Friday", "1998-08-07")]
    assert values("It would be paid on a still unspecified date in January.", "en", date(1989, 10, 26)) == [
        ("January", "1990-01")
    ]


def test_a_possessive_date_names_what_is_already_there() -> None:
    friday = date(2000, 1, 7)
    assert values("They would look for ways around Wednesday's ruling.", "en", friday) == [("Wednesday", "2000-01-05")]


def test_a_quarter_or_month_of_a_year_named_by_its_shift() -> None:
    anchor = date(2009, 5, 7)
    assert values("In the first quarter of last year, GM lost money.", "en", anchor) == [
        ("the first quarter of last year", "2008-Q1")
    ]
    assert values("Ford made a profit in the final quarter of 2009.", "en", anchor) == [
        ("the final quarter of 2009", "2009-Q4")
    ]
    assert values("Licences lapse after October of next year.", "en", anchor) == [("October of next year", "2010-10")]


def test_a_season_without_a_year_is_the_one_the_tense_points_to() -> None:
    october = date(1989, 10, 26)
    assert values("Over the summer, rivals cut prices.", "en", october) == [("the summer", "1989-SU")]
    assert values("Orders rose from the low levels of the early summer.", "en", october) == [
        ("the early summer", "1989-SU")
    ]
    assert values("The plant will close in the winter.", "en", october) == [("the winter", "1989-WI")]
    assert values("The fall of the wall changed Europe.", "en", october) == []
    march = date(2023, 3, 10)
    assert values("Влітку він був у Києві.", "uk", march) == [("Влітку", "2022-SU")]
    assert values("Летом он посетит Москву.", "ru", march) == [("Летом", "2023-SU")]


def test_a_day_no_year_has_keeps_its_text_and_does_not_stop_the_document() -> None:
    assert values("The meeting is on September 31.", "en") == [("September 31", "2023-09-31")]
    assert values("Это было 29 февраля.", "ru", date(2022, 5, 3)) == [("29 февраля", "2022-02-29")]


def test_a_weekday_in_a_quotation_takes_the_tense_of_the_words_quoted() -> None:
    wednesday = date(2000, 4, 5)
    quoted = "''He will leave at 4 a.m. EDT Thursday,'' Castro said."
    assert values(quoted, "en", wednesday) == [("4 a.m. EDT Thursday", "2000-04-06T04:00")]
    # Outside the quotation the reporting verb sets the tense.
    assert values("Castro said Thursday: ''He will leave.''", "en", wednesday) == [("Thursday", "2000-03-30")]
    assert values("«Мы планируем встретиться в четверг», — сказал он.", "ru", wednesday) == [
        ("в четверг", "2000-04-06")
    ]
    # A name in quotes holds no date: the sentence's own tense stands.
    named = "Директор планирует подписать с ООО «Торговый дом «Газпром» договор в четверг."
    assert values(named, "ru", wednesday) == [("в четверг", "2000-04-06")]


def test_a_range_of_days_with_no_year_to_count_from_keeps_its_start() -> None:
    assert values("Переговоры прошли 12-13 сентября.", "ru", None) == [("12-13 сентября", "XXXX-09-12/XXXX-09-13")]
