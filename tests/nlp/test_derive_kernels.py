"""The compiled shortcuts of the derive step give exactly what the plain Python they replace
gives: the literal prefilter of passage classification, and MinHash band keys."""

import random

from nlp import minhash
from nlp.literal_scan import LiteralScan, use_compiled
from nlp.passages import _LITERALS, _RULES, classify


def _plain_kind(head: str) -> str:
    for kind, pattern in _RULES:
        if any(lit in head for lit in _LITERALS[kind]) and pattern.search(head):
            return kind
    return "other"


def test_literal_scan_finds_what_in_finds():
    assert use_compiled()   # the compiled kernel from here on (numba is a project dependency)
    scan = LiteralScan(_LITERALS)
    rng = random.Random(5)
    pieces = [lit for lits in _LITERALS.values() for lit in lits] + [
        "sect", "ion", "£", "€", "é", "—", "ﬁ", "  ", "x", "(", "confir", "harm", "ic", "o"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        want = sum(bit for kind, bit in scan.bit.items()
                   if any(lit in text for lit in _LITERALS[kind]))
        assert scan.mask(text) == want, text


def test_classify_matches_plain_rules():
    paragraphs = [
        "Section 12 of the Act allows a public authority to refuse a request that would exceed "
        "the appropriate limit of £450.",
        "The force can neither confirm nor deny whether it holds the information (section "
        "23(5)).",
        "You may ask for an internal review within 40 working days; the Information "
        "Commissioner — ICO — can be contacted afterwards.",
        "Disclosure would harm the prevention of crime and could be used by offenders.",
        "The table below shows the number of officers in each district, by rank, for 2023.",
        "Données personnelles: the data protection principles apply (s.40(2)).",
        "",
    ]
    for text in paragraphs:
        assert classify(text) == _plain_kind(text[:600].lower()), text


def test_band_keys_of_is_signature_then_band_keys():
    rng = random.Random(3)
    words = [f"w{i}" for i in range(200)] + ["£450", "café", "section 12"]
    sets = [set()] + [{" ".join(rng.choices(words, k=3)) for _ in range(rng.randint(1, 90))}
                      for _ in range(400)]
    for bands in (16, 32):
        for items in sets:
            assert minhash.band_keys_of(items, bands) == minhash.band_keys(
                minhash.signature(items), bands)


def test_fold_forces_and_request_key_skip_only_texts_without_a_match():
    from nlp import request_key as rk

    rng = random.Random(11)
    pieces = ["Kent", "KENT ", "kent police", "Thames Valley", "the Met", "your force",
              "THE SERVICE", "organisation", "Suſſex", "İ", "ı", "K", "\u212aent", "Thanks",
              "ThanK you", "regards", "Yours faithfully", " ", "\n", "?", "é", "data ", "the "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert rk.fold_forces(text) == rk._force_names().sub(" the force ", text), text
        asks = [text, "How many arrests were made in " + text]
        plain = minhash.fold(rk._force_names().sub(
            " the force ", rk._TRAILING_THANKS.sub("", "\n".join(asks))))
        assert rk.request_key("", asks) == plain, text


def test_passage_kinds_are_the_passages():
    from nlp.passages import passage_kinds, passages

    rng = random.Random(7)
    lines = ["Section 40(2) exempts personal data from disclosure under the Act, as explained.",
             "The number of arrests made in each district of the force area during 2023 was 412.",
             "short line", "", " ", "\t", "\r", "  \n", "You may request an internal review "
             "within 40 working days of the date of this response to your request."]
    for _ in range(2000):
        text = "".join(rng.choice(lines) + rng.choice(["\n", "\n\n", "\n \n", " ", "\r\n"])
                       for _ in range(rng.randint(0, 8)))
        want = [(p["ordinal"], p["kind"], p["text"]) for p in passages(text)]
        assert passage_kinds(text) == want, repr(text)


def test_prepared_passages_are_the_reasoning_passages():
    """prepare() looks repeated passages up (_passage_info): its items are still each
    reasoning passage's (ordinal, kind, text, fold, band keys), repeats and all."""
    from nlp import derive_settings as cfg
    from nlp.derive_prepare import _passage_info, prepare
    from nlp.passages import REASONING_KINDS, passages

    _passage_info.cache_clear()
    rng = random.Random(11)
    lines = ["Section 40(2) exempts personal data from disclosure under the Act, as explained.",
             "The number of arrests made in each district of the force area during 2023 was 412.",
             "You may request an internal review within 40 working days of the date of this "
             "response to your request.", "Disclosure would harm the prevention of crime and "
             "could be used by offenders to evade detection.", "short line"]
    batch = [(f"r{i}", "Title", "Please provide the number of arrests.",
              "\n\n".join(rng.choice(lines) for _ in range(rng.randint(0, 6))), None)
             for i in range(300)]
    for (rid, _t, _r, text, _a), (got_id, items, _req, _terms) in zip(batch, prepare(batch),
                                                                       strict=True):
        want = [(p["ordinal"], p["kind"], p["text"], minhash.fold(p["text"]),
                 tuple(minhash.band_keys_of(minhash.shingles(minhash.fold(p["text"])),
                                            cfg.PASSAGE_BANDS)))
                for p in passages(text) if p["kind"] in REASONING_KINDS]
        assert got_id == rid and items == want
    assert _passage_info.cache_info().hits > 0   # the repeats were looked up


def test_request_terms_fold_only_the_title():
    """request_terms folds the title alone (its key is folded): the terms of folding the
    title and the key together."""
    from nlp.content_words import content_words, request_terms
    from nlp.request_key import request_key

    rng = random.Random(13)
    pieces = ["Police", "stop", "SEARCH", "", " ", "İstanbul", "ΑΣ", "K", "2023", "-", "’s",
              "custody's", "Tasers", "drones", "\n", "Dear Sir", "Thank you,", "Kent Police",
              "e-mail", "ﬁrearms", "Straße"]
    for _ in range(3000):
        title = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(0, 5)))
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        key = request_key(text)
        want = content_words(minhash.fold(" ".join([title, key])))
        assert request_terms({"title": title}, key) == want, (title, text)
        assert request_terms({"title": title, "request_text": text}) == want, (title, text)
