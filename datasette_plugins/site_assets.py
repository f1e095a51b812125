"""The plugin's own templates and static files, through documented hooks, so the site is the same
under `foi-archive serve` and under a plain `datasette serve foi.db -m archive/site/metadata.yaml`.

Datasette finds a plugin's `templates/` and `static/` only when its entry point is a package;
ours is a module (`datasette_plugins.pages`), so the templates folder is added to the Jinja
search path in `prepare_jinja2_environment` (after any `--template-dir`, before Datasette's own,
which is where Datasette puts plugin templates) and `/foi-static/<name>` serves the static folder.
"""
from __future__ import annotations

import mimetypes
from pathlib import Path

from datasette.utils.asgi import NotFound, Response
from jinja2 import FileSystemLoader

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"


def add_templates(env) -> None:
    loaders = getattr(env.loader, "loaders", [env.loader])
    paths = next((loader.searchpath for loader in loaders
                  if isinstance(loader, FileSystemLoader)), None)
    if paths is None or str(TEMPLATES) in paths:
        return
    default = next((i for i, p in enumerate(paths)
                    if Path(p).parts[-2:] == ("datasette", "templates")), len(paths))
    paths.insert(default, str(TEMPLATES))


async def static_file(request):
    name = request.url_vars["name"]
    path = (STATIC / name).resolve()
    if path.parent != STATIC or not path.is_file():
        raise NotFound(f"No static file {name}")
    kind = mimetypes.guess_type(name)[0] or "application/octet-stream"
    if kind.startswith("text/") or kind.endswith("javascript"):
        kind += "; charset=utf-8"
    return Response(path.read_bytes(), content_type=kind,
                    headers={"cache-control": "public, max-age=3600"})
