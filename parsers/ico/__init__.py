"""Information Commissioner's decision notices: the parser and the authority names (docs/ico.md)."""
from parsers.ico.authority import force_slug, police_authority
from parsers.ico.notice import parse_notice

__all__ = ["force_slug", "parse_notice", "police_authority"]
