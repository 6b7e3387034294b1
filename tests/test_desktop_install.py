"""`timeline-app install-desktop`: the desktop entry, the icon in the hicolor
theme and the MIME type for Timeline collections land in the user's XDG data
folder, and `--uninstall` takes away exactly what was written."""

from __future__ import annotations

import shlex
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from timeline_app.cli import build_parser, main
from timeline_app.core.desktop_install import (
    COLLECTION_MIME_TYPE,
    PNG_SIZES,
    data_home,
    desktop_entry,
    exec_argument,
)

REQUIRED_KEYS = {"Type": "Application", "Name": "Timeline", "Icon": "timeline-app",
                 "Terminal": "false"}


def _tree(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def _entry_keys(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line and not line.startswith("#"))


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


@pytest.fixture
def xdg(tmp_path, monkeypatch) -> Path:
    """A data folder of the test's own, with someone else's entry already in it."""
    root = tmp_path / "share"
    (root / "applications").mkdir(parents=True)
    (root / "applications" / "other.desktop").write_text("[Desktop Entry]\n", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(root))
    return root


@pytest.fixture
def no_tools(tmp_path, monkeypatch) -> None:
    """A PATH without the desktop's cache tools: installing must still work."""
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))


def test_install_writes_a_valid_entry_icons_and_mime_type(xdg, capsys):
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    entry = xdg / "applications" / "timeline-app.desktop"
    assert f"wrote {entry}" in out
    keys = _entry_keys(entry)
    assert {k: keys.get(k) for k in REQUIRED_KEYS} == REQUIRED_KEYS
    assert keys["Exec"].endswith(" gui %F")
    assert COLLECTION_MIME_TYPE in keys["MimeType"].split(";")
    assert "application/pdf" in keys["MimeType"].split(";")
    launcher = keys["Exec"].removesuffix(" gui %F").strip('"')
    assert launcher == "timeline-app" or Path(launcher).is_file() or "-m timeline_app" in launcher
    validator = shutil.which("desktop-file-validate")
    if validator:  # the freedesktop tool's verdict where it is installed
        checked = subprocess.run([validator, str(entry)], capture_output=True, text=True)
        assert checked.returncode == 0 and "error" not in checked.stdout.lower(), checked.stdout
    icons = xdg / "icons" / "hicolor"
    assert (icons / "scalable" / "apps" / "timeline-app.svg").read_bytes().startswith(b"<svg")
    for size in PNG_SIZES:
        assert _png_size(icons / f"{size}x{size}" / "apps" / "timeline-app.png") == (size, size)
    package = ElementTree.parse(xdg / "mime" / "packages" / "timeline-app.xml").getroot()
    ns = "{http://www.freedesktop.org/standards/shared-mime-info}"
    mime = package.find(f"{ns}mime-type")
    assert mime.get("type") == COLLECTION_MIME_TYPE
    assert mime.find(f"{ns}sub-class-of").get("type") == "application/json"
    assert '"format": "timeline-app"' in mime.find(f"{ns}magic/{ns}match").get("value")


def test_uninstall_removes_exactly_what_install_wrote(xdg, no_tools, capsys):
    before = _tree(xdg)
    assert main(["install-desktop"]) == 0
    assert main(["install-desktop"]) == 0  # twice: still one set of files
    assert len(_tree(xdg)) > len(before)
    capsys.readouterr()
    assert main(["install-desktop", "--uninstall"]) == 0
    assert "removed " in capsys.readouterr().out
    assert _tree(xdg) == before  # someone else's entry is still there
    assert main(["install-desktop", "--uninstall"]) == 0
    assert "nothing to remove" in capsys.readouterr().out


def test_the_desktop_caches_are_refreshed_when_their_tools_exist(xdg, capsys):
    tools = [t for t in ("update-desktop-database", "update-mime-database",
                         "gtk-update-icon-cache") if shutil.which(t)]
    assert main(["install-desktop"]) == 0
    out = capsys.readouterr().out
    assert all(f"ran {tool}" in out for tool in tools)
    if "update-mime-database" in tools:  # the MIME type is known to the database
        types = (xdg / "mime" / "types").read_text(encoding="utf-8").split()
        assert COLLECTION_MIME_TYPE in types
    assert main(["install-desktop", "--uninstall"]) == 0
    assert not (xdg / "applications" / "timeline-app.desktop").exists()
    assert not (xdg / "mime").exists() and not (xdg / "icons").exists()
    assert (xdg / "applications" / "other.desktop").is_file()


def test_a_folder_that_cannot_be_written_is_one_line_and_exit_2(tmp_path, monkeypatch,
                                                                capsys):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    assert main(["install-desktop"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("timeline-app: install failed:") and err.count("\n") == 1


def test_the_data_folder_follows_xdg_rules(tmp_path):
    assert data_home({"XDG_DATA_HOME": str(tmp_path), "HOME": "/h"}) == tmp_path
    assert data_home({"XDG_DATA_HOME": "relative", "HOME": "/h"}) == Path("/h/.local/share")
    assert data_home({"HOME": "/h"}) == Path("/h/.local/share")


def test_a_launcher_path_with_spaces_is_quoted_in_exec():
    template = "[Desktop Entry]\nExec=timeline-app gui %F\nMimeType=text/plain;\n"
    entry = desktop_entry(template, ["/opt/My Apps/bin/timeline-app"])
    assert 'Exec="/opt/My Apps/bin/timeline-app" gui %F' in entry
    assert exec_argument('a"b$c') == '"a\\"b\\$c"'
    assert exec_argument("/usr/bin/python3") == "/usr/bin/python3"


def test_the_installed_exec_line_is_a_command_line_timeline_accepts(xdg, no_tools, tmp_path):
    assert main(["install-desktop"]) == 0
    exec_line = _entry_keys(xdg / "applications" / "timeline-app.desktop")["Exec"]
    words = shlex.split(exec_line)
    assert words[-2:] == ["gui", "%F"]
    # What a file manager runs when two files are opened with Timeline:
    files = [str(tmp_path / "a letter.txt"), str(tmp_path / "b.pdf")]
    args = build_parser().parse_args(["gui", *files])
    assert [str(p) for p in args.paths] == files
