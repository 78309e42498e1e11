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
Venezuela, Viêt Nam, Vietnam, Yémen, Zambie, Zimbabwe
"""

STATE_NAMES = frozenset(fold(name.strip()) for name in _STATES.replace("\n", " ").split(",") if name.strip())


def names_a_state(words: str) -> bool:
    """`France`, `la Somalie`, `Côte d’Ivoire`: are these words the French name of a sovereign state?"""
    folded = fold(words.strip())
    for article in ("l'", "la ", "le ", "les "):
        folded = folded.removeprefix(article)
    return folded in STATE_NAMES
