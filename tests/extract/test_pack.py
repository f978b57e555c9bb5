"""Rule packs: the bundled rules load and document themselves; user packs extend them; bad ones are named."""

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lint.errors import InputError
from lint.extract import extract_claims, scan_text
from lint.patterns import load_pack, pack_fingerprint
from lint.source import parse_document

BUNDLED = load_pack()
EXAMPLES = [(r.name, ex, True) for r in BUNDLED.rules for ex in r.examples] + [
    (r.name, ex, False) for r in BUNDLED.rules for ex in r.counterexamples
]


def test_the_bundled_load_is_cached():
    assert load_pack() is BUNDLED
    assert pack_fingerprint() == BUNDLED.fingerprint


def test_every_kind_and_the_ignore_list_have_patterns():
    assert {r.kind for r in BUNDLED.rules} == {"statute", "penalty", "date", "figure", "ignore"}


@pytest.mark.parametrize(("name", "text", "matches"), EXAMPLES, ids=[f"{n}:{t}" for n, t, _ in EXAMPLES])
def test_documented_examples_hold(name, text, matches):
    """Each pattern's `examples` are found by it, its `counterexamples` are not (in the scan text)."""
    rule = next(r for r in BUNDLED.rules if r.name == name)
    found = rule.pattern.search(scan_text(text, BUNDLED)) if rule.kind != "ignore" else rule.pattern.search(text)
    assert (found is not None) is matches


def write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_user_pack_extends_a_word_list(tmp_path):
    write(tmp_path, "units.toml", '[currency_words]\nentries = { zlotys = "PLN" }\n')
    pack = load_pack([tmp_path])
    found = extract_claims(parse_document("They paid 500 zlotys and 10 won.", "d.md"), pack)
    assert [c.value.unit for c in found] == ["currency:PLN", "currency:KRW"]


def test_a_user_pack_adds_a_pattern(tmp_path):
    write(tmp_path, "mine.toml", 'kind = "ignore"\n\n[[pattern]]\nname = "flight-number"\n'
                                "regex = '''\\bFlight\\s+\\d+'''\n")
    doc = parse_document("Flight 370 vanished with 239 people.", "d.md")
    assert [c.text for c in extract_claims(doc, load_pack([tmp_path]))] == ["239"]
    assert [c.text for c in extract_claims(doc, BUNDLED)] == ["370", "239"]


def test_a_user_pack_replaces_a_pattern_of_the_same_name(tmp_path):
    write(tmp_path, "tier.toml", 'kind = "figure"\n\n[[pattern]]\nname = "tier"\nnormalize = "tier"\n'
                                 "regex = '''\\bLevel\\s+(?P<tier>[1-4])\\b'''\n")
    pack = load_pack([tmp_path / "tier.toml"])
    found = extract_claims(parse_document("Level 3, not Tier 2.", "d.md"), pack)
    assert [(c.text, c.value.unit) for c in found] == [("Level 3", "rank:tier"), ("2", "count")]


def test_first_gives_the_characters_a_word_lists_phrases_open_with(tmp_path):
    """`{{first(list)}}`: a guard's set of the characters the list's matches open with, a user pack's phrases
    included; every character where a letter's cases, or a list of regexes, leave that unsure."""
    write(tmp_path, "units.toml", '[currency_symbols]\ncase = "exact"\nentries = { "zł" = "PLN", "₺" = "TRY" }\n'
                                  '[spelled]\nentries = ["yen", "#5"]\n[signs]\nentries = ["-", "]", "^"]\n'
                                  '[shapes]\nmatch = "regex"\nentries = ["x+"]\n')
    pack = load_pack([tmp_path])
    money = regex.compile("[" + pack.expand("{{first(currency_symbols)}}", "test") + "]", regex.VERBOSE)
    assert all(money.fullmatch(c) for c in "$€£¥₩₽₹UCEGIJKRz₺")
    assert not any(money.fullmatch(c) for c in "aAZ1 #")
    for name, every in (("spelled", True), ("signs", False), ("shapes", True)):
        members = regex.compile("[" + pack.expand("{{first(" + name + ")}}", "test") + "]", regex.VERBOSE)
        assert all(members.fullmatch(c) for c in "-]^"), name
        assert all(members.fullmatch(c) for c in "aQ7 \n") is every, name


