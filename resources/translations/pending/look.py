"""Russian for the strings added or changed by the new look of the Exercises, Checklists, Library and Interview tabs
and the interviews sidebar (context = the class name)."""

RU = {
    ("ChooseView", "Your plan for this attempt"): "Ваш план на эту попытку",
    ("ChooseView", "Minutes per phase: set your own pace."): "Минуты на каждый этап: задайте свой темп.",
    ("ChooseView", "&Start"): "&Начать",
    ("ChooseView", "Export…"): "Экспортировать…",
    ("ChooseView", "Export the selected attempt to Markdown"): "Экспортировать выбранную попытку в Markdown",
    ("ChooseView", "Export to Markdown"): "Экспортировать в Markdown",
    ("RunView", "Pause"): "Пауза",
    ("RunView", "Resume"): "Продолжить",
    ("RunView", "Previous"): "Назад",
    ("RunView", "Next phase"): "Следующий этап",
    ("RunView", "1 min"): "1 мин",
    ("RunView", "Finish"): "Завершить",
    ("RunView", "Key: %1"): "Клавиша: %1",
    ("DebriefView", "Play my answer"): "Прослушать мой ответ",
    ("DebriefView", "Stop"): "Остановить",
    ("InterviewsPanel", "Edit the interview"): "Изменить собеседование",
    (
        "InterviewsPanel",
        "Edit the selected interview (double-click)",
    ): "Изменить выбранное собеседование (двойной щелчок)",
    ("InterviewsPanel", "Delete the interview"): "Удалить собеседование",
    ("SetupView", "&Start the mock interview"): "&Начать пробное собеседование",
    ("SetupView", "Saved plans"): "Сохранённые планы",
    ("SetupView", "Key: %1"): "Клавиша: %1",
}
