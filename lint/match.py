"""Which topic is a claim about? Fuzzy matching of contexts, never of values.

Candidates are blocked twice before any fuzzy score is computed: by kind and
unit family (a percentage is never compared with a statute), and, in large
references, by the words a claim shares with a topic (an inverted index), so
the cost grows with the claims, not with claims times topics. The survivors
are scored with rapidfuzz's batch `process.extract` on strings prepared once.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from lint.context import Context, claim_context, tokens
from lint.judge import agrees
from lint.model import Claim, Figure, Kind, Reference, Statute, Topic, Value
from lint.settings import MatchSettings

# A block this small is scored whole; larger ones go through the inverted index.
DENSE_BLOCK = 96
# How many topics the inverted index hands on to fuzzy scoring.
CANDIDATES = 24
# A word in more than this share of topics says little about any one of them.
COMMON_SHARE = 0.25
# A claim's topic must share one of its rare words (in at most this share of topics, or
# its rarest) with the claim's own sentence: overlap in common words alone ("north",
# "korea") is not a topic.
ANCHOR_SHARE = 0.06


def unit_family(value: Value) -> str:
    """Units that can be compared at all: yuan with won (to find the mismatch), not won with percent."""
    if not isinstance(value, Figure):
        return ""
    unit = value.unit
    if unit.startswith("currency"):
        return "currency"
    if unit in ("months", "days", "hours", "weeks", "years"):
        return "duration"
    return unit.split(":")[0]


def block_of(kind: Kind, value: Value) -> tuple[Kind, str]:
    return kind, unit_family(value)


def _same_law(value: Value, topic: Topic) -> bool:
    """A statute of a named law is never about a topic on another named law: the law blocks like a unit."""
    if not isinstance(value, Statute) or not value.law:
        return True
    laws = {c.norm.law for c in topic.claims if isinstance(c.norm, Statute)}
    return None in laws or value.law in laws


@dataclass(frozen=True)
class Match:
    topic: Topic
    score: float


class Matcher:
    """Prepared once per reference; `match` then costs a few batch calls per claim."""

    def __init__(self, reference: Reference, settings: MatchSettings) -> None:
        self.settings = settings
        self.topics = reference.topics
        # currencies the sources name ("kora"), by the word a draft writes after an amount
        self.currency_words = {
            c.norm.unit.split(":", 1)[1].lower(): c.norm.unit
            for t in self.topics for c in t.claims
            if isinstance(c.norm, Figure) and c.norm.unit.startswith("currency:")
        }
        words = [self._topic_words(t) for t in self.topics]
        df = Counter(w for ws in words for w in set(ws))
        limit = max(3.0, COMMON_SHARE * len(self.topics))
        self.common = frozenset(w for w, n in df.items() if n > limit)
        self.idf = {w: math.log(1 + len(self.topics) / n) for w, n in df.items()}
        self.strings = [" ".join(sorted(set(ws) - self.common)) for ws in words]
        anchor_limit = max(2.0, ANCHOR_SHARE * len(self.topics))
        self.anchors = [self._anchors(set(ws), df, anchor_limit) for ws in words]
        self.blocks: dict[tuple[Kind, str], list[int]] = defaultdict(list)
        for i, topic in enumerate(self.topics):
            families = {unit_family(c.norm) for c in topic.claims} or {""}
            for family in families:
                self.blocks[(topic.kind, family)].append(i)
        self.index: dict[tuple[Kind, str], dict[str, list[int]]] = {}
        for key, members in self.blocks.items():
            if len(members) > DENSE_BLOCK:
                inverted: dict[str, list[int]] = defaultdict(list)
                for i in members:
                    for w in set(self.strings[i].split()):
                        inverted[w].append(i)
                self.index[key] = dict(inverted)

    @staticmethod
    def _anchors(topic_words: set[str], df: Counter, limit: float) -> frozenset[str]:
        """A topic's rare words, and at least its rarest ones: a claim must share one of them."""
        if not topic_words:
            return frozenset()
        rarest = min(df[w] for w in topic_words)
        return frozenset(w for w in topic_words if df[w] <= max(limit, rarest))

    @staticmethod
    def _topic_words(topic: Topic) -> list[str]:
        text = " ".join([topic.subject, *topic.keywords, *(c.evidence for c in topic.claims)])
        return tokens(text)

    def _strip_common(self, text: str) -> str:
        return " ".join(w for w in text.split() if w not in self.common)

    def context(self, claim: Claim, siblings: Sequence[tuple[int, int]] = ()) -> Context:
        ctx = claim_context(claim, self.settings.window, siblings)
        return Context(*(self._strip_common(s) for s in (ctx.local, ctx.sentence, ctx.paragraph)))

    def _candidates(self, key: tuple[Kind, str], ctx: Context) -> list[int]:
        members = self.blocks.get(key, [])
        inverted = self.index.get(key)
        if inverted is None:
            return members
        weight: dict[int, float] = defaultdict(float)
        for strength, text in ((3.0, ctx.local), (1.5, ctx.sentence), (1.0, ctx.paragraph)):
            for w in set(text.split()):
                for i in inverted.get(w, ()):
                    weight[i] += strength * self.idf.get(w, 1.0)
        ranked = sorted(weight, key=lambda i: (-weight[i], i))
        return ranked[:CANDIDATES]

    def match(self, claim: Claim, siblings: Sequence[tuple[int, int]] = ()) -> Match | None:
        """The claim's topic, or None when no topic's context comes close enough.

        `siblings`: spans of the other claims in the same sentence (see context.claim_context)."""
        ctx = self.context(claim, siblings)
        candidates = self._candidates(block_of(claim.kind, claim.value), ctx)
        if not candidates:
            return None
        choices = [self.strings[i] for i in candidates]
        s = self.settings
        total = [0.0] * len(candidates)
        for weight, text in ((s.local_weight, ctx.local), (s.sentence_weight, ctx.sentence),
                             (s.paragraph_weight, ctx.paragraph)):
            if not text:
                continue
            for _, score, j in process.extract(text, choices, scorer=fuzz.token_set_ratio, limit=None):
                total[j] += weight * score
        near = set(ctx.local.split()) | set(ctx.sentence.split())
        best_j, best = -1, -1.0
        for j, i in enumerate(candidates):
            if not near & self.anchors[i] or not _same_law(claim.value, self.topics[i]):
                continue
            score = total[j]
            if any(agrees(claim.value, c.norm) for c in self.topics[i].claims):
                score += s.agree_bonus
            if score > best:
                best_j, best = j, score
        if best_j < 0 or best < s.cutoff:
            return None
        return Match(self.topics[candidates[best_j]], round(best, 1))
