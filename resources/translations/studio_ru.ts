<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AnswerPlayer</name>
    <message>
        <source>The answer could not be played: %1</source>
        <translation>Не удалось воспроизвести ответ: %1</translation>
    </message>
</context>
<context>
    <name>AnswerRecording</name>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>Не удалось сохранить запись: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded, so no answer was saved.</source>
        <translation>Ничего не записалось, поэтому ответ не сохранён.</translation>
    </message>
    <message>
        <source>Your answer was saved: play it in the debrief or in Voice under “Exercise answers”.</source>
        <translation>Ваш ответ сохранён: прослушайте его в разборе или на вкладке «Голос» в разделе «Ответы в упражнениях».</translation>
    </message>
</context>
<context>
    <name>AnswerReview</name>
    <message>
        <source>Delivery of this answer</source>
        <translation>Подача этого ответа</translation>
    </message>
    <message>
        <source>This try</source>
        <translation>Эта попытка</translation>
    </message>
    <message>
        <source>Previous try</source>
        <translation>Предыдущая попытка</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Pace (wpm)</source>
        <translation>Темп (слов/мин)</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Долгие паузы</translation>
    </message>
    <message>
        <source>Filled pauses</source>
        <translation>Паузы-заполнители</translation>
    </message>
    <message>
        <source>Self-check (keys 1-6):</source>
        <translation>Самопроверка (клавиши 1-6):</translation>
    </message>
    <message>
        <source>My rating (Ctrl+1..5):</source>
        <translation>Моя оценка (Ctrl+1..5):</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Моя оценка</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Без оценки</translation>
    </message>
    <message>
        <source>A note to yourself (Ctrl+L)</source>
        <translation>Заметка для себя (Ctrl+L)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Play answer (Space)</source>
        <translation>Прослушать ответ (Пробел)</translation>
    </message>
    <message>
        <source>Play previous try</source>
        <translation>Прослушать предыдущую попытку</translation>
    </message>
    <message>
        <source>Nothing was recorded for this question.</source>
        <translation>На этот вопрос ничего не записано.</translation>
    </message>
    <message>
        <source>Measuring pace, pauses and filled pauses…</source>
        <translation>Измеряем темп, паузы и заполнители…</translation>
    </message>
    <message>
        <source>Delivery figures are not available for this answer.</source>
        <translation>Показатели подачи для этого ответа недоступны.</translation>
    </message>
    <message>
        <source>The recording cannot be shown: %1</source>
        <translation>Запись не удаётся показать: %1</translation>
    </message>
    <message>
        <source>The answer cannot be played: %1</source>
        <translation>Ответ не удаётся воспроизвести: %1</translation>
    </message>
</context>
<context>
    <name>AttemptExport</name>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Затрачено</translation>
    </message>
    <message>
        <source>of {planned} planned</source>
        <translation>из {planned} по плану</translation>
    </message>
    <message>
        <source>Carry-over</source>
        <translation>Перенос времени</translation>
    </message>
    <message>
        <source>on</source>
        <translation>вкл.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>выкл.</translation>
    </message>
    <message>
        <source>Time per phase</source>
        <translation>Время по этапам</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Затрачено</translation>
    </message>
    <message>
        <source>Overtime</source>
        <translation>Сверх времени</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(нет заметок)</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Самооценка</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Average</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>Assessors' questions</source>
        <translation>Вопросы оценщиков</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Export attempt</source>
        <translation>Экспорт попытки</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>The attempt could not be exported: %1</source>
        <translation>Не удалось экспортировать попытку: %1</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
</context>
<context>
    <name>ChecklistsDemo</name>
    <message>
        <source>Northwind Telecom</source>
        <translation>Northwind Telecom</translation>
    </message>
    <message>
        <source>Client relations manager</source>
        <translation>Менеджер по работе с клиентами</translation>
    </message>
    <message>
        <source>Ask HR about the team size</source>
        <translation>Спросить у HR о размере команды</translation>
    </message>
</context>
<context>
    <name>ChecklistsPage</name>
    <message>
        <source>Interviews and their checklists</source>
        <translation>Собеседования и их чек-листы</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Чек-лист</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Checklist columns</source>
        <translation>Столбцы чек-листа</translation>
    </message>
    <message>
        <source>&amp;Start a run…</source>
        <translation>&amp;Начать прохождение…</translation>
    </message>
    <message>
        <source>Start a checklist run</source>
        <translation>Начать прохождение чек-листа</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Дубли&amp;ровать</translation>
    </message>
    <message>
        <source>Duplicate the checklist run</source>
        <translation>Дублировать прохождение чек-листа</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>В ар&amp;хив</translation>
    </message>
    <message>
        <source>Archive the checklist run</source>
        <translation>Переместить прохождение чек-листа в архив</translation>
    </message>
    <message>
        <source>Delete run</source>
        <translation>Удалить прохождение</translation>
    </message>
    <message>
        <source>Delete the checklist run</source>
        <translation>Удалить прохождение чек-листа</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes</source>
        <translation>Ctrl+Z — отменить</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Show archived checklist runs</source>
        <translation>Показывать прохождения чек-листов из архива</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Шаблоны</translation>
    </message>
    <message>
        <source>Template actions</source>
        <translation>Действия с шаблонами</translation>
    </message>
    <message>
        <source>&amp;Import a template (TOML)…</source>
        <translation>&amp;Импортировать шаблон (TOML)…</translation>
    </message>
    <message>
        <source>&amp;Export a template (TOML)…</source>
        <translation>&amp;Экспортировать шаблон (TOML)…</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Готовность</translation>
    </message>
    <message>
        <source>%p % ready</source>
        <translation>Готово: %p %</translation>
    </message>
    <message>
        <source>Checklist items</source>
        <translation>Пункты чек-листа</translation>
    </message>
    <message>
        <source>Tick / untick item</source>
        <translation>Отметить / снять отметку</translation>
    </message>
    <message>
        <source>Edit item…</source>
        <translation>Изменить пункт…</translation>
    </message>
    <message>
        <source>Delete item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Переместить пункт выше</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Переместить пункт ниже</translation>
    </message>
    <message>
        <source>Add item…</source>
        <translation>Добавить пункт…</translation>
    </message>
    <message>
        <source>A&amp;dd…</source>
        <translation>Добави&amp;ть…</translation>
    </message>
    <message>
        <source>Add an item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>Edit the item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Уд&amp;алить</translation>
    </message>
    <message>
        <source>Delete the item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>Del; Ctrl+Z undoes</source>
        <translation>Del; Ctrl+Z — отменить</translation>
    </message>
    <message>
        <source>Move the item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <source>Move the item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <source>Uncheck &amp;all</source>
        <translation>Сн&amp;ять все отметки</translation>
    </message>
    <message>
        <source>Uncheck all items</source>
        <translation>Снять отметки со всех пунктов</translation>
    </message>
    <message>
        <source>&amp;Group by section</source>
        <translation>Группировать по ра&amp;зделам</translation>
    </message>
    <message>
        <source>Group items by section</source>
        <translation>Группировать пункты по разделам</translation>
    </message>
    <message>
        <source>&amp;Open items only</source>
        <translation>Толь&amp;ко невыполненные</translation>
    </message>
    <message>
        <source>Show open items only</source>
        <translation>Показывать только невыполненные пункты</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Экспорт</translation>
    </message>
    <message>
        <source>Export or print the checklist</source>
        <translation>Экспортировать или напечатать чек-лист</translation>
    </message>
    <message>
        <source>As &amp;Markdown…</source>
        <translation>В формате &amp;Markdown…</translation>
    </message>
    <message>
        <source>As &amp;PDF…</source>
        <translation>В формате &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>Save as &amp;my template…</source>
        <translation>Сохранить как &amp;мой шаблон…</translation>
    </message>
    <message>
        <source>Note for the selected item</source>
        <translation>Заметка к выбранному пункту</translation>
    </message>
    <message>
        <source>A note for this item…</source>
        <translation>Заметка к этому пункту…</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>За&amp;метка:</translation>
    </message>
    <message>
        <source>Pick a checklist on the left, or start one with “Start a run…”.

Each interview gets its own copy of a checklist, ticked off independently.</source>
        <translation>Выберите чек-лист слева или начните новый кнопкой «Начать прохождение…».

У каждого собеседования своя копия чек-листа, отметки в ней ставятся независимо.</translation>
    </message>
    <message>
        <source>my template</source>
        <translation>мой шаблон</translation>
    </message>
    <message>
        <source>Standalone checklists</source>
        <translation>Отдельные чек-листы</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>archived</source>
        <translation>в архиве</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>начат %1</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>Выполнено %1 из %2</translation>
    </message>
    <message>
        <source>Standalone checklist</source>
        <translation>Отдельный чек-лист</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>Из ар&amp;хива</translation>
    </message>
    <message>
        <source>Hint: %1</source>
        <translation>Подсказка: %1</translation>
    </message>
    <message>
        <source>The checklist “%1” was not found.</source>
        <translation>Чек-лист «%1» не найден.</translation>
    </message>
    <message>
        <source>That checklist no longer exists.</source>
        <translation>Этого чек-листа больше нет.</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>Отметить «%1»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>Снять отметку «%1»</translation>
    </message>
    <message>
        <source>The tick could not be saved: %1</source>
        <translation>Не удалось сохранить отметку: %1</translation>
    </message>
    <message>
        <source>The change could not be saved: %1</source>
        <translation>Не удалось сохранить изменение: %1</translation>
    </message>
    <message>
        <source>No interview (standalone)</source>
        <translation>Без собеседования (отдельный чек-лист)</translation>
    </message>
    <message>
        <source>Start checklist “%1”</source>
        <translation>начало прохождения чек-листа «%1»</translation>
    </message>
    <message>
        <source>Duplicate checklist “%1”</source>
        <translation>дублирование чек-листа «%1»</translation>
    </message>
    <message>
        <source>Checklist duplicated. Ctrl+Z removes the copy.</source>
        <translation>Чек-лист продублирован. Ctrl+Z удалит копию.</translation>
    </message>
    <message>
        <source>Unarchive “%1”</source>
        <translation>возврат «%1» из архива</translation>
    </message>
    <message>
        <source>Archive “%1”</source>
        <translation>перемещение «%1» в архив</translation>
    </message>
    <message>
        <source>Checklist archived. Ctrl+Z brings it back.</source>
        <translation>Чек-лист перемещён в архив. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Delete checklist “%1”</source>
        <translation>удаление чек-листа «%1»</translation>
    </message>
    <message>
        <source>Checklist deleted. Ctrl+Z brings it back.</source>
        <translation>Чек-лист удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>добавление пункта</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>изменение пункта</translation>
    </message>
    <message>
        <source>Delete item “%1”</source>
        <translation>удаление пункта «%1»</translation>
    </message>
    <message>
        <source>Item deleted. Ctrl+Z brings it back.</source>
        <translation>Пункт удалён. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>перемещение пункта</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>снятие всех отметок</translation>
    </message>
    <message>
        <source>All items unchecked. Ctrl+Z brings the ticks back.</source>
        <translation>Все отметки сняты. Ctrl+Z вернёт их.</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>изменение заметки</translation>
    </message>
    <message>
        <source>“%1” is a %2. Start these checklists for it?

%3</source>
        <translation>Собеседование в «%1» — %2. Начать для него эти чек-листы?

%3</translation>
    </message>
    <message>
        <source>Checklists for the new interview</source>
        <translation>Чек-листы для нового собеседования</translation>
    </message>
    <message>
        <source>Start them</source>
        <translation>Начать</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Start checklists for “%1”</source>
        <translation>начало прохождения чек-листов для «%1»</translation>
    </message>
    <message>
        <source>of</source>
        <translation>из</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Export checklist as Markdown</source>
        <translation>Экспорт чек-листа в Markdown</translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <source>Export checklist as PDF</source>
        <translation>Экспорт чек-листа в PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Сохранено: %1.</translation>
    </message>
    <message>
        <source>Print checklist</source>
        <translation>Печать чек-листа</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <source>The template could not be saved: %1</source>
        <translation>Не удалось сохранить шаблон: %1</translation>
    </message>
    <message>
        <source>Saved as your template “%1”.</source>
        <translation>Сохранено как ваш шаблон «%1».</translation>
    </message>
    <message>
        <source>Import a checklist template</source>
        <translation>Импорт шаблона чек-листа</translation>
    </message>
    <message>
        <source>TOML (*.toml)</source>
        <translation>TOML (*.toml)</translation>
    </message>
    <message>
        <source>Template imported as “%1”.</source>
        <translation>Шаблон импортирован как «%1».</translation>
    </message>
    <message>
        <source>The template was not imported: %1</source>
        <translation>Шаблон не импортирован: %1</translation>
    </message>
    <message>
        <source>Export a checklist template</source>
        <translation>Экспорт шаблона чек-листа</translation>
    </message>
    <message>
        <source>Export checklist template</source>
        <translation>Экспортировать шаблон чек-листа</translation>
    </message>
