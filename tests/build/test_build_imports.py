"""The build goes on without an optional third-party NLP package, but a broken import in the
project's own modules fails it instead of leaving the derived tables quietly empty."""
from archive.build import _missing_dependency


def test_a_missing_third_party_package_is_tolerated():
    assert _missing_dependency(ModuleNotFoundError("No module named 'spacy'", name="spacy"))


def test_a_broken_project_import_is_not():
    assert not _missing_dependency(ModuleNotFoundError("No module named 'nlp.gone'",
                                                       name="nlp.gone"))
    assert not _missing_dependency(ImportError("cannot import name 'x' from 'nlp.corpus'",
                                               name="nlp.corpus"))
    assert not _missing_dependency(ImportError("cannot import name 'x'"))