def test_a_first_of_no_word_list_is_refused(tmp_path):
    path = write(tmp_path, "bad.toml", 'kind = "ignore"\n[[pattern]]\nname = "x"\nnormalize = "count"\n'
                                       "regex = '''(?=[{{first(nope)}}])x'''\n")
    with pytest.raises(InputError, match=r"bad\.toml.*unknown word list in \{\{first\(nope\)\}\}"):
        load_pack([path])


BAD = [
    # (file name, content, what the message must say)
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "(?P<lo>[0-9"\n',
     r"bad\.toml: pattern 'x': invalid regex"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "(?P<lo>1)"\ncolour = 1\n',
     r"bad\.toml: pattern 'x': unknown key 'colour'"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "nope"\nregex = "(?P<lo>1)"\n',
     r"bad\.toml: pattern 'x': unknown normalizer 'nope'"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "(?P<lo>1)"\n'
     'drafts_only = true\n', r"bad\.toml: pattern 'x': 'drafts_only' must be true or false, and only on an ignore"),
    ("bad.toml", 'kind = "ignore"\n[[pattern]]\nname = "x"\nregex = "1"\ndrafts_only = "yes"\n',
     r"bad\.toml: pattern 'x': 'drafts_only' must be true or false"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "1"\n',
     r"bad\.toml: pattern 'x': normalizer 'count' reads the group 'lo'"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nname = "x"\nnormalize = "count"\nregex = "(?P<lo>{{nope}})"\n',
     r"unknown \{\{nope\}\}"),
    ("bad.toml", 'kind = "figure"\n[define]\na = "{{b}}"\nb = "{{a}}"\n[[pattern]]\nname = "x"\n'
                 'normalize = "count"\nregex = "(?P<lo>{{a}})"\n', "refers to itself"),
    ("bad.toml", 'kind = "weather"\n', r"bad\.toml: unknown kind 'weather'"),
    ("bad.toml", 'kind = "figure"\n[[pattern]]\nnormalize = "count"\nregex = "(?P<lo>1)"\n',
     r"bad\.toml: pattern #1: missing 'name'"),
    ("bad.toml", "[[pattern]\nname = 1\n", r"bad\.toml: invalid TOML"),
    ("words.toml", '[months]\nmatch = "fuzzy"\nentries = ["x"]\n', r"words\.toml: word list 'months': 'match'"),
    ("words.toml", '[hedges]\nmatch = "regex"\nentries = ["(unclosed"]\n', r"word list 'hedges'.*invalid regex"),
    ("words.toml", "[months]\nentries = 3\n", r"word list 'months': 'entries' must be a list or a table"),
    ("notes.txt", "", r"notes\.txt: a rule pack is a \.toml file"),
]


@pytest.mark.parametrize(("name", "content", "message"), BAD, ids=[b[2][:40] for b in BAD])
def test_a_bad_pack_is_refused_naming_file_entry_and_reason(tmp_path, name, content, message):
    path = write(tmp_path, name, content)
    with pytest.raises(InputError, match=message) as err:
        load_pack([path])
    assert "\n" not in str(err.value)


def test_a_missing_pack_is_named(tmp_path):
    with pytest.raises(InputError, match="no such rule pack"):
        load_pack([tmp_path / "nothing-here"])


# --- word lists compile to a factored alternation that finds what the plain one finds ------------------

_PHRASE_PIECES = ["con", "ceded", "Con", "that", "c.", "U.S.", "us", "US", "#", "-", "é", "ß", "SS", "ss", "K", "\u212a"]


