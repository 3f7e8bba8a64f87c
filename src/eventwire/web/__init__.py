"""``eventwire serve``: the REST API and the analysts' web page."""

from eventwire.web.app import ServerSettings, create_app
from eventwire.web.server import serve

__all__ = ["ServerSettings", "create_app", "serve"]
