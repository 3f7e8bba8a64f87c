"""Tokens from EVENTWIRE_TOKEN and the loopback rule."""

from __future__ import annotations

import pytest

from eventwire.errors import TokenConfigError
from eventwire.web.auth import Tokens, bearer, is_loopback


def test_named_and_bare_tokens() -> None:
    tokens = Tokens.parse("alice:first-secret, bob:second-secret,third-secret")
    assert tokens.identify("first-secret") == "alice"
    assert tokens.identify("second-secret") == "bob"
    assert tokens.identify("third-secret") == "analyst"
    assert tokens.identify("first-secre") is None
    assert tokens.identify("") is None


def test_no_token_means_no_writer() -> None:
    assert not Tokens.parse(None) and not Tokens.parse("  ")
    assert Tokens.parse(None).identify("anything") is None


def test_short_secrets_are_refused() -> None:
    with pytest.raises(TokenConfigError, match="shorter than 8"):
        Tokens.parse("alice:short")


@pytest.mark.parametrize(("header", "token"), [("Bearer abc", "abc"), ("bearer  abc ", "abc"), ("Basic abc", None),
                                               ("Bearer", None), (None, None)])
def test_bearer_header(header: str | None, token: str | None) -> None:
    assert bearer(header) == token


@pytest.mark.parametrize(("host", "loopback"), [("127.0.0.1", True), ("::1", True), ("localhost", True),
                                                ("0.0.0.0", False), ("192.168.1.5", False), ("example.org", False)])
def test_loopback(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback
