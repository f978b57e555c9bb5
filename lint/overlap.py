"""How much two contexts share: weighted word overlap, the measure matching and grouping use.

Words are the stemmed content words of lint.context. A word weighs what it tells
contexts apart (its inverse document frequency in a collection: the reference's
topics, or the claims of a build), so two contexts that share "passport" are
closer than two that share "workers". Unlike a token-set ratio, a short context
that is a subset of a long one ("month" in "trained for about 20 months") does
not score as a match.

Spellings differ between writers (a romanization, a typo, "kippeumjo" and
"kippumjo"): rapidfuzz folds a word the collection does not know onto a known
word that is close enough.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from itertools import repeat

from rapidfuzz import fuzz, process

# A word is folded onto a known word rapidfuzz scores at least this close (fuzz.ratio), if both have
# at least this many letters and the same first letter: "kipeumjo" -> "kipumjo", never "ban" -> "bar".
FOLD_SCORE = 88.0
FOLD_MIN_LENGTH = 6
FOLD_MEMO = 20_000  # texts whose folding is remembered (a 100,000-word draft has a few thousand)
_UNSEEN = object()


class WordWeights:
    """Inverse document frequencies over a collection of word sets, and the folding of unknown words."""

    def __init__(self, documents: Iterable[Iterable[str]], common_share: float = 1.0, common_floor: float = 3.0):
        sets = [set(d) for d in documents]
        self.size = len(sets)
        df = Counter(w for s in sets for w in s)
        limit = max(common_floor, common_share * self.size)
        self.df = df
        self.common = frozenset(w for w, n in df.items() if n > limit)
        self.weight = {w: math.log(1 + self.size / n) for w, n in df.items() if w not in self.common}
        self._vocabulary: dict[str, list[str]] = defaultdict(list)
        # sorted: the words came in the order of Python's string hashes, which changes from process to
        # process, and rapidfuzz gives a tie to the first of two equally close words
        for w in sorted(self.weight):
            if len(w) >= FOLD_MIN_LENGTH:
                self._vocabulary[w[0]].append(w)
        self._folded: dict[str, str | None] = {}  # word -> its spelling in the collection; None: a common word
        self._folded_texts: dict[str, tuple[frozenset[str], float]] = {}

    def fold_text(self, text: str) -> tuple[frozenset[str], float]:
        """fold() of a space-separated text, and its mass: the same sentence and paragraph come
        back for every claim in them, so they are folded once (a bounded memo)."""
        found = self._folded_texts.get(text)
        if found is None:
            if len(self._folded_texts) > FOLD_MEMO:
                self._folded_texts.clear()
            words = self.fold(text.split())
            found = self._folded_texts[text] = (words, self.mass(words))
        return found

    def fold(self, words: Iterable[str]) -> frozenset[str]:
        """The words as the collection spells them, without its common words."""
        folded = self._folded
        out = set()
        for w in words:
            f = folded.get(w, _UNSEEN)
            if f is _UNSEEN:  # each distinct word is looked at once
                f = folded[w] = self._fold_word(w)
            if f is not None:
                out.add(f)
        return frozenset(out)

    def _fold_word(self, w: str) -> str | None:
        if w in self.common:
            return None
        if w in self.weight or len(w) < FOLD_MIN_LENGTH:
            return w
        near = process.extractOne(w, self._vocabulary.get(w[0], ()), scorer=fuzz.ratio, score_cutoff=FOLD_SCORE)
        return near[0] if near else w

    def mass(self, words: Iterable[str]) -> float:
        """The words' weight: a word the collection never uses weighs nothing (it speaks for no topic)."""
        return math.fsum(map(self.weight.get, words, repeat(0.0)))

    def dice(self, mine: frozenset[str], theirs: frozenset[str], mine_mass: float | None = None,
             theirs_mass: float | None = None) -> float:
        """0..1: twice the weight the two word sets share over their total weight."""
        total = (self.mass(mine) if mine_mass is None else mine_mass) + (
            self.mass(theirs) if theirs_mass is None else theirs_mass)
        if not total:
            return 0.0
        shared = mine & theirs
        return 2.0 * math.fsum(map(self.weight.get, shared, repeat(0.0))) / total if shared else 0.0
