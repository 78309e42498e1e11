"""The time grammar's shortcuts change no match: every pattern opens on a word start (so ``\\b(?=\\w)`` in front of
it is exact, proved from each pattern's parse), and a family is skipped only in a text without any of its gate words
(checked on sentences of our own, each gated family found with its words, and the gated scan the same as a scan of
every pattern)."""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse

import pytest

from newsld.extract import time_grammar
from newsld.extract.time_grammar import GATES, PATTERN_SOURCES, PATTERNS, WORD_START, find_expressions

WORD = re.compile(r"\w")
OPENING = re.compile(r"[\w-]")  # what may follow the ``\b`` of WORD_START: a word character or an ordinal's hyphen
ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)
WORD_CATEGORIES = (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD, sre.CATEGORY_UNI_DIGIT, sre.CATEGORY_UNI_WORD)


def _set_opens(items: list, opening: re.Pattern[str]) -> bool:
    """A character class (``[XVI]``, ``\\d``) whose every character ``opening`` matches."""
    checks = {sre.LITERAL: lambda av: bool(opening.match(chr(av))),
              sre.RANGE: lambda av: all(opening.match(chr(c)) for c in range(av[0], av[1] + 1)),
              sre.CATEGORY: lambda av: av in WORD_CATEGORIES}
    return all(op in checks and checks[op](av) for op, av in items)


def _opening(sequence, opening: re.Pattern[str] = WORD) -> tuple[bool, bool]:
    """(``opening`` matches every first consumed character, the sequence may consume nothing)."""
    for op, av in sequence:
        word, empty = _item_opening(op, av, opening)
        if not word:
            return False, False
        if not empty:
            return True, False
    return True, True


def _item_opening(op, av, opening: re.Pattern[str]) -> tuple[bool, bool]:
    if op in ZERO_WIDTH:
        return True, True
    if op is sre.LITERAL:
        return bool(opening.match(chr(av))), False
    if op is sre.IN:
        return _set_opens(av, opening), False
    if op is sre.SUBPATTERN:
        return _opening(av[-1], opening)
    if op is sre.BRANCH:
        openings = [_opening(alternative, opening) for alternative in av[1]]
        return all(word for word, _ in openings), any(empty for _, empty in openings)
    if op in REPEATS:
        word, empty = _opening(av[2], opening)
        return word, empty or av[0] == 0
    return False, False  # anything else (any character, a negated class, a back-reference) proves nothing


def _opens_on_boundary(sequence) -> bool:
    """The zero-width items before the first consumed one hold a ``\\b``, or a look-behind ending on a non-word
    character (« (?<=\\d{4} ) »): with a word character next, the match starts on a boundary."""
    for op, av in sequence:
        if op not in ZERO_WIDTH:
            return False
        if op is sre.AT and av is sre.AT_BOUNDARY:
            return True
        if op is sre.ASSERT and av[0] == -1:
            last_op, last_av = list(av[1])[-1]
            if last_op is sre.LITERAL and not WORD.match(chr(last_av)):
                return True
    return False


@pytest.mark.parametrize("index", range(len(PATTERN_SOURCES)))
def test_every_pattern_opens_on_a_word_start(index):
    family, source = PATTERN_SOURCES[index]
    parsed = sre_parse.parse(source, re.IGNORECASE)
    if source.startswith(r"\b"):  # its own boundary is kept: what follows it must be what WORD_START lets through
        word, empty = _opening(parsed, OPENING)
    else:  # WORD_START adds a boundary: the pattern must imply it, opening on a word character after a non-word one
        word, empty = _opening(parsed, WORD)
        assert _opens_on_boundary(parsed), f"{family} #{index} may open inside a word"
    assert word and not empty, f"{family} #{index} may open on what WORD_START does not let through"
    assert PATTERNS[index][1].pattern == WORD_START + source.removeprefix(r"\b")


def test_the_proof_rejects_what_does_not_open_on_a_word_start():
    assert _opening(sre_parse.parse(r"\b(?:«\s*)?hier", re.IGNORECASE)) == (False, False)
    # « 2-ième anniversaire »: the ordinal's hyphen may open a match, which WORD (not OPENING) refuses
    assert _opening(sre_parse.parse(r"\b[a-zé-]+ième", re.IGNORECASE)) == (False, False)
    assert _opening(sre_parse.parse(r"\b[a-zé-]+ième", re.IGNORECASE), OPENING) == (True, False)
    assert _opening(sre_parse.parse(r"\b(?:la\s+)?", re.IGNORECASE))[1]  # may match nothing
    assert not _opens_on_boundary(sre_parse.parse(r"(?:le\s+)?mois", re.IGNORECASE))
    assert _opens_on_boundary(sre_parse.parse(r"(?<=\d{4} )(?:et|ou)", re.IGNORECASE))


