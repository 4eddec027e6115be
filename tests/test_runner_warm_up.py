"""Check mode's warm-up before forking its workers: what it leaves built, so that no worker builds it again."""

from __future__ import annotations

import functools
import sys

from auditor.project import runner


def test_warm_up_fills_every_lazy_loader_of_the_pipeline() -> None:
    runner._warm_up()
    pipeline = [
        (name, module)
        for name, module in list(sys.modules.items())
        if name.startswith("auditor.") and not name.startswith(runner._NOT_AUDITING)
    ]
    assert any(name.startswith("auditor.load.html") for name, _ in pipeline)  # each input format's loader
    loaders = [
        f"{name}.{attr}"
        for name, module in pipeline
        for attr, value in vars(module).items()
        if runner._lazy_loader(value, name)
    ]
    assert len(loaders) > 20
    empty = [
        loader
        for loader in loaders
        if getattr(sys.modules[loader.rsplit(".", 1)[0]], loader.rsplit(".", 1)[1]).cache_info().currsize == 0
    ]
    assert empty == []


def test_lazy_loader_is_a_memoised_function_without_arguments() -> None:
    @functools.cache
    def loader() -> int:
        return 1

    @functools.cache
    def reader(name: str) -> str:
        return name

    @functools.lru_cache(maxsize=4)
    def defaulted(size: int = 3) -> int:
        return size

    def plain() -> int:
        return 1

    module = __name__
    assert runner._lazy_loader(loader, module)
    assert runner._lazy_loader(defaulted, module)
    assert not runner._lazy_loader(reader, module)
    assert not runner._lazy_loader(plain, module)
    assert not runner._lazy_loader(loader, "auditor.elsewhere")  # imported from another module: not its own


def test_warm_up_compiles_the_phrase_lists_patterns() -> None:
    from auditor import phrases

    runner._warm_up()
    assert phrases._UNCOMPILED == []
