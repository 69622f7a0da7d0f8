"""The policy examples in the README and the docs are real, valid policies."""

import re
from pathlib import Path

import pytest

from guardian.core.policy_file import parse_policy_text

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "README.md", *sorted((ROOT / "docs").glob("policy*.md"))]


def complete_examples(path: Path) -> list[str]:
    blocks = re.findall(r"```toml\n(.*?)```", path.read_text(encoding="utf-8"), re.S)
    return [b for b in blocks if re.search(r"^format = 1$", b, re.M)]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_complete_examples_are_valid_policies(path: Path) -> None:
    examples = complete_examples(path)
    assert examples, f"{path.name} has no complete policy example"
    for example in examples:
        policy = parse_policy_text(example, path.name)
        assert policy.name
