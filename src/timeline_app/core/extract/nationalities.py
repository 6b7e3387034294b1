"""The adjectives of nations and peoples ("Kenyan", "Chinese", "Israeli").

A capitalised word ending like one of these ("-an", "-ese", "-i") is often
a body's name ("Anakbayan", "Kalayaan"), so a rule that lets such endings
through still refuses the real adjectives by name: "Ruth Wanjiku, Kenyan
spokesperson" names a nationality, not a body.
"""

from __future__ import annotations

NATIONALITIES = frozenset(
    """Afghan Albanian Algerian American Andorran Angolan Argentine Argentinian Armenian Australian Austrian
    Azerbaijani Bahamian Bahraini Bangladeshi Barbadian Belarusian Belgian Belizean Beninese Bhutanese Bolivian
    Bosnian Botswanan Brazilian British Bruneian Bulgarian Burkinabe Burmese Burundian Cambodian Cameroonian
    Canadian Chadian Chilean Chinese Colombian Congolese Croatian Cuban Cypriot Czech Danish Djiboutian Dominican
    Dutch Ecuadorian Egyptian Emirati English Eritrean Estonian Ethiopian Fijian Filipino Finnish French Gabonese
    Gambian Georgian German Ghanaian Greek Grenadian Guatemalan Guinean Guyanese Haitian Honduran Hungarian
    Icelandic Indian Indonesian Iranian Iraqi Irish Israeli Italian Ivorian Jamaican Japanese Jordanian Kazakh
    Kenyan Korean Kosovan Kuwaiti Kyrgyz Lao Laotian Latvian Lebanese Liberian Libyan Lithuanian Macedonian Malagasy
    Malawian Malaysian Maldivian Malian Maltese Mauritanian Mauritian Mexican Moldovan Mongolian Montenegrin
    Moroccan Mozambican Namibian Nepalese Nepali Nicaraguan Nigerian Nigerien Norwegian Omani Pakistani
    Palestinian Panamanian Paraguayan Persian Peruvian Polish Portuguese Qatari Romanian Russian Rwandan
    Salvadoran Samoan Saudi Scottish Senegalese Serbian Singaporean Slovak Slovakian Slovenian Somali Somalian
    Spanish Sudanese Surinamese Swazi Swedish Swiss Syrian Taiwanese Tajik Tanzanian Thai Tibetan Togolese
    Tongan Trinidadian Tunisian Turkish Turkmen Ugandan Ukrainian Uruguayan Uzbek Venezuelan Vietnamese Welsh
    Yemeni Zambian Zimbabwean African Asian European Arab Arabian Kurdish Tamil Punjabi Bengali Kashmiri
    Catalan Basque Latin Caribbean Scandinavian Balkan Baltic Hispanic Lankan""".split()
)
