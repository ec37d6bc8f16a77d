"""Customer data without a customer word (`customer_story` with `detect:`): replies to a handle about their case,
pictures said to show names, customer letters quoted with their signature, a colleague's health."""

from __future__ import annotations

from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.customer_story import CustomerStoryCheck
from pelisaannot.document import Document

PACK = PackContext(Path("."), {})


def found(detect: str, text: str) -> list[str]:
    check = CustomerStoryCheck({"kind": "customer_story", "detect": [detect]}, PACK)
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("@tiina_k Tarkistin: vuokrasopimuksesi on nyt liitetty.", ["@tiina_k"]),          # possessive -si
    ("@veikko_r Hei! Asumistukipäätös lähtee sinulle ensi viikolla.", ["@veikko_r"]),  # pronoun
    ("@h_berg vuokrasopimus saapui, joten hakemus etenee ja asumistuki jatkuu.", ["@h_berg"]),  # two matters
    ("@berra_77 ditt bostadsbidrag betalas ut på fredag.", ["@berra_77"]),
    ("@samk88 we posted your pension decision on Monday.", ["@samk88"]),
    ("@liisa_m kiitos hyvästä esityksestä asumistuen uudistuksesta!", []),            # one matter, nobody's own
    ("Mikalle tiedoksi: päätös lähti postiin", ["Mikalle"]),  # a first name in the allative, case in the passive
    ("Tiinalle: rahat tilillä ens viikolla", ["Tiinalle"]),    # a terse note, an everyday case word processed
    ("Sannalle tiedoksi: palaveri siirtyy huomiseen", []),   # no case
    ("Tapio: päätös lähti postiin eilen", ["Tapio"]),         # a bare first name and a colon heading the line
    ("Huom: päätös lähtee kaikille hakijoille", []),          # no name before the colon
    ("Liisalle tiedoksi: juhlan rahat maksetaan tilille", []),  # a party's money, not the person's case
    ("Kiitos @Kela_uutiset, tiedotteesi opintotuesta oli hyvä.", []),                  # not a reply
    ("@kalle_v Tervetuloa tiimiin, hienoa että aloitat maanantaina!", []),
])
def test_reply(text: str, expected: list[str]) -> None:
    assert found("reply", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Ruutukaappaus iltapäivän asiakasjonosta! Nimet näkyvät kyllä, ei haittaa.", True),
    ("Valokuva huomisen varauslistasta. Nimiä yritin sumentaa, mutta ne erottaa.", True),
    ("A screenshot of our booking list – the names are readable, oops.", True),
    ("Skärmbild av listan i eftermiddags där namnen syns.", True),
    ("Uusi työpiste valmis! Taustalla näkyy vielä asiakkaan hakemus.", True),          # a form in the background
    ("Kuvassa tiimi ja taustalla uusi hakemuslomake, joka näkyy nyt verkossa.", False),
    ("Kuvakaappaus uudesta ajanvarausnäkymästä, nimet on peitetty.", False),
    ("Kuvassa tiimimme uudet jäsenet, nimet kerrotaan ensi viikolla.", False),
    ("Nimet ja henkilötiedot kuuluvat vain asiakkaalle.", False),
    ("Kuvakaappaus uudesta näkymästä, ei nimiä näkyvissä.", False),                 # the names said not there
    ("Screenshot of the new queue view, no names visible.", False),
])
def test_shown_names(text: str, hit: bool) -> None:
    assert bool(found("shown_names", text)) is hit


@pytest.mark.parametrize(("text", "expected"), [
    ("Saimme kortin:\n\n'Kiitos avusta, kun mieheni kuoli. T. Oili Kaartinen, Kuopio'\n\nIhana!",
     ["T. Oili Kaartinen, Kuopio"]),
    ("”Kiitos eläkeasian hoitamisesta. Ystävällisin terveisin Raili Laine”", ["terveisin Raili Laine"]),
    ("'Tack för hjälpen med pensionen! Hälsningar Greta L., Kimito' ❤️", ["Hälsningar Greta L., Kimito"]),
    ("Myydään lastenpyörä, 40 €. Kysy lisää viestillä! Terveisin Päivi", []),           # the writer's own
    ("Saimme asiakkaalta kiitoskortin, ja se lämmitti koko tiimiä.", []),
])
def test_signed_letter(text: str, expected: list[str]) -> None:
    assert found("signed_letter", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Tiimimme Oskari joutui sairaalaan, ja sairausloma jatkuu syksyyn.", True),
    ("Vår kollega Henrik har cancer och är sjukskriven hela våren.", True),
    ("Our colleague Marko has depression and is on sick leave.", True),
    ("Voimia työkaverillemme Heidille, jolla todettiin diabetes.", True),
    ("Työkaverini on ollut sairauslomalla masennuksen takia.", True),                   # no name, but "mine"
    ("Olen itse sairauslomalla tämän viikon.", False),                                  # the writer's own
    ("Jos kollega sairastuu kesken vuoron, ilmoita esihenkilölle.", False),             # advice
    ("Kollegamme Jukka on lomalla, joten vastaamme hitaammin.", False),                 # no health word
    ("Meiän Pirjo on sairaslomalla, polvi leikattiin.", True),                          # workplace "our" + name
    ("Vår Kim är sjukskriven efter sin operation.", True),
    ("Mun Jari on kipeenä, joten oon kotona.", False),                                  # the writer's own partner
])
def test_colleague_health(text: str, hit: bool) -> None:
    assert bool(found("colleague_health", text)) is hit


