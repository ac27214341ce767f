"""World regions and large water bodies for the gazetteer (general geography, not from any corpus).

GeoNames' packaged extracts (cities, countries, admin areas, continents) have no multi-country regions and no
seas, so news phrases such as "the Middle East", "West Africa" or "the Mediterranean" found no entry (reported
unresolved) or fell to a small town of the same name ("Atlantic", Iowa; "Pacific", Missouri).

Regions are the United Nations M49 sub-regions plus the common names news uses for groups of countries; each
is defined by its member countries (ISO 3166-1 alpha-2) and its point is the mean of the members' points, so
it follows the gazetteer's own country points. Oceans, seas and gulfs have a fixed conventional centre point
(rounded degrees, as atlases and GeoNames give them), and so do the named areas inside countries that are no
administrative area of the packaged data: historical and disputed regions news reports from (Darfur, South
Ossetia, Donbas, Sinai) and large islands (Sumatra, Java, Luzon, Mindanao, Borneo); those have their country.
First-level areas that were abolished or merged but that news still names (Kenya's eight provinces, replaced
by counties in 2013; Pakistan's tribal areas; Ethiopia's old provinces) are a class of their own,
``FORMER_AREAS``: the packaged data only has today's areas, so "Rift Valley Province" found nothing and "Nyanza"
fell to a town in Rwanda. Their point is the conventional centre of the old area, rounded.
A region's members make it a candidate for the document's country context only through its own resolution
(multi-country regions have no country).
"""

from __future__ import annotations

__all__ = ["AREAS", "FORMER_AREAS", "REGIONS", "WATERS"]

_WEST_AFRICA = "NG GH CI SN ML BF NE GN SL LR TG BJ GM GW MR CV"
_EAST_AFRICA = "KE TZ UG RW BI ET SO DJ ER SS"
_MIDDLE_AFRICA = "CD CG CF CM GA GQ TD AO ST"
_SOUTHERN_AFRICA = "ZA NA BW LS SZ"
_NORTH_AFRICA = "EG LY TN DZ MA SD"
_CENTRAL_AMERICA = "MX GT BZ SV HN NI CR PA"
_CARIBBEAN = "CU DO HT JM PR BS TT BB LC VC GD AG DM KN"
_SOUTH_AMERICA = "CO VE EC PE BO BR PY UY AR CL GY SR"
_NORTHERN_AMERICA = "US CA"

# (primary name, alternate names, member countries)
REGIONS: list[tuple[str, tuple[str, ...], str]] = [
    ("Middle East", ("Mideast", "Near East"), "EG IL PS JO LB SY IQ SA YE OM AE QA BH KW IR"),
    ("Levant", (), "SY LB IL PS JO"),
    ("Gulf States", ("Persian Gulf states", "Gulf Arab states"), "SA KW BH QA AE OM"),
    ("Western Asia", (), "TR GE AM AZ SY LB IL PS JO IQ SA YE OM AE QA BH KW CY"),
    ("Central Asia", (), "KZ UZ TM KG TJ"),
    ("South Asia", ("Southern Asia", "Indian subcontinent"), "IN PK BD LK NP BT MV AF"),
    ("Southeast Asia", ("South-East Asia", "South East Asia", "South-eastern Asia"),
     "TH VN LA KH MM MY SG ID PH BN TL"),
    ("East Asia", ("Eastern Asia", "Far East"), "CN JP KR KP MN TW"),
    ("Indochina", (), "VN LA KH"),
    ("Caucasus", ("South Caucasus", "Transcaucasia"), "GE AM AZ"),
    ("West Africa", ("Western Africa",), _WEST_AFRICA),
    ("East Africa", ("Eastern Africa",), _EAST_AFRICA),
    ("Central Africa", ("Middle Africa",), _MIDDLE_AFRICA),
    ("Southern Africa", (), _SOUTHERN_AFRICA),
    ("North Africa", ("Northern Africa",), _NORTH_AFRICA),
    ("Horn of Africa", (), "ET SO DJ ER"),
    ("Maghreb", (), "MA DZ TN LY MR"),
    ("Sahel", (), "SN MR ML BF NE TD SD"),
    ("Great Lakes region", ("African Great Lakes",), "UG RW BI CD TZ KE"),
    ("Sub-Saharan Africa", (), " ".join((_WEST_AFRICA, _EAST_AFRICA, _MIDDLE_AFRICA, _SOUTHERN_AFRICA))),
    ("Central America", ("Mesoamerica",), _CENTRAL_AMERICA),
    ("Caribbean", ("West Indies", "Caribbean islands"), _CARIBBEAN),
    ("Latin America", (), _CENTRAL_AMERICA + " " + _SOUTH_AMERICA + " CU DO"),
    ("Northern America", (), _NORTHERN_AMERICA),
    ("Americas", ("the Americas",), _NORTHERN_AMERICA + " " + _CENTRAL_AMERICA + " " + _SOUTH_AMERICA),
    ("Western Europe", (), "FR BE NL LU DE AT CH IE GB"),
    ("Eastern Europe", (), "PL CZ SK HU RO BG UA BY MD"),
    ("Northern Europe", (), "NO SE DK FI IS EE LV LT GB IE"),
    ("Southern Europe", (), "ES PT IT GR MT HR SI"),
    ("Central Europe", (), "DE PL CZ SK AT HU CH SI"),
    ("Balkans", ("Balkan Peninsula", "Western Balkans"), "AL BA BG HR XK ME MK RS GR RO"),
    ("Scandinavia", (), "NO SE DK"),
    ("Nordic countries", ("Nordics",), "NO SE DK FI IS"),
    ("Baltic states", ("Baltics",), "EE LV LT"),
    ("Benelux", (), "BE NL LU"),
    ("Iberian Peninsula", ("Iberia",), "ES PT"),
    ("British Isles", (), "GB IE"),
    ("Australasia", (), "AU NZ"),
]

