"""Data Rumah Tangga: the list and the form in one stacked page, so the list keeps its scroll position and
selection while a household is open."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QStackedWidget, QWidget

from siks_desktop.dto import HouseholdDTO, SaveResult

from ..context import AppContext
from ..dialogs import ask
from ..form.household_form import HouseholdForm, new_household
from ..i18n import fmt_date, fmt_date_long
from .households import HouseholdListPage


class DataPage(QStackedWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.list = HouseholdListPage(ctx)
        self.form = HouseholdForm(ctx)
        self.addWidget(self.list)
        self.addWidget(self.form)
        self.list.open_household.connect(self.open_household)
        self.list.new_household.connect(self.new_household)
        self.form.closed.connect(self.show_list)
        self.form.saved.connect(self._saved)
        self.form.step_requested.connect(self._step)
        QShortcut(QKeySequence.StandardKey.New, self, activated=self.new_household)

    def show_list(self) -> None:
        self.setCurrentWidget(self.list)
        self.list.table.setFocus()

    def can_leave(self) -> bool:
        return self.currentWidget() is not self.form or self.form.confirm_leave()

    def open_household(self, household_id: int) -> None:
        if self.currentWidget() is self.form and not self.form.confirm_leave():
            return
        households = self.ctx.services.households
        self.ctx.runner.run(lambda: households.get(household_id), self._show_loaded)

    def _show_loaded(self, hh: HouseholdDTO) -> None:
        draft = self.ctx.drafts.load(hh.id)
        if draft is not None and self._offer_draft(draft[1]):
            self.form.load(draft[0], dirty=True)
        else:
            if draft is not None:
                self.ctx.drafts.remove(hh.id)
            self.form.load(hh)
        self._show_form()
        self.form.tabs.currentWidget().setFocus()
        self.form.focusNextChild()

    def new_household(self) -> None:
        if self.currentWidget() is self.form and not self.form.confirm_leave():
            return
        draft = self.ctx.drafts.load(None)
        if draft is not None and self._offer_draft(draft[1]):
            self.form.load(draft[0], dirty=True)
        else:
            if draft is not None:
                self.ctx.drafts.remove(None)
            self.form.load(new_household(self.ctx))
        self._show_form()
        self.form.focus_field("nama_sls")

    def _show_form(self) -> None:
        self.setCurrentWidget(self.form)
        window = self.window()
        if hasattr(window, "show_data"):
            window.show_data()

    def _offer_draft(self, saved_at) -> bool:  # type: ignore[no-untyped-def]
        when = f"{fmt_date_long(saved_at.date())} {saved_at:%H:%M}"
        answer = ask.question(
            self, self.tr("Draf ditemukan"),
            self.tr("Ada draf yang belum disimpan dari {when} (mungkin karena aplikasi tertutup mendadak). "
                    "Pulihkan draf itu?").format(when=when),
            [("restore", self.tr("Pulihkan draf")), ("discard", self.tr("Buang draf"))], "restore")
        return answer == "restore"

    def _saved(self, result: SaveResult) -> None:
        self.list.refresh()
        self.list.load_rw_rt()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Tersimpan ({state}, revisi {rev})").format(
                state=result.household.record_state, rev=result.household.revision), 5000)

    def _step(self, step: int) -> None:
        current = self.form.base.id if self.form.base else None
        if current is None:
            return
        target = self.list.next_id(current, step)
        if target is not None:
            self.form.dirty = False
            self.open_household(target)


__all__ = ["DataPage", "fmt_date"]
