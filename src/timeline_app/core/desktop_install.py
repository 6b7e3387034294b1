"""Installing Timeline into the person's desktop menus: ``timeline-app install-desktop``.

Writes, under the user's XDG data folder (``$XDG_DATA_HOME`` or
``~/.local/share``): the ``.desktop`` entry (from the packaged one, its
``Exec`` pointing at this installation), the icon in the hicolor theme
(the packaged SVG as scalable, plus PNG sizes when a renderer is given),
and a shared-mime-info package that names Timeline JSON collections so a
file manager opens them with Timeline. The desktop's caches are refreshed
with ``update-desktop-database``, ``update-mime-database`` and
``gtk-update-icon-cache`` when those tools exist; without them nothing fails.

A manifest records every file written and every folder created, so
``--uninstall`` removes exactly those and nothing else. No Qt here: PNG
rendering is handed in as a plain callable by the caller.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from timeline_app.core.collection_format import FORMAT_NAME

APP_ID = "timeline-app"
COLLECTION_MIME_TYPE = "application/x-timeline-collection+json"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
MANIFEST = Path(APP_ID) / "desktop-install.json"
_TOOL_SECONDS = 60
#: Characters that make an Exec argument need quoting (Desktop Entry Spec).
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")

#: A PNG renderer: the icon's size in pixels -> the PNG file's bytes.
PngRenderer = Callable[[int], bytes]
#: The cache a desktop tool leaves in a folder it indexes (relative to the data folder).
_CACHES = {"applications": "mimeinfo.cache", "icons/hicolor": "icon-theme.cache"}


def data_home(environ: Mapping[str, str] = os.environ) -> Path:
    """``$XDG_DATA_HOME`` if set to an absolute path, else ``~/.local/share``."""
    configured = environ.get("XDG_DATA_HOME", "")
    if configured and Path(configured).is_absolute():
        return Path(configured)
    return Path(environ.get("HOME") or Path.home()) / ".local" / "share"


def resource_path(name: str) -> Path:
    """A packaged resource: inside the installed package, or the checkout's resources/."""
    here = Path(__file__).resolve()
    for folder in (here.parents[1] / "resources", here.parents[3] / "resources"):
        if (folder / name).is_file():
            return folder / name
    raise FileNotFoundError(f"the packaged file {name} is missing from this installation")


def exec_argument(argument: str) -> str:
    """One argument of an ``Exec`` line, quoted as the Desktop Entry Spec asks."""
    if argument and not _RESERVED.intersection(argument):
        return argument
    inner = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    return f'"{inner}"'


def launcher_command(environ: Mapping[str, str] = os.environ) -> list[str]:
    """How the desktop should start this installation of Timeline.

    ``timeline-app`` when the launcher on ``PATH`` is this one; otherwise the
    launcher beside this Python (a virtualenv's ``bin``), or this Python
    running the package.
    """
    beside = Path(sys.executable).with_name(APP_ID)
    found = shutil.which(APP_ID, path=environ.get("PATH"))
    if found and (not beside.is_file() or Path(found).resolve() == beside.resolve()):
        return [APP_ID]
    if beside.is_file() and os.access(beside, os.X_OK):
        return [str(beside)]
    return [sys.executable, "-m", "timeline_app"]


def desktop_entry(template: str, command: list[str]) -> str:
    """The packaged entry with ``Exec`` running ``command`` and Timeline
    collections added to the MIME types it opens."""
    lines = []
    for line in template.splitlines():
        key = line.split("=", 1)[0].strip()
        if key == "Exec":
            line = "Exec=" + " ".join(exec_argument(a) for a in command) + " gui %F"
        elif key == "TryExec":
            continue
        elif key == "MimeType" and COLLECTION_MIME_TYPE not in line:
            line = line.rstrip(";") + f";{COLLECTION_MIME_TYPE};"
        lines.append(line)
    return "\n".join(lines) + "\n"


def mime_package() -> str:
    """A shared-mime-info package: Timeline collections are JSON carrying our marker."""
    marker = f'"format": "{FORMAT_NAME}"'
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<mime-info xmlns="http://www.freedesktop.org/standards/shared-mime-info">\n'
        f'  <mime-type type="{COLLECTION_MIME_TYPE}">\n'
        "    <comment>Timeline collection</comment>\n"
        '    <sub-class-of type="application/json"/>\n'
        f'    <generic-icon name="{APP_ID}"/>\n'
        '    <glob pattern="*.timeline.json" weight="60"/>\n'
        '    <magic priority="60">\n'
        f'      <match type="string" offset="0:512" value="{_xml_attr(marker)}"/>\n'
        "    </magic>\n"
        "  </mime-type>\n"
        "</mime-info>\n"
    )


def _xml_attr(text: str) -> str:
    return text.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@dataclass
class InstallReport:
    """What was written (or removed) and which desktop tools ran."""

    files: list[Path] = field(default_factory=list)
    tools: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def lines(self, verb: str) -> list[str]:
        shown = [f"{verb} {path}" for path in self.files]
        shown += [f"ran {tool}" for tool in self.tools]
        return shown + [f"warning: {warning}" for warning in self.warnings]


