"""Reference files: round trip, validation with file:line, atomic writes."""

import pytest

from lint import refdata
from lint.errors import InputError
from lint.model import DateValue, Figure, Kind, Penalty, RefClaim, Reference, Source, Statute, Topic

GOOD = """\
version = 1

[[source]]
id = "wiki"
title = "Prostitution in North Korea"
publisher = "Wikipedia"
author = ""
path = "000.txt"
aliases = ["Wikipedia"]

[[topic]]
id = "statute"
kind = "statute"
subject = "article that punishes prostitution"
keywords = ["prostitution"]

[[topic.claim]]
value = "Article 261"
norm = { articles = ["261"], law = "criminal-code" }
source = "wiki"
line = 7
hedged = false
"""


def write(tmp_path, text, name="ref.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_good_reference_loads(tmp_path):
    ref = refdata.load(write(tmp_path, GOOD))
    assert [s.id for s in ref.sources] == ["wiki"]
    (topic,) = ref.topics
    assert topic.kind is Kind.STATUTE
    assert topic.claims[0].norm == Statute(("261",), law="criminal-code")
    assert topic.claims[0].location == 7


def test_round_trip_keeps_everything():
    ref = Reference(
        sources=(Source("s1", "T", "P", "A", "2011-06-27", "x.txt", "https://e.x", ("P", "the P")),),
        topics=(
            Topic("fig", Kind.FIGURE, "size", (
                RefClaim("10,000 won ($3.30)", Figure(10000.0, 10000.0, "currency:KRW", per="night",
                                                      conversion=Figure(3.3, 3.3, "currency:USD")),
                         "s1", 26, hedged=True, evidence="receive 10,000 won", key="abc"),
            ), keywords=("night",), note="checked", decision="keep"),
            Topic("pen", Kind.PENALTY, "p", (RefClaim("the death penalty", Penalty("death", "exact"), "s1", 3),
                                             RefClaim("nine years", Penalty("prison", "exact", 108.0, 108.0), "s1", 5,
                                                      holder="Hollan"),
                                             RefClaim("a fine of $2 million", Penalty("fine", "exact", 2e6, 2e6, "USD"),
                                                      "s1", 6, imposer="court"))),
            Topic("d", Kind.DATE, "d", (RefClaim("2011", DateValue("2011-01-01", "2011-12-31", "year"), "s1", 4),)),
        ),
        built_keys=("abc",),
    )
    data, problems = refdata.parse(__import__("tomllib").loads(refdata.dumps(ref)), refdata.dumps(ref), "x")
    assert problems == []
    assert data.sources == ref.sources
    assert data.topics == ref.topics
    assert data.built_keys == ref.built_keys


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda t: t.replace('kind = "statute"', 'kind = "statue"'), "ref.toml:11: topic 'statute': bad kind 'statue'"),
        (lambda t: t.replace('source = "wiki"', 'source = "nobody"'), "ref.toml:17: topic 'statute' claim 'Article 261': unknown source 'nobody'"),
        (lambda t: t.replace("keywords =", "kewords ="), "ref.toml:11: topic: unknown key 'kewords'"),
        (lambda t: t + '\n[[topic]]\nid = "statute"\nkind = "date"\nsubject = ""\n', "ref.toml:24: topic: duplicate id 'statute'"),
        (lambda t: t.replace('norm = { articles = ["261"], law = "criminal-code" }', 'norm = { article = "261" }'),
         "ref.toml:17: topic 'statute' claim 'Article 261': unknown norm key 'article'"),
        (lambda t: t.replace('path = "000.txt"', 'path = "000.txt"\ndate = "June 2011"'), "ref.toml:3: source 'wiki': 'date' must be ISO"),
        (lambda t: t.replace("hedged = false", "hedged = false\nholder = 3"),
         "ref.toml:17: topic 'statute' claim 'Article 261': 'evidence', 'key', 'credited', 'holder' and 'imposer' must "
         "be strings"),
        (lambda t: t.replace("hedged = false", "hedged = false\nimposer = true"),
         "ref.toml:17: topic 'statute' claim 'Article 261': 'evidence', 'key', 'credited', 'holder' and 'imposer' must "
         "be strings"),
        (lambda t: t.replace("hedged = false", 'hedged = false\nrejected = "yes"'),
         "ref.toml:17: topic 'statute' claim 'Article 261': 'rejected' must be true or false"),
    ],
)
def test_problems_name_file_and_line(tmp_path, edit, expected):
    path = write(tmp_path, edit(GOOD))
    _, problems = refdata.check(path)
    assert problems, "the broken reference passed validation"
    assert str(problems[0]).replace(str(tmp_path) + "/", "").startswith(expected)
    with pytest.raises(InputError):
        refdata.load(path)


def test_toml_syntax_error_names_the_line(tmp_path):
    path = write(tmp_path, GOOD.replace('subject = "article', 'subject = article'))
    with pytest.raises(InputError, match=r"ref\.toml:14: TOML syntax error"):
        refdata.load(path)


def test_missing_and_folder(tmp_path):
    with pytest.raises(InputError, match="reference not found"):
        refdata.load(tmp_path / "nope.toml")
    with pytest.raises(InputError, match="is a folder"):
        refdata.load(tmp_path)


def test_write_is_atomic_and_keeps_old_file_on_failure(tmp_path, monkeypatch):
    path = write(tmp_path, GOOD)
    ref = refdata.load(path)

    def boom(*_):
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", boom)
    with pytest.raises(OSError):
        refdata.write(ref, path)
    assert path.read_text(encoding="utf-8") == GOOD
    assert [p.name for p in tmp_path.iterdir()] == ["ref.toml"]  # no temp file left behind


DATED = GOOD + '''
[[topic]]
id = "closed"
kind = "date"
subject = "year the mine closed"

[[topic.claim]]
value = "1990"
norm = { start = START, end = END, precision = "year" }
source = "wiki"
'''


def test_a_date_norm_written_as_a_toml_date_reads_as_the_same_date(tmp_path):
    quoted = refdata.load(write(tmp_path, DATED.replace("START", '"1990-01-01"').replace("END", '"1990-12-31"')))
    native = refdata.load(write(tmp_path, DATED.replace("START", "1990-01-01").replace("END", "1990-12-31")))
    assert native.topics[-1].claims[0].norm == quoted.topics[-1].claims[0].norm == DateValue(
        "1990-01-01", "1990-12-31", "year")


def test_a_date_norm_that_is_no_date_is_a_problem_naming_its_line(tmp_path):
    path = write(tmp_path, DATED.replace("START", "1990").replace("END", "1991"))
    _, problems = refdata.check(path)
    assert "topic 'closed' claim '1990': norm.start must be a date" in str(problems[0])
    with pytest.raises(InputError):
        refdata.load(path)


def test_a_norm_running_backwards_is_a_problem_naming_its_claim(tmp_path):
    path = write(tmp_path, DATED.replace("START", '"1991-01-01"').replace("END", '"1990-12-31"'))
    _, problems = refdata.check(path)
    assert "topic 'closed' claim '1990': norm.start is after norm.end" in str(problems[0])
    counted = GOOD + '''
[[topic]]
id = "workers"
kind = "figure"
subject = "workers"

[[topic.claim]]
value = "40 to 20"
norm = { low = 40, high = 20, unit = "count" }
source = "wiki"
'''
    _, problems = refdata.check(write(tmp_path, counted))
    assert "topic 'workers' claim '40 to 20': norm.low is above norm.high" in str(problems[0])