def _plain_alternation(phrases):
    from lint.patterns import _phrase_regex

    keys = sorted({" ".join(p.split()) for p in phrases} - {""}, key=lambda p: (-len(p), p))
    return "|".join(f"(?:{_phrase_regex(p)})" for p in keys) or "(?!)"


def test_a_word_list_takes_the_longest_phrase_in_any_spacing():
    from lint.patterns import FLAGS, literal_alternation

    pattern = regex.compile(literal_alternation(["conceded", "conceded that", "concedes", "noted"]), FLAGS)
    assert [m.group() for m in pattern.finditer("He conceded  that it was; she Concedes, he noted it")] == [
        "conceded  that", "Concedes", "noted"]
    assert pattern.search("unconceded") is None  # word edges hold


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(st.sampled_from([*_PHRASE_PIECES, " "]), min_size=1, max_size=4).map("".join),
                min_size=1, max_size=8),
       st.lists(st.sampled_from([*_PHRASE_PIECES, " ", "  ", "x", ",", "\n"]), max_size=20).map("".join),
       st.booleans())
@example(["court of appeal", "COURT-MARTIAL", "court"], "court-martial", False)  # case apart: the shorter first
@example(["ƛ-xyz", "ƛ-", "\ua7dc-q"], "ƛ-q", False)  # a case pair the regex engine knows and Python 3.11 does not
@example(["lorem ipsum " * 90 + "end"], "lorem ipsum " * 90 + "end", False)  # longer than the trie's recursion goes
def test_the_factored_word_list_matches_as_the_plain_alternation_does(phrases, text, exact_case):
    from lint.patterns import FLAGS, literal_alternation

    flags = FLAGS if not exact_case else FLAGS & ~regex.IGNORECASE
    factored = regex.compile(literal_alternation(phrases), flags)
    plain = regex.compile(_plain_alternation(phrases), flags)
    assert [m.span() for m in factored.finditer(text, overlapped=True)] == [
        m.span() for m in plain.finditer(text, overlapped=True)]


def test_a_packs_hidden_folders_are_not_read(tmp_path):
    """The result cache's fingerprint of a pack skips hidden folders (an editor's or a tool's); so does loading it."""
    write(tmp_path, "units.toml", '[currency_words]\nentries = { zlotys = "PLN" }\n')
    (tmp_path / ".wip").mkdir()
    write(tmp_path / ".wip", "draft.toml", "[[pattern]]\nname = 'broken'\nregex = '(unclosed'\n")
    assert load_pack([tmp_path]).words("currency_words").lookup("zlotys") == "PLN"


# --- a guard that is a set of characters without case compiles case-sensitively, matching the same ----------


@pytest.mark.parametrize("guard, rewritten", [
    (r"(?=[+(\d])", r"(?=(?-i:[+(\d]))"),
    (r"(?=[\[^])", r"(?=(?-i:[\[^]))"),
    ("(?=['’])", "(?=(?-i:['’]))"),
    (r"(?=[^\d,])", r"(?=(?-i:[^\d,]))"),
    (r"(?=[I9])", None),  # a letter: its case counts
    (r"(?=[!-~])", None),  # a range: letters inside
    (r"(?=[\x41])", None),  # an escape that may be a letter
    (r"(?=[\p{Lu}])", None),
    ("(?=[ƛ])", None),  # a letter Python knows no case of, and the regex engine does
    (r"(?=\d)", None),  # no set
])
def test_a_caseless_guard_set_is_compiled_case_sensitively(guard, rewritten):
    from lint.patterns import _case_sensitive_guard

    assert _case_sensitive_guard(guard + "x") == (rewritten or guard) + "x"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["+", "(", r"\d", r"\[", "^", "’", "'", "§", "-", r"\#", "a", "K", r"\w", r"\s"]),
                min_size=1, max_size=5).map("".join),
       st.text(alphabet="+(1[^’'§-#aAkK\u212a x\n", max_size=30))
