"""Russian for the plain-language review cards, the waveform legend, the filled-pause check and the Settings reset.

Sources: studio/ui/voice/analysis_view.py (context "delivery"), studio/ui/voice/review_panel.py (ReviewCard,
FillerCheck, ReviewPanel), studio/ui/voice/player_panel.py (PlayerPanel), studio/ui/dialogs/settings_dialog.py
(SettingsDialog). The three filled-pause verdict sentences ("An estimate: ...", "Possibly many ...", "No filled
pause was certain ...") are in pending/analysis.py. Numbers are kept out of grammatical agreement (colons, "сл/мин")
so one form reads right for every count.
"""

RU = {
    # ----- verdict sentences (full form, compare views) -----
    ("delivery", "Hardly any pauses: stop for a breath after each key point."): (
        "Пауз почти нет: после каждой важной мысли делайте вдох."
    ),
    ("delivery", "A large share of the time is silence: know the outline of your answer so the words come."): (
        "Молчание занимает много времени: держите в голове план ответа, тогда слова найдутся."
    ),
    # ----- tips -----
    ("delivery", "Easy to follow: keep this pace and pause after each key point."): (
        "Вас легко слушать: сохраняйте этот темп и делайте паузу после каждой важной мысли."
    ),
    ("delivery", "Aim for %1–%2 words a minute. Pause after each key point."): (
        "Держитесь в пределах %1–%2 слов в минуту. Делайте паузу после каждой важной мысли."
    ),
    ("delivery", "Aim for %1–%2 words a minute: know your key points so the words come without searching."): (
        "Держитесь в пределах %1–%2 слов в минуту: выучите главные тезисы, чтобы не искать слова."
    ),
    ("delivery", "Your pauses give the listener time to follow."): "Паузы дают слушателю время понять вас.",
    ("delivery", "Stop for a breath after each key point: a short pause lets it land."): (
        "После каждой важной мысли остановитесь и вдохните: короткая пауза помогает её услышать."
    ),
    ("delivery", "Know the outline of your answer by heart so you do not stop to search for words."): (
        "Выучите план ответа, чтобы не останавливаться в поисках слов."
    ),
    ("delivery", "You kept the thread: an occasional long pause reads as emphasis."): (
        "Вы не теряли нить: редкая долгая пауза звучит как акцент."
    ),
    ("delivery", "Need time to think? Take a breath or repeat the question back, then go on."): (
        "Нужно время подумать? Сделайте вдох или повторите вопрос своими словами — и продолжайте."
    ),
    ("delivery", "Your voice rises and falls naturally; keep it that way."): (
        "Голос звучит живо, с естественными повышениями и понижениями. Так и продолжайте."
    ),
    ("delivery", "Stress the key word of each sentence and let your voice drop at the end of a point."): (
        "Выделяйте голосом главное слово в каждой фразе и понижайте тон в конце мысли."
    ),
    ("delivery", "Listeners will hardly notice them."): "Слушатель их почти не заметит.",
    ("delivery", "When you feel an “um” coming, pause silently instead."): (
        "Когда хочется сказать «э-э», лучше просто помолчите."
    ),
    ("delivery", "You kept an even pace to the last sentence."): "Вы держали ровный темп до последней фразы.",
    ("delivery", "Slow down for your last sentence: it is the one they remember."): (
        "Замедлитесь на последней фразе: её запоминают лучше всего."
    ),
    ("delivery", "Your voice is recorded at a good level."): "Голос записан с хорошей громкостью.",
    ("delivery", "Move closer to the microphone or raise the input level."): (
        "Сядьте ближе к микрофону или прибавьте уровень записи."
    ),
    ("delivery", "Your voice stands out clearly from the room."): "Голос хорошо слышен на фоне комнаты.",
    ("delivery", "Find a quieter room or move closer to the microphone."): (
        "Найдите комнату потише или сядьте ближе к микрофону."
    ),
    ("delivery", "Lower the input level or move back from the microphone."): (
        "Убавьте уровень записи или отодвиньтесь от микрофона."
    ),
    ("delivery", "Check that the right microphone is chosen and not muted, then record again."): (
        "Проверьте, что выбран нужный микрофон и звук не выключен, и запишите ещё раз."
    ),
    # ----- length against the prompt's target -----
    ("delivery", "A good length: it leaves the interviewer time to ask."): (
        "Хорошая длина: у собеседника останется время на вопросы."
    ),
    (
        "delivery",
        "Keep to the guide's five parts: who you are, experience, one result with a number, why this role, your goal.",
    ): ("Держитесь пяти частей из памятки: кто вы, опыт, один результат в цифрах, почему эта роль, ваша цель."),
    ("delivery", "Add one result with a number and say why this role interests you."): (
        "Добавьте один результат в цифрах и скажите, чем вас привлекает эта роль."
    ),
    ("delivery", "Keep to one example: the situation, what you did, the result."): (
        "Ограничьтесь одним примером: ситуация, ваши действия, результат."
    ),
    ("delivery", "Add a concrete example and its result."): "Добавьте конкретный пример и его результат.",
    ("delivery", "Right length — %1 (target %2)"): "Длина в самый раз — %1 (цель %2)",
    ("delivery", "A little long — %1 (target %2)"): "Немного длинно — %1 (цель %2)",
    ("delivery", "Too long — %1 (target %2)"): "Слишком длинно — %1 (цель %2)",
    ("delivery", "A little short — %1 (target %2)"): "Немного коротко — %1 (цель %2)",
    ("delivery", "Too short — %1 (target %2)"): "Слишком коротко — %1 (цель %2)",
    # ----- verdict lines (headlines) -----
    ("delivery", "No speech found"): "Речь не найдена",
    ("delivery", "Comfortable pace — %1 words a minute"): "Удобный темп — %1 сл/мин",
    ("delivery", "A little fast — %1 words a minute"): "Немного быстро — %1 сл/мин",
    ("delivery", "Too fast — %1 words a minute"): "Слишком быстро — %1 сл/мин",
    ("delivery", "A little slow — %1 words a minute"): "Немного медленно — %1 сл/мин",
    ("delivery", "Too slow — %1 words a minute"): "Слишком медленно — %1 сл/мин",
    ("delivery", "Pauses in balance — %1 of the time"): "Пауз в меру — %1 времени",
    ("delivery", "Few pauses — %1 of the time"): "Мало пауз — %1 времени",
    ("delivery", "Hardly any pauses — %1 of the time"): "Пауз почти нет — %1 времени",
    ("delivery", "Many pauses — %1 of the time"): "Много пауз — %1 времени",
    ("delivery", "Long silences — %1 of the time"): "Долгое молчание — %1 времени",
    ("delivery", "No long silences"): "Без долгого молчания",
    ("delivery", "Long silences: %1"): "Долгих пауз: %1",
    ("delivery", "Lively intonation"): "Живая интонация",
    ("delivery", "Monotone voice"): "Монотонный голос",
    ("delivery", "Rather flat voice"): "Голос звучит ровновато",
    ("delivery", "Few fillers — %1 a minute"): "Мало «э-э» и «м-м» — %1 в минуту",
    ("delivery", "Many fillers (uh, um) — %1 a minute"): "Много «э-э» и «м-м» — %1 в минуту",
    ("delivery", "About %1 fillers a minute — an estimate"): "Около %1 «э-э» в минуту — это оценка",
    ("delivery", "Possibly many fillers — %1 a minute, an estimate"): (
        "Возможно, много «э-э» — %1 в минуту, это оценка"
    ),
    ("delivery", "Fillers: not sure yet"): "«Э-э» и «м-м»: пока неясно",
    ("delivery", "No fillers found"): "«Э-э» и «м-м» не найдены",
    ("delivery", "No fillers found — an estimate"): "«Э-э» и «м-м» не найдены — это оценка",
    ("delivery", "Steady to the end"): "Ровно до конца",
    ("delivery", "You speed up at the end"): "К концу вы ускоряетесь",
    ("delivery", "Recording level is fine"): "Громкость записи в порядке",
    ("delivery", "Very quiet recording"): "Запись очень тихая",
    ("delivery", "Little background noise"): "Фонового шума мало",
    ("delivery", "Noisy background"): "Шумный фон",
    # ----- details -----
    ("delivery", "Measured as %1 (words are estimated from syllables)."): (
        "Измерено: %1 (число слов оценивается по слогам)."
    ),
    ("delivery", "%1 pauses of 0.25 s or more; the longest %2."): "Пауз от 0,25 с: %1; самая долгая — %2.",
    ("delivery", "%1 marked, %2 unsure."): "Отмечено: %1, под вопросом: %2.",
    # ----- waveform legend -----
    ("delivery", "Pause"): "Пауза",
    ("delivery", "Long pause"): "Долгая пауза",
    ("delivery", "Faster than %1 words a minute"): "Быстрее %1 сл/мин",
    ("delivery", "Slower than %1 words a minute"): "Медленнее %1 сл/мин",
    ("delivery", "Filler (uh, um): click to hear and check"): "«Э-э», «м-м»: нажмите, чтобы прослушать и проверить",
    ("delivery", "Maybe a filler"): "Возможно, «э-э»",
    # ----- review card -----
    ("ReviewCard", "Verdict"): "Вывод",
    ("ReviewCard", "Details"): "Подробности",
    ("ReviewCard", "Details: %1"): "Подробности: %1",
    # ----- filled-pause check -----
    ("FillerCheck", "Check a filled pause"): "Проверка «э-э»",
    ("FillerCheck", "▶ &Hear it"): "▶ &Прослушать",
    ("FillerCheck", "&Yes, a filler"): "&Да, это «э-э»",
    ("FillerCheck", "&No, a word"): "&Нет, это слово",
    ("FillerCheck", "Previous mark"): "Предыдущая отметка",
    ("FillerCheck", "Next mark"): "Следующая отметка",
    ("FillerCheck", "Close"): "Закрыть",
    ("FillerCheck", "Close the filled-pause check"): "Закрыть проверку «э-э»",
    ("FillerCheck", "Mark %1 of %2, at %3 s: counted as a filler (uh, um). Is it one?"): (
        "Отметка %1 из %2 (%3 с) засчитана как «э-э». Верно?"
    ),
    ("FillerCheck", "Mark %1 of %2, at %3 s: maybe a filler, not counted. Is it one?"): (
        "Отметка %1 из %2 (%3 с): возможно, «э-э», но не засчитана. Это «э-э»?"
    ),
    ("FillerCheck", "Listen, then answer: your answers tune the detector to your voice."): (
        "Прослушайте и ответьте: ваши ответы настраивают распознавание под ваш голос."
    ),
    ("FillerCheck", "Your answer: a filler. The count is updated."): "Ваш ответ: «э-э». Подсчёт обновлён.",
    ("FillerCheck", "Your answer: a word. The count is updated."): "Ваш ответ: слово. Подсчёт обновлён.",
    # ----- review panel -----
    ("ReviewPanel", "&Check the marks (%1)"): "Проверить &отметки (%1)",
    ("ReviewPanel", "Hear each mark and say whether it was a filler; the count learns from you"): (
        "Прослушайте каждую отметку и скажите, было ли это «э-э»: подсчёт учится на ваших ответах"
    ),
    ("ReviewPanel", "The detector's default threshold (%1); check some marks to tune it to your voice."): (
        "Порог распознавания по умолчанию (%1); проверьте несколько отметок, чтобы настроить его под ваш голос."
    ),
    ("ReviewPanel", "Threshold %1, learnt from your %2 answers for this microphone and language."): (
        "Порог %1 подобран по вашим ответам (%2) для этого микрофона и языка."
    ),
    # ----- player panel -----
    ("PlayerPanel", "Legend of the waveform's bands"): "Обозначения на звуковой дорожке",
    # ----- settings -----
    ("SettingsDialog", "Reset my filled-pause corrections"): "Сбросить мои ответы про «э-э»",
    ("SettingsDialog", "Forget which marks you confirmed or rejected; the filler detector goes back to its default"): (
        "Забыть, какие отметки вы подтвердили или отклонили; распознавание «э-э» вернётся к настройке по умолчанию"
    ),
    ("SettingsDialog", "Filled pauses:"): "«Э-э» и «м-м»:",
    ("SettingsDialog", "%1 of your answers tune the filler detector."): (
        "Ваших ответов, по которым настроено распознавание «э-э»: %1."
    ),
    ("SettingsDialog", "The filler detector uses its default threshold."): (
        "Распознавание «э-э» работает с порогом по умолчанию."
    ),
    ("SettingsDialog", "Reset filled-pause corrections"): "Сброс ответов про «э-э»",
    (
        "SettingsDialog",
        "Forget every mark you confirmed or rejected, for every microphone and language? Filler counts go back to "
        "estimates.",
    ): (
        "Забыть все отметки, которые вы подтвердили или отклонили, для всех микрофонов и языков? Подсчёт «э-э» "
        "снова станет оценкой."
    ),
    ("SettingsDialog", "Reset"): "Сбросить",
    ("SettingsDialog", "Cancel"): "Отмена",
    ("SettingsDialog", "Your filled-pause corrections were cleared; filler counts are estimates again."): (
        "Ваши ответы про «э-э» удалены; подсчёт снова стал оценкой."
    ),
}
