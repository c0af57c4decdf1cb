# Story S5: UAE-mediated prisoner exchange between Russia and Ukraine,
# Saturday 7 December 2024 (fictional exchange).
# Contradictions built in on purpose:
#   Russian MoD:            "103 for 103", servicemen only, no civilians mentioned
#   Ukrainian HQ:           105 returned = 103 servicemen + 2 civilians
#   UAE foreign ministry:   206 captives in total (counts servicemen only)
# Invented people: Petro Yakovenko (Ukrainian Coordination HQ), Nadezhda Yermolaeva
# (Russian deputy ombudsman), Ihor and Halyna Tkachuk, Mikhail Levandovsky,
# Burak Özdemir (Turkish MFA spokesman), Deniz Ertürk.

ARTICLES = [
dict(
    key="s5-uk-kk", story="S5", lang="uk", outlet="kk", fmt="rss",
    published="2024-12-07T15:20:00+02:00",
    slug="suspilstvo/2024/12/07/obmin-polonenymy-105-ukraintsiv",
    title="Додому повернулися 105 українців: відбувся новий обмін полоненими",
    summary="Україна повернула з російського полону 103 військовослужбовців і двох цивільних за посередництва ОАЕ.",
    body="""
У суботу, 7 грудня, Україна повернула з російського полону 105 своїх громадян — 103 військовослужбовців і двох цивільних. Про це повідомив Координаційний штаб з питань поводження з військовополоненими.

Серед звільнених — захисники Маріуполя, прикордонники, військовослужбовці Національної гвардії та Збройних сил. Наймолодшому з них 21 рік, найстаршому — 59.

Посередником в обміні виступили Об'єднані Арабські Емірати. «Кожне повернення — це результат тривалої і непомітної роботи. Ми не зупиняємося, доки вдома не будуть усі», — сказав представник Координаційного штабу Петро Яковенко.

Президент Володимир Зеленський у зверненні подякував ОАЕ за сприяння та наголосив, що Україна продовжить роботу над поверненням усіх полонених.

За даними Координаційного штабу, звільнені пройдуть медичне обстеження та реабілітацію. Частина з них перебувала в полоні понад два з половиною роки.

Міністерство оборони Росії повідомило про обмін за формулою «103 на 103» і не згадало про цивільних. Попередній обмін полоненими відбувся в жовтні. У Координаційному штабі закликали родини зниклих безвісти та полонених не поширювати в соцмережах особисті дані своїх рідних, аби не ускладнювати переговорний процес.
""",
),
dict(
    key="s5-uk-lo", story="S5", lang="uk", outlet="lo", fmt="warc",
    file="warc_src/lviv-ohliadach_2024-12-08_mamo-ya-vdoma.html",
    published="2024-12-08T10:00:00+02:00",
    slug="suspilstvo/2024/12/08/mamo-ya-vdoma-istoriia-viiskovoho",
    author="Христина Гнатів",
    title="«Мамо, я вдома»: історія військового з Тернопільщини, який повернувся з полону",
    body="""
Галина Ткачук із села поблизу Збаража дізналася, що її син повертається додому, у суботу зранку — з короткого дзвінка з незнайомого номера. „Мамо, я вдома“, — сказав їй старший сержант Ігор Ткачук. До цього вона не чула його голосу два роки й сім місяців.

Ігор — один із 105 українців, яких звільнили з російського полону 7 грудня під час обміну за посередництва Об'єднаних Арабських Еміратів. У полон він потрапив у травні 2022 року в Маріуполі.

„Я щодня писала листи, хоч і не знала, чи він їх отримує. Тепер він каже, що жодного не отримав“, — розповіла „Львівському оглядачу“ пані Галина.

За даними Координаційного штабу з питань поводження з військовополоненими, серед звільнених — 103 військовослужбовці й двоє цивільних. Російська сторона повідомила про обмін «103 на 103» і не згадала про цивільних.

Представник Координаційного штабу Петро Яковенко зазначив, що більшість звільнених мають проблеми зі здоров'ям і найближчі тижні проведуть у медичних закладах. „Це частина процесу, яку ми не можемо пропустити“, — додав він.

Після обстеження Ігор сподівається приїхати додому на Різдво. Односельці, за словами матері, вже почали збирати гроші на його реабілітацію.
""",
),
dict(
    key="s5-ru-sv", story="S5", lang="ru", outlet="sv", fmt="html",
    published="2024-12-07T14:10:00+03:00",
    slug="army/2024/12/07/vozvrashcheny-103-voennosluzhashchih",
    author="Редакция",
    title="Из украинского плена возвращены 103 российских военнослужащих",
    body="""
В результате переговорного процесса 7 декабря с подконтрольной киевскому режиму территории возвращены 103 российских военнослужащих. Об этом в субботу сообщили в Министерстве обороны России.

«В обмен переданы 103 военнопленных ВСУ. Гуманитарное посредничество в возвращении российских военнослужащих из плена осуществили Объединенные Арабские Эмираты», — говорится в сообщении ведомства.

В настоящее время освобожденные военнослужащие находятся на территории Республики Беларусь, где им оказывают необходимую психологическую и медицинскую помощь и предоставили возможность связаться с родными. В Россию их доставят самолетами военно-транспортной авиации для лечения и реабилитации в медицинских учреждениях Минобороны.

Как сообщило агентство «Вектор», большинство освобожденных — военнослужащие, попавшие в плен в Курской области в августе. Заместитель уполномоченного по правам человека в России Надежда Ермолаева отметила, что работа по возвращению остальных продолжается. «Мы получаем обращения от родственников каждый день и по каждому ведем работу», — сказала она.

Предыдущий обмен пленными между Россией и Украиной состоялся в октябре.
""",
),
dict(
    key="s5-ru-vt", story="S5", lang="ru", outlet="vt", fmt="jsonl", mode="text",
    published="2024-12-08T12:00:00+03:00",
    slug="news/2024/12/08/103-ili-105-obmen-plennymi",
    title="103 или 105: стороны по-разному посчитали участников обмена пленными",
    body="""
Россия и Украина в субботу, 7 декабря, провели очередной обмен военнопленными при посредничестве ОАЭ, однако сообщения сторон о его масштабах расходятся.

Министерство обороны России сообщило об обмене по формуле «103 на 103»: на родину возвращены 103 российских военнослужащих, взамен Украине переданы 103 военнопленных ВСУ. Украинский Координационный штаб по вопросам обращения с военнопленными заявил о возвращении 105 человек — 103 военных и двух гражданских.

О передаче гражданских лиц российская сторона не сообщала. Как пояснил «Вечернему телеграфу» правозащитник Михаил Левандовский, подобные расхождения возникают регулярно: «Гражданских нередко передают в рамках отдельной договоренности, и одна из сторон просто не включает их в официальную статистику».

МИД ОАЭ в своем заявлении назвал общее число освобожденных — 206 человек, то есть учел только военнопленных.

Заместитель уполномоченного по правам человека в России Надежда Ермолаева сообщила, что среди вернувшихся россиян есть тяжелораненые. Украинская сторона, в свою очередь, заявила, что часть освобожденных провела в плену более двух с половиной лет.

Это не первый обмен при посредничестве Эмиратов в нынешнем году. Предыдущий состоялся в октябре.
""",
),
dict(
    key="s5-en-bw", story="S5", lang="en", outlet="bw", fmt="txt",
    file="txt/baltic-wire_2024-12-07_prisoner-swap.txt",
    published="2024-12-07T16:45:00+02:00",
    slug="world/2024/12/07/russia-ukraine-swap-prisoners-uae",
    header=["BALTIC WIRE", "2024-12-07 16:45", ""],
    title="Russia and Ukraine swap prisoners in UAE-brokered exchange",
    also_jsonl=True,   # exact duplicate: the same article is also a line of the jsonl export
    body="""
KYIV/MOSCOW, Dec 7 (Baltic Wire) — Russia and Ukraine exchanged prisoners of war on Saturday in a deal mediated by the United Arab Emirates, officials on both sides said, though their accounts of the numbers differed.

Russia's defence ministry said 103 Russian servicemen had been returned in exchange for 103 Ukrainian prisoners of war. Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said 105 Ukrainians had come home, including two civilians.

"Every return is the result of long and quiet work," Petro Yakovenko, a representative of the Ukrainian headquarters, told Baltic Wire.

The Russian soldiers were in Belarus and would be flown to Moscow for medical treatment, the ministry said. Most of them were captured in Russia's Kursk region in August, according to the Russian news agency Vector.

The UAE foreign ministry thanked both countries for their cooperation and said the exchange reflected the "strong relations" the Gulf state maintains with Moscow and Kyiv.

Ukrainian President Volodymyr Zelenskiy thanked the UAE in his evening address. There was no immediate comment from the Kremlin.

The two sides last exchanged prisoners in October.

(Reporting by Daria Moroz in Kyiv; editing by Anna Lind)
""",
),
dict(
    key="s5-en-bd", story="S5", lang="en", outlet="bd", fmt="jsonl", mode="html",
    published="2024-12-09T08:00:00+03:00",
    slug="region/2024/12/09/uae-brokered-release-206-captives",
    title="UAE says it brokered release of 206 captives in latest Russia-Ukraine swap",
    body="""
The United Arab Emirates has mediated another exchange of prisoners between Russia and Ukraine, its foreign ministry said, bringing home 206 captives in a swap carried out on Saturday, Dec. 7.

In a statement carried by the state news agency WAM, the ministry said the exchange of 103 prisoners from each side was "the latest success" of UAE mediation and thanked Moscow and Kyiv for their cooperation.

Ukrainian officials put the number of returning Ukrainians at 105, saying two civilians were released alongside 103 soldiers. The Russian defence ministry did not mention civilians.

Türkiye, which helped broker several prisoner exchanges earlier in the war, welcomed the swap. "Humanitarian channels must remain open regardless of the situation on the front line," foreign ministry spokesman Burak Özdemir said on Sunday.

Diplomats in Ankara said Türkiye was ready to host talks on a broader "all for all" exchange, an idea Kyiv has repeatedly backed. Moscow has not publicly responded to the proposal.

Analysts say Gulf states have become key intermediaries because they maintain working relations with both sides. "The UAE offers discretion and logistics: aircraft, neutral ground and channels to both capitals," said Deniz Ertürk, a researcher at the Ankara Centre for Gulf Studies.
""",
),
]
