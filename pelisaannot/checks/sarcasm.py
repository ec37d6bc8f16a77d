"""`sarcasm`: praise that means the opposite, aimed at the employer, a manager, a colleague or a customer.

Sarcasm says the opposite of what it means, so its words are praise; what gives it away is where the praise
stands. Two signs are read, both needing a target (the disrespect rule's targets and the pack's
`organisation_names`) in the same sentence or the one before:

- *scare quotes*: a short quotation in lower case (capitalised only at the start of its sentence) whose words
  are praise or a role (`'asiantuntija'`, `”kiireellinen”`, `"strategic"`), not introduced by a verb of saying
  or thanking (`asiakas kiitti "nopeasta avusta"` quotes a customer);
- *ironic praise*: a praise word (kiitos, mahtava, loistava, brilliant) with a strong irony marker in its
  sentence or the next (`ihan varmasti`, `muka`, 🙃, `yeah right`), or with a weak one (`taas`, `again`,
  👏, 🙄) in a post that also complains (a judgement word, `ei toimi`, `kaatui`, `jälkikäteen`), or with an
  emoji one (👏) in the next sentence when that sentence is the complaint (`Wow, great management. Another
  reorg nobody asked for 👏`), or said flat as a short sentence of its own right after a complaint when it rates
  management or the employer (`Järjestelmä kaatui taas. Hieno johto.`: deadpan).

A target may also be a hashtag (`Kiitos #Kela taas ...`, or in the tag block that ends the post) or a handle
(`@KelaFPA`): the tokens leave both out.

Thanks with applause for good service (`Kiitos taas Kela, nopeaa palvelua! 👏`) has no complaint and stays
clean. Every vocabulary is a pack list; markers may be words, emoji or regular expressions (`re:`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import regex

from pelisaannot.checks.base import Check, CheckConfigError, Match, PackContext, compile_pattern
from pelisaannot.checks.lexicon import lemma_keys
from pelisaannot.checks.spoken_text import spoken_spans, standard_texts
from pelisaannot.document import Document, Span, Token, word_memo
from pelisaannot.localised import Text

LETTER_RE = regex.compile(r"\p{L}")
QUOTE_RE = regex.compile(
    r"""(?<![\p{L}\p{N}])(['"‘’“”„«»])(\p{L}\p{Ll}[\p{L}\p{N} -]{0,39}?)(['"‘’“”»])(?![\p{L}\p{N}])""")
MAX_QUOTED_WORDS = 3
# The reason a finding gives, in the languages of the messages.
QUOTED = Text("lainausmerkeissä oleva kehu", "beröm inom citattecken", "praise in quotation marks")
IRONIC = Text("ivallinen kehu", "ironiskt beröm", "sarcastic praise")
APPLAUSE = Text("taputus toistuvan vian perään", "applåder efter ett återkommande fel",
                "applause under a repeated failure")


def _lists(pack: PackContext, params: Mapping[str, Any], key: str) -> list[str]:
    words: list[str] = []
    for i, relative in enumerate(params.get(key, [])):
        words += [w.lower() for w in pack.read_list(relative, f"{key}[{i}]")]
    return words


class _Markers:
    """Marker entries: a lemma or word, an emoji (any non-letter string) or a regular expression (`re:`)."""

    def __init__(self, entries: list[str], field: str, pack: PackContext) -> None:
        self.words: set[str] = set()
        self.strings: list[str] = []
        #: Compiled on first use in a trusted pack (`compile_pattern`): most posts never reach a marker.
        self.patterns: list[regex.Pattern[str]] = []
        for i, entry in enumerate(entries):
            if entry.startswith("re:"):
                try:
                    self.patterns.append(compile_pattern(entry[3:].strip(), regex.IGNORECASE, pack))
                except regex.error as exc:
                    raise CheckConfigError(f"{field}[{i}]", f"invalid regular expression: {exc}") from None
            elif any(c.isalpha() for c in entry):
                self.words.add(entry)
            else:
                self.strings.append(entry)

    def __bool__(self) -> bool:
        return bool(self.words or self.strings or self.patterns)

    def find_string(self, doc: Document, span: Span) -> tuple[int, int] | None:
        """The first emoji or other non-letter marker inside `span` or just after its end."""
        end = span.end
        while end < len(doc.text) and not doc.text[end].isalnum():
            end += 1
        found = [(at, at + len(s)) for s in self.strings if (at := doc.text.find(s, span.start, end)) >= 0]
        return min(found) if found else None

    def find(self, doc: Document, span: Span, keys: list[frozenset[str]]) -> tuple[int, int] | None:
        """The first marker inside `span` (emoji just after its end included)."""
        end = span.end
        while end < len(doc.text) and not doc.text[end].isalnum():
            end += 1
        per_token, every = _all_lemmas(doc, keys)  # per token: its keys, base forms and written form
        if not self.words.isdisjoint(every):  # (no marker word in the post: no walk)
            for token in doc.words_between(span.start, span.end):
                if not self.words.isdisjoint(per_token[token.index]):
                    return token.start, token.end
        for s in self.strings:
            at = doc.text.find(s, span.start, end)
            if at >= 0:
                return at, at + len(s)
        for p in self.patterns:
            m = p.search(doc.text, span.start, end)
            if m:
                return m.span()
        if self.patterns and standard_texts(doc):  # `kukaa ei`, `ei tuottanu mitää`: spoken spelling
            return next(((a, b) for a, b in spoken_spans(doc, self.patterns) if span.start <= a < end), None)
        return None


class SarcasmCheck(Check):
    kind = "sarcasm"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"target", "reason"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        targets = _lists(pack, params, "target_files")
        targets += [w.lower() for w in pack.settings.get("organisation_names", [])]
        self.targets = frozenset(targets)
        self._suffix_targets = tuple(t for t in self.targets if len(t) >= 6)
        self._handle_targets = tuple(sorted((t for t in self.targets if len(t) >= 4 and t.isalpha()), key=len,
                                            reverse=True))
        # Voikko reads a -minen noun as its verb (johtamista -> johtaa): match those by their written stem.
        self._stem_targets = tuple(t[:-3] + "s" for t in self.targets if t.endswith("minen"))
        self.praise = frozenset(_lists(pack, params, "praise_files"))
        self.quotable = self.praise | frozenset(_lists(pack, params, "quotable_files"))
        self.saying = frozenset(_lists(pack, params, "saying_files"))
        self.strong = _Markers(_lists(pack, params, "strong_marker_files"), "strong_marker_files", pack)
        self.weak = _Markers(_lists(pack, params, "weak_marker_files"), "weak_marker_files", pack)
        self.complaints = _Markers(_lists(pack, params, "complaint_files"), "complaint_files", pack)
        #: Helpful deeds told in the praise sentence make thanks sincere against a weak sign (`joka taas pelasti`).
        self.sincere = frozenset(_lists(pack, params, "sincere_files"))
        #: Thanks, not evaluation: a short `Kiitos IT-tuki.` after a crash may be meant, `Kiva työpaikka.` is not.
        self.thanks = frozenset(_lists(pack, params, "thanks_files"))
        #: Management and the employer: rated well in a flat short piece after a complaint, they are mocked.
        self.deadpan_targets = frozenset(_lists(pack, params, "deadpan_target_files")) | frozenset(
            w.lower() for w in pack.settings.get("organisation_names", []))
        #: The employer's systems and changes (päivitys, järjestelmä, update, uppdatering): praise of one in scare
        #: quotes is aimed at the employer when the post complains around it ("upeasta" päivityksestä, eikä mikään
        #: toimi); without a complaint a quoted word beside a system is a name or a label.
        self.system_targets = frozenset(_lists(pack, params, "system_target_files"))
        self._suffix_systems = tuple(t for t in self.system_targets if len(t) >= 6)
        #: A system failing (kaatui, ei toimi, nothing works, ligger nere): ironic praise of a system without quotes
        #: needs one, since a queue or a rush beside praise of a new system is often the trouble it fixed.
        self.failures = _Markers(_lists(pack, params, "failure_files"), "failure_files", pack)
        #: What the employer decides for its staff (loma, palkka, yt, reorg): praise of it with a strong irony marker
        #: (🙃, muka) is sarcasm at the employer though none is named (`Ihanaa, lomat peruttu taas 🙃`).
        self.workplace = frozenset(_lists(pack, params, "workplace_target_files"))
        #: Applause (👏) and a repeat word (taas, again, igen): applause under a repeated failure of a target's system
        #: is sarcasm with no praise word at all (`Järjestelmä kaatui taas 👏👏`); a failure that is over is news.
        self.applause = _Markers(_lists(pack, params, "applause_files"), "applause_files", pack)
        self.repeats = _Markers(_lists(pack, params, "repeat_files"), "repeat_files", pack)
        self.resolved = _Markers(_lists(pack, params, "resolved_files"), "resolved_files", pack)
        self._suffix_workplace = tuple(t for t in self.workplace if len(t) >= 6)

    # Pieces -----------------------------------------------------------------------------------

    def _lemmas(self, doc: Document, token: Token, keys: list[frozenset[str]]) -> frozenset[str]:
        return _all_lemmas(doc, keys)[0][token.index]

    def _target(self, doc: Document, sentences: list[Span], keys: list[frozenset[str]]) -> str | None:
        for sentence in sentences:
            for token in doc.words_between(sentence.start, sentence.end):
                lemmas = self._lemmas(doc, token, keys)
                # the compounds' heads, looked for only when some lemma ends with one (endswith a tuple is one C call)
                hit = lemmas & self.targets or (any(x.endswith(self._suffix_targets) for x in lemmas) and {
                    t for t in self._suffix_targets for x in lemmas if x.endswith(t)})
                if not hit and token.text.lower().startswith(self._stem_targets):
                    hit = {token.text.lower()}
                if hit:
                    return sorted(hit)[0]
        if "@" in doc.text:
            mentioned = self._mentioned_target(doc, sentences)
            if mentioned:
                return mentioned
        return self._tagged_target(doc, sentences) if "#" in doc.text else None

    def _tagged_target(self, doc: Document, sentences: list[Span]) -> str | None:
        """A target named by a hashtag in the sentences or in the tag block that ends the post (`Kiitos #Kela taas
        tästä jonosta 🙄`, `... ei toimi #kela #not`): the tokens leave hashtags out."""
        if not sentences:
            return None
        tail = len(doc.text)
        for sentence in reversed(doc.sentences):  # the closing sentences that are only tags
            if LETTER_RE.search(_untagged(doc, sentence)):
                break
            tail = sentence.start
        spans = [(s.start, s.end) for s in sentences] + [(tail, len(doc.text))]
        for tag in doc.hashtags:
            if not any(a <= tag.start < b for a, b in spans):
                continue
            body = tag.text[1:].lower()
            if body in self.targets or body.endswith(self._suffix_targets):
                return next((t for t in sorted(self.targets) if body.endswith(t)), body)
        return None

    def _mentioned_target(self, doc: Document, sentences: list[Span]) -> str | None:
        """A target addressed by its handle in the sentences (`Kiitos vaan @KelaFPA ...`): a handle that is, starts
        or ends with the organisation's name or a target word of four letters or more."""
        for mention in doc.mentions:
            if not any(s.start <= mention.start < s.end for s in sentences):
                continue
            handle = "".join(c for c in mention.text[1:].lower() if c.isalpha())
            hit = next((t for t in self._handle_targets if handle.startswith(t) or handle.endswith(t)), None)
            if hit:
                return hit
        return None

    def _around(self, doc: Document, k: int) -> list[Span]:
        """The sentence `k` and the one before it."""
        return doc.sentences[max(0, k - 1):k + 1]

    # Scare quotes -----------------------------------------------------------------------------

    def _scare_quotes(self, doc: Document, keys: list[frozenset[str]]) -> Iterator[Match]:
        for m in QUOTE_RE.finditer(doc.text):
            start, end = m.span(2)
            if m.group(2)[0].isupper() and LETTER_RE.search(doc.text, doc.sentence_of(start).start, m.start()):
                continue  # a capital inside a sentence starts a name or a title; at its start, a scare quote
            words = doc.words_between(start, end)
            if not words or len(words) > MAX_QUOTED_WORDS:
                continue
            if not any(self._lemmas(doc, t, keys) & self.quotable for t in words):
                continue
            before = doc.words_between(doc.sentence_of(start).start, start)[-3:]
            if any(self._lemmas(doc, t, keys) & self.saying for t in before):
                continue  # a quotation: `asiakas kiitti "nopeasta avusta"`
            k = doc.sentence_index(start)
            target = self._target(doc, self._around(doc, k), keys) if k >= 0 else None
            if not target and k >= 0:
                target = self._complained_system(doc, k, keys)
            if target:
                yield Match(m.start(), m.end(), {"target": target, "reason": QUOTED})

    def _complained_system(self, doc: Document, k: int, keys: list[frozenset[str]],
                           complaints: _Markers | None = None) -> str | None:
        """A system or change of the employer (`system_target_files`) in sentence `k` or the one before, when the
        sentences around (`k - 1` to `k + 1`) complain (`complaints`, by default the complaint markers): `Kiitos
        "upeasta" päivityksestä, mikään ei enää toimi`. The system is looked for first: it is the rarer half."""
        complaints = self.complaints if complaints is None else complaints
        if not self.system_targets or not complaints:
            return None
        found = None
        for sentence in self._around(doc, k):
            for token in doc.words_between(sentence.start, sentence.end):
                lemmas = self._lemmas(doc, token, keys)
                hit = lemmas & self.system_targets or (any(x.endswith(self._suffix_systems) for x in lemmas) and {
                    t for t in self._suffix_systems for x in lemmas if x.endswith(t)})
                if hit:
                    found = sorted(hit)[0]
                    break
            if found:
                break
        if found is None:
            return None
        around = doc.sentences[max(0, k - 1):k + 2]
        if complaints.find(doc, Span(around[0].start, around[-1].end, doc.text), keys) is None:
            return None
        return found

    def _complains(self, doc: Document, keys: list[frozenset[str]]) -> bool:
        whole = Span(0, len(doc.text), doc.text)
        return bool(self.complaints) and self.complaints.find(doc, whole, keys) is not None

    def _tells_help(self, doc: Document, sentence: Span, keys: list[frozenset[str]]) -> bool:
        return bool(self.sincere) and any(self._lemmas(doc, t, keys) & self.sincere
                                          for t in doc.words_between(sentence.start, sentence.end))

    def _next_sentence_applause(self, doc: Document, following: list[Span], sentence: Span,
                                keys: list[frozenset[str]]) -> tuple[int, int] | None:
        """An emoji marker (👏, 😂) under a complaint in the sentence right after the praise: "Upeaa johtamista.
        Lomat siirrettiin kysymättä 👏". The complaint must stand in that sentence and no help be told in either,
        so thanks followed by a story of a fix (`Kiitos IT! Kone kaatui mutta korjasitte sen 👏`) stays thanks.
        Only emoji: a word like `taas` in the next sentence starts news of its own."""
        if not following or not self.weak.strings:
            return None
        after = following[0]
        marker = self.weak.find_string(doc, after)
        if marker is None or not self.complaints or self.complaints.find(doc, after, keys) is None:
            return None
        if self._tells_help(doc, sentence, keys) or self._tells_help(doc, after, keys):
            return None
        return marker

    def _deadpan(self, doc: Document, k: int, praise: Token, keys: list[frozenset[str]]) -> tuple[int, int] | None:
        """A short flat piece that rates management or the employer well right after a complaint: "Kukaan ei
        kysynyt meiltä. Kiva työpaikka." (no `!`, at most four words, a `deadpan_target_files` word in it, no thanks,
        no help told). The piece runs from the last full stop before the praise (a chat writer goes on in lower
        case, which the sentence splitter joins) to the end of the sentence."""
        sentence = doc.sentences[k]
        stop = max(doc.text.rfind(mark, sentence.start, praise.start) for mark in (". ", "… "))
        if stop >= 0:
            piece, before = Span(stop + 2, sentence.end, doc.text), Span(sentence.start, stop + 1, doc.text)
        elif k > 0:
            piece, before = sentence, doc.sentences[k - 1]
        else:
            return None
        if len(doc.words_between(piece.start, piece.end)) > 4 or "!" in doc.text[piece.start:piece.end] \
                or self._lemmas(doc, praise, keys) & self.thanks:
            return None
        if not any(self._lemmas(doc, t, keys) & self.deadpan_targets
                   for t in doc.words_between(piece.start, piece.end)):
            return None
        if not self.complaints or self.complaints.find(doc, before, keys) is None:
            return None
        if self._tells_help(doc, before, keys) or self._tells_help(doc, piece, keys):
            return None
        return piece.start, piece.end

    def _workplace_matter(self, doc: Document, sentence: Span, keys: list[frozenset[str]]) -> str | None:
        """A matter the employer decides (`workplace_target_files`: loma, palkka, yt, reorg, semester) in the
        sentence: praised with a strong irony marker it mocks the employer, named or not."""
        if not self.workplace:
            return None
        for token in doc.words_between(sentence.start, sentence.end):
            lemmas = self._lemmas(doc, token, keys)
            hit = lemmas & self.workplace or (any(x.endswith(self._suffix_workplace) for x in lemmas) and {
                t for t in self._suffix_workplace for x in lemmas if x.endswith(t)})
            if hit:
                return sorted(hit)[0]
        return None

    def _ironic_praise(self, doc: Document, keys: list[frozenset[str]], taken: list[tuple[int, int]]
                       ) -> Iterator[Match]:
        complains: bool | None = None
        for k, sentence in enumerate(doc.sentences):
            praise = next((t for t in doc.words_between(sentence.start, sentence.end)
                           if self._lemmas(doc, t, keys) & self.praise), None)
            if praise is None or any(a <= praise.start < b for a, b in taken):
                continue
            target = self._target(doc, self._around(doc, k), keys)
            if target is None:  # the employer's system, when it fails: `Mahtava päivitys taas, kaikki jumissa 🙃`
                target = self._complained_system(doc, k, keys, self.failures)
                if target and any(self._tells_help(doc, s, keys) for s in doc.sentences[max(0, k - 1):k + 2]):
                    continue  # thanks for a fix of the failure: `kaatui, mutta IT korjasi sen. Kiitos! 👏`
            following = doc.sentences[k:k + 2]
            marker = None
            if target is None:  # `Ihanaa, lomat peruttu taas 🙃`: the employer's decision, with a strong marker
                matter = self._workplace_matter(doc, sentence, keys)
                if matter is not None:
                    marker = next((m for s in following if (m := self.strong.find(doc, s, keys))), None)
                    target = matter if marker is not None else None
            if target is None:
                continue
            if marker is None:
                marker = next((m for s in following if (m := self.strong.find(doc, s, keys))), None)
            if marker is None:
                marker = self.weak.find(doc, sentence, keys)
                if marker is not None and self._tells_help(doc, sentence, keys):
                    marker = None  # thanks for help with the trouble the post complains of
                if marker is not None:
                    complains = self._complains(doc, keys) if complains is None else complains
                    if not complains:
                        marker = None
            if marker is None:
                marker = self._next_sentence_applause(doc, doc.sentences[k + 1:k + 2], sentence, keys)
            if marker is None and self.deadpan_targets:
                marker = self._deadpan(doc, k, praise, keys)
            if marker is None:
                continue
            end = marker[1] if marker[0] >= praise.start else sentence.end
            yield Match(praise.start, max(end, praise.end), {"target": target, "reason": IRONIC})

    def run(self, doc: Document) -> Iterator[Match]:
        keys = lemma_keys(doc)
        taken: list[tuple[int, int]] = []
        for match in self._scare_quotes(doc, keys):
            taken.append((match.start, match.end))
            yield match
        if not _all_lemmas(doc, keys)[1].isdisjoint(self.praise):  # no praise word, no ironic praise
            for match in self._ironic_praise(doc, keys, taken):
                taken.append((match.start, match.end))
                yield match
        if not taken and self.applause:
            applauded = self._applauded_failure(doc, keys)
            if applauded is not None:
                yield applauded

    def _applauded_failure(self, doc: Document, keys: list[frozenset[str]]) -> Match | None:
        """Applause under a repeated failure, with no praise word: `Järjestelmä kaatui taas 👏👏`, `The system crashed
        again 👏`. The sentence must hold a failure (`failure_files`) and a repeat word (`repeat_files`), and name a
        target or a system; help told or a failure that is over (`resolved_files`: ohi, korjattu, back up) is news."""
        for k, sentence in enumerate(doc.sentences):
            clap = self.applause.find_string(doc, sentence)
            if clap is None or self.failures.find(doc, sentence, keys) is None \
                    or self.repeats.find(doc, sentence, keys) is None:
                continue
            if self._tells_help(doc, sentence, keys) or self.resolved.find(doc, sentence, keys) is not None:
                continue
            target = self._target(doc, [sentence], keys) or self._complained_system(doc, k, keys, self.failures)
            if target:
                return Match(sentence.start, clap[1], {"target": target, "reason": APPLAUSE})
        return None


def _untagged(doc: Document, span: Span) -> str:
    """The text of `span` without its hashtags."""
    text = doc.text[span.start:span.end]
    for tag in reversed([t for t in doc.hashtags if span.start <= t.start < span.end]):
        text = text[:tag.start - span.start] + text[tag.end - span.start:]
    return text


def _all_lemmas(doc: Document, keys: list[frozenset[str]]) -> tuple[list[frozenset[str]], frozenset[str]]:
    """Per token, its lemma keys, base forms and written form (`keys` are `lemma_keys(doc)`), and all of them
    together: built once per document."""
    cached = doc.__dict__.get("_sarcasm_lemmas")
    if cached is None:
        # A token's set depends on the word alone: remembered across documents.
        per_token = _LEMMAS_MEMO.per_token(doc, lambda t: keys[t.index] | doc.lemmas(t) | {t.text.lower()})
        cached = doc.__dict__["_sarcasm_lemmas"] = (per_token, frozenset().union(*per_token))
    return cached


_LEMMAS_MEMO = word_memo()
