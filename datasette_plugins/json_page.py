"""Custom pages answer as JSON when their URL ends in `.json` (the routes' optional suffix)."""
from __future__ import annotations

from datasette.utils.asgi import Response


def wants_json(request) -> bool:
    return request.path.endswith(".json")


def json_response(data, status: int = 200) -> Response:
    # Response.json escapes nothing a browser could run: it is served as application/json
    return Response.json(data, status=status, default=str)
