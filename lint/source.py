"""Reading a draft: bytes -> text, line index, masking and blocks.

`Document.text` is the file as decoded (BOM stripped, line endings as on disk);
`Document.masked` has the same length, with everything that is not prose
replaced by spaces (code, front matter, HTML, link targets, URLs, emails, list
numbers, heading numbers), so an offset found in `masked` is an offset in
`text`, and positions never move. `blocks` are the spans prose lives in
(paragraphs, headings, list items, table cells, block quotes); a claim never
crosses one.

This module reads files (`read_document`) and nothing else does I/O.
"""

from __future__ import annotations

import bisect
import codecs
import re
from dataclasses import dataclass, replace
from functools import cache, cached_property
from pathlib import Path
from typing import NamedTuple

from lint.errors import InputError
from lint.model import Position

MARKDOWN_SUFFIXES = {".md", ".markdown", ".mdown", ".mkd", ".mkdn", ".mdx"}
PLAIN_SUFFIXES = {".txt", ".text"}

# Line breaks as editors count them: CRLF, CR or LF (nothing else).
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

_URL = re.compile(r"(?:\b(?:https?|ftp|file|mailto):|\bwww\.)[^\s<>\"'`]*")
_URL_LITERALS = ("http:", "https:", "ftp:", "file:", "mailto:", "www.")  # one is in every _URL match
_EMAIL = re.compile(r"[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_HTML_TAG = re.compile(r"</?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,500})?/?>")
_AUTOLINK = re.compile(r"<[A-Za-z][A-Za-z0-9.+-]{1,31}:[^\s<>]{0,2000}>")
_LINK_TARGET = re.compile(
    r"\]\(\s*(?:<[^<>\n]*>|[^\s()]*(?:\([^\s()]*\)[^\s()]*)*)(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*\)"
)
_REF_LINK = re.compile(r"\]\[[^\[\]\n]{0,200}\]")
# italics markers, which are markup, not prose: a cue or a name read across them ("the *Ledger* found", "according
# to the _Courier_") is read as written; not a list's bullet, nor an asterisk between digits ("5*3"); bold stays,
# which a timeline's labels are read by ("**21 February 2023** — ...")
# (each branch opens with its marker, so a text is scanned for the marker, not tried at every position)
_ITALICS = re.compile(r"\*(?<![\w*]\*)(?=[^\s*])|\*(?<=[^\s*]\*)(?![\w*])"
                      r"|_(?<![\w_]_)(?=[^\s_])|_(?<=[^\s_]_)(?![\w_])")
# bold markers, which the source keeps (a timeline's labels are read by them) and the readers of values and cues read
# across ("a fine of **250,000 velars**", "We also **estimate** that"); not underscores inside a word
# ("catch__2019__final.csv")
BOLD_MARKUP = re.compile(r"\*\*|__(?<!\w__)|__(?!\w)")
_BACKTICKS = re.compile(r"`+")
_FRONT_MATTER = re.compile(r"\A(?:---|\+\+\+)[ \t]*(?:\r\n|\r|\n)")
_QUOTE_PREFIX = re.compile(r"[ \t]*(?:>[ \t]?)+")
_LIST_MARKER = re.compile(r"[ \t]*(?:[-+*]|\d{1,9}[.)])(?=[ \t]|$)")
# "## 2. Background", "### 2.1 Scope", "## IV. Findings": numbering, not a claim.
_HEADING_NUMBER = re.compile(r"[ \t]*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|[IVXLC]{1,6}\.)(?=[ \t])")
_ATX = re.compile(r"[ \t]{0,3}(#{1,6})(?=[ \t]|$)")
_WIKI_HEADING = re.compile(r"[ \t]*(=+)[ \t]*(\S.*?)[ \t]*\1[ \t]*$")
# "4.1 Recruitment fees and debt" on a line of its own: a numbered section title, not a figure
_NUMBERED_TITLE = re.compile(r"[ \t]*(\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.)[ \t]+[^\W\d_][^.!?:;]{0,80}$")
# "6.1 The Wildlife Crime Unit ..." opening a paragraph: a report's paragraph number, not a figure
_PARAGRAPH_NUMBER = re.compile(r"[ \t]*\d{1,3}(?:\.\d{1,3})+\.?(?=[ \t]+[A-Z\"“‘'(])")
_PLAIN_LIST = re.compile(r"[ \t]*(?:[-+*•]|\d{1,3}[.)])(?=[ \t])")
# A plain-text table: columns aligned with runs of spaces or tabs ("Year    Elephants    Rhinos").
_COLUMN_GAP = re.compile(r"\t+| {2,}")
PLAIN_TABLE_MIN_ROWS = 3  # the header and two rows: fewer is more likely two spaced-out words



