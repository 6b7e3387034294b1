"""An undefined acronym is asked only of the bodies whose first initials hold its first letter
(``organisation_names.first_initials``): that must never leave out a body whose words spell it, or the
acronym would go unlinked on a page with many bodies."""

from __future__ import annotations

import random

from timeline_app.core.extract import extract
from timeline_app.core.extract.organisation_names import first_initials, initials_match
from timeline_app.core.models import ReadDocument

_WORDS = ("the", "The", "of", "for", "and", "&", "de", "National", "Union", "Students", "U.K.", "UK", "Lake",
          "Nurses", "Federation", "Teachers'", "Health-Care", "Workers", "KC", "Association")


def test_every_acronym_a_name_spells_opens_with_one_of_its_first_initials():
    rng = random.Random(7)
    for _ in range(20000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 5))]
        name = " ".join(words)
        for acronym in ("NUS", "TNUS", "UKNF", "LNA", "FS", "HCW", "KCNU", "UNS", "NFT"):
            if initials_match(acronym, name.replace("-", " ").split()):
                assert acronym.lower()[0] in first_initials(name), (acronym, name)


def test_an_undefined_acronym_is_linked_to_the_body_it_spells_among_many():
    bodies = "".join(f"* Harbourton{n} Porters Union\n" for n in range(200))
    text = (bodies + "Members of the Lakeland Nurses Federation met on Monday. The LNF said it would strike.\n")
    found = {org.name: org for org in extract(ReadDocument(text=text, format="txt")).organisations}
    assert "LNF" not in found
    assert "LNF" in found["Lakeland Nurses Federation"].aliases
