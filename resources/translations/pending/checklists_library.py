"""Russian for the Checklists and Library tabs, the interviews sidebar and the one stage-name table.

Merged into studio_ru.ts by the lead. The ``stages`` context replaces the stage names of the ``labels``,
``library`` and ``checklists`` contexts (one table, studio/ui/stage_labels.py).
"""

RU = {
    # checklists: every change to a run is an undo step, ticks included
    ("ChecklistsPage", "Tick “%1”"): "Отметить «%1»",
    ("ChecklistsPage", "Untick “%1”"): "Снять отметку «%1»",
    ("ChecklistsPage", "The checklist “%1” was not found."): "Чек-лист «%1» не найден.",
    ("ChecklistsPage", "That checklist no longer exists."): "Этого чек-листа больше нет.",
    # interviews sidebar
    ("InterviewsPanel", "The interview could not be changed: %1"): "Не удалось изменить собеседование: %1",
    # library: a search that finds nothing here but does in the other language
    ("LibraryPage", "Nothing found for “%1” in %2."): "По запросу «%1» ничего не найдено (язык: %2).",
    ("LibraryPage", "%1 found in %2: <a href='other'>show them</a>."): (
        "Найдено на другом языке (%2): %1. <a href='other'>Показать</a>."
    ),
    # the one stage-name table
    ("stages", "Researching the vacancy"): "Изучение вакансии",
    ("stages", "Your experience story"): "Рассказ о своём опыте",
    ("stages", "Self-presentation"): "Самопрезентация",
    ("stages", "Appearance and composure"): "Внешний вид и самообладание",
    ("stages", "Headhunter call"): "Звонок хедхантера",
    ("stages", "Phone screening"): "Телефонное интервью",
    ("stages", "HR interview"): "Собеседование с HR",
    ("stages", "Practical tasks"): "Практические задания",
    ("stages", "Meeting the manager"): "Встреча с руководителем",
    ("stages", "Group interview"): "Групповое собеседование",
    ("stages", "Case"): "Кейс",
    ("stages", "Presentation"): "Презентация",
    ("stages", "Interview day"): "День собеседования",
    ("stages", "What the employer needs"): "Что нужно работодателю",
    ("stages", "Offer"): "Оффер",
    ("stages", "Other"): "Другое",
}