# A question set as a line of its own, in bold or italics ("**What about the junior officers?**"): a Q&A
# draft's question, whose answer goes on from it (lint.normalize: the terms it tells of; lint.holders: the
# person it asks about). The question's text is the group `question`.
QUESTION_LINE = r"(?P<mark>\*\*|__|\*|_)(?P<question>[^\n]+\?)(?P=mark)"

@dataclass(frozen=True)
class Block:
    """A span of prose: claims and sentences never cross one."""

    start: int
    end: int
    kind: str  # paragraph | heading | list-item | table-cell | quote
    level: int = 0  # heading level (1 = title)
    # a table cell's surroundings: its row and its column's header cell, as (start, end) spans;
    # a cell alone ("about 18 months") says nothing of what it is about
    row: tuple[int, int] | None = None
    header: tuple[int, int] | None = None


@dataclass(frozen=True)
class Document:
    """A draft decoded and read: its text, that text with all but its prose blanked (`masked`), its blocks."""

    path: str
    text: str
    masked: str
    line_starts: tuple[int, ...]
    notices: tuple[str, ...] = ()
    markdown: bool = True
    blocks: tuple[Block, ...] = ()

    def line_of(self, offset: int) -> int:
        """1-based line holding `offset`."""
        return bisect.bisect_right(self.line_starts, offset)

    def position(self, start: int, end: int) -> Position:
        """1-based line and column (code points), end exclusive, as the contract defines them."""
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        line = self.line_of(start)
        column = start - self.line_starts[line - 1] + 1
        if end == start:
            return Position(line, column, line, column)
        end_line = self.line_of(end - 1)
        end_column = end - self.line_starts[end_line - 1] + 1
        return Position(line, column, end_line, end_column)

    @cached_property
    def block_starts(self) -> tuple[int, ...]:
        return tuple(b.start for b in self.blocks)

    def block_index(self, offset: int) -> int:
        """The index of the block holding `offset`, or of the last block before it (-1 before the first)."""
        return bisect.bisect_right(self.block_starts, offset) - 1

    def block_at(self, offset: int) -> Block | None:
        """The block holding `offset`, if any."""
        i = bisect.bisect_right(self.block_starts, offset) - 1
        if i >= 0 and self.blocks[i].start <= offset < self.blocks[i].end:
            return self.blocks[i]
        return None


# --- decoding ----------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def decode(data: bytes, path: str) -> tuple[str, list[str]]:
    """Bytes -> text and notices about how it was read.

    UTF-8 (with or without BOM) is read silently; UTF-16/32 with a BOM, BOM-less
    UTF-16 and Windows-1252/Latin-1 are read with a notice; binary data is refused.
    """
    notices: list[str] = []
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"{path}: starts with a {label} byte-order mark but is not valid {label} "
                                 f"(byte {exc.start + len(bom)}), not linted") from None
            if label != "UTF-8":
                notices.append(f"decoded as {label} (byte-order mark)")
            return _check_text(text, path), notices
    if b"\x00" in data:
        utf16 = _bomless_utf16(data)
        if utf16 is None:
            raise InputError(f"{path}: binary file, not linted")
        text, label = utf16
        notices.append(f"decoded as {label} (no byte-order mark)")
        return _check_text(text, path), notices
    try:
        return _check_text(data.decode("utf-8"), path), notices
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notices.append("decoded as Windows-1252 (not valid UTF-8)")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notices.append("decoded as Latin-1 (not valid UTF-8)")
    return _check_text(text, path), notices