</context>
<context>
    <name>ChooseView</name>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>Ролевая игра</translation>
    </message>
    <message>
        <source>Group task</source>
        <translation>Групповое задание</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Тип упражнения</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Language of the exercise</source>
        <translation>Язык упражнения</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Exercise statement</source>
        <translation>Условие упражнения</translation>
    </message>
    <message>
        <source>Carry spare or overrun time to later phases</source>
        <translation>Переносить оставшееся или перерасходованное время на следующие этапы</translation>
    </message>
    <message>
        <source>Chime at phase ends and 5 / 1 min before</source>
        <translation>Звуковой сигнал в конце этапа и за 5 / 1 мин до него</translation>
    </message>
    <message>
        <source>Notify at the same moments</source>
        <translation>Уведомлять в те же моменты</translation>
    </message>
    <message>
        <source>Record my answer</source>
        <translation>Записывать мой ответ</translation>
    </message>
    <message>
        <source>Records the oral part; phase changes are marked in the take (debrief and Voice tab)</source>
        <translation>Записывает устную часть; смены этапов отмечаются в записи (разбор и вкладка «Голос»)</translation>
    </message>
    <message>
        <source>Start the exercise</source>
        <translation>Начать упражнение</translation>
    </message>
    <message>
        <source>Earlier attempts</source>
        <translation>Прошлые попытки</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Time used</source>
        <translation>Затрачено</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Open debrief</source>
        <translation>Открыть разбор</translation>
    </message>
    <message>
        <source>Your plan for this attempt</source>
        <translation>Ваш план на эту попытку</translation>
    </message>
    <message>
        <source>Minutes per phase: set your own pace.</source>
        <translation>Минуты на каждый этап: задайте свой темп.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Export the selected attempt to Markdown</source>
        <translation>Экспортировать выбранную попытку в Markdown</translation>
    </message>
    <message>
        <source>Export to Markdown</source>
        <translation>Экспортировать в Markdown</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>No exercise selected</source>
        <translation>Упражнение не выбрано</translation>
    </message>
    <message>
        <source>%1 · %2 min · %3 phases</source>
        <translation>%1 · %2 мин · этапов: %3</translation>
    </message>
    <message>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <source>Minutes for %1</source>
        <translation>Минуты на «%1»</translation>
    </message>
    <message>
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>How the assessors judge it</source>
        <translation>Как это оценивают</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Подготовка</translation>
    </message>
    <message>
        <source>What good looks like</source>
        <translation>Как выглядит хороший результат</translation>
    </message>
    <message>
        <source>What to avoid</source>
        <translation>Чего избегать</translation>
    </message>
    <message>
        <source>Shown in the other language: no translation yet.</source>
        <translation>Показано на другом языке: перевода пока нет.</translation>
    </message>
    <message>
        <source>Total: %1 min</source>
        <translation>Всего: %1 мин</translation>
    </message>
    <message>
        <source>(the exercise suggests %1)</source>
        <translation>(в упражнении предлагается %1)</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare takes</source>
        <translation>Сравнение дублей</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>%1 — %2, %3, %4</source>
        <translation>%1 — %2, %3, %4</translation>
    </message>
    <message>
        <source>Play &amp;A</source>
        <translation>Воспроизвести &amp;A</translation>
    </message>
    <message>
        <source>Play &amp;B</source>
        <translation>Воспроизвести &amp;B</translation>
    </message>
    <message>
        <source>&amp;Switch A/B</source>
        <translation>&amp;Переключить A/B</translation>
    </message>
    <message>
        <source>Jump to the other take at the same point of the answer</source>
        <translation>Перейти к другому дублю в том же месте ответа</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <source>Metric differences</source>
        <translation>Разница показателей</translation>
    </message>
    <message>
        <source>Change: B against A. Loudness and voice over noise in dB, time in pauses in percentage points, the rest in per cent. Coloured only when the change matters: green better, red worse.</source>
        <translation>Изменение: B относительно A. Громкость и отношение голоса к шуму — в дБ, доля пауз — в процентных пунктах, остальное — в процентах. Цветом выделено только заметное изменение: зелёным — лучше, красным — хуже.</translation>
    </message>
    <message>
        <source>Analyse both takes to see how the metrics changed.</source>
        <translation>Проанализируйте оба дубля, чтобы увидеть, как изменились показатели.</translation>
    </message>
    <message>
        <source>Better</source>
        <translation>Лучше</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Хуже</translation>
    </message>
</context>
<context>
    <name>ContentLibrary</name>
    <message>
        <source>One of your own content files was skipped: %1</source>
        <translation>Один из ваших файлов с материалами пропущен: %1</translation>
    </message>
    <message>
        <source>A content file of the studio is damaged and was skipped: %1</source>
        <translation>Файл с материалами студии повреждён и пропущен: %1</translation>
    </message>
    <message>
        <source>The content library could not be loaded: %1</source>
        <translation>Не удалось загрузить библиотеку материалов: %1</translation>
    </message>
</context>
<context>
    <name>DebriefView</name>
    <message>
        <source>Planned</source>
        <translation>По плану</translation>
    </message>
    <message>
        <source>Used</source>
        <translation>Затрачено</translation>
    </message>
    <message>
        <source>Planned and used time per phase</source>
        <translation>Запланированное и затраченное время по этапам</translation>
    </message>
    <message>
        <source>Your recorded answer</source>
        <translation>Ваш записанный ответ</translation>
    </message>
    <message>
        <source>Recorded answers of this attempt</source>
        <translation>Записанные ответы этой попытки</translation>
    </message>
    <message>
        <source>Play my answer</source>
        <translation>Прослушать мой ответ</translation>
    </message>
    <message>
        <source>Open in Voice</source>
        <translation>Открыть в «Голосе»</translation>
    </message>
    <message>
        <source>Show this answer in the Voice tab: waveform and full review</source>
        <translation>Показать этот ответ на вкладке «Голос»: осциллограмма и полный разбор</translation>
    </message>
    <message>
        <source>Your notes per phase</source>
        <translation>Ваши заметки по этапам</translation>
    </message>
    <message>
        <source>Your notes</source>
        <translation>Ваши заметки</translation>
    </message>
    <message>
        <source>Self-assessment: score each criterion 1 (poor) to 5 (excellent)</source>
        <translation>Самооценка: оцените каждый критерий от 1 (плохо) до 5 (отлично)</translation>
    </message>
    <message>
        <source>The assessors' questions: answer in writing</source>
        <translation>Вопросы оценщиков: ответьте письменно</translation>
    </message>
    <message>
        <source>What you would do differently next time</source>
        <translation>Что вы сделаете иначе в следующий раз</translation>
    </message>
    <message>
        <source>What went well, and what would you do differently next time?</source>
        <translation>Что получилось хорошо и что вы сделаете иначе в следующий раз?</translation>
    </message>
    <message>
        <source>&amp;Save debrief</source>
        <translation>Сохранить &amp;разбор</translation>
    </message>
    <message>
        <source>Export to Markdown…</source>
        <translation>Экспортировать в Markdown…</translation>
    </message>
    <message>
        <source>Back to exercises</source>
        <translation>Назад к упражнениям</translation>
    </message>
    <message>
        <source>Planned vs actual time per phase</source>
        <translation>Запланированное и фактическое время по этапам</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>(no notes)</source>
        <translation>(нет заметок)</translation>
    </message>
    <message>
        <source>Score for: %1</source>
        <translation>Оценка: %1</translation>
    </message>
    <message>
        <source>Note for: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Why this score?</source>
        <translation>Почему такая оценка?</translation>
    </message>
    <message>
        <source>Your answer to: %1</source>
        <translation>Ваш ответ на вопрос: %1</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Recorded answer</source>
        <translation>Записанный ответ</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Ещё не проанализировано.</translation>
    </message>
    <message>
        <source>no speech</source>
        <translation>речи нет</translation>
    </message>
    <message>
        <source>%1 words/min</source>
        <translation>%1 слов/мин</translation>
    </message>
    <message>
        <source>pauses %1 %</source>
        <translation>паузы %1 %</translation>
    </message>
    <message>
        <source>Analysed: open it in Voice for the full review.</source>
        <translation>Проанализировано: полный разбор — на вкладке «Голос».</translation>
    </message>
</context>
<context>
    <name>DeviceNames</name>
    <message>
        <source>System default</source>
        <translation>Системное устройство</translation>
    </message>
    <message>
        <source>System default (sound card directly)</source>
        <translation>Системное устройство (напрямую к звуковой карте)</translation>
    </message>
    <message>
        <source>PulseAudio sound server</source>
        <translation>Звуковой сервер PulseAudio</translation>
    </message>
    <message>
        <source>PipeWire sound server</source>
        <translation>Звуковой сервер PipeWire</translation>
    </message>
    <message>
        <source>JACK sound server</source>
        <translation>Звуковой сервер JACK</translation>
    </message>
    <message>
        <source>Shared output (dmix)</source>
        <translation>Общий вывод (dmix)</translation>
    </message>
    <message>
        <source>Shared input (dsnoop)</source>
        <translation>Общий ввод (dsnoop)</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключено)</translation>
    </message>
</context>
<context>
    <name>ExercisesDemo</name>
    <message>
        <source>- +30 % requests in a month: which topics and channels grew?
- wait time up → staffing or longer calls?
- check: new release on the 3rd, price change</source>
        <translation>- +30 % обращений за месяц: какие темы и каналы выросли?
- ожидание выросло → не хватает людей или звонки стали дольше?
- проверить: новый релиз 3-го числа, изменение цен</translation>
    </message>
    <message>
        <source>- knowledge base + self-service for top 5 topics
- fix the release bug
- callback instead of queue</source>
        <translation>- база знаний + самообслуживание по топ-5 темам
- исправить баг из релиза
- обратный звонок вместо очереди</translation>
    </message>
    <message>
        <source>- impact / cost / risk table
- quick win: FAQ bot</source>
        <translation>- таблица «эффект / затраты / риск»
- быстрая победа: FAQ-бот</translation>
    </message>
    <message>
        <source>- combination: fix root cause + deflect repeat questions</source>
        <translation>- комбинация: устранить первопричину + отсечь повторные вопросы</translation>
    </message>
    <message>
        <source>- week 1: data; week 2-3: KB; owner: support lead; KPI: wait &lt; 2 min</source>
        <translation>- неделя 1: данные; недели 2–3: база знаний; ответственный: руководитель поддержки; KPI: ожидание &lt; 2 мин</translation>
    </message>
    <message>
        <source>solid, but could go deeper</source>
        <translation>неплохо, но можно глубже</translation>
    </message>
    <message>
        <source>Hiring more agents; rejected: slow and costly.</source>
        <translation>Нанять ещё операторов; отклонено: долго и дорого.</translation>
    </message>
    <message>
        <source>Start from the data sooner.</source>
        <translation>Раньше браться за данные.</translation>
    </message>
</context>
<context>
    <name>ExercisesPage</name>
    <message>
        <source>This is the last phase: Ctrl+Enter finishes the exercise.</source>
        <translation>Это последний этап: Ctrl+Enter завершит упражнение.</translation>
    </message>
    <message>
        <source>The exercise “%1” is not in the library.</source>
        <translation>Упражнения «%1» нет в библиотеке.</translation>
    </message>
    <message>
        <source>That exercise attempt no longer exists.</source>
        <translation>Этой попытки упражнения больше нет.</translation>
    </message>
    <message>
        <source>Debrief: %1</source>
        <translation>Разбор: %1</translation>
    </message>
    <message>
        <source>Time used %1 of %2 planned.</source>
        <translation>Затрачено %1 из %2 по плану.</translation>
    </message>
    <message>
        <source>Debrief saved.</source>
        <translation>Разбор сохранён.</translation>
    </message>
    <message>
        <source>The unfinished attempt was put aside.</source>
        <translation>Незавершённая попытка отложена.</translation>
    </message>
    <message>
        <source>The unfinished attempt could not be resumed (%1); it was kept aside.</source>
        <translation>Не удалось продолжить незавершённую попытку (%1); она отложена.</translation>
    </message>
</context>
<context>
    <name>FillerCheck</name>
    <message>
        <source>Check a filled pause</source>
        <translation>Проверка «э-э»</translation>
    </message>
    <message>
        <source>▶ &amp;Hear it</source>
        <translation>▶ &amp;Прослушать</translation>
    </message>
    <message>
        <source>&amp;Yes, a filler</source>
        <translation>&amp;Да, это «э-э»</translation>
    </message>
    <message>
        <source>&amp;No, a word</source>
        <translation>&amp;Нет, это слово</translation>
    </message>
    <message>
        <source>Previous mark</source>
        <translation>Предыдущая отметка</translation>
    </message>
    <message>
        <source>Next mark</source>
        <translation>Следующая отметка</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Close the filled-pause check</source>
        <translation>Закрыть проверку «э-э»</translation>
    </message>
    <message>
        <source>Mark %1 of %2, at %3 s: counted as a filler (uh, um). Is it one?</source>
        <translation>Отметка %1 из %2 (%3 с) засчитана как «э-э». Верно?</translation>
    </message>
    <message>
        <source>Mark %1 of %2, at %3 s: maybe a filler, not counted. Is it one?</source>
        <translation>Отметка %1 из %2 (%3 с): возможно, «э-э», но не засчитана. Это «э-э»?</translation>
    </message>
    <message>
        <source>Listen, then answer: your answers tune the detector to your voice.</source>
        <translation>Прослушайте и ответьте: ваши ответы настраивают распознавание под ваш голос.</translation>
    </message>
    <message>
        <source>Your answer: a filler. The count is updated.</source>
        <translation>Ваш ответ: «э-э». Подсчёт обновлён.</translation>
    </message>
    <message>
        <source>Your answer: a word. The count is updated.</source>
        <translation>Ваш ответ: слово. Подсчёт обновлён.</translation>
    </message>
</context>
<context>
    <name>InterviewDemo</name>
    <message>
        <source>CRM roll-out</source>
        <translation>Внедрение CRM</translation>
    </message>
    <message>
        <source>The company was rolling out a new CRM system.</source>
        <translation>Компания внедряла новую CRM-систему.</translation>
    </message>
    <message>
        <source>Train the sales team of 40 people to use it.</source>
        <translation>Обучить работе с ней отдел продаж из 40 человек.</translation>
    </message>
    <message>
        <source>Wrote short guides, ran six workshops and helped colleagues one-to-one.</source>
        <translation>Написал(а) короткие инструкции, провёл(а) шесть мастер-классов и помогал(а) коллегам лично.</translation>
    </message>
    <message>
        <source>The system went live on schedule.</source>
        <translation>Система заработала в срок.</translation>
    </message>
    <message>
        <source>Active CRM use rose from 20 % to 85 % in a month</source>
        <translation>Доля активных пользователей CRM за месяц выросла с 20 % до 85 %</translation>
    </message>
    <message>
        <source>Weekly active users in the CRM report divided by the team's head count</source>
        <translation>Активные за неделю пользователи из отчёта CRM, делённые на численность отдела</translation>
    </message>
    <message>
        <source>The unhappy key client</source>
        <translation>Недовольный ключевой клиент</translation>
    </message>
    <message>
        <source>A key client complained about slow support.</source>
        <translation>Ключевой клиент жаловался на медленную поддержку.</translation>
    </message>
    <message>
        <source>Keep the client and cut response times.</source>
        <translation>Сохранить клиента и сократить время ответа.</translation>
    </message>
    <message>
        <source>Mapped the support process, set up ticket routing and trained the team.</source>
        <translation>Описал(а) процесс поддержки, настроил(а) маршрутизацию заявок и обучил(а) команду.</translation>
    </message>
    <message>
        <source>The client renewed for two years.</source>
        <translation>Клиент продлил договор на два года.</translation>
    </message>
    <message>
        <source>Waiting time down 40 %</source>
        <translation>Время ожидания сократилось на 40 %</translation>
    </message>
    <message>
        <source>(new − old) / old × 100 % of the median wait</source>
        <translation>(новое − старое) / старое × 100 % по медиане ожидания</translation>
    </message>
    <message>
        <source>What would success look like in the first three months?</source>
        <translation>Каким будет успех в первые три месяца?</translation>
    </message>
    <message>
        <source>Who would I work with most closely?</source>
        <translation>С кем я буду работать теснее всего?</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit interview</source>
        <translation>Изменить собеседование</translation>
    </message>
    <message>
        <source>New interview</source>
        <translation>Новое собеседование</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Date and time known</source>
        <translation>Дата и время известны</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>Ко&amp;гда:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Please enter the company name (up to 200 characters).</source>
        <translation>Укажите название компании (до 200 символов).</translation>
    </message>
    <message>
        <source>The role can be at most 200 characters long.</source>
        <translation>Должность может содержать не более 200 символов.</translation>
    </message>
