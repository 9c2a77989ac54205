"""Business hours in Japan: weekdays, minus public holidays (jpholiday) and 年末年始."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import jpholiday

JST = ZoneInfo("Asia/Tokyo")
WEEKDAYS_JA = "月火水木金土日"


class BusinessHours:
    def __init__(self, opens: time = time(9, 0), closes: time = time(17, 0)):
        self.opens = opens
        self.closes = closes

    @staticmethod
    def is_business_day(day: date) -> bool:
        year_end = (day.month == 12 and day.day >= 29) or (day.month == 1 and day.day <= 3)
        return day.weekday() < 5 and not jpholiday.is_holiday(day) and not year_end

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(JST)
        return self.is_business_day(local.date()) and self.opens <= local.time() < self.closes

    def next_opening(self, moment: datetime) -> datetime:
        """The next moment the centers open (the moment itself if open now)."""
        if self.is_open(moment):
            return moment
        local = moment.astimezone(JST)
        day = local.date() if local.time() < self.opens else local.date() + timedelta(days=1)
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return datetime.combine(day, self.opens, JST)

    def add_business_days(self, moment: datetime, days: int) -> datetime:
        """The same clock time `days` business days later (for reminders)."""
        local = moment.astimezone(JST)
        day = local.date()
        while days > 0:
            day += timedelta(days=1)
            if self.is_business_day(day):
                days -= 1
        return datetime.combine(day, local.timetz().replace(tzinfo=None), JST)

    @staticmethod
    def describe_day(moment: datetime) -> str:
        local = moment.astimezone(JST)
        return f"{local.month}月{local.day}日({WEEKDAYS_JA[local.weekday()]})"
