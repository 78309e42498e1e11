"""The percent-decoder of protocol parameters decodes exactly as the standard library does, only faster."""

from __future__ import annotations

import random
from urllib.parse import quote_from_bytes, unquote_to_bytes

import pytest

from newsld.web.protocol import percent_decoded

AWKWARD = [
    b"", b"%", b"%%", b"%4", b"%G1", b"%4g", b"100%", b"%41%", b"\\", b"\\x41", b"\\%41", b"%5Cx41", b"%5c%5C",
    b"a+b", b"%00%ff%FF", b"\\n\\t%0A", b"%e9t%C3%A9", b"%\\x41", b"%%41", b"%zz%41",
]


@pytest.mark.parametrize("raw", AWKWARD)
def test_awkward_escapes_decode_as_the_standard_library_does(raw: bytes) -> None:
    assert percent_decoded(raw) == unquote_to_bytes(raw)


def test_random_bytes_and_their_quoted_forms_decode_as_the_standard_library_does() -> None:
    rng = random.Random(20261129)
    alphabet = b"%\\xX0123456789abcdefABCDEFgG+ \n{}?"
    for _ in range(3000):
        raw = bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert percent_decoded(raw) == unquote_to_bytes(raw), raw
        data = bytes(rng.randrange(256) for _ in range(rng.randint(0, 40)))
        assert percent_decoded(quote_from_bytes(data, safe="").encode()) == data


def test_a_query_sent_by_get_round_trips() -> None:
    query = 'SELECT ?e WHERE { ?e rdfs:label "Kim Jong-un à Vladivostok \\"NDLR\\"" } # 100 %'
    assert percent_decoded(quote_from_bytes(query.encode(), safe="").encode()).decode() == query
