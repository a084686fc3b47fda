"""Measured values from media metadata as people read them (command line and window alike).

Metadata stores numbers at full precision (an altitude of ``260.56063829787234``); shown to people they are rounded to what the measurement can mean: coordinates to
6 decimals (about 10 cm), altitudes to a tenth of a metre, other values to at most 3 decimals.
"""

from __future__ import annotations

import math

COORDINATE_PLACES = 6
ALTITUDE_PLACES = 1
OTHER_PLACES = 3


def decimal(value: float, places: int = OTHER_PLACES) -> str:
    """``value`` rounded to ``places`` decimals, without trailing zeros: ``260.6``, ``12``, ``-0.5``.

    ``"?"`` for a value that is not a finite number (a crafted file may hold one).
    """
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return "?"
    text = f"{value:.{places}f}".rstrip("0").rstrip(".") if places else f"{value:.0f}"
    return "0" if text in ("-0", "") else text


def coordinates(lat: float, lon: float) -> str:
    """Latitude and longitude in degrees, 6 decimals each: ``"48.858370, 2.294481"``."""
    if not all(isinstance(v, int | float) and math.isfinite(v) for v in (lat, lon)):
        return "?"
    return f"{lat:.{COORDINATE_PLACES}f}, {lon:.{COORDINATE_PLACES}f}"


def altitude(metres: float) -> str:
    """An altitude's number, to a tenth of a metre (the unit is the caller's to add): ``"260.6"``."""
    return decimal(metres, ALTITUDE_PLACES)
