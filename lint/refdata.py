"""Reference files: read, validate and write the TOML that verdicts are judged against.

The format is documented in reference/README.md. Reading reports every problem
with its file and line (`check`), or raises the first as an InputError (`load`).
Writing is deterministic, so a rebuilt reference diffs cleanly in review.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date as date_type
from functools import cache
from json.encoder import encode_basestring
from pathlib import Path

from lint import toml_cache
from lint.errors import InputError
from lint.model import (
    DateValue,
    Figure,
    Kind,
    Penalty,
    RefClaim,
    Reference,
    Source,
    Statute,
    Topic,
    Value,
    runs_forward,
)

FORMAT_VERSION = 1
_TOP_KEYS = {"version", "source", "topic", "build"}
_SOURCE_KEYS = {"id", "title", "publisher", "author", "date", "path", "url", "aliases"}
_TOPIC_KEYS = {"id", "kind", "subject", "keywords", "note", "decision", "claim"}
_CLAIM_KEYS = {"value", "norm", "source", "line", "hedged", "evidence", "key", "credited", "holder", "imposer",
               "rejected"}
_BUILD_KEYS = {"keys"}
_NORM_TYPES: dict[Kind, type] = {
    Kind.STATUTE: Statute,
    Kind.PENALTY: Penalty,
    Kind.DATE: DateValue,
    Kind.FIGURE: Figure,
}
_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


@dataclass(frozen=True)
class Problem:
    """Something wrong in a reference file, at a line."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


# --- normalized values <-> TOML tables ----------------------------------------


def norm_to_table(value: Value) -> dict:
    """A value as a TOML table, leaving out what is empty or default."""
    table: dict = {}
    for name, default in _fields_and_defaults(type(value)):
        item = getattr(value, name)
        if item is None or item == default or item == ():
            continue
        if isinstance(item, Figure):
            item = norm_to_table(item)
        elif isinstance(item, tuple):
            item = list(item)
        elif isinstance(item, float) and item.is_integer():
            item = int(item)
        table[name] = item
    return table


@cache
def _fields_and_defaults(cls: type) -> tuple[tuple[str, object], ...]:
    return tuple((f.name, f.default) for f in dataclasses.fields(cls))


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in dataclasses.fields(cls))


def norm_from_table(kind: Kind, table: dict) -> Value:
    """The inverse of norm_to_table; ValueError names what is wrong."""
    cls = _NORM_TYPES[kind]
    names = _field_names(cls)
    unknown = set(table) - names
    if unknown:
        raise ValueError(f"unknown norm key '{sorted(unknown)[0]}' for a {kind}")
    args = dict(table)
    if "articles" in args:
        args["articles"] = tuple(str(a) for a in args["articles"])
    if "conversion" in args:
        args["conversion"] = norm_from_table(Kind.FIGURE, args["conversion"])
    if kind is Kind.DATE:
        for key in ("start", "end"):
            if isinstance(args.get(key), date_type):  # TOML's own date (start = 1990-01-01, unquoted)
                args[key] = args[key].isoformat()[:10]  # (a TOML date-time: its day)
            elif key in args and not isinstance(args[key], str):
                raise ValueError(f"norm.{key} must be a date such as \"2011-06-27\"")
    for key in ("low", "high"):
        if key in args and args[key] is not None:
            if not isinstance(args[key], int | float) or isinstance(args[key], bool):
                raise ValueError(f"norm.{key} must be a number")
            args[key] = float(args[key])
    try:
        value = cls(**args)
    except TypeError as exc:
        raise ValueError(f"norm is missing a field for a {kind}: {exc}") from None
    if not runs_forward(value):  # (the one test a built value passes too, lint/model.py)
        backwards = "norm.start is after norm.end" if isinstance(value, DateValue) else "norm.low is above norm.high"
        raise ValueError(backwards)
    return value


# --- reading ------------------------------------------------------------------


class _Lines:
    """Line numbers of the [[source]], [[topic]] and [[topic.claim]] headers, in order."""

    _HEADER = re.compile(r"^[ \t]*\[\[[ \t]*(source|topic|topic\.claim)[ \t]*\]\]", re.M)

    def __init__(self, text: str) -> None:
        self.headers: dict[str, list[int]] = {"source": [], "topic": [], "topic.claim": []}
        line, counted_to = 1, 0  # counted incrementally: a count from 0 per header is quadratic in the file
        for m in self._HEADER.finditer(text):
            line += text.count("\n", counted_to, m.start())
            counted_to = m.start()
            self.headers[m.group(1)].append(line)

    def of(self, header: str, index: int) -> int:
        lines = self.headers[header]
        return lines[index] if index < len(lines) else 1


