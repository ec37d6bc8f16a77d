"""What every check kind shares: the Match it yields, the pack context it reads, its base class."""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, ClassVar

import regex

from pelisaannot import regexcache
from pelisaannot.document import Document
from pelisaannot.folding import fold
from pelisaannot.i18n import error_text


class CheckConfigError(ValueError):
    """A check's parameters are wrong; `field` is the dotted path below `check`."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class Match:
    """A span of the normalised text that breaks the rule, with values for the message placeholders."""

    start: int
    end: int
    values: Mapping[str, Any] = field(default_factory=dict)
    suggestion: str | None = None
    #: A message that replaces the rule's own (with {rule} for the rule's id): for a check that could not
    #: decide, e.g. a pattern that ran out of time, so that the finding says so instead of accusing the text.
    message: str | None = None


#: The most a pack file (a word list, a protected source) may hold.
MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class PackContext:
    """What a check may read from its pack: files beside the rule and the pack's settings.

    A pack is data that a colleague or a download may supply, so it reads only what it owns: every path is
    resolved (symlinks too) and must stay inside `roots`, the folders of the pack and of the packs it extends
    (by default just `directory`). Everything is read at load time, so a bad file is a load error.
    """

    directory: Path
    settings: Mapping[str, Any] = field(default_factory=dict)
    roots: tuple[Path, ...] = ()
    #: Verify what cannot be trusted (probe patterns for catastrophic backtracking); False for built-in packs.
    verify: bool = True

    def _inside(self, path: Path) -> bool:
        return _within(str(path), self.roots or (self.directory,))

    def path(self, relative: str, field_name: str) -> Path:
        """The resolved path of a pack file named relative to the pack; refused if it leaves the pack."""
        if os.path.isabs(relative) or relative.startswith("~"):
            raise CheckConfigError(field_name, error_text("pack_relative", path=relative))
        resolved = _realpath(os.path.join(self.directory, relative))
        if not _within(resolved, self.roots or (self.directory,)):
            raise CheckConfigError(field_name, error_text("pack_leaves", path=relative))
        return Path(resolved)

    def read_text(self, relative: str, field_name: str, what: str = "file") -> str:
        """A pack file's text: a regular UTF-8 file inside the pack, at most MAX_FILE_BYTES."""
        return read_pack_file(self.path(relative, field_name), relative, field_name, what)

    def read_list(self, relative: str, field_name: str) -> list[str]:
        """A word list file of the pack: one entry a line; `# ` (a hash and a space, or a hash that ends the line)
        starts a comment, so that an entry may be a hashtag (`#rekry`) or hold a hash (`c#`)."""
        lines = self.read_text(relative, field_name, "list file").splitlines()
        # (A line without a hash has no comment: most lines, so they skip the pattern.)
        return [s for line in lines if (s := (_COMMENT.split(line, 1)[0] if "#" in line else line).strip())]

    def glob(self, pattern: str, field_name: str) -> list[Path]:
        """Files a glob names inside the pack, sorted; a pattern that reaches outside is refused."""
        if Path(pattern).is_absolute() or pattern.startswith("~") or ".." in Path(pattern).parts:
            raise CheckConfigError(field_name, error_text("pack_relative_glob", path=pattern))
        found = []
        for match in sorted(self.directory.glob(pattern)):
            resolved = match.resolve()
            if not self._inside(resolved):
                raise CheckConfigError(field_name, error_text("pack_file_leaves",
                                                              path=match.relative_to(self.directory)))
            found.append(resolved)
        return found


#: A list file's comment: a hash at the start of the line or after a space, followed by a space or the line's end.
_COMMENT = regex.compile(r"(?:^|(?<=\s))#(?=\s|$)")


@lru_cache(maxsize=256)
def _resolved(folder: str) -> str:
    """A folder with its symbolic links resolved: asked for every list file a pack reads, so once per folder."""
    return os.path.realpath(folder)


@lru_cache(maxsize=64)
def _root_prefixes(roots: tuple[Path, ...]) -> tuple[tuple[str, str], ...]:
    """Each root resolved, and the same with a separator: what a path inside it starts with."""
    out = []
    for root in roots:
        resolved = _resolved(str(root))
        out.append((resolved, resolved if resolved.endswith(os.sep) else resolved + os.sep))
    return tuple(out)


