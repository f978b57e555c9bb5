"""Source metadata for `reference build`: a manifest beside the sources.

Either `sources.toml` ([[source]] tables with `file`, `title`, `publisher`,
`author`, `date`, `url`, `aliases`, optional `id` and `kind`) or a Markdown table in
`SOURCES.md` whose header names the columns (file, publisher, title, author,
date, ...). Dates written as prose ("published 27 June 2011", "2022 (inferred)",
"undated") are read to the precision they give.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from lint.errors import InputError
from lint.model import Source

MANIFEST_NAMES = ("sources.toml", "SOURCES.md")
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_MONTHS = {m: i for i, m in enumerate(_MONTH_NAMES, 1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
# "kind" says what the document is ("NGO statement", "Court judgment summary"): the build reads a campaigning
# body's own estimates as hedged by it (lint.cues.is_advocacy); it is not stored in the reference
_KEYS = {"file", "id", "title", "publisher", "author", "date", "url", "aliases", "kind"}


def find_manifest(folder: Path) -> Path | None:
    for name in MANIFEST_NAMES:
        if (folder / name).is_file():
            return folder / name
    return None


def read_manifest(path: Path) -> dict[str, dict]:
    """File name -> metadata fields, from a sources.toml or a SOURCES.md table."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read the manifest ({exc})") from None
    if path.suffix == ".toml":
        return _from_toml(path, text)
    return _from_markdown_table(text)


def _from_toml(path: Path, text: str) -> dict[str, dict]:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise InputError(f"{path}: TOML syntax error: {exc}") from None
    out = {}
    for i, entry in enumerate(data.get("source", []), 1):
        unknown = set(entry) - _KEYS
        if unknown:
            raise InputError(f"{path}: source #{i}: unknown key '{sorted(unknown)[0]}'")
        if "file" not in entry:
            raise InputError(f"{path}: source #{i}: missing key 'file'")
        out[entry["file"]] = dict(entry)
    return out


def _cells(line: str) -> list[str]:
    return [c.strip() for c in line.strip().strip("|").split("|")]


def _from_markdown_table(text: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    header: list[str] | None = None
    for line in text.splitlines():
        if not line.lstrip().startswith("|"):
            header = None
            continue
        cells = _cells(line)
        if header is None:
            header = [c.lower() for c in cells]
            continue
        if all(re.fullmatch(r":?-{2,}:?", c) for c in cells if c):
            continue
        row = dict(zip(header, cells, strict=False))
        name = row.get("file") or row.get("path") or row.get("filename")
        if name:
            out[name.strip("`")] = {k: v for k, v in row.items() if k in _KEYS and v}
    return out


def parse_prose_date(text: str) -> str | None:
    """'published 27 June 2011' -> '2011-06-27'; '2022 (inferred ...)' -> '2022'; 'undated' -> None."""
    t = text.strip().lower()
    if not t or t.startswith(("undated", "unknown", "n/a", "none")):
        return None
    m = re.search(r"\b(\d{4})-(\d{2})(?:-(\d{2}))?\b", t)
    if m:
        return m.group(0)
    m = re.search(r"\b(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b", t)
    if m and m.group(2) in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.search(r"\b([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b", t)
    if m and m.group(1) in _MONTHS:
        return f"{m.group(3)}-{_MONTHS[m.group(1)]:02d}-{int(m.group(2)):02d}"
    m = re.match(r"^\W*(\d{4})\b", t)  # "2022 (inferred from a birth in November 2021)": the year it starts with
    if m:
        return m.group(1)
    m = re.search(r"\b([a-z]{3,9})\s+(\d{4})\b", t)
    if m and m.group(1) in _MONTHS:
        return f"{m.group(2)}-{_MONTHS[m.group(1)]:02d}"
    return None


def _slug(text: str, words: int) -> str:
    parts = [w for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in {"the", "of", "a", "an", "in", "and"}]
    return "-".join(parts[:words])


# after a body's name and a comma: the document ("press release 19/2024") or the division ("Criminal Division")
_DOCUMENT_AFTER_COMMA = re.compile(r"[a-z]|.*\d|(?i:.*\b(?:division|office|unit|bureau|section|chamber|press\s+release"
                                   r"|report|statement|bulletin|summary|judgment)s?)$")


def derive_aliases(publisher: str, title: str) -> list[str]:
    """Names a writer would use for a source: 'State Department' for the United States Department of State."""
    aliases: list[str] = []
    for name in (publisher, title):
        if name:
            aliases.append(name)
    # the body before its asides and the document's kind or division: "Pharmacy Board (Republic of
    # Veskara), press release PR/19" -> "Pharmacy Board", the name a writer credits (not "Ministry of
    # Agriculture" for "Ministry of Agriculture, Forestry and Fisheries")
    parts = [part.strip() for part in re.sub(r"\s*\([^)]*\)", "", publisher).split(",")]
    while len(parts) > 1 and _DOCUMENT_AFTER_COMMA.match(parts[-1]):
        parts.pop()  # the last parts, while they name a document or a division
    head = ", ".join(parts)
    if head != publisher and len(head.split()) >= 2:
        aliases.append(head)
    m = re.search(r"(?:United States|U\.?S\.?) Department of (\w+)", publisher)
    if m:
        dept = m.group(1)
        aliases += [f"{dept} Department", f"US {dept} Department", f"U.S. {dept} Department", f"Department of {dept}"]
    for phrase in re.findall(r"((?:[A-Z][\w-]*\s+(?:(?:in|of|on|for|and)\s+)?){2,}[A-Z][\w-]*)", title):
        capitals = [w for w in phrase.split() if w[:1].isupper()]
        if capitals[-1].lower() == "report" and len(capitals) >= 3:
            acronym = "".join(w[0] for w in phrase.split()[:-1] if w[:1].isupper() or w in ("in", "of"))
            acronym = "".join(c.upper() if c.isalpha() else c for c in acronym)
            aliases += [f"{acronym} report", " ".join(phrase.split()[:-1]) + " Report"]
    seen: dict[str, None] = {}
    for a in aliases:
        seen.setdefault(a.strip(), None)
    return [a for a in seen if a]


def source_for(file_name: str, meta: dict, taken: set[str]) -> Source:
    """A Source from manifest fields; the id is made from publisher, year and title when not given."""
    publisher = meta.get("publisher", "")
    via = re.search(r"\(via ([^)]+)\)", publisher)
    extra_aliases = [via.group(1).strip()] if via else []
    publisher = re.sub(r"\s*\(via [^)]+\)", "", publisher).strip()
    title = meta.get("title", "")
    raw_date = meta.get("date")
    date = parse_prose_date(raw_date) if isinstance(raw_date, str) else None
    sid = meta.get("id") or "-".join(
        p for p in (_slug(publisher, 2) or "source", (date or "")[:4], _slug(title, 2)) if p
    )
    base, n = sid, 2
    while sid in taken:
        sid, n = f"{base}-{n}", n + 1
    taken.add(sid)
    aliases = meta.get("aliases") or derive_aliases(publisher, title) + extra_aliases
    return Source(
        id=sid,
        title=title,
        publisher=publisher,
        author=meta.get("author", ""),
        date=date,
        path=file_name,
        url=meta.get("url", ""),
        aliases=tuple(aliases),
    )
