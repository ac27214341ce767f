"""Word lists the quotes stage reads: speech verbs, role nouns, pronouns and a demonym map.

Every list is written for English news prose in general; none is derived from an evaluation set.
"""

from __future__ import annotations

from functools import cache

# Verbs of saying and reporting (base forms). Inflections come from ``speech_verb_forms``.
SPEECH_VERBS = frozenset(
    """
    say tell add argue ask explain state declare insist note warn claim write continue reply respond
    recall announce acknowledge admit stress emphasize emphasise observe remark suggest testify tweet post
    joke quip concede complain boast predict promise vow pledge urge report conclude caution charge contend
    maintain allege assert affirm confirm deny reiterate repeat shout scream yell whisper mutter exclaim
    comment counter retort lament muse agree disagree announce proclaim assure inform reveal disclose
    signal indicate point mention describe accuse blame threaten demand plead recount tout brag
    answer beam interject chant cry fume press marvel laugh scoff snap sneer gush wonder ponder sigh
    grumble rail chide quote cite echo summarize summarise estimate
    """.split()
)

# Verbs that quote words without being verbs of saying ("called the plan “a disgrace,”"); they
# attribute a quotation only when it sits in their own clause.
NAMING_VERBS = frozenset("call label dub brand term chant read sing describe praise slam blast".split())

# Verbs that take reported content but are weak quotative cues (used for indirect speech only).
REPORT_VERBS = SPEECH_VERBS | frozenset("believe think learn hope fear estimate".split())

IRREGULAR = {
    "say": ("said", "says", "saying"),
    "tell": ("told", "tells", "telling"),
    "write": ("wrote", "written", "writes", "writing"),
    "swear": ("swore", "sworn"),
    "think": ("thought",),
    "learn": ("learnt",),
}


def _regular(base: str) -> tuple[str, ...]:
    if base.endswith("e"):
        past, ing = base + "d", base[:-1] + "ing"
    elif base.endswith("y") and base[-2] not in "aeiou":
        past, ing = base[:-1] + "ied", base + "ing"
    elif base in ("admit", "quip", "regret", "commit"):
        past, ing = base + base[-1] + "ed", base + base[-1] + "ing"
    else:
        past, ing = base + "ed", base + "ing"
    third = (
        base[:-1] + "ies"
        if base.endswith("y") and base[-2] not in "aeiou"
        else (base + "es" if base.endswith(("s", "sh", "ch", "x")) else base + "s")
    )
    return (base, past, ing, third)


@cache
def verb_forms(bases: frozenset[str]) -> dict[str, str]:
    """Map every inflected form of ``bases`` to its base form."""
    forms: dict[str, str] = {}
    for base in bases:
        for form in _regular(base) + IRREGULAR.get(base, ()):
            forms.setdefault(form, base)
    return forms


def speech_base(word: str) -> str | None:
    """The base form of a speech verb (``said`` -> ``say``), or None."""
    return verb_forms(SPEECH_VERBS).get(word.lower())


def naming_base(word: str) -> str | None:
    return verb_forms(NAMING_VERBS | SPEECH_VERBS).get(word.lower())


def report_base(word: str) -> str | None:
    return verb_forms(REPORT_VERBS).get(word.lower())


PRONOUN_GENDER = {
    "he": "male",
    "him": "male",
    "his": "male",
    "himself": "male",
    "she": "female",
    "her": "female",
    "hers": "female",
    "herself": "female",
}
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "we"})
HONORIFIC_GENDER = {
    "mr": "male",
    "mr.": "male",
    "mrs": "female",
    "mrs.": "female",
    "ms": "female",
    "ms.": "female",
    "miss": "female",
    "sir": "male",
    "lady": "female",
    "madam": "female",
}