# (primary name, alternate names, lat, lon, GeoNames-style feature code)
WATERS: list[tuple[str, tuple[str, ...], float, float, str]] = [
    ("Atlantic Ocean", ("Atlantic", "North Atlantic"), 10.0, -25.0, "OCN"),
    ("Pacific Ocean", ("Pacific",), 0.0, -160.0, "OCN"),
    ("Indian Ocean", (), -10.0, 75.0, "OCN"),
    ("Arctic Ocean", ("Arctic",), 85.0, 0.0, "OCN"),
    ("Southern Ocean", (), -60.0, 90.0, "OCN"),
    ("Mediterranean Sea", ("Mediterranean", "the Med"), 35.0, 18.0, "SEA"),
    ("Caribbean Sea", (), 15.0, -73.0, "SEA"),
    ("Red Sea", (), 20.0, 38.0, "SEA"),
    ("Black Sea", (), 43.0, 34.0, "SEA"),
    ("Caspian Sea", (), 42.0, 50.5, "LK"),
    ("Arabian Sea", (), 15.0, 65.0, "SEA"),
    ("South China Sea", (), 12.0, 113.0, "SEA"),
    ("East China Sea", (), 29.0, 125.0, "SEA"),
    ("Sea of Japan", ("East Sea",), 40.0, 135.0, "SEA"),
    ("Yellow Sea", (), 36.0, 123.0, "SEA"),
    ("North Sea", (), 56.0, 3.0, "SEA"),
    ("Baltic Sea", (), 58.0, 20.0, "SEA"),
    ("Aegean Sea", (), 39.0, 25.0, "SEA"),
    ("Adriatic Sea", (), 43.0, 15.0, "SEA"),
    ("Irish Sea", (), 53.5, -5.0, "SEA"),
    ("Bering Sea", (), 58.0, -178.0, "SEA"),
    ("Coral Sea", (), -18.0, 155.0, "SEA"),
    ("Tasman Sea", (), -40.0, 160.0, "SEA"),
    ("Persian Gulf", ("Arabian Gulf",), 27.0, 51.0, "GULF"),
    ("Gulf of Mexico", (), 25.0, -90.0, "GULF"),
    ("Gulf of Aden", (), 12.5, 48.0, "GULF"),
    ("Gulf of Guinea", (), 2.0, 4.0, "GULF"),
    ("Gulf of Oman", (), 24.5, 58.5, "GULF"),
    ("Gulf of Thailand", (), 10.0, 102.0, "GULF"),
    ("Bay of Bengal", (), 15.0, 88.0, "GULF"),
    ("English Channel", (), 50.0, -2.0, "STRT"),
    ("Strait of Hormuz", (), 26.5, 56.5, "STRT"),
]