def planned_files(root: Path, png_sizes: Iterable[int] = PNG_SIZES) -> dict[Path, str]:
    """Every file install writes under ``root``, each with what it holds
    ("entry", "svg", "mime" or "png:SIZE")."""
    icons = root / "icons" / "hicolor"
    files = {root / "applications" / f"{APP_ID}.desktop": "entry",
             icons / "scalable" / "apps" / f"{APP_ID}.svg": "svg",
             root / "mime" / "packages" / f"{APP_ID}.xml": "mime"}
    for size in png_sizes:
        files[icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png"] = f"png:{size}"
    return files


def _contents(kind: str, render_png: PngRenderer | None,
              environ: Mapping[str, str]) -> bytes | None:
    if kind == "entry":
        template = resource_path(f"{APP_ID}.desktop").read_text(encoding="utf-8")
        return desktop_entry(template, launcher_command(environ)).encode("utf-8")
    if kind == "svg":
        return resource_path(f"{APP_ID}.svg").read_bytes()
    if kind == "mime":
        return mime_package().encode("utf-8")
    return render_png(int(kind.split(":")[1])) if render_png is not None else None


def _make_folders(folder: Path, created: list[Path]) -> None:
    missing = []
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
        created.append(path)


def install(render_png: PngRenderer | None = None,
            environ: Mapping[str, str] = os.environ) -> InstallReport:
    """Write the entry, icons and MIME package; raises OSError if a file cannot be written."""
    root = data_home(environ)
    report = InstallReport()
    manifest = _read_manifest(root)
    created: list[Path] = [Path(p) for p in manifest.get("folders", [])]
    written: list[Path] = [Path(p) for p in manifest.get("files", [])]
    sizes = PNG_SIZES if render_png is not None else ()
    for path, kind in planned_files(root, sizes).items():
        data = _contents(kind, render_png, environ)
        if data is None:
            continue
        _make_folders(path.parent, created)
        temporary = path.with_name(path.name + ".part")
        temporary.write_bytes(data)
        os.replace(temporary, path)
        report.files.append(path)
        if path not in written:
            written.append(path)
    _make_folders((root / MANIFEST).parent, created)
    (root / MANIFEST).write_text(json.dumps(
        {"files": [str(p) for p in written], "folders": [str(p) for p in created]},
        indent=1), encoding="utf-8")
    _refresh_caches(root, report, environ)
    return report


def _read_manifest(root: Path) -> dict:
    try:
        data = json.loads((root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def uninstall(environ: Mapping[str, str] = os.environ) -> InstallReport:
    """Remove what ``install`` wrote (by its manifest, else by name) and the
    folders it created once they are empty."""
    root = data_home(environ)
    manifest = _read_manifest(root)
    inside = [Path(p) for p in manifest.get("files", []) if _is_under(Path(p), root)]
    files = inside or list(planned_files(root))
    report = InstallReport()
    for path in files:
        if path.is_file() and not path.is_symlink():
            path.unlink()
            report.files.append(path)
    (root / MANIFEST).unlink(missing_ok=True)
    _refresh_caches(root, report, environ)
    folders = [Path(p) for p in manifest.get("folders", []) if _is_under(Path(p), root)]
    for folder in sorted(folders, key=lambda p: len(p.parts), reverse=True):
        _remove_created_folder(root, folder)
    return report


def _remove_created_folder(root: Path, folder: Path) -> None:
    """Remove a folder install created, once nothing but the tools' caches of
    our own files is left in it; a folder holding anything else stays."""
    if folder == root / "mime" and not (folder / "packages").exists():
        # Everything in a MIME folder is compiled from its packages/, now gone.
        shutil.rmtree(folder, ignore_errors=True)
        return
    cache = _CACHES.get(folder.relative_to(root).as_posix())
    if cache and [p.name for p in folder.iterdir()] == [cache]:
        (folder / cache).unlink()
    try:
        folder.rmdir()  # only if empty: never anything else's
    except OSError:
        pass


def _is_under(path: Path, root: Path) -> bool:
    return path.is_absolute() and ".." not in path.parts and path.is_relative_to(root)


def _refresh_caches(root: Path, report: InstallReport, environ: Mapping[str, str]) -> None:
    """Run each desktop cache tool that is installed; a missing one is no failure."""
    commands = (  # each with the folder it reads
        (["update-desktop-database", "-q", str(root / "applications")], root / "applications"),
        (["update-mime-database", str(root / "mime")], root / "mime" / "packages"),
        (["gtk-update-icon-cache", "-q", "-f", "-t", str(root / "icons" / "hicolor")],
         root / "icons" / "hicolor"),
    )
    for command, reads in commands:
        tool = shutil.which(command[0], path=environ.get("PATH"))
        if tool is None or not reads.is_dir():
            continue
        try:
            done = subprocess.run([tool, *command[1:]], capture_output=True, text=True,
                                  timeout=_TOOL_SECONDS, check=False)
        except (OSError, subprocess.SubprocessError) as exc:
            report.warnings.append(f"{command[0]} did not run: {exc}")
            continue
        report.tools.append(command[0])
        if done.returncode != 0:
            report.warnings.append(f"{command[0]} said: " + " ".join(done.stderr.split())[:300])


__all__ = ["APP_ID", "COLLECTION_MIME_TYPE", "InstallReport", "PNG_SIZES", "data_home",
           "desktop_entry", "exec_argument", "install", "launcher_command", "mime_package",
           "planned_files", "resource_path", "uninstall"]
