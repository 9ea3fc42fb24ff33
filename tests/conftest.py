import os
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
AGNEWS = SHARED / "corpus" / "agnews-dev.jsonl"
SEED_GOLD = SHARED / "gold" / "seed-2016-12-15.jsonl"


@pytest.fixture(scope="session")
def nlp():
    from gestae.nlp import get_pipeline

    return get_pipeline()


@pytest.fixture
def code():
    from gestae import code as code_text

    def run(text, date="2016-12-15"):
        return [(e["source"], e["target"], e["code"]) for e in code_text(text, date=date)]

    return run


def agnews_available() -> bool:
    return AGNEWS.exists() and os.access(AGNEWS, os.R_OK)
