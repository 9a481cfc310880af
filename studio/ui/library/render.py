"""Readable HTML for the Library's detail view, and the translated names of kinds, stages and techniques.

Every text that comes from content is HTML-escaped; every label goes through ``QCoreApplication.translate`` in
the ``library`` context. The functions take a model and return a fragment for a ``QTextBrowser``.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from studio.core.content import (
    CHECKLIST_STAGES,
    QUESTION_STAGES,
    ChecklistTemplate,
    Exercise,
    Guide,
    GuideExample,
    Kind,
    Letter,
    Model,
    Question,
    QuestionSet,
    StarExample,
)
from studio.core.interviews import journey_order
from studio.ui.stage_labels import stage_label

GOOD_COLOUR = "#2e7d32"
BAD_COLOUR = "#c62828"
MUTED_COLOUR = "#6b6f76"


# ------------------------------------------------------------------------------------------------- labels


def kind_label(kind: Kind | str) -> str:
    """The plural name of a content kind, for the tree's groups and the kind filter."""
    labels = {
        Kind.QUESTIONS: QCoreApplication.translate("library", "Questions"),
        Kind.EXERCISES: QCoreApplication.translate("library", "Exercises"),
        Kind.CHECKLISTS: QCoreApplication.translate("library", "Checklists"),
        Kind.LETTERS: QCoreApplication.translate("library", "Letters"),
        Kind.GUIDES: QCoreApplication.translate("library", "Guides"),
    }
    return labels.get(Kind(kind), str(kind))


def stages_in_order() -> list[str]:
    """Every stage a question set or checklist can name, once, in the order of the job search."""
    return journey_order([*CHECKLIST_STAGES, *QUESTION_STAGES])


def exercise_kind_label(kind: str) -> str:
    labels = {
        "case": QCoreApplication.translate("library", "Case"),
        "role_play": QCoreApplication.translate("library", "Role-play"),
        "group_task": QCoreApplication.translate("library", "Group task"),
        "presentation": QCoreApplication.translate("library", "Presentation"),
    }
    return labels.get(kind, kind.replace("_", " "))


def category_label(category: str) -> str:
    labels = {
        "behavioural": QCoreApplication.translate("library", "Behavioural"),
        "motivation": QCoreApplication.translate("library", "Motivation"),
        "provocative": QCoreApplication.translate("library", "Provocative"),
        "experience": QCoreApplication.translate("library", "Experience"),
        "situational": QCoreApplication.translate("library", "Situational"),
        "closing": QCoreApplication.translate("library", "Closing"),
        "general": QCoreApplication.translate("library", "General"),
    }
    return labels.get(category, category.replace("_", " "))


def technique_label(technique: str) -> str:
    labels = {
        "star": QCoreApplication.translate("library", "STAR: situation, task, action, result"),
        "reframe": QCoreApplication.translate("library", "Reframe the question calmly and answer what lies behind it"),
        "pause_and_clarify": QCoreApplication.translate("library", "Pause, clarify what is meant, then answer"),
    }
    return labels.get(technique, technique.replace("_", " "))


def letter_kind_label(kind: str) -> str:
    labels = {
        "follow_up": QCoreApplication.translate("library", "Follow-up"),
        "accept": QCoreApplication.translate("library", "Accepting an offer"),
        "decline": QCoreApplication.translate("library", "Declining an offer"),
        "thank_you": QCoreApplication.translate("library", "Thank-you after the interview"),
        "nudge": QCoreApplication.translate("library", "A nudge after silence"),
        "feedback_request": QCoreApplication.translate("library", "Asking for feedback"),
    }
    return labels.get(kind, kind.replace("_", " "))


def language_name(lang: str) -> str:
    """The name of a content language, used in labels such as “Shown in Russian”."""
    return {
        "en": QCoreApplication.translate("library", "English"),
        "ru": QCoreApplication.translate("library", "Russian"),
    }.get(lang, lang)