@pytest.mark.parametrize(("text", "hit"), [
    # the writer serving one person: uniqueness, occupation, town and age identify them
    ("Neuvoin eilen kylän ainoaa kaksosten äitiä Pelkosenniemellä lapsilisässä.", True),
    ("Igår hjälpte jag en 91-årig bonde i Korsnäs med pensionen.", True),
    ("Today I helped a 45-year-old Syrian nurse from Utsjoki with her children's benefit.", True),
    ("Tänää tuli semmonen 90v pappa Sallasta, jolla on dementia.", True),               # spoken Finnish
    ("Igår kom en tant från Kaskö som har diabetes.", True),                            # Swedish, no tense read
    ("A woman can apply for the allowance today.", False),                              # advice
    ("Autoin tänään monta asiakasta hakemaan asumistukea.", False),                     # customers counted
    ("Exempel: en 23-årig studerande i Vasa med 600 € hyra kan få bostadsbidrag.", False),
    ("Osastolla oli 40 potilaan vuodepaikat Kuopiossa.", False),                          # a count
])
def test_unnamed_story(text: str, hit: bool) -> None:
    assert bool(found("story", text)) is hit


@pytest.mark.parametrize(("text", "expected"), [
    ("Hei Minna! Sun asumistukihakemus on nyt käsitelty ja päätös lähti eilen.", ["Minna"]),
    ("Hej Lotta! Ditt studiestöd är beviljat och pengarna kommer på fredag.", ["Lotta"]),
    ("Hi Tom, your sickness allowance application is missing the certificate.", ["Tom"]),
    ("@joonas88 hakemukses on vielä kesken ku siitä puuttuu vuokrasopimus", ["@joonas88"]),  # spoken -s
    ("Moi Sanna, kiitos tosi hyvästä koulutuksesta eilen!", []),
    ("Hej alla! Bostadsbidraget betalas ut den 1 varje månad.", []),
])
def test_reply_to_a_greeted_name_or_in_spoken_finnish(text: str, expected: list[str]) -> None:
    assert found("reply", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Skrini ajanvarauslistasta, nimet näkyy mut ei se haittaa.", True),
    ("Here's a screenie of this morning's queue, names and all.", True),
    ("Kuva tiskiltä, taustalla näkyy asiakkaan hakemuspaperit.", True),
    ("Skrini uudesta ajanvarausnäkymästä, nimet on peitetty.", False),
])
def test_pictures_in_slang(text: str, hit: bool) -> None:
    assert bool(found("shown_names", text)) == hit


@pytest.mark.parametrize(("text", "expected"), [
    ("Moi Sari 🙂 kävin sun hakemuksen läpi, siitä puuttuu palkkatodistus", ["Sari"]),    # emoji after the name
    ("@mikko_h moi! tukes tulee tilille ens viikolla, päätös on jo tehty", ["@mikko_h"]),  # spoken "tukes"
    ("@ville.k\n\nkävin läpi sun hakemuksen\npäätös tulee postissa", ["@ville.k"]),         # a blank line first
    ("@jess_b hi Jess, your claim was approved today", ["@jess_b"]),
    ("Moi Sari! Kiitos tosi hyvästä koulutuksesta, sun esitys tuista oli mahtava", []),    # "sun" owns the talk
    ("Moi Aino! Kiitos sulle hienosta esityksestä toimeentulotuen uudistuksesta", []),     # thanks, no case
])
def test_reply_the_matter_must_be_the_readers(text: str, expected: list[str]) -> None:
    assert found("reply", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Tässä kuva työpöydältäni, ajanvarauslista näkyy vähän taustalla", True),   # a list made of names
    ("Selfie at my desk! The appointment list is visible behind me haha", True),
    ("Skärmbild från dagens bokningslista, man ser namnen men det gör inget", True),
    ("Uusi jonotusnäyttö on asennettu, nimet eivät näy ruudulla vaan vain vuoronumerot.", False),
])
def test_pictures_of_people_lists(text: str, hit: bool) -> None:
    assert bool(found("shown_names", text)) == hit


@pytest.mark.parametrize(("text", "expected"), [
    ('Sain kortin\n\n"Kiitos kun autoit mua asumistuen kanssa!\n- Raili, Ähtäri"\n\nTää lämmitti!',
     ["- Raili, Ähtäri"]),
    ('Fick ett kort: "Tack för all hjälp med bostadsbidraget! Kram, Birgitta från Pargas"',
     ["Kram, Birgitta från Pargas"]),
    ('Päivitys! "Uutta":\n- OpenAPI-kuvaus ja esimerkit GitHubissa', []),       # a dash list item, no signature
])
def test_signatures_after_a_dash_or_an_informal_closing(text: str, expected: list[str]) -> None:
    assert found("signed_letter", text) == expected