@example(members="+-\\[", text="a")  # a range to an escaped symbol holds capitals: "+" to "[" takes in "A"
def test_the_rewritten_guard_matches_where_the_original_does(members, text):
    from lint.patterns import FLAGS, _case_sensitive_guard

    guard = f"(?=[{members}])"
    try:
        original = regex.compile(guard, FLAGS)
    except regex.error:
        return
    rewritten = regex.compile(_case_sensitive_guard(guard), FLAGS)
    assert [m.start() for m in rewritten.finditer(text)] == [m.start() for m in original.finditer(text)]


# --- a guard that opens with a set of digits is led by (?=\d), matching where it did ----------------------------


@pytest.mark.parametrize("guard, led", [
    (r"(?=[1-9]\d)", True),
    (r"(?=[1-9]\d\x29)", True),
    (r"(?=(?-i:[01]))", True),
    (r"(?=[0-9])", True),
    (r"(?=\d)", False),  # led by a digit already
    (r"(?=(?-i:[vV\d]))", False),  # a letter may open it
    (r"(?=[^1-9])", False),  # a negated set
    (r"(?=[I9])", False),
])
def test_a_guard_opening_with_a_set_of_digits_is_led_by_a_digit(guard, led):
    from lint.patterns import _digit_led_guard

    assert _digit_led_guard(guard + "x") == (r"(?=\d)" if led else "") + guard + "x"


@settings(max_examples=200, deadline=None)
@given(st.sampled_from([r"(?=[1-9]\d)", r"(?=(?-i:[01]))", r"(?=[0-9]\D)", r"(?=[1-35-9])"]),
       st.text(alphabet="0123456789\u0663\u09e7\uff11a ,.-\n", max_size=30))
def test_the_digit_led_guard_matches_where_the_original_does(guard, text):
    from lint.patterns import FLAGS, _digit_led_guard

    original, led = regex.compile(guard, FLAGS), regex.compile(_digit_led_guard(guard), FLAGS)
    assert [m.start() for m in led.finditer(text, overlapped=True)] == \
        [m.start() for m in original.finditer(text, overlapped=True)]


# --- the words a run of number words starts with: found by a factored pattern, as the plain one finds them ---

_NUMBER_PIECES = ["seven", "Seventy", "seventeen", "ONE", "a", "An", "few", "several", "some", "years", "days", "hundred",
                  "dozen", "half", "twenty", "-", " ", "_", "1", "x", ",", "\n", "\u0130", "\u017f", "é", "’"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_NUMBER_PIECES), max_size=25).map("".join))
@example("seven_ one1 seventy1 SEVENTY years a year twenty-one")  # a word before "_" or a digit starts no run
def test_number_words_are_found_as_the_plain_first_word_pattern_finds_them(text):
    from lint.extract import _digitizer, _number_word_spans

    pack = load_pack()
    pattern, firsts, factored = _digitizer(pack)
    assert "(?<!" not in factored.pattern  # the bundled words are letters: the factored form
    found = _number_word_spans(text, pack)
    words = "|".join(regex.escape(w) for w in sorted(firsts, key=lambda w: (-len(w), w)))
    plain = regex.compile(rf"(?<![\w])(?i:{words})(?![^\W\d_])")
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(pack._compiled_lists, "__digitize__", (pattern, firsts, plain))
        assert _number_word_spans(text, pack) == found


CUE_TEXTS = [
    "According to the union, 40 workers were unpaid, the ministry said, but the court found otherwise.",
    "The inspectorate puts the toll at 132; the Herald, citing burial records, says 141 people died.",
    "Residents allegedly saw smoke, reportedly at 4 a.m., while police told reporters nothing.",
    "No cue here at all, only 2,310 residents and 1,487 people.",
]


