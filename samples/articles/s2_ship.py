# Story S2: bulk carrier "Selin Kaya" damaged by an explosion off Chornomorsk,
# Thursday 4 July 2024, ~17:40 local time (fictional event).
# Contradictions built in on purpose:
#   cause:   Ukrainian navy -> Russian anti-ship missile; Russian MoD -> drifting mine;
#            Turkish ministry -> no cause given
#   injured: Ukrainian navy -> 2 crew injured; Turkish ministry -> 1 lightly injured
# Ship name spelled Selin Kaya / «Селин Кая» / «Селін Кая» across outlets.

ARTICLES = [
dict(
    key="s2-en-bw", story="S2", lang="en", outlet="bw", fmt="warc",
    file="warc_src/balticwire_2024-07-04_grain-ship-blast-chornomorsk.html",
    published="2024-07-04T21:20:00+03:00",
    slug="world/2024/07/04/grain-ship-damaged-blast-black-sea-cause-disputed",
    author="Daria Moroz",
    title="Grain ship damaged by blast off Ukraine's Black Sea coast, cause disputed",
    body="""
ODESA, July 4 (Baltic Wire) — A Turkish-owned bulk carrier loaded with Ukrainian corn was damaged by an explosion off the port of Chornomorsk on Thursday evening, Ukrainian and Turkish officials said, with Kyiv blaming a Russian missile and Moscow denying involvement.

The Marshall Islands-flagged Selin Kaya, carrying about 43,000 tonnes of corn bound for Alexandria in Egypt, was hit near its bow at around 17:40 local time (1440 GMT), roughly 12 nautical miles from the coast, Ukraine's navy said.

"This was a deliberate strike on a civilian vessel in an internationally recognised shipping lane," navy spokesman Captain Third Rank Oleh Sydorenko said in a televised statement. He said two crew members were injured.

Turkey's Ministry of Transport and Infrastructure said all 21 crew members, Turkish and Georgian nationals, were safe and that one sailor had suffered minor injuries. The fire on board was put out by the crew, the ministry said.

Russia's defence ministry said its forces had not carried out any strikes in the area and suggested the ship may have hit a drifting sea mine. Baltic Wire could not independently verify either account.

The ship's Istanbul-based operator, Ege Bulk Shipping, said it was assessing the damage.

Ukraine has exported grain through its own Black Sea corridor since August 2023, after Russia withdrew in July that year from a deal brokered by the United Nations and Turkey.

(Reporting by Daria Moroz in Odesa and Kerem Aslan in Istanbul; editing by Tom Harker)
""",
),
dict(
    key="s2-en-bd", story="S2", lang="en", outlet="bd", fmt="txt",
    file="txt/bosphorus-daily_2024-07-05_crew-safe.txt",
    published="2024-07-05T13:30:00+03:00",
    slug="region/2024/07/05/all-21-crew-safe-selin-kaya",
    header=["Bosphorus Daily", "July 5, 2024", "Share"],
    title="All 21 crew safe after explosion on Turkish-owned grain ship, ministry says",
    body="""
All 21 crew members of the Turkish-owned bulk carrier Selin Kaya are safe after an explosion damaged the vessel off Ukraine's Black Sea coast on Thursday evening, the Ministry of Transport and Infrastructure said on Friday.

One sailor, a Turkish national, was treated for minor injuries on board and did not need to be taken to hospital, the ministry said in a written statement. Ukrainian officials had earlier reported two injured.

The ship, operated by Istanbul-based Ege Bulk Shipping, was towed to the port of Chornomorsk overnight after its forward hold took on water, according to the company. "Our first priority was our people. Everyone is accounted for and in contact with their families," company spokesperson Aylin Şahin told Bosphorus Daily by telephone.

The ministry did not say what caused the blast. Ukraine's navy said the ship was hit by a Russian missile, while Moscow denied carrying out any strike and said the vessel might have struck a drifting mine.

Ankara has repeatedly called for the Black Sea to remain safe for commercial shipping. Turkish naval vessels have been clearing mines near the Bosphorus approaches under a joint mine-countermeasures group with Romania and Bulgaria set up in January.

Four of the crew are Georgian nationals. Georgia's foreign ministry said on Friday that all of them were in good health.
""",
),
dict(
    key="s2-ru-sv", story="S2", lang="ru", outlet="sv", fmt="txt", encoding="cp1251",
    file="txt/severny-vestnik_2024-07-05_minoborony-suhogruz_cp1251.txt",
    published="2024-07-05T12:10:00+03:00",
    slug="army/2024/07/05/minoborony-oprovergli-udar-po-suhogruzu",
    header=["Северный вестник", "", "Агентство «Вектор»", "", "05.07.2024", "", "Поделиться", ""],
    title="В Минобороны России опровергли причастность к инциденту с сухогрузом у Черноморска",
    body="""
Министерство обороны России не наносило ударов по гражданским судам в районе порта Черноморск в Одесской области. Об этом в пятницу, 5 июля, заявил официальный представитель ведомства генерал-майор Игорь Лаптев, сообщило агентство «Вектор».

«Российские вооруженные силы не имеют никакого отношения к повреждению сухогруза „Селин Кая“. Заявления киевского режима о якобы ракетном ударе являются очередной провокацией, рассчитанной на западную аудиторию», — приводит агентство слова Лаптева.

По его словам, наиболее вероятной причиной взрыва стал контакт судна с дрейфующей миной. Источник агентства в военно-морских кругах напомнил, что в 2022 году украинская сторона заминировала подходы к портам Одессы, Черноморска и Южного, и часть мин была сорвана с якорей штормами.

Сухогруз под флагом Маршалловых Островов, принадлежащий турецкой компании, был поврежден в четверг вечером. На борту находилась партия кукурузы, предназначавшаяся для Египта. Турецкие власти сообщили, что никто из членов экипажа серьезно не пострадал.

Военный эксперт Вадим Стрельцов в беседе с «Северным вестником» отметил, что так называемый зерновой коридор, который Киев организовал в одностороннем порядке, «не имеет никаких гарантий безопасности». «Судовладельцы, заходящие в украинские порты, сознательно идут на риск», — считает он.
""",
),
dict(
    key="s2-ru-no", story="S2", lang="ru", outlet="no", fmt="html",
    published="2024-07-08T11:00:00+03:00",
    slug="markets/2024/07/08/strahovshchiki-podnyali-stavki-selin-kaya",
    author="Михаил Дорофеев",
    title="Страховщики подняли ставки за заход в украинские порты после инцидента с «Селин Кая»",
    body="""
Стоимость страхования военных рисков для судов, следующих в порты Большой Одессы, выросла после инцидента с сухогрузом «Селин Кая», поврежденным взрывом 4 июля у Черноморска. Об этом «Невскому обозревателю» рассказали участники рынка.

По данным лондонского страхового брокера Harwell Marine, на которого ссылается агентство Baltic Wire, дополнительная премия за военный риск на прошлой неделе выросла с 0,75% до 1–1,1% от стоимости корпуса судна. Для балкера стоимостью 20 млн долларов это означает дополнительные 50–70 тысяч долларов за рейс.

«Рынок реагирует не на сам инцидент, а на неопределенность. Пока нет ясности, была это ракета или мина, андеррайтеры закладывают худший сценарий», — пояснил аналитик консалтинговой компании «Зерновой баланс» Денис Кравцов.

Версии сторон по-прежнему расходятся. ВМС Украины заявили о ракетном ударе, Минобороны России отвергло свою причастность и указало на возможный подрыв на дрейфующей мине. Министерство транспорта Турции причину взрыва не назвало.

По оценке Кравцова, рост расходов на фрахт и страхование может снизить закупочные цены на украинское зерно на 3–5 долларов за тонну, что в первую очередь ударит по мелким трейдерам. Российские экспортеры, отгружающие зерно через Новороссийск, от изменения ставок в украинских портах напрямую не зависят, добавил эксперт.

Сейчас «Селин Кая» находится в порту Черноморска, где, по данным оператора, корпус осматривают водолазы.
""",
),
dict(
    key="s2-uk-kk", story="S2", lang="uk", outlet="kk", fmt="rss",
    published="2024-07-04T20:45:00+03:00",
    slug="viina/2024/07/04/rosiia-vdaryla-po-sudnu-chornomorsk",
    title="Росія вдарила ракетою по цивільному судну біля Чорноморська, двоє членів екіпажу поранені — ВМС",
    summary="Суховантаж із кукурудзою для Єгипту зазнав удару поблизу Чорноморська, повідомили у ВМС ЗСУ.",
    body="""
Увечері 4 липня російські війська завдали ракетного удару по цивільному суховантажу Selin Kaya поблизу порту Чорноморськ на Одещині. Про це повідомив речник Військово-морських сил ЗСУ капітан третього рангу Олег Сидоренко.

За його словами, судно під прапором Маршаллових Островів перевозило близько 43 тисяч тонн кукурудзи до Єгипту. Удар припав на носову частину суховантажу приблизно о 17:40. Двоє членів екіпажу дістали поранення, їм надано медичну допомогу.

«Росія вкотре намагається залякати судновласників і зірвати роботу українського морського коридору. Але коридор працює, і судна продовжують заходити в наші порти», — наголосив Сидоренко.

Як повідомляє агентство «Укрвісник», за попередніми даними, удару було завдано протикорабельною ракетою з боку тимчасово окупованого Криму. Речник Одеської обласної військової адміністрації Максим Лозинський додав, що пожежу на борту екіпаж ліквідував власними силами.

Нагадаємо, український морський коридор працює з серпня 2023 року, після того як Росія вийшла з так званої «зернової угоди». Відтоді ним вивезли десятки мільйонів тонн агропродукції.
""",
),
dict(
    key="s2-uk-dv", story="S2", lang="uk", outlet="dv", fmt="txt",
    file="txt/dniprovski-visti_2024-07-06_sukhovantazh-vidbuksyruvaly.txt",
    published="2024-07-06T14:05:00+03:00",
    slug="ukraina/2024/07/06/sukhovantazh-vidbuksyruvaly-do-chornomorska",
    header=["Дніпровські вісті", "06.07.2024 14:05", ""],
    title="Пошкоджений суховантаж відбуксирували до Чорноморська: прокуратура відкрила провадження",
    body="""
Суховантаж «Селін Кая», пошкоджений вибухом увечері в четвер, 4 липня, відбуксирували до порту Чорноморськ. Судно стоїть біля причалу, його корпус оглядають водолази, повідомили в Одеській обласній військовій адміністрації.

Офіс генерального прокурора розпочав досудове розслідування за фактом порушення законів та звичаїв війни (стаття 438 Кримінального кодексу України). Як зазначили в прокуратурі, слідчі вилучили уламки, які, за попередніми даними, можуть належати протикорабельній ракеті. Остаточні висновки зроблять після експертизи.

У п'ятницю Міністерство транспорту та інфраструктури Туреччини заявило, що всі 21 член екіпажу живі, а один моряк зазнав легких травм. Раніше у ВМС ЗСУ повідомляли про двох поранених. У Міноборони РФ свою причетність заперечили й припустили, що судно підірвалося на дрейфуючій міні.

„Версія з міною не витримує критики: характер пошкоджень указує на влучання згори, а не на підводний вибух“, — сказав виданню військовий експерт, капітан першого рангу запасу Андрій Рибак.

Речник Генерального секретаря ООН у п'ятницю закликав усі сторони утримуватися від дій, які загрожують цивільному судноплавству в Чорному морі.

Вантаж кукурудзи, за словами оператора судна, планують перевантажити на інше судно до кінця липня.
""",
),
]

# Syndicated copy: Meridian Post republishes the Baltic Wire story with trivial changes.
SYNDICATED = [
dict(
    base="s2-en-bw", key="s2-en-mp-synd", outlet="mp", fmt="html",
    published="2024-07-04T20:05:00+01:00",
    slug="world/2024/jul/04/grain-ship-damaged-blast-black-sea-cause-disputed",
    author="Baltic Wire",
    replace=("said it was assessing the damage", "said it was evaluating the damage"),
    append="Read also: Black Sea war-risk insurance — what shipowners are paying now",
),
]