# Named areas that are no first-level area in the packaged data: (primary name, alternate names, lat, lon,
# country or None when the area spans several). Points are conventional centres, rounded.
AREAS: list[tuple[str, tuple[str, ...], float, float, str | None]] = [
    ("Darfur", (), 13.5, 24.5, "SD"),
    ("Kordofan", (), 12.5, 29.5, "SD"),
    ("South Ossetia", ("Tskhinvali Region",), 42.33, 44.0, "GE"),
    ("Donbas", ("Donbass",), 48.0, 38.5, "UA"),
    ("Transnistria", ("Transdniestria", "Pridnestrovie"), 47.25, 29.5, "MD"),
    ("Nagorno-Karabakh", ("Karabakh", "Artsakh"), 39.85, 46.75, "AZ"),
    ("Sinai", ("Sinai Peninsula", "North Sinai", "Sinai peninsula"), 29.5, 33.8, "EG"),
    ("Golan Heights", ("Golan",), 33.0, 35.75, "SY"),
    ("Kurdistan", ("Kurdistan Region", "Iraqi Kurdistan"), 36.5, 44.0, "IQ"),
    ("Ogaden", (), 7.0, 44.5, "ET"),
    ("Somaliland", (), 9.5, 46.0, "SO"),
    ("Puntland", (), 8.5, 49.0, "SO"),
    ("Jubaland", (), 0.5, 42.0, "SO"),
    ("Galmudug", (), 5.5, 47.0, "SO"),  # federal member states formed from the old regions
    ("Hirshabelle", ("Hiiraan-Middle Shabelle",), 3.5, 45.5, "SO"),
    ("Casamance", (), 12.8, -15.5, "SN"),
    ("Kivu", (), -2.0, 28.5, "CD"),
    ("Waziristan", (), 32.5, 69.8, "PK"),
    ("North Waziristan", (), 32.95, 70.05, "PK"),
    ("South Waziristan", (), 32.3, 69.6, "PK"),
    ("Siberia", (), 60.0, 105.0, "RU"),
    ("Patagonia", (), -44.0, -69.0, "AR"),
    ("Sumatra", ("Sumatera",), 0.0, 102.0, "ID"),
    ("Java", ("Jawa",), -7.5, 110.0, "ID"),
    ("Borneo", (), 1.0, 114.0, None),
    ("Luzon", (), 16.0, 121.0, "PH"),
    ("Mindanao", (), 7.5, 125.0, "PH"),
    ("Lake Chad", (), 13.0, 14.0, None),
    ("Lake Victoria", (), -1.0, 33.0, None),
    # lakes, mountain ranges, valleys, deltas and peninsulas that news reports place events in or by; for a
    # feature across borders the country is None (its name alone then gives no country context)
    ("Lake Tanganyika", (), -6.0, 29.5, None),
    ("Lake Malawi", ("Lake Nyasa",), -12.0, 34.5, None),
    ("Lake Turkana", (), 3.6, 36.1, "KE"),
    ("Lake Kivu", (), -2.0, 29.2, None),
    ("Lake Albert", (), 1.7, 30.9, None),
    ("Lake Tana", (), 12.0, 37.3, "ET"),
    ("Lake Titicaca", (), -15.8, -69.4, None),
    ("Lake Baikal", (), 53.5, 108.0, "RU"),
    ("Lake Superior", (), 47.7, -87.5, None),
    ("Lake Michigan", (), 44.0, -87.0, "US"),
    ("Lake Huron", (), 44.8, -82.4, None),
    ("Lake Erie", (), 42.2, -81.2, None),
    ("Lake Ontario", (), 43.7, -77.9, None),
    ("Lake Pontchartrain", (), 30.2, -90.1, "US"),
    ("Himalayas", ("Himalaya", "Himalayan mountains"), 28.0, 84.0, None),
    ("Hindu Kush", (), 35.5, 70.5, None),
    ("Andes", ("Andes Mountains", "Andean mountains"), -20.0, -67.0, None),
    ("Alps", ("Alpine region",), 46.5, 10.0, None),
    ("Pyrenees", (), 42.7, 0.5, None),
    ("Ural Mountains", ("Urals",), 60.0, 60.0, "RU"),
    ("Caucasus Mountains", ("Greater Caucasus",), 42.5, 45.0, None),
    ("Atlas Mountains", (), 31.0, -7.0, None),
    ("Zagros Mountains", (), 33.0, 47.5, "IR"),
    ("Rocky Mountains", ("Rockies",), 45.0, -111.0, None),
    ("Appalachian Mountains", ("Appalachians",), 38.0, -80.0, "US"),
    ("Nuba Mountains", (), 11.5, 30.5, "SD"),
    ("Jebel Marra", ("Jabal Marra",), 13.0, 24.3, "SD"),
    ("Mount Elgon", ("Mt Elgon", "Mt. Elgon"), 1.1, 34.6, None),
    ("Kerio Valley", (), 0.6, 35.6, "KE"),
    ("Swat Valley", (), 35.2, 72.4, "PK"),
    ("Bekaa Valley", ("Beqaa Valley",), 33.8, 35.9, "LB"),
    ("Jordan Valley", (), 32.0, 35.5, None),
    ("Panjshir Valley", (), 35.3, 69.5, "AF"),
    ("Niger Delta", (), 5.0, 6.0, "NG"),
    ("Nile Delta", (), 30.9, 31.2, "EG"),
    ("Danube Delta", (), 45.2, 29.3, "RO"),
    ("Mekong Delta", (), 10.0, 105.8, "VN"),
    ("Tana Delta", (), -2.3, 40.2, "KE"),
    ("Jutland", ("Jutland Peninsula",), 56.0, 9.25, "DK"),
    # England's statistical regions and the areas news names it by (no first-level area in the packaged data,
    # whose only first-level area is England itself); the UK's packaged second-level areas are its boroughs
    ("West Midlands", (), 52.5, -1.9, "GB"),
    ("East Midlands", (), 52.8, -1.0, "GB"),
    ("North West England", ("North-West England", "Northwest England"), 54.0, -2.7, "GB"),
    ("North East England", ("North-East England", "Northeast England"), 55.0, -1.7, "GB"),
    ("South West England", ("South-West England", "Southwest England", "West Country"), 50.9, -3.3, "GB"),
    ("South East England", ("South-East England", "Southeast England"), 51.3, -0.6, "GB"),
    ("East of England", (), 52.2, 0.4, "GB"),
    ("East Anglia", (), 52.5, 1.0, "GB"),
    ("Yorkshire", ("Yorkshire and the Humber", "Yorkshire and Humber"), 53.9, -1.3, "GB"),
    ("Merseyside", (), 53.45, -2.9, "GB"),
    ("Greater Manchester", (), 53.5, -2.3, "GB"),
    ("Tyneside", (), 54.97, -1.6, "GB"),
    ("Home Counties", (), 51.7, -0.4, "GB"),
    ("Scottish Highlands", ("Highlands of Scotland",), 57.3, -4.5, "GB"),
    # the two parts of Newfoundland and Labrador, which news names apart
    ("Newfoundland", ("Island of Newfoundland",), 48.6, -56.0, "CA"),
    ("Labrador", (), 54.0, -62.0, "CA"),
    ("Korean Peninsula", (), 37.5, 127.5, None),
    ("Arabian Peninsula", (), 23.0, 45.0, None),
]

