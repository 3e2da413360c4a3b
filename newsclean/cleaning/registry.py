"""The one registry of cleaning rules: every rule a name, a kind, a stage, a function and a docstring.

Rule modules register their rules when they are imported (``newsclean.cleaning`` imports them
all), so ``RULES`` is complete as soon as the package is. The spam stage walks the line and
span rules in registration order; stats, the run summary, the README's rule table, the coverage
tests and ``NEWSCLEAN_SPAM_RULES`` (rules switched off) all read this mapping (ftfy keeps its
fixers the same way).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, TypeVar

# What a rule looks at: a whole line, a span inside a kept line, a brand the page showed met again
# (echo), the title, the page as a whole, an HTML element, a template tag, or invisible characters.
KINDS = ("line", "block", "span", "echo", "title", "page", "html", "template", "normalize")
# The pipeline stage that reports a rule's removals (item ``cleaning`` field, rejects feed).
STAGES = ("html", "template_tags", "spam", "normalize")

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class CleaningRule:
    name: str  # stable id: stats key newsclean/removed/<name>, the item's cleaning field, rejects, README
    kind: str
    stage: str
    catches: str  # one line for the docs table; the function's docstring says why it is safe
    function: Callable[..., Any] | None = None  # the documented function
    applies: Callable[..., Any] | None = None  # the uniform call the stage makes, when it differs from ``function``

    def __call__(self, *args: Any) -> Any:
        call = self.applies or self.function
        assert call is not None, f"rule {self.name} has nothing to call"
        return call(*args)

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.function) or "" if self.function is not None else ""

    @property
    def is_spam(self) -> bool:
        """Counts as spam in spam-rate figures (the run summary's alerts): chrome and layout do not."""
        return self.stage in ("html", "spam") and self.name != "hidden_chrome"


RULES: dict[str, CleaningRule] = {}


def register(
    name: str,
    kind: str,
    stage: str,
    catches: str,
    function: Callable[..., Any] | None = None,
    applies: Callable[..., Any] | None = None,
) -> None:
    """Add a rule; a name registered twice is a programming error."""
    if kind not in KINDS or stage not in STAGES:
        raise ValueError(f"rule {name}: kind {kind!r} / stage {stage!r} unknown")
    if name in RULES:
        raise ValueError(f"rule {name} registered twice")
    RULES[name] = CleaningRule(name, kind, stage, catches, function, applies)


def rule(name: str, kind: str, stage: str, catches: str) -> Callable[[F], F]:
    """Decorator form of ``register`` for a rule that is one function."""

    def decorate(function: F) -> F:
        register(name, kind, stage, catches, function)
        return function

    return decorate


def rules_of(kind: str, disabled: frozenset[str] = frozenset()) -> Iterator[CleaningRule]:
    """The rules of one kind in registration order, without those switched off."""
    return (r for r in RULES.values() if r.kind == kind and r.name not in disabled)


def rule_names(stage: str | None = None) -> tuple[str, ...]:
    return tuple(name for name, r in RULES.items() if stage is None or r.stage == stage)


def module_rule_names(module: str) -> tuple[str, ...]:
    """Rules whose documented function lives in ``module`` (a module's own RULE_NAMES)."""
    return tuple(n for n, r in RULES.items() if r.function is not None and r.function.__module__ == module)


def spam_rule_names() -> frozenset[str]:
    """Rules whose removals are spam (the summary's spam figures): not hidden chrome, not layout."""
    return frozenset(name for name, r in RULES.items() if r.is_spam)
