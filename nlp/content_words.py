"""The words of a request that carry its subject: what round-robin grouping checks agree and what
similar responses are ranked by."""

from functools import lru_cache

from . import minhash
from .normalise import fold_norm
from .request_key import request_key

STOP = set("""a about above after all also an and any are as at be been being between both but by
can could did do does each for from had has have how i if in into is it its me my no not of on
or our over please provide per s such than that the their them then there these this those to
under up was we were what when where which who whom will with would you your yours year years
number numbers many much force forces police information request detail details breakdown
since last each month months dear foi freedom act 2000 tell like know held hold""".split())


# A corpus's requests use a few thousand distinct words: each is normalised once.
_norm = lru_cache(maxsize=1 << 16)(fold_norm)


def content_words(folded: str) -> set[str]:
    return {_norm(w) for w in folded.split() if w not in STOP and len(w) > 2}


def request_terms(resp: dict, key: str | None = None) -> set[str]:
    """A response's title and request as content words; key: request_key(request_text) when
    the caller has it already."""
    if key is None:
        key = request_key(resp.get("request_text") or "")
    # = fold(title + " " + key): the key is folded already (fold(fold(x)) == fold(x)), and
    # the space keeps the two parts' words apart, so only the title is folded here
    title = minhash.fold(resp.get("title") or "")
    return content_words(f"{title} {key}" if title and key else title or key)
