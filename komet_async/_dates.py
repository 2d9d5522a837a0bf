"""Calendar arithmetic for Komet's date windows (request checks and range splitting)."""

from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """``day`` moved by whole months, clamped to the month's last day.

    >>> add_months(dt.date(2026, 1, 31), 1), add_months(dt.date(2028, 2, 29), 12)
    (datetime.date(2026, 2, 28), datetime.date(2029, 2, 28))
    """
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return day.replace(
        year=year, month=month, day=min(day.day, calendar.monthrange(year, month)[1])
    )


def window_end(first: dt.date, days: int) -> dt.date:
    """The last day a window of ``days`` calendar days starting on ``first`` may reach."""
    return first + dt.timedelta(days=days - 1)
