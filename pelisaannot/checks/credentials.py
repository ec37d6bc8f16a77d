"""`credentials`: passwords, one-time codes, API tokens and private keys pasted into a draft.

Three signals, from surest to least sure:
- tokens with a known prefix and shape (`ghp_…`, `glpat-…`, `xoxb-…`, `AKIA…`, `sk-…`, private-key headers,
  JWTs, `user:password@` in a URL, `?token=…` in a URL);
- a keyword followed by a value (`salasana: Kesä2024!`, `password=hunter2`, `PIN-koodi on 4821`). The value
  must look like a secret: a code is 4-8 digits; a password has a digit, a symbol or inner capitals, or
  follows `:`/`=` and is a word the dictionary does not know. `Salasana on vaihdettava` and
  `Salasana: vähintään 12 merkkiä` are advice, not secrets;
- long high-entropy tokens that mix lower case, capitals and digits (not words, not URLs, not hashtags).
"""

from __future__ import annotations

import itertools
import math
import re
from collections import Counter
from collections.abc import Iterator, Mapping
from typing import Any

import ahocorasick_rs
import regex

from pelisaannot.checks.base import Check, LazyPattern, Match, PackContext, compile_pattern
from pelisaannot.checks.lexicon import QUOTES
from pelisaannot.checks.literals import Prefilter, PrefilterGroup
from pelisaannot.document import Document
from pelisaannot.finnish.colloquial import analyzer as colloquial_analyzer
from pelisaannot.finnish.morphology import Morphology
from pelisaannot.localised import Text

