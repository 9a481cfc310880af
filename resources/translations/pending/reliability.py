"""Russian for the reliability work's new UI strings: opening the data when it is busy, read-only or too new
(merged into studio_ru.ts by the lead)."""

# ruff: noqa: E501

RU = {
    ("Shell", "Your data is in use"): "Данные заняты",
    (
        "Shell",
        "Another copy of Interview Studio or another program is using your data:\n%1\n\nClose it, then try again.",
    ): "Ваши данные использует другая копия Interview Studio или другая программа:\n%1\n\nЗакройте её и попробуйте снова.",
    ("Shell", "Try again"): "Попробовать снова",
    ("Shell", "Close"): "Закрыть",
    (
        "Shell",
        "Another copy of Interview Studio or another program is using your data (%1). Nothing was changed. Close the other program, then start Interview Studio again.",
    ): "Ваши данные использует другая копия Interview Studio или другая программа (%1). Ничего не изменено. Закройте ту программу и снова запустите Interview Studio.",
    (
        "Shell",
        "Your data was made by a newer version of Interview Studio (%1). Nothing was changed. Use the newer version, or restore an older backup.",
    ): "Ваши данные созданы более новой версией Interview Studio (%1). Ничего не изменено. Откройте их в новой версии или восстановите более старую резервную копию.",
    (
        "Shell",
        "Your data cannot be opened: %1. Nothing was moved or deleted. Give yourself permission to read and write this file and its folder (or move the data to a writable disk), then start again.",
    ): "Не удаётся открыть ваши данные: %1. Ничего не перемещено и не удалено. Дайте себе права на чтение и запись этого файла и его папки (или перенесите данные на диск, доступный для записи) и запустите программу снова.",
    (
        "Shell",
        "Your data cannot be used right now: %1. Nothing was moved or deleted.",
    ): "Сейчас нельзя работать с вашими данными: %1. Ничего не перемещено и не удалено.",
}