def test_a_greeting_before_the_handle_is_still_a_reply() -> None:
    assert found("reply", "Hei @tiinahoo, sun vuokrarahat maksetaan perjantaina, sori viive!") == ["@tiinahoo"]
    assert found("reply", "Hei @tiinahoo, kiitos kysymyksestä! Tietoa vuokrarahoista löytyy kela.fi:stä.") == []


@pytest.mark.parametrize("text", [
    'Tänään tuli postissa kortti: "Hyvää joulua koko tiimille! Terveisin Kelan johto"',   # no name: a team
    'Sain eilen kirjeen mummolta:\n"Kiitos kun kävit!\n- Mummo"\nIhana',                 # a family word
])
def test_a_signature_of_ordinary_words_is_no_name(text: str) -> None:
    assert found("signed_letter", text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Anna, din överklagan gick igenom!", ["Anna"]),
    ("Mikko, päätöksesi on nyt tullut, katso OmaKela", ["Mikko"]),
    ("Tom, your claim got approved, money next week", ["Tom"]),
    ("Anna, kiitos kakusta! 🍰", []),
    ("Tom, your presentation was great", []),
    ("Mikko, kiitos päätöksestäsi lähteä mukaan!", []),            # thanked for a decision: no case
    ("Helsinki, Tampere ja Turku saavat uudet palvelupisteet", []),
])
def test_reply_to_a_name_and_a_comma(text: str, expected: list[str]) -> None:
    assert found("reply", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Kuvassa näkyy asiakkaan kasvot ja osoite, pitäiskö sumentaa?", True),
    ("Bild på kunden vid luckan, ansiktet syns tydligt", True),
    ("Pic of a customer at the desk, her face is totally visible lol", True),
    ("Kuvassa näkyy tiimin iloiset kasvot 😊", False),               # the team's own faces
    ("Kuvakaappaus uudesta näkymästä, nimet peitetty", False),        # the names said hidden
    ("Screenshot of the new queue screen, names blurred", False),
    ("Kuvassa asiakkaan lomake, kasvot sumennettu ja nimet peitetty", False),
])
def test_pictures_of_a_customers_face_or_address(text: str, hit: bool) -> None:
    assert bool(found("shown_names", text)) is hit


@pytest.mark.parametrize(("text", "expected"), [
    ('Got a card today: "Thank you for sorting out my pension, you saved me. -R."', ["-R."]),
    ('Kortti asiakkaalta: "Kiitos kun jaksoitte, ilman teitä en ois pärjänny" – M.K.', ["– M.K."]),
    ('"Be the change you wish to see." - M.G.', []),                   # no card or letter: a quotation
    ('Got a card from my sister: "Happy birthday! love, Sarah"', []),  # the writer's own family
    ('Fick ett kort från min väninna: "Grattis! Kram, Greta"', []),
    ('Kortti mun siskolta: "Onnea synttäreille! t. Maija"', []),
    ("Saimme kortin:\n\n'Kiitos avusta, kun mieheni kuoli. T. Oili Kaartinen, Kuopio'", ["T. Oili Kaartinen, Kuopio"]),
])
def test_initials_sign_a_card_and_ones_own_family_does_not(text: str, expected: list[str]) -> None:
    assert found("signed_letter", text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("@jussi_k hakemus ok, rahat tilil pe", ["@jussi_k"]),         # clipped: a matter, and money with its account
    ("moikka jenni, sun tuki on nyt myönnetty 👍", ["jenni"]),      # a lower-case first name, "tuki" processed
    ("@jussi_k kiitos tuesta, homma hoidettu!", []),
    ("Moi Jenni, sun tuki tiimille on ollut mahtava", []),
])
def test_reply_clipped_and_lower_case(text: str, expected: list[str]) -> None:
    assert found("reply", text) == expected


@pytest.mark.parametrize(("text", "hit"), [
    ("Here's a screenshot of a customer's application, look at the handwriting 😂", True),
    ("Screenshot från kundens chatt, hon skriver så roligt", True),
    ("Screenshot of our new application, customers love it!", False),     # plural customers: no one's document
    ("Here's a screenshot of the new chat feature for customers", False),
])
def test_a_picture_of_one_customers_application_or_chat(text: str, hit: bool) -> None:
    assert bool(found("shown_names", text)) is hit


@pytest.mark.parametrize("text", [
    "Mikko, sun hakemus projektiryhmään on hyväksytty, tervetuloa!",
    "Hej Anna, din ansökan till projektgruppen är godkänd, välkommen!",
])
def test_a_welcomed_colleagues_application_is_no_case(text: str) -> None:
    assert found("reply", text) == []
