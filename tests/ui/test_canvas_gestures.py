"""How wheel turns and Ctrl+clicks change the canvas, as plain arithmetic."""

from __future__ import annotations

import pytest

from timeline_app.ui.canvas_gestures import toggled, wheel_change


def test_one_wheel_notch_zooms_in_by_a_fifth_and_does_not_pan():
    pan, zoom = wheel_change(0, 0, 0, 120, shift=False)
    assert pan == 0 and zoom == pytest.approx(2 ** 0.25)


def test_shift_and_wheel_pans_instead_of_zooming():
    pan, zoom = wheel_change(0, 0, 0, 120, shift=True)
    assert pan == 60 and zoom == 1.0


def test_a_sideways_touchpad_swipe_pans_by_its_pixels():
    assert wheel_change(-35, 2, 0, 0, shift=False) == (-35, 1.0)


def test_ctrl_click_adds_an_event_and_a_second_ctrl_click_removes_it():
    assert toggled([1, 4], 7) == [1, 4, 7]
    assert toggled([1, 4, 7], 4) == [1, 7]
