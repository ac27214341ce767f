"""Country names, short names and demonyms, for naming generic actors ("Military Forces of Syria") and for
the events stage's fallback location (the country an event's sentence names).

``COUNTRIES``: ISO code -> (name as ACLED writes it in actor names, words that denote the country).
"""

from __future__ import annotations

from functools import lru_cache

COUNTRIES: dict[str, tuple[str, tuple[str, ...]]] = {
    "AF": ("Afghanistan", ("afghanistan", "afghan")),
    "DZ": ("Algeria", ("algeria", "algerian")),
    "AO": ("Angola", ("angola", "angolan")),
    "AM": ("Armenia", ("armenia", "armenian")),
    "AZ": ("Azerbaijan", ("azerbaijan", "azerbaijani", "azeri")),
    "BD": ("Bangladesh", ("bangladesh", "bangladeshi")),
    "BJ": ("Benin", ("benin", "beninese")),
    "BF": ("Burkina Faso", ("burkina faso", "burkina", "burkinabe")),
    "BI": ("Burundi", ("burundi", "burundian")),
    "CM": ("Cameroon", ("cameroon", "cameroonian")),
    "CF": ("Central African Republic", ("central african republic", "car", "central african")),
    "TD": ("Chad", ("chad", "chadian")),
    "CN": ("China", ("china", "chinese")),
    "CO": ("Colombia", ("colombia", "colombian")),
    "CD": (
        "Democratic Republic of Congo",
        ("democratic republic of congo", "democratic republic of the congo", "drc", "dr congo", "congolese"),
    ),
    "EG": ("Egypt", ("egypt", "egyptian")),
    "ER": ("Eritrea", ("eritrea", "eritrean")),
    "ET": ("Ethiopia", ("ethiopia", "ethiopian")),
    "FR": ("France", ("france", "french")),
    "DE": ("Germany", ("germany", "german")),
    "GH": ("Ghana", ("ghana", "ghanaian")),
    "GN": ("Guinea", ("guinea", "guinean")),
    "HT": ("Haiti", ("haiti", "haitian")),
    "IN": ("India", ("india", "indian")),
    "ID": ("Indonesia", ("indonesia", "indonesian")),
    "IR": ("Iran", ("iran", "iranian")),
    "IQ": ("Iraq", ("iraq", "iraqi")),
    "IL": ("Israel", ("israel", "israeli")),
    "CI": ("Ivory Coast", ("ivory coast", "cote d'ivoire", "ivorian")),
    "JO": ("Jordan", ("jordan", "jordanian")),
    "KE": ("Kenya", ("kenya", "kenyan")),
    "LB": ("Lebanon", ("lebanon", "lebanese")),
    "LY": ("Libya", ("libya", "libyan")),
    "ML": ("Mali", ("mali", "malian")),
    "MR": ("Mauritania", ("mauritania", "mauritanian")),
    "MX": ("Mexico", ("mexico", "mexican")),
    "MA": ("Morocco", ("morocco", "moroccan")),
    "MZ": ("Mozambique", ("mozambique", "mozambican")),
    "MM": ("Myanmar", ("myanmar", "burma", "burmese")),
    "NE": ("Niger", ("niger", "nigerien")),
    "NG": ("Nigeria", ("nigeria", "nigerian")),
    "PK": ("Pakistan", ("pakistan", "pakistani")),
    "PS": ("Palestine", ("palestine", "palestinian", "gaza", "west bank")),
    "PH": ("Philippines", ("philippines", "philippine", "filipino")),
    "RU": ("Russia", ("russia", "russian")),
    "RW": ("Rwanda", ("rwanda", "rwandan")),
    "SA": ("Saudi Arabia", ("saudi arabia", "saudi")),
    "SN": ("Senegal", ("senegal", "senegalese")),
    "SO": ("Somalia", ("somalia", "somali")),
    "ZA": ("South Africa", ("south africa", "south african")),
    "SS": ("South Sudan", ("south sudan", "south sudanese")),
    "SD": ("Sudan", ("sudan", "sudanese")),
    "SY": ("Syria", ("syria", "syrian")),
    "TZ": ("Tanzania", ("tanzania", "tanzanian")),
    "TG": ("Togo", ("togo", "togolese")),
    "TN": ("Tunisia", ("tunisia", "tunisian")),
    "TR": ("Turkey", ("turkey", "turkish", "turkiye")),
    "UG": ("Uganda", ("uganda", "ugandan")),
    "UA": ("Ukraine", ("ukraine", "ukrainian")),
    "AE": ("United Arab Emirates", ("united arab emirates", "uae", "emirati")),
    "GB": ("the United Kingdom", ("united kingdom", "uk", "britain", "british")),
    "US": ("the United States", ("united states", "us", "u.s.", "usa", "america", "american", "washington")),
    "VE": ("Venezuela", ("venezuela", "venezuelan")),
    "YE": ("Yemen", ("yemen", "yemeni")),
    "ZW": ("Zimbabwe", ("zimbabwe", "zimbabwean")),
}


@lru_cache(maxsize=1)
def _index() -> dict[str, str]:
    return {word: code for code, (_, words) in COUNTRIES.items() for word in words}


def country_of(text: str) -> str | None:
    """ISO code of a country name or demonym ("Syrian", "the US", "Kenya"), else None."""
    key = text.lower().strip()
    key = key[4:] if key.startswith("the ") else key
    return _index().get(key)


def country_name(code: str | None) -> str | None:
    return COUNTRIES[code][0] if code in COUNTRIES else None


def max_words() -> int:
    return max(len(word.split()) for word in _index())
