"""The cyclic garbage collector is off during an audit and exactly as it was afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from typing import Any

import pytest

from auditor import api
from auditor.collector import paused


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_off_inside_and_back_on_after(collector_on: None) -> None:
    with paused():
        assert not gc.isenabled()
        with paused():  # nested: the inner end must not turn it back on
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_back_on_after_an_exception(collector_on: None) -> None:
    with pytest.raises(ValueError), paused():
        raise ValueError("a rule crashed")
    assert gc.isenabled()


def test_stays_off_when_it_was_off(collector_on: None) -> None:
    gc.disable()
    with paused():
        assert not gc.isenabled()
    assert not gc.isenabled()


def test_off_during_an_audit_and_on_after(collector_on: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    real = api.analyse

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)

    monkeypatch.setattr(api, "analyse", spy)
    report = api.audit_text("The council sold 1,200 tickets in 2021, officials said.", "text")
    assert seen == [False]
    assert report.claims and gc.isenabled()
    report.to_dict()
    assert gc.isenabled()