PREFIXED: tuple[tuple[str, str], ...] = (
    ("GitHub-tunniste", r"\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{30,}|\bgithub_pat_[A-Za-z0-9_]{22,}"),
    ("GitLab-tunniste", r"\bglpat-[A-Za-z0-9_-]{20,}"),
    ("Slack-tunniste", r"\bxox[abposr]-[A-Za-z0-9-]{10,}"),
    ("AWS-avain", r"\b(?:AKIA|ASIA)[0-9A-Z]{16}\b"),
    ("API-avain", r"\bsk-(?:proj-|ant-)?[A-Za-z0-9_-]{20,}|\b[sr]k_(?:live|test)_[A-Za-z0-9]{16,}"),
    ("Google-API-avain", r"\bAIza[0-9A-Za-z_-]{35}"),
    ("npm-tunniste", r"\bnpm_[A-Za-z0-9]{36}"),
    ("Hugging Face -tunniste", r"\bhf_[A-Za-z0-9]{30,}"),
    ("SendGrid-avain", r"\bSG\.[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{16,}"),
    ("JWT-tunniste", r"\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"),
    ("webhook-osoite", r"https://hooks\.slack\.com/services/[A-Za-z0-9/_-]{20,}"
                       r"|https://(?:discord|discordapp)\.com/api/webhooks/\d+/[\w-]{20,}"),
    ("yksityinen avain", r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----"),
    ("yhteysmerkkijonon avain", r"(?i)\b(?:AccountKey|SharedAccessKey|client_secret)=[A-Za-z0-9+/=_-]{16,}"),
    ("osoitteeseen kirjoitettu salasana", r"\b[a-z][a-z0-9+.-]*://[^\s:/@]+:(?P<value>[^\s:/@]+)@"),
    # A password on a command line: after a user flag, attached to `-p` (`mysql -u root -pKissa2026`; `-p kanta`
    # asks for it), or given to `sshpass -p`.
    ("komentoriville kirjoitettu salasana",
     r"(?<![\w-])-u[ \t]?[\w.@-]+[ \t]+-p(?P<value>[^\s\"']{4,})|\bsshpass[ \t]+-p[ \t]*(?P<value>[^\s\"']{4,})"),
    ("osoitteeseen kirjoitettu tunniste",
     r"(?i)[?&](?:access_token|api_key|apikey|token|password|secret|sig|key)=(?P<value>[A-Za-z0-9._~+/%-]{8,})"),
)

# What a finding names, in the languages of the messages (the Finnish text is the key used in the code).
WHAT = {t: t for t in (
    Text("GitHub-tunniste", "GitHub-token", "GitHub token"), Text("GitLab-tunniste", "GitLab-token", "GitLab token"),
    Text("Slack-tunniste", "Slack-token", "Slack token"), Text("AWS-avain", "AWS-nyckel", "AWS key"),
    Text("API-avain", "API-nyckel", "API key"), Text("Google-API-avain", "Google API-nyckel", "Google API key"),
    Text("npm-tunniste", "npm-token", "npm token"),
    Text("Hugging Face -tunniste", "Hugging Face-token", "Hugging Face token"),
    Text("SendGrid-avain", "SendGrid-nyckel", "SendGrid key"), Text("JWT-tunniste", "JWT-token", "JWT token"),
    Text("webhook-osoite", "webhook-adress", "webhook address"),
    Text("yksityinen avain", "privat nyckel", "private key"),
    Text("yhteysmerkkijonon avain", "nyckel i en anslutningssträng", "key in a connection string"),
    Text("osoitteeseen kirjoitettu salasana", "lösenord skrivet i en adress", "password written into an address"),
    Text("osoitteeseen kirjoitettu tunniste", "token skrivet i en adress", "token written into an address"),
    Text("komentoriville kirjoitettu salasana", "lösenord skrivet på en kommandorad",
         "password typed into a command line"),
    Text("satunnaiselta näyttävä tunniste tai avain", "token eller nyckel som ser slumpmässig ut",
         "random-looking token or key"),
    Text("varakoodit", "reservkoder", "backup codes"),
    Text("kertakäyttökoodi tai muu koodi", "engångskod eller annan kod", "one-time code or other code"),
    Text("salasana", "lösenord", "password"),
    Text("Wi-Fi-avain tai salasana", "Wi-Fi-nyckel eller lösenord", "Wi-Fi key or password"),
    Text("ovikoodi tai muu koodi", "portkod eller annan kod", "door code or other code"),
)}

# The keyword vocabularies are pack data (`password_words`, `code_words`, `door_words`, `example_words`: list
# files, one word a line, a trailing `*` for any ending; a space or hyphen inside also matches `-`, `_` or nothing).
# A copula, spoken ones (`o`, `oo`) and `eli` ("that is") included.
COPULAS = frozenset({"on", "oli", "ovat", "o", "oo", "ois", "eli", "is", "was", "are", "är", "ä", "e", "var", "blir",
                     "onkin", "onki", "onhan", "onha", "olikin", "oliki"})  # with a clitic: `salis onki ...`
# An English `'s` too: `door code's 4471`, `the wifi password's Sunny88`. A particle may follow the copula
# (`koodi on siis 4471`, `salis on edelleen Pulla2025`, `lösenordet är fortfarande ...`).
# A case ending but no compound tail after a keyword (`salasanan`, not `salasanaohje`).
SHORT_ENDING = r"\w{0,3}"
# Punctuation that points at a value as a colon does: `salasana => ...`, `ovikoodi – ...`, `wifi :: ...`,
# `koodi >> ...`, `pw... ...`; a dash, bar or angle only after a blank (`PIN-koodi`, `wlan-avain` are words).
SEP = (rf"(?P<sep>[:=](?!\s*[:=])|\b(?:{'|'.join(sorted(COPULAS))})\b"
       r"(?:[ \t]+(?:nyt|nu|now|taas|still|nykyään|siis|muuten|edelleen|vieläkin|yhä|niinku|fortfarande|alltså))?"
       r"(?:[ \t]*:(?![:=]))?|[''’]s\b(?:[ \t]+(?:still|now|just))?|->|→"
       r"|(?:[:=][ \t]*){2}>?|=>|(?<=[ \t])[-–—~|;»>/]{1,3}(?=[ \t])|\.{2,3}|…)")
QUOTE_OPEN = "[\"'“”‘’«]?"
# A value alone in brackets after words said of it (`sama kuin ennen (2211)`, `same as before (Kissa2026)`): the
# bracket opens after a word and holds one token only, closed right after it.
BRACKETED = r"(?<=\p{L}[ \t]?)\((?=[ \t]*[^\s()]{3,80}[ \t]*\))"
# Before a keyword's value also a bracket, a guillemet, a star or two of emphasis or a number sign: `ovikoodi (4471)`,
# `PIN *7731*`, `ovikoodi: **4471**`, `ovikoodi #4471`.
VALUE_OPEN = "(?:\\*\\*|[\"'“”‘’«»(\\[*]|#(?=\\d{4}))?"
# The end of a keyword: no letter or digit follows, unless the keyword is an emoji (`🔑Pulla2025`, `🚪4471`).
AFTER_WORD = r"(?:(?<=\p{Extended_Pictographic}\ufe0f?)|(?![\p{L}\p{N}]))"
VALUE = r"(?P<value>[^\s\"'“”‘’»]{3,80})"
# Digits written as keycap emoji: `1️⃣2️⃣3️⃣4️⃣` (a digit, an optional variation selector, the combining keycap).
KEYCAPS = r"(?:\d\ufe0f?\u20e3){4,8}"
# A code of 4-8 digits, whole or written in groups (`24 68`, `3-6-9-1`) or as keycaps, a door code may end in # or *;
# a number sign may stand before it (`koodi #4471`).
# ... or a digit at a time with dots, commas or slashes, as a keypad sequence is written (`4.4.7.1`, `4/4/7/1`).
CODE_VALUE = (rf"(?:#(?=\d{{4}}))?(?P<value>{KEYCAPS}|\d{{4,8}}[#*]?|\d{{1,3}}(?:[- ]\d{{1,3}}){{1,5}}[#*]?"
              r"|\d(?:\.\d){3,7}|\d(?:,\d){3,7}|\d(?:/\d){3,7})")
CODE_ITEM = r"(?=[a-z0-9]*\d)[a-z0-9]{3,8}[- ](?=[a-z0-9]{0,7}\d)[a-z0-9]{3,8}"  # a digit on both sides of the dash
TOKEN_RE = regex.compile(r"(?<![\w/.@#-])[A-Za-z0-9_+/=-]{24,}(?![\w/])")
# What every TOKEN_RE match holds: 24 characters of its (ASCII) class in a row. The standard `re` finds that in a
# few microseconds where the lookbehind makes TOKEN_RE try every position of every post (the class is the same
# explicit ASCII set in both engines).
TOKEN_RUN_RE = re.compile(r"[A-Za-z0-9_+/=-]{24}")
# Emoji and arrows that point at a value or label it: `salasana 👉 Kissa2024`, `koodi ➡️ 4471`.
POINT = r"(?:\p{Extended_Pictographic}|[\u2190-\u21ff\u2794\u27a1\u2b05-\u2b07\ufe0f\u200d])+"
POINT_RE = regex.compile(POINT)
# Cheap tests before two keyword scans: a three-digit number closing its clause (`_short_door_codes`); a word in
# the translative or `blev`/`to`/`till` (`_set_words`).
_THREE_DIGITS_RE = re.compile(r"(?<![\d.,:/-])\d{3}[#*]?[\"”»]?(?![\w.,:/-]\w|\d)")
# The start of a sentence or a line, before a word and a copula (`_reverse_words`: `Pulla on uus salis`).
_REVERSE_GATE_RE = re.compile(r"(?im)(?:^|(?<=[.!?…][ \t]))[ \t]*[\"“”«]?"
                              r"(?=[^\W\d_]{5,30}[\"“”»]?[ \t]+(?:on|o|oo|oli|är|e|is|was)[ \t])")
_SET_GATE_RE = re.compile(r"ksi?\b|\b(?:blev|till|ti|to|into)\b")
# What may stand between a new code's word and its digits besides words of change (`_new_code`): a copula, an
# auxiliary or an English `'s` (`new code has been 4471`, `koodi on nyt 4471`); a first word after a translative.
_LINKING_WORDS_RE = regex.compile(
    rf"(?i)\b(?:{'|'.join(sorted(COPULAS))}|har|hade|ha|has|have|had|been|till|ti|to)\b|[''’]s\b")
_FIRST_WORD_RE = regex.compile(r"^[ \t]*\p{L}+")
_LETTER_RE = regex.compile(r"\p{L}")
# Copulas after which a word voikko does not know may be a plain password (`lösenordet är kanelbulle`).
_FOREIGN_COPULAS = frozenset({"är", "ä", "e", "var", "blir", "is", "was", "are"})  # `ä`: Finland-Swedish speech
# Finnish abstract nouns say what a password is like, not what it is (`salaisuus`, `vaatimus`, `vaihtaminen`).
_ABSTRACT_RE = regex.compile(r"(?:us|ys|minen|nta|ntä)$")
# Swedish and English adjective and participle endings (`hemligt`, `viktig`, `required`, `changing`, `useless`) and
# abstract-noun endings (`security`, `patience`, `säkerhet`): words said of a password, or a saying.
_FOREIGN_PREDICATE_RE = regex.compile(
    r"(?:ed|ing|ly|able|ible|ful|less|ive|ous|ical|ish|ig|igt|iga|isk|iskt|iska|bart|samt|ande|ende|ade|ats"
    r"|ity|ness|ment|ence|ance|ion|het|skap)$")
# Small look-arounds of the value checks, compiled once.
_LAST_WORDS_RE = regex.compile(r"(?:[^\s]+\s+){0,3}$")  # the words before a value
_NEXT_WORDS_RE = regex.compile(r"\S*(?:\s+\S+){0,3}")  # the words after it
_TRANSLATIVE_RE = regex.compile(r"(?i):?ksi?\b")  # `2026:ksi`
_CHANGED_TO_RE = regex.compile(r"(?i)(?:\b(?:till|ti|to|into)|→|->)[ \t]*$")  # `byttes till`, spoken `ti`, `→`
_PAIR_END_RE = regex.compile(rf"[ \t]*(?:$|\n|[,.;!)]|{POINT})")  # a pair ends its line or clause
_CLAUSE_END_RE = regex.compile(rf"[ \t]*(?:[.!?)]+|{POINT}|$|\n|,|\()")  # a value ends its clause (or opens an aside)
_LINE_END_RE = regex.compile(rf"[ \t]*(?:[.!?)]+[ \t]*)?(?:{POINT}[ \t]*)*(?:$|\n)")  # ... its line
# Up to six words, ellipses or emoji between a label and its value: `oven koodi oli... ai joo 3390`.
GAP = (rf"(?:(?:,?[ \t]+[\p{{L}}''’-]+(?:\.{{2,3}}|…)?|[ \t]*(?:\.{{2,3}}|…)|[ \t]*{POINT})"
       r"{0,6}?)")
# A keypad code standing alone: 4-8 digits or digits in dashed pairs (`4-1-9-7`), not part of a longer number.
ACCESS_VALUE = (r"(?<!\d)(?<!\d[- ])(?P<value>\d{4,8}[#*]?|\d{1,2}(?:-\d{1,2}){2,7}[#*]?|\d(?: \d){3,7}(?: ?[#*])?)"
                r"(?![\p{L}\p{N}]|[.,:/]\d|[ -]\d)")
# One line of a list of accounts under a log-in or password label: a bullet, a service, `name /`, the password.
ITEM_RE = regex.compile(
    rf"(?m)^[ \t]*(?:[-•*·–]|\d{{1,2}}[.)]|{POINT})?[ \t]*"
    rf"(?:[\p{{L}}\p{{N}}._+-]{{2,20}}[ \t]*(?::|{POINT})?[ \t]+)?"
    r"(?:(?P<name>[\w.@+-]{3,40})[ \t]*(?:/{1,2}|[,|])[ \t]*)?[\"'“”‘’«]?(?P<value>[^\s\"'“”‘’»]{3,80})[ \t]*$")
# A log-in written as a pair with no word for it (`Insta: kuvat_tiimi / Lakka2026!`): a name shaped as a handle
# (an underscore, a dot or an @ inside; no file name) and a slash or a bar, then the password, ending its clause;
# judged in `_bare_pairs` (two digits or a symbol, and a capital or a symbol).
BARE_PAIR_RE = regex.compile(
    r"(?<![\w.@/+-])(?P<name>(?=[\w.@+-]*\p{L})[\w+-]+[_.@][\w.@+-]*\w)[ \t]*(?:/{1,2}|\|)[ \t]*"
    r"(?P<value>[^\s/\"'“”‘’»|]{6,40})"
    r"(?=[ \t]*(?:$|\n|[,;)]|[.!?](?:\s|$)|\p{Extended_Pictographic}|<-|←)|(?P<more>[ \t]+\p{L}))", regex.M)
# A pair that chat goes on after with no comma (`insta: kela_tiimi / Kesä2026 älkää hukatko`) is a log-in only under a
# label: a colon right before the name.
_PAIR_LABEL_RE = regex.compile(r":[ \t]*$")
# A Finnish case ending after a colon, as an abbreviation takes it (`PIN:ni on 4471`, `PIN:n`), before a copula.
_COLON_ENDING = r":\p{Ll}{1,4}(?=[ \t]+(?:on|o|oo|oli|onkin|onki)[ \t])"
# What may follow a year-shaped code given with no copula or colon (`pin 1979 :D`, `ovikoodina toimii 1979.`): the
# end of its clause or a smiley; a year followed by a word is a date (`PIN-koodi 2026 alkaen`).
_YEAR_CODE_END_RE = regex.compile(rf"[ \t]*(?:[.!?),]|{POINT}|$|\n|[:;]-?[DPp)(](?![\p{{L}}\p{{N}}]))")
# A copula and at most particles right before a value (`_copula_between`).
_COPULA_BEFORE_RE = regex.compile(
    rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{'|'.join(sorted(COPULAS - {'eli'}))})(?:[ \t]+(?:nyt|nu|now|taas|still|"
    r"edelleen|vieläkin|yhä|fortfarande|alltså|siis))*[ \t]*$")
# A code word in the essive, "as the code" (`ovikoodina toimii 1979`): the number after it is the code.
# A negation between a credential word and a told derivation: `koodi ei ole syntymävuosi`, `is not the year`.
_NEGATION_RE = regex.compile(r"(?i)(?<![\p{L}])(?:ei|eikä|not|isn[''’]?t|never|inte|ej|aldrig|koskaan)(?![\p{L}])")
# Where a told change goes: `loppuun`, `perään`, `på slutet`, `at the end`.
_PLACEMENT_RE = regex.compile(r"(?i)loppuun|perään|alkuun|eteen|lopussa|alussa|på|i|slutet|början|at|on|the|end|start")
# A "but" after a code goes on to another clause: `koodi o 4471 mut älä kerro`.
_BUT_AFTER_RE = regex.compile(r"(?i)[ \t]+(?:mut|mutta|men|but)(?![\p{L}])")
# A number with the case ending of an instrument: `4471:llä pääsee`, `pääsette sisään 4471:lla`.
_INSTRUMENT_AFTER_RE = regex.compile(r"(?i):?ll[aä](?![\p{L}])")
# A door named as where to go, its code right after it: the Finnish illative or allative (`porttiin 4471`,
# `takaovelle 3390`, `pyörävarastoon 5521`) or the Swedish `till` before it (`till porten 4471`). A genitive
# (`oven 2 puolta`) is no direction. Speech drops the illative's n (`rappuu 9134`).
# ... or goes on with the way: `4471 ja sitten`, `4471 then lift`, `4471 sen hissen`.
_CODE_THEN_RE = regex.compile(
    r"(?i)[ \t]+(?:ja|ja\s+sit(?:ten)?|sit|sitten|niin|nii|ni|so|and|then|och|sen|sedan|så)\b")
# ... or says when it opens the door: `9910 after 6pm`, `9910 klo 18 jälkeen`, `9910 efter kl 18`, `9910 iltaisin`.
_CODE_WHEN_RE = regex.compile(
    r"(?i)[ \t]+(?:after|before|from|until|till|efter|före|från|klo|kello|kl|iltaisin|aamuisin|öisin"
    r"|viikonloppuisin|evenings|weekends|på[ \t]+kvällarna|på[ \t]+helgerna)(?![\p{L}])")
_DIRECTION_RE = regex.compile(r"(?i)(?:([aeiouyäö])\1n?|h([aeiouyäö])\2n|seen|siin|lle)$")  # speech: `rappuu`
_TILL_BEFORE_RE = regex.compile(r"(?i)\btill[ \t]+$")
# What a door's number may begin its sentence with, so that `Gate 4471, then lift to three` or `Front door 2580`
# gives the code: nothing, a bullet or emoji, or one word (`Front`, `Back`, `Main`, `Piha-`).
_DOOR_HEAD_RE = regex.compile(r"(?:[^\p{L}\p{N}\n]*(?:\p{L}+[ \t-])?)?$")
_ESSIVE_RE = regex.compile(r"(?i)(?:na|nä)$")
# A pronoun and a copula before a password word that points back at a name told before it: `se on myös mun
# salasana`, `det är också vårt wifi-lösenord` (chat `de e oxå`), `which is also my password` (`_named_before`).
_BACKREF_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:(?:se|ne|tää|tämä|det|de|den|detta|it|that|which|this|joka|mikä|som)[ \t]+"
    r"(?:on|o|oo|ois|onkin|är|ä|e|var|is|was)|(?:it|that)[''’]s)[ \t]+(?P<mods>(?:[\p{L}''’-]+[ \t]+){0,4}?)$")
# What may close the clause after such a password word: two words at most (`joka paikkaan`, `till allt`), a chat
# particle.
_BACKREF_END_RE = regex.compile(
    rf"(?:[ \t]+\p{{L}}+){{0,2}}?(?:[ \t]+(?:lol|haha\w*|hah|xd|:D))?[ \t]*(?:[.,!?;)(]|$|\n|{POINT})")
# The name told before it: `koiran nimi on Musti`, `hunden heter Bamse`, `my dog is called Buddy`.
_NAMING_RE = regex.compile(
    r"(?i)(?<![\p{L}\p{N}])(?:nimi|nimeltään|nimeltä|heter|hette|heiter|named|called|name[ \t]+is|name[''’]s"
    r"|namn[ \t]+är)[ \t]+(?:(?:on|o|oo|oli|är|e|var|is|was)[ \t]+)?[\"“”'‘’«]?"
    r"(?P<value>[\p{L}\p{N}][\p{L}\p{N}!#$%&*+@_-]{2,30})(?![\p{L}\p{N}])")
# Words that join the words of a passphrase (`kahvia ja pullaa`, `kaffe och bulle`, `coffee and cake`).
_JOINING_WORDS = frozenset({"ja", "sekä", "och", "o", "å", "and", "&", "+", "plus"})
# A Finnish case of place or state on a password word: `salasanassa`, `salasanalla`, `salasanaksi` (not the
# essive: `salasana` itself ends so).
_PLACE_CASE_RE = regex.compile(r"(?i)(?:ss[aä]|st[aä]|ll[aä]|lt[aä]|lle|ksi)$")
# A chat particle closing a clause: `Kesä2026 on mun kaikkien tilien salasana lol`.
_CHAT_END_RE = regex.compile(rf"[ \t]+(?:lol|haha\w*|hah|xd|:D)[ \t]*(?:[.,!?;)(]|$|\n|{POINT})")
# A condition after a code opens a new clause: `saunan koodi 1975 jos tarviitte`, `koden 1975 om ni behöver`.
_IF_AFTER_RE = regex.compile(r"(?i)[ \t]+(?:jos|om|ifall|if)(?![\p{L}])")
# A pair of two words joined by a slash or a colon with no password word: `admin/admin`, `root:toor`, `user / pass123`
# (judged in `_default_pairs`). Neither half is part of a path, an address, a time, a file name or a compound
# (`admin/root-oikeudet`, `docs/ohjeet/uusi.pdf`, `14:30`).
DEFAULT_PAIR_RE = re.compile(
    r"(?<![\w./:@#\\-])(?P<name>[^\W\d_][\w.@-]{0,29}?)(?P<sep>[ \t]*/[ \t]*|:)"
    r"(?P<value>[\w!#$%&*+@-]{3,40})(?![\w/@\\]|[.:-]\w|[ \t]+-[^\W\d_])")
# What a value `_around_words` finds must hold: four digits, a letter by a digit, grouped digits or a double quote.
VALUE_HINT_RE = re.compile(r"\d{4}|[^\W\d_][!#$%&*+@.-]?\d|\d[^\W\d_]|\d\d?[- ]\d\d?[- ]?\d|[\"“”«»]")
# What every BARE_PAIR_RE match holds, for the standard `re` to test first: a handle's inner mark and a slash or bar.
BARE_PAIR_GATE = re.compile(r"\w[_.@][\w.@+-]*[ \t]*[/|]{1,2}[ \t]*[^\s/|]{6}")
# The numbers `_access` may take, for a cheap test in Python first: 4-8 digits alone, or digits in dashed pairs.
KEYPAD_NUMBER_RE = re.compile(r"(?<!\d)(\d{4,8})(?!\d)|\d-\d|\d \d \d \d")
# A year-shaped number might still be a new code (`_becomes`): a translative or `till`/`to` before it, `:ksi` after.
NEW_VALUE_HINT_RE = re.compile(r"(?i)ksi?\b|\b(?:till|ti|to|into)\s+\d{4}|(?:→|->)\s*\d{4}|\d{4}:?ksi?\b")
# A number that might be a code: cheap test before the access-sentence scan.
CODE_NUMBER_RE = regex.compile(r"\d{4}|\d-\d|\d \d \d \d")

# Small patterns of the value checks, compiled once (not looked up in regex's cache on every call).
_WORDS_RE = regex.compile(r"\p{L}+")
_WORDS_APOSTROPHE_RE = regex.compile(r"[\p{L}'’]+")
_LABEL_RE = regex.compile(r"[^\s:]*:")  # `tunnus:` between a word and its value
_SERVICE_SUFFIX_RE = regex.compile(r"-\p{Ll}{3,}$")  # `OmaKela2026-palvelussa` names a service
_OPTION_AFTER_RE = regex.compile(r"[ \t]+-\p{L}")
_NEXT_WORD_RE = regex.compile(r"[ \t]+(\p{L}+)")
_NEXT_WORD_OPTIONAL_SPACE_RE = regex.compile(r"[ \t]*(\p{L}+)")
_NAME_SIGNS_RE = regex.compile(r"[_.@\d]")
_DATE_OR_NUMBER_RE = regex.compile(r"\d[./-]\d|^\d|\d{4}-\d")
_DOMAIN_END_RE = regex.compile(r"\.\p{L}{2,4}$")
_DECIMAL_RE = regex.compile(r"\d\.\d")
_NETWORK_NAME_SIGNS_RE = regex.compile(r"[\p{Lu}\d_-]")
_PREPOSITION_AFTER_RE = regex.compile(r"[ \t]+(?:till|ti|för|på|åt|to|for|of|on)[ \t]")
_DIGIT_RE = regex.compile(r"\p{N}")
TRAILING = ".,;:!?)]}"


def entropy(text: str) -> float:
    """Shannon entropy in bits per character."""
    counts = Counter(text)
    return -sum(n / len(text) * math.log2(n / len(text)) for n in counts.values())


def _classes(text: str) -> int:
    return sum((any(c.islower() for c in text), any(c.isupper() for c in text), any(c.isdigit() for c in text)))


def _switches(text: str) -> int:
    """How often the text switches between letters and digits (random tokens switch often)."""
    kinds = ["d" if c.isdigit() else "l" if c.isalpha() else "s" for c in text]
    return sum(a != b for a, b in itertools.pairwise(kinds))


def _code_digits(value: str) -> bool:
    """4-8 digits in all, however grouped."""
    return 4 <= sum(c.isdigit() for c in value) <= 8


def _code_items(value: str) -> bool:
    """Dashed codes as a service prints them: every item two groups of one length, and no year range."""
    for item in regex.split(r"[ \t]*[,;/\n][ \t]*(?:(?:ja|och|and)[ \t]+)?|[ \t]+(?:ja|och|and)[ \t]+", value.strip()):
        groups = regex.split(r"[- ]", item)
        if len(groups) != 2 or len(groups[0]) != len(groups[1]) or all(
                g.isdigit() and len(g) == 4 and g[:2] in ("19", "20") for g in groups):
            return False
    return True


def _clock(value: str) -> bool:
    """A time of day on the hour or quarter (`0800`, `1730`): when a door opens, not how."""
    return len(value) == 4 and value.isdecimal() and int(value[:2]) < 24 and value[2:] in ("00", "15", "30", "45")


def _may_be_code(text: str) -> bool:
    """Whether a number of the text could be a keypad code for `_access`: not every one a year or an hour."""
    for m in KEYPAD_NUMBER_RE.finditer(text):
        digits = m.group(1)
        if digits is None or not (len(digits) == 4 and (1900 <= int(digits) <= 2099 or _clock(digits))):
            return True
        if NEW_VALUE_HINT_RE.search(text[max(0, m.start() - 40):m.end() + 4]):
            return True  # `förrådskoden byttes till 1989`, `saunakoodiks vaihtu 1928`: `_becomes` decides
    return False


def _any_of(words: list[str], pack: PackContext) -> regex.Pattern[str] | None:
    """A case-blind pattern for any one of a pack's words, compiled on first use; None for an empty list."""
    return compile_pattern(rf"(?i)(?:{_alternation(words)})", 0, pack) if words else None


def _alternation(words: list[str], ending: str = r"\w*") -> str:
    r"""List entries as one regex alternation: `salasana*` takes any ending, `pin-koodi` also `pin koodi`, and a
    leading `*` any compound head (`*salasana*`: `nettisalasana`, `kotiverkon-salasanan`). `ending` is what a `*`
    stands for: a short one (`\w{0,4}`) takes case endings but no compound tail (`salasanan`, not
    `salasanakampanja`)."""
    parts = []
    for word in sorted({w.lower() for w in words}, key=lambda w: (-len(w), w)):
        star, head = word.endswith("*"), word.startswith("*") and len(word) > 1
        pieces = [regex.escape(p) for p in regex.split(r"[- _]", word.strip("*"))]
        parts.append((r"\p{L}+-?" if head else "") + r"[-_ ]?".join(pieces) + (ending if star else ""))
    return "|".join(parts) or r"(?!x)x"


#: Finnish case endings that speech shortens: the vowel of a local case dropped, its consonant single
#: (`käänteisessä` -> `käänteises`, `isolla` -> `isol`), and the n of a long-vowel illative (`kahteen` -> `kahtee`).
_SPOKEN_ENDINGS = ((regex.compile(r"(s|l)\1([aä])$"), r"\1\1?\2?"), (regex.compile(r"(st|lt)([aä])$"), r"\1\2?"),
                   (regex.compile(r"(aa|ee|ii|oo|uu|yy|ää|öö)n$"), r"\1n?"))


def _spoken_ending(word: str) -> str:
    """A listed word's case ending as a pattern that also takes its spoken shortening (`isolla`: `isol`)."""
    for pattern, spoken in _SPOKEN_ENDINGS:
        if pattern.search(word):
            return pattern.sub(spoken, word)
    return word


def _words(params: Mapping[str, Any], pack: PackContext, key: str) -> list[str]:
    """The entries of the list files a parameter names."""
    words: list[str] = []
    for i, relative in enumerate(params.get(key, [])):
        words += pack.read_list(relative, f"{key}[{i}]")
    return words


def _value(m: regex.Match[str]) -> tuple[str, int, int]:
    """A keyword pattern's `value` group without trailing punctuation, and where it stands."""
    value = m.group("value").rstrip(TRAILING)
    return value, m.start("value"), m.start("value") + len(value)


#: Keyword patterns that open with a credential, code, user or network word after `(?<![\p{L}\p{N}])`: matched only
#: where `credential_word_re` begins (`_scan`). Exact for any pattern whose opening words are some of
#: `credential_word_re`'s (same lookbehind, same `_alternation` strings): it can begin nowhere else. `pair_re`,
#: `late_strong_re`, `network_re`, `bare_key_re` and `generic_code_re` were scanned over every post that held one
#: of their words anywhere: a quarter of the rule's instructions on the posts-dev drafts.
WORD_LED = frozenset({"keyword_re", "code_list_re", "late_code_re", "late_colon_code_re", "late_value_re",
                      "user_pass_re", "composed_re", "spaced_re", "set_word_re", "late_plain_re",
                      "foreign_plain_re", "spelled_code_re", "pair_re", "late_strong_re", "network_re",
                      "bare_key_re", "generic_code_re"})
#: Word classes of voikko that name a person or a place: such a word after a Swedish or English password word may be
#: the password (`lösenordet är björk`).
_NAME_CLASSES = frozenset({"etunimi", "sukunimi", "paikannimi", "nimi", "erisnimi"})


class Defined:
    """Sub-patterns written once in a `(?(DEFINE)...)` block and called by name (`(?&name)`) wherever a pattern
    needs them: a long word alternation pasted into every place it is used made the derivation patterns tens of
    thousands of characters, most of a cold batch's compile time. The literal reader knows no DEFINE, so `gate`
    writes the bodies back in for a pattern's literal prefilter."""

    def __init__(self, inline: tuple[str, ...] = (), **bodies: str) -> None:
        self.bodies, self.inline = bodies, frozenset(inline)
        self.block = "(?(DEFINE)" + "".join(
            f"(?P<{name}>{body})" for name, body in bodies.items() if name not in self.inline) + ")"

    @staticmethod
    def call(name: str) -> str:
        return f"(?&{name})"

    def expand(self, source: str) -> str:
        """The source with the calls of the `inline` bodies replaced by the bodies: a call is slower to match than
        the words written out, which the engine searches as a set, so a body the search starts from is pasted in."""
        for name in self.inline:
            source = source.replace(self.call(name), f"(?:{self.bodies[name]})")
        return source

    def gate(self, source: str) -> str:
        """The source with the block removed and every call replaced by its body."""
        source = source.replace(self.block, "")
        for name, body in self.bodies.items():
            source = source.replace(self.call(name), f"(?:{body})")
        return source


def _source(pattern: Any) -> str:
    """A pattern's source, compiled or not (a pack verified compiles its patterns at once)."""
    return pattern.source if isinstance(pattern, LazyPattern) else pattern.pattern


def _gaps(words: list[str]) -> int:
    """The most blanks a listed word may hold: one between each two of its pieces (`wi fi key`: two)."""
    return max((len(regex.split(r"[- _]", w.strip("*"))) - 1 for w in words), default=0)


def _bound(alternation: str) -> str:
    return rf"(?<![\p{{L}}\p{{N}}])(?:{alternation})(?![\p{{L}}\p{{N}}])"


class Numerals:
    """Numbers written in words, read from a pack's list of numeral parts (`kaksi 2`, `kymmentä *10`, `toista +10`):
    `kaksituhattakahdeksan` is 2008, `tuhat kaksisataa` 1200, `nittonhundraåttiofyra` 1984, and parts that do not add
    up are read one after the other, as a code is read out (`nelkytkaks kakskytneljä` is 4224, `nineteen eighty-four`
    1984, `yks nolla` 10)."""

    def __init__(self, entries: list[str]) -> None:
        self.parts: dict[str, tuple[str, int]] = {}
        for entry in entries:
            word, _, value = entry.partition(" ")
            value = value.strip()
            kind = value[:1] if value[:1] in "*+" else "="
            self.parts[word.lower()] = (kind, int(value.lstrip("*+")))
        alternation = "|".join(regex.escape(w) for w in sorted(self.parts, key=lambda w: (-len(w), w)))
        #: One word made of numeral parts only, as a pattern piece (`kaksituhattakahdeksan`, `eighty`).
        self.word = rf"(?:{alternation})+(?![\p{{L}}\p{{N}}])"
        self._split = regex.compile(rf"(?i)(?:({alternation}))+")

    def read(self, text: str) -> tuple[str, int, bool] | None:
        """The digits a run of numeral words stands for, how many parts it has, and whether it ends in a multiplier
        (`kaksituhatta` counts, it is no code); None when a word is no numeral."""
        numbers: list[int] = []
        current: int | None = None  # the number being built, while parts add up
        count, multiplied = 0, False
        for word in regex.split(r"[ \t,-]+", text.strip()):
            if word.lower() == "and":
                continue  # `two hundred and ten`
            m = self._split.fullmatch(word)
            if m is None:
                return None
            for part in m.captures(1):
                kind, value = self.parts[part.lower()]
                count += 1
                multiplied = kind == "*"
                if kind == "=":
                    zeros = len(str(current)) - len(str(current).rstrip("0")) if current else 0
                    if current and 0 < value < 10 ** zeros:
                        current += value  # `tuhat` + `kaksi`, `åttio` + `fyra`
                    else:
                        if current is not None:
                            numbers.append(current)
                        current = value
                elif current is None:
                    current = value  # `sata`, `tuhat` alone
                elif kind == "+":
                    current += 10  # `yksi` + `toista`
                else:
                    below = current % value
                    current = current + value if below == 0 else current - below + below * value
        if current is not None:
            numbers.append(current)
        return "".join(str(n) for n in numbers), count, multiplied


class CredentialsCheck(Check):
    kind = "credentials"
    needs = frozenset({"lemmas"})
    placeholders = frozenset({"what"})

    def __init__(self, params: Mapping[str, Any], pack: PackContext) -> None:
        super().__init__(params, pack)
        self.prefixed = [(what, regex.compile(p)) for what, p in PREFIXED] if params.get("prefixed", True) else []
        self._prefixed_gates = PrefilterGroup([Prefilter.of(p.pattern) for _, p in self.prefixed])
        self.keywords = params.get("keywords", True)
        self.min_entropy = params.get("min_entropy", 4.0)
        self.min_token_length = params.get("min_token_length", 24)
        self.high_entropy = params.get("high_entropy", True)
        keyword_lists = {key: _words(params, pack, key)
                         for key in ("password_words", "code_words", "user_words", "bare_code_words", "network_words")}
        # How a sentence tells someone to get in (`ovi aukee`, `går upp`, `punch in`), what makes a number no code
        # (`puhelinnumero`, `huone`), and the small words that may follow a code (`jos`, `if`): pack data.
        entry = _alternation(_words(params, pack, "entry_words"))
        self._after_ok = {w.lower() for w in _words(params, pack, "function_words")}
        # Every keyword pattern needs one of these words; most posts have none, and a substring test per word
        # on the case-folded text is far cheaper than seven pattern scans. (An entry's first piece: `pin` of
        # `pin-koodi`, which also matches `pinkoodi` and `pin koodi`.)
        self._triggers = tuple({piece for words in keyword_lists.values() for w in words
                                for piece in [regex.split(r"[- _]", w.lower().strip("*"))[0].casefold()]})
        # The same test through the shared literal automaton: one read of the post for all the words.
        self._trigger_gate = Prefilter((tuple(sorted(self._triggers)),) if "" not in self._triggers else ())
        pw = _alternation(keyword_lists["password_words"])
        code = _alternation(keyword_lists["code_words"])
        # A door word may end a compound (`bakdörren`, `sivuovelle`, `etuovesta`), whose head has three letters or
        # more, and it ends the word: `port` is not a door inside `raportista`, nor `ovi` inside `kovin`.
        door_words = _alternation(_words(params, pack, 'door_words'))
        doors = rf"(?:\p{{L}}{{3,}}-?)?(?:{door_words})(?![\p{{L}}\p{{N}}])"
        def lazy(source: str) -> regex.Pattern[str]:  # used only behind the keyword test: compiled on first need
            return compile_pattern(source, 0, pack)

        self._gates: dict[str, Prefilter] = {}
        self._gate_sources: dict[str, str] = {}  # a pattern's source as its literal gate reads it, where it differs
        self.entry = lazy(rf"(?i){_bound(entry)}")
        # A chat tail after a value that answers its own question: `Ovikoodi? 4471 niinku ennenki` (`_answered`).
        answer_tail = _words(params, pack, "answer_tail_words")
        self.answer_tail_re = lazy(
            rf"(?i)[.!,]?[ \t]+(?:{_alternation(answer_tail)})(?![\p{{L}}\p{{N}}])[ \t]*(?:[.,!?)]|{POINT}|$|\n)"
        ) if answer_tail else None
        self.code_context = lazy(rf"(?i){_bound(_alternation(_words(params, pack, 'code_context_words')))}")
        self.not_code = lazy(rf"(?i){_bound(_alternation(_words(params, pack, 'number_words')))}")
        # A bare code word ending a compound door word: `förrådskoden`, `saunakoodi`, `mökkikoodin`.
        self.code_tail = lazy(
            rf"(?i)(?:{_alternation(keyword_lists['bare_code_words'])})(?![\p{{L}}\p{{N}}])")
        # The same words ending a compound door word: `kokoushuone on 4012` gives a room's number, not its code.
        self.not_code_tail = lazy(
            rf"(?i)(?:{_alternation(_words(params, pack, 'number_words'))})(?![\p{{L}}\p{{N}}])")
        self.doors = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{doors})")
        # A lock word right before the digits gives its code (`pyöräkellarin lukko 4471`).
        locks = _words(params, pack, "lock_words")
        self.lock_end = lazy(rf"(?i)(?:{_alternation(locks)})$") if locks else None
        # A way in (not a room or a building) that opens its sentence with a number after it: `Gate 4471, then ...`.
        gates = _words(params, pack, "gate_words")
        self.gate_end = lazy(rf"(?i)(?:{_alternation(gates)})$") if gates else None
        # The code first, a verb of working or opening, then the door: `4471 funkar på porten`, `4471# toimii
        # takaovessa`.
        self.access_before_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}.,:/#-]){ACCESS_VALUE}[ \t]+{_bound(entry)}"
            rf"(?P<between>(?:[ \t]+[\p{{L}}''’-]+){{0,2}}?)[ \t]+(?:{doors})")
        # The other word order: an entry verb, the code, then the door: `slå 6640 på dörren`, `näppäile 6640 ovelle`.
        self.access_after_re = lazy(
            rf"(?i){_bound(entry)}[ \t]+{ACCESS_VALUE}(?P<between>(?:[ \t]+[\p{{L}}''’-]+){{0,3}}?)[ \t]+"
            rf"(?:{doors})")
        # An example word, but not a part of an address: `example.com`, `@example` name a domain, not a sample.
        # An example word right before a keyword: `heikko salasana: Kesä2025`, `bad password: Summer2025`.
        self.example_before = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(_words(params, pack, 'example_words'))})[ \t]+$")
        self.examples = lazy(rf"(?i)(?<![@.]){_bound(_alternation(_words(params, pack, 'example_words')))}"
                             r"(?!\.\p{L})")
        users = _alternation(keyword_lists["user_words"])
        # A network or a key emoji before a value: `wifi: Kahvi2024!`, `🔑 Pulla#77`. A network name may follow
        # too, so the value must look strong (`_network_value`).
        network = keyword_lists["network_words"]
        self.network_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(network)}){AFTER_WORD}"
            rf"[ \t]*{SEP}?[ \t]*(?:{POINT}[ \t]*)?{QUOTE_OPEN}{VALUE}") if network else None
        bare = _alternation(keyword_lists["bare_code_words"])
        # A bare `koodi`/`koden`/`code` before digits: judged in `_door_codes`.
        self.generic_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{bare})(?![\p{{L}}\p{{N}}])(?P<between>{GAP})"
            rf"[ \t]*(?:(?P<colon>:)|{SEP}|(?P<comma>,))?[ \t]*(?:(?:nyt|nu|now)[ \t]+)?(?:{POINT}[ \t]*)?{CODE_VALUE}"
            r"(?![\p{L}\p{N}]|[.,:]\d|[ -]\d)")
        # Words that ask readers to keep what is told to themselves (`älkää kertoko kellekään`, `🤫`): a bare code word
        # and digits in such a sentence are a secret code, no door named.
        hush = _words(params, pack, "hush_words")
        self.hush = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(hush)})") if hush else None
        # A device or a till that owns a bare code word, right before it or between it and the digits: `puhelimen koodi
        # on 1234`, `koodi koneelle on 1234`, `telefonens kod är 1234` (`_door_codes`).
        devices = _words(params, pack, "device_words")
        self.device_before = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(devices)})[ \t]+$") if devices else None
        self.device = lazy(rf"(?i){_bound(_alternation(devices))}") if devices else None
        # A service or a device right before a bare code word whose value looks strong: in speech the account's
        # password is its code (`Netflixin koodi: Leffa2031`, `mun instan koodi on kissa123`; `bare_key_re`).
        owners_of_codes = _words(params, pack, "service_words") + devices
        self.code_owner_before = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(owners_of_codes)})[ \t]+$") if owners_of_codes else None
        same = _words(params, pack, "same_words")
        self.same_word = lazy(rf"(?i){_bound(_alternation(same))}") if same else None
        # A code word as the label of a list of places and codes: `Koodit: ulko-ovi 1234, varasto 5678`,
        # `Ovikoodit 👇` / `sauna 9012` (`_access`: a place and digits after it are a code).
        self.code_label = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{code}|{bare})(?![\p{{L}}\p{{N}}])[ \t]*(?:{POINT}[ \t]*)?(?::|{POINT}|\n)")
        # What makes a year-shaped number a new code, not a year (`_becomes`): a code word in the translative
        # (`koodiks vaihtu 1928`, `ovikoodiksi tuli 2019`), or a verb of change and `till`/`to` or `:ksi` at the
        # number (`koden ändrades till 1984`, `code changed to 1987`, `vaihtui 1995:ksi`).
        self.translative_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{code}|{bare})(?<=ks|ksi|kse)(?![\p{{L}}\p{{N}}])")
        change = _words(params, pack, "change_words")
        self.change_re = lazy(rf"(?i){_bound(_alternation(change))}") if change else None
        # A keyword and its value: `salasana: Kesä2024!`, the code words first (`kertakäyttösalasana` is one, though
        # `*salasana*` takes it too), `PIN-koodi on 4821`, `password=hunter2`; after a colon the
        # value may start the next line.
        # Where a keyword pattern that opens with its word may begin (`WORD_LED`): a credential, code, user or
        # network word, its start bounded. Found through its literals, as `_starts` tells; the patterns are then
        # matched there only, not scanned over each post that merely holds `pin`, `kod` or `pass` inside a word.
        # A network's own key words open `bare_key_re` (`Guest wifi: Fika, key Bulle2025`), so they begin here too.
        net_keys = _words(params, pack, "network_key_words")
        bare_keys = bare + ("|" + _alternation(net_keys) if net_keys else "")
        self.credential_word_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{code}|{pw}|{bare_keys}|{users}|{_alternation(network)})")
        self._word_blanks: dict[str, int] = {"credential_word_re": _gaps(
            [w for words in keyword_lists.values() for w in words] + net_keys)}
        self.keyword_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:(?P<code>{code})|(?P<pw>{pw}))(?P<ending>{_COLON_ENDING})?{AFTER_WORD}"
            rf"[ \t]*{SEP}?[ \t]*(?:{POINT}[ \t]*)?(?:(?<=:[ \t]*)\n[ \t]*)?{VALUE_OPEN}{VALUE}")
        # A passphrase in quotes right after a password word, ending its clause: `wifin salasana on "kahvia ja
        # pullaa"` (`salasana – "pitkä on parempi" sanoo IT` quotes a saying). Matched after a `cred_word_re` word.
        self.passphrase_tail_re = lazy(
            rf"[ \t]*{SEP}?[ \t]*"
            r"[\"“”«'‘’](?P<value>[^\"“”»'‘’\n\s][^\"“”»'‘’\n]{2,58}[^\"“”»'‘’\n\s])[\"“”»'‘’]"
            rf"(?=[ \t]*(?:$|\n|[,.;!?)(]|{POINT}))")  # `(` opens an aside: `'kanelbulle' (utan fnuttar)`
        # A label alone on its line and the value alone on the next: `Salasana\nPulla2025`, `📶 Wifi:\nKanel77`; blank
        # lines or lines of dots between, as Instagram spaces a post (`Ovikoodi` / `.` / `.` / `4471`).
        self.label_line_re = lazy(
            rf"(?im)^[ \t]*(?:{POINT}[ \t]*)?(?:(?P<code>{code}|{bare})|(?P<pw>{pw})|(?P<net>{_alternation(network)}))"
            rf"[ \t]*[:=]?[ \t]*(?:{POINT}[ \t]*)?\n(?:[ \t]*[.·•…]*[ \t]*\n){{0,4}}[ \t]*{QUOTE_OPEN}"
            r"(?P<value>[^\s\"'“”‘’»]{3,80})[ \t]*$")
        # A door, gate, box or printer and a keypad code in one sentence: `Takaovesta pääsee ku näppäilee 7788`,
        # `Dörren går upp med 4455#`, `door's 2468`, `🚪 4471`. Judged in `_access`.
        self.access_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{doors})(?P<between>{GAP})[ \t]*"
            rf"(?:(?P<sep>[:=]|[''’]s\b)[ \t]*|,[ \t]*)?{ACCESS_VALUE}")
        # A colon or "eli" further on in the clause: `salasana on sama kuin ennenkin: kela123`, `tunnukset: matti /
        # Kesä2024`, `salasana on toimiston nimi ja vuosi, eli Kalasatama2025`; the user name may stand before the
        # password with a blank only, when the password has digits and ends the line or clause:
        # `Inloggningsuppgifter: gäst Gäst2025!`.
        # ... or the value alone in brackets after what is said of it: `salasana: sama kuin ennen (Kissa2026)`.
        self.late_value_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{pw}|{users})(?![\p{{L}}\p{{N}}])(?::(?=[ \t]*\p{{L}}))?"
            rf"[^\n:=.!?]{{0,80}}(?:[:=]|\b(?:eli|elikkä|siis|alltså|dvs|i\.e\.)(?![\p{{L}}])|{BRACKETED})[ \t]*"
            rf"(?:[^\s/&+]+[ \t]*[/&+][ \t]*|[^\s/:=]{{2,40}}[ \t]+"
            rf"(?=[^\s\"'“”‘’»]*\d[^\s\"'“”‘’»]*[ \t]*(?:\n|$|[,;)]|\p{{Extended_Pictographic}})))?{QUOTE_OPEN}{VALUE}")
        # A bare `koodi`/`kod`/`code` and a strong value in a sentence that names a network: the Wi-Fi key
        # (`wifi: Fika, kod: Bulle2025`, `nätet heter Fika och koden e Bulle2025`).
        # A network's own key words count the same there (`Guest wifi: Fika, key Bulle2025`, `passphrase ...`):
        # alone, `key` is too common a word to be a password word.
        self.bare_key_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{bare_keys})(?![\p{{L}}\p{{N}}])[ \t]*{SEP}?[ \t]*(?:{POINT}[ \t]*)?"
            rf"{VALUE_OPEN}{VALUE}") if network else None
        # A network word and the network's name just before a key emoji (`📶 KahviNet 🔑`, `wifi: Kahvi-Guest |`).
        self.network_named_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(network)})(?![\p{{L}}\p{{N}}])[ \t]*[:=]?[ \t]*"
            rf"(?:{POINT}[ \t]*)?(?P<name>[^\s|,/;]+)[ \t]*(?:[|,/;–-][ \t]*|\n[ \t]*)?(?:\p{{L}}+[ \t]*)?$"
        ) if network else None
        self.network_word = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(network)})(?![\p{{L}}\p{{N}}])") if network else None
        # A code word and, after a colon or "eli" ("that is") later in its clause, the digits: `ovikoodi sama ku ennen
        # mut lopussa 9: 24689`, `ovikoodi: sama ku viimeks eli 4411`.
        # The code alone in brackets the same way (`porttikoodi: sama kuin ennen (2211)`); a bare `koodi` owned by a
        # door after it or before it (`koodi meidän takaoveen on sama ku viime vuonna, eli 1122`, `varaston koodi:`).
        self.late_colon_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{code}|(?:{bare})(?=[ \t]+(?:\p{{L}}+[ \t]+)?{doors})"
            rf"|(?<=(?<![\p{{L}}\p{{N}}]){doors}[ \t]+)(?:{bare}))(?![\p{{L}}\p{{N}}])"
            rf"(?::(?=[ \t]*\p{{L}}))?[^\n.!?:(]{{0,60}}"
            rf"(?::|\b(?:eli|elikkä|siis|alltså|dvs|i\.e\.)(?![\p{{L}}])|{BRACKETED})[ \t]*{CODE_VALUE}"
            r"(?![\p{L}\p{N}]|[.,:]\d|[ -]\d)")
        # A user name and a strong password joined by a slash further on, on the same line or the next:
        # `Yhteinen Canva-tili 🎨 tiimi@example.com / Canva2025!`, `tunnarit testiin 👇\ntestaaja / Testi123!`; or a
        # log-in label line with the name and the password on the two lines under it.
        # A network and its key the same way: `Guest wifi is OfficeGuest / Welcome2026`.
        self.pair_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{users}|{pw}|{_alternation(network)})(?![\p{{L}}\p{{N}}])[^\n/]{{0,60}}?"
            rf"(?:[ \t]*:?[ \t]*\n[ \t]*)?(?<![\w.@+-])[\w.@+-]{{3,40}}[ \t]*(?:/|\n)[ \t]*"
            rf"{QUOTE_OPEN}{VALUE}[ \t]*(?=$|\n|[ \t])")
        # The code first and its name last in the clause: `3386 on ovikoodi`, `4471# on takaoven koodi`,
        # `7731 är pinkoden`, `4471 = ovikoodi`.
        self.reverse_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}.,:/-])[\"“”«]?(?P<value>\d{{4,8}}[#*]?|\d(?:-\d){{3,7}}[#*]?)[\"“”»]?"
            r"(?:[ \t]+(?:on|o|oli|är|e|var|is|was)[ \t]+|[ \t]*(?:=|<-|←)[ \t]*|[ \t]*\([ \t]*|[ \t]+(?=\p{L}))"
            rf"(?:\p{{L}}+[ \t]+){{0,2}}?(?:(?P<word>{code})|(?:{doors})[ \t]+(?:{bare}))"
            rf"(?=[ \t]*(?:[.,!?;)]|$|\n|{POINT}))")
        # A credential word and its value in the next short sentence (`ovikoodi vaihtui. Uusi on 4471`, `salis?
        # Pulla2025 😂`, `mikä se salasana oli... ai niin Pulla2025`), and a password before its name (`Pulla2025 on
        # uus salis`). The words take case endings only (SHORT_ENDING): `salasanakampanja` names no password. A line
        # break ends a sentence too, and up to two short lines may stand between, as one phrase a line is written
        # (`ovikoodi` / `vaihtu` / `taas` / `4471`, `ovikoodi vaihtu` / `2/2` / `uus on 4471`).
        short = SHORT_ENDING
        pw_short = _alternation(keyword_lists["password_words"] + network, short)
        code_short = _alternation(keyword_lists["code_words"], short)
        pointer = _alternation(_words(params, pack, "pointer_words"))
        copula = "|".join(sorted(COPULAS))
        # Found once, the credential words anchor the three searches after and before them (cheaper than three
        # scans of the whole post): the next sentence, a quoted passphrase, a password before its name. A bare
        # `koodi`/`kod` is a whole word (`kod` begins `kodin`, home), and its value counts only with a door or place
        # before it or in its sentence (`Saunan koodi vaihtu. Uus o 4082`).
        self.cred_word_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:(?P<code>{code_short})|(?P<pw>{pw_short})|(?P<bare>{bare}))"
            rf"{AFTER_WORD}")
        # The automata of the word patterns' literals (built on first need) and the last post's starts (`_starts`).
        self._word_literals: dict[str, ahocorasick_rs.AhoCorasick | bool] = {}
        self._found_starts: dict[str, tuple[Document, list[int]]] = {}
        self.next_tail_re = lazy(
            # (a colon ends the first part too: `salasana vaihdettu: uusi on Pulla2025`)
            rf"(?i)(?P<rest>[^\n.!?…]{{0,60}}?)(?:(?:[.!?]+|…|:(?=[ \t]))[ \t]*\n?"
            rf"|[ \t]*(?:{POINT}[ \t]*)?(?P<lines>\n(?:[ \t]*[^\n.!?…]{{0,24}}\n){{0,2}})"
            # ... or a clause joined on that points back with a pronoun and a copula: `pin on 4 numeroa ja ne on
            # 2 0 0 8`, `lösenordet byttes och det e nu ...`, `the pw is on a post-it but it's ...`
            rf"|[ \t]*,?[ \t]+(?:ja|och|o|å|and|mut|mutta|men|but)[ \t]+"
            rf"(?=(?:se|ne|den|det|de|it|they)[ \t]+(?:{copula})[ \t]|it[''’]?s[ \t]))[ \t]*"
            rf"(?P<lead>(?:(?:{pointer})(?![\p{{L}}])[ \t]*|it(?=s[ \t])){{0,3}}?"
            rf"(?P<cop>(?:{copula})[ \t]+(?:(?:nyt|nu|now|taas|still|edelleen|fortfarande)[ \t]+)?|[:=][ \t]*"
            rf"|(?<=it)s[ \t]+|[''’]s[ \t]+)|(?:(?:{pointer})[ \t]+){{0,3}})"
            rf"(?:{POINT}[ \t]*)?{VALUE_OPEN}"
            r"(?P<value>\d{1,3}(?:[- ]\d{1,3}){1,5}[#*]?(?![\p{L}\p{N}]|[.,:]\d)|[^\s\"'“”‘’»]{3,80})"
        ) if pointer else None
        # Plain words after a password word and a colon or a copula, closing the clause: a passphrase
        # (`wifin salasana on kahvia ja pullaa`, `salis on kaksi kissaa ja koira`; judged in `_passphrases`).
        self.passphrase_plain_re = lazy(
            r"(?i)[ \t]*(?P<sep>[:=]|(?:on|o|oo|oli|är|ä|e|var|blir|is|was|are)(?=[ \t]))[ \t]*"
            r"(?:(?:nyt|nu|now|siis|edelleen|still|fortfarande)[ \t]+)?"
            r"(?P<value>[\p{L}&+]+(?:[ \t]+[\p{L}&+]+){1,4})"
            rf"(?=[ \t]*(?:[.,!?;)(]|$|\n|{POINT}))")
        self.reverse_head_re = lazy(
            rf"(?im)(?:^|(?<=[.!?…][ \t]+))[ \t]*{VALUE_OPEN}(?P<value>[^\s\"'“”‘’»(]{{6,80}}?)[\"'“”‘’»]?[ \t]*"
            rf"(?:(?:{copula})[ \t]+(?:\p{{L}}+[ \t]+){{0,4}}?|=[ \t]*|<-[ \t]*|←[ \t]*|\([ \t]*)$")
        # A log-in or password label on its own line and a list under it, one account a line: `Tunnarit 👇` /
        # `Insta tiimi_some / Pulla2025` / `FB tiimi.fb / Pulla2026`, `Salasanat:` / `- insta: Pulla2025`. Each line
        # is judged by `_block_items` (ITEM_RE): under a log-in label a line needs `name / password`.
        self.label_block_re = lazy(
            rf"(?im)^[ \t]*(?:{POINT}[ \t]*)?(?:\p{{L}}+[ \t]+){{0,3}}?"
            rf"(?:(?P<pw>{pw}|{_alternation(network)})|(?P<user>{users}))(?![\p{{L}}\p{{N}}])"
            rf"(?:[ \t]+\p{{L}}+){{0,5}}[ \t]*:?[ \t]*(?:{POINT}[ \t]*)?\n"
            r"(?P<block>(?:[ \t]*\S[^\n]*(?:\n|$)){1,8})")
        # A password word, a few words, a copula, then the value: `Lösenordet till kontot är nu FPA2024!`; or a
        # strong-looking word anywhere later in the clause: `salasana on lapussa näytön reunassa, Kesä2024!`.
        self.late_strong_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{pw})(?![\p{{L}}\p{{N}}])"
            r"(?:(?!\b(?:ja|sekä|mutta|koska|että|kun|och|men|samt|eftersom|and|but|because|while)\b)"
            r"(?:[^\n.!?:=]|(?<=\w):(?=\p{Ll}{1,3}(?![\p{L}\p{N}])))){0,80}?"
            r"(?<![\p{L}\p{N}])"
            r"(?P<value>(?=[\p{L}\p{N}!#$%&*+@_-]*\d)(?=[\p{L}\p{N}!#$%&*+@_-]*\p{L})"
            r"[\p{L}\p{N}][\p{L}\p{N}!#$%&*+@_-]{5,40})")
        # A user name and a password side by side: `tunnus ryhma_7 / Pihlaja2026!`, also after `//`, `|`,
        # `;`, ` - ` or a blank (`tunnukset on kela_tiimi Pulla2025`: then the name looks like a handle and the
        # password ends the clause).
        # In the pair, a shortened password word names the password too: `käyttäjä tiina.k ja sana Kissa2026`.
        pair_pw = _alternation(keyword_lists["password_words"] + _words(params, pack, "pair_password_words"))
        self.user_pass_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{users})(?![\p{{L}}\p{{N}}])[ \t:]+(?:\p{{L}}+[ \t]+)?"
            r"(?P<name>[\w.@+-]{3,40})(?:(?P<slash>[ \t]*//?[ \t]*)|(?P<joined>[ \t]*[,&+;|][ \t]*|[ \t]+[-–][ \t]+"
            r"|[ \t]+(?:ja|sekä|and|och|plus)[ \t]+|(?P<space>[ \t]+))"
            rf"(?:(?:{pair_pw})(?![\p{{L}}\p{{N}}])[ \t]*{SEP}?[ \t]*)?)" + VALUE)
        # A code word, a few words, then the digits: `Kirjautumiskoodi tekstiviestinä oli 482913`,
        # `the back gate code for today is 5820`, `ovikoodi on 2580#`.
        self.late_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<word>{code})(?![\p{{L}}\p{{N}}])"
            rf"(?P<between>{GAP})"
            rf"(?:[ \t]*{SEP}|,)?[ \t]*(?:{POINT}[ \t]*)?{CODE_VALUE}(?![\p{{L}}\p{{N}}]|[.,:]\d|[ -]\d)")
        # A list of codes after a code word: `varakoodit: 5093-1186, 7720-4418`, `backup codes: x7pq-m3rt`,
        # also one a line under the code word's line, or dashed codes right after the word with no colon
        # (`backup codes 5093-1186`; judged by `_code_items`).
        # A code spoken as digit words, four to eight of them after a code, PIN or password word (a bare `koodi`
        # needs a colon or a copula): `ovikoodi on nolla yks kaks kolme`, `pinkoden är fyra två sju ett`.
        digits = _words(params, pack, "digit_words")
        # The digit words, defined once and called in each of the pattern's five places (`Defined`).
        spoken = Defined(digit_word=_alternation(digits, ""))
        digit = r"(?&digit_word)(?![\p{L}\p{N}])"
        joined_digit = "(?&digit_word)"
        # What every spoken code holds, for the standard `re` to test first: four digit words in a row.
        plain_digit = "|".join(re.escape(w.lower()) for w in sorted(set(digits), key=lambda w: (-len(w), w)))
        self._digit_run_gate = re.compile(
            rf"(?<!\w)(?:{plain_digit})(?:[ \t]*[ ,-]?[ \t]*(?:{plain_digit})){{3}}") if digits else None
        self.digit_word = lazy(rf"(?i){_alternation(digits, '')}") if digits else None
        self.spoken_code_re = lazy(
            rf"(?i){spoken.block}(?<![\p{{L}}\p{{N}}])(?:(?P<code>{code})|(?P<pw>{pw})|(?P<bare>{bare})){AFTER_WORD}"
            # `koodi ovelle nolla kolme kaks yks`, `kod ti dörrn:`: the door between
            rf"(?:[ \t]+(?:(?:ti|till|to|for|för|på)[ \t]+)?(?:{doors}))?"
            rf"[ \t]*(?P<sep>{SEP})?[ \t]*(?:(?<=:[ \t]*)\n[ \t]*)?(?:{POINT}[ \t]*)?{VALUE_OPEN}"
            rf"(?P<value>{digit}(?:[ \t]*[ ,-][ \t]*{digit}){{3,7}}"
            # ... or written as one word, as speech runs them together: `neljäneljäseiskaykkönen`
            rf"|(?:{joined_digit}){{4,8}}(?![\p{{L}}\p{{N}}])"
            # ... or in pairs, tens and ones joined: `nelkytneljä seitkytyks`, `fyrtiofyra sjuttioett`
            rf"|(?:{joined_digit}){{2,4}}(?:[ \t]*[ ,-][ \t]*(?:{joined_digit}){{2,4}}){{1,3}}(?![\p{{L}}\p{{N}}]))"
            rf"(?![\p{{L}}\p{{N}}]|[ \t]*[ ,-][ \t]*{digit}|[ \t]*-\p{{L}})"
        ) if digits else None
        if digits:
            self._gate_sources["spoken_code_re"] = spoken.gate(_source(self.spoken_code_re))
        # A code written as a number in words, compounds included: `ovikoodi on kaksituhattakahdeksan`, `tuhat
        # kaksisataakolmekymmentäneljä`, `portkoden är nittonhundraåttiofyra` (read by `Numerals`; `_spelled_codes`).
        numerals = _words(params, pack, "numeral_words")
        self.numerals = Numerals(numerals) if numerals else None
        self.spelled_code_re = None
        if self.numerals:
            spelled = Defined(numeral_word=self.numerals.word)
            self.spelled_code_re = lazy(
                rf"(?i){spelled.block}(?<![\p{{L}}\p{{N}}])(?:(?P<code>{code})|(?P<pw>{pw})|(?P<bare>{bare}))"
                rf"{AFTER_WORD}(?:[ \t]+(?:(?:ti|till|to|for|för|på)[ \t]+)?(?:{doors}))?"
                rf"[ \t]*(?P<sep>{SEP})?[ \t]*(?:{POINT}[ \t]*)?{VALUE_OPEN}"
                r"(?P<value>(?&numeral_word)(?:[ \t]*[ -][ \t]*(?:and[ \t]+)?(?&numeral_word)){0,11})")
            self._gate_sources["spelled_code_re"] = spelled.gate(_source(self.spelled_code_re))
        # Words that say a code is new or changed (`uus koodi 4471`, `koodi vaihtu, nykyään 4471`): a bare code word
        # and digits in their sentence are the code, no door named (`_door_codes`).
        new = _words(params, pack, "new_words") + change
        self.pointer = lazy(rf"(?i){_bound(pointer)}") if pointer else None
        self.new_code = lazy(rf"(?i){_bound(_alternation(new))}") if new else None
        # A plain word closing the clause after a password word and a copula is the password (`wifin salasana on
        # mustikka`), unless it describes the password (`salasana on henkilökohtainen`; adjectives and participles
        # are told by voikko, other predicates are pack data) or the keyword has a figurative sense (`avain on
        # yhteistyö`).
        predicates = _words(params, pack, "predicate_words")
        self.predicate = _any_of(predicates, pack)
        figurative = _words(params, pack, "figurative_words")
        self.figurative = _any_of(figurative, pack)
        # Words that grade passwords in general right before the password word (`hyvä salasana on lause`): a plain
        # word after them is advice.
        quality = _alternation(_words(params, pack, "quality_words"))
        self.quality = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{quality})[ \t]+$")
        # Swedish and English password words, after which a word voikko does not know as Finnish may be the password
        # (`lösenord: hallon`, `lösenordet är björk`), also right after it when it closes the clause or a short `för
        # ...` (`lösenord björk för gästnätet`, `wifi pw sunflower btw`); not a word naming a topic (`password reset`,
        # `lösenord krävs`); judged in `_plain_word`, `_copula_word` and `_foreign_plain_words`.
        foreign = _words(params, pack, "foreign_password_words")
        topics = _words(params, pack, "topic_words")
        self.foreign_pw = _any_of(foreign, pack)
        self.topic = _any_of(topics, pack)
        self.foreign_plain_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<pw>{_alternation(foreign)})(?![\p{{L}}\p{{N}}])[ \t]+[\"'“‘]?"
            r"(?P<value>\p{L}{4,30})(?![\p{L}\p{N}])[\"'”’]?"
            r"(?P<tail>[ \t]+(?:för|till|ti|på|for|to|on)[ \t]+(?!att(?![\p{L}])|to(?![\p{L}]))"
            r"(?:[\p{L}-]+[ \t]*){1,3}?)?"
            r"(?P<chat>[ \t]+(?:btw|lol|haha|thx|tack|thanks|asap))?"
            rf"(?=[ \t]*(?:[.,!?;)(]|$|\n|{POINT}))") if foreign else None
        # A user word and a name before a password word, on its line or the line before: `käyttis tiimi ja salis
        # pulla`, `användare: team\nlösen: kanelbulle`; then a plain password counts too.
        # A three-digit code only with a door or place named in its word and given as the code, closing the clause:
        # `varaston koodi on 482`, `ovikoodi: 129#`, `the shed code is 905` (judged in `_short_door_codes`).
        self.short_door_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<place>(?:\p{{L}}{{3,}}-?)?(?:{door_words})(?:-?|[ \t]+)(?:{bare}))"
            r"(?![\p{L}\p{N}])[ \t]*(?:[:=]|(?:on|o|oo|oli|är|e|var|is|was)(?=[ \t])|[''’]s)[ \t]*"
            r"(?:(?:nyt|nu|now)[ \t]+)?[\"“”«]?(?P<value>\d{3}[#*]?)(?![\p{N}])[\"“”»]?"
            rf"(?=[ \t]*(?:[.!?,;)]|$|\n|{POINT}))")
        # A password set to a plain word: the word in the translative and a verb of change (`salasanaks laitoin
        # mustikka`, `vaihdoin salasanaksi mustikka`), or `blev`/`to` (`lösenordet blev kanelbulle`, `changed the
        # wifi password to blueberry`); judged in `_set_words` (a change word in the clause, a plain noun closing it).
        pw_short_words = _alternation(keyword_lists["password_words"], short)
        self.set_word_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<kw>{pw_short_words})(?:(?<=ks|ksi)(?:[ \t]+(?P<verb>\p{{L}}+))?"
            r"|[ \t]+(?:(?:nu|now)[ \t]+)?(?P<to>blev|till|to|into))(?![\p{L}\p{N}])[ \t]+"
            r"[\"'“”‘’«]?(?P<value>\p{L}{4,30})(?![\p{L}\p{N}])")
        # A password written in pieces after its word: one character or piece a line (`salasana:` / `P` / `u` / `l`
        # ...), or a word split by blanks (`salasana: Mus tikka 42`); judged in `_spaced_values`.
        piece = r"[\p{L}\p{N}][\p{L}\p{N}!#?*@$%&+_-]{0,5}"
        self.spaced_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<pw>{pw_short_words})(?![\p{{L}}\p{{N}}])[ \t]*"
            r"(?:[:=]|(?:on|o|oo|är|e|is|was)(?=[ \t\n]))?[ \t]*\n?[ \t]*"
            rf"(?P<value>{piece}(?:(?:[ \t]|[ \t]*\n[ \t]*){piece}){{1,24}})"
            rf"(?=[ \t]*(?:[.,!?;)]|$|\n|{POINT}))")
        # Swedish and English name the network after the password word: `lösenordet till wifin är kanelbulle`,
        # `the password for the guest wifi is pancakes`; the plain word is judged as after a bare copula.
        self.late_plain_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<pw>{pw})(?![\p{{L}}\p{{N}}])[ \t]+"
            r"(?:(?:till|ti|för|på|åt|to|for|of|on)[ \t]+)?"
            r"(?:[\p{L}-]+[ \t]+){0,3}?(?:(?P<sep>är|e|var|blir|is|was)[ \t]+|[\p{L}-]+(?P<colon>:)[ \t]*)"
            r"(?:(?:nu|now|still|fortfarande)[ \t]+)?"
            r"[\"'“”‘’«]?(?P<value>\p{L}{5,30})(?![\p{L}\p{N}])")
        # A plain word opening its sentence, then a copula and the password word closing it: `Mustikkapiirakka on
        # meiän wifin salasana`, `Pulla on uus salis` (judged in `_reverse_words`: no adjective before the password
        # word, `Rehellisyys on paras salasana` is a saying).
        self.reverse_plain_re = lazy(
            r"(?im)(?P<value>\p{L}{5,30})[\"“”»]?[ \t]+"
            r"(?P<sep>on|o|oo|oli|är|e|is|was)[ \t]+(?P<mods>(?:[\p{L}-]+[ \t]+){0,2}?)"
            rf"(?P<pw>{pw_short_words})(?![\p{{L}}\p{{N}}])(?=[ \t]*(?:[.!?)]|$|\n|{POINT}))")
        # Default and shared log-ins written as a pair with no password word (`_default_pairs`): the user names and
        # passwords devices and test accounts ship with, the systems and log-in verbs that make two equal words a
        # log-in (`palvelimelle pääsee demo/demo`), and the warnings that make a pair advice (`älä jätä admin/admin`).
        self._default_users = {w.lower() for w in _words(params, pack, "default_users")}
        self._default_passwords = {w.lower() for w in _words(params, pack, "default_passwords")}
        # What every pair `_default_pairs` takes holds, for the standard `re` first: a default user name before the
        # slash or colon, or one word twice (`kassa/kassa`).
        users_alt = "|".join(re.escape(w) for w in sorted(self._default_users, key=lambda w: (-len(w), w)))
        self._pair_hint = re.compile(
            (rf"(?i)(?<!\w)(?:{users_alt})[ \t]*[/:]|" if users_alt else "(?i)")
            + r"(?<![\w.])([^\W\d_]\w{2,29})(?:[ \t]*/[ \t]*|:)\1(?!\w)")
        systems = _words(params, pack, "system_words") + keyword_lists["user_words"]
        self.system_word = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(systems)})(?![\p{{L}}\p{{N}}])")
        warnings = _words(params, pack, "warning_words")
        self.warning_word = lazy(rf"(?i){_bound(_alternation(warnings))}") if warnings else None
        # A password told by what it is made of: a password word, a copula and two parts joined (`salasana on firman
        # nimi + vuosi`, `lösenordet är företagsnamnet och året`, `the password is our name plus 2026`) or the same as
        # one part (`sama kuin käyttäjätunnus`, `same as the username`); judged in `_composed`.
        parts = _words(params, pack, "composition_words")
        self.composition_part = _any_of(parts, pack)  # a part a password is told by is no word of a passphrase
        part_word = rf"(?:{_alternation(parts)})(?![\p{{L}}\p{{N}}])"
        part = rf"(?:{part_word}|\d{{2,4}}(?![\p{{L}}\p{{N}}]))"
        # The first part may end in a phrase after its word (`namnet på kontoret + 2026`), not after a number.
        # ... or a name before a `+` (`salasana on Kela + vuosi`, `lösen: Fpa+årtal`).
        first = (rf"(?:{part_word}(?:[ \t]+\p{{L}}+){{0,3}}?|\d{{2,4}}(?![\p{{L}}\p{{N}}])"
                 r"|\p{Lu}[\p{L}\p{N}]{1,20}(?=[ \t]*\+))")
        joined = r"[ \t]*(?:\+|&|(?<=[ \t])(?:plus|ja|sekä|och|o|å|and|perään)(?=[ \t]))[ \t]*"  # `o`, `å`: chat `och`
        # What a told composition holds besides its password word, for a cheap literal test first: a joining mark or
        # word, a word of sameness, or a part's word (`nimi`, `vuosi`, `name`, `året`).
        pieces = {regex.split(r"[- _]", w.lower().strip("*"))[0] for w in parts} | {"+", "&", "plus", "sama", "samma",
                                                                                     "same"}
        self._composed_gate = Prefilter((tuple(sorted(pieces - {""})),))
        # A password spelled out in a sentence, letter by letter, after its word and a copula or colon: `salasana on
        # iso R, pieni e, k, k, u ja numerot 2019`, `lösenordet är stort S, o, l ...`, `password: capital T, i, g ...`
        # (`_spelled_out`). A letter may carry its case word before it.
        case = (r"(?:(?:iso|isolla|isot|pieni|pienellä|pienet|stort|stor|versal|gemen|litet|liten|capital|small|"
                r"upper(?:case)?|lower(?:case)?)[ \t]+)?")
        between = r"(?:[ \t]*,[ \t]*|[ \t]+)"
        self.spelled_out_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{pw_short_words})(?![\p{{L}}\p{{N}}])[ \t]*"
            r"(?:(?:on|o|oo|oli|är|e|var|is|was)[ \t]+|[:=][ \t]*)"
            rf"(?P<value>{case}\p{{L}}(?:{between}{case}\p{{L}}){{3,}}"
            r"(?:[ \t]*,?[ \t]+(?:(?:ja|sekä|och|o|å|and|&|\+)[ \t]+)?(?:(?:numerot|numero|luvut|siffrorna|siffror|"
            r"digits|numbers|the\s+digits)[ \t]+)?\d{1,8})?)(?![\p{L}\p{N}])"
        )
        # A password given in its parts, each after the word for its place: `salasanan alku on Kesä ja loppu 2026`,
        # `lösenordet börjar med Sol och slutar med 7741`, `starts with Tiger and ends with 4419` (`_parts`).
        firsts, lasts = _words(params, pack, "first_part_words"), _words(params, pack, "last_part_words")
        lead = r"(?:[ \t]+(?:on|o|oo|oli|is|was|är|e|var|med|me|with))?[ \t]*[:=]?[ \t]*[\"'“”‘’]?"
        self.parts_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(firsts)})(?![\p{{L}}\p{{N}}]){lead}"
            r"(?P<first>[^\s\"'“”‘’,;]{2,40}?)[\"'“”‘’]?[ \t]*,?[ \t]+"
            r"(?:(?:ja|sekä|och|o|å|and|&|\+|sit|sitten|then)[ \t]+)?"  # chat Swedish `o`, `å`
            rf"(?:{_alternation(lasts)})(?![\p{{L}}\p{{N}}]){lead}"
            r"(?P<last>[^\s\"'“”‘’,;]{2,40}?)[\"'“”‘’]?"
            r"(?=[.!?)]*(?:[ \t]*(?:$|\n|[,;(]|\p{Extended_Pictographic})|[ \t]+(?:ja|and|och|niin|så|so)\b))"
        ) if firsts and lasts else None
        self.composed_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?P<pw>{pw_short_words})(?![\p{{L}}\p{{N}}])"
            rf"(?:[ \t]+(?:till|för|på|to|for|of|on|wifiin|wifille)[ \t]+(?:[\p{{L}}-]+[ \t]+){{0,2}}?|[ \t]*)"
            rf"(?:(?:on|o|oo|oli|är|e|var|is|was)[ \t]+|[:=?][ \t]*|[''’]s[ \t]+"
            r"|(?:menee|går)[ \t]+(?:niin|nii|näin|näi|så)[ \t]+(?:että|et|att)?[ \t]*,?[ \t]*)"
            r"(?:(?:nyt|nu|now|still|edelleen|taas|fortfarande|siis|just)[ \t]+)?"
            rf"(?P<value>(?:sama|samma|same|the[ \t]+same)[ \t]+(?:ku|kuin|kun|som|as)[ \t]+"
            rf"(?:\p{{L}}+[ \t]+){{0,2}}?{part}"
            rf"|(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?{first}{joined}(?:[\p{{L}}-]+[ \t]+){{0,2}}?{part}"
            r"(?:[ \t]+\p{L}+)?)"
            rf"(?=[ \t]*(?:[.,!?;)(]|$|\n|{POINT}))") if parts else None
        # A credential told by how to derive it from what the reader knows (`_derived`): the old one changed
        # (`ovikoodi on sama ku viime vuonna plus yksi`, `koden är samma som i fjol plus ett`, `code's the same as last
        # year, just add one`, `passu on sama ku ennen mut vika numero vaihtu`), a part transformed (`koodi on
        # katunumero kahteen kertaan`, `the code is the house number twice`), or a part that alone pinpoints it
        # (`ovikoodi on toimiston perustamisvuosi`, `the wifi password is our dog's name`).
        changes = _words(params, pack, "derivation_words")
        alone = _words(params, pack, "derivation_parts")
        self.derived_re = self.derived_reverse_re = self.derived_word_re = None
        if changes and alone:
            # The number of a told change, defined once and called by name in each change phrase: pasted into all of
            # them it made the two derivation patterns 125,000 characters, about 1 s of CPU to compile.
            number_body = rf"(?:\d{{1,4}}|(?:{_alternation(digits, '')}))(?![\p{{L}}\p{{N}}])"
            number = Defined.call("told_number")
            change_alt = "|".join(
                r"[ \t]+".join(_spoken_ending(regex.escape(piece.rstrip("*")).replace(regex.escape("<n>"), number)) + (
                    r"\w*" if piece.endswith("*") else "") for piece in w.lower().split())
                for w in sorted(set(changes), key=lambda w: (-len(w), w)))
            change_part = rf"(?:(?<![\p{{L}}\p{{N}}])|(?<=[+-]))(?:{change_alt})(?![\p{{L}}\p{{N}}])"
            # ... or a pet's or a close person's name or birthday: `koiran nimi`, `namnet på katten`, `my dog's name`.
            owners, names = _words(params, pack, "owner_words"), _words(params, pack, "name_words")
            owned = (rf"|(?:{_alternation(owners)})(?:[ \t]+|-)(?:{_alternation(names)})"
                     rf"|(?:{_alternation(names)})[ \t]+(?:på|of)[ \t]+"
                     rf"(?:(?:min|mitt|mina|vår|vårt|våra|my|our|the)[ \t]+)?(?:{_alternation(owners)})"
                     ) if owners and names else ""
            # The word alternations each derivation pattern uses more than once, defined once in both (`Defined`).
            defined = Defined(
                inline=("alone_part", "part_word", "pw_words", "code_words", "door_compound", "bare_words"),
                told_number=number_body,
                alone_part=rf"(?:{_alternation(alone)}{owned})(?![\p{{L}}\p{{N}}])",
                part_word=part_word,
                pw_words=pw_short_words, code_words=code_short,
                door_compound=rf"(?:\p{{L}}{{3,}}-?)?(?:{door_words})(?:-?|[ \t]+)", bare_words=bare)
            define = defined.block
            part_word_call = Defined.call("part_word")
            alone_part = Defined.call("alone_part")
            any_part = rf"(?:{part_word_call}|{alone_part})"
            same_alt = _alternation(same or ["sama"], "")
            # a first part named, not a number (`ovikoodi vaihtui 2019 ja 2023` tells years)
            first_named = (rf"(?:{part_word_call}(?:[ \t]+\p{{L}}+){{0,3}}?"
                           r"|\p{Lu}[\p{L}\p{N}]{1,20}(?=[ \t]*\+))")
            copulas_only = r"(?:on|o|oo|oli|är|e|var|is|was)"
            keyword = (r"(?:(?P<pw>(?&pw_words))|(?P<code>(?&code_words))"
                       r"|(?P<bare>(?&door_compound)?(?&bare_words)))(?![\p{L}\p{N}])")
            derived_part = rf"(?:{part_word_call}|\d{{2,4}}(?![\p{{L}}\p{{N}}]))"
            old_one = (rf"(?:(?:se|den|det|the)[ \t]+)?(?:{same_alt}|the[ \t]+same|vanha|vanhan|gamla|old|the[ \t]+old"
                       r"|edellinen|viimevuotinen|fjolårets|previous|last[ \t]+year[''’]s|viime[ \t]+vuoden"
                       r"|förra[ \t]+årets)"
                       r"(?![\p{L}\p{N}])")
            # up to three words after the change, a digit among them (`vika numero on nyt 5`, `sista siffran e 5`)
            changed = rf"[^\n.!?]{{0,50}}?[ \t,]{change_part}(?P<after>(?:[ \t]+[\p{{L}}\p{{N}}]+){{0,3}})"
            # The clause may end in a chat particle: `PIN is the office's founding year lol`.
            # It may name the value it described: `salasana on koiran nimi eli Musti`, `lösenordet är kattens namn,
            # Misse`.
            end = (r"(?:(?:[ \t]*,|[ \t]+(?:eli|elikkä|alltså|dvs|i\.e\.|aka))[ \t]+"
                   r"[\p{L}\p{N}][\p{L}\p{N}!#$%&*+@_-]{1,30}(?:[ \t]+\p{Lu}[\p{L}\p{N}]{1,30}){0,2})?"
                   rf"(?:[ \t]+(?:lol|haha\w*|hah|xd|xD|:D))?(?=[ \t]*(?:[.,!?;)(]|$|\n|{POINT}))")
            self.derived_re = lazy(defined.expand(
                rf"(?i){define}(?<![\p{{L}}\p{{N}}]){keyword}"
                # `koden till porten är`, `ovikoodi on`, `PIN:`, `salis?`, `ovikoodi menee niin et`; or a few words and
                # a copula (`ovikoodi vaihtu, nyt se on`).
                r"(?:(?:[ \t]+(?:till|ti|för|på|to|for|of|on)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}?|[ \t]*)"
                r"(?:(?:on|o|oo|oli|är|e|var|is|was)[ \t]+|[:=?][ \t]*|[''’]s[ \t]+"
                r"|(?:menee|går)[ \t]+(?:niin|nii|näin|näi|så)[ \t]+(?:että|et|att)?[ \t]*,?[ \t]*)?"
                r"|(?:[ \t]*,?[ \t]+[\p{L}-]+){1,4}?[ \t]+(?:on|o|oo|oli|är|e|is|was)[ \t]+)"
                r"(?:\p{L}+[ \t]*:[ \t]*)?"  # `ovikoodi on helppo: ...`
                r"(?:(?:nyt|nu|now|still|edelleen|taas|fortfarande|siis|just)[ \t]+)?"
                rf"(?P<value>{old_one}{changed}"
                # the same as a part: `portkoden e samma som postnumret`, `ovikoodi on sama ku talon numero`
                # parts joined, as a password's are (`ovikoodi = kadun nimi + talon numero`)
                rf"|(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?{first_named}{joined}(?:[\p{{L}}-]+[ \t]+){{0,2}}?{derived_part}"
                # the year something happened (`koodi on se vuosi ku Kela perustettiin`, `the year we moved in`)
                r"|(?:(?:se|sama|the|samma(?:[ \t]+som)?)[ \t]+)?(?:vuosi|vuosiluku|vuos|year|året|årtalet)[ \t]+"
                r"(?:ku|kun|kuin|jolloin|when|we|som|då|när)[ \t]+[^\n.!?,]{3,40}?"
                rf"|(?P<same_part>{old_one}[ \t]+(?:ku|kuin|kun|som|as)[ \t]+"
                rf"(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?{any_part})"
                rf"|(?P<lead>(?:(?!{copulas_only}[ \t])[\p{{L}}''’-]+[ \t]+){{0,3}}?)(?:{any_part}[ \t]+{change_part}"
                rf"|{alone_part}(?:[ \t]+(?:numero\w*|siffr\w*|digits))?"
                # what it is taken from: `of the office`, `i telefonnumret`, `kortista`
                rf"(?:[ \t]+(?:of|på|för|till|av|i|in|from|från)(?:[ \t]+[\p{{L}}''’-]+){{1,3}}"
                rf"|[ \t]+\p{{L}}+(?:sta|stä|lta|ltä))?)){end}"))
            # The other word order: the part first and the credential word last (`perustamisvuosi on nyt meiän
            # ovikoodi`), or `same code as last year but add 1`.
            self.derived_reverse_re = lazy(defined.expand(
                rf"(?i){define}(?<![\p{{L}}\p{{N}}])(?P<value>(?P<lead>(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?){alone_part})"
                rf"(?:[ \t]+(?:on|o|oo|är|e|is)[ \t]+(?:(?:nyt|nu|now|taas|myös)[ \t]+)?"
                rf"(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?{keyword}"
                # `I set my dog's name as the gym password`, `kattens namn som lösenord`, `koiran nimi salasanana`;
                # not `as a password` (any one's)
                rf"|[ \t]+(?:as|som)[ \t]+(?!an?[ \t])(?:[\p{{L}}''’-]+[ \t]+){{0,2}}?{keyword}"
                rf"|[ \t]+{keyword}(?<=na|nä))"
                rf"{end}"
                rf"|(?<![\p{{L}}\p{{N}}])(?P<value2>(?:sama|samma|same|the[ \t]+same)[ \t]+{keyword}[ \t]+"
                rf"(?:ku|kuin|kun|som|as){changed}){end}"))
            # Both hold the credential word whole (`keyword`, bounded before it): a post without one needs neither
            # scan. Its literals (`pin`, `kod`, `pass`) begin common words (`pinta`, `kodin`, `passar`), so the word is
            # found as a word, and a derivation is tried only where one begins (`_derivations`).
            self.derived_word_re = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}]){defined.gate(keyword)}")
            # A scan for it costs as much as the post's other keyword work: found instead through its literals (one
            # automaton pass), then tried where it may begin, which is at most this many blank runs before the
            # literal: between the pieces of a listed word (`wi fi key`), or of a door word, the blank after it and
            # the pieces of the bare code word (`side entrance code`).
            self._word_blanks["derived_word_re"] = max(
                _gaps(keyword_lists["password_words"] + keyword_lists["code_words"]),
                _gaps(_words(params, pack, "door_words")) + 1 + _gaps(keyword_lists["bare_code_words"]))
            # `derived_reverse_re` ends at its credential word: it begins at most this many blank runs before one of
            # its literals (two lead words, the part's words, a copula, a particle, two words, the word's own pieces).
            self._word_blanks["derived_reverse_re"] = 8 + _gaps(alone + owners + names) + self._word_blanks[
                "derived_word_re"]
            # Their literal gates read the defined parts written out (the literal reader knows no DEFINE).
            for name in ("derived_re", "derived_reverse_re"):
                pattern = getattr(self, name)  # compiled at once when a pack is verified
                source = pattern.source if isinstance(pattern, LazyPattern) else pattern.pattern
                self._gate_sources[name] = defined.gate(source)
        # A note or board and a strong-looking word closing the clause after it: the password written on the note
        # (`lappu näytön reunassa: Kesä2026!`, `muistilapussa lukee Pulla2026`); judged in `_note_values`.
        notes = _words(params, pack, "note_words")
        self.note_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(notes)})(?![\p{{L}}\p{{N}}])"
            r"[^\n.!?]{0,60}?(?<![\p{L}\p{N}#@/.])[\"“”«']?"
            r"(?P<value>(?=[\p{L}\p{N}!#$%&*+@_-]*\d)(?=[\p{L}\p{N}!#$%&*+@_-]*\p{L})"
            r"[\p{L}\p{N}][\p{L}\p{N}!#$%&*+@_-]{5,40})") if notes else None
        places = _words(params, pack, "note_places")
        self.note_place = lazy(rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{_alternation(places)})") if places else None
        self.cred_any = lazy(rf"(?i)(?:{users}|{pw}|{code}|{bare}|{_alternation(network)})")
        self.user_before_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{users}|{_alternation(network)})(?![\p{{L}}\p{{N}}])"
            r"(?:[''’]s|[ \t]+(?:name|nimi|namn|heter))?[ \t]*(?:[:=]|(?:on|o|oo|är|e|is)(?=[ \t]))?"
            r"[ \t]*(?P<uname>[\w.@+-]{2,40})[ \t]*(?:[,;/&|]|(?<=[ \t])(?:ja|sekä|och|and|plus)(?=[ \t]))?"
            r"[ \t]*\n?[ \t]*$")
        # A code written into a hashtag after its word, as Instagram tags run together: `#ovikoodi4471`,
        # `#portkod_4471`; not a year (`#pinkoodi2026` names a campaign).
        self.hashtag_code_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])#(?:(?:\p{{L}}{{3,}})?(?:{door_words})-?(?:{bare})|{code})[_-]?"
            r"(?P<value>\d{4,8})(?![\p{L}\p{N}])")
        self.code_list_re = lazy(
            rf"(?i)(?<![\p{{L}}\p{{N}}])(?:{code})(?![\p{{L}}\p{{N}}])"
            rf"(?:(?P<bare>[ \t]+(?:(?:ovat|on|o|är|e|are|were)[ \t]+)?)(?={CODE_ITEM})"
            rf"|(?:[^\n:.!?]|:(?=\p{{L}})){{0,80}}(?:[:=][ \t]*\n?|[ \t]*\n))[ \t]*"
            rf"(?:\d[.)][ \t]+)?(?P<value>(?:{CODE_ITEM}|\d{{6,10}})(?:(?:[ \t]*[,;/][ \t]*(?:(?:ja|och|and)[ \t]+)?"
            r"|[ \t]*\n[ \t]*(?:\d[.)][ \t]+)?"
            rf"|[ \t]+(?:ja|och|and)[ \t]+)(?:{CODE_ITEM}|\d{{6,10}}))*)"
            r"(?![\p{L}\p{N}])")

    def __getstate__(self) -> dict[str, Any]:
        """Pickled without its literal automata (a C object that does not pickle) and the last post's starts: both
        are made again on first need (a linter sent to another process after checking a post)."""
        return {**self.__dict__, "_word_literals": {}, "_found_starts": {}}

    @staticmethod
    def _strong(value: str) -> bool:
        """Letters and digits together, six characters or more: `admin123`, `Kesäloma2024`."""
        return (len(value) >= 6 and any(c.isdigit() for c in value) and any(c.isalpha() for c in value)
                and not value.isupper())

    @staticmethod
    def _is_code(value: str) -> bool:
        """4-8 digits (a door code may end in # or *), or 6-10 letters and digits mixed."""
        digits = value.rstrip("#*")
        return (digits.isdigit() and 4 <= len(digits) <= 8) or (
            6 <= len(value) <= 10 and value.isalnum() and any(c.isdigit() for c in value)
            and any(c.isalpha() for c in value))

    def _looks_secret(self, doc: Document, value: str, sep: str | None, code: bool) -> bool:
        if set(value) <= set("*•xX.-_"):
            return False  # masked: `salasana: ********`
        if code:
            return self._is_code(value)
        if any(c.isdigit() for c in value) or any(not c.isalnum() for c in value):
            return True
        if any(c.isupper() for c in value[1:]) and any(c.islower() for c in value):
            return True
        return sep in (":", "=") and len(value) >= 6 and not self._a_word(doc, value.lower())

    @staticmethod
    def _a_word(doc: Document, word: str) -> bool:
        """Whether voikko knows the word, or it is the spoken form of one (`tärkee`: tärkeä): a word, not a secret."""
        return bool(doc.morphology.analyze(word)) or any(
            getattr(a, "standard", "") for a in colloquial_analyzer(doc.morphology)(word))

    def _spaced_values(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A password in pieces after its word (`spaced_re`): four lines or more of one or two characters each
        (`P` / `u` / `l` / `l` / `a`), pieces a line that join into a strong-looking value (`kanel` / `bulle` / `99`),
        or a known word split by blanks into pieces of which one is no word (`Mus tikka 42`). A phrase of whole
        words (`vähintään 12 merkkiä`, `min 12 chars`, `puhelin numero`) is none of these."""
        text = doc.text
        for m in self._scan(doc, "spaced_re"):
            start, end = m.span("value")
            value = m.group("value")
            pieces = value.split()
            if not free(start, end) or self._is_example(doc, start):
                continue
            joined = "".join(pieces)
            if len(pieces) >= 5 and all(len(p) == 1 for p in pieces):
                pass  # spelled out a character at a time: `K a n e l i 2 0 2 6`
            elif "\n" in value and all("\n" in gap for gap in regex.findall(r"\s+", value)):
                if not ((len(pieces) >= 4 and all(len(p) <= 2 for p in pieces)) or self._strong(joined)):
                    continue
            else:
                letters = "".join(p for p in pieces if p.isalpha())
                known = doc.morphology.analyze
                if len(letters) < 6 or not known(letters.lower()) or all(known(p.lower()) for p in pieces
                                                                        if p.isalpha()):
                    continue
            if self.warning_word is not None:
                sentence = doc.sentence_of(m.start())
                if self.warning_word.search(text, sentence.start, sentence.end):
                    continue
            yield take(start, end, "salasana")

    def _spoken_codes(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A code spoken as digit words: `ovikoodi on nolla yks kaks kolme`, `the door code is one two three four`.
        A bare `koodi` needs a colon or a copula; advice (`esimerkiksi`, `älä käytä`) stays clean."""
        for m in self._scan(doc, "spoken_code_re"):
            start, end = m.span("value")
            if m.group("bare") and not m.group("sep") and not _LINE_END_RE.match(doc.text, end):
                continue  # `koodi nolla yks kaks kolme` ending its line is the code; mid-sentence digit words may count
            if not free(start, end) or self._is_example(doc, start) or self.example_before.search(
                    doc.text, max(0, m.start() - 30), m.start()):
                continue
            yield take(start, end, self._code_kind(m))

    def _code_kind(self, m: regex.Match[str]) -> str:
        """What a code in words is, for the message: a password, a door's (or a bare) code, or another code."""
        if m.group("pw"):
            return "salasana"
        if m.group("bare") or self.doors.search(m.group()):
            return "ovikoodi tai muu koodi"
        return "kertakäyttökoodi tai muu koodi"

    def _spelled_codes(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A code written as a number in words: `ovikoodi on kaksituhattakahdeksan`, `pin on nelkytkaks kakskytneljä`,
        `the code is four thousand four hundred seventy-one`. It reads as 4-8 digits and ends no count: `koodi on
        kaksituhatta riviä`, `kaksituhatta` alone (a round multiplier) and `salasanassa on kaksitoista merkkiä` are
        no code. A bare `koodi` needs a colon or a copula."""
        text = doc.text
        for m in self._scan(doc, "spelled_code_re"):
            start, end = m.span("value")
            read = self.numerals.read(m.group("value"))
            if read is None or read[1] < 2 or read[2] or not 4 <= len(read[0]) <= 8:
                continue
            if ((m.group("bare") and not m.group("sep")) or self._counted(text, end, doc.morphology)
                    or not free(start, end)):
                continue
            if self._is_example(doc, start) or self.example_before.search(text, max(0, m.start() - 30), m.start()):
                continue
            yield take(start, end, self._code_kind(m))

    def _noun(self, doc: Document, value: str) -> bool | None:
        """Whether a plain word is a noun in its base form and names no quality (voikko: every reading a noun, one
        of them the base form; not an abstract `-(u)us`, `-minen`). None when voikko does not know the word."""
        word = value.lower()
        readings = doc.morphology.analyze(word)
        if not readings:
            return None
        return (all(a.wordclass == "nimisana" for a in readings) and any(a.baseform.lower() == word for a in readings)
                and not _ABSTRACT_RE.search(word))

    def _predicate(self, value: str) -> bool:
        """A word said of a password, not a password: a listed predicate, a function word, an adjective's or a
        participle's ending in Swedish or English (`hemligt`, `required`, `changing`)."""
        return (value.lower() in self._after_ok or (self.predicate is not None and self.predicate.fullmatch(value))
                or _FOREIGN_PREDICATE_RE.search(value.lower()) is not None)

    def _pair_word(self, doc: Document, value: str, end: int) -> bool:
        """A plain lower-case noun after a log-in's slash, closing its clause: `tunnarit: tiimi / pulla`. Not a
        credential word (`tunnus: nimi / salasana` names the fields) nor a name of a service voikko does not know."""
        return (4 <= len(value) <= 30 and value.isalpha() and value.islower()
                and _CLAUSE_END_RE.match(doc.text, end) is not None and not self.cred_any.fullmatch(value)
                and not self._predicate(value) and self._noun(doc, value) is True
                and not self._is_example(doc, end - len(value)))

    def _login_word(self, doc: Document, m: Any, value: str) -> bool:
        """A plain password after a user name: `käyttis tiimi ja salis pulla`, `användare: team\nlösen: kanelbulle`.
        The user word and its name stand on the password word's line or the line before."""
        text = doc.text
        if not (4 <= len(value) <= 30 and value.isalnum() and not value.isdigit()):
            return False
        if not _CLAUSE_END_RE.match(text, m.start("value") + len(value)):
            return False
        line_start = text.rfind("\n", 0, m.start()) + 1
        previous_line = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
        user = self.user_before_re.search(text, max(previous_line, m.start() - 100), m.start())
        if not user or self._is_example(doc, m.start("value")):
            return False
        if user.group("uname").lower() == value.lower():
            return True  # `käyttäjä vieras, salasana vieras`: the same word twice is a shared log-in
        return not self._predicate(value) and self._noun(doc, value) is not False

    def _copula_word(self, doc: Document, m: Any, value: str, sep: str) -> bool:
        """A plain word after a password word and a bare copula, closing its clause: `wifin salasana on mustikka`,
        `lösenordet är kanelbulle`, `the password is pancakes`. Not a word said of the password (`salasana on
        henkilökohtainen / tärkeä / vaihdettava / salaisuus`, `lösenordet är hemligt`, `the password is required`),
        not after a word with a figurative sense (`avain on yhteistyö`); a word voikko does not know only after a
        Swedish or English copula."""
        copula = sep.split()[0] if sep[:1].isalpha() else "is"  # `'s` is English
        if copula not in COPULAS or copula == "eli":
            return False
        if not (5 <= len(value) <= 30 and value.isalpha() and value[1:].islower()):
            return False
        if self.figurative is not None and self.figurative.fullmatch(m.group("pw")):
            return False
        if self.quality.search(doc.text, max(0, m.start() - 30), m.start()):
            return False  # `hyvä salasana on lause`, `the best password is a sentence`
        start = m.start("value")
        end = start + len(value)
        quoted = doc.text[start - 1:start] in QUOTES and doc.text[end:end + 1] in QUOTES
        if not _CLAUSE_END_RE.match(doc.text, end + quoted) or self._predicate(value):
            return False
        noun = self._noun(doc, value)
        if noun is False and copula in _FOREIGN_COPULAS and self._foreign_value(doc, m.group("pw"), value):
            noun = None  # `lösenordet är björk`: voikko knows `Björk` only as a name
        if noun is None:  # a word voikko does not know: a password in quotes, or after a Swedish or English copula
            noun = quoted or copula in _FOREIGN_COPULAS
        return noun and not self._is_example(doc, start)

    def _plain_word(self, doc: Document, m: Any, value: str) -> bool:
        """A plain noun set as the password: `salasana: kahvihuone`, `salis on nyt mustikkapiirakka`.

        Only after `:`/`=` or a copula with "now", as the last word of its clause, and only a noun in its base form:
        `salasana on nyt vaihdettu`, `salasana: pituus ratkaisee` and `salasana on nyt voimassa` are prose.
        """
        sep = (m.group("sep") or "").lower()
        pointed = POINT_RE.search(doc.text, m.end("pw"), m.start("value")) is not None
        if not (sep in (":", "=") or sep.endswith(("nyt", "nu", "now")) or pointed):
            return bool(sep) and self._copula_word(doc, m, value, sep)
        if len(value) < 5 or not value.isalpha() or not value[1:].islower():
            return False
        if self._foreign_value(doc, m.group("pw"), value):
            return (_CLAUSE_END_RE.match(doc.text, m.start("value") + len(value)) is not None
                    and not self._is_example(doc, m.start("value")))
        if len(value) == 5 and not (sep in (":", "=") and _LINE_END_RE.match(doc.text, m.start("value") + 5)):
            return False  # a five-letter word only as a label's value ending its line: `salis: ruska`
        after = doc.text[m.start("value") + len(value):m.start("value") + len(value) + 2].split("\n")[0]
        if after.strip() and after.lstrip()[:1].isalnum():  # a line break ends the value (`salis: lakka\nälkää ...`)
            return False
        word = value.lower()
        return (any(a.wordclass == "nimisana" and a.baseform.lower() == word for a in doc.morphology.analyze(word))
                and not self._is_example(doc, m.start("value")))

    def _foreign_value(self, doc: Document, pw: str | None, value: str) -> bool:
        """A plain word after a Swedish or English password word that voikko does not know as a Finnish word (no
        reading, or only a name's: `hallon`, `Björk`), naming no topic (`reset`, `krävs`) and said of no password."""
        if not pw or self.foreign_pw is None or not self.foreign_pw.fullmatch(pw):
            return False
        if self._predicate(value) or (self.topic is not None and self.topic.fullmatch(value)):
            return False
        if self.cred_any.fullmatch(value):
            return False
        readings = doc.morphology.analyze(value.lower())
        return all(a.wordclass in _NAME_CLASSES for a in readings)

    def _foreign_plain_words(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A plain word right after a Swedish or English password word, closing its clause or a short `för ...`
        (`foreign_plain_re`): `lösenord björk för gästnätet`, `wifi pw sunflower btw`. Not advice or a warning."""
        text = doc.text
        for m in self._scan(doc, "foreign_plain_re"):
            start, end = m.span("value")
            value = m.group("value")
            if not free(start, end) or not (value.islower() or value[1:].islower()):
                continue
            # It must be told as a value: a place it is for, a chat word after it, quotes, or a network or `new`
            # word just before (`wifi pw sunflower`, `nytt lösenord björk`); `password twice` ends a clause too.
            quoted = text[start - 1:start] in QUOTES and text[end:end + 1] in QUOTES
            before = text[max(0, m.start() - 25):m.start()]
            line = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
            named = (self.network_word is not None and (self.network_word.search(before) or (
                line.rstrip().endswith("/") and self.network_word.search(line)))) or (
                self.new_code is not None and self.new_code.search(before))  # `wifi ...: Mormor / lösen kanel`
            if not (m.group("tail") or m.group("chat") or quoted or named):
                continue
            if not self._foreign_value(doc, m.group("pw"), value) or self._is_example(doc, start):
                continue
            if self.example_before.search(text, max(0, m.start() - 30), m.start()):
                continue
            sentence = doc.sentence_of(m.start())
            if self.warning_word is not None and self.warning_word.search(text, sentence.start, sentence.end):
                continue
            yield take(start, end, "salasana")

    def _is_example(self, doc: Document, offset: int) -> bool:
        """Advice that shows a bad password as an example: `esimerkiksi Kesä2024 on huono salasana`.

        The example word must stand near the value, within three words before it or after it (right before the
        credential word, `heikko salasana: ...`, is checked with the keyword): in `huono uutinen: ovikoodi vaihtui,
        uus on 4471` the word is about something else."""
        sentence = doc.sentence_of(offset)
        text = doc.text
        before = _LAST_WORDS_RE.search(text[max(sentence.start, offset - 80):offset])
        start = offset - len(before.group()) if before else offset
        after = _NEXT_WORDS_RE.match(text[offset:min(sentence.end, offset + 80)])
        end = offset + (after.end() if after else 0)
        return bool(self.examples.search(text, start, end))

    def _becomes(self, text: str, start: int, vstart: int, vend: int) -> bool:
        """A year-shaped number told as what a code became: `koodiks vaihtu 1928`, `koden ändrades till 1984`."""
        if _TRANSLATIVE_RE.match(text[vend:vend + 4]):
            return True
        if self.translative_re.search(text, start, vstart):
            return True
        return bool(self.change_re is not None and _CHANGED_TO_RE.search(text[max(start, vstart - 8):vstart])
                    and self.change_re.search(text, start, vstart))

    def _given_year(self, doc: Document, m: Any) -> bool:
        """A year-shaped PIN or code given as the value after a colon or `eli`: `PIN on sama ku ennen eli 1984`,
        `pinkoden: samma som förut, alltså 1975`. The code word is the label (a colon right after it) or the
        subject of a copula, the year closes its clause, and no word of a year or a date stands between
        (`vuonna`, `vuodelta`, `year`)."""
        text = doc.text
        start, end = m.span("value")
        between = text[m.start():start]
        if not _CLAUSE_END_RE.match(text, end) or self.not_code.search(between):
            return False
        words = {w.lower() for w in _WORDS_RE.findall(between)}
        return bool(_LABEL_RE.match(between)) or bool(words & COPULAS - {"eli"})

    def _year_code(self, doc: Document, word: str, start: int, end: int) -> bool:
        """A year-shaped number given as a PIN or code with no copula: right after the code word or after its essive
        (`pin 1979 :D`, `Ovikoodina toimii edelleen 1979.`), closing its clause. The code word takes a case ending
        only (`ovikoodijärjestelmä 1984` names a system), and no word of a year or a date stands between."""
        return (self.cred_word_re.fullmatch(word) is not None and _YEAR_CODE_END_RE.match(doc.text, end) is not None
                and not self.not_code.search(doc.text, start, end) and not self._is_example(doc, start))

    @staticmethod
    def _copula_between(text: str, start: int, end: int) -> bool:
        """A copula right before the value, a particle at most between (`pinkoden till kortet e 1975`, `koden e nu
        1975`); `PIN-koodit on otettu käyttöön 1984` tells when, not what."""
        return _COPULA_BEFORE_RE.search(text, start, end) is not None

    @staticmethod
    def _year(value: str) -> bool:
        if "\u20e3" in value:  # keycaps: `2️⃣0️⃣2️⃣5️⃣` is a year too
            value = value.replace("\ufe0f", "").replace("\u20e3", "")
        digits = value.rstrip("#*")
        return len(digits) == 4 and digits.isdecimal() and 1900 <= int(digits) <= 2099 and digits == value

    def run(self, doc: Document) -> Iterator[Match]:
        text = doc.text
        taken: list[tuple[int, int]] = []

        def free(start: int, end: int) -> bool:
            return not any(a < end and start < b for a, b in taken)

        def take(start: int, end: int, what: str) -> Match:
            taken.append((start, end))
            return Match(start, end, {"what": WHAT.get(what, what)})

        for i in self._prefixed_gates.candidates(doc.casefolded):
            what, pattern = self.prefixed[i]
            for m in pattern.finditer(text):
                start, end = m.span("value") if "value" in pattern.groupindex else m.span()
                if free(start, end):
                    yield take(start, end, what)
        if self.keywords and self._may_have_keyword(doc):
            yield from self._keyword_values(doc, free, take)
        if self.keywords and "#" in text and self._may_scan(doc, "hashtag_code_re"):
            for m in self.hashtag_code_re.finditer(text):
                start, end = m.span("value")
                if free(start, end) and not self._year(m.group("value")):
                    yield take(start, end, "ovikoodi tai muu koodi")
        if self.keywords and self.note_re is not None and self._may_scan(doc, "note_re"):
            yield from self._note_values(doc, free, take)  # a note word, no credential word needed
        if self.keywords and ("/" in text or ":" in text) and self._pair_hint.search(text):
            yield from self._default_pairs(doc, free, take)
        if self.keywords and ("/" in text or "|" in text) and BARE_PAIR_GATE.search(text):
            yield from self._bare_pairs(doc, free, take)
        if self.keywords and CODE_NUMBER_RE.search(text) and _may_be_code(text):
            yield from self._access(doc, free, take)  # a door word and digits need no keyword
        if self.high_entropy and TOKEN_RUN_RE.search(text):
            skipped = doc.urls + doc.emails + doc.hashtags + doc.mentions
            for m in TOKEN_RE.finditer(text):
                token = m.group().rstrip(TRAILING + "=-")
                start, end = m.start(), m.start() + len(token)
                if len(token) < self.min_token_length or not free(start, end):
                    continue
                if any(s.start <= start < s.end for s in skipped):
                    continue
                if _classes(token) < 3 or _switches(token) < 4 or entropy(token) < self.min_entropy:
                    continue
                yield take(start, end, "satunnaiselta näyttävä tunniste tai avain")

    def _may_have_keyword(self, doc: Document) -> bool:
        return self._trigger_gate.may_match(doc.casefolded)

    def _scan(self, doc: Document, name: str) -> Iterator[regex.Match[str]]:
        """The matches of one keyword pattern; none, without a search, when the post lacks every word the pattern
        needs (its literal prefilter, read from the pattern on first use)."""
        if not self._may_scan(doc, name):
            return iter(())
        if name in WORD_LED:
            return self._matches_at(doc, getattr(self, name), self._starts(doc, "credential_word_re"))
        return getattr(self, name).finditer(doc.text)

    @staticmethod
    def _matches_at(doc: Document, pattern: Any, starts: list[int]) -> Iterator[regex.Match[str]]:
        """The matches of a pattern that can begin only at `starts` (in order), as its `finditer` gives them."""
        text, last = doc.text, 0
        for at in starts:
            if at < last:
                continue
            m = pattern.match(text, at)
            if m is not None:
                last = m.end() if m.end() > at else at + 1
                yield m

    def _may_scan(self, doc: Document, name: str) -> bool:
        """Whether the post holds the words keyword pattern `name` needs (its literal prefilter, read on first use)."""
        gate = self._gates.get(name)
        if gate is None:
            pattern = getattr(self, name)
            source = self._gate_sources.get(name) or (
                pattern.source if isinstance(pattern, LazyPattern) else pattern.pattern)
            gate = self._gates[name] = Prefilter.of(source)
        return gate.may_match(doc.casefolded)

    def _keyword_values(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        text = doc.text
        for m in self._scan(doc, "code_list_re"):
            start, end = m.span("value")
            if m.group("bare") and not _code_items(m.group("value")):
                continue  # `koodit 2024-2025`, `koodi 040-1234567`: years and phone numbers, not backup codes
            if free(start, end):
                yield take(start, end, "varakoodit")
        if (self._digit_run_gate is not None and self._may_scan(doc, "spoken_code_re")
                and self._digit_run_gate.search(doc.casefolded)):
            yield from self._spoken_codes(doc, free, take)
        if self.spelled_code_re is not None:
            yield from self._spelled_codes(doc, free, take)
        if self._may_scan(doc, "spelled_out_re"):
            for m in self.spelled_out_re.finditer(doc.text):
                start, end = m.span("value")
                if free(start, end) and not self._is_example(doc, start) and not self._inside_link(doc, start):
                    yield take(start, end, "salasana")  # `salasana on iso R, pieni e, k, k, u ja numerot 2019`
        keyword_starts = set()
        for m in self._scan(doc, "keyword_re"):
            keyword_starts.add(m.start())
            value, start, end = _value(m)
            if not value or not free(start, end):
                continue
            if m.group("pw") and self._login_word(doc, m, value):
                yield take(start, end, "salasana")  # `käyttis tiimi ja salis pulla`: a log-in's plain password
                continue
            if m.group("pw") and not m.group("sep"):
                late = self._late_plain(doc, m.start(), free)
                if late is not None:
                    yield take(*late, "salasana")
                    continue
            shouted = value.isupper() and (m.group("pw") or "").isupper() and self._strong(value.lower())
            pointed = bool(m.group("pw")) and POINT_RE.search(text, m.end("pw"), start) is not None
            if not (m.group("sep") or pointed or m.group("code") or self._strong(value) or shouted or (
                    value.isdigit() and _code_digits(value) and not self._year(value)
                    and not self._counted(text, end, doc.morphology) and not self._is_example(doc, start))):
                continue  # `salasana admin123`, `salasana 7731` need no colon; `salasana vaihdetaan` is prose
            if m.group("code") and self._year(value) and not m.group("sep") and not self._becomes(
                    text, m.start(), start, end) and not (
                    not text[m.end("code"):start].strip() and self._year_code(doc, m.group("code"), m.start(), end)):
                continue
            if (m.group("code") and not m.group("code")[:1].isalnum() and value.rstrip("#*").isdigit()
                    and value[-1] not in "#*" and self._counted(text, end, doc.morphology)):
                continue  # `🔢 1500 jäsentä`: an emoji before a count is no code word
            if self.example_before.search(text, max(0, m.start() - 30), m.start()):
                continue  # `heikko salasana: Kesä2025` shows a bad one
            if m.group("pw") and self._inside_link(doc, start):
                continue  # `salasana #Tietoturva2026 -kampanjassa`: a hashtag, not a password
            if m.group("pw") and (m.group("sep") or "")[:1].isalpha() and self._predicate(value):
                continue  # `the password is case-sensitive`: a word said of it
            if self._looks_secret(doc, value, m.group("sep"), bool(m.group("code"))) or (
                    not m.group("code") and self._plain_word(doc, m, value)):
                yield take(start, end, "kertakäyttökoodi tai muu koodi" if m.group("code") else "salasana")
        for m in self._scan(doc, "late_plain_re"):
            if m.start() not in keyword_starts:  # `lösenordet ti wifin e kanelbulle`: `ti` is too short a value
                late = self._late_plain(doc, m.start(), free)
                if late is not None:
                    yield take(*late, "salasana")
        for m in self._scan(doc, "late_code_re"):
            start, end = m.span("value")
            value = m.group("value")
            if (self._year(value) and not self._becomes(text, m.start(), start, end) and not (
                    (_ESSIVE_RE.search(m.group("word")) or self._copula_between(text, m.end("word"), start))
                    and self._year_code(doc, m.group("word"), m.start(), end))) or not _code_digits(value):
                continue  # `Vahvistuskoodin voimassaoloaika päättyy 2026`: a year, on this weaker evidence
            if value[-1] not in "#*" and self._counted(text, end, doc.morphology):
                continue  # `tunnusluku ja 10 000 euroa`, `voimassaolo: 1500 sekuntia`: digits before a noun count
            if free(start, end) and not self._is_example(doc, start):
                yield take(start, end, "kertakäyttökoodi tai muu koodi")
        for m in self._scan(doc, "late_colon_code_re"):
            start, end = m.span("value")
            value = m.group("value")
            if (free(start, end) and _code_digits(value) and (not self._year(value) or self._given_year(doc, m))
                    and not self._counted(text, end, doc.morphology) and not self._is_example(doc, start)):
                yield take(start, end, "kertakäyttökoodi tai muu koodi")
        for m in self._scan(doc, "late_value_re"):
            value, start, end = _value(m)
            if (value and free(start, end) and self._strong(value) and not self._inside_link(doc, start)
                    and not self._is_example(doc, start)):
                yield take(start, end, "salasana")
        for m in self._scan(doc, "pair_re"):
            value, start, end = _value(m)
            between = text[m.start():m.start("value")]
            if not ("/" in between or between.count("\n") == 2) or not self._strong(value):
                continue  # the pair's slash or the name-and-password lines make it a log-in
            if free(start, end) and not self._inside_link(doc, start) and not self._is_example(doc, start):
                yield take(start, end, "salasana")
        if self.bare_key_re is not None and self.network_word is not None:
            for m in self._scan(doc, "bare_key_re"):
                value, start, end = _value(m)
                if not (value and free(start, end) and self._network_value(value)) or regex.match(
                        r"[ \t]+-\p{L}", text[end:end + 3]):
                    continue  # `koodi: Kela2025 -hackathon` names an event
                sentence = doc.sentence_of(m.start())
                if self._is_example(doc, start) or self._inside_link(doc, start):
                    continue
                if self.network_word.search(text, sentence.start, sentence.end) or self._labelled_line(doc, m):
                    yield take(start, end, "Wi-Fi-avain tai salasana")
                elif (self.code_owner_before is not None and any(c.islower() for c in value)
                      and self.code_owner_before.search(text, max(0, m.start() - 30), m.start())
                      and (_CLAUSE_END_RE.match(text, end) or _IF_AFTER_RE.match(text, end))):
                    yield take(start, end, "salasana")  # `Netflixin koodi: Leffa2031`: an account's code
        for m in self._scan(doc, "reverse_code_re"):
            start, end = m.span("value")
            value = m.group("value")
            if self._year(value) and (self.not_code.search(text, max(0, start - 12), m.end()) or (
                    m.group("word") and not self.cred_word_re.fullmatch(m.group("word")))):
                continue  # `vuonna 1984 ovikoodi`, `2019 oli ovikoodiuudistus`; `1984 on mun pin` tells the code
            if free(start, end) and _code_digits(value) and not self._is_example(doc, start):
                yield take(start, end, "ovikoodi tai muu koodi")
        if VALUE_HINT_RE.search(text):  # every value found from a word has digits by a letter, 4 digits or quotes
            yield from self._around_words(doc, free, take)
        yield from self._named_before(doc, free, take)
        yield from self._passphrases(doc, free, take)
        for m in self._scan(doc, "label_block_re"):
            for item in ITEM_RE.finditer(text, m.start("block"), m.end("block")):
                value, start, end = _value(item)
                if m.group("user") and not item.group("name"):
                    continue  # under `Tilit:` a handle alone is public; a log-in is `name / password`
                if (value and free(start, end) and self._strong(value) and not self._year(value)
                        and not self._inside_link(doc, start) and not self._is_example(doc, start)):
                    yield take(start, end, "salasana")
        for m in self._scan(doc, "user_pass_re"):
            value, start, end = _value(m)
            if m.group("joined") and not self._strong(value):
                continue  # `tili: Instagram ja Facebook` names services; `käyttis tiimi1 ja Kevät!23` is a log-in
            if m.group("space") and not (_NAME_SIGNS_RE.search(m.group("name"))
                                         and _PAIR_END_RE.match(text[end:end + 8])):
                continue  # `tili on kela_fi Kesä2025 -kampanjaa varten` names a campaign
            if (value and free(start, end) and (self._looks_secret(doc, value, ":", False) or (
                    m.group("slash") and self._pair_word(doc, value, end))) and not self._inside_link(doc, start)):
                yield take(start, end, "salasana")
        for m in self._scan(doc, "label_line_re"):
            value, start, end = _value(m)
            if not value or not free(start, end) or self._is_example(doc, start):
                continue
            if m.group("code"):
                ok, what = self._is_code(value) and not self._year(value), "kertakäyttökoodi tai muu koodi"
            elif m.group("net"):
                ok, what = self._network_value(value), "Wi-Fi-avain tai salasana"
            else:
                ok, what = self._looks_secret(doc, value, ":", False), "salasana"
                if _SERVICE_SUFFIX_RE.search(value):
                    ok = False  # `Salasanat` / `OmaKela-palvelussa`: a name with a case-inflected compound tail
            if ok and not self._inside_link(doc, start):
                yield take(start, end, what)
        for m in self._scan(doc, "late_strong_re"):
            value, start, end = _value(m)
            if (value and free(start, end) and self._strong(value) and not self._year(value)
                    and not self._is_example(doc, start) and not self._inside_link(doc, start)):
                yield take(start, end, "salasana")
        if self.network_re is not None:
            for m in self._scan(doc, "network_re"):
                value, start, end = _value(m)
                if not (value and free(start, end)) or self._is_example(doc, start) or self._inside_link(doc, start):
                    continue
                if self._network_value(value) or self._emoji_key(doc, m, value):
                    yield take(start, end, "Wi-Fi-avain tai salasana")
        yield from self._door_codes(doc, free, take)
        yield from self._spaced_values(doc, free, take)
        if self.foreign_plain_re is not None:
            yield from self._foreign_plain_words(doc, free, take)
        yield from self._reverse_words(doc, free, take)
        if self._may_scan(doc, "short_door_code_re") and _THREE_DIGITS_RE.search(text):
            yield from self._short_door_codes(doc, free, take)
        if (self.composed_re is not None and self._composed_gate.may_match(doc.casefolded)
                and self._may_scan(doc, "composed_re")):
            yield from self._composed(doc, free, take)
        if self.derived_re is not None and (self._may_scan(doc, "derived_re")
                                            or self._may_scan(doc, "derived_reverse_re")):
            yield from self._derived(doc, free, take)
        if self.change_re is not None and self._may_scan(doc, "set_word_re") and _SET_GATE_RE.search(doc.casefolded):
            yield from self._set_words(doc, free, take)
        if self.parts_re is not None and self._may_scan(doc, "parts_re"):
            yield from self._parts(doc, free, take)

    def _parts(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A password or code given in parts, each after the word for its place (`alku on Kesä ja loppu 2026`,
        `börjar med Sol och slutar med 7741`), with a credential word in the sentence (before or after: `..., siinä
        se salis`). Together the parts must look like a secret (letters and digits, or a code's digits); a told
        composition (`alku on firman nimi`) is `_composed`'s, and a warning or an example is advice."""
        text = doc.text
        for m in self.parts_re.finditer(text):
            start, end = m.start("first"), m.end("last")
            joined = m.group("first") + m.group("last").rstrip("!?.")
            if not (self._strong(joined) or (joined.isdigit() and 4 <= len(joined) <= 12)):
                continue
            if not free(start, end) or self._is_example(doc, start) or self._inside_link(doc, start):
                continue
            sentence = doc.sentence_of(m.start())
            if not any(sentence.start <= w.start() < sentence.end for w in self._cred_words(doc)):
                continue
            if self.warning_word is not None and self.warning_word.search(text, sentence.start, sentence.end):
                continue
            yield take(start, end, "salasana")

    def _around_words(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """Values found from a credential word: the next short sentence (`Ovikoodi vaihtui. Uusi on 4471.`; with no
        copula or colon the value must stand alone, `Salis? Pulla2025 😂`; a bare `koodi` needs a door, gate or room
        in its sentence), a quoted passphrase after a password word, and a password before its name (`Pulla2025 on
        uus salis`). Advice and examples stay clean."""
        text = doc.text
        for h in self._cred_words(doc):
            if h.group("pw"):
                q = self.passphrase_tail_re.match(text, h.end())
                if q and 2 <= len(q.group("value").split()) <= 6:
                    start, end = q.span("value")
                    if free(start, end) and not self._is_example(doc, start) and not self._inside_link(doc, start):
                        yield take(start, end, "salasana")
                r = self.reverse_head_re.search(text, max(0, h.start() - 100), h.start())
                if r and (_CLAUSE_END_RE.match(text[h.end():h.end() + 8]) or _CHAT_END_RE.match(text, h.end())):
                    value, start, end = _value(r)
                    if (value and free(start, end) and self._strong(value) and not self._year(value)
                            and not self._inside_link(doc, start) and not self._is_example(doc, start)):
                        yield take(start, end, "salasana")
            m = self.next_tail_re.match(text, h.end()) if self.next_tail_re is not None else None
            if m is None:
                continue
            value, start, end = _value(m)
            if not value or not free(start, end) or self._inside_link(doc, start) or self._is_example(doc, start):
                continue
            answered = self._answered(text, h, start, end)
            if not m.group("cop") and not _LINE_END_RE.match(text[end:end + 12]) and not (
                    not h.group("pw") and self._works_after(text, end)) and not answered:
                continue  # `Salasana vaihdettu. Kampanja2026 alkaa`: a name in a sentence, no value given
            if h.group("pw"):
                if (self._strong(value) and not self._year(value) and not _OPTION_AFTER_RE.match(text[end:])
                        and not _SERVICE_SUFFIX_RE.search(value)):  # `OmaKela2026-palvelussa` names a service
                    yield take(start, end, "salasana")
                continue
            if (h.group("bare") and not self.doors.search(m.group("rest") or "")
                    and not self.doors.search(text, max(0, h.start() - 40), h.start())
                    and not (self.change_re is not None and self.change_re.search(m.group("rest") or ""))):
                continue  # a bare `koodi` names no door, nor says it changed (`koden byttes. Den e 4471 nu`)
            asked = h.group("code") and not m.group("rest") and text[h.end():start].strip() == "?"
            if (_code_digits(value) and regex.fullmatch(r"[\d -]+[#*]?", value) and not _clock(value)
                    and (not self._year(value) or asked)
                    and (value[-1] in "#*" or answered or not self._counted(text, end, doc.morphology))):
                what = "kertakäyttökoodi tai muu koodi" if h.group("code") else "ovikoodi tai muu koodi"
                yield take(start, end, what)

    def _named_before(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A name told first and then pointed back at as the password: `Koiran nimi on Rekku. Se on myös wifin
        salasana`, `Hunden heter Bamse och det är också vårt wifi-lösenord`, `My dog is called Buddy, which is also my
        password lol`. The password word closes its clause, no adjective grades it (`se on huono salasana`), and the
        name is a noun or a name, not a word said of something (`nimi on tärkeä`)."""
        text = doc.text
        for h in self._cred_words(doc):
            if not h.group("pw") or not _BACKREF_END_RE.match(text, h.end()):
                continue
            back = _BACKREF_RE.search(text, max(0, h.start() - 60), h.start())
            if back is None or self.example_before.search(text, max(0, h.start() - 30), h.start()) or (
                    self.quality.search(text, max(0, h.start() - 30), h.start())):
                continue
            if any(not (self.new_code is not None and self.new_code.fullmatch(w)) and any(
                    a.wordclass in ("laatusana", "nimisana_laatusana") for a in doc.morphology.analyze(w.lower()))
                    for w in back.group("mods").split()):
                continue
            window = max(0, back.start() - 150, text.rfind("\n\n", 0, back.start()) + 1)
            namings = list(_NAMING_RE.finditer(text, window, back.start()))
            if not namings:
                continue
            named = namings[-1]  # the name told last before the pointing word
            value, start = named.group("value"), named.start("value")
            end = start + len(value)
            if (self.cred_any.fullmatch(value) or self._predicate(value) or any(
                    a.wordclass in ("laatusana", "nimisana_laatusana", "teonsana", "asemosana")
                    for a in doc.morphology.analyze(value.lower()))):
                continue
            if free(start, end) and not self._is_example(doc, start) and not self._inside_link(doc, start):
                yield take(start, end, "salasana")

    def _passphrases(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A passphrase of plain words after a password word: `wifin salasana on kahvia ja pullaa`, `salis on kaksi
        kissaa ja koira`, `lösenordet är kaffe och bulle`, `the wifi password is coffee and cake`. Two to five words,
        joined by `ja`/`och`/`and` or led by a number; each a noun or a number (an adjective only after a number:
        `kolme pientä porsasta`), or a word voikko does not know after a Swedish or English copula or a colon. Not a
        description (`salasana on pitkä ja vaikea`, `henkilökohtainen ja salainen`, `vaihdettu ja toimii`)."""
        text = doc.text
        for h in self._cred_words(doc):
            if not h.group("pw") or (self.figurative is not None and self.figurative.fullmatch(h.group("pw"))):
                continue
            if _PLACE_CASE_RE.search(h.group("pw")):
                continue  # `salasanassa on kaksitoista merkkiä` tells what is in it
            m = self.passphrase_plain_re.match(text, h.end())
            if m is None or self.quality.search(text, max(0, h.start() - 30), h.start()):
                continue
            sentence = doc.sentence_of(h.start())
            before = _WORDS_RE.findall(text[max(sentence.start, h.start() - 30):h.start()])[-2:]
            if any(not (self.new_code is not None and self.new_code.fullmatch(w)) and any(
                    a.wordclass in ("laatusana", "nimisana_laatusana") for a in doc.morphology.analyze(w.lower()))
                    for w in before):
                continue  # `yleisin salasana on ...` is a statistic
            sep = m.group("sep").lower()
            words = m.group("value").split()
            joined = [i for i, w in enumerate(words) if w.lower() in _JOINING_WORDS]
            counted = self.numerals is not None and self.numerals.read(words[0]) is not None
            if not (any(0 < i < len(words) - 1 for i in joined) or counted):
                continue
            if not all(self._phrase_word(doc, w, sep, counted and i > 0) for i, w in enumerate(words)
                       if i not in joined and not (counted and i == 0)):
                continue
            start, end = m.span("value")
            if (not free(start, end) or self._is_example(doc, start) or self._inside_link(doc, start)
                    or self.example_before.search(text, max(0, h.start() - 30), h.start())
                    or (self.warning_word is not None and self.warning_word.search(text, sentence.start,
                                                                                   sentence.end))):
                continue
            yield take(start, end, "salasana")

    def _phrase_word(self, doc: Document, word: str, sep: str, after_number: bool) -> bool:
        """A word that may stand in a passphrase: a noun or a number, an adjective after a number, a word voikko does
        not know after a Swedish or English copula or a colon; not a word said of a password nor a credential word."""
        if self._predicate(word) or self.cred_any.fullmatch(word) or (
                self.composition_part is not None and self.composition_part.fullmatch(word)) or (
                self.topic is not None and self.topic.fullmatch(word)) or _ABSTRACT_RE.search(word.lower()):
            return False
        readings = doc.morphology.analyze(word.lower())
        if not readings:
            return sep in _FOREIGN_COPULAS or sep in (":", "=")
        allowed = {"nimisana", "lukusana"} | ({"laatusana", "nimisana_laatusana"} if after_number else set())
        return all(a.wordclass in allowed for a in readings)

    def _answered(self, text: str, word: regex.Match[str], start: int, end: int) -> bool:
        """A value answering its own question, with a chat tail after it: `Takaoven koodi? No 4471 tietty`,
        `Dörrkoden? 4471 som vanligt`. The question mark stands between the word and the value."""
        return (self.answer_tail_re is not None and "?" in text[word.end():start]
                and self.answer_tail_re.match(text, end) is not None)

    def _works_after(self, text: str, end: int) -> bool:
        """A verb of working or opening right after a code (`4471 toimii maanantaista`, `4471 gäller från måndag`)."""
        after = _NEXT_WORD_RE.match(text[end:end + 30])
        return bool(after) and self.entry.fullmatch(after.group(1)) is not None

    def _cred_words(self, doc: Document) -> Iterator[regex.Match[str]]:
        """The matches of `cred_word_re`, as its `finditer` gives them, found faster: its words are among those of
        `credential_word_re`, so it is matched only where one of those begins (`_starts`)."""
        if not self._may_scan(doc, "cred_word_re"):
            return
        yield from self._matches_at(doc, self.cred_word_re, self._starts(doc, "credential_word_re"))

    def _bare_pairs(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A handle and a password joined by a slash with no log-in word: `Insta: kuvat_tiimi / Lakka2026!`."""
        for m in BARE_PAIR_RE.finditer(doc.text):
            value, start, end = _value(m)
            symbol = any(not c.isalnum() for c in value)
            if not (value and self._strong(value) and (any(c.isupper() for c in value) or symbol)
                    and (symbol or sum(c.isdigit() for c in value) >= 2)):
                continue  # `Liite2`, `Välilehti3` number a part
            if _DATE_OR_NUMBER_RE.search(value) or self._year(value):
                continue  # dates and ranges: `Q1/2025`, `ma/ti`, `2024/2025-luku`
            name_start = m.start("name")
            if m.group("more") and not _PAIR_LABEL_RE.search(doc.text, max(0, name_start - 4), name_start):
                continue  # `raportti_v2 / Luonnos2026 valmis`: no label, the pair does not end its clause
            if "@" not in m.group("name") and _DOMAIN_END_RE.search(m.group("name")):
                continue  # a file or a site, `raportti_2025.pdf`, `kela.fi`; an e-mail address is a user name
            if (free(start, end) and not self._inside_link(doc, start) and not any(
                    s.start <= name_start < s.end for s in doc.urls) and not self._is_example(doc, start)):
                yield take(start, end, "salasana")

    def _default_pairs(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A log-in written as a pair with no password word: a default user name and a default password (`admin/admin`,
        `root:toor`, `admin/password`), a default user name and a password-shaped value (`user / pass123`,
        `admin / 1234`), or one word twice beside a system or a log-in verb (`palvelimelle pääsee demo/demo`).
        Field names (`käyttäjätunnus / salasana`) and pairs after a warning (`älä jätä admin/admin`) are no log-in; a
        colon joins the halves only with no blank (`admin: Maija` names a group's admin)."""
        text = doc.text
        for m in DEFAULT_PAIR_RE.finditer(text):
            name, sep = m.group("name"), m.group("sep")
            value, start, end = _value(m)
            name_l, value_l = name.lower(), value.lower()
            same = name_l == value_l
            user = name_l in self._default_users
            if not (user or same) or len(value) < 3 or (sep == ":" and text[m.end("sep"):m.end("sep") + 1].isspace()):
                continue
            if self.cred_any.fullmatch(name) and self.cred_any.fullmatch(value):
                continue  # `tunnus / salasana`, `user/password` name the fields
            if text[end:end + 1] == ":":
                continue  # `Demo/testi: perjantaina` labels what follows
            pin = (4 <= len(value) <= 8 and value.isdigit() and not self._year(value)
                   and not self._counted(text, end, doc.morphology))
            # `admin/admin`, `root:toor`, `admin / 2468`; two different user names are roles (`demo/testi`)
            default = (value_l in self._default_passwords and (same or value_l not in self._default_users)) or pin
            secret = default or (any(c.isdigit() for c in value) and _LETTER_RE.search(value) is not None)
            if not ((user and secret) or (same and _LETTER_RE.search(value) and not self.cred_any.fullmatch(value))):
                continue
            sentence = doc.sentence_of(m.start())
            if not (user and default) and not (
                    self.system_word.search(text, sentence.start, m.start())
                    or self.system_word.search(text, m.end(), sentence.end)):
                continue  # a system or a log-in verb must stand by a pair not made of two defaults
            if self.warning_word is not None and self.warning_word.search(text, sentence.start, m.start()):
                continue  # `älä koskaan jätä admin/admin voimaan`: advice (`admin/admin, älkää kertoko` is none)
            if (free(start, end) and not self._inside_link(doc, m.start()) and not self._inside_link(doc, start)
                    and not self._is_example(doc, start)):
                yield take(m.start(), end, "salasana")

    def _composed(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A password told by its parts: `salasana on firman nimi + vuosi`, `lösenordet är företagsnamnet och året`,
        `the password is our name plus 2026`, `salis on sama ku tunnus`. Not a generalisation or a warning (`salasana
        on usein nimi + vuosi`, `älä ...`), not an example (`heikko salasana on ...`), and no adjective before the
        password word but `uusi` (`yleisin salasana on nimi ja vuosi` is a statistic)."""
        text = doc.text
        for m in self._scan(doc, "composed_re"):
            start, end = m.span("value")
            if not free(start, end) or self._is_example(doc, start) or self.example_before.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            sentence = doc.sentence_of(m.start())
            if not free(sentence.start, sentence.end):
                continue  # `salasana on toimiston nimi ja vuosi, eli Kalasatama2025`: the password itself was found
            if self.warning_word is not None and self.warning_word.search(text, sentence.start, sentence.end):
                continue
            before = _WORDS_RE.findall(text[max(sentence.start, m.start() - 30):m.start()])[-2:]
            if any(not (self.new_code is not None and self.new_code.fullmatch(w)) and any(
                    a.wordclass in ("laatusana", "nimisana_laatusana") for a in doc.morphology.analyze(w.lower()))
                    for w in before):
                continue
            yield take(start, end, "salasana")

    def _derived(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A credential told by how to rebuild it: the old one changed, a part transformed, a part that alone gives it
        (`derived_re`). Not a negation or a generalisation (`ei`, `not`, `usein`, `älä`), not an example, no adjective
        before the credential word but `uusi` (`yleisin PIN on syntymävuosi` is a statistic). A bare `koodi`
        needs a door or place in its sentence, or the change must close the clause (`koodi on viimevuotinen plus
        yksi`; `plus yksi korjaus` is no code)."""
        text = doc.text
        for m in self._derivations(doc):
            start, end = m.span("value") if m.group("value") else m.span("value2")
            if not free(start, end) or self._is_example(doc, start) or self.example_before.search(
                    text, max(0, m.start() - 30), m.start()):
                continue
            if _NEGATION_RE.search(text, m.start(), m.end()):
                continue
            sentence = doc.sentence_of(m.start())
            if self.warning_word is not None and self.warning_word.search(text, sentence.start, sentence.end):
                continue
            placed = all(self._placement(w) for w in (m.group("after") or "").split())
            new = self.new_code is not None and self.new_code.search(text, max(sentence.start, m.start() - 12),
                                                                      m.start())
            if m.group("bare") and not self.doors.search(text, sentence.start, sentence.end) and not new and (
                    m.groupdict().get("same_part") or not placed):
                continue  # `koodi on sama kuin ennen, lisää loppuun rivi`: program code
            before = _WORDS_RE.findall(text[max(sentence.start, m.start() - 30):m.start()])[-2:]
            if any(not (self.new_code is not None and self.new_code.fullmatch(w)) and any(
                    a.wordclass in ("laatusana", "nimisana_laatusana") for a in doc.morphology.analyze(w.lower()))
                    for w in before):
                continue
            yield take(start, end, "salasana" if m.group("pw") else "ovikoodi tai muu koodi")

    def _derivations(self, doc: Document) -> Iterator[regex.Match[str]]:
        """The matches of `derived_re` and then of `derived_reverse_re`, as their `finditer` give them, found faster:
        both need a credential word as a whole word, and `derived_re` begins with it, so it is matched only where
        such a word begins (every start, overlapping: `sivuoven koodi` begins at `sivuoven` and at `koodi`)."""
        forward, reverse = self._may_scan(doc, "derived_re"), self._may_scan(doc, "derived_reverse_re")
        if not (forward or reverse) or not self._may_scan(doc, "derived_word_re"):
            return
        starts = self._starts(doc, "derived_word_re")
        if not starts:
            return
        if forward:
            yield from self._matches_at(doc, self.derived_re, starts)
        if reverse:  # tried only a few words before its literals, as the keyword patterns are (`_starts`)
            yield from self._matches_at(doc, self.derived_reverse_re, self._starts(doc, "derived_reverse_re"))

    def _starts(self, doc: Document, name: str) -> list[int]:
        """Where word pattern `name` matches, in order, as its overlapped `finditer` gives them (none when the post
        lacks its literals): tried only a few words before each of its literals (an automaton over the folded text,
        whose offsets are the text's when folding kept its length; otherwise the whole text is scanned). Found once
        a post for all the patterns that ask."""
        cached = self._found_starts.get(name)
        if cached is not None and cached[0] is doc:
            return cached[1]
        starts = self._find_starts(doc, name) if self._may_scan(doc, name) else []
        self._found_starts[name] = (doc, starts)
        return starts

    def _find_starts(self, doc: Document, name: str) -> list[int]:
        text, folded = doc.text, doc.casefolded
        pattern = getattr(self, name)
        automaton = self._word_literals.get(name)
        if automaton is None:
            sets = self._gates[name].sets  # read by `_may_scan`, asked first
            automaton = self._word_literals[name] = (
                ahocorasick_rs.AhoCorasick(list(min(sets, key=len))) if sets else False)
        if automaton is False or len(folded) != len(text):
            return [w.start() for w in pattern.finditer(text, overlapped=True)]
        tried: set[int] = set()
        starts: list[int] = []
        match = pattern.match
        for _, at, _ in automaton.find_matches_as_indexes(folded, overlapping=True):
            begin, blanks = at, self._word_blanks[name]
            while begin > 0 and text[begin - 1] != "\n":
                if text[begin - 1] in " \t":
                    blanks -= 1
                    if blanks < 0:
                        break
                    while begin > 0 and text[begin - 1] in " \t":
                        begin -= 1
                else:
                    begin -= 1
            for i in range(begin, at + 1):
                # a Latin letter or digit before it: no start (the pattern's lookbehind), told without a call
                if i and text[i - 1] < "\u0250" and text[i - 1].isalnum():
                    continue
                if i not in tried:
                    tried.add(i)
                    if match(text, i) is not None:
                        starts.append(i)
        return sorted(starts)

    def _placement(self, word: str) -> bool:
        """A word that may close a told change of a code: where the change goes, a verb of change, a digit word
        (`loppuun`, `på slutet`, `vaihettu kolmonen`)."""
        if word.isdigit() or word.lower() in COPULAS or word.lower() in ("nyt", "nu", "now"):
            return True  # `vika numero on nyt 5`
        return (_PLACEMENT_RE.fullmatch(word) is not None
                or (self.change_re is not None and self.change_re.fullmatch(word) is not None)
                or (self.digit_word is not None and self.digit_word.fullmatch(word) is not None))

    def _labelled_line(self, doc: Document, m: Any) -> bool:
        """A bare `koodi`/`kod`/`code` opening its line under a line that names a network or a user and gives its name:
        `Inlogg: kundtjänst` / `Kod: Sommar2026`, `wifi: Kahvio_Vieras` / `koodi: pulla77`. The pair is a log-in."""
        text = doc.text
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not line_start or text[line_start:m.start()].strip() or ":" not in text[m.start():m.start("value")]:
            return False
        previous_line = text.rfind("\n", 0, line_start - 1) + 1
        return self.user_before_re.search(text, previous_line, line_start) is not None

    def _note_values(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A password written on a note: a strong-looking word (letters and digits, a capital or a symbol) closing
        its clause after a note word, in a sentence that puts the note by a screen, a keyboard, a desk or a router
        (`Kuvassa lappu näytön reunassa: Kesä2026!`, `lappen på skärmen säger Kanel2026`). Not a year, a link, a
        compound's or an event's name (`Kesä2026 -tapahtuma`), nor an example."""
        text = doc.text
        for m in self._scan(doc, "note_re"):
            value, start, end = _value(m)
            if not (value and free(start, end) and self._strong(value) and not self._year(value)):
                continue
            if not (any(c.isupper() for c in value) or any(not c.isalnum() for c in value)):
                continue
            quoted = text[end:end + 1] in QUOTES
            if not _CLAUSE_END_RE.match(text, end + quoted) or _SERVICE_SUFFIX_RE.search(value):
                continue
            sentence = doc.sentence_of(m.start())
            if self.note_place is not None and not self.note_place.search(text, sentence.start, sentence.end):
                continue  # a workshop's post-its name goals; a password note sits by a screen or a keyboard
            if not self._inside_link(doc, start) and not self._is_example(doc, start):
                yield take(start, end, "salasana")

    def _network_value(self, value: str) -> bool:
        """A key, not a standard or a band (`802.11ax`, `5GHz`): strong, starting with a letter, no dotted number."""
        return (self._strong(value) and value[0].isalpha() and not _DECIMAL_RE.search(value)
                and not self._year(value))

    @staticmethod
    def _inside_link(doc: Document, offset: int) -> bool:
        return any(s.start <= offset < s.end for s in doc.urls + doc.emails + doc.hashtags + doc.mentions)

    def _access(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A sentence that tells how to get in: a door, gate, box or printer and a keypad code after it.

        The code must be given as one (`on`, `:`, `'s`, an entry verb or a bare `koodi` between, or a trailing
        `#`), no other number's role may stand between (`puhelinnumero`, `huone`), and only a small word may follow
        it: `ovelle mahtuu 1500 henkeä` and `rakennus on 2400 neliötä` count things, they open nothing.
        """
        text = doc.text
        if not self._may_scan(doc, "access_re"):
            return  # no door, gate, box or printer word: the costly overlapped search is skipped
        for m in self.access_re.finditer(text, overlapped=True):
            start, end = m.span("value")
            value = m.group("value")
            if (not free(start, end) or (self._year(value) and not self._becomes(text, m.start(), start, end))
                    or _clock(value) or not _code_digits(value)):
                continue
            between = m.group("between") or ""
            words = {w.lower() for w in _WORDS_APOSTROPHE_RE.findall(between)}
            if self._listed(text, m.start()):
                given = True  # `Koodit: ulko-ovi 1234, varasto 5678`
            elif self.code_tail.search(text, m.start(), m.start("between")):
                given = True  # a compound of a door and a code word: `förrådskoden byttes till 1989`, `saunakoodi`
            elif not between.strip() and self.lock_end is not None and self.lock_end.search(
                    text, max(0, m.start("between") - 30), m.start("between")):
                given = True  # `pyöräkellarin numerolukko 4471`: a lock's number is its code
            elif self.not_code_tail.search(text, m.start(), m.start("between")):
                given = value[-1] in "#*" or self.entry.search(between)  # `kokoushuone on 4012`: its number
            elif not between.strip() and self._door_direction(doc, m):
                given = True  # `Porttiin 4471, sitten kolmas kerros`, `till porten 4471`, `Gate 4471, then ...`
            else:
                given = (value[-1] in "#*" or m.group("sep") or words & COPULAS or self.entry.search(between)
                         or (self.entry.search(text, doc.sentence_of(start).start, start) is not None
                             and _INSTRUMENT_AFTER_RE.match(text, end) is not None))  # `pääsette sisään 4471:llä`
            keypad = regex.fullmatch(r"\d(?:[- ]\d){3,7} ?[#*]?", value)  # `3-3-0-9`, `3 3 0 9` are keyed in
            if not given or (self.not_code.search(between) and not keypad):
                continue
            if (value[-1] not in "#*" and self._counted(text, end, doc.morphology)
                    and not _CODE_THEN_RE.match(text, end) and not _CODE_WHEN_RE.match(text, end)):
                continue  # (`4471 then lift`, `4471 sen hissen`, `4471 after 6pm`: nothing is counted)
            if self._is_example(doc, start) or self._inside_link(doc, start):
                continue
            yield take(start, end, "ovikoodi tai muu koodi")
        for m in self.access_before_re.finditer(text):
            start, end = m.span("value")
            value = m.group("value")
            if (not free(start, end) or self._year(value) or _clock(value) or not _code_digits(value)
                    or self.not_code.search(text, max(0, start - 12), m.end())):
                continue
            if not self._is_example(doc, start) and not self._inside_link(doc, start):
                yield take(start, end, "ovikoodi tai muu koodi")
        for m in self.access_after_re.finditer(text):
            start, end = m.span("value")
            value = m.group("value")
            if (not free(start, end) or self._year(value) or _clock(value) or not _code_digits(value)
                    or self.not_code.search(m.group("between") or "")):
                continue
            if not self._is_example(doc, start) and not self._inside_link(doc, start):
                yield take(start, end, "ovikoodi tai muu koodi")

    def _door_direction(self, doc: Document, m: Any) -> bool:
        """The door is named as where to go and the number right after it ends its clause: the number is the code.

        Directions tell the way in: `Porttiin 4471, sitten kolmas kerros`, `till porten 4471`; so does a door that
        opens its sentence with its number alone (`Gate 4471, then lift to three`; a way in, `gate_words`, not
        a room or a building: `Office 2105, third floor`). A number that goes on
        (`ovelle 2580 metriä`) is left to `_counted`, one that says when it opens (`Gate 4471 after 6pm`) is the code
        still; a number in the middle of a sentence (`talo 4471 on
        myynnissä`) is an address or a count.
        """
        text = doc.text
        door = text[m.start():m.start("between")]
        end = m.end("value")
        if (_CLAUSE_END_RE.match(text, end) is None and not _CODE_THEN_RE.match(text, end)
                and not _CODE_WHEN_RE.match(text, end)):
            return False
        if _DIRECTION_RE.search(door) or _TILL_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()):
            return True
        if self.gate_end is None or not self.gate_end.search(door):
            return False  # `Office 2105, third floor`: a room's number
        head = text[doc.sentence_of(m.start()).start:m.start()]
        return "\n" not in head and _DOOR_HEAD_RE.fullmatch(head) is not None

    def _set_words(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A password set to a plain noun: `salasanaks laitoin mustikka`, `lösenordet blev kanelbulle`, `changed
        the password to blueberry`. A verb of change must stand in the clause (`salasanaksi kannattaa valita
        lause` is advice), the noun closes it."""
        text = doc.text
        for m in self._scan(doc, "set_word_re"):
            value, start = m.group("value"), m.start("value")
            end = start + len(value)
            if not free(start, end) or (self.figurative is not None and self.figurative.fullmatch(m.group("kw"))):
                continue
            before = max(text.rfind(c, 0, m.start()) for c in ".!?\n,") + 1
            if not ((m.group("to") or "").lower() == "blev" or (m.group("verb") and self.change_re.fullmatch(
                    m.group("verb"))) or self.change_re.search(text, max(before, m.start() - 40), m.start())):
                continue
            quoted = text[end:end + 1] in QUOTES
            if not value[1:].islower() or not _CLAUSE_END_RE.match(text, end + quoted) or self._predicate(value):
                continue
            noun = self._noun(doc, value)
            if (noun is True or (noun is None and (quoted or m.group("to")))) and not self._is_example(doc, start):
                yield take(start, end, "salasana")

    def _emoji_key(self, doc: Document, m: Any, value: str) -> bool:
        """A plain word after a key emoji, when the network was named before it on the line or the line before:
        `📶 KahviNet 🔑 pullapulla`, `wifi: KahviNet` / `🔐 pullapulla` (a first network word is the name)."""
        text = doc.text
        if text[m.start()].isalnum() or not (5 <= len(value) <= 30 and value.isalpha() and value[1:].islower()):
            return False
        if not _LINE_END_RE.match(text, m.start("value") + len(value)) or self._predicate(value):
            return False
        line_start = text.rfind("\n", 0, m.start()) + 1
        previous_line = text.rfind("\n", 0, line_start - 1) + 1 if line_start else 0
        named = self.network_named_re.search(text, max(previous_line, m.start() - 80), m.start())
        return (named is not None and _NETWORK_NAME_SIGNS_RE.search(named.group("name")) is not None
                and self._noun(doc, value) is not False)

    def _late_plain(self, doc: Document, at: int, free: Any) -> tuple[int, int] | None:
        """A plain password after the network's name (`lösenordet till wifin är kanelbulle`, `the password for the
        guest wifi is pancakes`, `salasana wifiin: mustikka`): matched from a password word `keyword_re` found."""
        text = doc.text
        m = self.late_plain_re.match(text, at)
        if m is None:
            return None
        value, start = m.group("value"), m.start("value")
        if m.group("colon"):
            if not self.network_word.search(text, m.end("pw"), m.start("colon")) and not (
                    _PREPOSITION_AFTER_RE.match(text[m.end("pw"):m.end("pw") + 6])
                    and self._foreign_value(doc, m.group("pw"), value)):
                return None  # `salasana wifiin: mustikka`; `salasanat ja tunnukset: yleisohje` names a topic
        elif not _PREPOSITION_AFTER_RE.match(text[m.end("pw"):m.end("pw") + 6]):
            return None  # `the password for the wifi is ...`; `the password policy is ...` is no password
        if (free(start, start + len(value)) and not self.cred_any.fullmatch(value)
                and self._copula_word(doc, m, value, (m.group("sep") or ":").lower())):
            return start, start + len(value)
        return None

    def _reverse_words(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A plain word told as the password before its name: `Mustikkapiirakka on meiän wifin salasana`, `Pulla on
        uus salis`. The words between may be a possessive, a network or `uus`; an adjective there makes it a saying
        (`Rehellisyys on paras salasana`, `Kissa on huono salasana`)."""
        text = doc.text
        if not self._may_scan(doc, "reverse_plain_re"):
            return
        for g in _REVERSE_GATE_RE.finditer(text):  # a sentence's or a line's first word and a copula: cheap, then
            m = self.reverse_plain_re.match(text, g.end())  # the whole pattern from there
            if m is None:
                continue
            value, start = m.group("value"), m.start("value")
            end = start + len(value)
            if not free(start, end) or not value[1:].islower() or self.cred_any.fullmatch(value):
                continue
            if (self.figurative is not None and self.figurative.fullmatch(m.group("pw"))) or self._predicate(value):
                continue
            mods = m.group("mods").split()
            if any(not (self.new_code is not None and self.new_code.fullmatch(w)) and any(
                    a.wordclass in ("laatusana", "nimisana_laatusana", "teonsana")
                    for a in doc.morphology.analyze(w.lower())) for w in mods):
                continue
            noun = self._noun(doc, value)
            if noun is None:
                noun = m.group("sep").lower() in _FOREIGN_COPULAS
            if noun and not self._is_example(doc, start):
                yield take(start, end, "salasana")

    def _short_door_codes(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A three-digit door code: `varaston koodi on 482`, `portin koodi: 129#`. Not an emergency number (112),
        not a room's or a floor's number (`huoneen koodi on 204` names the room)."""
        for m in self._scan(doc, "short_door_code_re"):
            start, end = m.span("value")
            if m.group("value").rstrip("#*") in ("112", "911", "000") or self.not_code_tail.search(m.group("place")):
                continue
            if free(start, end) and not self._is_example(doc, start) and not self._inside_link(doc, start):
                yield take(start, end, "ovikoodi tai muu koodi")

    def _new_code(self, doc: Document, m: Any, sentence: Any) -> bool:
        """A bare code word told as new or changed, the digits right after it (only the words of change between):
        `uus koodi 4471`, `koodi vaihtu, nykyään 4471`, `new code is 4471`; not `uusi koodi on GitHubissa, PR 4512`
        nor `uusi koodi ja 1500 käyttäjää`."""
        translative = self.translative_re.match(doc.text, m.start())
        if (self.new_code is None or not self.new_code.search(doc.text, sentence.start, sentence.end)) and not (
                translative):
            return False
        between = self.new_code.sub("", m.group("between") or "") if self.new_code is not None else (
            m.group("between") or "")
        if translative:
            between = _FIRST_WORD_RE.sub("", between, count=1)  # `koodiks tuli 4471`: one verb of becoming
        if self.pointer is not None:
            between = self.pointer.sub("", between)
        between = _LINKING_WORDS_RE.sub("", between)
        return not _LETTER_RE.search(between) and not self._counted(doc.text, m.end("value"), doc.morphology)

    def _opening_code(self, doc: Document, m: Any, sentence: Any) -> bool:
        """A bare code word opening its sentence (small words before it only), a copula and the digits closing it:
        `Koden är 5529.`, `Koodi on nyt 44 12`, `The code's 6021`, or told unchanged before it (`koodi on sama ku
        ennen, 4471`; same_words). Nothing names what the code is of (`kurssin koodi on 1234` names a course), the
        number ends the clause (`koodi on 1500 riviä pitkä` counts lines) and is no hour."""
        text = doc.text
        sep = (m.group("sep") or "").strip().lower()
        between = (m.group("between") or "").strip()
        if m.group("comma") or regex.fullmatch(r"(?i)(?:eli|elikkä|alltså|dvs|so)", sep):
            words = _WORDS_RE.findall(between.lower())  # `koodi on sama ku ennen, 4471`
            if not (words and words[0] in COPULAS and self.same_word is not None
                    and any(self.same_word.fullmatch(w) for w in words[1:3])):
                return False
        elif not sep or sep[:1] in ":=" or between:
            return False
        before = text[sentence.start:m.start()]
        if _DIGIT_RE.search(before) or any(
                w.lower() not in self._after_ok for w in _WORDS_RE.findall(before)):
            return False  # only small words before it: `the code's ...`, `mun koodi on ...`
        value = m.group("value")
        return not _clock(value) and (_CLAUSE_END_RE.match(text, m.end("value")) is not None
                                      or _BUT_AFTER_RE.match(text, m.end("value")) is not None)

    def _listed(self, text: str, start: int) -> bool:
        """A code label before, in the same sentence (lines of a list included): `Ovikoodit:` / `sauna 9012`."""
        window = text[max(0, start - 150):start]
        cut = max(window.rfind("."), window.rfind("!"), window.rfind("?"))
        offset = max(0, start - 150) + cut + 1
        return bool(self.code_label.search(text, offset, start))

    def _counted(self, text: str, end: int, morphology: Morphology) -> bool:
        """A word after the number that is neither a small word nor an entry verb: `1500 henkeä`, `10 000 euroa`.
        Nor a word voikko reads only as a verb: an informal writer runs the next clause on after the code with no
        comma (`nyt se on 6612 muistakaa`), and a count is followed by a noun."""
        after = _NEXT_WORD_OPTIONAL_SPACE_RE.match(text[end:end + 40])
        if not after or after.group(1).lower() in self._after_ok or self.entry.fullmatch(after.group(1)):
            return False
        readings = morphology.analyze(after.group(1).lower())
        return not (readings and all(a.wordclass == "teonsana" for a in readings))

    def _door_codes(self, doc: Document, free: Any, take: Any) -> Iterator[Match]:
        """A bare `koodi`/`koden`/`code` before digits: a door or entrance named (before the code or just after it:
        `koodi on 2255, jos ovi on lukossa`), a colon, a code ending in #, or a log-in or a text message in the
        sentence (`tuli tekstari, koodi 884210`: a one-time code)."""
        for m in self._scan(doc, "generic_code_re"):
            start, end = m.span("value")
            value = m.group("value")
            between = m.group("between") or ""
            sentence = doc.sentence_of(m.start())
            if not (m.group("colon") or value[-1] in "#*" or self.doors.search(between)
                    or self.doors.search(doc.text, max(0, m.start() - 40), m.start())
                    or self.doors.search(doc.text, m.end(), min(sentence.end, m.end() + 40))
                    or self.code_context.search(doc.text, sentence.start, sentence.end)
                    or (self.device is not None and (self.device.search(between) or self.device_before.search(
                        doc.text, max(0, m.start() - 25), m.start()))
                        and not self._counted(doc.text, end, doc.morphology))
                    or self._new_code(doc, m, sentence)
                    or self._opening_code(doc, m, sentence)
                    or (self.hush is not None and self.hush.search(doc.text, sentence.start, sentence.end)
                        and not self._counted(doc.text, end, doc.morphology))
                    or ((self.entry.search(between)
                         or self.entry.search(doc.text, max(sentence.start, m.start() - 30), m.start()))
                        and not self._counted(doc.text, end, doc.morphology))):
                continue  # an entry verb between or before: `kommer in me koden 4471`
            if self._year(value) and not self._becomes(doc.text, m.start(), start, end) and not self._door_year(
                    doc, m):
                continue
            if not _code_digits(value) or not free(start, end) or self._is_example(doc, start):
                continue
            yield take(start, end, "ovikoodi tai muu koodi")

    def _door_year(self, doc: Document, m: Any) -> bool:
        """A year-shaped number right after a door's code word is the code: `pesutuvan koodi 1945 jos tarviitte`,
        `saunan koodi 1975 😅`. The door is the word right before the code word, nothing stands between the word and
        the number, and the number ends its clause or a condition follows (`saunan koodi 2024 alkaen` tells when)."""
        text = doc.text
        if (m.group("between") or "").strip() or text[m.end("between"):m.start("value")].strip():
            return False
        before = _LAST_WORDS_RE.search(text, max(0, m.start() - 40), m.start()).group().split()
        end = m.end("value")
        return (bool(before) and self.doors.fullmatch(before[-1]) is not None
                and (_YEAR_CODE_END_RE.match(text, end) is not None or _IF_AFTER_RE.match(text, end) is not None)
                and not self._is_example(doc, m.start("value")))
