# Story S3: EU sanctions package on the "shadow fleet" and LNG transshipment,
# formally adopted Thursday 19 September 2024 (fictional package).
# Chronology used consistently:
#   Tue 30 Jul 2024  European Commission proposes the package
#   early Sep 2024   Hungary holds it up (~two weeks), seeks guarantees on Druzhba oil
#   Wed 18 Sep 2024  EU ambassadors reach agreement
#   Thu 19 Sep 2024  Council formally adopts: 27 tankers, 61 listings (19 third-country firms),
#                    LNG transshipment ban after 9-month transition
#   Fri 20 Sep 2024  published in the Official Journal, in force
# Invented people: Nadia Verhoeven (Council spokesperson), Viktor Sazonov (Russian MFA),
# Oksana Danyliuk (Ukrainian deputy FM), Marta Kowalczyk, Sergei Maltsev, Iryna Savchuk.

ARTICLES = [
dict(
    key="s3-en-bw", story="S3", lang="en", outlet="bw", fmt="jsonl", mode="text",
    published="2024-09-19T16:40:00+03:00",
    slug="europe/2024/09/19/eu-adopts-sanctions-shadow-fleet-lng",
    title="EU adopts sanctions package targeting Russian 'shadow fleet' and LNG transshipment",
    body="""
BRUSSELS, Sept 19 (Baltic Wire) — European Union governments formally adopted a new package of sanctions against Russia on Thursday, banning 27 more tankers from EU ports and prohibiting the transshipment of Russian liquefied natural gas through the bloc's terminals, the Council of the EU said.

The package adds 61 individuals and entities to the EU's asset-freeze list, including 19 companies in third countries accused of helping Moscow obtain dual-use goods and military components, according to the Council statement.

"This package targets the revenue that funds Russia's war and the networks that help it evade our measures," Council spokesperson Nadia Verhoeven told reporters.

The ban on LNG transshipment will take effect after a nine-month transition period. Ships listed under the measures will be denied access to EU ports and to services such as insurance, bunkering and maintenance.

Adoption was delayed by about two weeks after Hungary sought assurances that oil supplies through the Druzhba pipeline would not be affected, diplomats said.

Russia's foreign ministry called the measures illegal. China's commerce ministry said it firmly opposed the inclusion of Chinese companies and would take "necessary measures" to protect their interests.

The European Commission proposed the package on July 30. EU ambassadors reached agreement on Wednesday.

(Reporting by Jonas Peeters; editing by Anna Lind)
""",
),
dict(
    key="s3-en-mp", story="S3", lang="en", outlet="mp", fmt="txt",
    file="txt/meridian-post_2024-09-23_shadow-fleet-sanctions.txt",
    published="2024-09-23T06:00:00+01:00",
    slug="world/2024/sep/23/shadow-fleet-sanctions-test-eu-reach",
    header=["MERIDIAN POST", "23 September 2024", ""],
    title="Shadow fleet sanctions test EU's reach as reactions pour in",
    body="""
The European Union's latest sanctions package, adopted last Thursday, was meant to close loopholes. Within days it had drawn protests from Moscow and Beijing and, more quietly, from some EU capitals.

The measures bar 27 more tankers of Russia's so-called shadow fleet from EU ports and ban the transshipment of Russian liquefied natural gas through European terminals after a nine-month transition. Belgian and French ports, where Russian LNG has been reloaded onto vessels bound for Asia, will be most affected.

Moscow's response was swift. Viktor Sazonov, director of the European department at the Russian foreign ministry, said the sanctions would "hit Europe's own energy security first", according to the Russian news agency Vector. China said it would defend the interests of its companies: of the 19 third-country firms listed, seven are in mainland China and Hong Kong, five in the United Arab Emirates and four in Turkey.

In Kyiv, Deputy Foreign Minister Oksana Danyliuk welcomed the decision but said the EU needed to move faster. "Every tanker that is not listed today will carry Russian oil tomorrow," she wrote on social media.

Hungary, which held up the package for two weeks, said it had received the guarantees it wanted. "We will not support measures that damage our energy supply," a government spokesman said in Budapest on Friday.

Analysts question how much the listings will bite. "The shadow fleet is a moving target. Ships are reflagged and renamed within weeks," said Marta Kowalczyk, a shipping analyst at the Warsaw-based Vistula Maritime Consultancy. She estimated that more than 400 tankers were involved in the trade, fewer than a quarter of which are now under EU sanctions.
""",
),
dict(
    key="s3-ru-sv", story="S3", lang="ru", outlet="sv", fmt="txt",
    file="txt/severny-vestnik_2024-09-19_mid-sankcii.txt",
    published="2024-09-19T18:20:00+03:00",
    slug="politics/2024/09/19/mid-novyi-paket-sankcii-es",
    header=["Северный вестник", "Агентство «Вектор»", "19.09.2024", "Поделиться"],
    title="В МИД России назвали новый пакет санкций ЕС ударом по энергобезопасности самой Европы",
    body="""
Новый пакет антироссийских санкций, утвержденный Евросоюзом в четверг, 19 сентября, прежде всего ударит по энергетической безопасности самих европейских стран. Такое заявление сделал директор департамента европейских проблем МИД России Виктор Сазонов, передает агентство «Вектор».

«Брюссель продолжает пилить сук, на котором сидит. Запрет на перевалку российского СПГ в европейских портах лишит бельгийские и французские терминалы загрузки, а покупатели в Азии просто получат газ другими маршрутами», — заявил Сазонов.

Дипломат подчеркнул, что Россия не признает односторонние ограничительные меры, введенные в обход Совета Безопасности ООН, и оставляет за собой право на ответные шаги. По его словам, ограничения в отношении танкеров являются «пиратской практикой», противоречащей нормам международного морского права.

В Кремле, как сообщило агентство, от развернутых комментариев воздержались, отметив, что российская экономика «давно адаптировалась к санкционному давлению».

Новый пакет предусматривает запрет на заход в порты ЕС еще для 27 танкеров и включает в санкционный список 61 физическое и юридическое лицо. Евросоюз также запретил перевалку российского сжиженного природного газа через свои терминалы после переходного периода продолжительностью девять месяцев.
""",
),
dict(
    key="s3-ru-no", story="S3", lang="ru", outlet="no", fmt="warc",
    file="warc_src/nevsky-obozrevatel_2024-09-20_tankery-pod-novym-flagom.html",
    published="2024-09-20T10:30:00+03:00",
    slug="markets/2024/09/20/tankery-pod-novym-flagom",
    author="Ксения Лаврентьева",
    title="Танкеры под новым флагом: как рынок отреагировал на санкции против «теневого флота»",
    body="""
Ставки фрахта танкеров, перевозящих российскую нефть, выросли на 8–10% за неделю, предшествовавшую утверждению нового пакета санкций Евросоюза, подсчитали опрошенные «Невским обозревателем» брокеры. Рынок заранее закладывал в цены расширение черного списка судов.

В четверг Совет ЕС запретил доступ в порты и к услугам европейских компаний еще 27 танкерам. Как сообщило агентство Baltic Wire, помимо судов, в санкционный список включены 61 физическое и юридическое лицо, в том числе 19 компаний из третьих стран.

«Каждый новый список запускает одну и ту же цепочку: смену флага, смену названия, смену формального владельца. На это уходит от трех до шести недель, и все это время судно простаивает или работает с дисконтом», — рассказал управляющий партнер петербургской консалтинговой компании «Балтик Фрахт Консалтинг» Сергей Мальцев.

Запрет на перевалку российского СПГ в европейских портах, по оценке Мальцева, затронет прежде всего поставки с проекта «Ямал СПГ», часть которых перегружается в бельгийском Зебрюгге для отправки в Азию. Переходный период в девять месяцев позволит компаниям перестроить логистику через Мурманск и Северный морской путь, полагает эксперт.

МИД России назвал новые ограничения незаконными и пообещал ответные меры. Официальных комментариев «Новатэка» на момент публикации не поступало.
""",
),
dict(
    key="s3-uk-kk", story="S3", lang="uk", outlet="kk", fmt="rss",
    published="2024-09-19T19:30:00+03:00",
    slug="svit/2024/09/19/yes-ukhvalyv-novyi-paket-sanktsii",
    title="ЄС ухвалив новий пакет санкцій проти Росії: під обмеження потрапили ще 27 танкерів «тіньового флоту»",
    summary="Рада ЄС затвердила санкції проти танкерів «тіньового флоту», перевалки російського скрапленого газу та компаній із третіх країн.",
    body="""
Рада ЄС у четвер, 19 вересня, офіційно затвердила новий пакет санкцій проти Російської Федерації. Обмеження стосуються танкерів так званого «тіньового флоту», перевалки російського скрапленого газу в європейських портах та компаній, які допомагають Росії обходити санкції.

Про це повідомляє агентство «Укрвісник» з посиланням на заяву Ради ЄС.

До переліку суден, яким заборонено заходити в порти Євросоюзу, додали ще 27 танкерів. Санкції також запроваджено проти 61 фізичної та юридичної особи, серед яких 19 компаній із третіх країн, зокрема з Китаю, Об'єднаних Арабських Еміратів і Туреччини.

Заступниця міністра закордонних справ України Оксана Данилюк привітала рішення партнерів. «Кожен танкер, який сьогодні не потрапив до списку, завтра знову повезе російську нафту. Тому ми вже працюємо над наступним пакетом», — написала вона в соцмережах.

Ухвалення пакета затягнулося приблизно на два тижні через позицію Угорщини, яка вимагала гарантій щодо постачання нафти трубопроводом «Дружба».

Нагадаємо, Європейська комісія запропонувала новий пакет наприкінці липня.
""",
),
dict(
    key="s3-uk-lo", story="S3", lang="uk", outlet="lo", fmt="html",
    published="2024-09-21T09:00:00+03:00",
    slug="ekonomika/2024/09/21/shcho-zminyt-novyi-paket-sanktsii-yes",
    author="Остап Дячук",
    title="Що змінить новий пакет санкцій ЄС: танкери, газ і компанії з третіх країн",
    body="""
Новий пакет санкцій Європейського Союзу проти Росії, остаточно ухвалений у четвер, 19 вересня, набув чинності 20 вересня, у день публікації в Офіційному журналі ЄС. „Львівський оглядач“ розповідає, що саме він передбачає і чому його ухвалення затяглося.

## Хронологія

Європейська комісія представила проєкт пакета 30 липня. На початку вересня процес загальмувався: Угорщина вимагала гарантій, що обмеження не зачеплять постачання нафти трубопроводом «Дружба». Компроміс посли країн ЄС знайшли 18 вересня, а наступного дня рішення формально затвердила Рада ЄС.

## Танкери і газ

Як повідомило агентство «Укрвісник» з посиланням на Європейську комісію, заборону на захід у порти ЄС поширили ще на 27 суден. Крім того, через дев'ять місяців набуде чинності заборона на перевалку російського скрапленого природного газу в європейських терміналах.

„Для Росії це не катастрофа, але це втрачені гроші й ускладнена логістика. Найважливіше тепер — контроль за виконанням“, — вважає економістка Інституту морської економіки Ірина Савчук.

## Реакція Москви і Пекіна

У МЗС Росії санкції назвали незаконними, а директор департаменту європейських проблем Віктор Сазонов заявив, що вони нібито вдарять по енергетичній безпеці самої Європи. Міністерство комерції Китаю пообіцяло захищати інтереси своїх компаній, сім із яких опинилися в санкційному списку.

Загалом санкції запроваджено проти 61 фізичної та юридичної особи. За даними Ради ЄС, серед них — 19 компаній із третіх країн.
""",
),
]

# Syndicated copy: a regional Russian outlet reprints the Vector wire text
# that "Северный вестник" carried, with trivial changes.
SYNDICATED = [
dict(
    base="s3-ru-sv", key="s3-ru-vn-synd", outlet="vn", fmt="txt",
    file="txt/volzhskaya-nedelya_2024-09-20_mid-sankcii.txt",
    published="2024-09-20T08:15:00+03:00",
    slug="politika/2024/09/20/mid-novyi-paket-sankcii-es",
    header=["Волжская неделя", "Агентство «Вектор»", "20.09.2024"],
    replace=("— заявил Сазонов.", "— сказал Сазонов."),
    append="Читайте также: В Самарской области открылся новый зерновой терминал",
),
]
