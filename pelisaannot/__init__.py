"""pelisaannot: a compliance linter for Finnish social-media drafts.

    from pelisaannot import Linter
    linter = Linter.from_policy("kela")
    for f in linter.check("Tekstiä...", platform="linkedin"):
        print(f.rule, f.severity, f.start, f.end, f.message, f.link)

See docs/api.md for the whole public API.
"""

from __future__ import annotations

from pelisaannot.config import Config, ConfigError, load_config
from pelisaannot.document import Document
from pelisaannot.engine import LANGUAGES, PLATFORMS, Linter
from pelisaannot.errors import InputError, PelisaannotError, PolicyError
from pelisaannot.finding import SEVERITIES, Checked, Finding, Suppressed
from pelisaannot.policy import Policy, load_policy
from pelisaannot.redact import OPERATORS, Operator, redact
from pelisaannot.rule import Rule

__version__ = "0.1.0"


def check(text: str, policy: str = "kela", platform: str = "generic") -> list[Finding]:
    """One-off convenience: check one draft with a pack (build a Linter to check many)."""
    return Linter.from_policy(policy).check(text, platform)


__all__ = ["LANGUAGES", "OPERATORS", "PLATFORMS", "SEVERITIES", "Checked", "Config", "ConfigError", "Document",
           "Finding", "InputError", "Linter", "Operator", "PelisaannotError", "Policy", "PolicyError", "Rule",
           "Suppressed", "check", "load_config", "load_policy", "redact"]
