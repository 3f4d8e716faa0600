"""Find a named module (home, health, demo, roles) in every installed app, in app order.

Lets each app contribute to the home page, health checks, demo data and role tables
without the project knowing the apps. Only a missing module is skipped; an error inside
an existing module is raised.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Iterator
from types import ModuleType

from django.apps import apps as django_apps


def app_modules(module_name: str) -> Iterator[ModuleType]:
    for config in django_apps.get_app_configs():
        dotted = f"{config.name}.{module_name}"
        if importlib.util.find_spec(dotted) is not None:
            yield importlib.import_module(dotted)
