"""Fictional outlets used by the kronika sample corpus.

Every outlet, agency, domain and byline here is invented for the project.
Domains live under example.org / example.com / example.net only.
"""

OUTLETS = {
    # --- Russian-language ---------------------------------------------------
    "sv": dict(
        name="Северный вестник", site="severny-vestnik.example.org", lang="ru",
        side="ru-state-aligned", tagline="Ежедневная общественно-политическая газета",
        nav=["Главная", "Политика", "Экономика", "Общество", "Армия", "В мире", "Спорт"],
        sidebar_title="Главное за сутки",
        sidebar=[
            "В Подмосковье открыли новый участок Центральной кольцевой автодороги",
            "Синоптики пообещали потепление до +5 градусов в выходные",
            "Сборная России по хоккею с мячом провела первый сбор",
            "В Архангельске отреставрировали деревянную набережную",
            "Пенсионеров предупредили о новой схеме телефонного мошенничества",
        ],
        share_label="Поделиться", share=["ВКонтакте", "Одноклассники", "Telegram"],
        cookie="Мы используем файлы cookie для улучшения работы сайта. Продолжая пользоваться сайтом, вы соглашаетесь с их использованием.",
        cookie_btn="Принять",
        footer="© 2024 «Северный вестник». Все права защищены. Сетевое издание зарегистрировано Роскомнадзором. 18+",
        read_also="Читайте также", template="a", inline_read_also=True,
    ),
    "no": dict(
        name="Невский обозреватель", site="nevsky-obozrevatel.example.com", lang="ru",
        side="ru-business", tagline="Деловой еженедельник",
        nav=["Новости", "Бизнес", "Рынки", "Финансы", "Технологии", "Мнения"],
        sidebar_title="Самое читаемое",
        sidebar=[
            "Курс юаня на Мосбирже обновил месячный максимум",
            "Петербургские девелоперы сократили запуск новых проектов",
            "Как малому бизнесу подготовиться к изменениям в налоговой отчетности",
            "Порт Усть-Луга нарастил перевалку угля",
        ],
        share_label="Поделиться", share=["Telegram", "ВКонтакте", "Скопировать ссылку"],
        cookie="Сайт использует cookie-файлы и сервисы веб-аналитики. Подробнее — в политике конфиденциальности.",
        cookie_btn="Хорошо",
        footer="© 2024 «Невский обозреватель». Перепечатка материалов только с письменного разрешения редакции.",
        read_also="По теме", template="b",
    ),
    "vn": dict(
        name="Волжская неделя", site="volzhskaya-nedelya.example.net", lang="ru",
        side="ru-regional", tagline="Новости Поволжья",
    ),
    "vt": dict(
        name="Вечерний телеграф", site="vecherny-telegraf.example.org", lang="ru",
        side="ru-independent", tagline="Независимое издание",
    ),
    # --- Ukrainian-language -------------------------------------------------
    "kk": dict(
        name="Київський кур'єр", site="kyiv-kurier.example.org", lang="uk",
        side="ua-national", tagline="Новини України та світу",
    ),
    "lo": dict(
        name="Львівський оглядач", site="lviv-ohliadach.example.com", lang="uk",
        side="ua-regional-analysis", tagline="Незалежне інтернет-видання",
        nav=["Головна", "Політика", "Економіка", "Львів", "Світ", "Культура", "Думки"],
        sidebar_title="Читайте також",
        sidebar=[
            "У Львові відкрили оновлений сквер на вулиці Городоцькій",
            "Як оформити субсидію на опалювальний сезон: покрокова інструкція",
            "Львівські «Карпати» здобули виїзну перемогу",
            "Вчені з Львівської політехніки представили новий протез руки",
        ],
        share_label="Поширити", share=["Facebook", "Telegram", "X", "Копіювати посилання"],
        cookie="Ми використовуємо файли cookie, щоб сайт працював краще. Залишаючись на сайті, ви погоджуєтеся з політикою конфіденційності.",
        cookie_btn="Зрозуміло",
        footer="© 2024 «Львівський оглядач». Усі права захищено. Використання матеріалів дозволяється за умови гіперпосилання на сайт.",
        read_also="Читайте також", template="b",
    ),
    "dv": dict(
        name="Дніпровські вісті", site="dniprovski-visti.example.net", lang="uk",
        side="ua-regional", tagline="Новини Дніпра та України",
        nav=["Новини", "Дніпро", "Україна", "Війна", "Економіка", "Спорт", "Погода"],
        sidebar_title="Останні новини",
        sidebar=[
            "У Дніпрі на Набережній Перемоги обмежать рух через ремонт",
            "Синоптики попередили про туман і ожеледицю",
            "«Дніпро-1» зіграв внічию в матчі Прем'єр-ліги",
            "У місті запрацювали ще три пункти незламності",
            "Підприємці Придніпров'я отримають гранти на генератори",
        ],
        share_label="Поширити", share=["Facebook", "Telegram", "Viber"],
        cookie="Цей сайт використовує cookie. Продовжуючи перегляд, ви погоджуєтеся з умовами їх використання.",
        cookie_btn="Погоджуюсь",
        footer="© 2024 «Дніпровські вісті». Думка редакції може не збігатися з думкою авторів.",
        read_also="Читайте також", template="a", inline_read_also=True,
    ),
    "ps": dict(
        name="Поділля сьогодні", site="podillia-sohodni.example.org", lang="uk",
        side="ua-regional", tagline="Новини Вінниччини",
    ),
    # --- English-language ---------------------------------------------------
    "bw": dict(
        name="Baltic Wire", site="balticwire.example.net", lang="en",
        side="wire-neutral", tagline="Independent news agency",
        nav=["World", "Europe", "Business", "Energy", "Markets", "Fact check"],
        sidebar_title="Latest from Baltic Wire",
        sidebar=[
            "Estonia opens tender for offshore wind zone",
            "Riga port cargo volumes steady in third quarter",
            "Nordic central banks weigh next steps on rates",
            "Lithuania extends railway electrification deadline",
        ],
        share_label="Share", share=["Facebook", "X", "LinkedIn", "Email"],
        cookie="We use cookies to personalise content and analyse our traffic. You can change your preferences at any time.",
        cookie_btn="Accept all",
        footer="© 2024 Baltic Wire. All rights reserved. Baltic Wire is an independent news agency.",
        read_also="Read more", template="b",
    ),
    "mp": dict(
        name="Meridian Post", site="meridianpost.example.com", lang="en",
        side="western-newspaper", tagline="News, analysis, opinion",
        nav=["Home", "World", "UK", "Business", "Opinion", "Culture", "Sport"],
        sidebar_title="Most read",
        sidebar=[
            "Rail strikes called off after late-night deal",
            "The quiet return of the village bakery",
            "Chancellor under pressure over fuel duty",
            "Review: a bold new staging of The Seagull",
            "Why your energy bill may rise this winter",
        ],
        share_label="Share this article", share=["Facebook", "X", "WhatsApp", "Email"],
        cookie="Meridian Post and our partners use cookies to deliver and improve our services. Manage your choices in Privacy settings.",
        cookie_btn="Yes, I'm happy",
        footer="© 2024 Meridian Post Media Ltd. Registered in England. Meridian Post is not responsible for the content of external sites.",
        read_also="Read also", template="a",
    ),
    "bd": dict(
        name="Bosphorus Daily", site="bosphorusdaily.example.org", lang="en",
        side="tr-english-daily", tagline="Turkey's news in English",
        nav=["Türkiye", "Politics", "Economy", "Energy", "Region", "Life"],
        sidebar_title="Editor's picks",
        sidebar=[
            "Istanbul's new metro line to open ahead of schedule",
            "Hazelnut exporters expect record season",
            "Cappadocia balloon flights resume after weather pause",
            "Central bank holds rates steady",
        ],
        share_label="Share", share=["Facebook", "X", "WhatsApp"],
        cookie="This website uses cookies in accordance with KVKK. By continuing, you accept our cookie policy.",
        cookie_btn="OK",
        footer="© 2024 Bosphorus Daily. All rights reserved.",
        read_also="Related", template="b",
    ),
}

# News agencies that outlets cite (never publishing outlets of their own here,
# except Baltic Wire, which is both a wire and a site).
AGENCIES = {
    "vector": "Агентство «Вектор» (invented Russian wire)",
    "ukrvisnyk": "агентство «Укрвісник» (invented Ukrainian wire)",
    "bw": "Baltic Wire (invented English-language wire)",
}
