"""Every command and option is documented (in the README and docs/cli.md)."""

from pathlib import Path

import click
import pytest

from eventwire.cli import main

REPO = Path(__file__).resolve().parent.parent
DOCS = (REPO / "README.md").read_text() + (REPO / "docs" / "cli.md").read_text()


def commands() -> list[tuple[str, click.Command]]:
    """Every command, sub-commands of groups by their full name ("correct field")."""
    assert isinstance(main, click.Group)
    found = []
    for name, command in sorted(main.commands.items()):
        found.append((name, command))
        if isinstance(command, click.Group):
            found.extend((f"{name} {sub}", subcommand) for sub, subcommand in sorted(command.commands.items()))
    return found


@pytest.mark.parametrize(("name", "command"), commands())
def test_docs_every_command_and_option_is_documented(name: str, command: click.Command) -> None:
    assert f"eventwire {name}" in DOCS
    for parameter in command.params:
        for option in getattr(parameter, "opts", []):
            if option.startswith("--"):
                assert option in DOCS, f"{option} of 'eventwire {name}' is not documented"


def test_docs_schema_lists_every_event_and_claim_field() -> None:
    from dataclasses import fields

    from eventwire.records import Claim, Event, Location

    schema = (REPO / "docs" / "schema.md").read_text()
    for record in (Event, Claim, Location):
        for field in fields(record):
            assert f"`{field.name}`" in schema, f"{record.__name__}.{field.name} is not in docs/schema.md"


def test_docs_every_api_endpoint_is_documented() -> None:
    from eventwire.web import ServerSettings, create_app

    api_docs = (REPO / "docs" / "api.md").read_text()
    app = create_app(ServerSettings(db=Path("unused.db")))
    for path, operations in app.openapi()["paths"].items():
        for method in operations:
            assert f"`{method.upper()} {path}`" in api_docs, f"{method.upper()} {path} is not in docs/api.md"
