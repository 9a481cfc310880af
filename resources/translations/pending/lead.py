RU = {
    (
        "ContentLibrary",
        "One of your own content files was skipped: %1",
    ): "Один из ваших файлов с материалами пропущен: %1",
    (
        "ContentLibrary",
        "A content file of the studio is damaged and was skipped: %1",
    ): "Файл с материалами студии повреждён и пропущен: %1",
    ("ContentLibrary", "The content library could not be loaded: %1"): "Не удалось загрузить библиотеку материалов: %1",
    ("MainWindow", "&Interview"): "&Собеседование",
    (
        "MainWindow",
        "This section could not be opened: %1\n\nThe other sections work. Details are in %2.",
    ): "Этот раздел не открылся: %1\n\nОстальные разделы работают. Подробности — в %2.",
    (
        "MainWindow",
        "Some sections could not be opened: %1. The others work.",
    ): "Некоторые разделы не открылись: %1. Остальные работают.",
    (
        "MainWindow",
        "That section is still opening; try again in a moment.",
    ): "Раздел ещё открывается — попробуйте через пару секунд.",
    ("WelcomeView", "Welcome to Interview Studio"): "Добро пожаловать в Interview Studio",
    (
        "WelcomeView",
        "When is your interview, and for what role? Tell me, and I will line up what to rehearse first. Everything stays on this computer.",
    ): "Когда у вас собеседование и на какую должность? Расскажите — и я подскажу, что отрепетировать в первую очередь. Всё остаётся на этом компьютере.",
    ("WelcomeView", "e.g. Northwind Telecom"): "например, «Северный Телеком»",
    ("WelcomeView", "e.g. Client relations manager"): "например, менеджер по работе с клиентами",
    ("WelcomeView", "Company"): "Компания",
    ("WelcomeView", "Role"): "Должность",
    ("WelcomeView", "Date and time"): "Дата и время",
    ("WelcomeView", "Stage"): "Этап",
    ("WelcomeView", "Company:"): "Компания:",
    ("WelcomeView", "Role:"): "Должность:",
    ("WelcomeView", "When:"): "Когда:",
    ("WelcomeView", "Stage:"): "Этап:",
    ("WelcomeView", "Make my plan"): "Составить план",
    ("WelcomeView", "Skip — I will look around myself"): "Пропустить — осмотрюсь сам",
    (
        "WelcomeView",
        "Type the company or the role, so the plan has a name.",
    ): "Впишите компанию или должность, чтобы у плана было название.",
    (
        "WelcomeView",
        "Record your self-introduction (about 90 seconds) and read the review",
    ): "Запишите самопрезентацию (около 90 секунд) и прочитайте разбор",
    (
        "WelcomeView",
        "Mock interview: %1 questions of this stage, answered aloud against the clock",
    ): "Тренировочное собеседование: %1 вопросов этого этапа, ответы вслух и на время",
    ("WelcomeView", "Checklist: %1"): "Чек-лист: %1",
    ("WelcomeView", "Practise: %1"): "Тренировка: %1",
    ("WelcomeView", "Your plan for this stage: %1"): "Ваш план для этапа «%1»",
    (
        "WelcomeView",
        "Do them in this order, one a sitting. Each button opens the right place.",
    ): "Проходите по порядку, по одному пункту за раз. Каждая кнопка открывает нужное место.",
    ("WelcomeView", "Open"): "Открыть",
    ("WelcomeView", "Go to the studio"): "Перейти в студию",
}
RU.update(
    {
        ("library", "Thank-you after the interview"): "Благодарность после собеседования",
        ("library", "A nudge after silence"): "Напоминание, если молчат",
        ("library", "Asking for feedback"): "Просьба об обратной связи",
        (
            "library",
            "a coach's addition, beyond the three guides",
        ): "дополнение карьерного консультанта, сверх трёх руководств",
    }
)
RU[("LibraryPage", "E&dit…")] = "Изм&енить…"
RU[("ChooseView", "Phases")] = "Этапы"
