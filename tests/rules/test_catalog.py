"""The rule catalogue: its codes follow the scheme, and every documented example holds."""

import pytest

from lint.catalog import CATEGORY_DIGIT, KIND_DIGIT, catalog, load_catalog
from lint.engine import lint_text
from lint.errors import InputError
from lint.model import Kind, Verdict
from lint.patterns import load_pack
from lint.refdata import load
from lint.resources import default_reference

RULES = catalog()
EXAMPLES = [(code, ex) for code, rule in RULES.items() for ex in rule.examples]


def test_every_category_and_kind_has_a_rule():
    pairs = {(r.category, r.kind) for r in RULES.values()}
    assert pairs == {(c, k) for c in CATEGORY_DIGIT for k in Kind}
    assert Verdict.SUPPORTED not in {r.category for r in RULES.values()}


def test_names_are_unique_kebab_case():
    names = [r.name for r in RULES.values()]
    assert len(names) == len(set(names))
    assert all(n == n.lower() and " " not in n for n in names)


def test_code_digits_follow_category_and_kind():
    for code, rule in RULES.items():
        assert code == f"FL{CATEGORY_DIGIT[rule.category]}0{KIND_DIGIT[rule.kind]}"


def test_a_broken_rule_file_names_file_and_rule(tmp_path):
    (tmp_path / "bad.toml").write_text('[[rule]]\ncode = "FL101"\nname = "x"\ncategory = "mismatch"\n'
                                       'kind = "statue"\nseverity = "error"\nsummary = "s"\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.toml rule #1 \(FL101\)"):
        load_catalog(tmp_path)


@pytest.fixture(scope="module")
def bundled():
    return load(default_reference()), load_pack()


@pytest.mark.parametrize(("code", "example"), EXAMPLES, ids=[f"{c}-{'fail' if e.should_fail else 'pass'}-{i}"
                                                           for i, (c, e) in enumerate(EXAMPLES)])
def test_documented_examples_hold(bundled, code, example):
    reference, pack = bundled
    result = lint_text(example.text, "example.md", reference, pack)
    codes = [f.code for f in result.findings]
    if example.should_fail:
        assert code in codes, f"{example.text!r} should raise {code}, got {codes}"
    else:
        assert code not in codes, f"{example.text!r} should not raise {code}"
        assert not [f for f in result.findings if f.category is Verdict.MISMATCH], codes
