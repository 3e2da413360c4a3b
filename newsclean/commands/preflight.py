"""Checks a ``scrapy crawl`` runs before starting: every mistake stops it with one line naming the fix.

Scrapy takes any ``-s NAME=VALUE`` and any ``-a NAME=VALUE`` silently, so a typo
(``NEWSCLEAN_SPAM_ENABLE``, ``-a profil=``) runs with the default, and a bad value or an
unknown spider ends in a traceback. The valid names come from the declarations: the
cleaning config's fields (``SETTINGS_MAP``), the ``NEWSCLEAN_*`` names of
``newsclean/settings.py`` and the spider's ``__init__`` parameters; no second list is kept.
"""

from __future__ import annotations

import difflib
import inspect
from types import ModuleType
from typing import Any

from newsclean import settings as project_settings
from newsclean.settings_map import RULES_SETTING, SETTINGS_MAP, cleaning_config_from_settings

SETTING_PREFIX = "NEWSCLEAN_"
# Arguments a scheduler adds to every run: scrapyd passes -a _job=<job id>.
SCHEDULER_ARGUMENTS = frozenset({"_job"})


def declared_settings(module: ModuleType = project_settings) -> dict[str, Any]:
    """Every NEWSCLEAN_* setting the project declares, with its default (None: derived from CleaningConfig)."""
    names: dict[str, Any] = dict.fromkeys(SETTINGS_MAP.values())
    names[RULES_SETTING] = {}
    names.update({k: v for k, v in vars(module).items() if k.startswith(SETTING_PREFIX)})
    return names


def closest(name: str, valid: set[str], prefix: str = "") -> str:
    """`` (did you mean X?)`` for the closest valid name, or the empty string when none is close.

    Names are compared without their shared ``prefix``: every NEWSCLEAN_* name looks alike otherwise.
    """
    stems = {v.removeprefix(prefix): v for v in valid}
    match = difflib.get_close_matches(name.removeprefix(prefix), sorted(stems), n=1, cutoff=0.6)
    return f" (did you mean {stems[match[0]]}?)" if match else ""


def check_setting_names(settings: Any) -> None:
    """ValueError for the first NEWSCLEAN_* setting the project does not declare."""
    valid = set(declared_settings())
    for name in sorted(settings):
        if name.startswith(SETTING_PREFIX) and name not in valid:
            raise ValueError(f"unknown setting {name}{closest(name, valid, SETTING_PREFIX)}")


def check_setting_values(settings: Any) -> None:
    """ValueError naming the first NEWSCLEAN_* setting whose value does not read as its default's type."""
    cleaning_config_from_settings(settings)  # cleaning thresholds: it names the setting itself
    for name, default in declared_settings().items():
        if default is None or settings.get(name) is None or isinstance(default, str):
            continue
        getter = {bool: settings.getbool, dict: settings.getdict}.get(type(default), settings.getfloat)
        try:
            getter(name)
        except (TypeError, ValueError):
            kind = {bool: "True or False", dict: "a JSON object"}.get(type(default), "a number")
            raise ValueError(f"{name}: {settings.get(name)!r} is not {kind}") from None


def spider_arguments(spidercls: type) -> list[str]:
    """The ``-a`` arguments a spider declares: its ``__init__`` parameters other than self, *args and **kwargs."""
    parameters = inspect.signature(spidercls.__init__).parameters.values()
    keyword = (inspect.Parameter.POSITIONAL_OR_KEYWORD, inspect.Parameter.KEYWORD_ONLY)
    return [p.name for p in parameters if p.kind in keyword and p.name != "self"]


def check_spider_arguments(spidercls: type, spargs: dict[str, Any]) -> None:
    """ValueError for an ``-a`` argument the spider does not declare (only spiders that declare theirs)."""
    known = spider_arguments(spidercls)
    if not known:
        return
    for name in sorted(spargs):
        if name not in known and name not in SCHEDULER_ARGUMENTS:
            hint = closest(name, set(known)).replace("did you mean ", "did you mean -a ")
            raise ValueError(f"unknown argument -a {name}=…{hint}; {spidercls.__name__} takes {', '.join(known)}")


def check_spider_name(name: str, available: list[str]) -> None:
    if name not in available:
        raise ValueError(f"unknown spider {name!r}{closest(name, set(available))}; available: {', '.join(available)}")


def spider_arguments_help(spidercls: type) -> str:
    """One line per ``-a`` argument, from the spider's ``argument_help`` (``scrapy crawl news -h``)."""
    described, names = getattr(spidercls, "argument_help", {}), spider_arguments(spidercls)
    width = max((len(name) for name in names), default=0)
    rows = [f"  -a {name + '=':<{width + 1}}  {described.get(name, '(undocumented)')}" for name in names]
    return f"Arguments of the {getattr(spidercls, 'name', '?')} spider:\n" + "\n".join(rows)
