"""A corpus of varied French news articles, generated from sentence templates (fixed seed: the same corpus
every run). Used by benchmarks/extract.py to measure speed and memory; the texts are ours, not copies.

    python benchmarks/corpus/generate.py OUT_DIR [--count 200]   # writes OUT_DIR/article-NNN.txt
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

PEOPLE = ["Vladimir Poutine", "Xi Jinping", "Kim Jong-un", "Sergueï Lavrov", "Fumio Kishida", "Alexandre Loukachenko",
          "Antonio Guterres", "Sergueï Choïgou", "Jean Dupont", "Maria Kowalska", "Ahmed Benali", "Olga Ivanova"]
ROLES = ["le président russe", "le dirigeant nord-coréen", "le Premier ministre japonais", "son homologue",
         "le secrétaire général de l'ONU", "le ministre des Affaires étrangères", "le porte-parole du Kremlin"]
CAPITALS = ["Moscou", "Pékin", "Pyongyang", "Tokyo", "Séoul", "Minsk", "Washington", "Kiev", "Hanoï"]
PLACES = ["Vladivostok", "Sotchi", "Khabarovsk", "Lyon", "Marseille", "Genève", "la région de Moscou"]
COUNTRIES = ["la Russie", "la Corée du Nord", "la Chine", "le Japon", "la Biélorussie", "l'Ukraine", "le Viêt Nam"]
THINGS = ["un service à thé", "une limousine", "un chien", "des munitions", "des obus", "du pétrole", "des drones",
          "une carabine de collection", "un tableau ancien", "des céréales"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
SOURCES = ["l'agence TASS", "l'agence KCNA", "l'AFP", "Reuters", "les médias russes", "un diplomate"]
QUOTES = ["Nous ne céderons pas", "La coopération entre nos pays est excellente", "Rien n'a été décidé",
          "Les sanctions doivent être respectées", "Cette visite marque une nouvelle étape",
          "Nous surveillons la situation avec inquiétude"]

TEMPLATES = [
    "{p1} a rencontré {p2} à {c1} {wd}, a rapporté {src}.",
    "{c1} a proposé à {c2} de livrer {thing}, selon {src}.",
    "« {quote} », a déclaré {p1} devant la presse.",
    "{role} a offert {thing} à {p2} lors d'un banquet à {place}.",
    "{p1} se rendra prochainement à {c2} pour une visite de quelques jours.",
    "Washington soupçonne {c1} de vouloir livrer {thing} à {country}.",
    "Le Conseil de sécurité des Nations unies a sanctionné {country} en 2019.",
    "{p1} n'a pas rencontré {p2} {wd}, contrairement à ce qu'avait annoncé {src}.",
    "{c1} aurait fourni {thing} à {country}, selon {src}.",
    "« {quote} », a indiqué {p2}, avant d'ajouter que {c1} restait « un partenaire fiable ».",
    "{p1} a été invité à {c2} par {p2} et a accepté l'invitation.",
    "Il sera vendredi 15 mars à {place} où il recevra {p2}.",
    "La visite de {p1} à {c1} doit durer trois jours.",
    "{p2} a mis en garde {c1} : « {quote}. »",
    "Le Kremlin a confirmé que {role} participerait au sommet de {place}.",
    "{p1}, porte-parole de l'organisation, a assuré que les discussions entre {c1} et {c2} avançaient.",
]


def article(rng: random.Random) -> str:
    sentences = []
    for _ in range(rng.randint(9, 15)):
        template = rng.choice(TEMPLATES)
        p1, p2 = rng.sample(PEOPLE, 2)
        c1, c2 = rng.sample(CAPITALS, 2)
        sentence = template.format(p1=p1, p2=p2, c1=c1, c2=c2, role=rng.choice(ROLES), place=rng.choice(PLACES),
                                   country=rng.choice(COUNTRIES), thing=rng.choice(THINGS), wd=rng.choice(WEEKDAYS),
                                   src=rng.choice(SOURCES), quote=rng.choice(QUOTES))
        sentences.append(sentence[0].upper() + sentence[1:])
    paragraphs = [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]
    return "\n\n".join(paragraphs)


def generate(count: int = 200, seed: int = 2023) -> list[tuple[str, str]]:
    """(article id, text) pairs; the publication date of all of them is 2024-03-14."""
    rng = random.Random(seed)
    return [(f"article-{n:03d}", article(rng)) for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--count", type=int, default=200)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for article_id, text in generate(args.count):
        (args.out / f"{article_id}.txt").write_text(f" date 2024-03-14 {text}\n", encoding="utf-8")
    print(f"{args.count} articles in {args.out}")


if __name__ == "__main__":
    main()
