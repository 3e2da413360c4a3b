"""The one place where Scrapy settings become a ``CleaningConfig``.

Setting names derive from the config's fields (``newsclean.cleaning.config.setting_name``), so a
threshold is declared once, in ``CleaningConfig``, with its default, unit and reason.
"""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from newsclean.cleaning.config import CleaningConfig, settings_of_config
from newsclean.cleaning.registry import RULES

# CleaningConfig field -> the setting that overrides it (NEWSCLEAN_<AREA>_<NAME>).
SETTINGS_MAP: dict[str, str] = {k: v for k, v in settings_of_config().items() if k != "disabled_rules"}
# Rules switched on and off by name: NEWSCLEAN_SPAM_RULES = {"keyword_run": False} (Scrapy's component-dict style).
RULES_SETTING = "NEWSCLEAN_SPAM_RULES"
# Kinds whose rules are not switched one by one: the page drop and whitespace tidying (their stages are).
UNSWITCHABLE_KINDS = frozenset({"page", "normalize"})
OFF_VALUES = frozenset({"false", "0", "no", "off", "none"})


def cleaning_config_from_settings(settings: Any) -> CleaningConfig:
    """Build the cleaning config from Scrapy settings; a bad value raises ValueError naming the setting."""
    values: dict[str, Any] = {}
    defaults = CleaningConfig()
    for f in fields(CleaningConfig):
        name = SETTINGS_MAP.get(f.name, "")
        if not name or settings.get(name) is None:
            continue
        default = getattr(defaults, f.name)
        try:
            if isinstance(default, bool):
                values[f.name] = settings.getbool(name)
            elif isinstance(default, int):
                values[f.name] = settings.getint(name)
            else:
                values[f.name] = settings.getfloat(name)
        except (TypeError, ValueError) as error:
            raise ValueError(f"{name}: {settings.get(name)!r} is not a valid {type(default).__name__}") from error
    values["disabled_rules"] = disabled_rules(settings)
    return CleaningConfig(**values)


def disabled_rules(settings: Any) -> frozenset[str]:
    """Rule names NEWSCLEAN_SPAM_RULES switches off; an unknown name is a ValueError naming the setting."""
    try:
        switches = settings.getdict(RULES_SETTING)
    except (TypeError, ValueError) as error:
        raise ValueError(f"{RULES_SETTING}: expected a dict of rule name -> true/false") from error
    switchable = [name for name, rule in RULES.items() if rule.kind not in UNSWITCHABLE_KINDS]
    unknown = sorted(set(switches) - set(switchable))
    if unknown:
        raise ValueError(
            f"{RULES_SETTING}: unknown rules {unknown}; known: {', '.join(switchable)} "
            "(whitespace and the spam-page drop are switched with NEWSCLEAN_NORMALIZE_ENABLED / NEWSCLEAN_SPAM_ENABLED)"
        )
    return frozenset(name for name, on in switches.items() if str(on).strip().lower() in OFF_VALUES)
