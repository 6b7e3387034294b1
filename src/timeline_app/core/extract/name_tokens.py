"""The shape of one word of a person's name, beyond plain ASCII.

Real pages name people from everywhere: accented Latin letters ("László
Molnárfi", "Sebastián Piñera"), Cantonese and Korean given names written as
hyphenated lower-case syllables after the surname ("Wong Ji-yuet", "Lai
Man-lok"), Arabic surnames glued to a lower-case article ("Abdullah
al-Rashid"), and Kikuyu names with an inner apostrophe ("Martin Ndung’u"). ``people`` builds its capitalised-run pattern from these pieces.
"""

from __future__ import annotations

# Capitals and small letters of the Latin alphabets (Latin-1 and Latin
# Extended-A; the latter alternates capital and small, so its whole range
# stands in the small class).
UPPER = "A-ZÀ-ÖØ-ÞŁŚŹŻĆŃŠŽČŘĎŤŇŐŰĞŞİ"
LOWER = "a-zß-öø-ÿā-ž"
#: Titles that may stand before a name ("Prof", "Dr"), as alternatives
#: without their full stop (lists of names each add their own).
#: A professor's grades before the title ("Associate Professor X"), as alternatives.
PROFESSOR_GRADES = r"Assistant|Associate|Adjunct|Visiting"
NAME_TITLES = rf"(?:(?:{PROFESSOR_GRADES})[ \t]+)?Prof(?:essor)?|Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Cllr|Rev"
# One to five initials, each with its full stop ("C.P.", "D.", "J. K.", "W.M.A.S.B.").
INITIALS = rf"(?:[{UPPER}]\.[ \t]?){{0,4}}[{UPPER}]\."
# A lower-case article or "son of" glued by a hyphen to the surname after it.
JOINED_PARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ul|bin|ibn|abu|bint|ben|ould)-"


_CAPITAL = f"[{UPPER}]"
# A Mc/Mac/O'/D' prefix ("McDonald", "O'Brien", "D'Souza"), or a De/Di/Da/La/Le one run into the
# capital of the rest ("DeLuca", "DiMaggio", "LaGuardia"), checked behind the capital.
_PREFIX = r"(?:(?<=M)(?:c|ac)[A-Z]|(?<=[OD])['’][A-Z]|(?<=D)[eia][A-Z]|(?<=L)[ae][A-Z])?"
# An apostrophe inside a name word before small letters ("Ndung’u",
# "Ng'ang'a", as Kikuyu names are written), never a possessive or a
# contraction's ending ("Martin's", "Don't").
_INNER_APOSTROPHE = r"(?:['’](?!(?:s|t|d|ll|re|ve|m)(?![a-z]))[a-z]{1,6})"
# English words glued to a name with a hyphen, never a syllable of it ("the Doug Ford-led government"; "run"
# and "era" are syllables too).
GLUED_WORDS = ("led", "backed", "based", "owned", "linked", "funded", "allied", "style", "like", "type")
_WORD_SUFFIX = f"(?:{'|'.join(GLUED_WORDS)})"
# After the capital: small letters (with any inner apostrophes), and an
# optional hyphenated part, capitalised ("Sanwo-Olu") or one small syllable
# ("Ji-yuet", "Chi-fung"). Possessive: what follows a name word's small
# letters is never a small letter, so giving one back cannot help a match;
# the engine skips those retries.
_TAIL = rf"[{LOWER}]++{_INNER_APOSTROPHE}{{0,2}}(?:-(?:[{UPPER}][{LOWER}]++|(?!{_WORD_SUFFIX}(?![\w-]))[a-z]{{2,6}}(?![\w-])))?"
# A capitalised name word. Every pattern built from it starts with the
# capital itself, so that the engine can skip ahead to capitals instead of
# trying every position.
NAME_TOKEN = f"{_CAPITAL}{_PREFIX}{_TAIL}"
# The same word for a pattern that must also start a word: the test "no
# letter, apostrophe or hyphen before it" comes after the capital (a
# look-behind over two characters), so the pattern still opens with the
# capital and the engine skips from capital to capital; ``AFTER_CAPITAL`` is
# the rest of the word. (A look-behind in front would be tried at every position.)
STARTS_WORD = r"(?<![\w'’-].)"
AFTER_CAPITAL = f"{_PREFIX}{_TAIL}"
# (Ó: Irish "Ciarán Ó Murchú"; two words: "Marieke van den Berg", "Ute von der Au", "Ana de la Cruz")
_ONE_WORD_PARTICLES = "de van von bin al da del le la di Ó".split()
_PARTICLE = rf"(?:van[ \t]+de[nr]?|von[ \t]+der|de[ \t]+la|{'|'.join(_ONE_WORD_PARTICLES)})"
# The second word of a two-word particle, after its first ("van den", "von der", "de la"): it adds no name word.
PARTICLE_SECOND_WORDS = {"den": ("van", "von", "de"), "der": ("van", "von", "de"), "la": ("van", "von", "de")}
PARTICLES = frozenset(_ONE_WORD_PARTICLES).union(PARTICLE_SECOND_WORDS)
# Romance words for "of" that a body's name goes on after ("Unione Operaia di Arlen", "Sindicato de Kea"), as
# one alternation for name patterns.
ROMANCE_OF = "|".join("de du des del della da dos do di".split())
# Capitalised particles that stand between a given name and a surname
# ("Nuala Nic Aodha", "Faisal Bin Khalid", "Ruud Van Dijk").
CAPITAL_PARTICLES = frozenset("Mac Nic Ní Ó Uí Ua Van Von De Da Del Della Di Du Le La Bin Ibn Abu Al El Ben Ter".split())
# A further word of a run: after any initials and a particle, or an Arabic
# surname with its article ("al-Rashid"). Three blanks or more part fields,
# not a name's words ("By  Blessing Vava    File picture").
# A middle initial written without its full stop ("Priya K Nair"), as
# South Asian and African pages often print them: a lone capital between
# two name words. "A" and "I" are left out: in a title-case heading they are
# the article and the pronoun ("Students Hold A Rally").
_BARE_INITIAL = r"[B-HJ-Z](?=[ \t])"
# (The initials are possessive: no name word is an initial, and giving them back cost a run of initials before
# a word that is no name's time exponential in their number.)
NEXT_TOKEN = (rf"[ \t]{{1,2}}+(?:(?:{INITIALS}|{_BARE_INITIAL})[ \t]+)*+"
              rf"(?:{_PARTICLE}[ \t]+|{JOINED_PARTICLE})?{NAME_TOKEN}")
