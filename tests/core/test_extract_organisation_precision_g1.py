"""Names that are no body (issue 16, stop 59): a minister's field named after "Minister of" or before
"Minister", a credit ending a caption's line, a seat or a span of places after "members". Texts written for the
test."""

from __future__ import annotations

from test_extract_organisation_recall_h6 import _reads  # the bodies a text names hold some, lack others


def test_a_ministers_field_is_no_body():
    _reads("Teachers meet the minister\n\nThe Harbourton Teachers Union met Kea Holm, the Minister of Rural and "
           "Local Government, on Monday, and later the Westbrook Civil Service Minister came to the talks.\n",
           {"Harbourton Teachers Union"}, {"Rural and Local Government", "Westbrook Civil Service"})


def test_a_body_the_minister_leads_stays():
    _reads("Talks go on\n\nMira Tane, the Minister for the Lakeland Cabinet Office, met the Arlen Nurses Union "
           "and the Office of the Prime Minister sent a letter on Friday.\n",
           {"Arlen Nurses Union", "Lakeland Cabinet Office", "Office of the Prime Minister"}, set())


def test_a_credit_ending_a_captions_line_names_no_body():
    _reads("Nurses walk out\n\nThe Harbourton Nurses Union marched on Friday in the rain.\n\nNurses stand on the "
           "picket line outside the clinic in Westbrook on Friday. File Picture: Ama Lind Lakeland Press Agency "
           "(LPA).\n\nThe union wants a better offer, said its leader. Photo by Kea Holm Pictures, LLC\n",
           {"Harbourton Nurses Union"}, {"Lakeland Press Agency", "Ama Lind Lakeland Press Agency", "LPA",
                                         "Kea Holm Pictures"})


def test_a_seat_or_a_span_of_places_after_members_is_no_body():
    _reads("Rallies across the north\n\nPolice held Kea Holm, a Lakeland Rights Council member for Upper Westbrook, "
           "on Monday. Union members from Arlen Vale to Ostland rallied beside the Harbourton Nurses Union.\n",
           {"Harbourton Nurses Union"}, {"Upper Westbrook", "Arlen Vale"})


def test_a_picture_painted_in_a_sentence_is_no_credit():
    _reads("Hiring freeze\n\nAma Lind painted a grim picture: Lakeland Health Board has frozen hiring since May.\n",
           {"Lakeland Health Board"}, set())