# Role nouns that describe a person; value: (role, gender or None).
ROLE_NOUNS = {
    **{
        w: (w, None)
        for w in """
        minister president secretary senator governor chairman chairwoman leader official general commander
        ambassador mayor candidate nominee chief director head adviser advisor aide manager spokesperson
        representative lawmaker legislator congressman congresswoman senator judge prosecutor attorney
        lawyer officer colonel captain lieutenant sergeant major admiral marshal premier chancellor king queen
        prince emir sheikh envoy diplomat negotiator commissioner deputy strategist pollster analyst expert
        professor researcher economist activist campaigner organizer founder executive ceo chair speaker
        whip delegate consul inspector investigator sheriff superintendent coordinator surrogate operative
        chairperson justice mp""".split()
    },
    "spokesman": ("spokesperson", "male"),
    "spokeswoman": ("spokesperson", "female"),
    "congressman": ("representative", "male"),
    "congresswoman": ("representative", "female"),
    "chairman": ("chair", "male"),
    "chairwoman": ("chair", "female"),
    "king": ("king", "male"),
    "queen": ("queen", "female"),
    "prince": ("prince", "male"),
}
ROLE_ABBREVIATIONS = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "gen.": "general",
    "col.": "colonel",
    "lt.": "lieutenant",
    "sgt.": "sergeant",
    "pres.": "president",
    "adm.": "admiral",
    "capt.": "captain",
    "maj.": "major",
    "dr.": "doctor",
}

# Roles that make a person speak for the national government or the armed forces of their country.
GOVERNMENT_ROLES = frozenset(
    "minister president premier chancellor secretary ambassador envoy king queen emir prince diplomat".split()
)
# A generic official speaks for the government unless police or military words say otherwise.
OFFICIAL_ROLES = frozenset({"official", "spokesperson"})
MILITARY_ROLES = frozenset(
    "general commander colonel admiral marshal captain lieutenant sergeant major".split()
)
MILITARY_WORDS = frozenset("army military armed forces defence defense navy air force troops".split())
POLICE_WORDS = frozenset("police gendarmerie".split())

SPEAKER_PRONOUNS = frozenset({"he", "she", "they", "i", "we", "you", "who"})
# Common nouns that can speak or report (besides the role nouns): "officials said", "the report says".
SPEAKER_NOUNS = frozenset(
    """
    official officials source sources people voters critics supporters protesters crowd residents witnesses
    report reports statement statements media newspaper paper agency police army military government
    ministry group campaign committee party spokespeople observers experts analysts authorities leaders
    audience members man woman men women friend friends family mother father son daughter wife husband
    resident witness doctor doctors teacher student students worker workers lawmakers senators
    administration department office council court judge tweet post letter memo email release ad survey
    poll study document documents website outlet network channel station
    """.split()
)
# Generic nouns that refer back to an organisation ("the group claimed").
GROUP_NOUNS = frozenset(
    "group organization organisation movement militia party campaign ministry army".split()
)

