"""JSON Schema validation errors in the user's language.

jsonschema words its messages in English ("'clause' is a required property"); a pack author or a configuration
writer reading the rest of pelisaannot in Finnish or Swedish should not meet English in the middle of an error.
The common validators are worded from the `errors` section of the locale; anything rarer keeps jsonschema's own
text, which is still correct, only English.
"""

from __future__ import annotations

from typing import Any

from pelisaannot.i18n import error_text

#: JSON Schema type names, keyed to locale entries that name them for a YAML writer.
_TYPES = ("string", "array", "object", "integer", "number", "boolean", "null")


def _type_name(name: Any) -> str:
    if isinstance(name, list):
        return " / ".join(_type_name(n) for n in name)
    return error_text(f"schema_type_{name}") if name in _TYPES else str(name)


def _shown(value: Any) -> str:
    """A value as the YAML writer typed it, cut short: a whole list or mapping would drown the message."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "…"


def describe(error: Any) -> str:
    """One line for a `jsonschema.ValidationError`, in the current language."""
    kind, expected = error.validator, error.validator_value
    if kind == "required":
        missing = [name for name in expected if isinstance(error.instance, dict) and name not in error.instance]
        return error_text("schema_required", field=missing[0] if missing else expected[0])
    if kind == "type":
        return error_text("schema_type", value=_shown(error.instance), expected=_type_name(expected))
    if kind == "enum":
        return error_text("not_one_of", value=error.instance, choices=", ".join(map(str, expected)))
    if kind == "const":
        return error_text("schema_const", value=_shown(error.instance), expected=expected)
    if kind == "minLength":
        return error_text("schema_min_length", value=_shown(error.instance), limit=expected)
    if kind == "maxLength":
        return error_text("schema_max_length", value=_shown(error.instance), limit=expected)
    if kind in ("minItems", "minProperties"):
        return error_text("schema_min_items", value=_shown(error.instance), limit=expected)
    if kind in ("maxItems", "maxProperties"):
        return error_text("schema_max_items", value=_shown(error.instance), limit=expected)
    if kind in ("minimum", "exclusiveMinimum"):
        return error_text("schema_too_small", value=_shown(error.instance), limit=expected)
    if kind in ("maximum", "exclusiveMaximum"):
        return error_text("schema_too_large", value=_shown(error.instance), limit=expected)
    if kind == "pattern":
        return error_text("schema_pattern", value=_shown(error.instance), pattern=expected)
    if kind == "uniqueItems":
        return error_text("schema_unique", value=_shown(error.instance))
    if kind in ("oneOf", "anyOf") and error.context:
        shallowest = min(len(e.absolute_path) for e in error.context)
        top = [e for e in error.context if len(e.absolute_path) == shallowest]
        if all(e.validator == "type" for e in top):  # a value of none of the allowed types: name them all
            return error_text("schema_type", value=_shown(error.instance),
                              expected=_type_name([e.validator_value for e in top]))
        return describe(top[0])
    return str(error.message)