def fallback_notice(shown_in: str, wanted: str) -> str:
    """The label on an item shown in the other language."""
    if shown_in == "ru":
        text = QCoreApplication.translate("library", "Shown in Russian: no English version yet.")
    elif shown_in == "en":
        text = QCoreApplication.translate("library", "Shown in English: no Russian version yet.")
    else:
        text = QCoreApplication.translate("library", "Shown in %1: no version in %2 yet.")
    return text.replace("%1", language_name(shown_in)).replace("%2", language_name(wanted))


def stage_of(model: Model) -> str | None:
    """The interview stage an item belongs to, for the stage filter (exercises and guides by their kind)."""
    stage = getattr(model, "stage", None)
    if isinstance(stage, str):
        return stage
    if isinstance(model, Exercise):
        return {"case": "case", "presentation": "presentation", "group_task": "group_interview"}.get(
            model.exercise_kind, "practical_tasks"
        )
    if isinstance(model, Guide):
        return {
            "self_introduction": "self_presentation",
            "headhunter_steps": "headhunter_call",
            "offer_evaluation": "offer",
            "star": "hr_interview",
            "employer_needs": "employer_needs",
        }.get(model.guide_kind)
    if isinstance(model, Letter):
        if model.letter_kind in ("accept", "decline", "follow_up"):
            return "offer"
        return "day_of_interview" if model.letter_kind in ("thank_you", "nudge", "feedback_request") else None
    return None


# --------------------------------------------------------------------------------------------------- html


def _p(text: str) -> str:
    """Escape a content text, keeping its paragraphs."""
    paragraphs = [escape(part.strip()).replace("\n", "<br>") for part in text.strip().split("\n\n") if part.strip()]
    return "".join(f"<p>{part}</p>" for part in paragraphs)


def _ul(texts: tuple[str, ...] | list[str]) -> str:
    return "<ul>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + "</ul>"


def _ol(texts: tuple[str, ...] | list[str]) -> str:
    return "<ol>" + "".join(f"<li>{escape(text)}</li>" for text in texts) + "</ol>"


def _h(text: str) -> str:
    return f"<h3>{escape(text)}</h3>"


def _meta(parts: list[str]) -> str:
    shown = " · ".join(escape(part) for part in parts if part)
    return f'<p style="color:{MUTED_COLOUR}">{shown}</p>' if shown else ""


def _example(verdict: str, title: str, text: str) -> str:
    good = verdict == "good"
    colour = GOOD_COLOUR if good else BAD_COLOUR
    mark = "✓" if good else "✗"
    return (
        f'<p style="color:{colour}"><b>{mark} {escape(title)}</b></p>'
        f'<blockquote style="margin-left:12px">{_p(text)}</blockquote>'
    )


def _unless_same(text: str, other: str) -> str:
    """``text``, or nothing when it only repeats ``other`` (a title that is the stage's name)."""
    return "" if text.casefold() == other.casefold() else text


def _origin(model: Model) -> str:
    if model.origin == "user":
        return QCoreApplication.translate("library", "your own item")
    if getattr(model, "source", "") == "coach":
        return QCoreApplication.translate("library", "a coach's addition, beyond the three guides")
    return ""


def question_html(question_set: QuestionSet, question: Question) -> str:
    """One question with why it is asked, what a strong answer shows, examples, hints and technique."""
    out = [f"<h2>{escape(question.text)}</h2>"]
    stage = stage_label(question_set.stage)
    title = _unless_same(question_set.title, stage)
    out.append(_meta([stage, category_label(question.category), title, _origin(question_set)]))
    out += [_h(QCoreApplication.translate("library", "Why it is asked")), _p(question.why)]
    out += [_h(QCoreApplication.translate("library", "What a strong answer shows")), _p(question.strong_answer)]
    if question.technique:
        out += [
            _h(QCoreApplication.translate("library", "Technique")),
            f"<p>{escape(technique_label(question.technique))}</p>",
        ]
    if question.hints:
        out += [_h(QCoreApplication.translate("library", "Hints")), _ul(question.hints)]
    if question.good_example:
        out.append(_example("good", QCoreApplication.translate("library", "A good answer"), question.good_example))
    if question.bad_example:
        out.append(_example("bad", QCoreApplication.translate("library", "A weak answer"), question.bad_example))
    return "".join(out)


