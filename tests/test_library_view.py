"""The library's filters (pytest-qt, offscreen), on the bundled scenarios."""

from __future__ import annotations

import shutil

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QComboBox, QLabel  # noqa: E402

from lagaffektiv.app.library import LibraryView  # noqa: E402
from lagaffektiv.app.library.filters import FILTER_KEYS  # noqa: E402
from lagaffektiv.app.main import MainWindow  # noqa: E402
from lagaffektiv.scenario.load import load_library  # noqa: E402

from conftest import FIXTURES, SCENARIOS  # noqa: E402

BUNDLED, BUNDLED_BROKEN = load_library(SCENARIOS)


@pytest.fixture
def view(qtbot):
    widget = LibraryView(BUNDLED, BUNDLED_BROKEN, "sv", SCENARIOS, True)
    qtbot.addWidget(widget)
    widget.resize(1366, 700)
    widget.show()
    return widget


def shown(view: LibraryView) -> list[str]:
    return [e.scenario.id for e in view.entries if not e.isHidden()]


def ids(scenarios) -> list[str]:
    return [sc.id for sc in scenarios]


def choose(view: LibraryView, key: str, value: str | None) -> None:
    box = view.filters[key]
    index = box.findData(value) if value is not None else 0
    assert index >= 0, f"{key} offers no {value}"
    box.setCurrentIndex(index)


def test_every_filter_starts_at_all_and_every_scenario_is_shown(view):
    assert list(view.filters) == list(FILTER_KEYS)
    for box in view.filters.values():
        assert box.currentIndex() == 0 and box.currentData() is None and box.currentText() == "Alla"
    assert shown(view) == ids(BUNDLED)
    assert view.count_label.text() == f"{len(BUNDLED)} scenarier"
    assert not view.reset_button.isEnabled() and view.no_match.isHidden()


@pytest.mark.parametrize("setting, word", [("emergency_department", "Akutmottagning"),
                                           ("dental_clinic", "Tandvårdsklinik")])
def test_the_setting_filter(view, setting, word):
    choose(view, "setting", setting)
    expected = ids(sc for sc in BUNDLED if sc.setting == setting)
    assert expected and shown(view) == expected   # 6+ of each: tests/test_library.py
    assert view.filters["setting"].currentText() == word
    assert view.count_label.text() == f"{len(expected)} av {len(BUNDLED)} scenarier"
    assert view.scenario_list.accessibleDescription() == view.count_label.text()
    assert view.reset_button.isEnabled()


@pytest.mark.parametrize("aggressor", ["patient", "companion", "both"])
def test_the_acting_out_filter(view, aggressor):
    choose(view, "aggressor", aggressor)
    expected = ids(sc for sc in BUNDLED if sc.aggressor == aggressor)
    assert expected and shown(view) == expected
    assert view.count_label.text() == f"{len(expected)} av {len(BUNDLED)} scenarier"


def test_the_role_filter_offers_the_roles_the_scenarios_are_for(view):
    box = view.filters["role"]
    offered = [box.itemData(i) for i in range(1, box.count())]
    assert set(offered) == {r for sc in BUNDLED for r in sc.learner_roles} - {"any"}
    assert box.itemText(box.findData("dental_nurse")) == "Tandsköterska"
    for role in offered:
        choose(view, "role", role)
        expected = ids(sc for sc in BUNDLED if role in sc.learner_roles or "any" in sc.learner_roles)
        assert expected and shown(view) == expected, role
        assert view.count_label.text() == f"{len(expected)} av {len(BUNDLED)} scenarier"


@pytest.mark.parametrize("difficulty", ["introductory", "intermediate", "advanced"])
def test_the_level_filter(view, difficulty):
    choose(view, "difficulty", difficulty)
    expected = ids(sc for sc in BUNDLED if sc.difficulty == difficulty)
    assert expected and shown(view) == expected


@pytest.mark.parametrize("duration, fits", [("up_to_10", lambda m: m <= 10), ("up_to_15", lambda m: m <= 15),
                                            ("up_to_20", lambda m: m <= 20), ("over_20", lambda m: m > 20)])
def test_the_time_filter(view, duration, fits):
    choose(view, "duration", duration)
    expected = ids(sc for sc in BUNDLED if fits(sc.minutes))
    assert shown(view) == expected
    assert view.count_label.text() == f"{len(expected)} av {len(BUNDLED)} scenarier"
    # a choice that leaves nothing says so, and how to get the scenarios back
    assert view.no_match.isHidden() == bool(expected)


