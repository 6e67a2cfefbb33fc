"""``duiding serve``: the HTTP API and web interface over a store."""

from __future__ import annotations

import os
from typing import Annotated

import typer

from duiding.cli.common import CliError, DbOption, err, friendly, open_store


def register(app: typer.Typer) -> None:
    @app.command()
    @friendly
    def serve(
        db: DbOption = None,
        host: Annotated[str, typer.Option(help="Interface to bind (127.0.0.1: this machine only).")] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
        reload: Annotated[bool, typer.Option(help="Restart on code changes (development).")] = False,
    ) -> None:
        """Serve the JSON API (/api, documented at /api/docs) and the web pages over the store.

        Uploads are allowed only when the environment variable DUIDING_TOKEN is set; clients send it as
        'Authorization: Bearer <token>' (API) or in the form's token field.
        """
        import uvicorn

        from duiding.web import create_app
        from duiding.web.settings import Settings

        store = open_store(db)  # fail early, with one line, on a bad path or a foreign file
        path = store.path
        store.close()
        if not 0 < port < 65536:
            raise CliError(f"port {port} is out of range")
        settings = Settings.from_env(db=path)
        writes = "uploads enabled (token set)" if settings.token else "read-only (set DUIDING_TOKEN to allow uploads)"
        err.print(f"duiding: serving {path} on http://{host}:{port}/ — {writes}", highlight=False)
        if reload:
            os.environ["DUIDING_DB"] = path
            uvicorn.run("duiding.web.app:create_app", factory=True, host=host, port=port, reload=True,
                        log_level="warning")
            return
        try:
            uvicorn.run(create_app(settings), host=host, port=port, log_level="warning")
        except OSError as exc:
            raise CliError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
