"""Page furniture that made events or titles (stop 61): a sign-up prompt led by a slogan, a service's banner
drawn in repeated capitals, a link to the page's film, and a caption credited in square brackets above a byline."""

from __future__ import annotations

import pytest

from test_extract_kinds_and_main import _main  # the document's extraction and its main event

from timeline_app.core.extract.page_furniture import is_page_furniture


_FURNITURE = ["Stay informed: Sign up for the Harbourton Weekly newsletter and keep reading.",
              "Read better news: sign up to our morning briefing",
              "Q QQ QQQQ The Westbrook Wire Service QQ QQ QQ QQ WIREWIREWIRE QQQQ QQQQ",
              "Watch the full video of the picket outside Kea Holm depot on 4 May 2021.",
              "Watch edited footage of the march through Lakeland"]
# a sign-up for the act itself or a union's own alerts, a few doubled letters in a name, "watch" as a plain verb
_NO_FURNITURE = ["Nurses: Sign up for the strike rota at the Arlen ward", "NHS AA Group backs the Lakeland cleaners",
                 "Her plea: sign up for picket updates from the Kea Holm guild, then join the rally on Friday.",
                 "Stewards urged: sign up for text alerts before the Westbrook walkout.",
                 "XX Union and YY Union call a joint strike", "Watch out for the Ostland pickets on Monday",
                 "Students watch as the Harbourton council votes on the fees"]


@pytest.mark.parametrize(("line", "furniture"), [(line, True) for line in _FURNITURE] +
                         [(line, False) for line in _NO_FURNITURE])
def test_led_prompts_letter_banners_and_video_links_are_furniture(line: str, furniture: bool):
    assert is_page_furniture(line) is furniture


def test_a_sign_up_prompt_led_by_a_slogan_does_not_title_an_undated_lede():
    text = ("date 2024-03-11 Stay informed: Sign up for the free Harbourton Weekly newsletter and keep on reading.\n\n"
            "Students at Lakeland College set up tents on the main lawn on Monday to protest against the fee rise.\n\n"
            "The camp is expected to stay until the governors meet next month.\n")
    title = _main(text)[1].title
    assert "Sign up" not in title and "newsletter" not in title


def test_a_banner_in_repeated_capitals_is_not_the_headline():
    text = ("Tue, 4 Mar 2003 10:12:40 GMT\n\n"
            "Q QQ QQQQ The Westbrook Wire Service QQ QQ QQ QQ WIREWIREWIRE QQQQ QQQQ QQQQQ\n\n"
            "Third Day of the Occupation at Lakeland College\n\n"
            "LAKELAND - Students continue to occupy the office of the Lakeland College rector to protest the fee "
            "rise. A rally will be held today at noon outside the main hall.\n")
    title = _main(text)[1].title
    assert "QQ" not in title and "Occupation" in title


def test_a_video_link_with_its_date_makes_no_event():
    text = ("Walkout against the Lakeland fees on 24 March 2021\n\n"
            "Students at Lakeland College will walk out of lectures on 24 March 2021 against the fee rise.\n\n"
            "Watch edited video of the picket outside the Harbourton office on 10 March 2021.\n")
    result, _ = _main(text)
    assert not any("video" in event.title or "video" in event.evidence for event in result.events)


def test_a_caption_credited_in_square_brackets_is_not_the_headline():
    text = ("|\n| A guard fires a water cannon at marching Lakeland College students in Harbourton. "
            "[Photo: Ama Lind/Westbrook Daily] |\nBy Daily Team\n"
            "Lakeland: Lectures stopped across the colleges of the region when students marched through the "
            "town centre against a planned rise in fees.\n"
            "Police fought the marchers after the protest turned chaotic.\n")
    title = _main(text)[1].title
    assert "water cannon" not in title
