"""The French names of sovereign states, for the states the knowledge base of verified ids does not hold.

The linker types a name it cannot link by its named-entity label: `la France`, `le Niger`, `l'Ouganda` come out as
unlinked *places* (the knowledge base holds a dozen countries). A place takes no part in an act (`s'est rendu à
Busan`, `a frappé Kharkiv`), but a state does: `le Niger a rompu ses relations avec la France`, `le Kenya et
l'Ouganda ont signé`. This table tells the event rules which unlinked place names are states, so that they are
read as parties (an unlinked local entity, never a Wikidata link). Names are folded (``model.fold``: lower case,
no accents, straight apostrophes), without their article. Territories whose statehood is disputed (Taïwan,
Kosovo, Palestine, Sahara occidental) are left out: the gold annotations keep them as places.
"""

from __future__ import annotations

from newsld.extract.model import fold

_STATES = """
Afghanistan, Afrique du Sud, Albanie, Algérie, Allemagne, Andorre, Angola, Antigua-et-Barbuda, Arabie saoudite,
Argentine, Arménie, Australie, Autriche, Azerbaïdjan, Bahamas, Bahreïn, Bangladesh, Barbade, Belgique, Belize,
Bénin, Bhoutan, Biélorussie, Birmanie, Myanmar, Bolivie, Bosnie-Herzégovine, Botswana, Brésil, Brunei, Bulgarie,
Burkina Faso, Burundi, Cambodge, Cameroun, Canada, Cap-Vert, Centrafrique, République centrafricaine, Chili,
Chine, Chypre, Colombie, Comores, Congo, République du Congo, République démocratique du Congo, RDC,
Corée du Nord, Corée du Sud, Costa Rica, Côte d'Ivoire, Croatie, Cuba, Danemark, Djibouti, Dominique, Égypte,
Émirats arabes unis, Équateur, Érythrée, Espagne, Estonie, Eswatini, États-Unis, Éthiopie, Fidji, Finlande,
France, Gabon, Gambie, Géorgie, Ghana, Grèce, Guatemala, Guinée, Guinée-Bissau, Guinée équatoriale,
Guyana, Haïti, Honduras, Hongrie, Inde, Indonésie, Irak, Iran, Irlande, Islande, Israël, Italie, Jamaïque, Japon,
Jordanie, Kazakhstan, Kenya, Kirghizistan, Kiribati, Koweït, Laos, Lesotho, Lettonie, Liban, Liberia, Libye,
Liechtenstein, Lituanie, Luxembourg, Macédoine du Nord, Madagascar, Malaisie, Malawi, Maldives, Mali, Malte,
Maroc, Maurice, Mauritanie, Mexique, Moldavie, Monaco, Mongolie, Monténégro, Mozambique, Namibie, Nauru, Népal,
Nicaragua, Niger, Nigeria, Norvège, Nouvelle-Zélande, Oman, Ouganda, Ouzbékistan, Pakistan, Palaos, Panama,
Papouasie-Nouvelle-Guinée, Paraguay, Pays-Bas, Pérou, Philippines, Pologne, Portugal, Qatar, Roumanie,
Royaume-Uni, Grande-Bretagne, Russie, Rwanda, Saint-Marin, Salvador, Samoa, Sénégal, Serbie, Seychelles,
Sierra Leone, Singapour, Slovaquie, Slovénie, Somalie, Soudan, Soudan du Sud, Sri Lanka, Suède, Suisse,
Suriname, Syrie, Tadjikistan, Tanzanie, Tchad, Tchéquie, République tchèque, Thaïlande, Timor oriental, Togo,
Tonga, Trinité-et-Tobago, Tunisie, Turkménistan, Turquie, Tuvalu, Ukraine, Uruguay, Vanuatu, Vatican,
Venezuela, Viêt Nam, Vietnam, Yémen, Zambie, Zimbabwe, République dominicaine, Îles Marshall, Micronésie,
Îles Salomon, Sainte-Lucie, Saint-Kitts-et-Nevis, Saint-Vincent-et-les-Grenadines, Sao Tomé-et-Principe
"""

