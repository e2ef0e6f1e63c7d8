"""The main window: a top bar with navigation and the language switch, and a stack of pages
(library, play, debrief). It owns the flow between them; each page only presents, and the
practice session (lagaffektiv.session) decides what is saved."""

from __future__ import annotations

import logging
import traceback
from dataclasses import replace
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QMainWindow, QMessageBox, QPushButton, QStackedWidget, QVBoxLayout,
                               QWidget)

from . import errors as app_errors
from . import text as t
from . import theme
from .library import LibraryView
from .widgets import plain_label, scaled_font

if TYPE_CHECKING:  # the core is imported when the library is loaded, after the first paint
    from ..history import History
    from ..lint.runner import FileReport
    from ..scenario.model import Scenario
    from ..session import PracticeSession

log = logging.getLogger(__name__)

def top_style() -> str:
    th = theme.current()
    return f"""
#topBar {{ background: {th.accent}; border-bottom: 1px solid {th.line}; }}
#appName, #appTagline {{ color: {th.accent_text}; }}
#languageButton {{
    color: {th.accent}; background: {th.accent_text}; border: 1px solid {th.accent_text}; border-radius: 4px;
    padding: 5px 14px;
}}
#languageButton:focus, #navButton:focus {{ border: 2px solid {th.focus}; }}
#navButton {{ color: {th.accent_text}; background: transparent; border: 1px solid transparent; border-radius: 4px;
             padding: 5px 12px; }}
#navButton:hover {{ border: 1px solid {th.accent_text}; }}
#navButton:checked {{ border: 2px solid {th.accent_text}; }}
"""


def load_folder(folder: Path) -> tuple[list[Scenario], list[FileReport], bool]:
    """(scenarios, broken reports, folder exists): the folder's scenarios and those of every
    imported pack (lagaffektiv import); a missing folder is an empty library, not an error."""
    from ..lint.cache import LintCache
    from ..packs import library_folders, load_libraries
    from .storage import lint_cache_dir, packs_dir

    exists = folder.exists()
    folders = library_folders(folder if exists else None, packs_dir())
    if not folders:
        return [], [], exists
    scenarios, broken = load_libraries(folders, LintCache(lint_cache_dir()))
    return scenarios, broken, exists


