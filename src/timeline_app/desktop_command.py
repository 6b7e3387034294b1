"""``timeline-app install-desktop [--uninstall]``: the command around
``core.desktop_install``, with the icon's PNG sizes drawn by Qt when Qt
loads (without it, the scalable SVG alone is installed)."""

from __future__ import annotations

import sys

from .core.desktop_install import APP_ID, install, resource_path, uninstall


def _png_renderer():
    try:
        from .ui.icon_render import png_renderer

        return png_renderer(resource_path(f"{APP_ID}.svg"))
    except (ImportError, ValueError, OSError) as exc:
        print(f"timeline-app: installing the scalable icon only ({exc})", file=sys.stderr)
        return None


def run_install_desktop(remove: bool) -> int:
    """0 when done, 2 when a file could not be written or removed."""
    try:
        report = uninstall() if remove else install(_png_renderer())
    except OSError as exc:
        print(f"timeline-app: {'uninstall' if remove else 'install'} failed: {exc}",
              file=sys.stderr)
        return 2
    for line in report.lines("removed" if remove else "wrote"):
        print(line)
    if remove and not report.files:
        print("nothing to remove: Timeline was not installed for this user")
    elif not remove:
        print("Timeline is in the desktop's menus; a new session may be needed to see it.")
    return 0


__all__ = ["run_install_desktop"]