def test_filters_combine_and_all_restores(view, qtbot):
    entries_before = list(view.entries)
    choose(view, "setting", "dental_clinic")
    choose(view, "difficulty", "intermediate")
    choose(view, "duration", "up_to_15")
    expected = ids(sc for sc in BUNDLED
                   if sc.setting == "dental_clinic" and sc.difficulty == "intermediate" and sc.minutes <= 15)
    assert expected and shown(view) == expected
    assert view.count_label.text() == f"{len(expected)} av {len(BUNDLED)} scenarier"
    assert view.entries == entries_before and all(a is b for a, b in zip(view.entries, entries_before)), \
        "filtering hides entries, it does not rebuild them"
    choose(view, "duration", None)   # "All" in one list widens the choice again
    assert shown(view) == ids(sc for sc in BUNDLED if sc.setting == "dental_clinic" and sc.difficulty == "intermediate")
    qtbot.mouseClick(view.reset_button, Qt.MouseButton.LeftButton)
    assert shown(view) == ids(BUNDLED) and view.count_label.text() == f"{len(BUNDLED)} scenarier"
    assert all(box.currentIndex() == 0 for box in view.filters.values())


def test_the_filters_work_from_the_keyboard(view, qtbot):
    box = view.filters["setting"]
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    labels = {label.buddy(): label.text() for label in view.filter_bar.findChildren(QLabel) if label.buddy()}
    assert labels[box] == "Miljö" and box.accessibleName() == "Miljö"
    assert labels[view.filters["role"]] == "Din roll"
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Down)
    assert box.currentIndex() == 1
    assert shown(view) == ids(sc for sc in BUNDLED if sc.setting == box.currentData())
    # Tab goes from one list to the next
    order = []
    widget = box
    for _ in range(len(FILTER_KEYS) - 1):
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = view.focusWidget()
        order.append(widget)
    assert order == [view.filters[k] for k in FILTER_KEYS[1:]]
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert view.focusWidget() is view.reset_button, "the reset button comes next while a filter is set"


def test_the_broken_files_panel_is_not_filtered(tmp_path, qtbot):
    folder = tmp_path / "scenarios"
    shutil.copytree(SCENARIOS, folder)
    (folder / "broken.yaml").write_text("format: 1\nid: [oops\n", encoding="utf-8")
    scenarios, broken = load_library(folder)
    view = LibraryView(scenarios, broken, "en", folder, True)
    qtbot.addWidget(view)
    view.resize(1366, 700)
    view.show()
    choose(view, "setting", "dental_clinic")
    choose(view, "duration", "over_20")
    assert shown(view) == [] and not view.no_match.isHidden()
    assert view.count_label.text() == f"0 of {len(scenarios)} scenarios"
    assert "broken.yaml" in [e.path_label.text() for e in view.broken_entries]
    assert all(e.isVisible() for e in view.broken_entries) and view.broken_list.isVisible()
    choose(view, "duration", None)
    assert all(e.isVisible() for e in view.broken_entries), "nor by widening them again"
    assert view.notice is not None and view.notice.isVisible()


def test_english_words_and_a_library_kept_filtered_when_rebuilt(qtbot):
    view = LibraryView(BUNDLED, [], "en", SCENARIOS, True)
    qtbot.addWidget(view)
    assert view.filters["duration"].itemText(1) == "up to 10 min"
    assert view.filters["aggressor"].itemText(view.filters["aggressor"].findData("companion")) == \
        "Relative or companion"
    assert view.reset_button.text() == "Show all scenarios"
    choose(view, "setting", "emergency_department")
    choose(view, "role", "doctor")
    state = view.filter_state()
    assert state == {"setting": "emergency_department", "aggressor": None, "role": "doctor", "difficulty": None,
                     "duration": None}
    again = LibraryView(BUNDLED, [], "sv", SCENARIOS, True, filters=state)
    qtbot.addWidget(again)
    assert shown(again) == shown(view) == ids(sc for sc in BUNDLED if sc.setting == "emergency_department"
                                              and "doctor" in sc.learner_roles)
    assert again.count_label.text() == f"{len(shown(view))} av {len(BUNDLED)} scenarier"
    # a value this library does not offer is ignored rather than hiding everything
    odd = LibraryView(BUNDLED, [], "sv", SCENARIOS, True, filters={"setting": "moon_base"})
    qtbot.addWidget(odd)
    assert shown(odd) == ids(BUNDLED)


def test_a_single_scenario_and_an_empty_library_have_no_filters(tmp_path, minimal, qtbot):
    one = LibraryView([minimal], [], "sv", FIXTURES, True)
    qtbot.addWidget(one)
    assert one.filter_bar is None and one.filters == {} and one.count_label.text() == "1 scenario"
    assert one.filter_state() == {}
    empty = LibraryView([], [], "sv", tmp_path, True)
    qtbot.addWidget(empty)
    assert empty.filter_bar is None and empty.empty_state is not None and empty.no_match.isHidden()


def test_the_window_library_has_the_filters(qtbot):
    window = MainWindow.from_folder(SCENARIOS, "sv")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    view = window.library
    assert isinstance(view.filters["setting"], QComboBox) and view.filter_bar.isVisible()
    choose(view, "setting", "dental_clinic")
    assert view.filter_bar.geometry().bottom() < view.scenario_list.geometry().top(), "the filters are above the list"
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= 1366 and hint.height() <= 768
    for entry in view.entries:
        if not entry.isHidden():
            assert entry.scenario.setting == "dental_clinic"
