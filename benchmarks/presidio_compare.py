"""Presidio side by side: its analyzer, set up for Finnish as a user would, on the labelled posts-dev drafts.

    python -m venv /tmp/presidio && /tmp/presidio/bin/pip install presidio-analyzer \
        "spacy>=3.8.2,<3.9" spacy-fi-experimental-web-md==0.15.0
    /tmp/presidio/bin/python benchmarks/presidio_compare.py [--threshold 0.5]

Presidio is not a dependency of pelisaannot; this script runs in its own venv. The analyzer gets the same Finnish
spaCy model that pelisaannot's NER rule uses and every recogniser that makes sense for Finnish drafts: henkilötunnus
(its own Finnish recogniser), phone, e-mail, IBAN, credit card, and spaCy's PERSON and LOCATION. A post counts as
flagged for customer data when Presidio finds any of those entities at or above the threshold. Printed: recall and
precision for customer data per file, the clean posts flagged, and posts/s (model load not counted). Compare with
`python benchmarks/posts_dev/evaluate.py`, which prints the same cells for pelisaannot.
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from importlib import metadata
from pathlib import Path

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "posts-dev"
SPACY_MODEL = "spacy_fi_experimental_web_md"


def analyzer():  # presidio's AnalyzerEngine, imported lazily
    """An AnalyzerEngine for Finnish with the recognisers that apply to Finnish drafts."""
    from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers import (
        CreditCardRecognizer,
        EmailRecognizer,
        FiPersonalIdentityCodeRecognizer,
        IbanRecognizer,
        PhoneRecognizer,
        SpacyRecognizer,
    )

    nlp = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy",
        "models": [{"lang_code": "fi", "model_name": SPACY_MODEL}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {"PERSON": "PERSON", "GPE": "LOCATION", "LOC": "LOCATION"},
            "labels_to_ignore": ["ORG", "NORP", "DATE", "TIME", "CARDINAL", "ORDINAL", "QUANTITY", "MONEY",
                                 "PERCENT", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE", "FAC"],
        },
    }).create_engine()
    registry = RecognizerRegistry(supported_languages=["fi"])
    for recogniser in (FiPersonalIdentityCodeRecognizer(supported_language="fi"),
                       PhoneRecognizer(supported_language="fi", supported_regions=("FI", "SE", "US", "UK")),
                       EmailRecognizer(supported_language="fi"),
                       IbanRecognizer(supported_language="fi"),
                       CreditCardRecognizer(supported_language="fi"),
                       SpacyRecognizer(supported_language="fi", supported_entities=["PERSON", "LOCATION"])):
        registry.add_recognizer(recogniser)
    return AnalyzerEngine(nlp_engine=nlp, registry=registry, supported_languages=["fi"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--threshold", type=float, default=0.5, help="Presidio score at or above which a finding counts")
    args = ap.parse_args()
    logging.getLogger("tldextract").setLevel(logging.CRITICAL)  # it tries to fetch a suffix list; offline here
    try:
        engine = analyzer()
    except ImportError as exc:
        sys.exit(f"presidio_compare: {exc}; install Presidio in its own venv as the docstring shows")
    engine.analyze("Lämmittely.", language="fi")
    print(f"presidio-analyzer {metadata.version('presidio-analyzer')} with {SPACY_MODEL}, threshold "
          f"{args.threshold}: customer-data recall/precision, clean posts flagged")
    total_posts, total_time = 0, 0.0
    for key in "abc":
        posts = [json.loads(line) for line in (DATA / f"posts-dev-{key}.jsonl").open(encoding="utf-8") if line.strip()]
        start = time.perf_counter()
        flagged = {p["id"] for p in posts
                   if any(r.score >= args.threshold for r in engine.analyze(p["text"], language="fi"))}
        total_time += time.perf_counter() - start
        total_posts += len(posts)
        positive = {p["id"] for p in posts if "customer-data" in p["expect"]}
        clean = {p["id"] for p in posts if not p["expect"]}
        hits = positive & flagged
        print(f"  {key}: recall {len(hits) / len(positive):.2f}  precision {len(hits) / max(1, len(flagged)):.2f}  "
              f"clean flagged {len(clean & flagged)}/{len(clean)} ({len(clean & flagged) / len(clean):.1%})")
    print(f"  {total_posts} posts in {total_time:.1f} s = {total_posts / total_time:.0f} posts/s")


if __name__ == "__main__":
    main()
