"""The literals a pattern's matches open with: "death", "capital", "sentenced", "punishable" for
`\\bdeath\\s+penalty|\\bcapital\\s+punishment|...`.

The `regex` engine skips ahead fast to a pattern's one leading literal, but not to any of several: a
pattern that opens with an alternation of words is tried at every position of the text (about 10 ms
a pass over a 100,000-word draft, however rare its words). Searched one at a time, its opening
literals take a fraction of a millisecond each, and the pattern need only be tried where one is.

`openings(source)` reads a pattern's source (compiled VERBOSE) as far as its opening literals go,
taking each branch of an alternation that stands before them (and both ways past an optional
group). It answers None wherever it cannot be sure that every match starts with one of the
literals it gives: a set, a class or a repeated character first, a construct it does not read, too
many literals. What it drops (lookarounds, a group's name or case setting) only ever widens the
literals, never narrows them.
"""

from __future__ import annotations

from functools import cache

import regex

# the pieces of a pattern's source, as far as this reading goes (compiled when first asked for: a short draft's
# lint never is)
_TOKEN_SOURCE = r"""
    (?P<set>\[\^?\]?(?:\\.|[^\]\\])*\])
  | (?P<look>\(\?<?[=!])
  | (?P<backref>\(\?P=[A-Za-z_]\w*\))
  | (?P<open>\((?:\?(?:P?<[A-Za-z_]\w*>|[ims]*(?:-[ims]+)?:|>)|(?!\?)))
  | (?P<unread>\(\?)
  | (?P<close>\))
  | (?P<bar>\|)
  | (?P<quant>(?:[?*+]|\{\d*(?:,\d*)?\})[?+]?)
  | (?P<escape>\\[pPN]\{[^}]*\}|\\[xuU][0-9a-fA-F]{2,8}|\\.)
  | (?P<space>\s+)
  | (?P<comment>\#[^\n]*)
  | (?P<chars>[^\W\d_]+)
  | (?P<char>.)
"""
# An opening literal must be at least this long (a letter or two is in every other word), unless it is only
# symbols ("§", "$"); and there may be at most this many (each is a pass over the text).
SHORTEST = 2
MOST = 12
# A literal this long is rare enough: the branches of a group after it are not followed further.
LONG_ENOUGH = 3


def openings(source: str) -> tuple[str, ...] | None:
    """Regex sources of the literals (each with the word boundary before it, where the pattern has one) that
    every match of `source` starts with, or None where that cannot be told."""
    try:
        branches = _parse(_tokens().finditer(source))
    except _Unread:
        return None
    found = _branch_openings(branches)
    if found is None:
        return None
    # ("fine" finds every match "fined" would)
    kept = {(b, r) for b, r in found if not any(r.startswith(r2) and (b or not b2) and (b2, r2) != (b, r)
                                                for b2, r2 in found)}
    return tuple(sorted((r"\b" if bounded else "") + _source_of(run) for bounded, run in kept))


# A run's stand-in for white space (`\s`): a run never holds a space of its own, the pattern being VERBOSE
_SPACE = " "


def _source_of(run: str) -> str:
    return "".join(r"\s" if c == _SPACE else regex.escape(c) for c in run)


@cache
def _tokens() -> regex.Pattern:
    return regex.compile(_TOKEN_SOURCE, regex.VERBOSE | regex.DOTALL)


class _Unread(Exception):
    """A construct the reading does not follow."""


# an item of a sequence: (kind, payload, least, most), kind one of "char" (payload: the characters), "zero" (a
# zero-width assertion; payload: its source), "group" (payload: its branches) or "other"; most None: no limit
_Item = tuple


