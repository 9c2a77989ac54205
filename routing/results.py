"""What the router concludes: a `Resolution` and the `Choice`s it may offer the resident."""

from __future__ import annotations

from dataclasses import asdict, dataclass

KIND_CENTER = "center"
KIND_AMBIGUOUS = "ambiguous"
KIND_OUTSIDE = "outside_city"
KIND_UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Choice:
    """One answer the resident can pick: a center and the town (and 丁目) that lead to it."""

    center_id: str
    ward: str | None
    town: str | None
    chome: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Resolution:
    """What the router concluded from one text, location or postal code.

    kind: "center" | "ambiguous" | "outside_city" | "unknown".
    ask (ambiguous only): "chome" (choices per center with their 丁目), "town" (the towns to
    choose from) or "ward" (only 千葉市 was given).
    """

    kind: str
    method: str | None = None  # "address" | "postal_code" | "location"
    center_id: str | None = None
    center_name: str | None = None
    ward: str | None = None
    town: str | None = None
    chome: int | None = None
    ask: str | None = None
    candidates: tuple[str, ...] = ()
    choices: tuple[Choice, ...] = ()
    municipality: str | None = None
    prefecture: str | None = None
    flags: tuple[str, ...] = ()
    to_confirm: bool = False
    matched: str | None = None
    distance_km: float | None = None
    # Where the address is in the text it was found in (start, end), as given by the caller.
    span: tuple[int, int] | None = None

    def to_dict(self) -> dict[str, object]:
        data = asdict(self)
        data["candidates"] = list(self.candidates)
        data["choices"] = [
            {"center_id": c.center_id, "ward": c.ward, "town": c.town, "chome": list(c.chome)} for c in self.choices
        ]
        data["flags"] = list(self.flags)
        data["span"] = list(self.span) if self.span else None
        return data


UNKNOWN = Resolution(KIND_UNKNOWN)
