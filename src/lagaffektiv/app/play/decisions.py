"""What the learner acts with in each kind of step: choices, a checkpoint's answers, the
"stand here" of a positioning step, the "continue" of a passage.

Each part only reports what the learner did (a signal); PlayView passes it to the session.
Each has ``first_focus()`` (where the keyboard focus goes when the step is shown), and
``enter()`` for the Enter key when no button of its own took it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from ...scenario.model import Checkpoint, Choice
from ..widgets import plain_label, scaled_font
from .buttons import ChoiceButton, OptionButton
from .words import localized, ui


def _heading(text: str, parent: QWidget):
    label = plain_label(text, "decisionHeading")
    label.setFont(scaled_font(parent.font(), 1.1, bold=True))
    return label


def primary_button(text: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("primaryButton")
    button.setAutoDefault(True)          # Enter clicks it when it has the focus
    button.setAccessibleName(text)
    if tip:
        button.setToolTip(tip)
        button.setAccessibleDescription(tip)
    return button


def _move_focus(buttons: list, event: QKeyEvent) -> bool:
    """Up/Down between the buttons of a list; True when the key was used."""
    step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(event.key())
    current = buttons[0].window().focusWidget() if buttons else None   # also when the window is not active
    focused = [i for i, b in enumerate(buttons) if b is current]
    if step is None or not focused:
        return False
    target = buttons[(focused[0] + step) % len(buttons)]
    target.setFocus(Qt.FocusReason.TabFocusReason)
    return True


class ChoiceList(QWidget):
    chosen = Signal(str)

    def __init__(self, choices: list[Choice], lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(_heading(ui(lang, "what_do_you_do"), self))
        self.buttons: list[ChoiceButton] = []
        for n, choice in enumerate(choices, start=1):    # keys 1–9 reach the first nine
            button = ChoiceButton(n, choice.id, localized(choice.text, lang))
            button.setFont(scaled_font(self.font(), 1.05))
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(ui(lang, "choice_n" if n <= 9 else "choice_n_nokey", n=n,
                                                    total=len(choices)))
            button.clicked.connect(lambda _=False, cid=choice.id: self.chosen.emit(cid))
            layout.addWidget(button)
            self.buttons.append(button)

    def press(self, number: int) -> bool:
        if 1 <= number <= len(self.buttons):
            self.buttons[number - 1].click()
            return True
        return False

    def first_focus(self) -> QWidget | None:
        return self.buttons[0] if self.buttons else None

    def enter(self) -> None:
        """The focused choice button takes Enter itself; elsewhere Enter chooses nothing."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if not _move_focus(self.buttons, event):
            super().keyPressEvent(event)


class CheckpointForm(QWidget):
    answered = Signal(list)

    def __init__(self, checkpoint: Checkpoint, lang: str, checked: set[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.checkpoint = checkpoint
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(_heading(ui(lang, "knowledge_check"), self))
        self.question = plain_label(localized(checkpoint.question, lang), "question")
        self.question.setFont(scaled_font(self.font(), 1.1))
        layout.addWidget(self.question)
        hint = ui(lang, "choose_all" if checkpoint.multiple else "choose_one")
        layout.addWidget(plain_label(hint, "hint"))
        self.options: list[OptionButton] = []
        for n, option in enumerate(checkpoint.options, start=1):
            button = OptionButton(n, option.id, localized(option.text, lang), checkpoint.multiple)
            button.setFont(scaled_font(self.font(), 1.05))
            button.setChecked(option.id in checked)
            button.setAccessibleName(button.text())
            button.setAccessibleDescription(ui(lang, "option_n" if n <= 9 else "option_n_nokey", n=n,
                                                    total=len(checkpoint.options)))
            button.toggled.connect(self._update)
            layout.addWidget(button)
            self.options.append(button)
        layout.addSpacing(4)
        self.answer_button = primary_button(ui(lang, "answer"))
        self.answer_button.clicked.connect(self.submit)
        layout.addWidget(self.answer_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._update()

    def checked(self) -> list[str]:
        return [b.option_id for b in self.options if b.isChecked()]

    def press(self, number: int) -> bool:
        """Number key n: pick answer n (toggle it when several may be chosen)."""
        if not 1 <= number <= len(self.options):
            return False
        button = self.options[number - 1]
        button.setChecked(not button.isChecked() if self.checkpoint.multiple else True)
        button.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def submit(self) -> None:
        if self.checked():
            self.answered.emit(self.checked())

    def first_focus(self) -> QWidget | None:
        return next((b for b in self.options if b.isChecked()), self.options[0] if self.options else None)

    def enter(self) -> None:
        self.submit()

    def _update(self) -> None:
        self.answer_button.setEnabled(bool(self.checked()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if _move_focus(self.options, event):
            return
        super().keyPressEvent(event)


class PositioningPanel(QWidget):
    place = Signal()

    def __init__(self, prompt: dict | None, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(_heading(ui(lang, "where_do_you_stand"), self))
        if prompt:
            self.prompt = plain_label(localized(prompt, lang), "question")
            self.prompt.setFont(scaled_font(self.font(), 1.1))
            layout.addWidget(self.prompt)
        layout.addWidget(plain_label(ui(lang, "positioning_help"), "hint"))
        self.preview = plain_label("", "preview")
        self.preview.hide()
        layout.addWidget(self.preview)
        self.place_button = primary_button(ui(lang, "stand_here"), ui(lang, "stand_here_tip"))
        self.place_button.clicked.connect(self.place.emit)
        layout.addWidget(self.place_button, 0, Qt.AlignmentFlag.AlignLeft)

    def show_preview(self, lines: list[str]) -> None:
        self.preview.setText("\n".join(lines))
        self.preview.setVisible(bool(lines))

    def first_focus(self) -> QWidget | None:
        return None      # the floor plan takes the focus (PlayView)

    def enter(self) -> None:
        self.place.emit()


class PassagePanel(QWidget):
    proceed = Signal()

    def __init__(self, lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.continue_button = primary_button(ui(lang, "continue"))
        self.continue_button.setAccessibleDescription("Enter")
        self.continue_button.clicked.connect(self.proceed.emit)
        layout.addWidget(self.continue_button, 0, Qt.AlignmentFlag.AlignLeft)

    def first_focus(self) -> QWidget | None:
        return self.continue_button

    def enter(self) -> None:
        self.proceed.emit()
