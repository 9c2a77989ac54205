"""Structured JSON logs carrying the request id. Message bodies and personal data are never logged."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TypeAlias

from asgi_correlation_id import CorrelationIdFilter
from pythonjsonlogger.json import JsonFormatter

# What logging passes to Formatter.formatException (typeshed's private _SysExcInfoType).
ExcInfo: TypeAlias = tuple[type[BaseException], BaseException, TracebackType | None] | tuple[None, None, None]


def redact_error(text: str) -> str:
    """An error's text without PostgreSQL's DETAIL lines, which quote the failing row or key.

    ("DETAIL: Failing row contains (…)" would put a resident's address or phone number into the
    logs; bound parameters are already hidden by the engine, see core.db.make_engine.)
    """
    return "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("DETAIL:"))


class RedactingJsonFormatter(JsonFormatter):
    # JsonFormatter itself overrides logging.Formatter with this wider return type (and the same ignore):
    # a list of lines when made with exc_info_as_array=True, which this project never does.
    def formatException(self, ei: ExcInfo) -> str | list[str]:  # type: ignore[override]
        formatted = super().formatException(ei)
        if isinstance(formatted, list):
            return redact_error("\n".join(formatted)).splitlines()
        return redact_error(formatted)


class RedactingFormatter(logging.Formatter):
    def formatException(self, ei: ExcInfo) -> str:
        return redact_error(super().formatException(ei))


def make_formatter(json_logs: bool = True) -> logging.Formatter:
    if json_logs:
        return RedactingJsonFormatter(
            "%(asctime)s %(levelname)s %(name)s %(message)s %(correlation_id)s",
            rename_fields={"asctime": "time", "levelname": "level", "correlation_id": "request_id"},
        )
    return RedactingFormatter("%(asctime)s %(levelname)s [%(correlation_id)s] %(name)s: %(message)s")


def configure_logging(level: str = "INFO", json_logs: bool = True) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.addFilter(CorrelationIdFilter(uuid_length=32, default_value="-"))
    handler.setFormatter(make_formatter(json_logs))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # The access log would print query strings; our own events log what matters.
    logging.getLogger("uvicorn.access").setLevel(logging.WARNING)
