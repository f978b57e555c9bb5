"""Inline suppressions in a draft: every form, codes and prefixes, reasons, and the stale ones reported."""

from filter_helpers import run

from lint.settings import Settings


def test_disable_next_line_silences_that_code_on_the_next_line_only():
    text = ("<!-- factlint: disable-next-line FL104 -->\n"
            "About 20,000 women, in 2011.\n"
            "About 20,000 more.\n")
    kept, notices = run(text, ("About 20,000 women", "FL104"), ("2011", "FL803"), ("About 20,000 more", "FL104"))
    assert kept == [("2011", "FL803"), ("About 20,000 more", "FL104")]
    assert notices == []


def test_disable_line_silences_the_comments_own_line():
    text = "About 20,000 women. <!-- factlint: disable-line FL104 -->\nAbout 30,000 men.\n"
    kept, _ = run(text, ("About 20,000", "FL104"), ("About 30,000", "FL104"))
    assert kept == [("About 30,000", "FL104")]


def test_disable_enable_block():
    text = ("Article 262 before.\n"
            "<!-- factlint: disable FL101 -->\n"
            "Article 262 inside.\n"
            "Article 263 inside too.\n"
            "<!-- factlint: enable FL101 -->\n"
            "Article 262 after.\n")
    kept, notices = run(text, ("Article 262 before", "FL101"), ("Article 262 inside", "FL101"),
                        ("Article 263", "FL101"), ("Article 262 after", "FL101"))
    assert kept == [("Article 262 before", "FL101"), ("Article 262 after", "FL101")]
    assert notices == []


def test_disable_without_enable_runs_to_the_end():
    text = "Article 262.\n<!-- factlint: disable -->\nArticle 263.\n\n\nAbout 20,000.\n"
    kept, _ = run(text, ("Article 262", "FL101"), ("Article 263", "FL101"), ("About 20,000", "FL104"))
    assert kept == [("Article 262", "FL101")]


def test_no_codes_means_every_code_and_prefixes_cover_their_codes():
    text = ("<!-- factlint: disable-next-line -->\nArticle 262 in 2011.\n"
            "<!-- factlint: disable-next-line FL1 -->\nArticle 263 in 2012.\n")
    kept, notices = run(text, ("Article 262", "FL101"), ("2011", "FL803"), ("Article 263", "FL101"), ("2012", "FL803"))
    assert kept == [("2012", "FL803")]
    assert notices == []


def test_several_codes_comma_or_space_separated_and_a_reason():
    text = ("<!-- factlint: disable-next-line FL101, FL803 -- the source is quoted as written -->\n"
            "Article 262 in 2011.\n"
            "<!-- factlint: disable-next-line fl101 FL803 -- same -->\n"
            "Article 263 in 2012.\n")
    kept, notices = run(text, ("Article 262", "FL101"), ("2011", "FL803"), ("Article 263", "FL101"), ("2012", "FL803"))
    assert kept == []
    assert notices == []


def test_unused_suppression_is_an_info_notice_at_the_comment():
    text = "Fine here.\n  <!-- factlint: disable-next-line FL104 -->\nArticle 262.\n"
    kept, notices = run(text, ("Article 262", "FL101"))
    assert kept == [("Article 262", "FL101")]
    assert [(n.code, n.name, n.severity, n.line, n.column) for n in notices] == [
        ("FL901", "unused-suppression", "info", 2, 3)]
    assert "disable-next-line FL104" in notices[0].message


def test_partly_used_suppression_names_the_unused_code():
    text = "<!-- factlint: disable-next-line FL101 FL104 -->\nArticle 262.\n"
    kept, notices = run(text, ("Article 262", "FL101"))
    assert kept == []
    assert len(notices) == 1 and "FL104 suppresses nothing" in notices[0].message


def test_unknown_directive_bad_code_and_lonely_enable_are_reported():
    text = ("<!-- factlint: disable-file -->\n"
            "<!-- factlint: disable-line E501 -->\n"
            "<!-- factlint: enable FL101 -->\n")
    _, notices = run(text)
    assert [n.line for n in notices] == [1, 2, 3]
    assert "unknown directive 'disable-file'" in notices[0].message
    assert "'E501' is not a factlint code" in notices[1].message
    assert "no matching 'disable'" in notices[2].message


def test_comments_in_code_are_examples_not_directives():
    text = ("```markdown\n"
            "<!-- factlint: disable-next-line -->\n"
            "```\n"
            "Write `<!-- factlint: disable-line -->` to silence a line. Article 262.\n")
    kept, notices = run(text, ("Article 262", "FL101"))
    assert kept == [("Article 262", "FL101")]
    assert notices == []


def test_crlf_files_count_lines_like_the_findings():
    text = "Intro.\r\n<!-- factlint: disable-next-line FL101 -->\r\nArticle 262.\r\nArticle 263.\r\n"
    kept, _ = run(text, ("Article 262", "FL101"), ("Article 263", "FL101"))
    assert kept == [("Article 263", "FL101")]


def test_a_comment_over_several_lines_covers_the_line_after_its_end():
    text = "<!-- factlint: disable-next-line FL101\n     -- a long reason\n-->\nArticle 262.\n"
    kept, notices = run(text, ("Article 262", "FL101"))
    assert kept == [] and notices == []


def test_unused_notices_follow_select_ignore_and_severity():
    text = "<!-- factlint: disable-next-line FL104 -->\nNothing.\n"
    assert run(text, settings=Settings(ignore=("FL901",)))[1] == []
    assert run(text, settings=Settings(select=("FL1",)))[1] == []
    [notice] = run(text, settings=Settings(severity=(("FL9", "warning"),)))[1]
    assert notice.severity == "warning"


def test_suppression_counts_as_used_even_when_select_hides_the_code():
    text = "<!-- factlint: disable-next-line FL101 -->\nArticle 262.\n"
    kept, notices = run(text, ("Article 262", "FL101"), settings=Settings(select=("FL8", "FL9")))
    assert kept == [] and notices == []
