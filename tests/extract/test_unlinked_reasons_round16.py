"""Why an unnamed participant has no Wikidata link, said by its kind (the lead, session 10).

Sentences written for these tests: a body named by a common noun (`la délégation chilienne`) is a group or body, a
person named by an office only is a person designated without a name; neither is called a thing.
"""

from __future__ import annotations

from newsld.extract.references import UNNAMED_BODY


def test_delegations_shared_out_by_adjectives_are_bodies_not_things(view):
    v = view("Des délégations chilienne et péruvienne se sont rencontrées jeudi à Lima pour parler des quotas.")
    for words in ("délégation chilienne", "délégation péruvienne"):
        entity = v.entity(next(e["id"] for e in v.data["entities"] if e["label"] == words))
        assert entity["type"] == "group"
        assert entity["unlinked_reason"] == UNNAMED_BODY
