"""Per-user window preferences (language, font size) in an INI file; ``$SIKS_UI_CONFIG`` overrides its path (tests)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_config_dir, user_data_dir
from PySide6.QtCore import QSettings

APP_NAME = "SIKS Desktop"


def config_path() -> Path:
    override = os.environ.get("SIKS_UI_CONFIG")
    if override:
        return Path(override)
    return Path(user_config_dir(APP_NAME, appauthor=False)) / "siks-ui.ini"


def data_dir() -> Path:
    """Per-user data directory (drafts live under it); ``$SIKS_DATA_DIR`` overrides (tests)."""
    override = os.environ.get("SIKS_DATA_DIR")
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


class Prefs:
    def __init__(self, path: Path | None = None) -> None:
        self._s = QSettings(str(path or config_path()), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        return str(self._s.value("language", "id"))

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("language", value)
        self._s.sync()

    @property
    def font_size(self) -> int:
        try:
            return int(self._s.value("font_size", 10))
        except (TypeError, ValueError):
            return 10

    @font_size.setter
    def font_size(self, value: int) -> None:
        self._s.setValue("font_size", int(value))
        self._s.sync()

    @property
    def last_user(self) -> str:
        return str(self._s.value("last_user", ""))

    @last_user.setter
    def last_user(self, value: str) -> None:
        self._s.setValue("last_user", value)
        self._s.sync()
