"""Running the web app with uvicorn."""

from __future__ import annotations

from eventwire.geo.geocode import resolve_place_name
from eventwire.web.app import ServerSettings, create_app


def serve(settings: ServerSettings, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    """Serve the API and page until interrupted (Ctrl-C)."""
    import uvicorn

    app = create_app(settings, resolve_place=resolve_place_name)
    uvicorn.run(app, host=host, port=port, log_level=log_level, server_header=False, proxy_headers=False)