def question_set_html(question_set: QuestionSet) -> str:
    """A stage's questions as links; a link opens that question."""
    out = [f"<h2>{escape(question_set.title)}</h2>"]
    count = QCoreApplication.translate("library", "Questions: %1").replace("%1", str(len(question_set.questions)))
    stage = _unless_same(stage_label(question_set.stage), question_set.title)
    out.append(_meta([stage, count, _origin(question_set)]))
    hint = QCoreApplication.translate("library", "Choose a question to see how to answer it and to rehearse it.")
    out.append(f"<p>{escape(hint)}</p><ol>")
    for question in question_set.questions:
        out.append(f'<li><a href="question:{escape(question.id)}">{escape(question.text)}</a></li>')
    out.append("</ol>")
    return "".join(out)


def exercise_html(exercise: Exercise) -> str:
    """Statement, phases with their minutes and questions, criteria, assessors' questions and behaviour."""
    out = [f"<h2>{escape(exercise.title)}</h2>"]
    minutes = QCoreApplication.translate("library", "%1 min").replace("%1", str(exercise.duration_min))
    out.append(_meta([exercise_kind_label(exercise.exercise_kind), minutes, _origin(exercise)]))
    out += [_h(QCoreApplication.translate("library", "The task")), _p(exercise.statement)]
    out.append(_h(QCoreApplication.translate("library", "Phases")))
    out.append("<ol>")
    for phase in exercise.phases:
        _label1 = QCoreApplication.translate("library", "%1 min")
        length = _label1.replace("%1", f"{phase.minutes:g}")
        item = f"<li><b>{escape(phase.title)}</b> — {escape(length)}"
        if phase.questions:
            item += _ul(phase.questions)
        out.append(item + "</li>")
    out.append("</ol>")
    out += [_h(QCoreApplication.translate("library", "What the assessors look for")), _ul(exercise.criteria)]
    if exercise.assessor_questions:
        out += [
            _h(QCoreApplication.translate("library", "Questions the assessors may ask")),
            _ul(exercise.assessor_questions),
        ]
    if exercise.preparation:
        out += [_h(QCoreApplication.translate("library", "How to prepare")), _ul(exercise.preparation)]
    if exercise.good_behaviour:
        _label2 = QCoreApplication.translate("library", "Do")
        out.append(f'<h3 style="color:{GOOD_COLOUR}">✓ {escape(_label2)}</h3>' + _ul(exercise.good_behaviour))
    if exercise.bad_behaviour:
        _label3 = QCoreApplication.translate("library", "Avoid")
        out.append(f'<h3 style="color:{BAD_COLOUR}">✗ {escape(_label3)}</h3>' + _ul(exercise.bad_behaviour))
    return "".join(out)


def checklist_html(template: ChecklistTemplate) -> str:
    """Description, then each section with its items and hints."""
    out = [f"<h2>{escape(template.title)}</h2>"]
    count = QCoreApplication.translate("library", "Items: %1").replace("%1", str(len(template.items)))
    out.append(_meta([_unless_same(stage_label(template.stage), template.title), count, _origin(template)]))
    out.append(_p(template.description))
    for section in template.sections:
        out.append(_h(section.title))
        out.append("<ul>")
        for item in section.items:
            line = f"<li>{escape(item.text)}"
            if item.hint:
                line += f'<br><span style="color:{MUTED_COLOUR}">{escape(item.hint)}</span>'
            out.append(line + "</li>")
        out.append("</ul>")
    return "".join(out)


def letter_html(letter: Letter) -> str:
    """Subject and body with the placeholders shown in bold, ready to be filled in."""
    out = [f"<h2>{escape(letter.title)}</h2>", _meta([letter_kind_label(letter.letter_kind), _origin(letter)])]
    _label4 = QCoreApplication.translate("library", "Subject:")
    out.append(f"<p><b>{escape(_label4)}</b> {_braces(escape(letter.subject))}</p>")
    out.append(f'<div style="margin-left:12px">{_braces(_p(letter.body))}</div>')
    out.append(
        f'<p style="color:{MUTED_COLOUR}">'
        + escape(
            QCoreApplication.translate(
                "library",
                "Words in braces, such as {company}, are filled in when you copy the letter with your details.",
            )
        )
        + "</p>"
    )
    return "".join(out)


