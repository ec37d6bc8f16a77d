"""`customer_story`: one identifiable customer without a name; general advice and one's own family stay clean."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.customer_story import CustomerStoryCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."), {})


def stories(text: str, **params: object) -> list[tuple[str, str]]:
    check = CustomerStoryCheck({"kind": "customer_story", **params}, PACK)
    doc = Document(text)
    return [(doc.text[m.start:m.end], m.values["details"]) for m in check.run(doc)]


@pytest.mark.parametrize(("text", "span", "details"), [
    ("Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan.",
     "asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan",
     "ikä (78-vuotias), paikkakunta (Kuopiosta), terveystieto (masennuksestaan)"),
    ("Asiakkaani sai tänään tietää, että hänellä on syöpä.",
     "Asiakkaani sai tänään tietää, että hänellä on syöpä", "terveystieto (syöpä)"),
    ("Hakija sai hylkäävän päätöksen 12.3.2024.",
     "Hakija sai hylkäävän päätöksen 12.3.2024", "etuuspäätös (hylkäävän, päätöksen), päivämäärä (12.3.2024)"),
    ("Tänään tiskillä kävi 84-vuotias pappa Porista.", "84-vuotias pappa Porista",
     "ikä (84-vuotias), paikkakunta (Porista)"),
    ("Eräs yksinhuoltajaäiti sai 1 250 euroa takaisinperintää.",
     "yksinhuoltajaäiti sai 1 250 euroa takaisinperintää",
     "perhetilanne (yksinhuoltajaäiti), summa (1 250 euroa), etuuspäätös (takaisinperintää)"),
    ("Yksi potilaistani sai diagnoosin MS-taudista viime viikolla.",
     "potilaistani sai diagnoosin MS-taudista", "terveystieto (diagnoosin, MS-taudista)"),
    ("Eräs asiakas soitti tänään. Hän on 45-vuotias yksinhuoltaja Oulusta.",
     "asiakas soitti tänään. Hän on 45-vuotias yksinhuoltaja Oulusta",
     "ikä (45-vuotias), perhetilanne (yksinhuoltaja), paikkakunta (Oulusta)"),
    ("Eräs asiakas, ukrainalainen yksinhuoltaja, soitti tänään.", "asiakas, ukrainalainen yksinhuoltaja",
     "tausta (ukrainalainen), perhetilanne (yksinhuoltaja)"),
    ("Asiakkaani sai tänään myönteisen päätöksen työkyvyttömyyseläkkeestä.",
     "Asiakkaani sai tänään myönteisen päätöksen työkyvyttömyyseläkkeestä",
     "etuuspäätös (myönteisen, päätöksen), terveystieto (työkyvyttömyyseläkkeestä)"),
])
def test_stories(text: str, span: str, details: str) -> None:
    assert stories(text) == [(span, details)]


@pytest.mark.parametrize("text", [
    "Asiakas voi hakea asumistukea, jos hänellä on vuokra-asunto.",
    "Asiakkaat, joilla on diabetes, voivat saada lääkekorvausta.",
    "Jos asiakkaalla on työuupumus, hän voi hakea kuntoutusta.",
    "Kelan asiakkaista 40 % asioi verkossa. Keskimääräinen tuki oli 350 euroa.",
    "Äitini täytti tänään 91 vuotta Kajaanissa.",
    "Oma isäni sairastui syöpään viime vuonna.",
    "Eräs asiakas kysyi tänään asumistuesta.",           # one benefit word is how Kela talks, not a story
    "Asiakkaamme Nieminen ei ymmärtänyt päätöstä.",      # Nieminen is a person here, not a home town
    "Masennus on yleisin syy työkyvyttömyyseläkkeeseen nuorilla.",
    "Eduskunta hyväksyi tänään lain, jonka mukaan eläkkeensaajan asumistuki muuttuu 1.1.2026.",
    "Esimerkki: asiakas, 45-vuotias yksinhuoltaja Oulusta, saa asumistukea 300 euroa.",  # a worked example
    "Eilen moni asiakas kertoi masennuksesta ja työttömyydestä Oulussa.",                # many customers
])
def test_not_stories(text: str) -> None:
    assert stories(text) == []


def test_health_weighs_more_and_threshold_is_configurable() -> None:
    assert stories("Eräs asiakas kertoi masennuksestaan.", threshold=3) == []
    assert stories("Eräs asiakas kertoi masennuksestaan.")[0][1] == "terveystieto (masennuksestaan)"


def test_detail_spans_for_redaction() -> None:
    check = CustomerStoryCheck({"kind": "customer_story"}, PACK)
    [match] = check.run(Document("Eräs asiakas, 78-vuotias nainen Kuopiosta, kertoi masennuksestaan."))
    assert match.values["details_spans"] == [[14, 24, "[ikä]"], [32, 41, "[paikkakunta]"],
                                             [50, 65, "[terveystieto]"]]
    assert match.values["special_category"] is True


@pytest.mark.parametrize("text", [
    "Yks asiakas soitti tänään ihan paniikissa ku sen asumistuki oli myöhässä, kolme lasta ja vuokra rästissä.",
    "Eilen yks äijä huus luukulla ku sen työmarkkinatuki katkes, sillä on diabetes ja kaks lasta.",
    "Aamul kävi nuor äiti kolmen skidin kans, isä lähti ja toimeentulotuet myöhäs.",
    "En kund ringde i dag och grät, hennes bostadsbidrag hade dragits in och hon har tre barn.",
    "En kvinna i Närpes, ensamstående mamma med tvillingar, fick avslag på sitt utkomststöd.",
    "This morning an elderly gentleman came in, a widower, and his pension does not cover the nursing home.",
    "Kylän ainoa eläinlääkäri haki meiltä tänään toimeentulotukea, kun vastaanotto meni konkurssiin.",
    "Pienen kylän kauppias kävi tänään, konkurssi ja masennus, ja nyt toimeentulotukea hakemassa.",
    "The well-known local artist came in yesterday to apply for social assistance.",
    "Byns enda präst ringde i går om sin sjukskrivning och sin depression.",
    # a bare age ("joka oli 91", ", 79 år,"), living alone, a town in a clipped spoken case, a dialect word
    "Aamul tiskil kävi mummo joka oli 91 ja asuu yksin Kuhmos, eläke ei riitä mihinkään.",
    "Eilen soitti vanha emäntä Rautavaaralt, joka sano et sillä on syäpä.",
    "I går kom en farbror, 83 år, som bor ensam och inte har råd med medicinerna.",
    # chat Swedish writes och as å
    "Igår kom en gubbe in, han e 91 å bor ensam ute på landet.",
    "A guy called today, he is 58 and lives alone, and his sickness allowance was cut.",
    # a public role in a small place is one person: the role and the matter are enough
    "Saaren opettaja kävi eilen kysymässä työttömyysturvasta.",
    # the writer tells of serving someone: a participle between "oon" and the person
    "Oon palvellu tänää 90-vuotiasta mummoa Kiteelt joka haki hoitotukea.",
    # homelessness is a household situation
    "A 19-year-old kid came in today, been homeless for a month, no money at all.",
    # a job right after an age is one person
    "Tänään kävi 45-vuotias poronhoitaja Enontekiöltä kysymässä työttömyysturvasta.",
])
def test_stories_in_spoken_finnish_swedish_english_and_one_of_a_kind(text: str) -> None:
    assert stories(text)


@pytest.mark.parametrize("text", [
    "Sano et sä oot 67-vuotias eläkeläinen Oulusta, silloin sun takuueläke on 900 €.",  # the reader, supposed
    "Tilaston mukaan 70-vuotiaista miehistä joka viides asuu yksin, Kainuussa vielä useampi.",  # plural age
    "Mun mummo täyttää tänään 95 v ja asuu vieläkin yksin Kiteellä, aika sitkee!",  # the writer's own
    "Eilen kävi mun mummo kylässä Kiteeltä, 88v ja yhä virkeä.",  # the writer's own, a visit
    "Kylän ainoa kauppa lopettaa kesällä, harmi!",  # a shop is nobody
    "Kylän kirkkoherra piti tänään hienon puheen kesäjuhlassa.",  # a public role in its public role
    "Mä oon 34-vuotias yksinhuoltaja Kajaanista ja arki välillä väsyttää.",  # the writer describing themselves
    "Jag är 45 år, ensamstående mamma från Vasa, och jobbar på FPA.",
    "I am a 38-year-old single dad from Oulu and proud of it.",
    "Jonossa oli tänään 47 ihmistä, ja hinta oli 45 euroa.",  # numbers that are no age
    "Jos joku mies olisi menettänyt työnsä, hänen asumistukensa ja lastensa elatus muuttuisi.",
])
def test_not_stories_spoken_supposed_or_own(text: str) -> None:
    assert stories(text) == []


@pytest.mark.parametrize("text", [
    # everyday words for the matter: toimeentulo, sossu, velat, tuet, vuokrarahat; skulder, socialen; benefits
    "tänään kävi se kylän ainoo kampaaja, sillä on velat ihan kaulassa ja sossusta ei tuu apua",
    "idag kom byns enda frisör in, hon har skulder och socialen hjälper inte",
    "The only baker in our village came in today, he's on sick leave with depression",
    # an agent noun right after "ainoa" is a role, listed or not
    "Koko kunnan ainoa hautausurakoitsija kävi tänään kysymässä sairauspäivärahasta.",
    # the small place after the role (Swedish, English), or a compound of one (pikkupitäjä)
    "Idag ringde kyrkoherden i en liten församling, han är sjukskriven för utbrändhet",
    "Today the mayor of a tiny municipality called about her disability allowance and the diagnosis",
    "Pikkupitäjän kirkkoherra soitti eilen, sairauslomat jatkuu ja masennus on paha",
    # spoken "se" before a person word, an age set off after it, the verbs of serving
    "se tyyppi oli joku 30, asuu yksin Sallassa ja sillä on diagnoosina kaksisuuntanen",
    "nuorimies, 19 v, Ivalosta, asuu yksin ja velat 5000e, toivottavasti saa apua",
    "Tänään palveltiin sitä kolmosten isää Kemistä, perhe on velkaa ja toimeentulo ei riitä",
    # a determiner before the age of a longer noun phrase
    "Eräs 40-vuotias kolmen lapsen äiti Pyhäjärveltä soitti, mies lähti ja vuokrarahat loppu.",
    # a role with an age set off after its place
    "Today an old farmer from Kuhmo, 81, called about his pension, his wife just died",
    "kylän vanhin asukas kävi tänää, täyttää 104 ja sen eläke on ihan sekasin",
])
def test_stories_in_everyday_words_and_informal_frames(text: str) -> None:
    assert stories(text)


@pytest.mark.parametrize("text", [
    "Saaren ainoa lääkäri piti eilen luennon diabeteksesta kyläläisille.",  # a public role's topic
    "The only bakery in the village closes next week, sad news.",
    "Nuorimies, 19 v. Tämän ikäinen voi hakea opintotukea, kun opinnot alkavat.",  # no apposition
    "Se tyyppi, joka keksi lapsilisän, oli aika fiksu.",
    "Muista: tuet, vuokrarahat ja sairauslomat kannattaa tarkistaa ajoissa.",
    "Tilastojen mukaan 30 % asiakkaista on velkaa, ja moni kysyy toimeentulosta.",
    "Meidän pappa täytti 90 ja asuu vieläkin yksin Sallassa, aika sitkee!",
])
def test_not_stories_in_everyday_words(text: str) -> None:
    assert stories(text) == []


@pytest.mark.parametrize("text", [
    "Aamulla kävi maanviljelijä Ylitorniolta, vaimo kuollu ja tilalla velkaa",   # a job after a visit verb
    "Tänää tul semmone nuori opiskelija, raskaana ja opintotuet loppu.",          # clipped "tul", dialect -ne
    "Tänään kävi tuttu tyyppi meidän kylältä, sillä on velkaa ja sossu ei auta",   # a small place it came from
])
def test_informal_visits(text: str) -> None:
    assert stories(text)


@pytest.mark.parametrize("text", [
    "Mie oon 45 ja yksinhuoltaja, ja kyllä sossu auttoi mua aikanaan. Ei kannata hävetä.",  # the writer helped
    "Tänää kävi kylän kauppias tuomassa pullaa meidän toimistolle, niin ihanaa!",
    "Mun kaveri kävi eilen kylässä, juteltiin tuista ja sossusta koko ilta.",
])
def test_not_informal_visits(text: str) -> None:
    assert stories(text) == []


def test_an_instagram_story_line_by_line() -> None:
    """An age after an emoji, the town and the family on lines of their own."""
    assert stories("✨Päivän asiakas✨\nmummo 🧓 92v\nKiteeltä 📍\nleski 🖤\neläke ei riitä 😢")
    assert stories("✨Päivän vinkki✨\nmummot 🧓 ja papat\nmuistakaa hakea eläkkeensaajan asumistukea 😊") == []


@pytest.mark.parametrize(("text", "hit"), [
    ("Eilen soitti äiti ja kerto että isän leikkaus meni hyvin", False),          # the writer's own mother
    ("Eilen soitti nuori äiti ja kerto että lapsen leikkaus meni pieleen ja tuet loppu", True),  # a stranger
    ("Eilen soitti mummo Kiteeltä ja kerto että sen leikkaus meni pieleen", True),  # a home town after
    ("Tänään tiskillä kävi äiti, jolla on syöpä ja kolme lasta", True),              # a service noun
])
def test_a_bare_parent_word_is_the_writers_own(text: str, hit: bool) -> None:
    assert bool(stories(text)) == hit


@pytest.mark.parametrize(("text", "town"), [
    ("A customer from Inari called about her allowance.", "Inari"),
    ("We answered 1,250 calls in December about housing allowance.", None),  # a month, not a town
    ("The office in Närpes is open from Monday.", "Närpes"),
])
def test_a_month_or_weekday_after_in_or_from_is_no_town(text: str, town: str | None) -> None:
    check = CustomerStoryCheck({"kind": "customer_story"}, PACK)
    doc = Document(text)
    towns = [t.text for t in doc.words if check._town(doc, t)]
    assert towns == ([town] if town else [])


@pytest.mark.parametrize(("text", "span"), [
    ("Tiskil oli 👵🏻 89 v, asuu yksin saaressa ja lääkkeisiin ei oo rahaa", "👵🏻 89 v, asuu yksin saaressa"),
    ("Idag i luckan: 👴 90 år, bor ensam, pensionen räcker inte", "👴 90 år, bor ensam, pensionen"),
    ("Today at the desk: 👵 88, widow, pension cut", "👵 88, widow, pension"),
])
def test_a_person_emoji_is_read_as_its_word(text: str, span: str) -> None:
    # the finding and its detail spans point at the post's own characters, the emoji included
    assert [s for s, _ in stories(text)] == [span]
    check = CustomerStoryCheck({"kind": "customer_story"}, PACK)
    [match] = check.run(Document(text))
    for start, end, _ in match.values["details_spans"]:
        assert text[start:end] in span


@pytest.mark.parametrize("text", [
    "👵 täytti tänään 95, onnea mummi! 🎂",
    "Min 👴 fyller 90 på lördag, vi firar hela dagen",
    "My 👵 still bakes every sunday at 91 ❤️",
    "Tiimin 👩 ja 👨 juoksivat tänään maratonin!",
])
def test_a_person_emoji_of_ones_own_stays_clean(text: str) -> None:
    assert stories(text) == []


@pytest.mark.parametrize(("text", "hit"), [
    ("Tänään kävi 19-vuotias, asunnoton ja äiti heittäny pihalle", True),
    ("En 85-åring kom in idag, hans fru har demens", True),
    ("Had an 80yo at the counter today, wife in a care home, housing allowance rejected", True),
    ("Hade en gubbe på 88 i luckan idag, bor ensam i byn", True),
    ("Had a lady at the desk today who lives alone on an island, her pension got cut", True),
    ("A 30-year-old single parent can get about €400 in housing allowance a month.", False),
    ("Jos 52-vuotias leski anoo eläkkeensaajan tukea, laskelma menee näin", False),
    ("Min 85-åriga farfar fyller år idag och hans fru har demens", False),
    ("Väntade på 45 minuter i kön till apoteket idag", False),
])
def test_the_age_as_the_person_and_swedish_english_small_places(text: str, hit: bool) -> None:
    assert bool(stories(text)) is hit


# cust3 (issue 10): a returning or known person, a community that knows who, one of a kind by family and place.
@pytest.mark.parametrize(("text", "label"), [
    ("Taas se sama ukko luukulla, sen toimeentulotuki on myöhässä", "tuttuus (sama)"),
    ("Vakkari kävi aamulla, sillä on häätö tulossa", "tuttuus (Vakkari)"),
    ("Eilen kävi tuttu asiakas, hänen asumistukensa hylättiin", "tuttuus (tuttu)"),
    ("Ukko oli taas kännissä luukulla ja sil on lapset huostassa", "päihteet (kännissä)"),
    ("Samma gubbe igen i luckan, hans bostadsbidrag drogs in", "tuttuus (Samma)"),
    ("Nuori isä, kaksi lasta ja vaimo sairaalassa, koko kylä tietää kuka se on.", "ainutlaatuisuus (tietää)"),
    ("Kylällä ainoa perhe jolla neljä lasta, ja nyt niiden asumistuki hylättiin", "ainutlaatuisuus (ainoa)"),
])
def test_known_person(text: str, label: str) -> None:
    found = stories(text)
    assert found and label in found[0][1]


@pytest.mark.parametrize("text", [
    "Taas yks asiakas kysyi asumistuesta, hyvä että kysytään",      # another person, not the same again
    "Se sama tyyppi kommentoi taas postaukseen eläkkeistä",        # a topic, not their own benefit
    "Mä taas sain vihdoin oman asumistuen, kiitti Kela",           # the writer
    "Naapurin ukko oli taas kännissä pihalla",                     # drunk alone tells no matter
    "Juhlat oli taas kivat, kaikki oli vähän kännissä",
    "Kaikki tietää että mummon pullat on parhaita",                # everyone knows a thing, not who
    "Olin kylän ainoa lapsi ja se oli välillä yksinäistä",         # the writer
    "Tervetuloa taas kaikki vakkarit, palvelupiste on auki normaalisti!",
    "Huostaanotot lisääntyivät viime vuonna, kertoo raportti",
])
def test_known_person_clean(text: str) -> None:
    assert stories(text) == []


def test_lexicalised_compound_head() -> None:
    """Voikko gives some compounds as one part with "=" marks ("yksin=huoltaja=isä"): the head is its last piece."""
    from pelisaannot.checks.customer_context import heads

    doc = Document("yksinhuoltajaisä")
    assert "isä" in heads(doc, doc.words[0])


@pytest.mark.parametrize(("text", "found"), [
    ("Se punatukkainen kaksosten äiti Kiteeltä haki eilen tukea.", True),   # describing words after "se"
    ("Se pyörätuolilla liikkuva opettaja haki toimeentulotukea.", True),     # a job after "se" in a told event
    ("Se opettaja oli tosi hyvä, opin paljon.", False),                     # no detail of the person
    ("Kun se näki äidin, hän ilahtui kovasti.", False),                     # "se" as a subject, a verb between
])
def test_demonstrative_phrase(text: str, found: bool) -> None:
    assert bool(stories(text)) is found


@pytest.mark.parametrize(("word", "head"), [("ukol", "ukko"), ("sairaalas", "sairaala"), ("asumistuest", "asumistuki")])
def test_clipped_local_cases(word: str, head: str) -> None:
    """Spoken Finnish clips local cases ("ukol" = ukolla, "sairaalas" = sairaalassa): read by the restored form."""
    from pelisaannot.checks.customer_context import heads

    doc = Document(word)
    assert head in heads(doc, doc.words[0])
