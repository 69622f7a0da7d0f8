"""Messages built in the core and shown in the family's language at the boundary."""

from __future__ import annotations

from guardian.core.text import Text, joined, translate, verbatim

CHINESE = {
    ("Policy", "unknown key '{key}'{hint}"): "未知的键 '{key}'{hint}",
    ("Policy", "; did you mean '{key}'?"): "；你是不是想写 '{key}'？",
    ("Policy", "a list"): "一个列表",
    ("Policy", "should be text, not {value}"): "应当是文字，而不是{wrong_name}",
}


def chinese(context: str, source: str) -> str:
    return CHINESE.get((context, source), "")


def test_english_by_default_and_chinese_when_translated() -> None:
    hint = translate("Policy", "; did you mean '{key}'?").fill(key="limit")
    message = translate("Policy", "unknown key '{key}'{hint}").fill(key="limt", hint=hint)
    assert str(message) == "unknown key 'limt'; did you mean 'limit'?"
    assert message.render(chinese) == "未知的键 'limt'；你是不是想写 'limit'？"


def test_a_translation_that_lost_a_field_falls_back_to_english() -> None:
    message = translate("Policy", "should be text, not {value}").fill(
        value=translate("Policy", "a list")
    )
    assert message.render(chinese) == "should be text, not 一个列表"


def test_untranslated_and_verbatim_text_is_shown_as_written() -> None:
    assert translate("Policy", "no translation {x}").fill(x=1).render(chinese) == (
        "no translation 1"
    )
    assert verbatim("{not a field}").render(chinese) == "{not a field}"
    assert isinstance(verbatim("x"), Text)


def test_joined_messages_are_translated_one_by_one() -> None:
    both = joined([translate("Policy", "a list"), verbatim("b.md")])
    assert both.render(chinese) == "一个列表; b.md"
    assert str(both) == "a list; b.md"