def _braces(html_text: str) -> str:
    """Show ``{placeholder}`` in bold so the user sees what will be filled in."""
    out: list[str] = []
    depth = 0
    for char in html_text:
        if char == "{":
            out.append("<b>{")
            depth += 1
        elif char == "}" and depth:
            out.append("}</b>")
            depth -= 1
        else:
            out.append(char)
    return "".join(out) + "</b>" * depth


def guide_html(guide: Guide) -> str:
    """Whatever parts the guide has: timed parts, steps, criteria, red flags, phrases, examples."""
    out = [f"<h2>{escape(guide.title)}</h2>"]
    if guide.parts:
        out.append(_h(QCoreApplication.translate("library", "Structure")))
        out.append("<ol>")
        for part in guide.parts:
            _label5 = QCoreApplication.translate("library", "%1 s")
            length = f" — {escape(_label5.replace('%1', str(part.seconds)))}" if part.seconds else ""
            out.append(f"<li><b>{escape(part.title)}</b>{length}<br>{escape(part.hint)}</li>")
        out.append("</ol>")
    if guide.steps:
        out.append(_h(QCoreApplication.translate("library", "Steps")))
        out.append("<ol>")
        for step in guide.steps:
            out.append(f"<li><b>{escape(step.title)}</b><br>{escape(step.text)}</li>")
        out.append("</ol>")
    if guide.criteria:
        out.append(_h(QCoreApplication.translate("library", "What to weigh")))
        out.append("<ul>")
        for criterion in guide.criteria:
            out.append(f"<li><b>{escape(criterion.title)}</b><br>{escape(criterion.question)}</li>")
        out.append("</ul>")
    if guide.red_flags:
        _label6 = QCoreApplication.translate("library", "Red flags")
        out.append(f'<h3 style="color:{BAD_COLOUR}">{escape(_label6)}</h3>' + _ul(guide.red_flags))
    if guide.phrases:
        out.append(_h(QCoreApplication.translate("library", "How to say it")))
        for phrase in guide.phrases:
            out.append(f"<p><b>{escape(phrase.situation)}</b></p>")
            out.append(f'<p style="color:{GOOD_COLOUR}">✓ {escape(phrase.good)}</p>')
            out.append(f'<p style="color:{BAD_COLOUR}">✗ {escape(phrase.bad)}</p>')
    if guide.examples:
        out.append(_h(QCoreApplication.translate("library", "Examples")))
        for example in guide.examples:
            if isinstance(example, GuideExample):
                out.append(_example(example.verdict, example.title, example.text))
            elif isinstance(example, StarExample):
                if example.title:
                    out.append(f"<p><b>{escape(example.title)}</b></p>")
                rows = [
                    (QCoreApplication.translate("library", "Situation"), example.situation),
                    (QCoreApplication.translate("library", "Task"), example.task),
                    (QCoreApplication.translate("library", "Action"), example.action),
                    (QCoreApplication.translate("library", "Result"), example.result),
                ]
                out.append("<ul>")
                out += [f"<li><b>{escape(label)}:</b> {escape(text)}</li>" for label, text in rows]
                out.append("</ul>")
    return "".join(out)


def item_html(model: Model, sub_id: str | None = None) -> str:
    """The detail view of any item; for a question set with ``sub_id``, that question."""
    if isinstance(model, QuestionSet):
        question = next((q for q in model.questions if q.id == sub_id), None)
        return question_html(model, question) if question is not None else question_set_html(model)
    if isinstance(model, Exercise):
        return exercise_html(model)
    if isinstance(model, ChecklistTemplate):
        return checklist_html(model)
    if isinstance(model, Letter):
        return letter_html(model)
    return guide_html(model)