STATE_LABELS = {fold(name.strip()): name.strip() for name in _STATES.replace("\n", " ").split(",") if name.strip()}
STATE_NAMES = frozenset(STATE_LABELS)


# Adjectives of nationality (masculine singular) and the state each names, for the role nouns and descriptions
# that name a state by its adjective only (`le président mongol`, `son homologue soudanais`). Feminine and
# plural forms are derived (`soudanaise`, `canadienne`, `mongols`); irregular feminines are listed in
# IRREGULAR_FEMININES. The last line holds other spellings the press uses (`costaricien`, `bélarusse`).
_NATIONALITIES = """
afghan:Afghanistan, sud-africain:Afrique du Sud, albanais:Albanie, algérien:Algérie, allemand:Allemagne,
angolais:Angola, saoudien:Arabie saoudite, argentin:Argentine, arménien:Arménie, australien:Australie,
autrichien:Autriche, azerbaïdjanais:Azerbaïdjan, azéri:Azerbaïdjan, bahreïni:Bahreïn, bangladais:Bangladesh,
belge:Belgique, béninois:Bénin, biélorusse:Biélorussie, birman:Birmanie, bolivien:Bolivie, bosnien:Bosnie-Herzégovine,
botswanais:Botswana, brésilien:Brésil, britannique:Royaume-Uni, bulgare:Bulgarie, burkinabé:Burkina Faso,
burundais:Burundi, cambodgien:Cambodge, camerounais:Cameroun, canadien:Canada, centrafricain:Centrafrique,
chilien:Chili, chinois:Chine, chypriote:Chypre, colombien:Colombie, congolais:Congo, nord-coréen:Corée du Nord,
sud-coréen:Corée du Sud, costaricain:Costa Rica, ivoirien:Côte d'Ivoire, croate:Croatie, cubain:Cuba,
danois:Danemark, djiboutien:Djibouti, égyptien:Égypte, émirati:Émirats arabes unis, équatorien:Équateur,
érythréen:Érythrée, espagnol:Espagne, estonien:Estonie, américain:États-Unis, éthiopien:Éthiopie,
finlandais:Finlande, français:France, gabonais:Gabon, gambien:Gambie, géorgien:Géorgie, ghanéen:Ghana,
grec:Grèce, guatémaltèque:Guatemala, guinéen:Guinée, haïtien:Haïti, hondurien:Honduras, hongrois:Hongrie,
indien:Inde, indonésien:Indonésie, irakien:Irak, iranien:Iran, irlandais:Irlande, islandais:Islande,
israélien:Israël, italien:Italie, jamaïcain:Jamaïque, japonais:Japon, jordanien:Jordanie, kazakh:Kazakhstan,
kazakhstanais:Kazakhstan, kényan:Kenya, kenyan:Kenya, kirghiz:Kirghizistan, koweïtien:Koweït, laotien:Laos,
letton:Lettonie, libanais:Liban, libérien:Liberia, libyen:Libye, lituanien:Lituanie, luxembourgeois:Luxembourg,
macédonien:Macédoine du Nord, malgache:Madagascar, malaisien:Malaisie, malawite:Malawi, malien:Mali,
maltais:Malte, marocain:Maroc, mauricien:Maurice, mauritanien:Mauritanie, mexicain:Mexique, moldave:Moldavie,
monégasque:Monaco, mongol:Mongolie, monténégrin:Monténégro, mozambicain:Mozambique, namibien:Namibie,
népalais:Népal, nicaraguayen:Nicaragua, nigérien:Niger, nigérian:Nigeria, norvégien:Norvège,
néo-zélandais:Nouvelle-Zélande, omanais:Oman, ougandais:Ouganda, ouzbek:Ouzbékistan, pakistanais:Pakistan,
panaméen:Panama, paraguayen:Paraguay, néerlandais:Pays-Bas, péruvien:Pérou, philippin:Philippines,
polonais:Pologne, portugais:Portugal, qatari:Qatar, roumain:Roumanie, russe:Russie, rwandais:Rwanda,
salvadorien:Salvador, sénégalais:Sénégal, serbe:Serbie, singapourien:Singapour, slovaque:Slovaquie,
slovène:Slovénie, somalien:Somalie, soudanais:Soudan, sud-soudanais:Soudan du Sud, sri-lankais:Sri Lanka,
suédois:Suède, suisse:Suisse, syrien:Syrie, tadjik:Tadjikistan, tanzanien:Tanzanie, tchadien:Tchad,
tchèque:Tchéquie, thaïlandais:Thaïlande, togolais:Togo, tunisien:Tunisie, turkmène:Turkménistan, turc:Turquie,
ukrainien:Ukraine, uruguayen:Uruguay, vénézuélien:Venezuela, vietnamien:Viêt Nam, yéménite:Yémen,
zambien:Zambie, zimbabwéen:Zimbabwe,
andorran:Andorre, antiguais:Antigua-et-Barbuda, bahaméen:Bahamas, barbadien:Barbade, bélizien:Belize,
bhoutanais:Bhoutan, brunéien:Brunei, cap-verdien:Cap-Vert, capverdien:Cap-Vert, comorien:Comores,
dominiquais:Dominique, dominicain:République dominicaine, eswatinien:Eswatini, swazi:Eswatini, fidjien:Fidji,
bissau-guinéen:Guinée-Bissau, équato-guinéen:Guinée équatoriale, guyanien:Guyana, kiribatien:Kiribati,
lesothan:Lesotho, liechtensteinois:Liechtenstein, maldivien:Maldives, marshallais:Îles Marshall,
micronésien:Micronésie, nauruan:Nauru, palaosien:Palaos, papouan-néo-guinéen:Papouasie-Nouvelle-Guinée,
saint-lucien:Sainte-Lucie, saint-marinais:Saint-Marin, salomonais:Îles Salomon, samoan:Samoa,
santoméen:Sao Tomé-et-Principe, seychellois:Seychelles, sierra-léonais:Sierra Leone, surinamais:Suriname,
est-timorais:Timor oriental, timorais:Timor oriental, tongien:Tonga, trinidadien:Trinité-et-Tobago,
tuvaluan:Tuvalu, vanuatais:Vanuatu, vaticanais:Vatican,
costaricien:Costa Rica, malawien:Malawi, bélarusse:Biélorussie, bosniaque:Bosnie-Herzégovine,
émirien:Émirats arabes unis, nord-macédonien:Macédoine du Nord
"""
# One adjective of nationality as the patterns read it, hyphens allowed (`nord-coréenne`, `papouan-néo-guinéen`)
NATIONALITY_WORD = r"(?:[a-zéèêëïîôûç]+-){0,2}[a-zéèêëïîôûç]+"
NATIONALITIES = {fold(adjective.strip()): state.strip() for adjective, state in (
    pair.split(":") for pair in _NATIONALITIES.replace("\n", " ").split(",") if pair.strip())}