def _parse(tokens) -> list[list[_Item]]:
    """The branches of the alternation the tokens hold, up to the closing bracket of a group."""
    branches: list[list[_Item]] = [[]]
    for t in tokens:
        kind, text = t.lastgroup, t.group()
        seq = branches[-1]
        if kind == "unread":
            raise _Unread  # a flag for the whole pattern, a conditional...
        if kind in ("space", "comment"):
            continue  # (VERBOSE: a comment runs to the line's end)
        if kind == "close":
            return branches
        if kind == "bar":
            branches.append([])
        elif kind == "quant":
            if not seq:
                raise _Unread
            least, most = _bounds(text)
            item = seq.pop()
            if item[0] in ("zero", "ahead") and least == 0:
                continue  # an assertion that may be skipped asserts nothing ("\\b?")
            if item[0] == "char" and len(item[1]) > 1:  # (a quantifier takes the last letter of a word alone)
                seq.append(("char", item[1][:-1], 1, 1))
                item = ("char", item[1][-1], 1, 1)
            seq.append((item[0], item[1], item[2] * least, None if most is None or item[3] is None else item[3] * most))
        elif kind == "look":
            # (what a lookbehind or a negative lookahead asks is left out: the literals only widen)
            seq.append(("ahead" if text == "(?=" else "zero", _parse(tokens), 1, 1))
        elif kind == "open":
            seq.append(("group", _parse(tokens), 1, 1))
        elif kind in ("set", "backref"):
            seq.append(("other", text, 1, 1))  # (a backreference matches what its group did: no literal of its own)
        elif kind == "escape":
            seq.append(_escape_item(text))
        elif text in "^$":
            seq.append(("zero", text, 1, 1))
        elif text == ".":
            seq.append(("other", text, 1, 1))
        else:  # a character, or a run of letters
            seq.append(("char", text, 1, 1))
    return branches


def _bounds(quantifier: str) -> tuple[int, int | None]:
    q = quantifier.rstrip("?+") or quantifier[0]  # ("??", "+?" and the like: the first character is the quantifier)
    if q == "?":
        return 0, 1
    if q == "*":
        return 0, None
    if q == "+":
        return 1, None
    low, _, high = q[1:-1].partition(",")
    if not low and not high and "," not in q:
        raise _Unread  # "{}"
    least = int(low or 0)
    return least, (least if "," not in q else int(high) if high else None)


def _escape_item(text: str) -> _Item:
    if text == r"\b":
        return ("zero", text, 1, 1)
    if len(text) == 2 and not text[1].isalnum() and not text[1].isspace():
        return ("char", text[1], 1, 1)  # an escaped symbol: "\.", "\$", "\#"
    return ("other", text, 1, 1)


def _branch_openings(branches: list[list[_Item]]) -> list[tuple[bool, str]] | None:
    found: list[tuple[bool, str]] = []
    for seq in branches:
        sub = _seq_openings(seq, 0, "", False)
        if sub is None:
            return None
        found += sub
        if len(found) > MOST:
            return None
    return found


def _seq_openings(seq: list[_Item], i: int, run: str, bounded: bool) -> list[tuple[bool, str]] | None:
    """The literals the items from `i` on open with, after the literal `run` read before them."""
    while i < len(seq):
        kind, payload, least, most = seq[i]
        if kind == "ahead" and not run and least:
            # a guard ("(?=\b(?:art|sec)|§)"): what it looks for is where every match starts
            found = _branch_openings(payload)
            if found is not None:
                return [(bounded or b, r) for b, r in found]
        elif kind in ("zero", "ahead"):
            bounded = bounded or (payload == r"\b" and not run)
        elif kind == "char":
            if least == 0:
                break  # an optional character ends the run
            run += payload
            if most != 1:
                break  # so does a repeated one
        elif kind == "other" and payload == r"\s" and run and least and len(run) < LONG_ENOUGH:
            # white space after a short word makes it a literal worth a pass: "a " is the word "a", not every "a"
            # ("an " not every "and", "any"...); after a longer one it would only split "fine" into "fines ", "fined "
            run += _SPACE
            if most != 1:
                break
        elif kind == "group" and most == 1 and len(run) < LONG_ENOUGH:
            found: list[tuple[bool, str]] = []
            for branch in payload:
                sub = _seq_openings(branch + seq[i + 1 :], 0, run, bounded)
                if sub is None:
                    return None
                found += sub
            if least == 0:  # an optional group: what follows it may open the match too
                sub = _seq_openings(seq, i + 1, run, bounded)
                if sub is None:
                    return None
                found += sub
            return found if len(found) <= MOST else None
        else:
            break
        i += 1
    if len(run) >= SHORTEST or (run and not any(c.isalnum() for c in run)):
        return [(bounded, run)]
    return None
