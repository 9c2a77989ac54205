"""Address routing: from whatever a resident types to the one responsible あんしんケアセンター.

Light to import (no database, no NLP models): triage calls `Router.find_in_text` on every message.
"""

from routing.find_center import CenterFinding, CenterInfo, CenterOption, find_center
from routing.normalize import normalize_text
from routing.results import Choice, Resolution
from routing.router import Router
from routing.sources import ATTRIBUTION

__all__ = [
    "ATTRIBUTION",
    "CenterFinding",
    "CenterInfo",
    "CenterOption",
    "Choice",
    "Resolution",
    "Router",
    "find_center",
    "normalize_text",
]
