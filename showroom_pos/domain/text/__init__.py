"""The catalogue: every text the program gives a person below the GUI (refusals, labels of the
ledger's vocabularies, the words of printed and PDF documents, the command line's output), in
Bahasa Indonesia (the default) and English, keyed by code and split by feature.

A parameter that is itself a word, such as the name of a field, is passed as a `Term` holding its
code (and its own parameters, if any), so that an English message never carries an Indonesian
word; several such parameters shown as one are passed `Joined`. Qt's `tr` is used only for
text defined in `gui/` and `ui/`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from showroom_pos.domain.text import (
    admin,
    auth,
    cli,
    documents,
    events,
    fields,
    journal,
    labels,
    printer,
    reports,
    settlement,
    stock,
    till,
)

LANGUAGES = ("id", "en")

FEATURES = (
    auth,
    fields,
    labels,
    till,
    stock,
    events,
    settlement,
    reports,
    admin,
    journal,
    printer,
    documents,
    cli,
)


class Term(str):
    """A parameter that is a catalogue code: rendered in the language of the text it fills, with
    its own parameters (`Term("import.too_many_rows", rows=5000)`). As a string it is its code."""

    params: Mapping[str, Any]

    def __new__(cls, code: str, /, **params: Any) -> Term:
        term = super().__new__(cls, code)
        term.params = params
        return term

    def __reduce__(self) -> tuple[Any, ...]:
        return _term, (str(self), dict(self.params))


def _term(code: str, params: dict[str, Any]) -> Term:
    return Term(code, **params)


class Joined(tuple[Any, ...]):
    """Several parameters shown as one, each rendered in the text's language (a `Term` as its
    text), joined by `sep`."""

    sep: str

    def __new__(cls, parts: Iterable[Any], sep: str = ", ") -> Joined:
        joined = super().__new__(cls, tuple(parts))
        joined.sep = sep
        return joined

    def __reduce__(self) -> tuple[Any, ...]:
        return Joined, (tuple(self), self.sep)


def _merge() -> dict[str, tuple[str, str]]:
    merged: dict[str, tuple[str, str]] = {}
    for feature in FEATURES:
        for code, pair in feature.TEXTS.items():
            if code in merged:
                raise RuntimeError(f"catalogue code {code!r} is defined twice")
            merged[code] = pair
    return merged


CATALOGUE: dict[str, tuple[str, str]] = _merge()


def english(lang: str | None) -> bool:
    """Whether `lang` asks for English; anything else is Bahasa Indonesia, the default."""
    return lang == "en"


def language(lang: str | None) -> int:
    """The column of a catalogue pair for `lang`: English for 'en', Indonesian otherwise."""
    return 1 if english(lang) else 0


def pick(pair: tuple[str, str], lang: str | None) -> str:
    """One text of an (Indonesian, English) pair."""
    return pair[language(lang)]


def render(code: str, lang: str | None, params: Mapping[str, Any] | None = None) -> str:
    """The text of `code` in `lang` with its parameters filled in; amounts arrive formatted,
    `Term` parameters are rendered in the same language. An unknown code renders as itself."""
    pair = CATALOGUE.get(code)
    if pair is None:
        return code
    template = pick(pair, lang)
    if not params:
        return template
    values = {key: _value(value, lang) for key, value in params.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError):
        return template


def _value(value: Any, lang: str | None) -> str:
    if isinstance(value, Term):
        return render(value, lang, value.params)
    if isinstance(value, Joined):
        return value.sep.join(_value(part, lang) for part in value)
    return str(value)


def text(code: str, lang: str | None = "id", /, **params: Any) -> str:
    """`render` with the parameters as keywords."""
    return render(code, lang, params)


def section(prefix: str, lang: str | None) -> dict[str, str]:
    """Every text whose code starts with `prefix` (one document's words, say), in `lang`, keyed
    by the rest of its code: `section("statement_pdf.", "en")["title"]`."""
    return {
        code.removeprefix(prefix): pick(pair, lang)
        for code, pair in CATALOGUE.items()
        if code.startswith(prefix)
    }