def _read_toml(path: Path, content: bytes | None = None) -> tuple[dict, str]:
    if content is None:
        content = read_bytes(path)
    try:
        text = content.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(f"{path}: reference is not UTF-8 text") from None
    try:
        return toml_cache.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        line = getattr(exc, "lineno", None) or _line_of_toml_error(str(exc))
        msg = getattr(exc, "msg", str(exc).split(" (at")[0])
        raise InputError(f"{path}:{line}: TOML syntax error: {msg}") from None


def read_bytes(path: Path) -> bytes:
    """A reference file's bytes; InputError naming the trouble."""
    if not path.exists():
        raise InputError(f"{path}: reference not found")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a reference file")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read reference ({exc.strerror})") from None


def _line_of_toml_error(message: str) -> int:
    m = re.search(r"line (\d+)", message)
    return int(m.group(1)) if m else 1


def parse(data: dict, text: str, path: str, parse_value: Callable | None = None) -> tuple[Reference, list[Problem]]:
    """Turn TOML data into a Reference, collecting every problem found.

    `parse_value(kind, text)` normalizes a claim's `value` when it has no `norm`.
    """
    lines = _Lines(text)
    problems: list[Problem] = []

    def problem(line: int, message: str) -> None:
        problems.append(Problem(path, line, message))

    for key in sorted(set(data) - _TOP_KEYS):
        problem(1, f"unknown top-level key '{key}'")
    version = data.get("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        problem(1, f"unsupported reference version {version!r} (this factlint reads {FORMAT_VERSION})")

    sources: list[Source] = []
    for i, entry in enumerate(_tables(data, "source", problem)):
        line = lines.of("source", i)
        for key in sorted(set(entry) - _SOURCE_KEYS):
            problem(line, f"source: unknown key '{key}'")
        sid = entry.get("id")
        if not isinstance(sid, str) or not _ID.match(sid):
            problem(line, f"source: 'id' must be a lowercase identifier, got {sid!r}")
            continue
        if any(s.id == sid for s in sources):
            problem(line, f"source: duplicate id '{sid}'")
            continue
        date = entry.get("date") or None
        if date is not None and (not isinstance(date, str) or not _ISO_DATE.match(date)):
            problem(line, f"source '{sid}': 'date' must be ISO 8601 (YYYY, YYYY-MM or YYYY-MM-DD), got {date!r}")
            date = None
        str_fields = {k: entry.get(k, "") for k in ("title", "publisher", "author", "path", "url")}
        for k, v in str_fields.items():
            if not isinstance(v, str):
                problem(line, f"source '{sid}': '{k}' must be a string")
                str_fields[k] = ""
        if not _bare_file_name(str_fields["path"]):
            problem(line, f"source '{sid}': 'path' must be the document's file name, without folders, "
                          f"got {str_fields['path']!r}")
            str_fields["path"] = ""
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            problem(line, f"source '{sid}': 'aliases' must be a list of strings")
            aliases = []
        sources.append(Source(id=sid, date=date, aliases=tuple(aliases), **str_fields))
    source_ids = {s.id for s in sources}

    topics: list[Topic] = []
    topic_ids: set[str] = set()  # a set, not a scan of `topics`: references run to thousands of topics
    claim_index = 0
    for i, entry in enumerate(_tables(data, "topic", problem)):
        line = lines.of("topic", i)
        claims_data = entry.get("claim", [])
        first_claim = claim_index
        claim_index += len(claims_data) if isinstance(claims_data, list) else 0
        for key in sorted(set(entry) - _TOPIC_KEYS):
            problem(line, f"topic: unknown key '{key}'")
        tid = entry.get("id")
        if not isinstance(tid, str) or not _ID.match(tid):
            problem(line, f"topic: 'id' must be a lowercase identifier, got {tid!r}")
            continue
        if tid in topic_ids:
            problem(line, f"topic: duplicate id '{tid}'")
            continue
        topic_ids.add(tid)
        try:
            kind = Kind(entry.get("kind"))
        except ValueError:
            problem(line, f"topic '{tid}': bad kind {entry.get('kind')!r} (statute, penalty, date or figure)")
            continue
        keywords = entry.get("keywords", [])
        if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
            problem(line, f"topic '{tid}': 'keywords' must be a list of strings")
            keywords = []
        claims: list[RefClaim] = []
        for j, c in enumerate(claims_data if isinstance(claims_data, list) else []):
            cline = lines.of("topic.claim", first_claim + j)
            claim = _parse_claim(c, kind, tid, source_ids, parse_value, lambda m, ln=cline: problem(ln, m))
            if claim is not None:
                claims.append(claim)
        text_fields = {}
        for k in ("subject", "note", "decision"):
            v = entry.get(k, "")
            if not isinstance(v, str):
                problem(line, f"topic '{tid}': '{k}' must be a string")
                v = ""
            text_fields[k] = v
        topics.append(Topic(id=tid, kind=kind, claims=tuple(claims), keywords=tuple(keywords), **text_fields))

    build = data.get("build", {})
    if not isinstance(build, dict):
        problem(1, "'build' must be a table")
        build = {}
    for key in sorted(set(build) - _BUILD_KEYS):
        problem(1, f"build: unknown key '{key}'")
    keys = build.get("keys", [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        problem(1, "build.keys must be a list of strings")
        keys = []
    return Reference(sources=tuple(sources), topics=tuple(topics), path=path, built_keys=tuple(keys)), problems


def _bare_file_name(name: str) -> bool:
    """'' or a plain file name: a reference from anyone's repository may not point into other folders."""
    return not name or ("/" not in name and "\\" not in name and "\x00" not in name and name not in (".", ".."))


def _tables(data: dict, key: str, problem: Callable) -> list[dict]:
    items = data.get(key, [])
    if not isinstance(items, list) or not all(isinstance(t, dict) for t in items):
        problem(1, f"'{key}' must be an array of tables ([[{key}]])")
        return []
    return items


def _parse_claim(c: dict, kind: Kind, tid: str, source_ids: set, parse_value, problem) -> RefClaim | None:
    if not isinstance(c, dict):
        problem(f"topic '{tid}': a claim must be a table")
        return None
    for key in sorted(set(c) - _CLAIM_KEYS):
        problem(f"topic '{tid}' claim: unknown key '{key}'")
    value = c.get("value")
    if not isinstance(value, str) or not value.strip():
        problem(f"topic '{tid}' claim: 'value' must be a non-empty string")
        return None
    source = c.get("source")
    if source not in source_ids:
        problem(f"topic '{tid}' claim {value!r}: unknown source {source!r}")
        return None
    norm_table = c.get("norm")
    if norm_table is not None:
        try:
            if not isinstance(norm_table, dict):
                raise ValueError("'norm' must be a table")
            norm = norm_from_table(kind, norm_table)
        except ValueError as exc:
            problem(f"topic '{tid}' claim {value!r}: {exc}")
            return None
    else:
        norm = parse_value(kind, value) if parse_value else None
        if norm is None:
            problem(f"topic '{tid}' claim {value!r}: cannot read a {kind} in this value; give a 'norm' table")
            return None
    line = c.get("line", 0)
    hedged = c.get("hedged", False)
    if not isinstance(line, int) or isinstance(line, bool) or line < 0:
        problem(f"topic '{tid}' claim {value!r}: 'line' must be a line number")
        line = 0
    if not isinstance(hedged, bool):
        problem(f"topic '{tid}' claim {value!r}: 'hedged' must be true or false")
        hedged = False
    rejected = c.get("rejected", False)
    if not isinstance(rejected, bool):
        problem(f"topic '{tid}' claim {value!r}: 'rejected' must be true or false")
        rejected = False
    texts = ("evidence", "key", "credited", "holder", "imposer")
    evidence, key, credited, holder, imposer = (c.get(k, "") for k in texts)
    if not all(isinstance(v, str) for v in (evidence, key, credited, holder, imposer)):
        problem(f"topic '{tid}' claim {value!r}: 'evidence', 'key', 'credited', 'holder' and 'imposer' must be strings")
        evidence, key, credited, holder, imposer = "", "", "", "", ""
    return RefClaim(value=value, norm=norm, source=source, location=line, hedged=hedged, evidence=evidence, key=key,
                    credited=credited, holder=holder, imposer=imposer, rejected=rejected)


def _parse_with_bundled_rules(kind: Kind, text: str) -> Value | None:
    """Normalize a claim's `value` text (only for claims without a `norm`; loads the rules on first use)."""
    from lint.extract import parse_value
    from lint.patterns import load_pack

    return parse_value(kind, text, load_pack())


def check(path: Path, content: bytes | None = None) -> tuple[Reference | None, list[Problem]]:
    """Every problem in a reference file (`content`: its bytes, if already read); InputError only when it
    cannot be read at all."""
    data, text = _read_toml(path, content)
    return parse(data, text, str(path), _parse_with_bundled_rules)


def load(path: Path, content: bytes | None = None) -> Reference:
    """Read a reference (`content`: its bytes, if already read); the first problem, if any, is raised as an
    InputError."""
    ref, problems = check(Path(path), content)
    if problems:
        first = problems[0]
        more = f" (and {len(problems) - 1} more; run `factlint reference check {path}`)" if len(problems) > 1 else ""
        raise InputError(f"{first}{more}")
    return ref


# --- writing ------------------------------------------------------------------


def _toml_value(item) -> str:
    if isinstance(item, bool):
        return "true" if item else "false"
    if isinstance(item, int):
        return str(item)
    if isinstance(item, float):
        return str(int(item)) if item.is_integer() else repr(item)
    if isinstance(item, str):
        return _toml_string(item)
    if isinstance(item, list | tuple):
        return "[" + ", ".join(_toml_value(i) for i in item) + "]"
    if isinstance(item, dict):
        return "{ " + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in item.items()) + " }"
    raise TypeError(f"cannot write {type(item).__name__} to TOML")


_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else _toml_string(key)


def _toml_string(s: str) -> str:
    if s.isprintable():  # no control character: json's C escaper writes what the lines below would
        return encode_basestring(s)
    escaped = s.replace("\\", "\\\\").replace('"', '\\"')
    escaped = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", escaped)
    return f'"{escaped}"'


def _toml_strings(items) -> str:
    return "[" + ", ".join(map(_toml_string, items)) + "]"


def dumps(ref: Reference, header: str = "") -> str:
    out: list[str] = []
    if header:
        out += [f"# {line}".rstrip() for line in header.splitlines()]
        out.append("")
    out.append(f"version = {FORMAT_VERSION}")
    for s in ref.sources:
        out += ["", "[[source]]"]
        out.append(f"id = {_toml_value(s.id)}")
        for k in ("title", "publisher", "author"):
            out.append(f"{k} = {_toml_value(getattr(s, k))}")
        if s.date:
            out.append(f"date = {_toml_value(s.date)}")
        out.append(f"path = {_toml_value(s.path)}")
        if s.url:
            out.append(f"url = {_toml_value(s.url)}")
        out.append(f"aliases = {_toml_value(list(s.aliases))}")
    norms: dict[int, str] = {}  # id of a value -> its table: a build's equal values are one object
    for t in ref.topics:
        out += ["", "[[topic]]", f"id = {_toml_string(t.id)}", f"kind = {_toml_string(str(t.kind))}"]
        out.append(f"subject = {_toml_string(t.subject)}")
        out.append(f"keywords = {_toml_strings(t.keywords)}")
        if t.note:
            out.append(f"note = {_toml_value(t.note)}")
        if t.decision:
            out.append(f"decision = {_toml_value(t.decision)}")
        for c in t.claims:
            out += ["", "[[topic.claim]]", f"value = {_toml_string(c.value)}"]
            norm = norms.get(id(c.norm))
            if norm is None:
                norm = norms[id(c.norm)] = _toml_value(norm_to_table(c.norm))
            out.append(f"norm = {norm}")
            out.append(f"source = {_toml_string(c.source)}")
            out.append(f"line = {c.location}")
            out.append("hedged = true" if c.hedged else "hedged = false")
            if c.evidence:
                out.append(f"evidence = {_toml_string(c.evidence)}")
            if c.credited:
                out.append(f"credited = {_toml_string(c.credited)}")
            if c.holder:
                out.append(f"holder = {_toml_string(c.holder)}")
            if c.imposer:
                out.append(f"imposer = {_toml_string(c.imposer)}")
            if c.rejected:
                out.append("rejected = true")
            if c.key:
                out.append(f"key = {_toml_string(c.key)}")
    if ref.built_keys:
        out += ["", "# Every claim the last build produced: a claim removed by hand stays removed on rebuild."]
        out.append("[build]")
        out.append("keys = [")
        out += [f"  {_toml_string(k)}," for k in sorted(ref.built_keys)]
        out.append("]")
    return "\n".join(out) + "\n"


def write(ref: Reference, path: Path, header: str = "") -> None:
    from lint.atomic import write_atomic  # (with tempfile: a millisecond of every lint, which only reads)

    write_atomic(Path(path), dumps(ref, header))