# Nationality adjectives and demonyms that pycountry does not provide. Keys are lower case.
DEMONYMS = {
    "afghan": "AF",
    "albanian": "AL",
    "algerian": "DZ",
    "american": "US",
    "angolan": "AO",
    "argentine": "AR",
    "argentinian": "AR",
    "armenian": "AM",
    "australian": "AU",
    "austrian": "AT",
    "azerbaijani": "AZ",
    "bahraini": "BH",
    "bangladeshi": "BD",
    "belarusian": "BY",
    "belgian": "BE",
    "beninese": "BJ",
    "bolivian": "BO",
    "bosnian": "BA",
    "brazilian": "BR",
    "british": "GB",
    "bulgarian": "BG",
    "burkinabe": "BF",
    "burmese": "MM",
    "burundian": "BI",
    "cambodian": "KH",
    "cameroonian": "CM",
    "canadian": "CA",
    "central african": "CF",
    "chadian": "TD",
    "chilean": "CL",
    "chinese": "CN",
    "colombian": "CO",
    "congolese": "CD",
    "croatian": "HR",
    "cuban": "CU",
    "cypriot": "CY",
    "czech": "CZ",
    "danish": "DK",
    "djiboutian": "DJ",
    "dutch": "NL",
    "ecuadorian": "EC",
    "egyptian": "EG",
    "emirati": "AE",
    "eritrean": "ER",
    "estonian": "EE",
    "ethiopian": "ET",
    "finnish": "FI",
    "french": "FR",
    "gabonese": "GA",
    "gambian": "GM",
    "georgian": "GE",
    "german": "DE",
    "ghanaian": "GH",
    "greek": "GR",
    "guatemalan": "GT",
    "guinean": "GN",
    "haitian": "HT",
    "honduran": "HN",
    "hungarian": "HU",
    "icelandic": "IS",
    "indian": "IN",
    "indonesian": "ID",
    "iranian": "IR",
    "iraqi": "IQ",
    "irish": "IE",
    "israeli": "IL",
    "italian": "IT",
    "ivorian": "CI",
    "jamaican": "JM",
    "japanese": "JP",
    "jordanian": "JO",
    "kazakh": "KZ",
    "kenyan": "KE",
    "korean": "KR",
    "south korean": "KR",
    "north korean": "KP",
    "kosovar": "XK",
    "kuwaiti": "KW",
    "kyrgyz": "KG",
    "lao": "LA",
    "latvian": "LV",
    "lebanese": "LB",
    "liberian": "LR",
    "libyan": "LY",
    "lithuanian": "LT",
    "malagasy": "MG",
    "malawian": "MW",
    "malaysian": "MY",
    "malian": "ML",
    "mauritanian": "MR",
    "mexican": "MX",
    "moldovan": "MD",
    "mongolian": "MN",
    "montenegrin": "ME",
    "moroccan": "MA",
    "mozambican": "MZ",
    "namibian": "NA",
    "nepalese": "NP",
    "nepali": "NP",
    "nicaraguan": "NI",
    "nigerian": "NG",
    "nigerien": "NE",
    "norwegian": "NO",
    "omani": "OM",
    "pakistani": "PK",
    "palestinian": "PS",
    "panamanian": "PA",
    "paraguayan": "PY",
    "peruvian": "PE",
    "philippine": "PH",
    "filipino": "PH",
    "polish": "PL",
    "portuguese": "PT",
    "qatari": "QA",
    "romanian": "RO",
    "russian": "RU",
    "rwandan": "RW",
    "saudi": "SA",
    "senegalese": "SN",
    "serbian": "RS",
    "sierra leonean": "SL",
    "singaporean": "SG",
    "slovak": "SK",
    "slovenian": "SI",
    "somali": "SO",
    "south african": "ZA",
    "south sudanese": "SS",
    "spanish": "ES",
    "sri lankan": "LK",
    "sudanese": "SD",
    "swedish": "SE",
    "swiss": "CH",
    "syrian": "SY",
    "taiwanese": "TW",
    "tajik": "TJ",
    "tanzanian": "TZ",
    "thai": "TH",
    "togolese": "TG",
    "tunisian": "TN",
    "turkish": "TR",
    "turkmen": "TM",
    "ugandan": "UG",
    "ukrainian": "UA",
    "uruguayan": "UY",
    "us": "US",
    "u.s.": "US",
    "uzbek": "UZ",
    "venezuelan": "VE",
    "vietnamese": "VN",
    "yemeni": "YE",
    "zambian": "ZM",
    "zimbabwean": "ZW",
    "uk": "GB",
    "u.k.": "GB",
}

# Short names ACLED-style actor names use where pycountry's official name is long.
COUNTRY_NAMES = {
    "SY": "Syria",
    "RU": "Russia",
    "IR": "Iran",
    "KR": "South Korea",
    "KP": "North Korea",
    "VE": "Venezuela",
    "BO": "Bolivia",
    "TZ": "Tanzania",
    "VN": "Vietnam",
    "LA": "Laos",
    "MD": "Moldova",
    "CD": "Democratic Republic of Congo",
    "CG": "Republic of Congo",
    "TW": "Taiwan",
    "PS": "Palestine",
    "GB": "United Kingdom",
    "US": "United States",
    "CI": "Ivory Coast",
    "XK": "Kosovo",
    "TR": "Turkey",
}