@pytest.mark.parametrize("text", CUE_TEXTS)
def test_an_alternation_searched_one_alternative_at_a_time_finds_what_the_whole_finds(text):
    """lint.patterns.Alternation: the cue patterns, searched alternative by alternative for speed, find the same
    matches, with the same groups, as the whole alternation."""
    from lint.cues import _clause_cues

    pack = load_pack()
    for found in (_clause_cues(pack), _clause_cues(pack, advocacy=True),
                  pack.alternation(((None, ("attributions",)),), "attributions")):
        assert found.alone is not None  # (else the test would compare the whole with itself)
        fast = [(m.span(), m.lastgroup) for m in found.finditer(text, 0, len(text))]
        whole = [(m.span(), m.lastgroup) for m in found.combined.finditer(text, 0, len(text))]
        assert fast == whole


@pytest.mark.parametrize("stretch", [1, 7, 64, 100_000])
def test_an_alternation_finds_its_literals_a_stretch_at_a_time_as_in_the_whole_text(stretch):
    """lint.patterns._Places: a long text's opening literals, found a stretch at a time as its parts are searched,
    are those found in the whole text, a literal across a stretch's end included."""
    from lint import patterns
    from lint.cues import _clause_cues

    pack = load_pack()
    text = " ".join(CUE_TEXTS * 3)
    with pytest.MonkeyPatch.context() as patch:
        for name, value in (("OPENINGS_FROM", 0), ("SEARCHES_BEFORE_PLACES", 0), ("PLACES_STRETCH", stretch)):
            patch.setattr(patterns, name, value)
        for cues in (_clause_cues(pack), pack.alternation(((None, ("attributions",)),), "attributions")):
            cues._texts.clear()
            for start in range(0, len(text), 11):  # (parts in no order, each searched to every end)
                for end in (start + 5, start + 40, len(text)):
                    fast = [(m.span(), m.lastgroup) for m in cues.finditer(text, start, min(end, len(text)))]
                    whole = [(m.span(), m.lastgroup) for m in cues.combined.finditer(text, start, min(end, len(text)))]
                    assert fast == whole
            assert cues._texts[id(text)][2] is not None  # (the places were used, not only the plain searches)


# --- a scanner whose every branch opens at a line's start is tried there alone, finding what its pattern finds ---

_LINE_PIECES = ["1.", "12)", "1234.", " ", "\t", "\n", "\r", "\r\n", "\u2028", "\x85", "\x0c", "x", "©", "(c)",
                "Copyright", "2019", "- ", "| "]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_LINE_PIECES), max_size=30).map("".join), st.integers(0, 8), st.booleans())
@example("1. a\n2. b\r3. c\u20284. d\n\n5) e", 0, False)
def test_a_scanner_opening_at_line_starts_finds_what_its_pattern_finds(text, pos, overlapped):
    pack = load_pack()
    scanners = [s for s in pack.scanners if s.line_starts]
    assert scanners  # (the bundled list numbers and copyright lines: else the test would try nothing)
    for scanner in scanners:
        found = [m.span() for m in scanner.matches(text, pos, len(text), overlapped=overlapped)]
        assert found == [m.span() for m in scanner.pattern.finditer(text, pos, len(text), overlapped=overlapped)]


@pytest.mark.parametrize(("source", "line_starts"), [
    (r"(?m)^[ \t]*\d{1,3}[.)](?=[ \t])", True),
    (r"(?m)^(?:\d+[.)]|[a-z][.)])", True),
    # a "|" outside every group: the second branch matches mid-line
    (r"(?m)^[ \t]*\d{1,3}[.)](?=[ \t]) | \bItem\s+\d+", False),
    (r"(?m)^[|]\d+", True),
])
def test_only_a_pattern_every_match_of_which_opens_a_line_is_tried_at_line_starts(source, line_starts):
    from lint.patterns import ExtractRule, _compile_scanner

    rule = ExtractRule(name="user-rule", kind="ignore", source=source, normalizer="", file="user.toml")
    scanner = _compile_scanner("ignore", [("_r0", rule, source)], "")
    assert scanner.line_starts is line_starts
    text = "1. Item 44\n2) Item 45 and 3. x\n|12"
    assert [m.span() for m in scanner.matches(text)] == [m.span() for m in scanner.pattern.finditer(text)]


