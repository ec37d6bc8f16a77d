"""Spoken Finnish (puhekieli): standard Finnish rewritten word by word the way informal writers spell it.

Every rewrite below is a class of spoken morphology attested in the real informal text of ../shared/data/finnish.
Counts are tokens of the spoken form in the tweets (tw, 266) and Suomi24 comments (s24, 1,098), beside the
standard form (counted by `count_attested`; the class counts are words Voikko does not know whose standard
spelling it does):

| class                                      | spoken (tw/s24)                          | standard (tw/s24)           |
|--------------------------------------------|------------------------------------------|-----------------------------|
| minä, sinä -> mä, sä                       | mä 3/45, sä 0/36                         | minä 1/23, sinä 0/33        |
| minun, minulla, minulle, minua -> mun..    | mun 3/16, mulla 1/7, mulle 0/9, mua 1/7  | minun 0/13, minulla 0/3     |
| sinun, sinulla, sinulle, sinua -> sun..    | sun 0/32, sulla 0/10, sua 0/12           | sinun 1/21, sinulla 0/6     |
| hän, he -> se, ne (and their cases)        | se 7/280, ne 3/92                        | hän 1/35, he 5/22           |
| olen, olet, ole, olisi -> oon, oot, oo, ois | oon 1/19, oot 1/21, oo 5/34, ois 0/8    | olen 1/45, olet 0/64        |
| 1st plural as the passive (me mennään)     | me + passive 10                          | me + 1st plural 2           |
| 3rd plural verb as singular (ne menee)     | ne/he + 3sg verb 17                      | ne/he + 3pl verb 11         |
| että, kuin, mutta, sitten -> et, ku, ..    | et 7/89, ku 4/46, mut 3/25, sit 1/24     | että 23/378, kuin 9/144     |
| vielä, kyllä, niin -> viel, kyl, nii       | viel 0/3, kyl 2/12, nii 1/15             | vielä 7/54, kyllä 3/78      |
| tämä, tämän, nämä, tässä -> tää, tän, ..   | tää 1/6, tän 0/3, nää 0/3, täs 1/2       | tämä 2/41, tämän 4/11       |
| todella -> tosi; onko, miksi -> onks, miks | tosi 0/10, onks 1/2, miks 0/3            | todella 5/20, onko 1/20     |
| final -ea/-eä/-ia/-iä -> -ee/-ii           | 5/35 (kauhee, kaikkee, hyvii, oikee)     |                             |
| -easti -> -eesti                           | 2/16 (oikeesti, kauheesti)               |                             |
| final -oa/-ua/-yä/-öä -> -oo/-uu/..        | 3/27 (kattoo, haluu, tajuu, autoo)       |                             |
| conditional -isi -> -is                    | 3/77 (olis, vois, tulis, pitäis)         |                             |
| past participle -nut/-nyt -> -nu/-ny       | 57 in both (ollu, tehny, tullu, pysyny)  | ollut 3/37, tehnyt 1/11     |
| -ainen/-äinen without i (salanen)          | 3/30 (semmonen, sellasta, suolasen)      |                             |
| inessive -ssa -> -s                        | 10/79, half of them conditionals (olis)  |                             |
| adessive -lla -> -l; elative -sta -> -st   | 0/19 (illal, hinnal); 0/17 (jutust)      |                             |
| translative -ksi -> -ks                    | 2/21 (anteeks, onneks, kaveriks)         |                             |
| kirjoittaa -> kirjottaa (oi -> o)          | 1/12                                     |                             |
| tehdä, nähdä -> tehä, nähä (hd -> h)       | 0/11 (tehä, nähä, ehottaisin)            |                             |
| mitään, tänään, yhtään -> mitää, .. (-n)   | 2/57 with the passive (mitää, tänää)     |                             |
| -kaan/-kään and illative -Vn without n     | 7/69 (yhtee, naimisii, ainakaa, kukaa)   |                             |
| possessive dropped after mun, sun, meidän  | genitive pronoun + bare noun 40          | + noun with a suffix 19     |
| the same with no pronoun: mun asiakas      | (asiakkaani -> mun asiakas)              |                             |
| yksi -> yks; -eA infinitive long (lähtee)  | yks 1/7; lähtee 0/7, lukee 0/5           | yksi 1/18; lähteä 1/4       |

Left out as too rare or dialectal in these texts: meiän (0/0; meijän 0/3), tiiän (0/0), illative -Vn -> -V alone
(kotii 0/0), ts -> tt (itte, kattoo: 3/28, mostly a few words), clipped ablative (1/5).

Voikko picks the word class where spelling alone would be wrong: `tuo` is also a verb (brings), `kissa` has no
inessive, `media` is no partitive. Every generated verb form is checked with Voikko (same lemma, the person
wanted) and left standard when it is not confirmed. Capitalised words (names, a sentence's first word),
hashtags, mentions, addresses and hyphenated words are never touched. The rewrite is deterministic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

Reading = dict[str, Any]

#: Function words whose spoken form depends on nothing but the word.
WORDS: dict[str, str] = {
    "minä": "mä", "sinä": "sä", "minun": "mun", "minulla": "mulla", "minulle": "mulle", "minua": "mua",
    "minut": "mut", "minulta": "multa", "sinun": "sun", "sinulla": "sulla", "sinulle": "sulle", "sinua": "sua",
    "sinut": "sut", "sinulta": "sulta", "sinusta": "susta",
    "hän": "se", "hänen": "sen", "hänet": "sen", "hänelle": "sille", "hänellä": "sillä", "häntä": "sitä",
    "hänestä": "siitä", "häneltä": "siltä", "he": "ne", "heidän": "niiden", "heille": "niille", "heitä": "niitä",
    "heillä": "niillä", "heistä": "niistä", "heiltä": "niiltä",
    "olen": "oon", "olet": "oot", "ole": "oo", "olisi": "ois", "olisin": "oisin", "olisit": "oisit",
    "olette": "ootte", "olemme": "ollaan", "olimme": "oltiin", "ovat": "on", "eivät": "ei", "oletko": "ootko",
    "että": "et", "kuin": "ku", "mutta": "mut", "sitten": "sit", "vielä": "viel", "kyllä": "kyl", "niin": "nii",
    "vain": "vaan", "todella": "tosi", "onko": "onks", "eikö": "eiks", "miksi": "miks", "siksi": "siks",
    "tämä": "tää", "tämän": "tän", "nämä": "nää", "tässä": "täs", "täällä": "tääl", "tuossa": "tossa",
    "mitään": "mitää", "tänään": "tänää", "yhtään": "yhtää", "mikään": "mikää", "yksi": "yks",
}
#: `tuo` (that; also brings) and `tuota` (also a form of tuottaa): spoken only where every reading is a pronoun.
PRONOUN_ONLY: dict[str, str] = {"tuo": "toi", "tuota": "tota", "nuo": "noi"}
GENITIVE_PRONOUNS = {"minun": "mun", "sinun": "sun", "meidän": "meidän", "teidän": "teidän"}
#: A possessive suffix with no pronoun before it becomes the spoken pronoun (asiakkaani -> mun asiakas).
SUFFIX_PRONOUNS = {"1s": "mun", "2s": "sun", "1p": "meidän"}
#: A draft's words: a lower-case core with at most punctuation around it; anything else is left as written.
TOKEN_RE = re.compile(r"^([(\"'«]*)([a-zåäö]+)([.,!?:;)\"'»]*)$")
VOWELS = "aeiouyäö"
#: Weak grades of a stem's last consonant, tried in turn for the passive of a verb like ottaa (otetaan).
WEAK_GRADES = (("kk", "k"), ("pp", "p"), ("tt", "t"), ("nk", "ng"), ("mp", "mm"), ("lt", "ll"), ("nt", "nn"),
               ("rt", "rr"), ("ht", "hd"), ("t", "d"), ("p", "v"), ("k", ""))
LOCAL_CASES = {"sisaolento": ("ssa", "ssä", "s"), "ulkoolento": ("lla", "llä", "l"), "sisaeronto": ("sta", "stä", "st")}
POSSESSIVES = ("mme", "nne", "ni", "si")
NAME_CLASSES = ("etunimi", "sukunimi", "paikannimi", "nimi")


@functools.cache
def _voikko() -> Callable[[str], list[Reading]] | None:
    """Voikko's full readings (person, mood, case), which the project's `Analysis` leaves out."""
    try:
        import libvoikko

        from pelisaannot.finnish.morphology import quiet_destructor

        quiet_destructor(libvoikko)
        voikko = libvoikko.Voikko("fi")
    except Exception:  # no Voikko: only the word table applies
        return None
    return voikko.analyze


@functools.lru_cache(maxsize=20_000)
def readings(word: str) -> tuple[Reading, ...]:
    analyse = _voikko()
    return tuple(analyse(word)) if analyse else ()


def _has(word: str, lemma: str, **features: str) -> bool:
    """Voikko reads `word` as a form of `lemma` with these features: the check on every generated verb form."""
    return any(r.get("BASEFORM") == lemma and all(r.get(k) == v for k, v in features.items()) for r in readings(word))


def _harmony(word: str) -> str:
    return "ä" if not re.search("[aou]", word) else "a"


def _passive_present(lemma: str) -> str | None:
    """The present passive of a verb, confirmed by Voikko: mennä -> mennään, haluta -> halutaan, ottaa -> otetaan."""
    a = _harmony(lemma)
    if lemma[-2] not in VOWELS:  # types 2-6: the infinitive + -an (tehdä, tulla, haluta, tarvita)
        out = f"{lemma}{a}n"
        return out if _has(out, lemma, PERSON="4", MOOD="indicative") else None
    stem = lemma[:-1]
    for strong, weak in (*WEAK_GRADES, ("", "")):
        m = re.search(f"{strong}([{VOWELS}]+)$", stem) if strong else re.search(f"([{VOWELS}]+)$", stem)
        if not m:
            continue
        vowels = m.group(1)
        if vowels[-1] in "aä" and len(vowels) == 1:
            vowels = "e"  # ottaa: ota- -> otetaan
        out = f"{stem[:m.start()]}{weak}{vowels}t{a}{a}n"
        if _has(out, lemma, PERSON="4", MOOD="indicative", TENSE="present_simple"):
            return out
    return None


def _passive_past(present: str, lemma: str) -> str | None:
    """mennään -> mentiin, sanotaan -> sanottiin, saadaan -> saatiin, noustaan -> noustiin."""
    base = present[:-4]
    if present[-4] == "t":
        out = base + ("tiin" if base.endswith("s") else "ttiin")
    elif present[-4] == "d":
        out = base + "tiin"
    elif present[-5] == present[-4]:  # tullaan, mennään, purraan
        out = base[:-1] + present[-4] + "tiin"
    else:
        return None
    return out if _has(out, lemma, PERSON="4", TENSE="past_imperfective") else None


def _verb(word: str, rs: tuple[Reading, ...]) -> str | None:
    """1st plural as the passive (menemme -> mennään), 3rd plural as the singular (menevät -> menee), the
    conditional without its final i (menisi -> menis)."""
    verbs = [r for r in rs if r.get("CLASS") == "teonsana"]
    if not verbs or any(r.get("CLASS") not in ("teonsana", "laatusana") and not r.get("POSSESSIVE") for r in rs):
        return None  # a participle's reading (sanovat: sanova) or a possessive (voisi: voi) is no other word
    # an ambiguous form (leikkivät: present or past) is read as the present
    r = next((v for v in verbs if v.get("TENSE") == "present_simple"), verbs[0])
    lemma, person, number, mood, tense = (r.get(k) for k in ("BASEFORM", "PERSON", "NUMBER", "MOOD", "TENSE"))
    if person == "1" and number == "plural" and mood == "indicative" and r.get("NEGATIVE") == "false":
        present = _passive_present(lemma)
        if present and tense == "present_simple":
            return present
        if present and tense == "past_imperfective":
            return _passive_past(present, lemma)
        return None
    if person == "3" and number == "plural" and word.endswith(("vat", "vät")):
        stem = word[:-3]
        if mood == "conditional":
            out = stem[:-1]  # menisivät -> menis
        elif tense == "present_simple" and stem[-1] in VOWELS and stem[-2] not in VOWELS:
            out = stem + stem[-1]  # menevät -> menee
        else:
            out = stem  # saavat -> saa, menivät -> meni
        features = {"PERSON": "3", "NUMBER": "singular"} if mood != "conditional" else {}
        return out if mood == "conditional" or _has(out, lemma, **features) else None
    if mood == "conditional" and person == "3" and number == "singular" and word.endswith("isi"):
        return word[:-1]  # menisi -> menis (Voikko knows no clipped form to confirm)
    return None


def _verb_stem(word: str, lemma: str) -> str:
    """tehdä, nähdä without d (tehään, nähää); kirjoittaa without i (kirjottaa)."""
    if lemma in ("tehdä", "nähdä"):
        return word.replace("hd", "h")
    if lemma == "kirjoittaa":
        return word.replace("kirjoit", "kirjot")
    return word


def _nominal(word: str, rs: tuple[Reading, ...]) -> str | None:
    """Long vowels for -ea, -ia (pimee, kaikkii, oikeesti), -ainen without i, clipped local cases."""
    rs = tuple(r for r in rs if r.get("CLASS") not in NAME_CLASSES)  # a lower-case word is no name (illalla)
    if not rs or any(r.get("CLASS") == "teonsana" for r in rs):
        return None
    cases = {r.get("SIJAMUOTO") for r in rs}
    lemmas = {r.get("BASEFORM", "") for r in rs}
    classes = {r.get("CLASS") for r in rs}
    if any(r.get("POSSESSIVE") for r in rs) or len(cases) != 1:
        return None
    case = next(iter(cases))
    if case == "kerrontosti" and word.endswith(("easti", "eästi")):
        return word[:-5] + "eesti"
    if all(lemma.endswith(("ainen", "äinen")) for lemma in lemmas) and re.search("[aä]is", word[-6:]):
        i = word.rfind("is")
        return word[:i] + word[i + 1:]  # salaisen -> salasen
    if re.search(f"[^{VOWELS}][eioöuy][aä]$", word) and (
            case == "osanto" or (case == "nimento" and classes <= {"laatusana", "nimisana_laatusana"})):
        return word[:-1] + word[-2]  # pimeä -> pimee, kaikkia -> kaikkii, autoa -> autoo
    if case in LOCAL_CASES and len(word) >= 6:
        back, front, clipped = LOCAL_CASES[case]
        if word.endswith((back, front)):
            return word[:-len(back)] + clipped
    if case == "muuntosija" and word.endswith("ksi") and len(word) >= 6:
        return word[:-1]  # kaveriksi -> kaveriks
    if case == "sisatulento" and re.search(f"([{VOWELS}])\\1n$", word) and len(word) >= 5:
        return word[:-1]  # kotiin -> kotii, yhteen -> yhtee
    return None


def _participle(word: str, rs: tuple[Reading, ...]) -> str | None:
    """tehnyt -> tehny, ollut -> ollu: the past active participle without its final t."""
    if word.endswith(("nut", "nyt", "lut", "lyt", "rut", "ryt", "sut", "syt")) and any(
            r.get("PARTICIPLE") == "past_active" and r.get("NUMBER") == "singular" for r in rs):
        return word[:-1]
    return None


def _infinitive(word: str, rs: tuple[Reading, ...]) -> str | None:
    """sanoa -> sanoo, puhua -> puhuu: the 1st infinitive of a -oa, -ua verb spoken with a long vowel."""
    if rs and all(r.get("MOOD") == "A-infinitive" for r in rs) and re.search(f"[^{VOWELS}][eiouyö][aä]$", word):
        return word[:-1] + word[-2]
    return None


def spoken(word: str) -> str:
    """The spoken form of one lower-case word (itself when no class applies)."""
    if word in WORDS:
        return WORDS[word]
    if word.endswith(("kaan", "kään")) and len(word) >= 6 and any(
            r.get("FOCUS") == "kaan" or r.get("BASEFORM", "").endswith(("kaan", "kään")) for r in readings(word)):
        return word[:-1]  # kukaan -> kukaa, ainakaan -> ainakaa; not the genitive asiakkaan (no clitic there)
    rs = readings(word)
    if word in PRONOUN_ONLY:
        return PRONOUN_ONLY[word] if rs and all(r.get("CLASS") == "asemosana" for r in rs) else word
    if not rs:
        return word
    out = _infinitive(word, rs) or _participle(word, rs) or _verb(word, rs) or _nominal(word, rs) or word
    lemma = rs[0].get("BASEFORM", "")
    return _verb_stem(out, lemma) if rs[0].get("CLASS") == "teonsana" else out


def _without_possessive(word: str) -> str | None:
    """A noun's possessive suffix dropped after a genitive pronoun (minun puhelimessani -> mun puhelimessa):
    only where the rest of the word is the case form itself (local cases, partitive) or the nominative."""
    rs = readings(word)
    if not rs or not all(r.get("POSSESSIVE") for r in rs) or len({r.get("SIJAMUOTO") for r in rs}) != 1:
        return None
    case = rs[0].get("SIJAMUOTO")
    if case == "nimento" and rs[0].get("NUMBER") == "singular" and "=" not in rs[0].get("STRUCTURE", "=")[1:]:
        return rs[0].get("BASEFORM")
    if case in ("sisaolento", "ulkoolento", "sisaeronto", "ulkoeronto", "ulkotulento", "osanto", "olento"):
        for suffix in POSSESSIVES:
            if word.endswith(suffix):
                return word[:-len(suffix)]
    return None


def _connegative_passive(word: str) -> str | None:
    """After `emme`: mene -> (ei) mennä, sano -> (ei) sanota."""
    rs = readings(word)
    if not rs or not any(r.get("CLASS") == "teonsana" and r.get("NEGATIVE") == "both" for r in rs):
        return None
    lemma = rs[0]["BASEFORM"]
    present = _passive_present(lemma)
    if not present:
        return None
    out = present[:-2]
    return out if out == lemma or _has(out, lemma, PERSON="4", NEGATIVE="true") else None


def rewrite(text: str) -> str:
    chunks = re.split(r"(\s+)", text)
    words = [(i, TOKEN_RE.match(c)) for i, c in enumerate(chunks) if i % 2 == 0 and c]
    out = list(chunks)
    done: set[int] = set()
    for (i, m), nxt in zip(words, [*words[1:], (None, None)], strict=True):
        if m is None or i in done:
            continue
        word = m.group(2)
        replaced = spoken(word)
        j, n = nxt
        if n is not None and not m.group(3):  # two-word classes, inside one clause
            second = None
            if word in GENITIVE_PRONOUNS:
                second = _without_possessive(n.group(2))
                replaced = GENITIVE_PRONOUNS[word] if second else replaced
            elif word == "emme":
                second = _connegative_passive(n.group(2))
                replaced = "ei" if second else replaced
            if second:
                out[j] = n.group(1) + second + n.group(3)
                done.add(j)
        if replaced == word and (bare := _without_possessive(word)):
            person = readings(word)[0].get("POSSESSIVE")
            if person in SUFFIX_PRONOUNS:
                replaced = f"{SUFFIX_PRONOUNS[person]} {bare}"
        out[i] = m.group(1) + replaced + m.group(3)
    return "".join(out)


def count_attested(forms: list[str]) -> dict[str, tuple[int, int]]:
    """Tokens of each form in the tweets and the Suomi24 comments (the table above)."""
    import sys
    from collections import Counter
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from corpus import forum_comments, tweets

    tw = Counter(w for t in tweets() for w in re.findall("[a-zåäö]+", t))
    s24 = Counter(w for t in forum_comments() for w in re.findall("[a-zåäö]+", t))
    return {f: (tw[f], s24[f]) for f in forms}
