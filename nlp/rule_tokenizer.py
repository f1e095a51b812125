"""spaCy's tokenizer algorithm (spacy/tokenizer.pyx, v3) in plain Python, over the rules of the
project's pipeline exported as data (`nlp/topic_tables.py`).

Why: `foi-archive parse FILE` tagged topics by importing spaCy and loading the pipeline, 1.5 s
of a 2.2 s run for one file. These tokens feed the topic phrase matcher only, so they must be
exactly spaCy's (tests/nlp/test_topic_tables.py compares them over every fixture text):

- the text splits into runs of space and non-space; one ' ' after a token belongs to it;
- a run that is a special case (an exception: "don't", "e.g.") takes its tokens;
- otherwise prefixes and suffixes are peeled off (stopping where the rest is a special case or
  a token_match), then the rest is one url_match token or is split at infixes;
- finally special cases that affix splitting broke apart are put back together.

Each token is (start offset, text, norm); norm is None for an ordinary word (its NORM is the
vocabulary's getter, `fold_norm`) and set for a special case's token that names its own.
"""

from __future__ import annotations

import re

Token = tuple[int, str, "str | None"]

_RUNS = re.compile(r"\s+|\S+")
MEMO_SIZE = 200_000  # distinct runs remembered (spaCy's own cache keeps 10,000)


def _compiled(spec):
    return re.compile(spec[0], spec[1]) if spec else None