def _bomless_utf16(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without a BOM shows as NULs in every other byte of ASCII text."""
    if len(data) % 2:
        return None
    sample = data[:4096]
    odd_nuls = sample[1::2].count(0)
    even_nuls = sample[0::2].count(0)
    half = len(sample) // 2
    for nuls, other, codec, label in ((odd_nuls, even_nuls, "utf-16-le", "UTF-16LE"),
                                      (even_nuls, odd_nuls, "utf-16-be", "UTF-16BE")):
        if half and nuls >= 0.6 * half and other == 0:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            if "\x00" in text:
                return None
            return text, label
    return None


def _check_text(text: str, path: str) -> str:
    """Refuse what decoded but is not text (a binary file without NULs)."""
    if text and len(_CONTROL.findall(text[:65536])) > max(8, len(text[:65536]) // 50):
        raise InputError(f"{path}: binary file, not linted")
    if "\x00" in text:
        raise InputError(f"{path}: binary file, not linted")
    return text


def read_document(path: Path, display: str | None = None) -> Document:
    """Read (read-only), decode and parse one draft."""
    shown = display if display is not None else str(path)
    try:
        if path.is_dir():
            raise InputError(f"{shown}: is a folder, not a file")
        with open(path, "rb") as handle:
            data = handle.read()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{shown}: no such file") from None
    except PermissionError:
        raise InputError(f"{shown}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{shown}: cannot read ({exc.strerror or exc})") from None
    text, notices = decode(data, shown)
    doc = parse_document(text, shown, markdown=_is_markdown(path.name), strip_bom=False)
    return Document(doc.path, doc.text, doc.masked, doc.line_starts, tuple(notices), doc.markdown, doc.blocks)


def _is_markdown(name: str) -> bool:
    suffix = Path(name).suffix.lower()
    return suffix not in PLAIN_SUFFIXES


# --- parsing -----------------------------------------------------------------


def parse_document(text: str, path: str, *, markdown: bool | None = None, strip_bom: bool = True) -> Document:
    """Text -> Document. `markdown=None` decides by extension (.txt and .text are plain).

    A leading byte-order mark is dropped, unless `strip_bom` is False: text from `decode` has lost its
    byte-order mark already, and a second U+FEFF after it is a character of the file (an editor counts it)."""
    if strip_bom and text.startswith("\ufeff"):
        text = text[1:]
    if markdown is None:
        markdown = _is_markdown(path)
    line_starts = _line_starts(text)
    masker = _Masker(text)
    parse = _parse_markdown if markdown else _parse_plain
    blocks = parse(text, line_starts, masker)
    _mask_everywhere(masker)
    masked = masker.result()
    return Document(path, text, masked, tuple(line_starts), (), markdown, tuple(_trim_blocks(masked, blocks)))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in _LINE_BREAK.finditer(text))
    return starts


class _Masker:
    """Collects spans to blank; line breaks survive so line numbers never change."""

    _NOT_BREAK = re.compile(r"[^\r\n]")
    _RUN = re.compile(rb"\x01+")

    def __init__(self, text: str) -> None:
        self.text = text
        self.flags = bytearray(len(text))
        self.changes = 0  # how many spans were blanked: a text read before is stale when it moves

    def blank(self, start: int, end: int) -> None:
        start, end = max(0, start), min(end, len(self.text))
        if start < end:
            self.flags[start:end] = b"\x01" * (end - start)
            self.changes += 1

    def is_blank(self, offset: int) -> bool:
        return self.text[offset].isspace() or bool(self.flags[offset])

    def current(self, start: int = 0, end: int | None = None) -> str:
        """The masked text of [start, end)."""
        end = len(self.text) if end is None else end
        text, flags = self.text, self.flags
        if flags.find(1, start, end) < 0:  # nothing blanked here (most blocks): the text as it is
            return text[start:end]
        pieces: list[str] = []
        pos = start
        for run in self._RUN.finditer(flags, start, end):
            s, e = run.span()
            pieces.append(text[pos:s])
            blanked = text[s:e]
            pieces.append(self._NOT_BREAK.sub(" ", blanked) if "\n" in blanked or "\r" in blanked else " " * (e - s))
            pos = e
        pieces.append(text[pos:end])
        return "".join(pieces)

    def result(self) -> str:
        return self.current()


def _line_span(line_starts: list[int], text_len: int, first: int, last: int) -> tuple[int, int]:
    """Offsets of lines [first, last) (0-based), without the final line break."""
    start = line_starts[first] if first < len(line_starts) else text_len
    end = line_starts[last] if last < len(line_starts) else text_len
    return start, end


def _line_content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in "\r\n":
        end -= 1
    return end


def _front_matter_end(text: str, line_starts: list[int]) -> int:
    """End of a YAML (`---`) or TOML (`+++`) front matter block at the very top, else 0."""
    if not _FRONT_MATTER.match(text):
        return 0
    closers = ("---", "...") if text.startswith("---") else ("+++",)
    n = len(text)
    for ln in range(1, min(len(line_starts), 5000)):
        start, end = _line_span(line_starts, n, ln, ln + 1)
        if text[start:end].rstrip() in closers:
            return _line_content_end(text, start, end)
    return 0


@cache
def _markdown_parser():
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable("table")
    # Only the block structure is needed; inline parsing costs time and gives no offsets.
    md.core.ruler.disable(["inline", "text_join"])
    return md


class _BlockToken(NamedTuple):
    """What _parse_markdown reads of a markdown-it block token."""

    type: str
    map: list[int]
    markup: str = ""
    tag: str = ""


# A line that can open nothing but paragraph text, whatever line comes before it: a letter or a digit (not an
# ordered list's "1." or "2)"), a quote mark or an opening parenthesis, or emphasis opening a word ("*By staff
# reporters*"). No table, list, quote, code, HTML, rule, setext underline or link definition opens so.
_PROSE_LINE = re.compile(r"(?![0-9]{1,9}[.)](?:[ \t]|\Z))[^\W_]|[\"'“‘(]|[*_]+[^\W_]")
_ATX_LINE = re.compile(r"(#{1,6})(?:[ \t]|\Z)")


def _prose_block_tokens(source: str) -> list[_BlockToken] | None:
    """The block tokens markdown-it gives a text made only of ATX headings and paragraphs, every line of which
    opens at its first column (a heading, prose as _PROSE_LINE says, or a blank line); None for any other text.
    A plain article needs no markdown-it: importing and setting it up took a tenth of a short draft's lint."""
    tokens: list[_BlockToken] = []
    first = None  # the first line of the paragraph being read
    lines = _LINE_BREAK.split(source)
    for ln, line in enumerate(lines):
        blank = not line.strip(" \t")
        if not blank and _PROSE_LINE.match(line):
            first = ln if first is None else first
            continue
        heading = None if blank else _ATX_LINE.match(line)
        if not blank and heading is None:
            return None  # another block: markdown-it reads the text
        if first is not None:  # a blank line or a heading ends the paragraph
            tokens.append(_BlockToken("paragraph_open", [first, ln]))
            first = None
        if heading is not None:
            tokens.append(_BlockToken("heading_open", [ln, ln + 1], heading.group(1), f"h{len(heading.group(1))}"))
    if first is not None:
        tokens.append(_BlockToken("paragraph_open", [first, len(lines)]))
    return tokens


def _parse_markdown(text: str, line_starts: list[int], masker: _Masker) -> list[Block]:
    n = len(text)
    fm_end = _front_matter_end(text, line_starts)
    if fm_end:
        masker.blank(0, fm_end)
    source = masker.current() if fm_end else text
    tokens = _prose_block_tokens(source)
    if tokens is None:
        tokens = _markdown_parser().parse(source)
    lines = len(line_starts)
    covered = [False] * (lines + 1)
    blocks: list[Block] = []
    containers: list[str] = []  # stack of open container kinds
    in_quote_lines: set[int] = set()
    list_first_lines: set[int] = set()
    table_lines: list[tuple[int, int]] = []
    for i, tok in enumerate(tokens):
        kind = tok.type
        if kind == "blockquote_open":
            containers.append("quote")
            if tok.map:
                in_quote_lines.update(range(tok.map[0], tok.map[1]))
        elif kind == "list_item_open":
            containers.append("list-item")
            if tok.map:
                list_first_lines.add(tok.map[0])
        elif kind in ("blockquote_close", "list_item_close"):
            if containers:
                containers.pop()
        elif kind == "heading_open" and tok.map:
            first, last = tok.map
            # ATX headings are one line; a setext heading's underline is not content
            last = first + 1 if tok.markup.startswith("#") else max(first + 1, last - 1)
            start, end = _line_span(line_starts, n, first, last)
            end = _line_content_end(text, start, end)
            level = int(tokens[i].tag[1:]) if tokens[i].tag[1:].isdigit() else 1
            for ln in range(first, last):
                covered[ln] = True
            blocks.append(Block(start, end, "heading", level))
        elif kind == "paragraph_open" and tok.map:
            first, last = tok.map
            start, end = _line_span(line_starts, n, first, last)
            end = _line_content_end(text, start, end)
            for ln in range(first, last):
                covered[ln] = True
            blocks.append(Block(start, end, containers[-1] if containers else "paragraph"))
        elif kind == "table_open" and tok.map:
            table_lines.append((tok.map[0], tok.map[1]))
        # fence, code_block, html_block, hr and link reference definitions stay uncovered: masked below

    for first, last in table_lines:
        header: list[Block] = []
        for ln in range(first, min(last, lines)):
            covered[ln] = True
            start, end = _line_span(line_starts, n, ln, ln + 1)
            end = _line_content_end(text, start, end)
            cells = _table_cells(text, start, end)
            if ln == first:
                header = cells
            blocks.extend(
                replace(cell, row=(start, end), header=(header[i].start, header[i].end) if i < len(header) else None)
                for i, cell in enumerate(cells)
            )

    # Blank every line that holds no prose: code, HTML blocks, rules, link definitions, blank lines.
    for ln in range(lines):
        if not covered[ln]:
            start, end = _line_span(line_starts, n, ln, ln + 1)
            masker.blank(start, end)

    # Container markers and list numbers: "> ", "- ", "1. " are not prose.
    for ln in sorted(in_quote_lines | list_first_lines):
        if ln >= lines or not covered[ln]:
            continue
        start, end = _line_span(line_starts, n, ln, ln + 1)
        pos = start
        if ln in in_quote_lines:
            m = _QUOTE_PREFIX.match(text, pos, end)
            if m:
                masker.blank(m.start(), m.end())
                pos = m.end()
        if ln in list_first_lines:
            m = _LIST_MARKER.match(text, pos, end)
            if m:
                masker.blank(m.start(), m.end())

    for block in blocks:
        if block.kind == "heading":
            _mask_heading_markup(text, block, masker)
        else:
            _mask_paragraph_number(text, block, masker)
        _mask_inline(masker, block.start, block.end)

    return blocks


def _table_cells(text: str, start: int, end: int) -> list[Block]:
    """Cells of one table row, split on unescaped pipes (separator rows give none)."""
    cells: list[Block] = []
    cell_start = start
    i = start
    while i <= end:
        at_end = i == end
        if at_end or (text[i] == "|" and (i == start or text[i - 1] != "\\")):
            s, e = cell_start, i
            while s < e and text[s] in " \t":
                s += 1
            while e > s and text[e - 1] in " \t":
                e -= 1
            content = text[s:e]
            if content and not re.fullmatch(r":?-{1,}:?", content):
                cells.append(Block(s, e, "table-cell"))
            cell_start = i + 1
        i += 1
    return cells


def _mask_heading_markup(text: str, block: Block, masker: _Masker) -> None:
    m = _ATX.match(text, block.start, block.end)
    pos = block.start
    if m:
        masker.blank(m.start(), m.end())
        pos = m.end()
        closing = re.search(r"[ \t]+#+[ \t]*$", text[pos : block.end])
        if closing:
            masker.blank(pos + closing.start(), block.end)
    num = _HEADING_NUMBER.match(text, pos, block.end)
    if num:
        masker.blank(num.start(), num.end())


def _mask_inline(masker: _Masker, start: int, end: int) -> None:
    """Code spans first (their content is literal), then HTML, autolinks, link targets and italics markers."""
    segment = masker.current(start, end)
    seen = masker.changes
    _mask_code_spans(masker, segment, start)
    for pattern in (_HTML_COMMENT, _AUTOLINK, _HTML_TAG, _LINK_TARGET, _REF_LINK, _ITALICS):
        if masker.changes != seen:  # each pattern reads what the ones before it left
            segment, seen = masker.current(start, end), masker.changes
        for m in pattern.finditer(segment):
            s, e = m.start(), m.end()
            if pattern is _LINK_TARGET or pattern is _REF_LINK:
                s += 1  # keep the closing bracket of the link text
            masker.blank(start + s, start + e)


def _mask_code_spans(masker: _Masker, segment: str, offset: int) -> None:
    runs = list(_BACKTICKS.finditer(segment))
    i = 0
    while i < len(runs):
        opener = runs[i]
        if opener.start() > 0 and segment[opener.start() - 1] == "\\":
            i += 1
            continue
        width = len(opener.group())
        for j in range(i + 1, len(runs)):
            if len(runs[j].group()) == width:
                masker.blank(offset + opener.start(), offset + runs[j].end())
                i = j + 1
                break
        else:
            i += 1


def _parse_plain(text: str, line_starts: list[int], masker: _Masker) -> list[Block]:
    """Blank-line paragraphs; wiki headings (`= Title =`, `==Section==`) and list lines stand alone."""
    n = len(text)
    blocks: list[Block] = []
    para_start: int | None = None
    para_end = 0

    def close() -> None:
        nonlocal para_start
        if para_start is not None:
            blocks.append(Block(para_start, para_end, "paragraph"))
            para_start = None

    tables = _plain_tables(text, line_starts)
    for ln in range(len(line_starts)):
        start, end = _line_span(line_starts, n, ln, ln + 1)
        end = _line_content_end(text, start, end)
        line = text[start:end]
        if not line.strip():
            close()
            continue
        if ln in tables:
            close()
            blocks.extend(tables[ln])
            continue
        wiki = _WIKI_HEADING.match(line)
        if wiki:
            close()
            masker.blank(start + wiki.start(1), start + wiki.end(1))
            masker.blank(start + wiki.end(2), end)
            level = len(wiki.group(1))
            block = Block(start, end, "heading", level)
            num = _HEADING_NUMBER.match(text, start + wiki.start(2), end)
            if num:
                masker.blank(num.start(), num.end())
            blocks.append(block)
            continue
        number = _PARAGRAPH_NUMBER.match(line) if para_start is None else None
        if number:
            masker.blank(start + number.start(), start + number.end())
        title = _NUMBERED_TITLE.match(line) if para_start is None else None
        if title and _stands_alone(text, line_starts, ln):
            masker.blank(start + title.start(1), start + title.end(1))
            blocks.append(Block(start, end, "heading", title.group(1).rstrip(".").count(".") + 2))
            continue
        marker = _PLAIN_LIST.match(line)
        if marker:
            close()
            masker.blank(start, start + marker.end())
            blocks.append(Block(start, end, "list-item"))
            continue
        if para_start is None:
            para_start = start
        para_end = end
    close()
    return blocks


def _aligned_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a line's cells, split at runs of two or more spaces or at tabs."""
    cells, cell_start = [], start
    while cell_start < end and text[cell_start] in " \t":
        cell_start += 1
    for gap in _COLUMN_GAP.finditer(text, cell_start, end):
        if gap.start() > cell_start:
            cells.append((cell_start, gap.start()))
        cell_start = gap.end()
    if cell_start < end:
        cells.append((cell_start, end))
    return cells


def _plain_tables(text: str, line_starts: list[int]) -> dict[int, list[Block]]:
    """Runs of lines that all split into the same number (2 or more) of aligned cells, a number in
    one of the rows below the first: a table whose first line is its header. Line -> its cells."""
    n = len(text)
    rows: list[tuple[int, tuple[int, int], list[tuple[int, int]]]] = []  # (line, row span, cells)
    found: dict[int, list[Block]] = {}

    def flush() -> None:
        numeric = any(ch.isdigit() for _, _, cells in rows[1:] for s, e in cells for ch in text[s:e])
        if len(rows) >= PLAIN_TABLE_MIN_ROWS and numeric:
            header = rows[0][2]
            for line, row, cells in rows:
                found[line] = [Block(s, e, "table-cell", row=row, header=header[i]) for i, (s, e) in enumerate(cells)]
        rows.clear()

    for ln in range(len(line_starts)):
        start, end = _line_span(line_starts, n, ln, ln + 1)
        end = _line_content_end(text, start, end)
        cells = _aligned_cells(text, start, end)
        if rows and len(cells) != len(rows[0][2]):
            flush()
        if len(cells) >= 2:
            rows.append((ln, (start, end), cells))
    flush()
    return found


def _mask_paragraph_number(text: str, block: Block, masker: _Masker) -> None:
    m = _PARAGRAPH_NUMBER.match(text, block.start, block.end)
    if m:
        masker.blank(m.start(), m.end())


def _stands_alone(text: str, line_starts: list[int], ln: int) -> bool:
    """Is line `ln` followed by a blank line or the end of the text?"""
    if ln + 1 >= len(line_starts):
        return True
    start, end = _line_span(line_starts, len(text), ln + 1, ln + 2)
    return not text[start:end].strip()


def _mask_everywhere(masker: _Masker) -> None:
    """URLs and emails, wherever they are (a URL's trailing punctuation is prose)."""
    current = masker.result()
    if any(literal in current for literal in _URL_LITERALS):  # else no match: skip a scan of the whole text
        for m in _URL.finditer(current):
            masker.blank(m.start(), m.start() + len(_trim_url(m.group())))
    if "@" in current:
        for m in _EMAIL.finditer(current):
            masker.blank(m.start(), m.end())


def _trim_url(url: str) -> str:
    while url:
        last = url[-1]
        unbalanced = last in ")]}" and url.count(last) > url.count({")": "(", "]": "[", "}": "{"}[last])
        if last in ".,;:!?'\"”’*_" or unbalanced:
            url = url[:-1]
        else:
            break
    return url


def _trim_blocks(masked: str, blocks: list[Block]) -> list[Block]:
    """Drop blocks left empty by masking and trim their blank edges."""
    out: list[Block] = []
    for b in sorted(blocks, key=lambda b: b.start):
        s, e = b.start, b.end
        while s < e and masked[s].isspace():
            s += 1
        while e > s and masked[e - 1].isspace():
            e -= 1
        if s < e:
            out.append(b if s == b.start and e == b.end else replace(b, start=s, end=e))
    return out