class MainWindow(QMainWindow):
    """The top bar, and the pages: the library, and (created when first needed) play and debrief."""

    def __init__(self, scenarios: Sequence[Scenario], broken: Sequence[FileReport], lang: str = "sv",
                 folder: Path | None = None, folder_exists: bool = True, parent: QWidget | None = None,
                 loading: bool = False, history: History | None = None, mode: str = "practice",
                 timer_factor: float | None = 1.0, hide_state: bool = False, settings=None):
        super().__init__(parent)
        self.settings = settings
        self.loading = loading
        self.scenarios = list(scenarios)
        self.broken = list(broken)
        self.folder = folder
        self.folder_exists = folder_exists
        self.lang = lang
        self.history = history
        self.mode = mode
        self.timer_factor = timer_factor
        self.hide_state = hide_state
        self.session: PracticeSession | None = None
        self.library: LibraryView | QWidget | None = None
        self.play = None
        self.debrief = None
        self.history_page = None
        self.workshop_page = None      # the workshop in progress (app/workshop), made when first needed
        self.team_debrief = None
        self.projected_debrief = None  # the team debrief's copy on the projector (two screens)
        self.finished_workshop = None  # the finished workshop's page, whose projector window holds it
        self.setWindowTitle(t.WINDOW_TITLE)
        self.setMinimumSize(720, 480)

        top = QWidget()
        top.setObjectName("topBar")
        top.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        top.setStyleSheet(top_style())
        self.top_bar = top
        top_layout = QHBoxLayout(top)
        top_layout.setContentsMargins(20, 10, 20, 10)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.app_name = plain_label("", "appName")
        self.app_name.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.app_tagline = plain_label("", "appTagline")
        titles.addWidget(self.app_name)
        titles.addWidget(self.app_tagline)
        top_layout.addLayout(titles, 1)
        self.library_button = QPushButton()
        self.library_button.setObjectName("navButton")
        self.library_button.setCheckable(True)
        self.library_button.clicked.connect(self.show_library)
        top_layout.addWidget(self.library_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.history_button = QPushButton()
        self.history_button.setObjectName("navButton")
        self.history_button.setCheckable(True)
        self.history_button.clicked.connect(self.show_history)
        top_layout.addWidget(self.history_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.settings_button = QPushButton()
        self.settings_button.setObjectName("navButton")
        self.settings_button.clicked.connect(self.open_settings)
        top_layout.addWidget(self.settings_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.language_button = QPushButton()
        self.language_button.setObjectName("languageButton")
        self.language_button.clicked.connect(self._toggle_language)
        top_layout.addWidget(self.language_button, 0, Qt.AlignmentFlag.AlignVCenter)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(top)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)

        self.folder_label = plain_label("", "folderLabel")
        self.folder_label.setContentsMargins(14, 2, 14, 2)
        self.statusBar().addWidget(self.folder_label, 1)
        self.set_language(lang)

    @classmethod
    def from_folder(cls, folder: Path, lang: str = "sv") -> MainWindow:
        scenarios, broken, exists = load_folder(folder)
        return cls(scenarios, broken, lang, folder, exists)

    # -- loading -----------------------------------------------------------------------------------
    def load(self) -> None:
        """Read and check the scenario folder, then show the library (run() calls this after the
        first paint, so the window appears at once even with a large library)."""
        try:
            self.scenarios, self.broken, self.folder_exists = (
                load_folder(self.folder) if self.folder else ([], [], False))
        except Exception as exc:  # noqa: BLE001 - tell the user; the window stays usable
            details = traceback.format_exc()
            log.error("the scenario library could not be loaded: %s", exc)
            log.debug("%s", details)   # the dialog carries the full report; the console only a line
            self.scenarios, self.broken = [], []
            app_errors.show_error(exc, details, self.lang)
        self.loading = False
        self.set_language(self.lang)

    def offer_resume(self) -> None:
        """After a crash or a closed window: offer to go on with an unfinished encounter, else with
        an unfinished workshop."""
        if not self._offer_practice_resume():
            from .workshop import flow

            flow.offer(self)

    def _offer_practice_resume(self) -> bool:
        if self.history is None:
            return False
        from ..errors import LagaffektivError
        from ..session import PracticeSession

        by_id = {sc.id: sc for sc in self.scenarios}
        for unfinished in self.history.unfinished():
            title = t.localized(unfinished.title, self.lang)
            box = QMessageBox(QMessageBox.Icon.Question, t.ui(self.lang, "resume_title"),
                              t.ui(self.lang, "resume_text", title=title, n=unfinished.decisions), parent=self)
            box.setTextFormat(Qt.TextFormat.PlainText)
            go_on = box.addButton(t.ui(self.lang, "resume_yes"), QMessageBox.ButtonRole.AcceptRole)
            drop = box.addButton(t.ui(self.lang, "resume_drop"), QMessageBox.ButtonRole.DestructiveRole)
            box.addButton(t.ui(self.lang, "resume_later"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(go_on)
            box.exec()
            if box.clickedButton() is drop:
                self.history.abandon(unfinished.id)
            elif box.clickedButton() is go_on:
                try:
                    self.open_session(PracticeSession.resume(unfinished, by_id, self.history))
                except LagaffektivError as exc:
                    QMessageBox.warning(self, t.ui(self.lang, "resume_title"),
                                        t.ui(self.lang, "resume_failed", reason=str(exc)))
                    continue
                return True   # one at a time; the others are offered next start
        return False

    # -- the flow ----------------------------------------------------------------------------------
    def start_scenario(self, scenario_id: str) -> None:
        from ..session import PracticeSession

        scenario = next((sc for sc in self.scenarios if sc.id == scenario_id), None)
        if scenario is None:
            return
        self.open_session(PracticeSession.start(scenario, self.history, mode=self.mode,
                                                timer_factor=self.timer_factor))

    def start_workshop(self, scenario_id: str) -> None:
        from .workshop import flow

        flow.start(self, scenario_id)

    def open_session(self, session: PracticeSession) -> None:
        if self.play is None:
            from .play import PlayView

            self.play = PlayView(self.lang, hide_state=self.hide_state)
            self.play.set_sound_settings(self.settings)
            self.play.finished.connect(self.show_debrief)
            self.play.quit_requested.connect(self.show_library)
            self.pages.addWidget(self.play)
        self.session = session
        self.play.start(session)
        self._show_page(self.play)

    def _ensure_debrief(self) -> None:
        if self.debrief is None:
            from .debrief import DebriefView

            self.debrief = DebriefView()
            # Reflections belong to the session just played; a debrief reopened from the history
            # has no session, so nothing it shows is written back.
            self.debrief.reaction_changed.connect(lambda text: self.session and self.session.set_reaction(text))
            self.debrief.self_ratings_changed.connect(
                lambda ratings: self.session and self.session.set_self_ratings(ratings))
            self.debrief.back_to_library.connect(self.show_library)
            self.debrief.play_again.connect(self.start_scenario)
            self.pages.addWidget(self.debrief)

    def show_debrief(self, session: PracticeSession) -> None:
        self._ensure_debrief()
        self.session = session
        self.debrief.show_debrief(session.debrief, self.lang)
        self._show_page(self.debrief)

    def show_library(self) -> None:
        self._rebuild_library()
        self._show_page(self.library)

    def show_history(self) -> None:
        if self.history_page is None:
            from .history_view import HistoryView

            self.history_page = HistoryView(self.lang)
            self.history_page.open_debrief.connect(self.show_saved_debrief)
            self.history_page.data_deleted.connect(self._rebuild_library)
            self.pages.addWidget(self.history_page)
        self.history_page.show_history(self.history, self.lang)
        self._show_page(self.history_page)

    def show_saved_debrief(self, encounter_id: int) -> None:
        """A debrief from the history: shown again, not tied to a session (nothing is re-saved)."""
        data = self.history.debrief(encounter_id) if self.history is not None else None
        if data is None:
            return
        self._ensure_debrief()
        self.session = None
        self.debrief.show_debrief(data, self.lang)
        self._show_page(self.debrief)

    def _show_page(self, page) -> None:
        self.pages.setCurrentWidget(page)
        self.library_button.setChecked(page is self.library)
        self.history_button.setChecked(page is self.history_page)
        self._leave_workshop(keep=page)

    def _leave_workshop(self, keep=None) -> None:
        """Away from the workshop (or its team debrief): nothing of it stays on the projector."""
        if self.workshop_page is not None and keep is not self.workshop_page:
            from .workshop import flow

            flow.leave(self)
        if self.finished_workshop is not None and keep is not self.team_debrief:
            from .workshop import flow

            flow.close_debrief_copy(self)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self._leave_workshop()       # saved and resumable; the projector's window closes too
        super().closeEvent(event)

    # -- language --------------------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Show everything in ``lang`` (sv or en); every page re-renders from the same data."""
        self.lang = lang if lang in t.LANGS else "sv"
        self.app_name.setText(t.ui(self.lang, "app_name"))
        self.app_tagline.setText(t.ui(self.lang, "app_tagline"))
        self.library_button.setText(t.ui(self.lang, "scenarios"))
        self.history_button.setText(t.ui(self.lang, "history_title"))
        self.settings_button.setText(t.ui(self.lang, "settings"))
        self.language_button.setText(t.ui(self.lang, "switch_language"))
        self.language_button.setToolTip(t.ui(self.lang, "switch_language_tip"))
        self.language_button.setAccessibleName(t.ui(self.lang, "switch_language_tip"))
        self.folder_label.setText(t.ui(self.lang, "folder", folder=self.folder) if self.folder else "")
        showing_library = self.library is None or self.pages.currentWidget() is self.library
        self._rebuild_library()
        if showing_library:
            self.pages.setCurrentWidget(self.library)
            self.library_button.setChecked(True)
        for page in (self.play, self.debrief, self.history_page, self.workshop_page, self.team_debrief,
                     self.projected_debrief):
            if page is not None:
                page.set_language(self.lang)
        if self.workshop_page is not None and self.pages.currentWidget() is self.workshop_page:
            # the vote keys go on working without a click into the page (the button kept the focus)
            self.workshop_page.setFocus(Qt.FocusReason.OtherFocusReason)

    def _rebuild_library(self) -> None:
        old = self.library
        if self.loading:
            self.library = plain_label(t.ui(self.lang, "loading"), "loadingLabel")
            self.library.setAlignment(Qt.AlignmentFlag.AlignCenter)
        else:
            best = {}
            if self.history is not None:
                try:
                    best = self.history.best_overall()
                except Exception:  # noqa: BLE001 - a best result is a nicety, never a reason to fail
                    log.warning("best results could not be read", exc_info=True)
            filters = old.filter_state() if isinstance(old, LibraryView) else None
            self.library = LibraryView(self.scenarios, self.broken, self.lang, self.folder, self.folder_exists,
                                       best=best, filters=filters)
            self.library.start_requested.connect(self.start_scenario)
            self.library.workshop_requested.connect(self.start_workshop)
            self.library.import_requested.connect(self.import_pack)
            if self.scenarios:
                from .workshop import flow

                notice = flow.banner(self)
                if notice is not None:
                    self.library.add_notice(notice)
        if old is None:
            self.pages.addWidget(self.library)
        else:
            index = self.pages.indexOf(old)
            self.pages.insertWidget(index, self.library)
            if self.pages.currentWidget() is old:
                self.pages.setCurrentWidget(self.library)
            self.pages.removeWidget(old)
            old.deleteLater()
        if not self.loading and self.pages.currentWidget() is self.library:
            self.library.scenario_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def import_pack(self, kind: str) -> None:
        """The library's "Import scenario pack…": choose a .zip ("zip") or a folder ("folder") and import it."""
        from .pack_import import choose_pack, import_interactively
        from .storage import packs_dir

        source = choose_pack(self, self.lang, kind)
        if source is not None:
            import_interactively(self, source, packs_dir())

    def _toggle_language(self) -> None:
        self.set_language("en" if self.lang == "sv" else "sv")
        if self.settings is not None:
            self.apply_settings(replace(self.settings, language=self.lang))

    # -- settings ------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from .settings import Settings
        from .settings_dialog import SettingsDialog

        current = self.settings or Settings(language=self.lang, mode=self.mode, hide_state=self.hide_state)
        dialog = SettingsDialog(replace(current, language=self.lang), self)
        if dialog.exec():
            self.apply_settings(dialog.result_settings())

    def apply_settings(self, settings) -> None:
        """Keep, apply and show new settings; the encounter in progress keeps its mode and timers."""
        from PySide6.QtWidgets import QApplication

        from .settings import save
        from .storage import settings_store

        self.settings = settings
        save(settings_store(), settings)
        self.mode, self.timer_factor, self.hide_state = settings.mode, settings.timer_factor, settings.hide_state
        app = QApplication.instance()
        if app is not None:
            theme.apply(app, high_contrast=settings.high_contrast, text_scale=settings.text_scale)
        self.top_bar.setStyleSheet(top_style())
        self.app_name.setFont(scaled_font(self.font(), 1.4, bold=True))
        if self.play is not None and hasattr(self.play, "set_hide_state"):
            self.play.set_hide_state(settings.hide_state)
        if self.play is not None and hasattr(self.play, "set_sound_settings"):
            self.play.set_sound_settings(settings)
        self.set_language(settings.language)