def hyphenated_nationalities() -> list[str]:
    """`sierra-léonais`, `bissau-guinéennes`: every form, as written, of the adjectives of nationality with a hyphen
    (the tokenizer cuts some of them at the hyphen, and a cut adjective no longer names its state)."""
    forms = []
    for pair in _NATIONALITIES.replace("\n", " ").split(","):
        adjective = pair.split(":")[0].strip()
        if "-" in adjective:
            feminine = adjective + ("ne" if adjective.endswith("en") else "" if adjective.endswith("e") else "e")
            forms += dict.fromkeys([adjective, feminine, adjective.removesuffix("s") + "s", feminine + "s"])
    return forms


IRREGULAR_FEMININES = {"turque": "turc", "turques": "turc", "grecque": "grec", "grecques": "grec"}
# The endings of the feminine and the plural, longest first (`canadiennes` -> `canadien`).
_ENDINGS = ("nes", "ne", "es", "e", "s", "")


def nationality_state(word: str | None) -> str | None:
    """`soudanaise`, `mongols`, `turque` -> the French name of the state the adjective of nationality names;
    None for a word that is no such adjective."""
    if not word:
        return None
    folded = fold(word.strip())
    folded = fold(IRREGULAR_FEMININES.get(folded, folded))
    for ending in _ENDINGS:
        stem = folded[: len(folded) - len(ending)] if ending else folded
        if folded.endswith(ending) and stem in NATIONALITIES:
            return NATIONALITIES[stem]
    return None


