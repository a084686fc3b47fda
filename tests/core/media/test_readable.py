"""Measured metadata values rounded for people: coordinates, altitudes, other decimals."""

from __future__ import annotations

import math

from humdoc.core.media import readable


def test_altitude_to_a_tenth_of_a_metre() -> None:
    assert readable.altitude(260.56063829787234) == "260.6"
    assert readable.altitude(12.0) == "12"
    assert readable.altitude(-3.04) == "-3"
    assert readable.altitude(-0.01) == "0"
    assert readable.altitude(math.nan) == "?"


def test_coordinates_to_six_decimals() -> None:
    assert readable.coordinates(43.4674483333, 11.8851266667) == "43.467448, 11.885127"
    assert readable.coordinates(-33.8, 151) == "-33.800000, 151.000000"
    assert readable.coordinates(math.inf, 0.0) == "?"


def test_other_decimals_at_most_three_places() -> None:
    assert readable.decimal(1 / 3) == "0.333"
    assert readable.decimal(2.5) == "2.5"
    assert readable.decimal(7) == "7"
