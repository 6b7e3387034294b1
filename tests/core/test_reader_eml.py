"""E-mails: subject, date, sender and body, preferring the plain part, in
any charset; a malformed date costs only the date."""

from __future__ import annotations

import random

from timeline_app.core.readers import read_file

from reader_files import CURLY, make_eml, read_error, write


def test_eml_subject_date_sender_and_plain_body(tmp_path):
    path = make_eml(tmp_path, plain=CURLY + "\nSee you there.\n")

    document = read_file(path)

    assert document.format == "eml"
    assert document.text == CURLY + "\nSee you there."
    assert (document.title, document.published, document.source) == (
        "Walkout on Tuesday", "2017-02-07", "NUS Press Office",
    )


def test_eml_prefers_the_plain_part_of_an_alternative(tmp_path):
    path = make_eml(
        tmp_path,
        plain="Plain version of the notice.",
        html="<html><body><p>HTML version of the notice.</p></body></html>",
    )

    assert read_file(path).text == "Plain version of the notice."


def test_html_only_eml_body_goes_through_html_text_extraction(tmp_path):
    html = (
        "<html><head><script>var emailScriptMarker = 1;</script></head><body>"
        "<p>The occupation of the library continues into its second week.</p></body></html>"
    )
    path = make_eml(tmp_path, html=html)

    text = read_file(path).text

    assert text == "The occupation of the library continues into its second week."


def test_eml_with_malformed_date_still_imports_without_a_date(tmp_path):
    path = make_eml(tmp_path, date="Tuesday the 45th of Smarch", plain="Walkout at noon.")

    document = read_file(path)

    assert (document.text, document.published) == ("Walkout at noon.", None)


def test_eml_sender_without_display_name_is_known_by_domain(tmp_path):
    path = make_eml(tmp_path, sender="press@nus.org.uk", plain="Walkout at noon.")

    assert read_file(path).source == "nus.org.uk"


def test_eml_body_in_windows_1252_keeps_its_quotes(tmp_path):
    path = make_eml(tmp_path, plain=CURLY, charset="cp1252")

    assert read_file(path).text == CURLY


def test_binary_file_named_eml_is_not_text(tmp_path):
    path = write(tmp_path, "noise.eml", random.Random(3).randbytes(4096))

    assert read_error(path) == "not a text file (binary data)"