</context>
<context>
    <name>InterviewLabels</name>
    <message>
        <source>Client focus</source>
        <translation>Клиентоориентированность</translation>
    </message>
    <message>
        <source>Handling conflict</source>
        <translation>Работа с конфликтом</translation>
    </message>
    <message>
        <source>Teamwork</source>
        <translation>Командная работа</translation>
    </message>
    <message>
        <source>Working under stress</source>
        <translation>Работа в стрессе</translation>
    </message>
    <message>
        <source>Initiative</source>
        <translation>Инициатива</translation>
    </message>
    <message>
        <source>Getting results</source>
        <translation>Ориентация на результат</translation>
    </message>
    <message>
        <source>Learning</source>
        <translation>Обучаемость</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>The result has a number</source>
        <translation>В результате есть число</translation>
    </message>
    <message>
        <source>I said "I", not "we"</source>
        <translation>Я говорил(а) «я», а не «мы»</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>Phone screening</source>
        <translation>Телефонное интервью</translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation>Интервью с HR</translation>
    </message>
    <message>
        <source>Practical tasks</source>
        <translation>Практические задания</translation>
    </message>
    <message>
        <source>Meeting the manager</source>
        <translation>Встреча с руководителем</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>Групповое собеседование</translation>
    </message>
    <message>
        <source>Headhunter call</source>
        <translation>Звонок хедхантера</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оффер</translation>
    </message>
    <message>
        <source>Self-presentation</source>
        <translation>Самопрезентация</translation>
    </message>
    <message>
        <source>%1 of %2 answers ran into the time limit: cut the situation short and get to the result.</source>
        <translation>%1 из %2 ответов упёрлись в лимит времени: сократите ситуацию и быстрее переходите к результату.</translation>
    </message>
    <message>
        <source>%1 of %2 answers had no clear result: end every story with what changed.</source>
        <translation>В %1 из %2 ответов не было ясного результата: заканчивайте каждую историю тем, что изменилось.</translation>
    </message>
    <message>
        <source>%1 of %2 results had no number: say how much, how many or how fast.</source>
        <translation>В %1 из %2 результатов не было числа: скажите, сколько, насколько или как быстро.</translation>
    </message>
    <message>
        <source>%1 of %2 answers said "we" where the question asks about you: say "I".</source>
        <translation>В %1 из %2 ответов звучало «мы», а спрашивают о вас: говорите «я».</translation>
    </message>
    <message>
        <source>%1 of %2 answers did not say what you did: make the action the longest part.</source>
        <translation>В %1 из %2 ответов не сказано, что сделали вы: сделайте действие самой подробной частью.</translation>
    </message>
    <message>
        <source>%1 of %2 answers had many filled pauses (about %3 a minute): pause silently instead.</source>
        <translation>В %1 из %2 ответов много пауз-заполнителей (около %3 в минуту): лучше молчите в паузе.</translation>
    </message>
    <message>
        <source>%1 of %2 answers had many long pauses: know your first sentence before you speak.</source>
        <translation>В %1 из %2 ответов много долгих пауз: продумайте первую фразу до того, как начнёте.</translation>
    </message>
    <message>
        <source>%1 of %2 answers were fast (about %3 words a minute): slow down and breathe.</source>
        <translation>%1 из %2 ответов были быстрыми (около %3 слов в минуту): замедлитесь и дышите.</translation>
    </message>
    <message>
        <source>%1 of %2 answers were slow (about %3 words a minute): tighten the story.</source>
        <translation>%1 из %2 ответов были медленными (около %3 слов в минуту): сделайте историю плотнее.</translation>
    </message>
    <message>
        <source>%1 of %2 answers were very short: add the situation, what you did and the result.</source>
        <translation>%1 из %2 ответов были очень короткими: добавьте ситуацию, свои действия и результат.</translation>
    </message>
    <message>
        <source>%1 of %2 answers skipped the situation: set the scene in one sentence.</source>
        <translation>В %1 из %2 ответов не было ситуации: обрисуйте её одной фразой.</translation>
    </message>
    <message>
        <source>%1 of %2 answers skipped the task: say what you had to achieve.</source>
        <translation>В %1 из %2 ответов не было задачи: скажите, чего нужно было добиться.</translation>
    </message>
    <message>
        <source>You rated %1 of %2 answers 2 or lower: try those questions again.</source>
        <translation>Вы оценили %1 из %2 ответов на 2 или ниже: попробуйте эти вопросы ещё раз.</translation>
    </message>
    <message>
        <source>No weak point stands out: keep practising with new questions.</source>
        <translation>Явного слабого места нет: продолжайте тренироваться на новых вопросах.</translation>
    </message>
    <message>
        <source>No answer was recorded in this session.</source>
        <translation>В этой сессии не записано ни одного ответа.</translation>
    </message>
</context>
<context>
    <name>InterviewPage</name>
    <message>
        <source>Interview sections</source>
        <translation>Разделы собеседования</translation>
    </message>
    <message>
        <source>&amp;Mock interview</source>
        <translation>&amp;Пробное собеседование</translation>
    </message>
    <message>
        <source>M&amp;y stories</source>
        <translation>&amp;Мои истории</translation>
    </message>
    <message>
        <source>Finish or end the mock interview in progress first.</source>
        <translation>Сначала закончите или прервите идущее пробное собеседование.</translation>
    </message>
    <message>
        <source>Those questions are not in the library.</source>
        <translation>Этих вопросов нет в библиотеке.</translation>
    </message>
    <message>
        <source>Your mock interview was interrupted; it waits at question %1. Press P to go on.</source>
        <translation>Пробное собеседование было прервано; оно ждёт на вопросе %1. Нажмите P, чтобы продолжить.</translation>
    </message>
