"""The lexicon files: more of the ways news states each CAMEO event, and no events where
political-sounding verbs are used in sports, business or metaphor."""

import pytest

CODED = [
    # 01 statements
    ("Hezbollah acknowledged responsibility for the attack on Israeli soldiers.",
     ("LBNREB", "ISRMIL", "190")),  # a claim is coded as the attack it claims
    ("Merkel voiced sympathy for the people of Italy.", ("DEUGOV", "ITACVL", "018")),
    ("Putin conveyed condolences to Egypt.", ("RUSGOV", "EGY", "018")),
    ("Abe expressed concern over North Korea's missile launches.", ("JPNGOV", "PRK", "012")),
    ("Malaysia conveyed to Thailand its concern over the violence.", ("MYS", "THA", "012")),
    ("Merkel said the Russian attack on Ukraine was unprovoked.", ("DEUGOV", "RUS", "111")),
    # 02-05 appeals, intents, consultations, diplomatic cooperation
    ("Japan lobbied Washington to keep pressure on Pyongyang.", ("JPN", "USAGOV", "020")),
    ("Germany committed 300 troops to Mali.", ("DEU", "MLI", "0334")),
    ("Xi Jinping played host to Vladimir Putin in Beijing.", ("CHNGOV", "RUSGOV", "043")),
    ("Norway facilitated talks between Colombia and the ELN.", ("NOR", "COL", "045")),
    ("France voiced support for Ukraine.", ("FRA", "UKR", "051")),
    ("Britain stood by Saudi Arabia.", ("GBR", "SAU", "052")),
    ("Turkey asked forgiveness from Armenia.", ("TUR", "ARM", "055")),
    ("Israel and the UAE inked a peace deal.", ("ARE", "ISR", "057")),
    # 06-07 material cooperation and aid
    ("Qatar sold gas to Japan.", ("QAT", "JPN", "061")),
    ("The United States and South Korea held joint military drills.", ("KOR", "USA", "062")),
    ("Britain provided intelligence to France.", ("GBR", "FRA", "064")),
    ("China provided loans to Venezuela.", ("CHN", "VEN", "071")),
    ("The United States equipped the Ukrainian army.", ("USA", "UKRMIL", "072")),
    ("France airlifted medicine to Haiti.", ("FRA", "HTI", "073")),
    ("Ecuador granted refuge to the Australian journalist.", ("ECU", "AUSMED", "075")),
    # 08-09 yield, investigate
    ("Russia returned the seized ships to Ukraine.", ("RUS", "UKR", "0842")),
    ("Iran set free the British sailors.", ("IRN", "GBRMIL", "0841")),
    ("The EU froze talks with Turkey.", ("IGOEU", "TUR", "164")),
    ("The British sailors were set free by Iran.", ("IRN", "GBRMIL", "0841")),
    ("The EU scrapped sanctions against Belarus.", ("IGOEU", "BLR", "085")),
    ("The ICC looked into the Philippine government.", ("IGOICC", "PHLGOV", "090")),
    ("Turkish police interrogated the Saudi diplomats.", ("TURCOP", "SAUGOV", "090")),
    # 11-14 disapprove, reject, threaten, protest
    ("Turkey took Greece to court.", ("TUR", "GRC", "115")),
    ("The Kremlin railed against NATO.", ("RUSGOV", "IGONATO", "111")),
    ("China poured scorn on the United States.", ("CHN", "USA", "111")),
    ("The EU voiced disappointment with Hungary.", ("IGOEU", "HUN", "110")),
    ("Russia shot down the American proposal.", ("RUS", "USA", "120")),
    ("Iran vowed revenge against Israel.", ("IRN", "ISR", "130")),
    ("Trump threatened tariffs on Mexico.", ("USA", "MEX", "1312")),
    ("Iranian protesters burned US flags.", ("IRNCVL", "USA", "140")),
    ("A mob lynched two policemen in Bolivia.", ("BOLCVL", "BOLCOP", "145")),
    # 15-17 force posture, reduced relations, coercion
    ("Pakistan's army put its troops on high alert.", ("PAKMIL", "PAK", "152")),
    ("Russia amassed troops on the border with Ukraine.", ("RUS", "UKR", "154")),
    ("The United States slapped tariffs on China.", ("USA", "CHN", "163")),
    ("Mali expelled French peacekeepers.", ("MLI", "FRAMIL", "1661")),
    ("Argentina expropriated Spain's Repsol.", ("ARG", "ESP", "1711")),
    ("Egyptian police took the British journalist into custody.", ("EGYCOP", "GBRMED", "173")),
    # 19-20 fight, mass violence
    ("Saudi forces laid siege to Yemen.", ("SAUMIL", "YEM", "191")),
    ("Indian and Pakistani troops traded fire.", ("INDMIL", "PAKMIL", "193")),
    ("The Israeli artillery barrage on Gaza lasted hours.", ("ISR", "PSE", "194")),
    ("The Russian cyberattack on Ukraine crippled its banks.", ("RUS", "UKR", "176")),
    ("The Syrian army used sarin against Syrian civilians.", ("SYRMIL", "SYRCVL", "2041")),
]  # fmt: skip

NOT_EVENTS = [
    "Spain beat Italy 2-1.",
    "Brazil crushed Argentina in the World Cup qualifier.",
    "The hurricane pounded the coast of Mexico.",
    "Real Madrid's fans burned flags.",
    "Serbia claimed the title after beating France.",
    "Analysts questioned the Chinese data.",
    "The Yankees called up a pitcher.",
    "Japan's Nikkei rallied behind tech stocks.",
    "About 200,000 people took to the streets of London to celebrate the carnival.",
    "Coach Klopp stood by his players.",
]


@pytest.mark.parametrize(("text", "expected"), CODED)
def test_lexicon_entry_codes_event(code, text, expected):
    assert expected in code(text)


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_non_political_use_codes_nothing(code, text):
    assert code(text) == []
