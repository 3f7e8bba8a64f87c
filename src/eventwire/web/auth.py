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
# The names a browser on this machine uses for a server on loopback; any other Host header may be a
# page of another site whose name was made to resolve to this machine ("DNS rebinding").
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


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


def host_name(header: str) -> str | None:
    """The name of a Host header ("localhost:8000", "[::1]:8000", "127.0.0.1") in lower case,
    without its port or a final dot; None when it is malformed (a port that is not a number, an
    IPv6 address without brackets)."""
    value = header.strip().lower()
    if value.startswith("["):
        end = value.find("]")
        if end < 0:
            return None
        name, rest = value[1:end], value[end + 1 :]
    else:
        name, colon, port = value.partition(":")
        rest = colon + port
    if rest and not (rest.startswith(":") and rest[1:].isdigit()):
        return None
    return name.rstrip(".") or None


def is_wildcard(host: str) -> bool:
    """Whether ``host`` (an address to listen on) means every interface: no name a client uses."""
    try:
        return ipaddress.ip_address(host).is_unspecified
    except ValueError:
        return host == ""


def allowed_name(entry: str) -> str | None:
    """An entry of the Host allow-list as the name ``host_name`` gives: a bare IPv6 address ("::1")
    as it is, anything else as a Host header; None when it is neither."""
    try:
        address = ipaddress.ip_address(entry.strip())
    except ValueError:
        return host_name(entry)
    return address.compressed