</context>
<context>
    <name>InterviewsPanel</name>
    <message>
        <source>Delete interview “%1”</source>
        <translation>удаление собеседования «%1»</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Собеседования</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Открытие ваших данных…</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Добавить…</translation>
    </message>
    <message>
        <source>Add an interview (Ctrl+N)</source>
        <translation>Добавить собеседование (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the interview</source>
        <translation>Изменить собеседование</translation>
    </message>
    <message>
        <source>Edit the selected interview (double-click)</source>
        <translation>Изменить выбранное собеседование (двойной щелчок)</translation>
    </message>
    <message>
        <source>Delete the interview</source>
        <translation>Удалить собеседование</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Уда&amp;лить</translation>
    </message>
    <message>
        <source>Delete the selected interview (Del); Ctrl+Z undoes</source>
        <translation>Удалить выбранное собеседование (Del); Ctrl+Z — отменить</translation>
    </message>
    <message>
        <source>The interview could not be changed: %1</source>
        <translation>Не удалось изменить собеседование: %1</translation>
    </message>
    <message>
        <source>date not set</source>
        <translation>дата не указана</translation>
    </message>
    <message>
        <source>No interviews yet.
Add the next one you are preparing for.</source>
        <translation>Собеседований пока нет.
Добавьте ближайшее, к которому готовитесь.</translation>
    </message>
    <message>
        <source>Interview added.</source>
        <translation>Собеседование добавлено.</translation>
    </message>
    <message>
        <source>Interview deleted. Ctrl+Z brings it back.</source>
        <translation>Собеседование удалено. Ctrl+Z вернёт его.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <source>Edit item</source>
        <translation>Изменить пункт</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Добавить пункт</translation>
    </message>
    <message>
        <source>Item text</source>
        <translation>Текст пункта</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Раздел</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Подсказка</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Section:</source>
        <translation>&amp;Раздел:</translation>
    </message>
    <message>
        <source>&amp;Hint:</source>
        <translation>&amp;Подсказка:</translation>
    </message>
    <message>
        <source>Please write what the item is.</source>
        <translation>Напишите, в чём состоит пункт.</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>Edit the text below. Lines starting with # are comments. When you save, every field is checked; if something is wrong, the studio says which field and nothing is saved.</source>
        <translation>Отредактируйте текст ниже. Строки, начинающиеся с #, — комментарии. При сохранении проверяется каждое поле: если что-то не так, студия назовёт поле и ничего не сохранит.</translation>
    </message>
    <message>
        <source>Item text (TOML)</source>
        <translation>Текст материала (TOML)</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Что не так</translation>
    </message>
    <message>
        <source>Line %1, field “%2”</source>
        <translation>Строка %1, поле «%2»</translation>
    </message>
    <message>
        <source>Field “%2”</source>
        <translation>Поле «%2»</translation>
    </message>
    <message>
        <source>Not saved. %1: %3</source>
        <translation>Не сохранено. %1: %3</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Copy “%1” with my details</source>
        <translation>Копировать «%1» с моими данными</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;имя:</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Должность:</translation>
    </message>
    <message>
        <source>&amp;Interviewer:</source>
        <translation>&amp;Интервьюер:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation>Интервьюер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Предварительный просмотр письма</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Preview:</source>
        <translation>Как будет выглядеть письмо:</translation>
    </message>
    <message>
        <source>Still to fill in after pasting: %1</source>
        <translation>После вставки останется заполнить: %1</translation>
    </message>
</context>
<context>
    <name>LevelMeter</name>
    <message>
        <source>Input level</source>
        <translation>Уровень входного сигнала</translation>
    </message>
    <message>
        <source>Peak %1 dBFS, level %2 dBFS</source>
        <translation>Пик %1 дБFS, уровень %2 дБFS</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Delete “%1”</source>
        <translation>удаление «%1»</translation>
    </message>
    <message>
        <source>Search the library (Ctrl+F)</source>
        <translation>Поиск по библиотеке (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Поиск по библиотеке</translation>
    </message>
    <message>
        <source>Show kind</source>
        <translation>Показывать тип</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Все типы</translation>
    </message>
    <message>
        <source>Show stage</source>
        <translation>Показывать этап</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Все этапы</translation>
    </message>
    <message>
        <source>Content language</source>
        <translation>Язык материалов</translation>
    </message>
    <message>
        <source>The language the content is shown in</source>
        <translation>На каком языке показывать материалы</translation>
    </message>
    <message>
        <source>&amp;Only my items</source>
        <translation>Только &amp;мои материалы</translation>
    </message>
    <message>
        <source>Only my items</source>
        <translation>Только мои материалы</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Library items</source>
        <translation>Материалы библиотеки</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>Со&amp;здать</translation>
    </message>
    <message>
        <source>New item of my own</source>
        <translation>Создать свой материал</translation>
    </message>
    <message>
        <source>Add your own question set, exercise or checklist</source>
        <translation>Добавить свой набор вопросов, упражнение или чек-лист</translation>
    </message>
    <message>
        <source>Question set…</source>
        <translation>Набор вопросов…</translation>
    </message>
    <message>
        <source>Exercise…</source>
        <translation>Упражнение…</translation>
    </message>
    <message>
        <source>Checklist…</source>
        <translation>Чек-лист…</translation>
    </message>
    <message>
        <source>I&amp;mport…</source>
        <translation>Импо&amp;ртировать…</translation>
    </message>
    <message>
        <source>Import an item from a TOML file</source>
        <translation>Импортировать материал из файла TOML</translation>
    </message>
    <message>
        <source>Import a question set, exercise or checklist from a TOML file</source>
        <translation>Импортировать набор вопросов, упражнение или чек-лист из файла TOML</translation>
    </message>
    <message>
        <source>Language notice</source>
        <translation>Примечание о языке</translation>
    </message>
    <message>
        <source>Item details</source>
        <translation>Содержание материала</translation>
    </message>
    <message>
        <source>&amp;Rehearse this</source>
        <translation>&amp;Отрепетировать</translation>
    </message>
    <message>
        <source>Rehearse this question in the Voice tab</source>
        <translation>Отрепетировать этот вопрос на вкладке «Голос»</translation>
    </message>
    <message>
        <source>Make this question the Voice tab's prompt and record your answer</source>
        <translation>Сделать этот вопрос заданием на вкладке «Голос» и записать ответ</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Начать</translation>
    </message>
    <message>
        <source>Start this exercise in the Exercises tab</source>
        <translation>Начать это упражнение на вкладке «Упражнения»</translation>
    </message>
    <message>
        <source>Open this exercise in the Exercises tab, ready to start</source>
        <translation>Открыть упражнение на вкладке «Упражнения», чтобы сразу начать</translation>
    </message>
    <message>
        <source>Start a r&amp;un</source>
        <translation>Начать про&amp;хождение</translation>
    </message>
    <message>
        <source>Start a run of this checklist in the Checklists tab</source>
        <translation>Начать прохождение этого чек-листа на вкладке «Чек-листы»</translation>
    </message>
    <message>
        <source>Start ticking this checklist, for the interview selected on the left</source>
        <translation>Начать отмечать пункты этого чек-листа для собеседования, выбранного слева</translation>
    </message>
    <message>
        <source>Co&amp;py with my details…</source>
        <translation>&amp;Копировать с моими данными…</translation>
    </message>
    <message>
        <source>Copy this letter with my details</source>
        <translation>Копировать это письмо с моими данными</translation>
    </message>
    <message>
        <source>Fill in your name, the company and the role, and copy the letter</source>
        <translation>Подставить ваше имя, компанию и должность и скопировать письмо</translation>
    </message>
    <message>
        <source>Edit this item</source>
        <translation>Изменить этот материал</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Экспортиров&amp;ать…</translation>
    </message>
    <message>
        <source>Export this item as a TOML file</source>
        <translation>Экспортировать этот материал в файл TOML</translation>
    </message>
    <message>
        <source>Save this item as a TOML file you can share or import later</source>
        <translation>Сохранить материал в файл TOML, чтобы поделиться им или импортировать позже</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete this item of my own</source>
        <translation>Удалить этот мой материал</translation>
    </message>
    <message>
        <source>Delete this item of your own; Ctrl+Z brings it back</source>
        <translation>Удалить ваш материал; Ctrl+Z вернёт его</translation>
    </message>
    <message>
        <source>Loading the library…</source>
        <translation>Библиотека загружается…</translation>
    </message>
    <message>
        <source>The library could not be loaded.</source>
        <translation>Не удалось загрузить библиотеку.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Материалов: %1</translation>
    </message>
    <message>
        <source>Nothing found for “%1” in %2.</source>
        <translation>По запросу «%1» ничего не найдено (язык: %2).</translation>
    </message>
    <message>
        <source>%1 found in %2: &lt;a href='other'&gt;show them&lt;/a&gt;.</source>
        <translation>Найдено на другом языке (%2): %1. &lt;a href='other'&gt;Показать&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>По запросу «%1» ничего не найдено.</translation>
    </message>
    <message>
        <source>No items match these filters.</source>
        <translation>Под эти фильтры ничего не подходит.</translation>
    </message>
    <message>
        <source>(mine)</source>
        <translation>(моё)</translation>
    </message>
    <message>
        <source>Choose a question, exercise, checklist, letter or guide on the left, or search for one.</source>
        <translation>Выберите слева вопрос, упражнение, чек-лист, письмо или памятку либо найдите нужное через поиск.</translation>
    </message>
    <message>
        <source>Choose one of the questions first</source>
        <translation>Сначала выберите один из вопросов</translation>
    </message>
    <message>
        <source>Make m&amp;y copy…</source>
        <translation>Сделать сво&amp;ю копию…</translation>
    </message>
    <message>
        <source>Make my own copy to edit</source>
        <translation>Сделать свою копию для правки</translation>
    </message>
    <message>
        <source>Change this item of your own</source>
        <translation>Изменить ваш материал</translation>
    </message>
    <message>
        <source>E&amp;dit…</source>
        <translation>Изм&amp;енить…</translation>
    </message>
    <message>
        <source>Copy this item into your own items to edit</source>
        <translation>Скопировать материал в ваши, чтобы его править</translation>
    </message>
    <message>
        <source>The letter is on the clipboard: paste it into your email.</source>
        <translation>Письмо скопировано в буфер обмена — осталось вставить его в почту.</translation>
    </message>
    <message>
        <source>TOML files (*.toml)</source>
        <translation>Файлы TOML (*.toml)</translation>
    </message>
    <message>
        <source>your item</source>
        <translation>ваш материал</translation>
    </message>
    <message>
        <source>New item: %1</source>
        <translation>Новый материал: %1</translation>
    </message>
    <message>
        <source>new item</source>
        <translation>новый материал</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Изменение: «%1»</translation>
    </message>
    <message>
        <source>My copy of “%1”</source>
        <translation>Моя копия: «%1»</translation>
    </message>
    <message>
        <source>your copy</source>
        <translation>ваша копия</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>Сохранено: «%1».</translation>
    </message>
    <message>
        <source>Import an item</source>
        <translation>Импорт материала</translation>
    </message>
    <message>
        <source>“%1” was not imported: %2</source>
        <translation>Файл «%1» не импортирован: %2</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <source>You already have “%1” with the id “%2”. Replace it with the imported one?</source>
        <translation>У вас уже есть «%1» с идентификатором «%2». Заменить его импортированным?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Заменить</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Оставить оба</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Imported “%1” under the id “%2”, because that id was taken.</source>
        <translation>Импортировано: «%1» — с идентификатором «%2», потому что прежний уже занят.</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>Импортировано: «%1».</translation>
    </message>
    <message>
        <source>Export as TOML</source>
        <translation>Экспорт в TOML</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>Не удалось записать «%1»: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>“%1” deleted. Ctrl+Z brings it back.</source>
        <translation>Удалено: «%1». Ctrl+Z вернёт удалённое.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Interview Studio</source>
        <translation>Interview Studio</translation>
    </message>
    <message>
        <source>Studio sections</source>
        <translation>Разделы программы</translation>
    </message>
    <message>
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
    <message>
        <source>&amp;Voice</source>
        <translation>&amp;Голос</translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation>&amp;Собеседование</translation>
    </message>
    <message>
        <source>&amp;Exercises</source>
        <translation>&amp;Упражнения</translation>
    </message>
    <message>
        <source>&amp;Checklists</source>
        <translation>&amp;Чек-листы</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Библиотека</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Открытие ваших данных…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation>&amp;Новое собеседование…</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Создать &amp;резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation>&amp;Восстановить из копии…</translation>
    </message>
    <message>
        <source>E&amp;xport all data…</source>
        <translation>&amp;Экспортировать все данные…</translation>
    </message>
    <message>
        <source>&amp;Delete all my data…</source>
        <translation>&amp;Удалить все мои данные…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Interview Studio</source>
        <translation>&amp;О программе Interview Studio</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Interview Studio %1&lt;/h3&gt;&lt;p&gt;An offline studio for rehearsing job interviews. Nothing you record or write leaves this computer.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Interview Studio %1&lt;/h3&gt;&lt;p&gt;Офлайн-студия для репетиции собеседований. Всё, что вы записываете и пишете, остаётся на этом компьютере.&lt;/p&gt;&lt;p&gt;Python %2 · Qt %3 · PySide6 %4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Interview Studio</source>
        <translation>О программе Interview Studio</translation>
    </message>
    <message>
        <source>This section could not be opened: %1

The other sections work. Details are in %2.</source>
        <translation>Этот раздел не открылся: %1

Остальные разделы работают. Подробности — в %2.</translation>
    </message>
    <message>
        <source>Some sections could not be opened: %1. The others work.</source>
        <translation>Некоторые разделы не открылись: %1. Остальные работают.</translation>
    </message>
    <message>
        <source>That section is still opening; try again in a moment.</source>
        <translation>Раздел ещё открывается — попробуйте через пару секунд.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Готово.</translation>
    </message>
</context>
<context>
    <name>MockController</name>
    <message>
        <source>The interrupted answer could not be recovered: %1</source>
        <translation>Прерванный ответ не удалось восстановить: %1</translation>
    </message>
    <message>
        <source>The interrupted answer to “%1” was recovered.</source>
        <translation>Прерванный ответ на «%1» восстановлен.</translation>
    </message>
    <message>
        <source>Recording could not start: %1. Check the microphone, then press P to try again.</source>
        <translation>Запись не началась: %1. Проверьте микрофон и нажмите P, чтобы попробовать снова.</translation>
    </message>
    <message>
        <source>Recording stopped on its own: %1. What was recorded is kept.</source>
        <translation>Запись остановилась сама: %1. Записанное сохранено.</translation>
    </message>
</context>
<context>
    <name>PitchView</name>
    <message>
        <source>Pitch contour</source>
        <translation>Контур высоты голоса</translation>
    </message>
    <message>
        <source>Hz</source>
        <translation>Гц</translation>
    </message>
</context>
<context>
    <name>PlayerPanel</name>
    <message>
        <source>Legend of the waveform's bands</source>
        <translation>Обозначения на звуковой дорожке</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>Воспроизвести или приостановить выбранный дубль (Space)</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Слушать</translation>
    </message>
    <message>
        <source>Stop playback</source>
        <translation>Остановить воспроизведение</translation>
    </message>
    <message>
        <source>&amp;Loop selection</source>
        <translation>Повто&amp;р фрагмента</translation>
    </message>
    <message>
        <source>Shift+drag on the waveform to select a passage</source>
        <translation>Чтобы выделить фрагмент, перетащите мышью по волновой форме с нажатой клавишей Shift</translation>
    </message>
    <message>
        <source>Playback position</source>
        <translation>Позиция воспроизведения</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Увеличить (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Уменьшить (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Целиком</translation>
    </message>
    <message>
        <source>Show the whole take (0)</source>
        <translation>Показать весь дубль (0)</translation>
    </message>
    <message>
        <source>The take cannot be opened: %1</source>
        <translation>Не удаётся открыть дубль: %1</translation>
    </message>
    <message>
        <source>no speakers or headphones found — connect them, then press Rescan</source>
        <translation>не найдены колонки или наушники — подключите их и нажмите «Обновить»</translation>
    </message>
    <message>
        <source>the audio library PortAudio is missing (package libportaudio2)</source>
        <translation>не найдена звуковая библиотека PortAudio (пакет libportaudio2)</translation>
    </message>
    <message>
        <source>Playback is not available: %1</source>
        <translation>Воспроизведение недоступно: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
</context>
<context>
    <name>PromptBar</name>
    <message>
        <source>Prompt</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>New prompt…</source>
        <translation>Новое задание…</translation>
    </message>
    <message>
        <source>Target length</source>
        <translation>Целевая длительность</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Своя</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Custom target length in seconds</source>
        <translation>Своя целевая длительность в секундах</translation>
    </message>
    <message>
        <source>Show &amp;script</source>
        <translation>Показать &amp;текст</translation>
    </message>
    <message>
        <source>Prompt:</source>
        <translation>Задание:</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Цель:</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>Самопрезентация</translation>
    </message>
    <message>
        <source>New prompt</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <source>What will you answer?</source>
        <translation>На какой вопрос вы будете отвечать?</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Prompter</source>
        <translation>Суфлёр</translation>
    </message>
    <message>
        <source>Question being rehearsed</source>
        <translation>Вопрос, который вы репетируете</translation>
    </message>
    <message>
        <source>Script or outline</source>
        <translation>Текст или план</translation>
    </message>
    <message>
        <source>Prompter font size</source>
        <translation>Размер шрифта суфлёра</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <source>Your script or bullet outline. For a self-introduction: who you are, relevant experience, two or three achievements with numbers, why this role, your goals.</source>
        <translation>Текст ответа или план по пунктам. Для самопрезентации: кто вы, релевантный опыт, два-три достижения в цифрах, почему эта роль, ваши цели.</translation>
    </message>
    <message>
        <source>Your outline for this answer: the situation, what you did, the result with a number, and what you learned.</source>
        <translation>План ответа: ситуация, что вы сделали, результат в цифрах и что вы из этого вынесли.</translation>
    </message>
</context>
<context>
    <name>RecordBar</name>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Rescan</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Look for microphones again (after plugging one in)</source>
        <translation>Снова найти микрофоны (после подключения нового)</translation>
    </message>
    <message>
        <source>Mic check</source>
        <translation>Проверка микрофона</translation>
    </message>
    <message>
        <source>Speak for five seconds: level, clipping and background noise</source>
        <translation>Говорите пять секунд: уровень, перегрузка и фоновый шум</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Pause or resume the take (P)</source>
        <translation>Приостановить или продолжить дубль (P)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Record a new take (R, or Ctrl+R while typing)</source>
        <translation>Записать новый дубль (R, а при наборе текста — Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <source>Stop and keep the take (Esc)</source>
        <translation>Остановить и сохранить дубль (Esc)</translation>
    </message>
    <message>
        <source>Recording state</source>
        <translation>Состояние записи</translation>
    </message>
    <message>
        <source>Elapsed time against the target</source>
        <translation>Прошедшее время относительно цели</translation>
    </message>
    <message>
        <source>Time recorded (or the selected take's length) against the target; amber near it, red past it</source>
        <translation>Записанное время (или длина выбранного дубля) и цель; жёлтым — у цели, красным — сверх неё</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>The audio library PortAudio is missing — install the libportaudio2 package.</source>
        <translation>Не найдена звуковая библиотека PortAudio — установите пакет libportaudio2.</translation>
    </message>
    <message>
        <source>No microphone found — connect one, then press Rescan.</source>
        <translation>Микрофон не найден — подключите его и нажмите «Обновить».</translation>
    </message>
    <message>
        <source>No microphone</source>
        <translation>Нет микрофона</translation>
    </message>
    <message>
        <source>Recording is not available: %1</source>
        <translation>Запись недоступна: %1</translation>
    </message>
    <message>
        <source>The microphone cannot be opened: %1</source>
        <translation>Не удаётся открыть микрофон: %1</translation>
    </message>
    <message>
        <source>Mic check: speak normally for five seconds…</source>
        <translation>Проверка микрофона: говорите как обычно пять секунд…</translation>
    </message>
    <message>
        <source>Mic check: %1 (level %2 dBFS, noise %3 dBFS)</source>
        <translation>Проверка микрофона: %1 (уровень %2 дБFS, шум %3 дБFS)</translation>
    </message>
    <message>
        <source>no sound — check that the microphone is connected, selected and not muted</source>
        <translation>звука нет — проверьте, что микрофон подключён, выбран и не выключен</translation>
    </message>
    <message>
        <source>too loud, the sound clips — lower the input gain or move back</source>
        <translation>слишком громко, звук перегружается — уменьшите усиление входа или отодвиньтесь</translation>
    </message>
    <message>
        <source>too quiet — move closer or raise the input gain</source>
        <translation>слишком тихо — придвиньтесь ближе или увеличьте усиление входа</translation>
    </message>
    <message>
        <source>very loud, close to clipping — lower the gain a little</source>
        <translation>очень громко, почти перегрузка — немного уменьшите усиление</translation>
    </message>
    <message>
        <source>background noise is high — find a quieter place</source>
        <translation>высокий фоновый шум — найдите место потише</translation>
    </message>
    <message>
        <source>the microphone sounds good</source>
        <translation>микрофон звучит хорошо</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Запись…</translation>
    </message>
    <message>
        <source>Paused — P resumes the same take.</source>
        <translation>Пауза — P продолжит тот же дубль.</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Идёт запись</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Dropout at %1: the computer could not keep up; marked on the waveform.</source>
        <translation>Пропуск звука на %1: компьютер не успевал; место отмечено на волновой форме.</translation>
    </message>
    <message>
        <source>The microphone stopped sending sound at %1. The take was saved up to that moment.</source>
        <translation>Микрофон перестал передавать звук на %1. Дубль сохранён до этого момента.</translation>
    </message>
    <message>
        <source>The take could not be written (is the disk full?). Recording stopped; everything up to %1 was kept.</source>
        <translation>Не удалось записать дубль (диск заполнен?). Запись остановлена; всё до %1 сохранено.</translation>
    </message>
    <message>
        <source>The microphone reported an error at %1; the take was saved up to then.</source>
        <translation>Микрофон сообщил об ошибке на %1; дубль сохранён до этого момента.</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Interrupted recording</source>
        <translation>Прерванная запись</translation>
    </message>
    <message>
        <source>A recording from %1 (about %2 min) was interrupted. Recover it as a take?</source>
        <translation>Запись от %1 (около %2 мин) была прервана. Восстановить её как дубль?</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Recovered take</source>
        <translation>Восстановленный дубль</translation>
    </message>
    <message>
        <source>The interrupted take was recovered.</source>
        <translation>Прерванный дубль восстановлен.</translation>
    </message>
    <message>
        <source>The take could not be recovered: %1</source>
        <translation>Не удалось восстановить дубль: %1</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>Verdict</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Подробности: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPanel</name>
    <message>
        <source>Select a take to see its review.</source>
        <translation>Выберите дубль, чтобы увидеть его разбор.</translation>
    </message>
    <message>
        <source>&amp;Analyse</source>
        <translation>&amp;Анализировать</translation>
    </message>
    <message>
        <source>Measure pace, pauses, pitch, loudness and filled pauses</source>
        <translation>Измерить темп, паузы, высоту голоса, громкость и звуки-паразиты (э-э, м-м)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Analysis progress</source>
        <translation>Ход анализа</translation>
    </message>
    <message>
        <source>The two selected takes side by side</source>
        <translation>Два выбранных дубля рядом</translation>
    </message>
    <message>
        <source>Every measure with its comfortable range</source>
        <translation>Все измерения и их комфортные диапазоны</translation>
    </message>
    <message>
        <source>Record another take of this prompt to see what changed.</source>
        <translation>Запишите ещё один дубль этого задания, чтобы увидеть, что изменилось.</translation>
    </message>
    <message>
        <source>Pace across your takes (the band is comfortable)</source>
        <translation>Темп по вашим дублям (полоса — комфортный диапазон)</translation>
    </message>
    <message>
        <source>Delivery metrics</source>
        <translation>Показатели подачи</translation>
    </message>
    <message>
        <source>Review sections</source>
        <translation>Разделы разбора</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Цифры</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>&amp;Check the marks (%1)</source>
        <translation>Проверить &amp;отметки (%1)</translation>
    </message>
    <message>
        <source>Hear each mark and say whether it was a filler; the count learns from you</source>
        <translation>Прослушайте каждую отметку и скажите, было ли это «э-э»: подсчёт учится на ваших ответах</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Ещё не проанализирован.</translation>
    </message>
    <message>
        <source>By exercise phase (pace, time in pauses):</source>
        <translation>По этапам упражнения (темп, доля пауз):</translation>
    </message>
    <message>
        <source>Compared with the previous take:</source>
        <translation>По сравнению с предыдущим дублем:</translation>
    </message>
    <message>
        <source>no change of 10 % or more.</source>
        <translation>изменений на 10 % и больше нет.</translation>
    </message>
    <message>
        <source>The detector's default threshold (%1); check some marks to tune it to your voice.</source>
        <translation>Порог распознавания по умолчанию (%1); проверьте несколько отметок, чтобы настроить его под ваш голос.</translation>
    </message>
    <message>
        <source>Threshold %1, learnt from your %2 answers for this microphone and language.</source>
        <translation>Порог %1 подобран по вашим ответам (%2) для этого микрофона и языка.</translation>
    </message>
    <message>
        <source>%1 takes selected.</source>
        <translation>Выбрано дублей: %1.</translation>
    </message>
    <message>
        <source>A: %1, B: %2. Compare plays them side by side.</source>
        <translation>A: %1, B: %2. «Сравнить» проигрывает их рядом.</translation>
    </message>
    <message>
        <source>Analyse both takes to see how the metrics changed.</source>
        <translation>Проанализируйте оба дубля, чтобы увидеть, как изменились показатели.</translation>
    </message>
    <message>
        <source>No measure changed enough to matter; Compare shows them all.</source>
        <translation>Ни одно измерение не изменилось заметно; все они — в «Сравнить».</translation>
    </message>
    <message>
        <source>What changed from A to B:</source>
        <translation>Что изменилось от A к B:</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не удался: %1</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <source>Delivery by exercise phase</source>
        <translation>Подача по этапам упражнения</translation>
    </message>
    <message>
        <source>Delivery review</source>
        <translation>Разбор подачи</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
    </message>
</context>
<context>
    <name>RunQuestions</name>
    <message>
        <source>Unfinished exercise</source>
        <translation>Незавершённое упражнение</translation>
    </message>
    <message>
        <source>“%1”, started %2, was not finished. Resume it where you left off?</source>
        <translation>Упражнение «%1», начатое %2, не было завершено. Продолжить с того места, где вы остановились?</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отказаться</translation>
    </message>
    <message>
        <source>Welcome back</source>
        <translation>С возвращением</translation>
    </message>
    <message>
        <source>You were away %1: the studio was closed while “%2” was running. Continue where you stopped (the time it was closed is not counted), count that time against the phase, or end the attempt there?</source>
        <translation>Вас не было %1: студия была закрыта, пока шло «%2». Продолжить с того места, где вы остановились (время, пока студия была закрыта, не засчитывается), засчитать это время этапу или завершить попытку на этом?</translation>
    </message>
    <message>
        <source>Continue where I stopped</source>
        <translation>Продолжить с места остановки</translation>
    </message>
    <message>
        <source>Count that time</source>
        <translation>Засчитать это время</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>You were away %1 min. The timer was held at the moment you left. Count the time away, stay paused, or end the attempt there?</source>
        <translation>Вас не было %1 мин. Таймер остановлен на моменте вашего ухода. Засчитать время отсутствия, оставить на паузе или завершить попытку на этом моменте?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Засчитать</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 мин %2 с</translation>
    </message>
    <message>
        <source>Finish the exercise?</source>
        <translation>Завершить упражнение?</translation>
    </message>
    <message>
        <source>%1 of the exercise is still left. Finish now and go to the debrief?</source>
        <translation>До конца упражнения ещё %1. Завершить сейчас и перейти к разбору?</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Finish now</source>
        <translation>Завершить сейчас</translation>
    </message>
    <message>
        <source>An exercise is running</source>
        <translation>Идёт упражнение</translation>
    </message>
    <message>
        <source>“%1” is still running. Keep going with it, or finish it now and open the other exercise?</source>
        <translation>«%1» ещё идёт. Продолжить его или завершить сейчас и открыть другое упражнение?</translation>
    </message>
    <message>
        <source>Finish it</source>
        <translation>Завершить его</translation>
    </message>
    <message>
        <source>“%1” is still running.</source>
        <translation>«%1» ещё идёт.</translation>
    </message>
    <message>
        <source>%1 min left</source>
        <translation>Осталось %1 мин</translation>
    </message>
    <message>
        <source>%1 min left for “%2”.</source>
        <translation>На «%2» осталось %1 мин.</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <source>Time is up for “%1”. Next: “%2” (press N).</source>
        <translation>Время на «%1» вышло. Далее: «%2» (нажмите N).</translation>
    </message>
    <message>
        <source>Time is up for “%1”. Finish with Ctrl+Enter.</source>
        <translation>Время на «%1» вышло. Завершите упражнение клавишами Ctrl+Enter.</translation>
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Time left in this phase</source>
        <translation>Осталось времени на этот этап</translation>
    </message>
    <message>
        <source>Phases: time used of the budget</source>
        <translation>Этапы: затраченное время из запланированного</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Приостановить или продолжить</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Предыдущий этап</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Следующий этап</translation>
    </message>
    <message>
        <source>One more minute for this phase</source>
        <translation>Ещё минута на этот этап</translation>
    </message>
    <message>
        <source>Finish the exercise</source>
        <translation>Завершить упражнение</translation>
    </message>
    <message>
        <source>Guiding questions of this phase</source>
        <translation>Наводящие вопросы этого этапа</translation>
    </message>
    <message>
        <source>Guiding questions</source>
        <translation>Наводящие вопросы</translation>
    </message>
    <message>
        <source>Notes for this phase</source>
        <translation>Заметки к этому этапу</translation>
    </message>
    <message>
        <source>Think in writing: one idea per line, start a line with “- ” for a list. Saved as you type.</source>
        <translation>Думайте письменно: одна мысль на строку, для списка начинайте строку с «- ». Сохраняется по мере ввода.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Keys: Space pause · N next · P previous · + one more minute · Ctrl+Enter finish · Esc leaves notes</source>
        <translation>Клавиши: Space — пауза · N — следующий этап · P — предыдущий · + — ещё минута · Ctrl+Enter — завершить · Esc — выйти из заметок</translation>
    </message>
    <message>
        <source>Pause / resume</source>
        <translation>Пауза / продолжить</translation>
    </message>
    <message>
        <source>One more minute</source>
        <translation>Ещё минута</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>1 min</source>
        <translation>1 мин</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Клавиша: %1</translation>
    </message>
    <message>
        <source>Leave the notes</source>
        <translation>Выйти из заметок</translation>
    </message>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Этап %1 из %2: %3</translation>
    </message>
    <message>
        <source>No guiding questions for this phase: use the notes.</source>
        <translation>Для этого этапа нет наводящих вопросов: пользуйтесь заметками.</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Заметки: %1</translation>
    </message>
    <message>
        <source>Paused: press Space to resume</source>
        <translation>Пауза: нажмите Space, чтобы продолжить</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Завершено</translation>
    </message>
    <message>
        <source>OVERTIME: Ctrl+Enter to finish</source>
        <translation>СВЕРХ ВРЕМЕНИ: Ctrl+Enter — завершить</translation>
    </message>
    <message>
        <source>OVERTIME: N for the next phase</source>
        <translation>СВЕРХ ВРЕМЕНИ: N — следующий этап</translation>
    </message>
    <message>
        <source>left in this phase</source>
        <translation>осталось на этом этапе</translation>
    </message>
    <message>
        <source>Whole exercise: %1 left</source>
        <translation>Всё упражнение: осталось %1</translation>
    </message>
    <message>
        <source>Whole exercise: %1 over</source>
        <translation>Всё упражнение: превышено на %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Идёт запись</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Пробное собеседование</translation>
    </message>
    <message>
        <source>Question number</source>
        <translation>Номер вопроса</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Story outline</source>
        <translation>План истории</translation>
    </message>
    <message>
        <source>Why they ask</source>
        <translation>Зачем спрашивают</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Уровень микрофона</translation>
    </message>
    <message>
        <source>Answer now (R)</source>
        <translation>Отвечать сейчас (R)</translation>
    </message>
    <message>
        <source>Done (Space)</source>
        <translation>Готово (Пробел)</translation>
    </message>
    <message>
        <source>Try again (T)</source>
        <translation>Ещё раз (T)</translation>
    </message>
    <message>
        <source>Next (Enter)</source>
        <translation>Дальше (Enter)</translation>
    </message>
    <message>
        <source>Skip (N)</source>
        <translation>Пропустить (N)</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Пауза (P)</translation>
    </message>
    <message>
        <source>End (Esc)</source>
        <translation>Завершить (Esc)</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Вопрос %1 из %2</translation>
    </message>
    <message>
        <source>Why they ask: %1</source>
        <translation>Зачем спрашивают: %1</translation>
    </message>
    <message>
        <source>Think. Recording starts by itself (or press R).</source>
        <translation>Подумайте. Запись начнётся сама (или нажмите R).</translation>
    </message>
    <message>
        <source>Recording your answer — limit %1. Space or Enter when you are done.</source>
        <translation>Идёт запись ответа — лимит %1. Пробел или Enter, когда закончите.</translation>
    </message>
    <message>
        <source>How did it go? Tick what your answer had, then Enter for the next.</source>
        <translation>Как прошло? Отметьте, что было в ответе, затем Enter — к следующему.</translation>
    </message>
    <message>
        <source>The session is over.</source>
        <translation>Сессия окончена.</translation>
    </message>
    <message>
        <source>Paused — press P to go on.</source>
        <translation>Пауза — нажмите P, чтобы продолжить.</translation>
    </message>
    <message>
        <source>Resume (P)</source>
        <translation>Продолжить (P)</translation>
    </message>
    <message>
        <source>End the mock interview</source>
        <translation>Завершить пробное собеседование</translation>
    </message>
    <message>
        <source>An answer is being recorded. End the session now? The answer so far is kept.</source>
        <translation>Идёт запись ответа. Завершить сессию сейчас? Записанное сохранится.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Завершить сессию</translation>
    </message>
    <message>
        <source>Go on answering</source>
        <translation>Продолжить ответ</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as my template</source>
        <translation>Сохранить как мой шаблон</translation>
    </message>
    <message>
        <source>Template title</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Описание:</translation>
    </message>
    <message>
        <source>Please give the template a title.</source>
        <translation>Дайте шаблону название.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Микрофон</translation>
    </message>
    <message>
        <source>Speakers or headphones</source>
        <translation>Динамики или наушники</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Default target length</source>
        <translation>Целевая длительность по умолчанию</translation>
    </message>
    <message>
        <source>Play a chime at phase changes and warnings</source>
        <translation>Звуковой сигнал при смене этапа и предупреждениях</translation>
    </message>
    <message>
        <source>Show a system notification at phase changes</source>
        <translation>Системное уведомление при смене этапа</translation>
    </message>
    <message>
        <source>Carry unused or overrun time to the next phases</source>
        <translation>Переносить неиспользованное или перерасходованное время на следующие этапы</translation>
    </message>
    <message>
        <source>Long pause threshold</source>
        <translation>Порог длинной паузы</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Светлая</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Тёмная</translation>
    </message>
    <message>
        <source>Automatic backups to keep</source>
        <translation>Сколько автоматических резервных копий хранить</translation>
    </message>
    <message>
        <source>Move…</source>
        <translation>Переместить…</translation>
    </message>
    <message>
        <source>Copy all your data to another folder and use it from the next start</source>
        <translation>Скопировать все данные в другую папку и использовать её со следующего запуска</translation>
    </message>
    <message>
        <source>Reset my filled-pause corrections</source>
        <translation>Сбросить мои ответы про «э-э»</translation>
    </message>
    <message>
        <source>Forget which marks you confirmed or rejected; the filler detector goes back to its default</source>
        <translation>Забыть, какие отметки вы подтвердили или отклонили; распознавание «э-э» вернётся к настройке по умолчанию</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Microphone:</source>
        <translation>&amp;Микрофон:</translation>
    </message>
    <message>
        <source>&amp;Output:</source>
        <translation>&amp;Вывод звука:</translation>
    </message>
    <message>
        <source>Default &amp;target length:</source>
        <translation>Целевая &amp;длительность по умолчанию:</translation>
    </message>
    <message>
        <source>Long &amp;pause from:</source>
        <translation>Длинная &amp;пауза от:</translation>
    </message>
    <message>
        <source>&amp;Backups to keep:</source>
        <translation>Число &amp;резервных копий:</translation>
    </message>
    <message>
        <source>Filled pauses:</source>
        <translation>«Э-э» и «м-м»:</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>The new language applies when the studio starts next time.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
    </message>
    <message>
        <source>%1 of your answers tune the filler detector.</source>
        <translation>Ваших ответов, по которым настроено распознавание «э-э»: %1.</translation>
    </message>
    <message>
        <source>The filler detector uses its default threshold.</source>
        <translation>Распознавание «э-э» работает с порогом по умолчанию.</translation>
    </message>
    <message>
        <source>Reset filled-pause corrections</source>
        <translation>Сброс ответов про «э-э»</translation>
    </message>
    <message>
        <source>Forget every mark you confirmed or rejected, for every microphone and language? Filler counts go back to estimates.</source>
        <translation>Забыть все отметки, которые вы подтвердили или отклонили, для всех микрофонов и языков? Подсчёт «э-э» снова станет оценкой.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Your filled-pause corrections were cleared; filler counts are estimates again.</source>
        <translation>Ваши ответы про «э-э» удалены; подсчёт снова стал оценкой.</translation>
    </message>
    <message>
        <source>Move the data to</source>
        <translation>Переместить данные в</translation>
    </message>
    <message>
        <source>The data was not moved: %1</source>
        <translation>Данные не перемещены: %1</translation>
    </message>
    <message>
        <source>%1 files copied to %2. The studio uses the new folder from the next start; the old folder %3 is kept until you delete it.</source>
        <translation>Файлов скопировано в %2: %1. Программа будет использовать новую папку со следующего запуска; старая папка %3 сохранится, пока вы её не удалите.</translation>
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>By interview stage</source>
        <translation>По этапу собеседования</translation>
    </message>
    <message>
        <source>For the selected interview</source>
        <translation>Для выбранного собеседования</translation>
    </message>
    <message>
        <source>My starred questions</source>
        <translation>Отмеченные звёздочкой</translation>
    </message>
    <message>
        <source>Questions I have not answered yet</source>
        <translation>Вопросы, на которые я ещё не отвечал(а)</translation>
    </message>
    <message>
        <source>Pick by hand</source>
        <translation>Выбрать вручную</translation>
    </message>
    <message>
        <source>&amp;Questions:</source>
        <translation>&amp;Вопросы:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>S&amp;tage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;How many:</source>
        <translation>&amp;Сколько:</translation>
    </message>
    <message>
        <source>As listed</source>
        <translation>По порядку</translation>
    </message>
    <message>
        <source>Shuffled</source>
        <translation>Вперемешку</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>&amp;Порядок:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Th&amp;ink time:</source>
        <translation>Время на &amp;обдумывание:</translation>
    </message>
    <message>
        <source>Answer &amp;limit:</source>
        <translation>&amp;Лимит ответа:</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Questions to practise</source>
        <translation>Вопросы для тренировки</translation>
    </message>
    <message>
        <source>Star / unstar (Ctrl+S)</source>
        <translation>Звёздочка вкл/выкл (Ctrl+S)</translation>
    </message>
    <message>
        <source>Past sessions…</source>
        <translation>Прошлые сессии…</translation>
    </message>
    <message>
        <source>Plan name</source>
        <translation>Название плана</translation>
    </message>
    <message>
        <source>Save as plan</source>
        <translation>Сохранить как план</translation>
    </message>
    <message>
        <source>Saved plans</source>
        <translation>Сохранённые планы</translation>
    </message>
    <message>
        <source>Load plan</source>
        <translation>Загрузить план</translation>
    </message>
    <message>
        <source>&amp;Start the mock interview</source>
        <translation>&amp;Начать пробное собеседование</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Клавиша: %1</translation>
    </message>
    <message>
        <source>The question library is still loading…</source>
        <translation>Библиотека вопросов ещё загружается…</translation>
    </message>
    <message>
        <source>Select an interview in the list on the left.</source>
        <translation>Выберите собеседование в списке слева.</translation>
    </message>
    <message>
        <source>No questions here yet.</source>
        <translation>Здесь пока нет вопросов.</translation>
    </message>
    <message>
        <source>%1 questions; the first %2 ticked ones are asked.</source>
        <translation>Вопросов: %1; будут заданы первые %2 отмеченных.</translation>
    </message>
    <message>
        <source>Give the plan a name and tick at least one question.</source>
        <translation>Дайте плану название и отметьте хотя бы один вопрос.</translation>
    </message>
    <message>
        <source>Practice plan “%1” saved.</source>
        <translation>План тренировки «%1» сохранён.</translation>
    </message>
    <message>
        <source>Tick at least one question to practise.</source>
        <translation>Отметьте хотя бы один вопрос для тренировки.</translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>Another copy of Interview Studio or another program is using your data (%1). Nothing was changed. Close the other program, then start Interview Studio again.</source>
        <translation>Ваши данные использует другая копия Interview Studio или другая программа (%1). Ничего не изменено. Закройте ту программу и снова запустите Interview Studio.</translation>
    </message>
    <message>
        <source>Your data could not be opened: %1. Nothing was deleted; see the log file in %2.</source>
        <translation>Не удалось открыть ваши данные: %1. Ничего не удалено; файл журнала находится в %2.</translation>
    </message>
    <message>
        <source>Your data is in use</source>
        <translation>Данные заняты</translation>
    </message>
    <message>
        <source>Another copy of Interview Studio or another program is using your data:
%1

Close it, then try again.</source>
        <translation>Ваши данные использует другая копия Interview Studio или другая программа:
%1

Закройте её и попробуйте снова.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Попробовать снова</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Your data was made by a newer version of Interview Studio (%1). Nothing was changed. Use the newer version, or restore an older backup.</source>
        <translation>Ваши данные созданы более новой версией Interview Studio (%1). Ничего не изменено. Откройте их в новой версии или восстановите более старую резервную копию.</translation>
    </message>
    <message>
        <source>Your data cannot be opened: %1. Nothing was moved or deleted. Give yourself permission to read and write this file and its folder (or move the data to a writable disk), then start again.</source>
        <translation>Не удаётся открыть ваши данные: %1. Ничего не перемещено и не удалено. Дайте себе права на чтение и запись этого файла и его папки (или перенесите данные на диск, доступный для записи) и запустите программу снова.</translation>
    </message>
    <message>
        <source>Your data cannot be used right now: %1. Nothing was moved or deleted.</source>
        <translation>Сейчас нельзя работать с вашими данными: %1. Ничего не перемещено и не удалено.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическая резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Создаётся резервная копия…</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Резервная копия сохранена: %1</translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation>Резервная копия не создана: %1</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Файл %1 нельзя восстановить: %2</translation>
    </message>
    <message>
        <source>Restore from a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Replace all your current data with the backup %1? Your current data is backed up first, so this can be undone by restoring that backup.</source>
        <translation>Заменить все текущие данные копией %1? Сначала будет сохранена копия текущих данных, так что к ним можно будет вернуться.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The restore failed; nothing was changed: %1</source>
        <translation>Восстановить не удалось, данные не изменились: %1</translation>
    </message>
    <message>
        <source>Exported %1 files to %2</source>
        <translation>Экспортировано файлов: %1, папка: %2</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Экспорт не удался: %1</translation>
    </message>
    <message>
        <source>Delete all my data</source>
        <translation>Удаление всех данных</translation>
    </message>
    <message>
        <source>Delete all your recordings, attempts, checklists, interviews and settings from this computer? Backups are deleted too. This cannot be undone.</source>
        <translation>Удалить с этого компьютера все ваши записи, попытки, чек-листы, собеседования и настройки? Резервные копии тоже будут удалены. Отменить это нельзя.</translation>
    </message>
    <message>
        <source>Delete everything</source>
        <translation>Удалить всё</translation>
    </message>
    <message>
        <source>Are you sure? Everything in %1 will be gone.</source>
        <translation>Вы уверены? Всё содержимое папки %1 исчезнет.</translation>
    </message>
    <message>
        <source>Yes, delete it all</source>
        <translation>Да, удалить всё</translation>
    </message>
    <message>
        <source>Back up to</source>
        <translation>Сохранить резервную копию</translation>
    </message>
    <message>
        <source>Zip (*.zip)</source>
        <translation>Архив ZIP (*.zip)</translation>
    </message>
    <message>
        <source>Restore from</source>
        <translation>Восстановить из</translation>
    </message>
    <message>
        <source>Export all data</source>
        <translation>Экспорт всех данных</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;JSON (*.json)</source>
        <translation>Файлы CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>The studio's database was damaged (%1). It was not deleted: it was moved to
%2

</source>
        <translation>База данных программы повреждена (%1). Она не удалена, а перемещена в
%2

</translation>
    </message>
    <message>
        <source>The newest backup is %1. Restore it?</source>
        <translation>Последняя резервная копия: %1. Восстановить её?</translation>
    </message>
    <message>
        <source>Damaged database</source>
        <translation>База данных повреждена</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Восстановить резервную копию</translation>
    </message>
    <message>
        <source>Start with an empty database</source>
        <translation>Начать с пустой базой</translation>
    </message>
    <message>
        <source>Backup %1 restored.</source>
        <translation>Резервная копия %1 восстановлена.</translation>
    </message>
    <message>
        <source>No backup was found, so the studio starts with an empty database.</source>
        <translation>Резервная копия не найдена, поэтому программа запускается с пустой базой данных.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ОК</translation>
    </message>
    <message>
        <source>Started with an empty database; the damaged file was kept.</source>
        <translation>Запущено с пустой базой данных; повреждённый файл сохранён.</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Непредвиденная ошибка</translation>
    </message>
    <message>
        <source>Something went wrong: %1

Your data is saved. Details are in the log file:
%2</source>
        <translation>Что-то пошло не так: %1

Ваши данные сохранены. Подробности в файле журнала:
%2</translation>
    </message>
</context>
<context>
    <name>StoriesView</name>
    <message>
        <source>My stories</source>
        <translation>Мои истории</translation>
    </message>
    <message>
        <source>&amp;New story</source>
        <translation>Новая &amp;история</translation>
    </message>
    <message>
        <source>&amp;Delete story</source>
        <translation>&amp;Удалить историю</translation>
    </message>
    <message>
        <source>&amp;Practise this story</source>
        <translation>&amp;Отрепетировать историю</translation>
    </message>
    <message>
        <source>Story</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Покрытие</translation>
    </message>
    <message>
        <source>Examples from the guide</source>
        <translation>Примеры из руководства</translation>
    </message>
    <message>
        <source>Interview day</source>
        <translation>День собеседования</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>&amp;Situation:</source>
        <translation>&amp;Ситуация:</translation>
    </message>
    <message>
        <source>T&amp;ask:</source>
        <translation>&amp;Задача:</translation>
    </message>
    <message>
        <source>A&amp;ction:</source>
        <translation>&amp;Действие:</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>&amp;Результат:</translation>
    </message>
    <message>
        <source>e.g. CRM use rose from 20 % to 85 %</source>
        <translation>например, CRM стали пользоваться 85 % сотрудников вместо 20 %</translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation>&amp;Показатель:</translation>
    </message>
    <message>
        <source>How it was calculated (be ready to explain)</source>
        <translation>Как он посчитан (будьте готовы объяснить)</translation>
    </message>
    <message>
        <source>&amp;How calculated:</source>
        <translation>&amp;Как посчитан:</translation>
    </message>
    <message>
        <source>Shows:</source>
        <translation>Показывает:</translation>
    </message>
    <message>
        <source>Questions this story answers</source>
        <translation>Вопросы, на которые отвечает история</translation>
    </message>
    <message>
        <source>Answers &amp;questions:</source>
        <translation>Отвечает на &amp;вопросы:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Coverage stage</source>
        <translation>Этап для покрытия</translation>
    </message>
    <message>
        <source>Worked STAR examples</source>
        <translation>Разобранные примеры STAR</translation>
    </message>
    <message>
        <source>&amp;Copy into a new story</source>
        <translation>&amp;Скопировать в новую историю</translation>
    </message>
    <message>
        <source>Questions I will ask the employer (one a line):</source>
        <translation>Вопросы, которые я задам работодателю (по одному в строке):</translation>
    </message>
    <message>
        <source>Questions for the employer</source>
        <translation>Вопросы работодателю</translation>
    </message>
    <message>
        <source>&amp;Export the one-pager…</source>
        <translation>&amp;Экспорт памятки…</translation>
    </message>
    <message>
        <source>The one-pager is for the interview selected on the left.</source>
        <translation>Памятка — для собеседования, выбранного слева.</translation>
    </message>
    <message>
        <source>No interview is selected: the one-pager is a general one.</source>
        <translation>Собеседование не выбрано: памятка будет общей.</translation>
    </message>
    <message>
        <source>%1 of %2 questions of this stage have a story.</source>
        <translation>Для %1 из %2 вопросов этого этапа есть история.</translation>
    </message>
    <message>
        <source>No story yet for:</source>
        <translation>Пока нет истории для:</translation>
    </message>
    <message>
        <source>No story shows: %1.</source>
        <translation>Ни одна история не показывает: %1.</translation>
    </message>
    <message>
        <source>Every competency has a story.</source>
        <translation>Для каждой компетенции есть история.</translation>
    </message>
    <message>
        <source>Situation: %1</source>
        <translation>Ситуация: %1</translation>
    </message>
    <message>
        <source>Task: %1</source>
        <translation>Задача: %1</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Действие: %1</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Результат: %1</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Новая история</translation>
    </message>
    <message>
        <source>Example %1</source>
        <translation>Пример %1</translation>
    </message>
    <message>
        <source>Delete story</source>
        <translation>Удалить историю</translation>
    </message>
    <message>
        <source>Delete the story “%1”?</source>
        <translation>Удалить историю «%1»?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Показатель</translation>
    </message>
    <message>
        <source>How it was calculated</source>
        <translation>Как посчитан</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Показывает</translation>
    </message>
    <message>
        <source>Questions I will ask</source>
        <translation>Мои вопросы работодателю</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>Ещё сделать</translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation>Пока ничего.</translation>
    </message>
    <message>
        <source>Export the interview-day one-pager</source>
        <translation>Экспорт памятки на день собеседования</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Markdown (*.md)</source>
        <translation>PDF (*.pdf);;Markdown (*.md)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>One-pager exported to %1</source>
        <translation>Памятка сохранена в %1</translation>
    </message>
</context>
<context>
    <name>SummaryView</name>
    <message>
        <source>Session:</source>
        <translation>Сессия:</translation>
    </message>
    <message>
        <source>Past sessions</source>
        <translation>Прошлые сессии</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>Ответы</translation>
    </message>
    <message>
        <source>Weakest point</source>
        <translation>Самое слабое место</translation>
    </message>
    <message>
        <source>History of this question</source>
        <translation>История этого вопроса</translation>
    </message>
    <message>
        <source>&amp;Play the selected answer (Space)</source>
        <translation>&amp;Прослушать выбранный ответ (Пробел)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспорт…</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Новая сессия</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Pace (wpm)</source>
        <translation>Темп (слов/мин)</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Filled pauses</source>
        <translation>Паузы-заполнители</translation>
    </message>
    <message>
        <source>My rating</source>
        <translation>Моя оценка</translation>
    </message>
    <message>
        <source>%1 (question no longer in the library)</source>
        <translation>%1 (вопроса больше нет в библиотеке)</translation>
    </message>
    <message>
        <source>Mock interview of %1: %2 answers</source>
        <translation>Пробное собеседование %1: ответов — %2</translation>
    </message>
    <message>
        <source>Weakest point: %1</source>
        <translation>Самое слабое место: %1</translation>
    </message>
    <message>
        <source>All attempts at this question:</source>
        <translation>Все попытки ответить на этот вопрос:</translation>
    </message>
    <message>
        <source>longer</source>
        <translation>дольше</translation>
    </message>
    <message>
        <source>shorter</source>
        <translation>короче</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>примерно так же</translation>
    </message>
    <message>
        <source>higher</source>
        <translation>выше</translation>
    </message>
    <message>
        <source>lower</source>
        <translation>ниже</translation>
    </message>
    <message>
        <source>Duration trend: %1.</source>
        <translation>Длительность: %1.</translation>
    </message>
    <message>
        <source>Self-rating trend: %1.</source>
        <translation>Самооценка: %1.</translation>
    </message>
    <message>
        <source>The answer cannot be played: %1</source>
        <translation>Ответ не удаётся воспроизвести: %1</translation>
    </message>
    <message>
        <source>Mock interview</source>
        <translation>Пробное собеседование</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Дата: %1</translation>
    </message>
    <message>
        <source>Export the summary</source>
        <translation>Экспорт итогов</translation>
    </message>
    <message>
        <source>Markdown (*.md);;PDF (*.pdf)</source>
        <translation>Markdown (*.md);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Summary exported to %1</source>
        <translation>Итоги сохранены в %1</translation>
    </message>
</context>
<context>
    <name>TakeService</name>
    <message>
        <source>Imported %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Не удалось импортировать: %1</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
</context>
<context>
    <name>TakesPanel</name>
    <message>
        <source>Takes</source>
        <translation>Дубли</translation>
    </message>
    <message>
        <source>Which takes to list</source>
        <translation>Какие дубли показывать</translation>
    </message>
    <message>
        <source>All takes</source>
        <translation>Все дубли</translation>
    </message>
    <message>
        <source>This prompt</source>
        <translation>Это задание</translation>
    </message>
    <message>
        <source>Exercise answers</source>
        <translation>Ответы в упражнениях</translation>
    </message>
    <message>
        <source>Only the selected interview</source>
        <translation>Только выбранное собеседование</translation>
    </message>
    <message>
        <source>Take</source>
        <translation>Дубль</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Длина</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Pauses</source>
        <translation>Паузы</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>Переименовать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Move the take to the trash (Ctrl+Z undoes)</source>
        <translation>Переместить дубль в корзину (Ctrl+Z — отменить)</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импортировать…</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <source>Select two takes to compare them side by side</source>
        <translation>Выберите два дубля, чтобы сравнить их рядом</translation>
    </message>
    <message>
        <source>Rename the take</source>
        <translation>Переименовать дубль</translation>
    </message>
    <message>
        <source>Export the take as a WAV or FLAC file</source>
        <translation>Экспортировать дубль в файл WAV или FLAC</translation>
    </message>
    <message>
        <source>no rating</source>
        <translation>без оценки</translation>
    </message>
    <message>
        <source>Favourite</source>
        <translation>Избранное</translation>
    </message>
    <message>
        <source>Take notes</source>
        <translation>Заметки к дублю</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Notes on this take</source>
        <translation>Заметки к этому дублю</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
    </message>
    <message>
        <source>%1 wpm</source>
        <translation>%1 сл/мин</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Дубль %1</translation>
    </message>
    <message>
        <source>Self-introduction</source>
        <translation>Самопрезентация</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Rename take</source>
        <translation>Переименование дубля</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>Delete take “%1”</source>
        <translation>удаление дубля «%1»</translation>
    </message>
    <message>
        <source>Take moved to the trash. Ctrl+Z brings it back.</source>
        <translation>Дубль перемещён в корзину. Ctrl+Z вернёт его.</translation>
    </message>
    <message>
        <source>Empty the trash</source>
        <translation>Очистка корзины</translation>
    </message>
    <message>
        <source>Delete the takes in the trash for good? This cannot be undone.</source>
        <translation>Удалить дубли из корзины навсегда? Это действие нельзя отменить.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Удалить навсегда</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>%1 takes deleted for good.</source>
        <translation>Удалено навсегда дублей: %1.</translation>
    </message>
    <message>
        <source>Export take</source>
        <translation>Экспорт дубля</translation>
    </message>
    <message>
        <source>WAV audio (*.wav);;FLAC audio (*.flac)</source>
        <translation>Аудио WAV (*.wav);;Аудио FLAC (*.flac)</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3);;All files (*)</source>
        <translation>Аудио (*.wav *.flac *.ogg *.mp3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Import an audio file</source>
        <translation>Импорт аудиофайла</translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message>
        <source>Start a checklist</source>
        <translation>Начать чек-лист</translation>
    </message>
    <message>
        <source>Checklist templates</source>
        <translation>Шаблоны чек-листов</translation>
    </message>
    <message>
        <source>Checklist is for</source>
        <translation>Для чего чек-лист</translation>
    </message>
    <message>
        <source>&amp;For:</source>
        <translation>&amp;Для:</translation>
    </message>
    <message>
        <source>No checklist templates were found.</source>
        <translation>Шаблоны чек-листов не найдены.</translation>
    </message>
</context>
<context>
    <name>TrendView</name>
    <message>
        <source>Pace across takes</source>
        <translation>Темп по дублям</translation>
    </message>
    <message>
        <source>wpm</source>
        <translation>сл/мин</translation>
    </message>
    <message>
        <source>take</source>
        <translation>дубль</translation>
    </message>
</context>
<context>
    <name>VoicePage</name>
    <message>
        <source>Voi&amp;ce</source>
        <translation>Гол&amp;ос</translation>
    </message>
    <message>
        <source>Empty the takes trash…</source>
        <translation>Очистить корзину дублей…</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Take saved (%1).</source>
        <translation>Дубль сохранён (%1).</translation>
    </message>
    <message>
        <source>Select exactly two takes to compare.</source>
        <translation>Выберите ровно два дубля для сравнения.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записать</translation>
    </message>
    <message>
        <source>Pause / resume recording</source>
        <translation>Приостановить / продолжить запись</translation>
    </message>
    <message>
        <source>Stop recording</source>
        <translation>Остановить запись</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>Воспроизвести / пауза</translation>
    </message>
    <message>
        <source>That take is no longer there (it was deleted).</source>
        <translation>Этого дубля больше нет (он удалён).</translation>
    </message>
    <message>
        <source>That take cannot be shown here.</source>
        <translation>Этот дубль здесь показать нельзя.</translation>
    </message>
    <message>
        <source>Stop the recording first, then choose another prompt.</source>
        <translation>Сначала остановите запись, затем выберите другое задание.</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Waveform</source>
        <translation>Волновая форма</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <source>Record a take, or pick one from the list below.</source>
        <translation>Запишите дубль или выберите его в списке ниже.</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <source>Welcome to Interview Studio</source>
        <translation>Добро пожаловать в Interview Studio</translation>
    </message>
    <message>
        <source>When is your interview, and for what role? Tell me, and I will line up what to rehearse first. Everything stays on this computer.</source>
        <translation>Когда у вас собеседование и на какую должность? Расскажите — и я подскажу, что отрепетировать в первую очередь. Всё остаётся на этом компьютере.</translation>
    </message>
    <message>
        <source>e.g. Northwind Telecom</source>
        <translation>например, «Северный Телеком»</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>e.g. Client relations manager</source>
        <translation>например, менеджер по работе с клиентами</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Должность</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Дата и время</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Должность:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Когда:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Этап:</translation>
    </message>
    <message>
        <source>Make my plan</source>
        <translation>Составить план</translation>
    </message>
    <message>
        <source>Skip — I will look around myself</source>
        <translation>Пропустить — осмотрюсь сам</translation>
    </message>
    <message>
        <source>Type the company or the role, so the plan has a name.</source>
        <translation>Впишите компанию или должность, чтобы у плана было название.</translation>
    </message>
    <message>
        <source>Record your self-introduction (about 90 seconds) and read the review</source>
        <translation>Запишите самопрезентацию (около 90 секунд) и прочитайте разбор</translation>
    </message>
    <message>
        <source>Mock interview: %1 questions of this stage, answered aloud against the clock</source>
        <translation>Тренировочное собеседование: %1 вопросов этого этапа, ответы вслух и на время</translation>
    </message>
    <message>
        <source>Checklist: %1</source>
        <translation>Чек-лист: %1</translation>
    </message>
    <message>
        <source>Practise: %1</source>
        <translation>Тренировка: %1</translation>
    </message>
    <message>
        <source>Your plan for this stage: %1</source>
        <translation>Ваш план для этапа «%1»</translation>
    </message>
    <message>
        <source>Do them in this order, one a sitting. Each button opens the right place.</source>
        <translation>Проходите по порядку, по одному пункту за раз. Каждая кнопка открывает нужное место.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Go to the studio</source>
        <translation>Перейти в студию</translation>
    </message>
</context>
<context>
    <name>delivery</name>
    <message>
        <source>Length</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Speaking time</source>
        <translation>Время речи</translation>
    </message>
    <message>
        <source>Time in pauses</source>
        <translation>Доля пауз</translation>
    </message>
    <message>
        <source>Long pauses</source>
        <translation>Длинные паузы</translation>
    </message>
    <message>
        <source>Longest pause</source>
        <translation>Самая длинная пауза</translation>
    </message>
    <message>
        <source>Syllable rate</source>
        <translation>Слогов в секунду</translation>
    </message>
    <message>
        <source>Articulation rate</source>
        <translation>Скорость артикуляции</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>Темп</translation>
    </message>
    <message>
        <source>Rushing at the end</source>
        <translation>Ускорение к концу</translation>
    </message>
    <message>
        <source>Median pitch</source>
        <translation>Средняя высота голоса</translation>
    </message>
    <message>
        <source>Pitch range</source>
        <translation>Диапазон высоты</translation>
    </message>
    <message>
        <source>Pitch variation</source>
        <translation>Интонационная живость</translation>
    </message>
    <message>
        <source>Loudness</source>
        <translation>Громкость</translation>
    </message>
    <message>
        <source>Voice over noise</source>
        <translation>Голос над шумом</translation>
    </message>
    <message>
        <source>Clipped samples</source>
        <translation>Перегруженные отсчёты</translation>
    </message>
    <message>
        <source>Filled pauses (uh, um)</source>
        <translation>Звуки-паразиты (э-э, м-м)</translation>
    </message>
    <message>
        <source>Within the comfortable range.</source>
        <translation>В комфортных пределах.</translation>
    </message>
    <message>
        <source>Slower than comfortable: keep the energy up and shorten hesitations.</source>
        <translation>Медленнее комфортного: держите энергию и сокращайте заминки.</translation>
    </message>
    <message>
        <source>Faster than comfortable: slow down and let key points land.</source>
        <translation>Быстрее комфортного: сбавьте темп, дайте главным мыслям прозвучать.</translation>
    </message>
    <message>
        <source>You speed up towards the end: keep the pace steady to the last sentence.</source>
        <translation>К концу вы ускоряетесь: держите ровный темп до последней фразы.</translation>
    </message>
    <message>
        <source>Little pitch variation: vary your intonation to stress key points.</source>
        <translation>Голос звучит монотонно: меняйте интонацию, выделяя главное.</translation>
    </message>
    <message>
        <source>Many filled pauses (uh, um): pause silently instead.</source>
        <translation>Много звуков-паразитов (э-э, м-м): лучше помолчите секунду.</translation>
    </message>
    <message>
        <source>Several long pauses: prepare the structure so you keep the thread.</source>
        <translation>Несколько долгих пауз: продумайте структуру, чтобы не терять нить.</translation>
    </message>
    <message>
        <source>The recording is very quiet: move closer to the microphone or raise the input level.</source>
        <translation>Запись очень тихая: сядьте ближе к микрофону или увеличьте уровень входа.</translation>
    </message>
    <message>
        <source>The recording is distorted (clipped): lower the input level or move back.</source>
        <translation>Запись искажена (перегруз): уменьшите уровень входа или отодвиньтесь.</translation>
    </message>
    <message>
        <source>Background noise is high: find a quieter room or move closer to the microphone.</source>
        <translation>Сильный фоновый шум: найдите тихое место или сядьте ближе к микрофону.</translation>
    </message>
    <message>
        <source>No speech was found in the recording.</source>
        <translation>В записи не найдено речи.</translation>
    </message>
    <message>
        <source>Hardly any pauses: stop for a breath after each key point.</source>
        <translation>Пауз почти нет: после каждой важной мысли делайте вдох.</translation>
    </message>
    <message>
        <source>A large share of the time is silence: know the outline of your answer so the words come.</source>
        <translation>Молчание занимает много времени: держите в голове план ответа, тогда слова найдутся.</translation>
    </message>
    <message>
        <source>An estimate: the detector has not learnt your voice yet. Click the marks to confirm or reject them.</source>
        <translation>Это оценка: детектор ещё не знает ваш голос. Нажмите на отметки, чтобы подтвердить или отклонить их.</translation>
    </message>
    <message>
        <source>Possibly many filled pauses (uh, um), an estimate: click the marks to confirm or reject them.</source>
        <translation>Возможно, много заполненных пауз («э-э», «м-м»); это оценка: нажмите на отметки, чтобы подтвердить или отклонить их.</translation>
    </message>
    <message>
        <source>No filled pause was certain enough to count, but some sounds might be: listen to check.</source>
        <translation>Ни одна заполненная пауза не определена уверенно, но некоторые звуки могут ими быть: прослушайте запись.</translation>
    </message>
    <message>
        <source>Easy to follow: keep this pace and pause after each key point.</source>
        <translation>Вас легко слушать: сохраняйте этот темп и делайте паузу после каждой важной мысли.</translation>
    </message>
    <message>
        <source>Aim for %1–%2 words a minute. Pause after each key point.</source>
        <translation>Держитесь в пределах %1–%2 слов в минуту. Делайте паузу после каждой важной мысли.</translation>
    </message>
    <message>
        <source>Aim for %1–%2 words a minute: know your key points so the words come without searching.</source>
        <translation>Держитесь в пределах %1–%2 слов в минуту: выучите главные тезисы, чтобы не искать слова.</translation>
    </message>
    <message>
        <source>Your pauses give the listener time to follow.</source>
        <translation>Паузы дают слушателю время понять вас.</translation>
    </message>
    <message>
        <source>Stop for a breath after each key point: a short pause lets it land.</source>
        <translation>После каждой важной мысли остановитесь и вдохните: короткая пауза помогает её услышать.</translation>
    </message>
    <message>
        <source>Know the outline of your answer by heart so you do not stop to search for words.</source>
        <translation>Выучите план ответа, чтобы не останавливаться в поисках слов.</translation>
    </message>
    <message>
        <source>You kept the thread: an occasional long pause reads as emphasis.</source>
        <translation>Вы не теряли нить: редкая долгая пауза звучит как акцент.</translation>
    </message>
    <message>
        <source>Need time to think? Take a breath or repeat the question back, then go on.</source>
        <translation>Нужно время подумать? Сделайте вдох или повторите вопрос своими словами — и продолжайте.</translation>
    </message>
    <message>
        <source>Your voice rises and falls naturally; keep it that way.</source>
        <translation>Голос звучит живо, с естественными повышениями и понижениями. Так и продолжайте.</translation>
    </message>
    <message>
        <source>Stress the key word of each sentence and let your voice drop at the end of a point.</source>
        <translation>Выделяйте голосом главное слово в каждой фразе и понижайте тон в конце мысли.</translation>
    </message>
    <message>
        <source>Listeners will hardly notice them.</source>
        <translation>Слушатель их почти не заметит.</translation>
    </message>
    <message>
        <source>When you feel an “um” coming, pause silently instead.</source>
        <translation>Когда хочется сказать «э-э», лучше просто помолчите.</translation>
    </message>
    <message>
        <source>You kept an even pace to the last sentence.</source>
        <translation>Вы держали ровный темп до последней фразы.</translation>
    </message>
    <message>
        <source>Slow down for your last sentence: it is the one they remember.</source>
        <translation>Замедлитесь на последней фразе: её запоминают лучше всего.</translation>
    </message>
    <message>
        <source>Your voice is recorded at a good level.</source>
        <translation>Голос записан с хорошей громкостью.</translation>
    </message>
    <message>
        <source>Move closer to the microphone or raise the input level.</source>
        <translation>Сядьте ближе к микрофону или прибавьте уровень записи.</translation>
    </message>
    <message>
        <source>Your voice stands out clearly from the room.</source>
        <translation>Голос хорошо слышен на фоне комнаты.</translation>
    </message>
    <message>
        <source>Find a quieter room or move closer to the microphone.</source>
        <translation>Найдите комнату потише или сядьте ближе к микрофону.</translation>
    </message>
    <message>
        <source>Lower the input level or move back from the microphone.</source>
        <translation>Убавьте уровень записи или отодвиньтесь от микрофона.</translation>
    </message>
    <message>
        <source>Check that the right microphone is chosen and not muted, then record again.</source>
        <translation>Проверьте, что выбран нужный микрофон и звук не выключен, и запишите ещё раз.</translation>
    </message>
    <message>
        <source>A good length: it leaves the interviewer time to ask.</source>
        <translation>Хорошая длина: у собеседника останется время на вопросы.</translation>
    </message>
    <message>
        <source>Keep to the guide's five parts: who you are, experience, one result with a number, why this role, your goal.</source>
        <translation>Держитесь пяти частей из памятки: кто вы, опыт, один результат в цифрах, почему эта роль, ваша цель.</translation>
    </message>
    <message>
        <source>Add one result with a number and say why this role interests you.</source>
        <translation>Добавьте один результат в цифрах и скажите, чем вас привлекает эта роль.</translation>
    </message>
    <message>
        <source>Keep to one example: the situation, what you did, the result.</source>
        <translation>Ограничьтесь одним примером: ситуация, ваши действия, результат.</translation>
    </message>
    <message>
        <source>Add a concrete example and its result.</source>
        <translation>Добавьте конкретный пример и его результат.</translation>
    </message>
    <message>
        <source>No speech found</source>
        <translation>Речь не найдена</translation>
    </message>
    <message>
        <source>Right length — %1 (target %2)</source>
        <translation>Длина в самый раз — %1 (цель %2)</translation>
    </message>
    <message>
        <source>A little long — %1 (target %2)</source>
        <translation>Немного длинно — %1 (цель %2)</translation>
    </message>
    <message>
        <source>Too long — %1 (target %2)</source>
        <translation>Слишком длинно — %1 (цель %2)</translation>
    </message>
    <message>
        <source>A little short — %1 (target %2)</source>
        <translation>Немного коротко — %1 (цель %2)</translation>
    </message>
    <message>
        <source>Too short — %1 (target %2)</source>
        <translation>Слишком коротко — %1 (цель %2)</translation>
    </message>
    <message>
        <source>Comfortable pace — %1 words a minute</source>
        <translation>Удобный темп — %1 сл/мин</translation>
    </message>
    <message>
        <source>A little fast — %1 words a minute</source>
        <translation>Немного быстро — %1 сл/мин</translation>
    </message>
    <message>
        <source>Too fast — %1 words a minute</source>
        <translation>Слишком быстро — %1 сл/мин</translation>
    </message>
    <message>
        <source>A little slow — %1 words a minute</source>
        <translation>Немного медленно — %1 сл/мин</translation>
    </message>
    <message>
        <source>Too slow — %1 words a minute</source>
        <translation>Слишком медленно — %1 сл/мин</translation>
    </message>
    <message>
        <source>Pauses in balance — %1 of the time</source>
        <translation>Пауз в меру — %1 времени</translation>
    </message>
    <message>
        <source>Few pauses — %1 of the time</source>
        <translation>Мало пауз — %1 времени</translation>
    </message>
    <message>
        <source>Hardly any pauses — %1 of the time</source>
        <translation>Пауз почти нет — %1 времени</translation>
    </message>
    <message>
        <source>Many pauses — %1 of the time</source>
        <translation>Много пауз — %1 времени</translation>
    </message>
    <message>
        <source>Long silences — %1 of the time</source>
        <translation>Долгое молчание — %1 времени</translation>
    </message>
    <message>
        <source>No long silences</source>
        <translation>Без долгого молчания</translation>
    </message>
    <message>
        <source>Long silences: %1</source>
        <translation>Долгих пауз: %1</translation>
    </message>
    <message>
        <source>Lively intonation</source>
        <translation>Живая интонация</translation>
    </message>
    <message>
        <source>Monotone voice</source>
        <translation>Монотонный голос</translation>
    </message>
    <message>
        <source>Rather flat voice</source>
        <translation>Голос звучит ровновато</translation>
    </message>
    <message>
        <source>No fillers found</source>
        <translation>«Э-э» и «м-м» не найдены</translation>
    </message>
    <message>
        <source>No fillers found — an estimate</source>
        <translation>«Э-э» и «м-м» не найдены — это оценка</translation>
    </message>
    <message>
        <source>Few fillers — %1 a minute</source>
        <translation>Мало «э-э» и «м-м» — %1 в минуту</translation>
    </message>
    <message>
        <source>Many fillers (uh, um) — %1 a minute</source>
        <translation>Много «э-э» и «м-м» — %1 в минуту</translation>
    </message>
    <message>
        <source>About %1 fillers a minute — an estimate</source>
        <translation>Около %1 «э-э» в минуту — это оценка</translation>
    </message>
    <message>
        <source>Possibly many fillers — %1 a minute, an estimate</source>
        <translation>Возможно, много «э-э» — %1 в минуту, это оценка</translation>
    </message>
    <message>
        <source>Fillers: not sure yet</source>
        <translation>«Э-э» и «м-м»: пока неясно</translation>
    </message>
    <message>
        <source>Steady to the end</source>
        <translation>Ровно до конца</translation>
    </message>
    <message>
        <source>You speed up at the end</source>
        <translation>К концу вы ускоряетесь</translation>
    </message>
    <message>
        <source>Recording level is fine</source>
        <translation>Громкость записи в порядке</translation>
    </message>
    <message>
        <source>Very quiet recording</source>
        <translation>Запись очень тихая</translation>
    </message>
    <message>
        <source>Little background noise</source>
        <translation>Фонового шума мало</translation>
    </message>
    <message>
        <source>Noisy background</source>
        <translation>Шумный фон</translation>
    </message>
    <message>
        <source>%1 wpm</source>
        <translation>%1 сл/мин</translation>
    </message>
    <message>
        <source>%1 per min</source>
        <translation>%1 в минуту</translation>
    </message>
    <message>
        <source>%1 semitones</source>
        <translation>%1 полутона</translation>
    </message>
    <message>
        <source>%1 dB</source>
        <translation>%1 дБ</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 syll./s</source>
        <translation>%1 слог/с</translation>
    </message>
    <message>
        <source>comfortable: up to %1</source>
        <translation>комфортно: до %1</translation>
    </message>
    <message>
        <source>comfortable: from %1</source>
        <translation>комфортно: от %1</translation>
    </message>
    <message>
        <source>comfortable: %1 – %2</source>
        <translation>комфортно: %1 – %2</translation>
    </message>
    <message>
        <source>Speech</source>
        <translation>Речь</translation>
    </message>
    <message>
        <source>Measured as %1 (words are estimated from syllables).</source>
        <translation>Измерено: %1 (число слов оценивается по слогам).</translation>
    </message>
    <message>
        <source>%1 pauses of 0.25 s or more; the longest %2.</source>
        <translation>Пауз от 0,25 с: %1; самая долгая — %2.</translation>
    </message>
    <message>
        <source>%1 marked, %2 unsure.</source>
        <translation>Отмечено: %1, под вопросом: %2.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 п. п.</translation>
    </message>
    <message>
        <source>up %1</source>
        <translation>выше на %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>ниже на %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Long pause</source>
        <translation>Долгая пауза</translation>
    </message>
    <message>
        <source>Faster than %1 words a minute</source>
        <translation>Быстрее %1 сл/мин</translation>
    </message>
    <message>
        <source>Slower than %1 words a minute</source>
        <translation>Медленнее %1 сл/мин</translation>
    </message>
    <message>
        <source>Filler (uh, um): click to hear and check</source>
        <translation>«Э-э», «м-м»: нажмите, чтобы прослушать и проверить</translation>
    </message>
    <message>
        <source>Maybe a filler</source>
        <translation>Возможно, «э-э»</translation>
    </message>
</context>
<context>
    <name>library</name>
    <message>
        <source>Questions</source>
        <translation>Вопросы</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Упражнения</translation>
    </message>
    <message>
        <source>Checklists</source>
        <translation>Чек-листы</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Письма</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Памятки</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Role-play</source>
        <translation>Ролевая игра</translation>
    </message>
    <message>
        <source>Group task</source>
        <translation>Групповое задание</translation>
    </message>
    <message>
        <source>Behavioural</source>
        <translation>Поведенческий</translation>
    </message>
    <message>
        <source>Motivation</source>
        <translation>Мотивация</translation>
    </message>
    <message>
        <source>Provocative</source>
        <translation>Провокационный</translation>
    </message>
    <message>
        <source>Experience</source>
        <translation>Опыт</translation>
    </message>
    <message>
        <source>Situational</source>
        <translation>Ситуационный</translation>
    </message>
    <message>
        <source>Closing</source>
        <translation>В конце встречи</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общий</translation>
    </message>
    <message>
        <source>STAR: situation, task, action, result</source>
        <translation>STAR: ситуация, задача, действия, результат</translation>
    </message>
    <message>
        <source>Reframe the question calmly and answer what lies behind it</source>
        <translation>Спокойно переформулируйте вопрос и ответьте на то, что за ним стоит</translation>
    </message>
    <message>
        <source>Pause, clarify what is meant, then answer</source>
        <translation>Сделайте паузу, уточните, что имеется в виду, и только потом отвечайте</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Письмо после собеседования</translation>
    </message>
    <message>
        <source>Accepting an offer</source>
        <translation>Принятие оффера</translation>
    </message>
    <message>
        <source>Declining an offer</source>
        <translation>Отказ от оффера</translation>
    </message>
    <message>
        <source>Thank-you after the interview</source>
        <translation>Благодарность после собеседования</translation>
    </message>
    <message>
        <source>A nudge after silence</source>
        <translation>Напоминание, если молчат</translation>
    </message>
    <message>
        <source>Asking for feedback</source>
        <translation>Просьба об обратной связи</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Shown in Russian: no English version yet.</source>
        <translation>Показано на русском: английской версии пока нет.</translation>
    </message>
    <message>
        <source>Shown in English: no Russian version yet.</source>
        <translation>Показано на английском: русской версии пока нет.</translation>
    </message>
    <message>
        <source>Shown in %1: no version in %2 yet.</source>
        <translation>Показано на другом языке (%1): версии на языке «%2» пока нет.</translation>
    </message>
    <message>
        <source>your own item</source>
        <translation>ваш материал</translation>
    </message>
    <message>
        <source>a coach's addition, beyond the three guides</source>
        <translation>дополнение карьерного консультанта, сверх трёх руководств</translation>
    </message>
    <message>
        <source>Why it is asked</source>
        <translation>Зачем спрашивают</translation>
    </message>
    <message>
        <source>What a strong answer shows</source>
        <translation>Что показывает сильный ответ</translation>
    </message>
    <message>
        <source>Technique</source>
        <translation>Приём</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Подсказки</translation>
    </message>
    <message>
        <source>A good answer</source>
        <translation>Удачный ответ</translation>
    </message>
    <message>
        <source>A weak answer</source>
        <translation>Неудачный ответ</translation>
    </message>
    <message>
        <source>Questions: %1</source>
        <translation>Вопросов: %1</translation>
    </message>
    <message>
        <source>Choose a question to see how to answer it and to rehearse it.</source>
        <translation>Выберите вопрос, чтобы увидеть, как на него отвечать, и отрепетировать ответ.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>The task</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>What the assessors look for</source>
        <translation>На что смотрят оценивающие</translation>
    </message>
    <message>
        <source>Questions the assessors may ask</source>
        <translation>Что могут спросить оценивающие</translation>
    </message>
    <message>
        <source>How to prepare</source>
        <translation>Как подготовиться</translation>
    </message>
    <message>
        <source>Do</source>
        <translation>Что делать</translation>
    </message>
    <message>
        <source>Avoid</source>
        <translation>Чего избегать</translation>
    </message>
    <message>
        <source>Items: %1</source>
        <translation>Пунктов: %1</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Тема:</translation>
    </message>
    <message>
        <source>Words in braces, such as {company}, are filled in when you copy the letter with your details.</source>
        <translation>Слова в фигурных скобках, например {company}, заменяются вашими данными, когда вы копируете письмо.</translation>
    </message>
    <message>
        <source>Structure</source>
        <translation>Структура</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>What to weigh</source>
        <translation>На что смотреть</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные признаки</translation>
    </message>
    <message>
        <source>How to say it</source>
        <translation>Как сказать</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Примеры</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Ситуация</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Задача</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>cannot tell what this file holds: a question set has [[questions]], an exercise [[phases]], a checklist [[sections]]</source>
        <translation>непонятно, что в этом файле: у набора вопросов есть [[questions]], у упражнения — [[phases]], у чек-листа — [[sections]]</translation>
    </message>
    <message>
        <source>only questions, exercises and checklists can be added as your own items</source>
        <translation>своими могут быть только вопросы, упражнения и чек-листы</translation>
    </message>
    <message>
        <source>a built-in item already has this id; choose another one, such as “%1”</source>
        <translation>этот идентификатор уже занят встроенным материалом; выберите другой, например «%1»</translation>
    </message>
    <message>
        <source>you already have an item with this id in this language; choose another id</source>
        <translation>у вас уже есть материал с таким идентификатором на этом языке; выберите другой</translation>
    </message>
    <message>
        <source>is larger than 512 KiB</source>
        <translation>больше 512 КиБ</translation>
    </message>
    <message>
        <source>not UTF-8 text (%1)</source>
        <translation>текст не в кодировке UTF-8 (%1)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>не удаётся прочитать: %1</translation>
    </message>
</context>
<context>
    <name>stages</name>
    <message>
        <source>Researching the vacancy</source>
        <translation>Изучение вакансии</translation>
    </message>
    <message>
        <source>Your experience story</source>
        <translation>Рассказ о своём опыте</translation>
    </message>
    <message>
        <source>Self-presentation</source>
        <translation>Самопрезентация</translation>
    </message>
    <message>
        <source>Appearance and composure</source>
        <translation>Внешний вид и самообладание</translation>
    </message>
    <message>
        <source>Headhunter call</source>
        <translation>Звонок хедхантера</translation>
    </message>
    <message>
        <source>Phone screening</source>
        <translation>Телефонное интервью</translation>
    </message>
    <message>
        <source>HR interview</source>
        <translation>Собеседование с HR</translation>
    </message>
    <message>
        <source>Practical tasks</source>
        <translation>Практические задания</translation>
    </message>
    <message>
        <source>Meeting the manager</source>
        <translation>Встреча с руководителем</translation>
    </message>
    <message>
        <source>Group interview</source>
        <translation>Групповое собеседование</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Кейс</translation>
    </message>
    <message>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <source>Interview day</source>
        <translation>День собеседования</translation>
    </message>
    <message>
        <source>What the employer needs</source>
        <translation>Что нужно работодателю</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Оффер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
</context>
</TS>