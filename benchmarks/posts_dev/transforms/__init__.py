"""Register transforms for `register.py`: each rewrites a draft the way an informal writer would.

A transform is a function `(text) -> text` registered for the languages it applies to. Every rewrite it makes must
be a feature attested in real informal text (../shared/data/finnish: tweets, Suomi24), with the module's docstring
saying where; a transform never adds or removes what a draft tells, so the draft's labels stay true.
"""

from __future__ import annotations

from collections.abc import Callable

from . import casual, informal_en, informal_sv, spoken_fi

Transform = Callable[[str], str]

#: name -> (languages it applies to, transform); applied in the order given on the command line.
TRANSFORMS: dict[str, tuple[frozenset[str], Transform]] = {
    "casual": (frozenset({"fi", "sv", "en"}), casual.rewrite),
    "spoken": (frozenset({"fi"}), spoken_fi.rewrite),
    "informal-sv": (frozenset({"sv"}), informal_sv.rewrite),
    "informal-en": (frozenset({"en"}), informal_en.rewrite),
}


def rewrite(text: str, lang: str, names: list[str]) -> str:
    """`text` through each named transform that applies to `lang`, in order."""
    for name in names:
        langs, transform = TRANSFORMS[name]
        if lang in langs:
            text = transform(text)
    return text
