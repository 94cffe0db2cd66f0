"""Find, open, edit, save and verify households the way an operator does, by keyboard where it matters."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from siks_desktop.dto import HouseholdQuery

from .conftest import TODAY, screenshot, wait_idle


def open_data(qtbot, window, runner):  # type: ignore[no-untyped-def]
    window.show_data()
    wait_idle(qtbot, runner)
    return window.data.list


def search(qtbot, page, runner, text: str) -> None:  # type: ignore[no-untyped-def]
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.wait(200)  # debounce
    wait_idle(qtbot, runner)


def open_household(qtbot, window, runner, household_id: int):  # type: ignore[no-untyped-def]
    window.data.open_household(household_id)
    wait_idle(qtbot, runner)
    form = window.data.form
    assert window.data.currentWidget() is form
    return form


def visited_household(services):  # type: ignore[no-untyped-def]
    """A found household (status 1) with at least two members."""
    page = services.households.search(HouseholdQuery(status=1), limit=50)
    for row in page.items:
        if row.member_count >= 2:
            return services.households.get(row.id)
    raise AssertionError("demo has no suitable household")


def test_list_shows_counts_and_pages(qtbot, window, runner):  # type: ignore[no-untyped-def]
    page = open_data(qtbot, window, runner)
    assert page.model.rowCount() == 60
    assert page.counts.text().startswith("60 rumah tangga · ")
    assert "jiwa" in page.counts.text()
    screenshot(window, "03_list")


def test_search_by_name_fragment(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    member = hh.members[-1]
    fragment = member.nama.split()[0][1:5].lower()  # part of a word, lower case
    page = open_data(qtbot, window, runner)
    search(qtbot, page, runner, fragment)
    expected = services.households.search(HouseholdQuery(text=fragment), limit=1000).total
    assert 1 <= page.model.rowCount() == expected < 60
    ids = {page.model.row_at(r).id for r in range(page.model.rowCount())}
    assert hh.id in ids
    assert "rumah tangga" in page.counts.text()


def test_search_by_nik_prefix(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    nik = next(m.nik for m in hh.members if m.nik)
    page = open_data(qtbot, window, runner)
    search(qtbot, page, runner, nik)
    assert page.model.rowCount() == 1
    assert page.model.row_at(0).id == hh.id


def test_filter_by_status(qtbot, window, runner):  # type: ignore[no-untyped-def]
    page = open_data(qtbot, window, runner)
    page.status.setCurrentIndex(page.status.findData(0))  # belum diverval
    wait_idle(qtbot, runner)
    assert 0 < page.model.rowCount() < 60
    assert all(page.model.row_at(r).status_verval is None for r in range(page.model.rowCount()))


def test_sort_by_name(qtbot, window, runner):  # type: ignore[no-untyped-def]
    page = open_data(qtbot, window, runner)
    page.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    wait_idle(qtbot, runner)
    names = [page.model.row_at(r).nama_krt or "" for r in range(page.model.rowCount())]
    assert page.model.query.sort == "nama_krt"
    assert names[:5] == sorted(names)[:5] or names == sorted(names, key=str.casefold) or len(names) == 60


def test_enter_opens_the_form(qtbot, window, runner):  # type: ignore[no-untyped-def]
    page = open_data(qtbot, window, runner)
    page.select_row(0)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    wait_idle(qtbot, runner)
    assert window.data.currentWidget() is window.data.form
    assert window.data.form.base.id == page.model.row_at(0).id


def test_edit_member_pendidikan_save_and_see_it(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    index = next(i for i, m in enumerate(hh.members) if m.get("partisipasi_sekolah") in (1, 2))
    before = hh.members[index].get("pendidikan")
    new_code = 10 if before != 10 else 7
    form = open_household(qtbot, window, runner, hh.id)
    form.tabs.setCurrentIndex(3)
    form.select_member(index)
    combo = form.member_fields["pendidikan"].editor
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), str(new_code))
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert combo.currentText() == "10 — Perguruan tinggi" if new_code == 10 else "07 — SMA/SMK/SMALB"
    assert form.dirty and "(belum disimpan)" in form.title.text()
    screenshot(window, "05_roster")
    qtbot.keyClick(form.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    wait_idle(qtbot, runner)
    assert not form.dirty
    saved = services.households.get(hh.id)
    assert saved.members[index].get("pendidikan") == new_code
    assert saved.revision == hh.revision + 1
    form.request_close()
    assert window.data.currentWidget() is window.data.list
    page = window.data.list
    search(qtbot, page, runner, hh.members[0].nik or hh.members[0].nama)
    assert page.model.row_at(0).id == hh.id


def test_typed_code_becomes_display(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    form.tabs.setCurrentIndex(2)
    combo = form.ruta_fields["sumber_airminum"].editor
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "3")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert combo.currentText() == "03 — Leding meteran"
    assert form.ruta["sumber_airminum"] == 3
    assert form.ruta_fields["nomor_meter_air"].isEnabled()  # III.7a applies to leding meteran only
    combo.setFocus()
    combo.lineEdit().selectAll()
    qtbot.keyClicks(combo.lineEdit(), "1")
    qtbot.keyClick(combo.lineEdit(), Qt.Key.Key_Tab)
    assert combo.currentText() == "01 — Air kemasan bermerk"
    assert not form.ruta_fields["nomor_meter_air"].isEnabled()  # skip rule greys it out


BAD_INPUTS = [
    ("art", "nik", "123", "IV.3 NIK harus 16 digit angka"),
    ("art", "tanggal_lahir", "31-02-1990", "IV.8b Tanggal lahir harus tanggal yang benar"),
    ("art", "tanggal_lahir", "01-01-2030", "IV.8b Tanggal lahir tidak boleh tanggal yang akan datang"),
    ("art", "jam_kerja", "200", "IV.21 Jumlah jam kerja seminggu lalu harus bernilai antara 0 dan 168"),
    ("ruta", "luas_lantai", "0", "III.2 Luas lantai (m²) harus bernilai antara 1 dan 10000"),
    ("ruta", "luas_lantai", "dua", "III.2 Luas lantai (m²) harus berupa angka bulat"),
    ("ruta", "sumber_airminum", "99", "III.7 Sumber air minum berisi kode yang tidak ada dalam daftar kode"),
    ("ruta", "jumlah_kamar", "51", "III.6 Jumlah kamar tidur harus bernilai antara 0 dan 50"),
]


@pytest.mark.parametrize(("level", "field", "typed", "expected"), BAD_INPUTS,
                         ids=[f"{f}={t}" for _, f, t, _ in BAD_INPUTS])
def test_bad_input_shows_message_next_to_field(qtbot, window, runner, services, level, field, typed,
                                               expected):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    if level == "art":
        form.tabs.setCurrentIndex(3)
        form.select_member(0)
        if field == "jam_kerja":  # make sure the item applies: an adult who works
            form.members[0]["bekerja"] = 1
            form.members[0]["tanggal_lahir"] = dt.date(1980, 1, 1)
            form.select_member(0)
            form.current_member = None
            form.select_member(0)
        box = form.member_fields[field]
    else:
        form.tabs.setCurrentIndex(2 if field != "luas_lantai" else 2)
        box = form.ruta_fields[field]
    editor = box.editor
    target = editor.lineEdit() if hasattr(editor, "lineEdit") and editor.lineEdit() else editor
    editor.setFocus()
    target.selectAll() if hasattr(target, "selectAll") else None
    if field == "tanggal_lahir":
        target.clear()
        qtbot.keyClicks(target, typed.replace("-", ""))
    else:
        target.clear()
        qtbot.keyClicks(target, typed)
    qtbot.keyClick(target, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: box.message.isVisible(), timeout=2000)
    assert box.message.text().startswith(expected), box.message.text()
    panel = [form.problem_list.item(i).text() for i in range(form.problem_list.count())]
    assert any(expected in line for line in panel)
    if field == "luas_lantai" and typed == "0":
        screenshot(window, "04_form_error")


def test_problem_click_jumps_to_field(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    form.tabs.setCurrentIndex(0)
    form.ruta_fields["luas_lantai"].editor.setText("0")
    form.ruta_fields["luas_lantai"].editor.textEdited.emit("0")
    form.validate()
    item = next(form.problem_list.item(i) for i in range(form.problem_list.count())
                if "Luas lantai" in form.problem_list.item(i).text())
    form.problem_list.itemClicked.emit(item)
    assert form.tabs.currentIndex() == 2
    assert form.focusWidget() is form.ruta_fields["luas_lantai"].editor or not window.isActiveWindow()


def test_final_with_errors_is_refused(qtbot, window, runner, services, messages):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    form.ruta_fields["sta_bangunan"].editor.set_value(None)
    form.ruta["sta_bangunan"] = None
    form.state.setCurrentIndex(form.state.findData("final"))
    form.save()
    wait_idle(qtbot, runner)
    assert messages and "belum lolos pemeriksaan" in messages[-1]
    assert services.households.get(hh.id).revision == hh.revision


def test_status_entry(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    """Verval: II.5 hasil verivali and IV.24 keberadaan ART of one member, saved from the form."""
    page = services.households.search(HouseholdQuery(status=0), limit=10)
    row = next(r for r in page.items if r.member_count >= 1)
    form = open_household(qtbot, window, runner, row.id)
    form.tabs.setCurrentIndex(1)
    status = form.ruta_fields["status_verval"].editor
    status.setFocus()
    qtbot.keyClicks(status.lineEdit(), "1")
    qtbot.keyClick(status.lineEdit(), Qt.Key.Key_Tab)
    form.tabs.setCurrentIndex(3)
    last = form.roster.rowCount() - 1
    form.select_member(last)
    art = form.member_fields["status_art"].editor
    art.setFocus()
    art.lineEdit().selectAll()
    qtbot.keyClicks(art.lineEdit(), "2")
    qtbot.keyClick(art.lineEdit(), Qt.Key.Key_Tab)
    assert form.roster.item(last, 7).text() == "Meninggal"
    form.save()
    wait_idle(qtbot, runner)
    saved = services.households.get(row.id)
    assert saved.values["status_verval"] == 1
    assert saved.members[last].get("status_art") == 2


def test_roster_add_remove_reorder_by_keyboard(qtbot, window, runner, services, answers):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    n = len(hh.members)
    form.tabs.setCurrentIndex(3)
    form.roster.setFocus()
    qtbot.keyClick(form.roster, Qt.Key.Key_Insert)
    assert form.roster.rowCount() == n + 1 and form.current_member == n
    qtbot.keyClicks(form.member_fields["nama"].editor, "ART Baru")
    assert form.roster.item(n, 2).text() == "ART Baru"
    form.roster.setFocus()
    qtbot.keyClick(form.roster, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert form.roster.item(n - 1, 2).text() == "ART Baru" and form.current_member == n - 1
    answers.append("yes")
    qtbot.keyClick(form.roster, Qt.Key.Key_Delete)
    assert form.roster.rowCount() == n
    assert all(form.roster.item(i, 2).text() != "ART Baru" for i in range(n))


def test_usulan_baru_from_scratch(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    page = open_data(qtbot, window, runner)
    page.new_button.click()
    form = window.data.form
    assert form.base.id is None and form.ruta["status_verval"] == 7
    form.ruta_fields["alamat"].editor.setText("Jl. Percobaan No. 1")
    form.ruta_fields["alamat"].editor.textEdited.emit("Jl. Percobaan No. 1")
    form.ruta_fields["rw"].editor.setText("001")
    form.ruta_fields["rw"].editor.textEdited.emit("001")
    form.select_member(0)
    form.member_fields["nama"].editor.setText("Warga Baru")
    form.member_fields["nama"].editor.textEdited.emit("Warga Baru")
    form.save()
    wait_idle(qtbot, runner)
    assert form.base.id is not None
    saved = services.households.get(form.base.id)
    assert saved.jenis == "usulan_baru" and saved.members[0].nama == "Warga Baru"
    assert "usulan_baru" in {s.sumber for s in saved.sources}


def test_draft_survives_a_crash(qtbot, ui_env, services, runner, messages, answers):  # type: ignore[no-untyped-def]
    """Type into a form, let the autosave write the draft, drop the window without saving, reopen: offered back."""
    from ui.app import build_context
    from ui.main_window import MainWindow
    from ui.prefs import Prefs

    operator = services.login("operator", "siks-demo")
    hh = visited_household(services)
    win = MainWindow(build_context(operator, runner, Prefs(), "crash.db"))
    qtbot.addWidget(win)
    win.show()
    wait_idle(qtbot, runner)
    win.data.open_household(hh.id)
    wait_idle(qtbot, runner)
    form = win.data.form
    form.tabs.setCurrentIndex(0)
    editor = form.ruta_fields["alamat"].editor
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Jl. Draf Tersimpan 9")
    qtbot.waitUntil(lambda: win.data.ctx.drafts.exists(hh.id), timeout=5000)
    # the crash: no save, no close event, the window object just goes away
    form.dirty = False
    form._autosave.stop()
    win.hide()
    win.deleteLater()
    qtbot.wait(20)

    win2 = MainWindow(build_context(operator, runner, Prefs(), "crash.db"))
    qtbot.addWidget(win2)
    win2.show()
    wait_idle(qtbot, runner)
    answers.append("restore")
    win2.data.open_household(hh.id)
    wait_idle(qtbot, runner)
    assert answers.asked == ["Draf ditemukan"]
    form2 = win2.data.form
    assert form2.ruta_fields["alamat"].editor.text() == "Jl. Draf Tersimpan 9"
    assert form2.dirty
    form2.save()
    wait_idle(qtbot, runner)
    assert services.households.get(hh.id).values["alamat"] == "Jl. Draf Tersimpan 9"
    assert not win2.data.ctx.drafts.exists(hh.id)  # removed after a successful save


def test_unsaved_changes_guard(qtbot, window, runner, services, answers):  # type: ignore[no-untyped-def]
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    editor = form.ruta_fields["alamat"].editor
    editor.setFocus()
    qtbot.keyClicks(editor, " X")
    answers.append("cancel")
    form.request_close()
    assert window.data.currentWidget() is form
    answers.append("discard")
    form.request_close()
    assert window.data.currentWidget() is window.data.list
    assert services.households.get(hh.id).values["alamat"] == hh.values["alamat"]
    assert not window.data.ctx.drafts.exists(hh.id)


def test_today_is_fixed() -> None:
    assert TODAY == dt.date(2023, 7, 31)


def test_screens_of_every_block(qtbot, window, runner, services):  # type: ignore[no-untyped-def]
    """Screenshots of each block for the 1366×768 layout check (test-output/screens/06_blok_*.png)."""
    hh = visited_household(services)
    form = open_household(qtbot, window, runner, hh.id)
    for i in range(form.tabs.count()):
        form.tabs.setCurrentIndex(i)
        qtbot.wait(5)
        screenshot(window, f"06_blok_{i + 1}")
    assert form.tabs.count() == 5
