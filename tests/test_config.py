"""Config: rule codes are checked against the registry, limits and switches are typed."""

from __future__ import annotations

import pytest

from auditor.cli import main
from auditor.config import DEFAULT_MAX_BYTES, Config
from auditor.errors import ConfigError
from tests.conftest import ROOT


@pytest.mark.parametrize(
    ("option", "value", "message"),
    [
        ("select", ["CIT02"], "select: unknown rule code or prefix 'CIT02'; did you mean CIT002?"),
        ("ignore", ["CON009"], "ignore: unknown rule code or prefix 'CON009'; did you mean CON006?"),
        ("select", ["missing-citation"], "did you mean CIT001 (missing-citation)?"),
        ("ignore", ["QQQ"], "unknown rule code or prefix 'QQQ'; `auditor rules` lists them"),
    ],
)
def test_unknown_codes_are_errors_with_a_suggestion(option: str, value: list[str], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        Config.from_options(**{option: value})
    assert message in str(info.value)


def test_unknown_severity_code() -> None:
    with pytest.raises(ConfigError, match="severity: unknown rule code 'CIT01'; did you mean CIT001"):
        Config(severity={"CIT01": "error"})
    with pytest.raises(ConfigError, match="severity: unknown rule code 'CIT'"):  # a prefix is not one rule
        Config(severity={"CIT": "error"})


def test_known_prefixes_and_codes_in_any_case() -> None:
    config = Config.from_options(select="cit, CON001", ignore=["ART"])
    assert config.select == ("CIT", "CON001") and config.ignore == ("ART",)
    assert config.enabled("CIT002") and config.enabled("CON001") and not config.enabled("CON002")
    assert Config(select=("SRC",)).select == ("SRC",)  # a family prefix is valid before its rules exist


def test_limits_and_network_switch() -> None:
    assert Config().max_bytes == DEFAULT_MAX_BYTES and Config().allow_private_network is False
    assert Config.from_options(allow_private_network=True, max_bytes=10).allow_private_network
    for bad in (0, -1, 1.5, "10", True):
        with pytest.raises(ConfigError, match="max-bytes must be a positive whole number"):
            Config(max_bytes=bad)  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="allow-private-network must be true or false"):
        Config(allow_private_network="yes")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="select must be a list"):
        Config(select="CIT")  # type: ignore[arg-type]


def test_cli_select_typo_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["audit", str(ROOT / "examples" / "article.md"), "--select", "CIT02"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "did you mean CIT002?" in err
