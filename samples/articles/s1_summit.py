# Story S1: Putin-Erdogan talks in Ankara, Tuesday 12 March 2024 (fictional event).
# Chronology used consistently across articles:
#   Mon 26 Feb 2024  Kremlin aide Pavel Gromov announces preparations for the visit
#   Tue 05 Mar 2024  Turkish side confirms the visit
#   Mon 11 Mar 2024  Turkish-Ukrainian diplomatic consultations by phone
#   Tue 12 Mar 2024  talks in Ankara; joint statement + 3 memorandums (4 documents)
#   Wed 13 Mar 2024  Ukrainian MFA and US State Dept react
#   Oct 2024         next meeting possibly in Kazan (Russian claim, not confirmed by Ankara)
# All names of officials/experts below except the heads of state are invented.

ARTICLES = [
dict(
    key="s1-ru-sv", story="S1", lang="ru", outlet="sv", fmt="html",
    published="2024-03-12T19:30:00+03:00",
    slug="politics/2024/03/12/putin-erdogan-ankara-peregovory",
    author="Анна Корнеева",
    title="Путин и Эрдоган в Анкаре договорились нарастить товарооборот до 100 млрд долларов",
    body="""
Президент России Владимир Путин и президент Турции Реджеп Тайип Эрдоган во вторник, 12 марта, провели в Анкаре переговоры, которые продлились почти четыре часа. По итогам встречи стороны подписали совместное заявление и три межправительственных меморандума — о газовом хабе во Фракии, о сроках пуска второго энергоблока АЭС «Аккую» и о расчетах в национальных валютах.

Как сообщило агентство «Вектор» со ссылкой на пресс-службу Кремля, переговоры прошли сначала в узком составе, а затем с участием делегаций. В состав российской делегации вошли министры иностранных дел, энергетики и экономического развития, а также руководители «Газпрома» и «Росатома».

«Товарооборот по итогам прошлого года составил около 57 миллиардов долларов. Президенты поставили задачу выйти на отметку в 100 миллиардов», — сказал журналистам помощник президента Павел Громов.

По словам Громова, отдельное внимание было уделено проекту газового хаба. «Турецкие партнеры подтвердили заинтересованность в том, чтобы хаб заработал уже в следующем году. Это отвечает интересам обеих стран и европейских потребителей», — отметил он.

Эрдоган, в свою очередь, заявил на совместной пресс-конференции, что Турция рассчитывает на скорейший ввод в эксплуатацию первого энергоблока «Аккую» и продолжит диалог с Москвой по вопросам региональной безопасности.

О подготовке визита в Кремле объявили 26 февраля. Следующая встреча лидеров, как ожидается, может состояться в октябре в Казани на полях саммита БРИКС.
""",
),
dict(
    key="s1-ru-no", story="S1", lang="ru", outlet="no", fmt="txt", encoding="koi8_r",
    file="txt/nevsky-obozrevatel_2024-03-13_gazovyi-hab_koi8r.txt",
    published="2024-03-13T10:00:00+03:00",
    slug="business/2024/03/13/gazovyi-hab-i-akkuyu",
    # KOI8-R has no guillemets or dashes: ASCII quotes and hyphens, as in old koi8 pages.
    header=["Невский обозреватель", "13 марта 2024", ""],
    title='Газовый хаб и "Аккую": что бизнес ждет от договоренностей в Анкаре',
    body="""
Подписанные во вторник в Анкаре документы пока носят рамочный характер, однако для российских экспортеров они могут означать заметное упрощение расчетов с турецкими контрагентами. Такое мнение высказали опрошенные "Невским обозревателем" эксперты.

С начала года российские компании жаловались на задержки платежей: ряд турецких банков ужесточил проверку операций с Россией из-за угрозы вторичных санкций США. Меморандум о расчетах в национальных валютах, подписанный 12 марта, предусматривает создание рабочей группы центральных банков двух стран, которая должна представить предложения до 1 июня.

"Сам по себе меморандум проблему не решает, но он дает банкам политический сигнал. Главное - увидеть конкретные механизмы, а не декларации", - считает ведущий аналитик Центра черноморских исследований Ольга Берестова.

По ее словам, проект газового хаба во Фракии обсуждается с октября 2022 года, и за это время стороны так и не договорились ни о ценообразовании, ни об операторе площадки. "Если к осени появится юридическое лицо и понятная модель торговли, можно будет говорить о реальном прогрессе", - добавила эксперт.

Напомним, о подготовке визита Владимира Путина в Турцию помощник президента Павел Громов сообщил 26 февраля. Переговоры с Реджепом Тайипом Эрдоганом, по данным Кремля, продолжались около четырех часов. Турецкая сторона, в свою очередь, сообщила о "более чем трехчасовых" переговорах.

Пуск первого энергоблока АЭС "Аккую", которую строит "Росатом", в Анкаре ожидают до конца года.
""",
),
dict(
    key="s1-uk-kk", story="S1", lang="uk", outlet="kk", fmt="rss",
    published="2024-03-13T11:40:00+02:00",
    slug="svit/2024/03/13/erdogan-putin-ankara-mirni-perehovory",
    title="Ердоган після зустрічі з Путіним заявив про готовність Туреччини приймати мирні переговори",
    summary="Президент Туреччини під час переговорів із главою Кремля в Анкарі підтвердив підтримку територіальної цілісності України.",
    body="""
Президент Туреччини Реджеп Тайїп Ердоган у вівторок, 12 березня, провів в Анкарі переговори з главою Кремля Володимиром Путіним. Про це повідомляє агентство «Укрвісник» з посиланням на Директорат комунікацій адміністрації президента Туреччини.

За словами Ердогана, Анкара й надалі готова бути майданчиком для переговорів між Україною та Росією, зокрема щодо безпеки судноплавства в Чорному морі та обміну полоненими. Турецький лідер також наголосив, що його країна підтримує територіальну цілісність України. Цю частину заяви російські державні ЗМІ у своїх повідомленнях не навели.

Сторони підписали спільну заяву та кілька меморандумів, зокрема щодо енергетики. Повні тексти документів офіційно не оприлюднені.

У середу в МЗС України заявили, що уважно стежать за результатами візиту. «Ми очікуємо, що Туреччина як союзниця по НАТО не допустить використання своєї території та своїх банків для обходу санкцій», — сказав речник МЗС Тарас Гнатюк.

Він додав, що Київ цінує роль Анкари в поверненні українських полонених і в роботі морського коридору, однак «будь-які домовленості з агресором не повинні відбуватися за рахунок України».

Нагадаємо, про підготовку візиту Путіна до Туреччини в Кремлі оголосили 26 лютого. Це перша поїздка російського президента до країни — члена НАТО від початку повномасштабного вторгнення.
""",
),
dict(
    key="s1-uk-lo", story="S1", lang="uk", outlet="lo", fmt="txt",
    file="txt/lviv-ohliadach_2024-03-14_khronolohiia-vizytu.txt",
    published="2024-03-14T10:20:00+02:00",
    slug="svit/2024/03/14/khronolohiia-vizytu-putina-do-turechchyny",
    header=["Львівський оглядач", "", "14.03.2024 10:20", "", "Поширити", ""],
    title="Анкара між Москвою і Брюсселем: хронологія візиту Путіна до Туреччини",
    body="""
Візит Володимира Путіна до Туреччини, який завершився у вівторок, став першою поїздкою російського президента до держави — члена НАТО від лютого 2022 року. „Львівський оглядач“ відновив хронологію подій.

26 лютого помічник президента РФ Павло Громов повідомив журналістам, що в Кремлі готують поїздку до Анкари. Турецька сторона офіційно підтвердила візит лише 5 березня.

11 березня, напередодні переговорів, турецькі дипломати провели телефонні консультації з українськими колегами — про це повідомило агентство Baltic Wire з посиланням на дипломатичні джерела.

12 березня Путін прилетів до Анкари. Переговори тривали, за різними даними, від трьох до чотирьох годин. Як повідомило агентство Baltic Wire з посиланням на речника адміністрації президента Туреччини Мурата Йилдиза, сторони підписали спільну заяву та три меморандуми.

„Ми говорили відверто, зокрема й про ситуацію в Україні та безпеку в Чорному морі“, — цитує Йилдиза агентство.

13 березня МЗС України закликало Анкару не допустити обходу санкцій через турецькі компанії. Того ж дня Державний департамент США заявив, що «уважно вивчає» підписані документи.

Наступна зустріч Путіна та Ердогана, за повідомленнями російської сторони, може відбутися в жовтні в Казані. Турецька сторона цього не підтвердила.
""",
),
dict(
    key="s1-en-bw", story="S1", lang="en", outlet="bw", fmt="warc",
    file="warc_src/balticwire_2024-03-12_putin-erdogan-ankara.html",
    published="2024-03-12T17:55:00+02:00",
    slug="world/2024/03/12/putin-erdogan-sign-energy-memorandums-ankara",
    author="Lina Ozola",
    title="Putin, Erdogan sign energy memorandums after talks in Ankara",
    body="""
ANKARA, March 12 (Baltic Wire) — Russian President Vladimir Putin and Turkish President Recep Tayyip Erdogan signed a joint statement and three memorandums on energy and trade on Tuesday after more than three hours of talks in Ankara, Turkish officials said.

The documents cover a proposed gas trading hub in Turkey's Thrace region, the timetable for the second unit of the Russian-built Akkuyu nuclear power plant, and the use of national currencies in bilateral payments, according to a statement from the Turkish presidency.

"The leaders agreed to keep channels open on all issues, including the war in Ukraine and the safety of navigation in the Black Sea," presidency spokesman Murat Yildiz told reporters.

Erdogan said at a joint news conference that Turkey remained ready to host talks between Moscow and Kyiv. Putin said Russia and Turkey would aim to raise annual trade to $100 billion, according to a Kremlin readout. Trade between the two countries totalled about $57 billion last year, Russian officials said.

The visit, first announced by the Kremlin on Feb. 26, was Putin's first to a NATO member state since Russia launched its full-scale invasion of Ukraine in February 2022.

Ukraine's foreign ministry did not immediately respond to a request for comment. NATO declined to comment on the talks.

(Reporting by Lina Ozola; editing by Tom Harker)
""",
),
dict(
    key="s1-en-bd", story="S1", lang="en", outlet="bd", fmt="html",
    published="2024-03-13T09:15:00+03:00",
    slug="energy/2024/03/13/akkuyu-gas-hub-erdogan-hosts-putin",
    author="Can Özkan",
    title="Akkuyu, gas hub top agenda as Erdoğan hosts Putin in Ankara",
    body="""
President Recep Tayyip Erdoğan hosted Russian President Vladimir Putin at the presidential complex in Ankara on Tuesday, in talks that officials said focused on energy projects, trade and regional security.

The two leaders signed four documents, including a joint statement, the presidency's Directorate of Communications said late on Tuesday. Among them is a memorandum setting out steps toward a natural gas trading hub in Thrace, a project first floated by Moscow in October 2022.

Energy Ministry officials told Bosphorus Daily that the first unit of the Akkuyu nuclear power plant in Mersin province was expected to begin supplying electricity to the grid "before the end of this year". The second unit is now scheduled for 2025, according to the memorandum.

"Türkiye's energy security depends on diversification, and Akkuyu is a central part of that strategy," said Elif Demirtaş, an energy analyst at the Istanbul-based Anatolia Energy Institute.

Erdoğan reiterated Ankara's offer to mediate between Russia and Ukraine and said Türkiye supported Ukraine's territorial integrity, according to remarks released by his office. Presidency spokesman Murat Yıldız said the talks had been "frank and constructive".

Russian tourists, who made up the largest group of foreign visitors to the country last year, were also on the agenda, officials said, with both sides discussing the resumption of direct flights from several Russian regional airports.
""",
),
dict(
    key="s1-en-mp", story="S1", lang="en", outlet="mp", fmt="jsonl", mode="text",
    published="2024-03-15T07:00:00+00:00",
    slug="world/2024/mar/15/analysis-turkey-balancing-act-putin-ankara",
    title="Analysis: Turkey's balancing act on display as Putin visits Ankara",
    body="""
When Vladimir Putin stepped off his plane in Ankara on Tuesday, the Turkish government was careful to treat the visit as routine business between neighbours. Western capitals were less relaxed.

A State Department spokesperson said on Wednesday that Washington was "studying" the documents signed in Ankara and expected Turkey, as a NATO ally, to prevent the re-export of dual-use goods to Russia. A NATO official, speaking on condition of anonymity, said the alliance "respects the sovereign choices of its members" but that sanctions enforcement was "a shared responsibility".

Turkish officials insist there is no contradiction. According to Baltic Wire, presidency spokesman Murat Yildiz said the talks covered Ukraine and Black Sea navigation alongside energy and trade.

The memorandums themselves contain few hard commitments. The gas hub in Thrace still lacks an operator and a pricing model, and the working group on payments in national currencies is not due to report until June 1. Even the length of the meeting is disputed: the Kremlin-aligned daily Severny Vestnik said the talks lasted "almost four hours", while Turkish officials spoke of "more than three".

"Ankara wants to be indispensable to both sides," said Hannah Ilves, a senior fellow at the Nordic Policy Forum in Tallinn. "Every meeting like this raises its price in Brussels and in Moscow at the same time."

Ukraine's foreign ministry said on Wednesday it expected Turkey not to allow its territory to be used to circumvent sanctions. The Kremlin has said the next meeting between the two leaders could take place in Kazan in October; Ankara has not confirmed this.
""",
),
]
