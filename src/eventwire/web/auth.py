"""Write tokens for the REST API, from ``EVENTWIRE_TOKEN``.

The variable holds one or more comma-separated tokens, each ``name:secret`` or a bare
``secret`` (named "analyst"). The name is who a correction is attributed to. Secrets are
compared in constant time (``hmac.compare_digest``) against every token, so the time taken
tells nothing about which token or how much of it matched.
"""

from __future__ import annotations

import hmac
import ipaddress
from dataclasses import dataclass

from eventwire.errors import TokenConfigError

DEFAULT_NAME = "analyst"
MIN_SECRET_LENGTH = 8


@dataclass(frozen=True, slots=True)
class Token:
    name: str
    secret: bytes


@dataclass(frozen=True, slots=True)
class Tokens:
    tokens: tuple[Token, ...] = ()

    @classmethod
    def parse(cls, value: str | None) -> Tokens:
        if not value or not value.strip():
            return cls()
        tokens = []
        for part in value.split(","):
            name, _, secret = part.strip().rpartition(":")
            name = name.strip() or DEFAULT_NAME
            if len(secret) < MIN_SECRET_LENGTH:
                raise TokenConfigError(
                    f"EVENTWIRE_TOKEN: the token of {name!r} is shorter than {MIN_SECRET_LENGTH} characters; "
                    "use 'name:secret' entries separated by commas"
                )
            tokens.append(Token(name, secret.encode("utf-8")))
        return cls(tuple(tokens))

    def __bool__(self) -> bool:
        return bool(self.tokens)

    def identify(self, presented: str) -> str | None:
        """The name of the token ``presented`` matches, or None."""
        candidate = presented.encode("utf-8")
        found = None
        for token in self.tokens:
            if hmac.compare_digest(candidate, token.secret) and found is None:
                found = token.name
        return found


def bearer(header: str | None) -> str | None:
    """The token of an ``Authorization: Bearer ...`` header."""
    if not header:
        return None
    scheme, _, value = header.partition(" ")
    return value.strip() or None if scheme.lower() == "bearer" else None


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