def _within(path: str, roots: tuple[Path, ...]) -> bool:
    """Whether a resolved path is one of `roots` or inside one (as `Path.is_relative_to`, on strings)."""
    return any(path == root or path.startswith(prefix) for root, prefix in _root_prefixes(roots))


def _realpath(path: str) -> str:
    """`os.path.realpath(path)` (= `Path.resolve()`), with its folder's resolution remembered: a pack reads
    hundreds of list files from a few folders, and resolving each file's every folder again was most of the cost
    of loading them."""
    folder, name = os.path.split(path)
    if name in ("", ".", ".."):
        return os.path.realpath(path)
    full = os.path.join(_resolved(folder), name)
    return os.path.realpath(full) if os.path.islink(full) else full


def read_pack_file(path: Path, shown: str, field_name: str, what: str = "file") -> str:
    """Read one file of a pack: regular, bounded, UTF-8; every problem is a CheckConfigError (in the language of
    `i18n`; `what`, the kind of file, is no longer part of the message: the file name says it)."""
    try:
        if not path.is_file():
            problem = error_text("no_such_file" if not path.exists() else "not_regular_file")
            raise CheckConfigError(field_name, error_text("pack_cannot_read", name=shown, problem=problem))
        with path.open("rb") as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise CheckConfigError(field_name, error_text("pack_cannot_read", name=shown, problem=exc.strerror)) from None
    if len(data) > MAX_FILE_BYTES:
        limit = MAX_FILE_BYTES // 1024 // 1024
        raise CheckConfigError(field_name, error_text("pack_too_large", name=shown, limit=limit))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CheckConfigError(field_name, error_text("pack_not_utf8", name=shown, byte=exc.start)) from None


#: The characters whose full case folding is not their simple one (ß -> ss, ﬁ -> fi, İ, ŉ, Greek letters with a
#: iota subscript...), by `regex`'s tables and by Python's (tests/checks/test_simple_fold.py recomputes them). Where
#: neither the text nor the pattern holds one, full and simple case-insensitive matching find the same matches.
FULL_FOLD_CHARS = regex.compile(
    r"[\u00df\u0130\u0149\u01f0\u0390\u03b0\u0587\u1e96-\u1e9a\u1e9e\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf"
    r"\u1fb2-\u1fb4\u1fb6-\u1fb7\u1fbc\u1fc2-\u1fc4\u1fc6-\u1fc7\u1fcc\u1fd2-\u1fd3\u1fd6-\u1fd7\u1fe2-\u1fe4"
    r"\u1fe6-\u1fe7\u1ff2-\u1ff4\u1ff6-\u1ff7\u1ffc\ufb00-\ufb06\ufb13-\ufb17\U0001df95]")
#: What may name a character of FULL_FOLD_CHARS without writing it: an escape of a code point or name, or a range
#: with a non-ASCII end (`[a-ö]` holds ß).
_HIDDEN_CHAR_RE = regex.compile(r"\\[xuUN]|[^\x00-\x7f]-|-[^\x00-\x7f]")


def simple_fold_source(source: str, flags: int) -> str | None:
    """The source of a twin of a pattern that matches with simple case folding (`(?-f)`), or None.

    Full case folding (the `regex` package's VERSION1 default, or FULLCASE) makes a pattern about three times as
    costly to compile and twice as slow to search, and it differs from simple folding only at a character of
    FULL_FOLD_CHARS (`ß` matches `ss`): on a text without one, the twin of a pattern without one finds exactly the
    same matches. None when the pattern folds simply already (nothing to gain) or may name such a character."""
    if not flags & (regex.FULLCASE | regex.VERSION1) or FULL_FOLD_CHARS.search(source) \
            or _HIDDEN_CHAR_RE.search(source):
        return None
    return "(?-f)" + source


def simple_fold_text(text: str, folded: str | None = None) -> bool:
    """Whether a text holds no character of FULL_FOLD_CHARS: a simple-folding twin (`simple_fold_source`) may
    search it in place of its pattern.

    Every such character case-folds to two or more (`folding.fold`; tests/checks/test_simple_fold.py holds it), and
    no character folds to none: a text without one folds to as many characters as it has. The folded text is at
    hand where a prefilter read it (`folded`); else it is made here, once per text (a post's patterns search one
    text one after another), not a scan of every character against the set."""
    global _LAST_TEXT
    if folded is not None:
        return len(folded) == len(text)
    last = _LAST_TEXT
    if last[0] is text:
        return last[1]
    answer = len(fold(text)) == len(text)
    _LAST_TEXT = (text, answer)
    return answer


#: The last text `simple_fold_text` folded, and its answer (one tuple, replaced whole: safe between threads).
_LAST_TEXT: tuple[str | None, bool] = (None, False)


class LazyPattern:
    """A regular expression compiled on first use: a built-in pack's patterns that a post may never reach (a
    cue list asked only when another one occurs, keyword patterns behind a word test) cost nothing at start-up.
    The tests compile them all (`load_policy(..., verify=True)`).

    A pattern with full case folding searches through its simple-folding twin a text that allows it
    (`simple_fold_source`); only a text with such a character as `ß` compiles and searches the pattern itself."""

    __slots__ = ("_compiled", "_twin", "_twin_source", "flags", "source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self.source, self.flags = source, flags
        self._compiled: regex.Pattern[str] | None = None
        self._twin: regex.Pattern[str] | None = None
        self._twin_source = simple_fold_source(source, flags)

    @property
    def compiled(self) -> regex.Pattern[str]:
        if self._compiled is None:
            self._compiled = regexcache.compile(self.source, self.flags)
        return self._compiled

    def _for(self, string: str) -> regex.Pattern[str]:
        """The pattern to search `string` with: the simple-folding twin where it finds the same matches."""
        if self._twin is not None:
            return self._twin if simple_fold_text(string) else (self._compiled or self.compiled)
        if self._twin_source is not None and simple_fold_text(string):
            try:
                self._twin = regexcache.compile(self._twin_source, self.flags & ~regex.FULLCASE)
            except regex.error:  # the prefix did not combine with the source's own flags: no twin
                self._twin_source = None
                return self._compiled or self.compiled
            return self._twin
        return self._compiled or self.compiled

    # The searches the checks call on every post, as methods: not a failed attribute look-up, `__getattr__` and
    # the property on each call.
    def search(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._for(string).search(string, *args, **kwargs)

    def match(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._for(string).match(string, *args, **kwargs)

    def fullmatch(self, string: str, *args: Any, **kwargs: Any) -> regex.Match[str] | None:
        return self._for(string).fullmatch(string, *args, **kwargs)

    def finditer(self, string: str, *args: Any, **kwargs: Any) -> Iterator[regex.Match[str]]:
        return self._for(string).finditer(string, *args, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):  # copy and pickle look for these before __init__ has run
            raise AttributeError(name)
        return getattr(self.compiled, name)


def compile_pattern(source: str, flags: int, pack: PackContext) -> regex.Pattern[str]:
    """A pack's pattern: compiled now when the pack is verified (an error is a load error), else on first use."""
    if pack.verify:
        return regexcache.compile(source, flags)
    return LazyPattern(source, flags)  # type: ignore[return-value]  # behaves as the pattern it compiles to


#: An inline verbose flag (`(?x)`, `(?ix:...)`): `Pattern.flags` may then differ from the flags it was compiled with.
_INLINE_VERBOSE = regex.compile(r"\(\?[a-zA-Z]*x")


def pattern_source(pattern: regex.Pattern[str]) -> tuple[str, int]:
    """(source, flags) of a pattern from `compile_pattern`, for `Prefilter.of`, without compiling a lazy one (its
    flags are those given; a compiled pattern's are the same unless the source sets the verbose flag inline, when
    the lazy pattern is compiled to ask)."""
    if isinstance(pattern, LazyPattern) and not _INLINE_VERBOSE.search(pattern.source):
        return pattern.source, pattern.flags
    return pattern.pattern, pattern.flags


class Check(ABC):
    """A check kind: compiled once from a rule's `check` mapping, then run on many documents."""

    kind: ClassVar[str]
    #: Document layers the check needs ("lemmas", "names"), so the engine computes only those.
    needs: ClassVar[frozenset[str]] = frozenset()
    #: Placeholders the rule's message may use besides {match}.
    placeholders: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        self.params = params
        self.pack = pack

    @abstractmethod
    def run(self, doc: Document) -> Iterator[Match]:
        """Yield every span of `doc` that breaks the rule."""