# A name's first word, perhaps after initials ("J. K. Rowling"): how a line or a
# list item that holds one name opens (``name_blocks``, ``signatory_lists``).
NAME_OPENING = rf"(?:{INITIALS}[ \t]*)?{NAME_TOKEN}"
# Runs of two capitalised words or more (a name has two or three words, so a
# lone word never is one; leaving it to the regex saves a trip to Python),
# or initials and a word ("C.P. Chandrasekhar", "Robin D. G. Kelley"). A
# capital right after a small letter is inside a word ("KwaZulu Natal"), no
# name's start, nor one after a word's one or two opening capitals ("JPMorgan
# Chase"); after a heading's longer capitals it is ("NEWSJohn Smith"), and none
# inside initials written together ("E.M.J.S. Perera" starts at "E"). (The
# tests stand after the capital, as ``STARTS_WORD`` says why.)
# A body's head word right before a name's first capital (each its own look-behind: fixed widths).
_AFTER_A_HEAD = "(?:" + "|".join(f"(?<={head}[ \\t].)" for head in (
    "Association", "Union", "Federation", "Council", "Congress", "Confederation", "Movement", "Alliance")) + ")"
NAME_RUN = (rf"{_CAPITAL}(?<![{LOWER}].)(?<![{UPPER}]\..)"
            rf"(?<!(?<![\w'’-])[{UPPER}].)(?<!(?<![\w'’-])[{UPPER}]{{2}}.)"
            rf"(?:\.(?:[ \t]?{_CAPITAL}\.){{0,4}}[ \t]*(?:{_PARTICLE}[ \t]+)?{NAME_TOKEN}(?:{NEXT_TOKEN})*"
            rf"|{_PREFIX}{_TAIL}(?:{NEXT_TOKEN})+"
            # two or three initials without their full stops, a comma setting the name apart ("D D Ramanandan,
            # the general secretary"): never "A" or "I" first
            rf"|(?<=[B-HJ-Z])(?:[ \t][B-HJ-Z]){{1,2}}[ \t]{NAME_TOKEN}(?:{NEXT_TOKEN})*(?=,)"
            # or two initials written together, then a surname: after "said" and before a comma ("said RM Kenning,
            # chair of ..."), or after a body's head word and before "said" ("... Association PJ Stoner said")
            rf"|(?:(?<=said[ \t].)[A-Z][ \t]{NAME_TOKEN}(?=,)|{_AFTER_A_HEAD}[A-Z][ \t]{NAME_TOKEN}(?=[ \t]+said\b)))")
# A given name and a surname written without the space between them
# ("FirstnameSurname"), as some pages list people: two capitalised parts of
# three small letters or more each (so "McDonald" and "MacLeod" are no such).
GLUED_NAME = r"(?<![\w'’-])[A-Z][a-z]{3,}[A-Z][a-z]{3,}(?![\w'’-])"