def names_a_state(words: str) -> bool:
    """`France`, `la Somalie`, `Côte d’Ivoire`: are these words the French name of a sovereign state?"""
    folded = fold(words.strip())
    for article in ("l'", "la ", "le ", "les "):
        folded = folded.removeprefix(article)
    return folded in STATE_NAMES


# The capitals of the states (their French names) and the state each is the capital of, for a capital that stands
# for its government (`Téhéran a menacé`, `Riyad accuse`) when the knowledge base holds neither. A city-state's
# capital, which bears its state's name (Singapour, Monaco), is left out: the name is the state already.
_CAPITALS = """
Kaboul:Afghanistan, Pretoria:Afrique du Sud, Tirana:Albanie, Alger:Algérie, Berlin:Allemagne, Luanda:Angola,
Riyad:Arabie saoudite, Buenos Aires:Argentine, Erevan:Arménie, Canberra:Australie, Vienne:Autriche,
Bakou:Azerbaïdjan, Manama:Bahreïn, Dacca:Bangladesh, Dhaka:Bangladesh, Bruxelles:Belgique, Porto-Novo:Bénin,
Thimphou:Bhoutan, Minsk:Biélorussie, Naypyidaw:Birmanie, La Paz:Bolivie, Sarajevo:Bosnie-Herzégovine,
Gaborone:Botswana, Brasilia:Brésil, Sofia:Bulgarie, Ouagadougou:Burkina Faso, Gitega:Burundi,
Phnom Penh:Cambodge, Yaoundé:Cameroun, Ottawa:Canada, Bangui:Centrafrique, Santiago:Chili, Pékin:Chine,
Nicosie:Chypre, Bogota:Colombie, Moroni:Comores, Brazzaville:République du Congo,
Kinshasa:République démocratique du Congo, Pyongyang:Corée du Nord, Séoul:Corée du Sud, San José:Costa Rica,
Yamoussoukro:Côte d'Ivoire, Zagreb:Croatie, La Havane:Cuba, Copenhague:Danemark, Le Caire:Égypte,
Abou Dhabi:Émirats arabes unis, Abu Dhabi:Émirats arabes unis, Quito:Équateur, Asmara:Érythrée, Madrid:Espagne,
Tallinn:Estonie, Washington:États-Unis, Addis-Abeba:Éthiopie, Helsinki:Finlande, Paris:France,
Libreville:Gabon, Banjul:Gambie, Tbilissi:Géorgie, Accra:Ghana, Athènes:Grèce, Conakry:Guinée,
Bissau:Guinée-Bissau, Malabo:Guinée équatoriale, Georgetown:Guyana, Port-au-Prince:Haïti, Tegucigalpa:Honduras,
Budapest:Hongrie, New Delhi:Inde, Jakarta:Indonésie, Bagdad:Irak, Téhéran:Iran, Dublin:Irlande,
Reykjavik:Islande, Rome:Italie, Kingston:Jamaïque, Tokyo:Japon, Amman:Jordanie, Astana:Kazakhstan,
Nairobi:Kenya, Bichkek:Kirghizistan, Vientiane:Laos, Maseru:Lesotho, Riga:Lettonie, Beyrouth:Liban,
Monrovia:Liberia, Tripoli:Libye, Vilnius:Lituanie, Skopje:Macédoine du Nord, Antananarivo:Madagascar,
Kuala Lumpur:Malaisie, Lilongwe:Malawi, Malé:Maldives, Bamako:Mali, La Valette:Malte, Rabat:Maroc,
Port-Louis:Maurice, Nouakchott:Mauritanie, Mexico:Mexique, Chisinau:Moldavie, Oulan-Bator:Mongolie,
Podgorica:Monténégro, Maputo:Mozambique, Windhoek:Namibie, Katmandou:Népal, Managua:Nicaragua, Niamey:Niger,
Abuja:Nigeria, Oslo:Norvège, Wellington:Nouvelle-Zélande, Mascate:Oman, Kampala:Ouganda, Tachkent:Ouzbékistan,
Islamabad:Pakistan, Asuncion:Paraguay, La Haye:Pays-Bas, Lima:Pérou, Manille:Philippines,
Varsovie:Pologne, Lisbonne:Portugal, Doha:Qatar, Bucarest:Roumanie, Londres:Royaume-Uni, Moscou:Russie,
Kigali:Rwanda, San Salvador:Salvador, Dakar:Sénégal, Belgrade:Serbie, Freetown:Sierra Leone,
Bratislava:Slovaquie, Ljubljana:Slovénie, Mogadiscio:Somalie, Khartoum:Soudan, Djouba:Soudan du Sud,
Juba:Soudan du Sud, Colombo:Sri Lanka, Stockholm:Suède, Berne:Suisse, Damas:Syrie, Douchanbé:Tadjikistan,
Dodoma:Tanzanie, N'Djamena:Tchad, Prague:Tchéquie, Bangkok:Thaïlande, Dili:Timor oriental, Lomé:Togo,
Tunis:Tunisie, Achgabat:Turkménistan, Ankara:Turquie, Kiev:Ukraine, Kyiv:Ukraine, Montevideo:Uruguay,
Caracas:Venezuela, Hanoï:Viêt Nam, Sanaa:Yémen, Lusaka:Zambie, Harare:Zimbabwe,
Andorre-la-Vieille:Andorre, Nassau:Bahamas, Bridgetown:Barbade, Belmopan:Belize,
Bandar Seri Begawan:Brunei, Praia:Cap-Vert, Mbabane:Eswatini, Suva:Fidji, Tarawa:Kiribati, Vaduz:Liechtenstein,
Port Moresby:Papouasie-Nouvelle-Guinée, Apia:Samoa, Paramaribo:Suriname, Nuku'alofa:Tonga,
Port-d'Espagne:Trinité-et-Tobago, Funafuti:Tuvalu, Port-Vila:Vanuatu, Saint-Domingue:République dominicaine,
Honiara:Îles Salomon, Majuro:Îles Marshall, Palikir:Micronésie, Castries:Sainte-Lucie, Basseterre:Saint-Kitts-et-Nevis,
Kingstown:Saint-Vincent-et-les-Grenadines, São Tomé:Sao Tomé-et-Principe
"""
CAPITAL_LABELS = {capital.strip(): state.strip() for capital, state in (
    pair.split(":") for pair in _CAPITALS.replace("\n", " ").split(",") if pair.strip())}
