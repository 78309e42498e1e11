"""What the extraction's speed rests on (not timings): spaCy's matrix products through numpy's BLAS in one
thread, with the parses they give unchanged."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy
import pytest
import spacy
from thinc.api import NumpyOps, get_current_ops

from newsld.extract.argument_repair import ARGUMENT_REPAIR_COMPONENT
from newsld.extract.incises import INCISE_COMPONENT
from newsld.extract.lemmas import PRESENT_LEMMA_COMPONENT
from newsld.extract.nlp import MODEL, SENTENCE_COMPONENT, normalise_text

# Sentences of our own, of the wire's kinds: a report, a quote, a passive, names of people, places and bodies.
SENTENCES = (
    "Le ministre malien de la Défense a annoncé lundi la signature d'un accord avec le Niger.",
    "« Nous ne céderons pas », a déclaré mercredi à Dakar le porte-parole du gouvernement sénégalais.",
    "Trois soldats ont été tués dimanche dans une embuscade près de la frontière, selon l'armée.",
    "L'Union africaine a condamné le coup d'État et exigé la libération du président Mohamed Bazoum.",
    "La Commission européenne devrait présenter jeudi à Bruxelles un nouveau paquet de sanctions.",
)


def _embedding_layers(nlp):
    """The layers of the two word-embedding networks, the shared one and the entity recogniser's own, where
    nearly all the products are (the parsers' last layer is built apart and steps in their own C code)."""
    ner_embedding = nlp.get_pipe("ner").model.get_ref("tok2vec")
    return [*nlp.get_pipe("tok2vec").model.walk(), *ner_embedding.walk()]


def _parse_table(nlp, text: str) -> list[tuple]:
    doc = nlp(normalise_text(text))
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
             t.is_sent_start) for t in doc]


@pytest.fixture(scope="module")
def blis_nlp():
    """The same pipeline as ``load_nlp`` builds, with the ops spaCy loads by default (blis products)."""
    nlp = spacy.load(MODEL)
    nlp.add_pipe(SENTENCE_COMPONENT, before="parser")
    nlp.add_pipe(PRESENT_LEMMA_COMPONENT, after="lemmatizer")
    nlp.add_pipe(INCISE_COMPONENT, last=True)
    nlp.add_pipe(ARGUMENT_REPAIR_COMPONENT, last=True)
    return nlp


def test_every_embedding_layer_multiplies_with_numpy(nlp):
    layers = _embedding_layers(nlp)
    assert len(layers) > 100
    assert all(isinstance(layer.ops, NumpyOps) and layer.ops.use_blis is False for layer in layers)


def test_the_tagger_layers_too(nlp):
    layers = list(nlp.get_pipe("morphologizer").model.walk())
    assert layers and all(layer.ops.use_blis is False for layer in layers)


def test_the_process_default_ops_are_left_alone(nlp):
    ops = get_current_ops()
    assert not isinstance(ops, NumpyOps) or ops.use_blis is True


def test_numpy_and_blis_products_agree_closely():
    rng = numpy.random.default_rng(17)
    x, w = rng.random((40, 288), dtype="float32"), rng.random((96, 288), dtype="float32")
    with_numpy = NumpyOps(use_blis=False).gemm(x, w, trans2=True)
    with_blis = NumpyOps().gemm(x, w, trans2=True)
    assert with_numpy.shape == (40, 96)
    assert numpy.allclose(with_numpy, with_blis, rtol=1e-5, atol=1e-4)


@pytest.mark.parametrize("text", SENTENCES)
def test_the_parse_is_the_one_blis_gives(nlp, blis_nlp, text):
    assert _parse_table(nlp, text) == _parse_table(blis_nlp, text)


def test_the_entities_are_the_ones_blis_gives(nlp, blis_nlp):
    text = " ".join(SENTENCES)
    ours, theirs = nlp(normalise_text(text)), blis_nlp(normalise_text(text))
    assert [(e.start_char, e.end_char, e.label_) for e in ours.ents] == [
        (e.start_char, e.end_char, e.label_) for e in theirs.ents]
    assert any(e.label_ == "PER" for e in ours.ents)


def _openblas_threads_after_import(env: dict[str, str]) -> str:
    code = "import os, newsld.extract; print(os.environ.get('OPENBLAS_NUM_THREADS'))"
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_importing_extraction_asks_openblas_for_one_thread():
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    assert _openblas_threads_after_import(env) == "1"


def test_a_thread_count_set_by_the_user_is_kept():
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "2"}
    assert _openblas_threads_after_import(env) == "2"


def test_the_extraction_still_reads_a_report(extract):
    annotation = extract("Le gouvernement ghanéen a annoncé mardi la fermeture de ses frontières avec le Togo.")
    act = annotation.data["speech_acts"][0]
    assert (act["type"], act["trigger"]["text"], act["status"]) == ("Statement", "a annoncé", "occurred")
    assert act["speaker"] == "local:le-gouvernement-ghaneen"