# First-level areas abolished, merged or renamed that news still names, with the name they had: (primary name,
# alternate names, lat, lon, country). Names that only exist with their kind word ("Central Province") keep it:
# the bare word is no name. Points are conventional centres of the old areas, rounded.
FORMER_AREAS: list[tuple[str, tuple[str, ...], float, float, str | None]] = [
    # Kenya: the eight provinces, replaced by 47 counties in 2013 (Nairobi is a county still)
    ("Rift Valley", ("Rift Valley Province",), 0.5, 36.0, "KE"),
    ("Nyanza", ("Nyanza Province",), -0.6, 34.6, "KE"),
    ("Central Province", (), -0.6, 36.9, "KE"),
    ("Coast Province", (), -2.5, 39.5, "KE"),
    ("Eastern Province", (), 0.5, 38.0, "KE"),
    ("North Eastern Province", ("North-Eastern Province", "Northeastern Province"), 1.5, 40.2, "KE"),
    ("Western Province", (), 0.5, 34.7, "KE"),
    # Pakistan: the tribal areas, merged into Khyber Pakhtunkhwa in 2018, and that province's old name
    ("Federally Administered Tribal Areas", ("FATA",), 32.5, 70.0, "PK"),
    ("North-West Frontier Province", ("North West Frontier Province", "NWFP"), 34.5, 72.0, "PK"),
    # Ethiopia: provinces before the 1995 regions, still the names of their zones' areas
    ("Wollo", ("Wello",), 11.5, 39.5, "ET"),
    ("Gojjam", ("Gojam",), 10.5, 37.5, "ET"),
    ("Shewa", ("Shoa", "Showa"), 9.0, 38.7, "ET"),
    ("Hararghe", ("Hararge", "Harerge"), 8.5, 41.5, "ET"),
    # South Sudan: the three old provinces its states were cut from
    ("Equatoria", ("Greater Equatoria",), 4.5, 31.0, "SS"),
    ("Bahr el Ghazal", ("Bahr al-Ghazal", "Bahr al Ghazal", "Greater Bahr el Ghazal"), 8.0, 27.5, "SS"),
]
