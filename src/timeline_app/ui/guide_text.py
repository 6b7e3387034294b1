"""The text of Help ▸ Guide: a short tour in our own words.

Kept as simple Markdown in a module of its own so the wording can change
without touching the dialog; the arrow keys' sentence comes from the same
declaration the canvas obeys (``canvas_keys``).
"""

from __future__ import annotations

from timeline_app.ui.canvas_keys import ARROW_KEYS_TIP

GUIDE_MARKDOWN = f"""
# Timeline in five steps

Timeline reads the documents a movement leaves behind — press releases, articles,
letters, e-mails — finds the events in them and puts them on one timeline.

## 1. Import

Use **File ▸ Import Files…** or **File ▸ Import Folder…**, or drop files and folders
on the window. Text, HTML, PDF, Word, Markdown and e-mail files are read; a Timeline
JSON collection brings in someone else's corrected timeline. The import window lists
every file with what became of it; files already imported are skipped.

## 2. Filter

The **Filters** pane on the left narrows what you see: organisations, people, a range
of years, kinds of event, and a search of the documents' words. Type words to find
documents containing them; put words in double quotes to find a phrase; end a word
with `*` to find every word it begins. **Edit ▸ Clear Filters** shows everything again.

## 3. Read

The timeline shows each kind of event in its own lane, with its own colour and shape.
Zoom with the wheel, a pinch, or the **+** and **−** keys; drag to move through time;
**Home** fits where the events are (a few far-off dates, such as a founding year, are
left out; the status line says so) and **Home** again shows everything. The strip below
the timeline shows where all events lie and which part you are looking at — drag its box to move.

Click an event to read it in the **Event** pane: its date, organisations and people,
and the document it came from with the sentence it was found in highlighted.

**The arrow keys:** {ARROW_KEYS_TIP} Enter zooms to the selected event, Space selects
the event nearest the centre, Escape clears the selection.

## 4. Correct

Everything found automatically can be wrong. Edit an event's title, date, kind, names,
tags or note in the Event pane; your edits survive a re-import. Right-click a name in
the Filters pane to rename it or merge it into another. **Edit ▸ Add Event…** adds what
no document says; **Delete** removes the selected events. Every change can be undone.

## 5. Export

**File ▸ Export…** saves what the filters show: a Timeline JSON collection to share,
a spreadsheet (CSV), a calendar (iCalendar), a TimelineJS file for a web page, or a
picture of the timeline (PNG, SVG or PDF).

## More

**Help ▸ Keyboard Shortcuts** lists every key. **Edit ▸ Preferences…** chooses the
theme, how dates are written, the lanes a new window starts with and how many
processes an import uses.
"""

__all__ = ["GUIDE_MARKDOWN"]
