"""Russian for the Voice tab's new look: the recording card, device names, review tabs, compare and the take list."""

RU = {
    # the recording card
    ("RecordBar", "Record"): "Записать",
    (
        "RecordBar",
        "Record a new take (R, or Ctrl+R while typing)",
    ): "Записать новый дубль (R, а при наборе текста — Ctrl+R)",
    ("RecordBar", "Stop"): "Стоп",
    ("RecordBar", "Recording state"): "Состояние записи",
    (
        "RecordBar",
        "Time recorded (or the selected take's length) against the target; amber near it, red past it",
    ): "Записанное время (или длина выбранного дубля) и цель; жёлтым — у цели, красным — сверх неё",
    ("RecordBar", "● Recording"): "● Идёт запись",
    ("RecordBar", "Paused"): "Пауза",
    # devices named for people (record bar and Settings)
    ("DeviceNames", "System default"): "Системное устройство",
    ("DeviceNames", "System default (sound card directly)"): "Системное устройство (напрямую к звуковой карте)",
    ("DeviceNames", "PulseAudio sound server"): "Звуковой сервер PulseAudio",
    ("DeviceNames", "PipeWire sound server"): "Звуковой сервер PipeWire",
    ("DeviceNames", "JACK sound server"): "Звуковой сервер JACK",
    ("DeviceNames", "Shared output (dmix)"): "Общий вывод (dmix)",
    ("DeviceNames", "Shared input (dsnoop)"): "Общий ввод (dsnoop)",
    ("DeviceNames", "%1 (not connected)"): "%1 (не подключено)",
    # playback
    ("PlayerPanel", "Play"): "Слушать",
    ("PlayerPanel", "Pause"): "Пауза",
    ("PlayerPanel", "Stop playback"): "Остановить воспроизведение",
    ("PlayerPanel", "Playback position"): "Позиция воспроизведения",
    # the take list
    ("TakesPanel", "Rename the take"): "Переименовать дубль",
    ("TakesPanel", "Export the take as a WAV or FLAC file"): "Экспортировать дубль в файл WAV или FLAC",
    ("TakesPanel", "Notes"): "Заметки",
    # a column of "1:04"s: the header as short as its values ("Длительность" took half the take names' room)
    ("TakesPanel", "Length"): "Длина",
    # the review panel
    ("ReviewPanel", "Delivery review"): "Разбор подачи",
    ("ReviewPanel", "Every measure with its comfortable range"): "Все измерения и их комфортные диапазоны",
    (
        "ReviewPanel",
        "Record another take of this prompt to see what changed.",
    ): "Запишите ещё один дубль этого задания, чтобы увидеть, что изменилось.",
    (
        "ReviewPanel",
        "Pace across your takes (the band is comfortable)",
    ): "Темп по вашим дублям (полоса — комфортный диапазон)",
    ("ReviewPanel", "Review sections"): "Разделы разбора",
    ("ReviewPanel", "What changed from A to B:"): "Что изменилось от A к B:",
    (
        "ReviewPanel",
        "No measure changed enough to matter; Compare shows them all.",
    ): "Ни одно измерение не изменилось заметно; все они — в «Сравнить».",
    ("ReviewPanel", "Summary"): "Итог",
    ("ReviewPanel", "Details"): "Цифры",
    ("ReviewPanel", "Trend"): "Динамика",
    # compare
    ("CompareDialog", "%1 — %2, %3, %4"): "%1 — %2, %3, %4",
    (
        "CompareDialog",
        "Change: B against A. Loudness and voice over noise in dB, time in pauses in percentage points, the rest in "
        "per cent. Coloured only when the change matters: green better, red worse.",
    ): "Изменение: B относительно A. Громкость и отношение голоса к шуму — в дБ, доля пауз — в процентных пунктах, "
    "остальное — в процентах. Цветом выделено только заметное изменение: зелёным — лучше, красным — хуже.",
    ("CompareDialog", "Better"): "Лучше",
    ("CompareDialog", "Worse"): "Хуже",
    ("delivery", "%1 pts"): "%1 п. п.",
}
