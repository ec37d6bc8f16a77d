"""The check kinds: one module each, registered in this one table.

A rule names its kind in `check.kind`; the kind's parameters are validated against
`pelisaannot/schema/checks/<kind>.json` before the class compiles them.
"""

from __future__ import annotations

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext
from pelisaannot.checks.copied_text import CopiedTextCheck
from pelisaannot.checks.credentials import CredentialsCheck
from pelisaannot.checks.cues import CuesCheck
from pelisaannot.checks.customer_story import CustomerStoryCheck
from pelisaannot.checks.disrespect import DisrespectCheck
from pelisaannot.checks.frames import FramesCheck
from pelisaannot.checks.hashtags import HashtagsCheck
from pelisaannot.checks.hidden_characters import HiddenCharactersCheck
from pelisaannot.checks.identifier import IdentifierCheck
from pelisaannot.checks.internal import InternalCheck
from pelisaannot.checks.lexicon import LexiconCheck
from pelisaannot.checks.pattern import PatternCheck
from pelisaannot.checks.person_names import PersonNamesCheck
from pelisaannot.checks.platform_limits import PlatformLimitsCheck
from pelisaannot.checks.private_matters import PrivateMattersCheck
from pelisaannot.checks.provenance import ProvenanceCheck
from pelisaannot.checks.sarcasm import SarcasmCheck
from pelisaannot.checks.shouting import ShoutingCheck

KINDS: dict[str, type[Check]] = {
    cls.kind: cls
    for cls in (PatternCheck, LexiconCheck, HashtagsCheck, IdentifierCheck,
                ShoutingCheck, CredentialsCheck, PersonNamesCheck, CustomerStoryCheck,
                DisrespectCheck, PlatformLimitsCheck, InternalCheck, PrivateMattersCheck,
                CopiedTextCheck, CuesCheck, FramesCheck, HiddenCharactersCheck, ProvenanceCheck, SarcasmCheck)
}

__all__ = ["KINDS", "Check", "CheckConfigError", "Match", "PackContext"]
