"""FAQ retrieval, the package's public face: what the bot, the runtime and the admin console use.

The parts live in modules of one purpose each:
- knowledge.vocabulary: spelling variants, subject hints, stop lemmas (`unify`, `normalize_for_index`);
- knowledge.text_features: character n-grams, kana readings and lemmas of a message and its clauses;
- knowledge.phrasings: the labelled examples, tuning questions and not-FAQ messages shipped as phrasings;
- knowledge.channels: the TF-IDF channels and word vectors of the first stage;
- knowledge.ranker: the candidate features (by name) and the logistic ranker of the second stage;
- knowledge.index: `FaqIndex` (both stages and the threshold), `Match`, `Tuning`;
- knowledge.cache: `IndexCache`, the index of a running process, rebuilt when the FAQ changes.
"""

from knowledge.cache import IndexCache
from knowledge.index import FaqIndex, Match, Tuning
from knowledge.ranker import asks
from knowledge.vocabulary import OUTSIDE_CITY_HINT, harm_received

__all__ = ["OUTSIDE_CITY_HINT", "FaqIndex", "IndexCache", "Match", "Tuning", "asks", "harm_received"]
