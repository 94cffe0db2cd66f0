"""Every message in the English catalogue is translated and keeps the placeholders of its Indonesian source."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "siks_en.ts"
PLACEHOLDER = re.compile(r"%[1-9]|\{[^{}]*\}")
MNEMONIC = re.compile(r"&(?!&)(?=\w)")


def test_english_catalogue_complete() -> None:
    problems: list[str] = []
    messages = 0
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            messages += 1
            source = message.findtext("source") or ""
            translation = message.find("translation")
            where = f"{name}: {source!r}"
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
                problems.append(f"{where} is not translated")
                continue
            text = translation.text or ""
            if not text.strip():
                problems.append(f"{where} has an empty translation")
            if Counter(PLACEHOLDER.findall(source)) != Counter(PLACEHOLDER.findall(text)):
                problems.append(f"{where} -> {text!r}: placeholders differ")
            if bool(MNEMONIC.search(source)) != bool(MNEMONIC.search(text)):
                problems.append(f"{where} -> {text!r}: mnemonic (&) added or lost")
    assert messages > 400
    assert not problems, "\n".join(problems)
