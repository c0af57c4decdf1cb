# Story S4: overnight drone-and-missile strike on a thermal power plant (ТЕЦ) in Lozova,
# Kharkiv region, night to Wednesday 16 October 2024 (fictional event).
# Contradictory casualty claims built in on purpose:
#   Kharkiv regional administration, morning 16 Oct: 3 killed, 9 injured
#   same, evening 16 Oct / 17 Oct:                   4 killed, 11 injured
#   UN monitoring mission, 17 Oct:                   at least 2 civilian deaths verified
#   Russian MoD:                                     no casualties mentioned; "energy facilities serving the defence industry"
#   Russian pro-government outlet:                   damage to homes blamed on Ukrainian air defence
# Air force figures: 42 Shahed-type drones + 3 Iskander-M; 31 drones downed, 8 lost from radar.
# ~14,000 consumers without power. Invented people: Andrii Koval (regional spokesman),
# Serhii Hordiienko (Lozova city administration), Ihor Laptev (Russian MoD spokesman),
# Vadim Streltsov, Viktor Panchenko, Tomasz Wróbel.

ARTICLES = [
dict(
    key="s4-uk-kk", story="S4", lang="uk", outlet="kk", fmt="rss",
    published="2024-10-16T08:40:00+03:00",
    slug="viina/2024/10/16/nichna-ataka-na-lozovu",
    title="Нічна атака на Лозову: троє загиблих, пошкоджено ТЕЦ",
    summary="Унаслідок російського удару по Лозовій на Харківщині загинули троє людей, пошкоджено теплоелектроцентраль.",
    body="""
У ніч на середу, 16 жовтня, російські війська атакували ударними безпілотниками та балістичними ракетами Лозову на Харківщині. Унаслідок удару пошкоджено місцеву теплоелектроцентраль, загинули троє людей, ще дев'ятеро поранені. Про це повідомив речник Харківської обласної військової адміністрації Андрій Коваль.

За його словами, двоє загиблих — працівники ТЕЦ, які були на нічній зміні. Серед поранених — 12-річна дитина. Пошкоджено також два багатоквартирні будинки та адміністративну будівлю.

«Рятувальники працюють на місці влучання. Під завалами можуть залишатися люди», — зазначив Коваль.

У Повітряних силах ЗСУ повідомили, що загалом противник випустив по Україні 42 ударні дрони типу Shahed і три балістичні ракети «Іскандер-М». Сили протиповітряної оборони збили 31 безпілотник, ще вісім локаційно втрачені.

Без електропостачання в Лозівському районі залишаються близько 14 тисяч споживачів. В «Укренерго» заявили, що енергетики розпочали відновлювальні роботи одразу після завершення повітряної тривоги.

Начальник Лозівської міської військової адміністрації Сергій Гордієнко закликав мешканців за можливості зробити запаси води та зарядити павербанки.
""",
),
dict(
    key="s4-uk-dv", story="S4", lang="uk", outlet="dv", fmt="html",
    published="2024-10-17T12:15:00+03:00",
    slug="viina/2024/10/17/kilkist-zahyblykh-lozova-zrosla",
    author="Олена Шевчук",
    title="Кількість загиблих унаслідок удару по Лозовій зросла до чотирьох",
    body="""
Кількість загиблих унаслідок нічного удару по Лозовій 16 жовтня зросла до чотирьох. Під завалами адміністративної будівлі ТЕЦ рятувальники виявили тіло 56-річного чоловіка, повідомили в Державній службі України з надзвичайних ситуацій (ДСНС).

Кількість поранених також зросла — до 11 осіб. Четверо з них перебувають у лікарні в стані середньої тяжкості, повідомили в Харківській ОВА.

Міністерство оборони Росії в середу заявило, що завдало «групового удару високоточною зброєю» по об'єктах енергетики, які нібито забезпечують роботу оборонних підприємств України. Про загиблих цивільних у відомстві не згадали. Окремі російські ЗМІ стверджують, що житлові будинки пошкодила ракета української протиповітряної оборони. Жодних доказів цьому не наведено.

„Це була звичайна міська ТЕЦ, яка гріє школи й лікарні. Жодного військового виробництва поруч немає“, — розповів «Дніпровським вістям» мешканець Лозової Віктор Панченко, чий будинок розташований за пів кілометра від станції.

Станом на ранок четверга енергетики відновили електропостачання для 70% споживачів, які залишилися без світла. У місті розгорнули пункти незламності.

Президент Володимир Зеленський у вечірньому зверненні в середу закликав партнерів пришвидшити постачання систем протиповітряної оборони.
""",
),
dict(
    key="s4-ru-sv", story="S4", lang="ru", outlet="sv", fmt="txt",
    file="txt/severny-vestnik_2024-10-16_udar-po-obektam-energetiki.txt",
    published="2024-10-16T13:00:00+03:00",
    slug="army/2024/10/16/udar-po-obektam-energetiki-vpk",
    header=["Северный вестник", "16 октября 2024", "Поделиться"],
    title="Минобороны: ВС России нанесли удар по объектам энергетики, обеспечивающим работу ВПК Украины",
    body="""
Вооруженные силы России в ночь на 16 октября нанесли групповой удар высокоточным оружием большой дальности и ударными беспилотниками по объектам энергетики Украины, обеспечивающим работу предприятий военно-промышленного комплекса. Об этом в среду сообщили в Министерстве обороны РФ.

«Цели удара достигнуты. Все назначенные объекты поражены», — говорится в сообщении ведомства.

По данным военных корреспондентов, одним из пораженных объектов стала теплоэлектроцентраль в городе Лозовая Харьковской области, от которой, по их информации, запитаны железнодорожный узел и ремонтные мастерские ВСУ.

Украинские власти заявили о жертвах среди мирного населения. Военный эксперт Вадим Стрельцов в беседе с «Северным вестником» предположил, что повреждения жилых домов в Лозовой могли быть вызваны падением ракеты украинской ПВО. «Мы неоднократно видели, как киевский режим выдает последствия работы собственной противовоздушной обороны за удары российской армии», — заявил эксперт.

Официальный представитель Минобороны генерал-майор Игорь Лаптев также сообщил, что за прошедшие сутки средства ПВО сбили над Белгородской и Курской областями 17 украинских беспилотников.
""",
),
dict(
    key="s4-ru-vt", story="S4", lang="ru", outlet="vt", fmt="jsonl", mode="html",
    published="2024-10-17T16:30:00+03:00",
    slug="news/2024/10/17/udar-po-lozovoi-versii-storon",
    title="Удар по Лозовой: Киев сообщает о четырех погибших, Москва — о поражении «объектов ВПК»",
    body="""
Стороны по-разному описывают последствия удара по Лозовой Харьковской области, нанесенного в ночь на среду, 16 октября.

По данным Харьковской областной военной администрации, погибли четыре человека, еще 11 получили ранения. Среди погибших — двое сотрудников местной ТЭЦ. Вечером в среду представитель администрации Андрей Коваль сообщил, что под завалами административного здания станции найдено тело еще одного мужчины.

Министерство обороны России о жертвах не упоминает. В ведомстве заявили, что удар был нанесен «по объектам энергетики, обеспечивающим работу предприятий ВПК Украины», и что все цели поражены. Ряд российских провластных изданий со ссылкой на военных экспертов утверждает, что жилые дома повредила ракета украинской ПВО.

Независимо проверить данные сторон «Вечернему телеграфу» не удалось. Мониторинговая миссия ООН по правам человека в Украине в четверг сообщила, что подтвердила гибель как минимум двух мирных жителей и продолжает проверять информацию о других жертвах.

По информации «Укрэнерго», без электричества в Лозовском районе оставались около 14 тысяч абонентов; к утру четверга подачу восстановили большинству из них.
""",
),
dict(
    key="s4-en-bw", story="S4", lang="en", outlet="bw", fmt="warc",
    file="warc_src/balticwire_2024-10-16_lozova-power-plant-strike.html",
    published="2024-10-16T11:05:00+03:00",
    slug="world/2024/10/16/russian-strike-ukrainian-power-plant-lozova",
    author="Daria Moroz",
    title="Russian strike on Ukrainian power plant kills three, Kyiv says; Moscow cites defence targets",
    body="""
KYIV, Oct 16 (Baltic Wire) — A Russian drone and missile attack overnight damaged a thermal power plant in the town of Lozova in Ukraine's Kharkiv region, killing three people and injuring nine, regional officials said on Wednesday.

Two of the dead were plant workers on the night shift, Kharkiv regional administration spokesman Andriy Koval said. A 12-year-old child was among the injured, he said.

Russia's defence ministry said its forces had carried out a "group strike with long-range precision weapons" against energy facilities supporting Ukraine's military-industrial complex and that "all designated targets" had been hit. It did not mention casualties.

Ukraine's air force said Russia launched 42 Shahed-type drones and three Iskander-M ballistic missiles overnight. Air defences shot down 31 drones, while eight were lost from radar, likely because of electronic jamming, it said.

Some Russian commentators said damage to residential buildings in Lozova was caused by a Ukrainian air defence missile. Baltic Wire could not independently verify the claims of either side.

About 14,000 households in the Lozova district lost power, grid operator Ukrenergo said. Lozova is an important railway junction in eastern Ukraine.

Russia has repeatedly struck Ukraine's energy system since the start of its full-scale invasion in February 2022. Ukraine, for its part, has hit oil refineries and depots inside Russia with long-range drones.

(Reporting by Daria Moroz; editing by Tom Harker)
""",
),
dict(
    key="s4-en-mp", story="S4", lang="en", outlet="mp", fmt="jsonl", mode="text",
    published="2024-10-18T06:30:00+01:00",
    slug="world/2024/oct/18/lozova-power-plant-strike-conflicting-death-tolls",
    title="Conflicting death tolls after Lozova power plant strike highlight fog of war",
    body="""
Two days after a Russian strike on a power plant in the eastern Ukrainian town of Lozova, the number of people killed depends on who is counting.

Ukrainian officials in the Kharkiv region say four people died and 11 were injured in the attack in the early hours of Wednesday, Oct. 16. Russia's defence ministry has not acknowledged any casualties, describing the target as energy infrastructure serving Ukraine's defence industry. A pro-Kremlin newspaper, Severny Vestnik, quoted a military commentator as suggesting that a Ukrainian air-defence missile had damaged nearby homes.

The U.N. Human Rights Monitoring Mission in Ukraine said on Thursday it had verified the deaths of at least two civilians and was working to corroborate further reports. The mission's figures are typically lower than those of local authorities in the first days after an attack, because each death must be confirmed individually.

Satellite images taken on Wednesday afternoon and reviewed by Meridian Post show a collapsed section of the plant's turbine hall and scorch marks on two nearby apartment blocks. The images were provided by Orbis Imaging, a commercial satellite company.

"In almost every major strike, the first figures diverge. What matters is whether the numbers converge over time, and here they are slowly moving in the same direction," said Tomasz Wróbel, a conflict analyst with the Geneva-based Civilian Harm Observatory.

Power has since been restored to most of the roughly 14,000 households that lost electricity, according to Ukrenergo.
""",
),
]

# Syndicated copy: a regional Ukrainian site reprints the Київський кур'єр item.
SYNDICATED = [
dict(
    base="s4-uk-kk", key="s4-uk-ps-synd", outlet="ps", fmt="txt",
    file="txt/podillia-sohodni_2024-10-16_nichna-ataka-na-lozovu.txt",
    published="2024-10-16T09:55:00+03:00",
    slug="novyny/2024/10/16/nichna-ataka-na-lozovu",
    header=["Поділля сьогодні", "Київський кур'єр", "16.10.2024", "Поширити"],
    replace=("Про це повідомив речник", "Про це розповів речник"),
    append="Читайте також: У Вінниці запрацювали ще два пункти незламності",
),
]
