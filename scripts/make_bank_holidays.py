"""Write agent_desktop/domain/bank_holidays.py from the installed holidays library.

    python scripts/make_bank_holidays.py

The office calendar reads bank holidays from that table for the years it covers, so that
start-up does not load the library (which loads every country it knows) to ask about this
year. Run this after upgrading the library: tests/test_calendar.py fails while the table and
the installed library disagree about any year in it.
"""

from __future__ import annotations

import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import holidays

FIRST_YEAR, LAST_YEAR = 2000, 2050
REGIONS = ("ENG", "WLS", "SCT", "NIR")
TARGET = Path(__file__).resolve().parents[1] / "agent_desktop" / "domain" / "bank_holidays.py"


def listed(region: str) -> dict[int, str]:
    days = holidays.country_holidays("GB", subdiv=region, years=range(FIRST_YEAR, LAST_YEAR + 1))
    by_year: dict[int, list[str]] = {year: [] for year in range(FIRST_YEAR, LAST_YEAR + 1)}
    for day in sorted(days):
        if FIRST_YEAR <= day.year <= LAST_YEAR:
            by_year[day.year].append(f"{day:%m%d}")
    return {year: " ".join(days) for year, days in by_year.items()}


def main() -> None:
    lines = [
        '"""Bank holidays of each UK nation, as the holidays library lists them (every day it',
        "names, weekends and substitute days included), one string of MMDD days a year from",
        "FIRST_YEAR to LAST_YEAR.",
        "",
        "Made by scripts/make_bank_holidays.py; do not edit. tests/test_calendar.py checks it",
        'against the library installed."""',
        "",
        f"HOLIDAYS_VERSION = {version('holidays')!r}",
        f"FIRST_YEAR = {FIRST_YEAR}",
        f"LAST_YEAR = {LAST_YEAR}",
        "",
        "BANK_HOLIDAYS: dict[str, tuple[str, ...]] = {",
    ]
    for region in REGIONS:
        lines.append(f"    {region!r}: (")
        for year, days in listed(region).items():
            lines.append(f"        {days!r},  # {year}")
        lines.append("    ),")
    lines.append("}")
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "ruff", "format", str(TARGET)], check=True)


if __name__ == "__main__":
    main()
