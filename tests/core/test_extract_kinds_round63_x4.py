"""Kinds, round 63 (x4): an offer turned down in the first sentence of a page
with no headline is the members' decision, whatever strikes the page says may
follow; a lockout is the employer's act, no action of the staff it shuts out,
unless the page tells of their strike or their rally; staff "practising
picketing" in the opening rehearse a strike to come, a rally with no one off
work, however often the page names the strike."""

from __future__ import annotations

import pytest

from extracted import main_kind

_TURNED_DOWN = ("The Westbrook Porters Union has turned down the offer from the Lakeland Health Board of a four per "
                "cent rise over two years. A union organiser said the porters are essential staff and that strikes "
                "may follow if the board does not return to talks. Porters say they will strike in the new year if "
                "no better deal comes.")


@pytest.mark.parametrize(("headline", "body", "kind"), [
    # an offer turned down, said first with no headline above it, is the vote the page reports
    ("", _TURNED_DOWN, "vote"),
    # ... and so it was under a headline before this round
    ("Westbrook porters turn down pay offer", _TURNED_DOWN, "vote"),
    # an offer turned down only in a later sentence leaves the strike the opening states
    ("",
     "Porters at the Lakeland Health Board went on strike on Monday 3 March 2025 over pay, and pickets stood at "
     "every gate of the Westbrook site. The union had turned down the offer of a two per cent rise a week before. "
     "The strike will last two days.", "strike"),
    # a lockout is the employer's act: the unions' call to end it is no strike of theirs
    ("Harbourton unions call for end to refinery lockout",
     "After a forty-day lockout of refinery staff in Harbourton, with picket lines at the gates, unions across "
     "Ostland called on Monday 3 February 2025 for the lockout to end. The refinery's owner has hired replacement "
     "staff, and picket lines remain.", "other"),
    # a strike after a lockout stays the strike
    ("Westbrook nurses strike for safe staffing",
     "Nurses at Westbrook Hospital went on strike on Monday 3 March 2025 over staffing, a month after the "
     "hospital's three-day lockout of its nurses. The strike will last two days, and pickets stand at every gate.",
     "strike"),
    # staff who rally against their lockout are on a protest
    ("Locked-out refinery staff rally against lockout in Harbourton",
     "Refinery staff shut out by the owner rallied outside the Harbourton gates on Monday 3 February 2025 against "
     "the lockout, now in its sixth week.", "protest"),
    # a strike rehearsed in the opening is a rally, though the headline asks whether the strike will come
    ("Could a strike come in May? Harbourton dockers are already practising picketing",
     "Port managers are training office staff to load ships while talks on shift pay stay stuck. Union stewards "
     "spoke to dockers at the Kea Holm gate on Friday 4 April 2025 about the strike that may begin on 1 May. "
     "A strike would close the port, and the union says strike pay is ready.", "protest"),
    # dockers on strike who picket stay on strike
    ("Harbourton dockers strike over shift pay",
     "Dockers at the Kea Holm gate went on strike on Friday 4 April 2025 and are picketing the port. The strike "
     "will last a week, and the union says strike pay is ready.", "strike"),
])
def test_offer_turned_down_and_lockout(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind


# Review mends: an offer turned down says the members' decision only when they turn it down in the sentence's own
# clause and it states no strike; "practising picketing" is an act only as its clause's verb, in a sentence that
# states no strike; a strike or rally the headline or lede names outweighs the lockout the page keeps naming.
@pytest.mark.parametrize(("headline", "body", "kind"), [
    # the employer turns the union's offer down: the strike goes on
    ("",
     "Lakeland Council turned down an offer from the Westbrook Porters Union to end the strike on Monday 3 March "
     "2025. Porters have been out for six weeks, and the strike will go on. Pickets stood at the depot gates.",
     "strike"),
    # the offer turned down is the cause of the strike the sentence reports
    ("",
     "After they rejected the latest offer, nurses at Arlen General Hospital went on strike on Monday 3 March 2025. "
     "The strike will last two days, and pickets stood at every gate.", "strike"),
    # ... or the strike follows it in the same sentence
    ("",
     "Kea Holm nurses turned down the offer of a two per cent rise on Monday 3 March 2025, and began an indefinite "
     "strike the same day. The strike has closed two wards, and pickets stand at every gate.", "strike"),
    # dockers set aside as practising picketing, or quoted so, who strike in the same sentence are on strike
    ("",
     "Dockers at the Kea Holm gate, many of them practising picketing for the first time, went on strike on "
     "Friday 4 April 2025 over shift pay. The strike will last a week, and strike pay is ready.", "strike"),
    ("",
     "\"We have been practising picketing for weeks,\" said steward Mira Tane, as dockers went on strike on Friday "
     "4 April 2025. The strike will last a week, and strike pay is ready.", "strike"),
    # dockers who are practising picketing, said as the sentence's act, rehearse the strike to come
    ("",
     "Harbourton dockers are practising picketing at the Kea Holm gate ahead of a strike that may begin on 1 May. "
     "Stewards spoke to dockers on Friday 4 April 2025 about the strike. A strike would close the port.", "protest"),
    # a strike the headline names outweighs the lockout the page keeps naming
    ("Porters answer lockout with strike",
     "The Westbrook Porters Union called its 300 members out on Monday 3 March 2025, a day after the Lakeland "
     "Health Board's lockout began. The lockout and the strike have shut the station. Union officials said the "
     "lockout was illegal and the lockout must end.", "strike"),
    # ... and so does a rally the lede states
    ("Nurses rally against Arlen hospital lockout",
     "Nurses locked out of Arlen General Hospital rallied at its gates on Monday 3 March 2025. The lockout has "
     "lasted ten days. The lockout was imposed after nurses refused to work unsafe shifts, and the lockout will be "
     "raised at a hearing next week.", "protest"),
])
def test_offer_rehearsal_and_lockout_narrowed(headline: str, body: str, kind: str) -> None:
    assert main_kind(headline, body) == kind
