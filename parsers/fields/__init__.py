"""Field extractors: each works on plain text and returns one field of the record."""