CAPITALS = {fold(capital): state for capital, state in CAPITAL_LABELS.items()}

# Two names of one state: the name its entity is kept under (`Grande-Bretagne` is `Royaume-Uni`).
_SAME_STATE = {
    "grande-bretagne": "royaume-uni", "myanmar": "birmanie", "vietnam": "viet nam",
    "republique tcheque": "tchequie", "republique centrafricaine": "centrafrique",
    "rdc": "republique democratique du congo",
}
# Epithets French news gives one state (`l'État hébreu`, `la République islamique`): the state they name.
EPITHETS = {fold(epithet): state for epithet, state in (
    ("État hébreu", "Israël"), ("République islamique", "Iran"), ("royaume chérifien", "Maroc"),
    ("royaume wahhabite", "Arabie saoudite"))}
# The states that are kingdoms: `le royaume` is the one the article names (when it names one only).
KINGDOMS = frozenset(fold(name) for name in (
    "Arabie saoudite", "Royaume-Uni", "Maroc", "Jordanie", "Espagne", "Belgique", "Pays-Bas", "Norvège", "Suède",
    "Danemark", "Thaïlande", "Cambodge", "Bahreïn", "Eswatini", "Lesotho", "Bhoutan", "Tonga"))


def state_key(name: str) -> str | None:
    """`la Grande-Bretagne`, `Royaume-Uni`, `l'Iran` -> one key per state (folded, without the article); None
    for words that name no state."""
    folded = fold(name.strip())
    for article in ("l'", "la ", "le ", "les "):
        folded = folded.removeprefix(article)
    if folded not in STATE_NAMES:
        return None
    return _SAME_STATE.get(folded, folded)


def capital_state(name: str) -> str | None:
    """`Téhéran` -> `Iran`: the French name of the state whose capital the name is; None for other names."""
    return CAPITALS.get(fold(name.strip()))