# --- a scanner whose every match opens with one of a few literals is tried where they are alone ---

_OPENING_PIECES = ["death", "Death", "capital", "punishment", "penalty", "sentenced", "to", "life", "serving", "faces",
                   "imprisonment", "for", "banned", "him", "Article", "Art.", "art", "Section", "sec", "§", "¶", "12",
                   "3", "of", "the", "criminal", "law", "No.", "Nos.", "#", "4", "ISBN", "978", "not", "rather", "than",
                   "instead", "aged", "ages", "between", "and", "turned", "votes", "vote", "ruling", "fined", "[^1]",
                   "^2", " ", "  ", ",", ".", "-", "\n", "x", "Decree", "tier", "2"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_OPENING_PIECES), max_size=30).map("".join), st.integers(0, 8), st.booleans())
@example("the death penalty, sentenced to life and Article 12 § 3, not Section 4", 0, True)
def test_a_scanner_tried_at_its_opening_literals_finds_what_its_pattern_finds(text, pos, overlapped):
    from lint import patterns

    scanners = [s for s in BUNDLED.scanners if s.openings]
    assert len(scanners) > 5  # (else the test would try little)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(patterns, "OPENINGS_FROM", 0)  # (as on a long text)
        for scanner in scanners:
            found = [m.span() for m in scanner.matches(text, pos, len(text), overlapped=overlapped)]
            assert found == [m.span() for m in scanner.pattern.finditer(text, pos, len(text), overlapped=overlapped)]


@pytest.mark.parametrize(("source", "literals"), [
    (r"\bdeath\s+penalty|\bcapital\s+punishment", (r"\bcapital", r"\bdeath")),
    (r"\b(?:turned|turns)\s+\d", (r"\bturned", r"\bturns")),
    (r"(?:foo)?bar", ("bar", "foobar")),  # an optional group: what follows it may open the match
    (r"\bfines?\b|\bfined", (r"\bfine",)),  # "fine" finds all that "fined" would
    (r"(?=\b(?:art|sec)|§)(?:Article|Section|§)\s*\d", (r"\bart", r"\bsec", "§")),  # a guard says where matches open
    (r"(?-i:One|Two)\b", ("One", "Two")),  # (searched in any case: the literals only ever widen)
    (r"\b?death|capital", ("capital", "death")),  # an assertion that may be skipped asserts nothing
    (r"(?<=\bthe\s)(?:big|small)", ("big", "small")),  # what a lookbehind asks is left out
    (r"\b(?:an?\s+)?fine", None),  # "a": a letter is no literal worth a pass
    (r"\b(?:(?:an|a)\s+)?fine", (r"\ba\s", r"\ban\s", r"\bfine")),  # ... but the word "a" is
    (r"\bfines?\s+of|\bfine\s+of", (r"\bfine",)),  # (white space lengthens a short word alone)
    (r"[ab]cd|xyz", None),  # a set first
    (r"\d+\s+years", None),
    (r"(?i)death|capital", None),  # a flag for the whole pattern
    (r"(?a:\bdeath)|capital", None),  # ... or one that changes what a word boundary is
    ("death # a comment\n|capital", ("capital", "death")),  # (VERBOSE: a comment is no part of the pattern)
    (r"(?P<w>death)|capital(?P=w)", ("capital", "death")),
    (r"(?P<w>death)|(?P=w)capital", None),  # a backreference first opens with whatever its group matched
])
def test_the_literals_every_match_opens_with(source, literals):
    from lint.openings import openings

    assert openings(source) == literals
