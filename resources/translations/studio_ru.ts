<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Checklist templates could not be loaded: %1</source>
        <translation>Не удалось загрузить шаблоны чек-листов: %1</translation>
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
        <source>Analyse both takes to see how the metrics changed.</source>
        <translation>Проанализируйте оба дубля, чтобы увидеть, как изменились показатели.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>Northwind Telecom</source>
        <translation>Northwind Telecom</translation>
    </message>
    <message>
        <source>Client relations manager</source>
        <translation>Менеджер по работе с клиентами</translation>
    </message>
    <message>
        <source>Blue Harbor Bank</source>
        <translation>Blue Harbor Bank</translation>
    </message>
    <message>
        <source>Key account manager</source>
        <translation>Менеджер по работе с ключевыми клиентами</translation>
    </message>
    <message>
        <source>• Who I am: client relations manager, 5 years in telecom
• Experience: 120 key accounts, complaints desk lead
• Achievement: renewals up from 78 % to 90 % in a year
• Why this role: long-term relationships, not one-off sales
• Goal: grow into leading a client team</source>
        <translation>• Кто я: менеджер по работе с клиентами, 5 лет в телекоме
• Опыт: 120 ключевых клиентов, руководство отделом претензий
• Достижение: продления выросли с 78 % до 90 % за год
• Почему эта роль: долгосрочные отношения, а не разовые продажи
• Цель: вырасти до руководителя клиентской команды</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Дубль %1</translation>
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
        <source>The exercises could not be loaded: %1</source>
        <translation>Не удалось загрузить упражнения: %1</translation>
    </message>
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
        <source>Total: %1 min</source>
        <translation>Всего: %1 мин</translation>
    </message>
    <message>
        <source>(the exercise suggests %1)</source>
        <translation>(в упражнении предлагается %1)</translation>
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
        <source>Pause (Space)</source>
        <translation>Пауза (Space)</translation>
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
        <source>Your plan for this attempt (minutes per phase)</source>
        <translation>Ваш план на эту попытку (минуты на этап)</translation>
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
        <source>Records the oral part; phase changes are marked in the take (Voice tab)</source>
        <translation>Записывает устную часть; смены этапов отмечаются в дубле (вкладка «Голос»)</translation>
    </message>
    <message>
        <source>▶ &amp;Start</source>
        <translation>▶ &amp;Начать</translation>
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
        <source>Export to Markdown…</source>
        <translation>Экспортировать в Markdown…</translation>
    </message>
    <message>
        <source>Time left in this phase</source>
        <translation>Осталось времени на этот этап</translation>
    </message>
    <message>
        <source>Phases: time used of the budget</source>
        <translation>Этапы: затраченное время из запланированного</translation>
    </message>
    <message>
        <source>◀ Previous (P)</source>
        <translation>◀ Предыдущий (P)</translation>
    </message>
    <message>
        <source>Next phase (N) ▶</source>
        <translation>Следующий этап (N) ▶</translation>
    </message>
    <message>
        <source>+1 min (+)</source>
        <translation>+1 мин (+)</translation>
    </message>
    <message>
        <source>Finish (Ctrl+Enter)</source>
        <translation>Завершить (Ctrl+Enter)</translation>
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
        <source>Leave the notes</source>
        <translation>Выйти из заметок</translation>
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
        <source>min</source>
        <translation>мин</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Этапы</translation>
    </message>
    <message>
        <source>Shown in the other language: no translation yet.</source>
        <translation>Показано на другом языке: перевода пока нет.</translation>
    </message>
    <message>
        <source>Resume (Space)</source>
        <translation>Продолжить (Space)</translation>
    </message>
    <message>
        <source>This is the last phase: Ctrl+Enter finishes the exercise.</source>
        <translation>Это последний этап: Ctrl+Enter завершит упражнение.</translation>
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
    <message>
        <source>Welcome back</source>
        <translation>С возвращением</translation>
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
        <source>End</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
    </message>
    <message>
        <source>● Recording</source>
        <translation>● Идёт запись</translation>
    </message>
    <message>
        <source>Your answer was recorded; it is in the Voice tab.</source>
        <translation>Ваш ответ записан; он на вкладке «Голос».</translation>
    </message>
    <message>
        <source>The recording could not be saved: %1</source>
        <translation>Не удалось сохранить запись: %1</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Упражнение</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начато</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершено</translation>
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
        <source>Overtime</source>
        <translation>Сверх времени</translation>
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
        <source>Debrief: %1</source>
        <translation>Разбор: %1</translation>
    </message>
    <message>
        <source>Time used %1 of %2 planned.</source>
        <translation>Затрачено %1 из %2 по плану.</translation>
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
        <source>Debrief saved.</source>
        <translation>Разбор сохранён.</translation>
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
        <source>The unfinished attempt was put aside.</source>
        <translation>Незавершённая попытка отложена.</translation>
    </message>
    <message>
        <source>The unfinished attempt could not be resumed (%1); it was kept aside.</source>
        <translation>Не удалось продолжить незавершённую попытку (%1); она отложена.</translation>
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
        <source>Ed&amp;it…</source>
        <translation>Изм&amp;енить…</translation>
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
        <source>%1 of your own items could not be read and are not shown. First: %2</source>
        <translation>Не удалось прочитать ваши материалы (%1), они не показаны. Первая ошибка: %2</translation>
    </message>
    <message>
        <source>The library could not be loaded.</source>
        <translation>Не удалось загрузить библиотеку.</translation>
    </message>
    <message>
        <source>The library could not be loaded: %1</source>
        <translation>Не удалось загрузить библиотеку: %1</translation>
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
        <source>Copy this item into your own items to edit</source>
        <translation>Скопировать материал в ваши, чтобы его править</translation>
    </message>
    <message>
        <source>The Voice tab is not available.</source>
        <translation>Вкладка «Голос» недоступна.</translation>
    </message>
    <message>
        <source>The Exercises tab cannot open exercises yet.</source>
        <translation>Вкладка «Упражнения» пока не умеет открывать упражнения.</translation>
    </message>
    <message>
        <source>The Checklists tab is not available.</source>
        <translation>Вкладка «Чек-листы» недоступна.</translation>
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
        <source>This section could not be opened; see the log file.</source>
        <translation>Не удалось открыть этот раздел; подробности в файле журнала.</translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Готово.</translation>
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
    <name>ReviewPanel</name>
    <message>
        <source>&lt;b&gt;Delivery review&lt;/b&gt;</source>
        <translation>&lt;b&gt;Разбор подачи&lt;/b&gt;</translation>
    </message>
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
        <source>Delivery metrics</source>
        <translation>Показатели подачи</translation>
    </message>
    <message>
        <source>Delivery by exercise phase</source>
        <translation>Подача по этапам упражнения</translation>
    </message>
    <message>
        <source>Analysing…</source>
        <translation>Анализ…</translation>
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
        <source>System default</source>
        <translation>По умолчанию в системе</translation>
    </message>
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключён)</translation>
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
        <source>Data folder:</source>
        <translation>Папка данных:</translation>
    </message>
    <message>
        <source>The new language applies when the studio starts next time.</source>
        <translation>Новый язык будет применён при следующем запуске программы.</translation>
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
    <name>Shell</name>
    <message>
        <source>Your data could not be opened: %1. Nothing was deleted; see the log file in %2.</source>
        <translation>Не удалось открыть ваши данные: %1. Ничего не удалено; файл журнала находится в %2.</translation>
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
    <message>
        <source>%1 (not connected)</source>
        <translation>%1 (не подключён)</translation>
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
        <source>The mic check failed: %1</source>
        <translation>Проверка микрофона не удалась: %1</translation>
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
        <source>Recording could not start: %1</source>
        <translation>Не удалось начать запись: %1</translation>
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
    <message>
        <source>Nothing was recorded.</source>
        <translation>Ничего не записано.</translation>
    </message>
    <message>
        <source>Take saved (%1).</source>
        <translation>Дубль сохранён (%1).</translation>
    </message>
    <message>
        <source>Take %1</source>
        <translation>Дубль %1</translation>
    </message>
    <message>
        <source>%1 wpm</source>
        <translation>%1 сл/мин</translation>
    </message>
    <message>
        <source>The take cannot be opened: %1</source>
        <translation>Не удаётся открыть дубль: %1</translation>
    </message>
    <message>
        <source>Playback is not available: %1</source>
        <translation>Воспроизведение недоступно: %1</translation>
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
        <source>Exported to %1</source>
        <translation>Экспортировано в %1</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Не удалось экспортировать: %1</translation>
    </message>
    <message>
        <source>Import an audio file</source>
        <translation>Импорт аудиофайла</translation>
    </message>
    <message>
        <source>Audio (*.wav *.flac *.ogg *.mp3);;All files (*)</source>
        <translation>Аудио (*.wav *.flac *.ogg *.mp3);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>Импортировано: %1.</translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Не удалось импортировать: %1</translation>
    </message>
    <message>
        <source>Select exactly two takes to compare.</source>
        <translation>Выберите ровно два дубля для сравнения.</translation>
    </message>
    <message>
        <source>Analysis cancelled.</source>
        <translation>Анализ отменён.</translation>
    </message>
    <message>
        <source>The analysis failed: %1</source>
        <translation>Анализ не удался: %1</translation>
    </message>
    <message>
        <source>Not analysed yet.</source>
        <translation>Ещё не проанализирован.</translation>
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
        <source>❚❚ Pause</source>
        <translation>❚❚ Пауза</translation>
    </message>
    <message>
        <source>▶ Play</source>
        <translation>▶ Воспроизвести</translation>
    </message>
    <message>
        <source>Delete take “%1”</source>
        <translation>удаление дубля «%1»</translation>
    </message>
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
        <source>Script or outline</source>
        <translation>Текст или план</translation>
    </message>
    <message>
        <source>Your script or bullet outline. For a self-introduction: who you are, relevant experience, two or three achievements with numbers, why this role, your goals.</source>
        <translation>Текст ответа или план по пунктам. Для самопрезентации: кто вы, релевантный опыт, два-три достижения в цифрах, почему эта роль, ваши цели.</translation>
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
        <source>Prompter</source>
        <translation>Суфлёр</translation>
    </message>
    <message>
        <source>Font size:</source>
        <translation>Размер шрифта:</translation>
    </message>
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
        <source>● Record</source>
        <translation>● Записать</translation>
    </message>
    <message>
        <source>Record a new take (R)</source>
        <translation>Записать новый дубль (R)</translation>
    </message>
    <message>
        <source>Pause or resume the take (P)</source>
        <translation>Приостановить или продолжить дубль (P)</translation>
    </message>
    <message>
        <source>■ Stop</source>
        <translation>■ Остановить</translation>
    </message>
    <message>
        <source>Stop and keep the take (Esc)</source>
        <translation>Остановить и сохранить дубль (Esc)</translation>
    </message>
    <message>
        <source>Elapsed time against the target</source>
        <translation>Прошедшее время относительно цели</translation>
    </message>
    <message>
        <source>Microphone:</source>
        <translation>Микрофон:</translation>
    </message>
    <message>
        <source>Play or pause the selected take (Space)</source>
        <translation>Воспроизвести или приостановить выбранный дубль (Space)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
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
        <source>Takes</source>
        <translation>Дубли</translation>
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
        <translation>Длительность</translation>
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
        <source>Only the selected interview</source>
        <translation>Только выбранное собеседование</translation>
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
        <source>Notes on this take</source>
        <translation>Заметки к этому дублю</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Оценка:</translation>
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
        <source>The audio library PortAudio is missing — install the libportaudio2 package.</source>
        <translation>Не найдена звуковая библиотека PortAudio — установите пакет libportaudio2.</translation>
    </message>
    <message>
        <source>No microphone found — connect one, then press Rescan.</source>
        <translation>Микрофон не найден — подключите его и нажмите «Обновить».</translation>
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
        <source>By exercise phase (pace, time in pauses):</source>
        <translation>По этапам упражнения (темп, доля пауз):</translation>
    </message>
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
    <message>
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
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
        <source>up %1</source>
        <translation>выше на %1</translation>
    </message>
    <message>
        <source>down %1</source>
        <translation>ниже на %1</translation>
    </message>
</context>
<context>
    <name>labels</name>
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
        <translation>Групповое интервью</translation>
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
        <source>Offer</source>
        <translation>Оффер</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
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
        <source>Offer</source>
        <translation>Оффер</translation>
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
</TS>