# (family, a sentence of our own it is found in, a sentence without any of its gate words)
FOUND_WITH_GATE_WORDS = [
    ("day-range", "Le salon se tiendra du 3 au 7 juin à Lyon.", "Le salon se tiendra du 3 au 7 à Lyon."),
    ("weekday-day", "La délégation arrivera mardi 14, selon la mairie.", "Elle arrivera le 14, selon la mairie."),
    ("weekday", "Le ministre a démissionné dans la soirée de vendredi.", "Le ministre a démissionné dans la soirée."),
    ("weekday", "Les négociations reprendront dès lundi prochain.", "Les négociations reprendront dès que possible."),
    ("week", "Le texte sera voté en fin de semaine.", "Le texte sera voté en fin de parcours."),
    ("week", "Les pompiers ont été mobilisés tout le week-end.", "Les pompiers ont été mobilisés tout le temps."),
    ("week", "Le conseil s'est réuni la semaine dernière.", "Le conseil s'est réuni la fois dernière."),
    ("relative", "Les ventes ont chuté l'an dernier.", "Les ventes ont chuté la fois dernière."),
    ("relative", "Le chantier sera achevé d'ici la fin de l'année.", "Le chantier sera achevé d'ici la fin."),
    ("relative", "Les prix ont grimpé depuis le début du mois.", "Les prix ont grimpé depuis le début."),
    ("vague-span", "Les pluies se sont intensifiées ces derniers jours.", "Les pluies se sont intensifiées ces jours."),
    ("vague-span", "Le syndicat prévoit des grèves dans les semaines à venir.", "Le syndicat prévoit des grèves."),
    ("part-of-day", "Les secours sont intervenus dans la nuit.", "Les secours sont intervenus dans la cour."),
    ("part-of-day", "Le cortège s'est élancé à l'aube.", "Le cortège s'est élancé à l'heure."),
    ("part-of-day", "Le vote aura lieu en fin de matinée.", "Le vote aura lieu en fin de séance."),
    ("deictic", "Le maire l'a annoncé hier soir.", "Le maire l'a annoncé sur place."),
    ("deictic", "Aucun blessé n'est signalé pour l'heure.", "Aucun blessé n'est signalé pour l'essentiel."),
    ("deictic", "La frontière reste fermée à présent.", "La frontière reste fermée à double tour."),
    ("vague", "Un accord pourrait être signé prochainement.", "Un accord pourrait être signé."),
    ("vague", "La centrale sera fermée à moyen terme.", "La centrale sera fermée à moyen coût."),
    ("season", "La réforme entrera en vigueur à l'automne.", "La réforme entrera en vigueur à l'échéance."),
    ("century", "Le château date du XVIe siècle.", "Le château date du XVIe."),
    ("night-span", "Le hangar a brûlé dans la nuit de samedi à dimanche.", "Le hangar a brûlé de samedi à dimanche."),
]


@pytest.mark.parametrize(("family", "with_words", "without_words"), FOUND_WITH_GATE_WORDS)
def test_each_gated_family_is_found_with_its_words_and_scanned_only_with_them(family, with_words, without_words):
    assert family in GATES
    assert family in [e.family for e in find_expressions(with_words)]
    lowered = without_words.lower()
    assert not any(word in lowered for word in GATES[family])
    # without its words, the family's own patterns find nothing either: skipping the scan loses no match
    assert not any(pattern.search(without_words) for kind, pattern in PATTERNS if kind == family)


SENTENCES_OF_OUR_OWN = [
    "DANS LA SOIRÉE DE JEUDI, LES MANIFESTANTS SE SONT DISPERSÉS.",
    "Le traité, signé en mars 2019, expire dans trois ans, a rappelé mardi 4 le ministère.",
    "Il y a deux semaines, la ville avait déjà été inondée ; aujourd'hui, elle attend des renforts.",
    "Les élus se réuniront\nla semaine prochaine, puis à nouveau au début de l'année prochaine.",
    "Depuis l'époque soviétique, le port n'avait jamais connu pareil trafic, du 2 au 9 avril.",
    "Récemment, pendant plusieurs heures, le réseau a été coupé entre 2010 et 2012 puis en 2015.",
    "Un mois après sa réélection, le président a limogé son Premier ministre, tard le soir.",
    "À la veille du sommet, les diplomates travaillaient encore, actuellement sans résultat.",
    "Le 80e anniversaire de la libération sera célébré cet été, le 25 août 2024 à 10 h 30.",
    "Au premier trimestre 2026, les exportations ont reculé, a indiqué le ministère ce matin.",
]


def _scan_every_pattern(monkeypatch, text):
    with monkeypatch.context() as patched:
        patched.setattr(time_grammar, "GATES", {})
        return find_expressions(text)


@pytest.mark.parametrize("text", SENTENCES_OF_OUR_OWN)
def test_the_gated_scan_finds_what_a_scan_of_every_pattern_finds(monkeypatch, text):
    gated = find_expressions(text)
    assert gated, "a sentence of times should hold some"
    assert gated == _scan_every_pattern(monkeypatch, text)


def test_the_word_start_is_where_the_patterns_would_have_matched():
    text = "«Hier», puis l'an dernier: 2019-2020 et 2021 ou 2022; mi-juin; le 2-ième anniversaire de la loi."
    for (_family, source), (_kind, pattern) in zip(PATTERN_SOURCES, PATTERNS, strict=True):
        plain = re.compile(source, re.IGNORECASE)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]