class RuleTokenizer:
    def __init__(self, rules: dict):
        prefix, suffix, infix = (_compiled(rules[k]) for k in ("prefix", "suffix", "infix"))
        token_match, url_match = _compiled(rules["token_match"]), _compiled(rules["url_match"])
        self.prefix_search = prefix.search if prefix else None
        self.suffix_search = suffix.search if suffix else None
        self.infix_finditer = infix.finditer if infix else None
        self.token_match = token_match.match if token_match else None
        self.url_match = url_match.match if url_match else None
        # special string -> [(text, norm or None)]
        self.specials: dict[str, list[tuple[str, str | None]]] = rules["specials"]
        self._memo: dict[str, list[Token]] = {}
        # The specials spaCy also looks for after tokenizing (faster_heuristics: those that an
        # affix or infix rule would split): their affix tokens -> the special string.
        # Worked out once and kept with the exported rules ("rejoin"): 0.05 s of each start.
        self.rejoin: dict[tuple[str, ...], str] = rules.get("rejoin") or self._rejoin_table()
        self.rejoin_lengths: dict[str, set[int]] = {}
        for texts in self.rejoin:
            self.rejoin_lengths.setdefault(texts[0], set()).add(len(texts))

    def _rejoin_table(self) -> dict[tuple[str, ...], str]:
        table = {}
        for string in self.specials:
            if (self._prefix_len(string) or self._suffix_len(string)
                    or self._infixes(string) or " " in string):
                table[tuple(t for _, t, _ in self._affix_tokens(string, False))] = string
        return table

    def __call__(self, text: str) -> list[Token]:
        tokens = self._affix_tokens(text, True)
        return self._rejoin_specials(text, tokens) if self.rejoin else tokens

    # -- Tokenizer._tokenize_affixes
    def _affix_tokens(self, text: str, specials: bool) -> list[Token]:
        out: list[Token] = []
        for m in _RUNS.finditer(text):
            start, run = m.start(), m.group()
            if run[0].isspace() and start > 0 and run[0] == " ":
                start, run = start + 1, run[1:]  # the ' ' after a token is its trailing space
            if run:
                self._span(run, start, out, specials)
        return out

    def _span(self, span: str, at: int, out: list[Token], specials: bool) -> None:
        """One run's tokens, remembered by its text as spaCy's own cache does (a run's tokens
        depend on its text alone)."""
        memo = self._memo if specials else {}
        got = memo.get(span)
        if got is None:
            got = []
            self._split_span(span, 0, got, specials)
            if len(memo) < MEMO_SIZE:
                memo[span] = got
        out.extend((at + rel, text, norm) for rel, text, norm in got)

    def _split_span(self, span: str, at: int, out: list[Token], specials: bool) -> None:
        if specials and span in self.specials:
            self._push_special(span, at, out)
            return
        rest, prefixes, suffixes = self._split_affixes(span, specials)
        for p in prefixes:
            out.append((at, p, None))
            at += len(p)
        if rest:
            if specials and rest in self.specials:
                self._push_special(rest, at, out)
            elif ((self.token_match and self.token_match(rest))
                  or (self.url_match and self.url_match(rest))):
                out.append((at, rest, None))
            else:
                self._split_infixes(rest, at, out)
            at += len(rest)
        for s in reversed(suffixes):
            out.append((at, s, None))
            at += len(s)

    def _push_special(self, string: str, at: int, out: list[Token]) -> None:
        for text, norm in self.specials[string]:
            out.append((at, text, norm))
            at += len(text)

    # -- Tokenizer._split_affixes (its order of checks kept exactly)
    def _split_affixes(self, string: str, specials: bool):
        prefixes: list[str] = []
        suffixes: list[str] = []
        last_size = 0
        while string and len(string) != last_size:
            if self.token_match and self.token_match(string):
                break
            if specials and string in self.specials:
                break
            last_size = len(string)
            pre_len = self._prefix_len(string)
            if pre_len:
                prefix, minus_pre = string[:pre_len], string[pre_len:]
                if minus_pre and specials and minus_pre in self.specials:
                    prefixes.append(prefix)
                    string = minus_pre
                    break
            suf_len = self._suffix_len(string[pre_len:])
            if suf_len:
                suffix, minus_suf = string[-suf_len:], string[:-suf_len]
                if minus_suf and specials and minus_suf in self.specials:
                    suffixes.append(suffix)
                    string = minus_suf
                    break
            if pre_len and suf_len and pre_len + suf_len <= len(string):
                string = string[pre_len:-suf_len]
                prefixes.append(prefix)
                suffixes.append(suffix)
            elif pre_len:
                string = minus_pre
                prefixes.append(prefix)
            elif suf_len:
                string = minus_suf
                suffixes.append(suffix)
        return string, prefixes, suffixes

    def _prefix_len(self, string: str) -> int:
        m = self.prefix_search(string) if self.prefix_search else None
        return m.end() - m.start() if m else 0

    def _suffix_len(self, string: str) -> int:
        m = self.suffix_search(string) if self.suffix_search else None
        return m.end() - m.start() if m else 0

    def _infixes(self, string: str) -> list:
        return list(self.infix_finditer(string)) if self.infix_finditer else []

    # -- Tokenizer._attach_tokens, the infix part
    def _split_infixes(self, string: str, at: int, out: list[Token]) -> None:
        start = 0
        for m in self._infixes(string):
            if m.start() == 0:
                continue
            if m.start() != start:
                out.append((at + start, string[start:m.start()], None))
            if m.start() != m.end():
                out.append((at + m.start(), string[m.start():m.end()], None))
            start = m.end()
        if string[start:]:
            out.append((at + start, string[start:], None))

    # -- Tokenizer._apply_special_cases: the special matcher, filtered longest first
    def _rejoin_specials(self, text: str, tokens: list[Token]) -> list[Token]:
        texts = [t for _, t, _ in tokens]
        found = []
        n = len(texts)
        for i, t in enumerate(texts):
            for size in self.rejoin_lengths.get(t, ()):
                if i + size <= n and tuple(texts[i:i + size]) in self.rejoin:
                    found.append((i, i + size))
        if not found:
            return tokens
        # spaCy's len_start_cmp order, walked from its end: longest first, then leftmost;
        # a match is kept unless its first or last token is already taken by one walked before.
        found.sort(key=lambda se: (se[1] - se[0], -se[0]))
        seen: set[int] = set()
        kept = []
        for s, e in reversed(found):
            if s not in seen and e - 1 not in seen:
                kept.append((s, e))
            seen.update(range(s, e))
        out, i = [], 0
        starts = {s: e for s, e in kept}
        while i < len(tokens):
            e = starts.get(i)
            if e is None:
                out.append(tokens[i])
                i += 1
                continue
            at = tokens[i][0]
            string = text[at:tokens[e - 1][0] + len(tokens[e - 1][1])]
            if string in self.specials:
                self._push_special(string, at, out)
            else:
                out.extend(tokens[i:e])
            i = e
        return out
