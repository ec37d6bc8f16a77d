"""`person_names`: customer names in any form, colleagues and public figures left alone."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

from pelisaannot.checks.base import PackContext
from pelisaannot.checks.person_names import PersonNamesCheck
from pelisaannot.document import Document
from pelisaannot.finnish.names import find_names

PACK = PackContext(Path("."), {"allow": ["viestinta@kela.fi"]})


def names(text: str, **params: object) -> list[str]:
    check = PersonNamesCheck({"kind": "person_names", "ner": False, **params}, PACK)
    doc = Document(text)
    return [doc.text[m.start:m.end] for m in check.run(doc)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Asiakkaani Pekka Virtanen soitti tänään.", ["Pekka Virtanen"]),
    ("Soitin asiakkaalle Virtaselle eilen.", ["Virtaselle"]),
    ("Eräs asiakas, Pekalle tuttu mies, soitti.", ["Pekalle"]),
    ("asiakas pekka virtanen soitti taas", ["pekka virtanen"]),              # lowercase
    ("asiakas matti nieminen soitti taas", ["matti nieminen"]),              # gazetteer surname in lowercase
    ("ASIAKAS PEKKA VIRTANEN SOITTI TAAS.", ["PEKKA VIRTANEN"]),             # all caps
    ("Hakija Nieminen oli pettynyt päätökseen.", ["Nieminen"]),              # Voikko: a place; DVV: a surname
    ("Potilaan Liisa Mäkelän hakemus on jonossa.", ["Liisa Mäkelän"]),
    ("Matti-niminen asiakas kiitti meitä.", ["Matti"]),
    ("Kuntoutuja Anna-Mari Koskinen aloitti jakson.", ["Anna-Mari Koskinen"]),
    ("Asiakas soitti tänään. Pekka Virtanen oli vihainen.", ["Pekka Virtanen"]),  # the next sentence
    ("Tavoitan Jarmo Lehtisen numerosta 044 987 6543.", ["Jarmo Lehtisen"]),      # next to contact data
    ("Kävin tänään läpi Pekka Virtasen hakemusta.", ["Pekka Virtasen"]),          # owner of a benefit matter
    ("Lomakkeessa luki: Ville Kettunen, Ojakatu 3 A 4.", ["Ville Kettunen"]),      # beside a home address
])
def test_customer_names(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Kiitos kollega Liisa Mäkelälle, joka auttoi asiakkaita koko päivän!",
    "Pääministeri Petteri Orpo puhui asiakkaiden palveluista.",
    "Työkaverini Matti Korhonen voitti palkinnon.",
    "Esimieheni Eero muistutti, että asiakaspalvelu on joukkuelaji.",
    "Asiakas kiitti Liisaa avusta.",                        # the colleague, nearer the thanks than the customer
    "Professori Heikki Hiilamo muistuttaa, että asiakkaiden perusturva on jäänyt jälkeen.",
    "Asiakkaat voivat hakea tukea. Pekka Virtanen kertoo lisää webinaarissa.",  # plural advice
    "Liisa Mäkelä esitteli uuden palvelun seminaarissa.",   # no customer at all
    "Anna palautetta asiakaspalvelusta!",                   # anna = antaa
    "Tänään töissä: Aamulla asioinut asiakas tuli tiskille.",  # Aamu, capitalised after a colon
    "Eräs asiakas, nelikymppinen nainen Joensuusta, soitti.",  # Joensuu: a town and a surname
    "Äitini Liisa täytti tänään 80 vuotta.",                # the writer's own family
    "Kiitos Liisa Mäkelän tiimille hakemusten käsittelystä!",
    "Orpon hallituksen päätös leikkaa asumistukea.",
    "Asiakas lähetti viestin osoitteesta pekka.virtanen(at)gmail.com.",  # the name is in the address
    "Eräs asiakas kertoi, että hänellä on todettu Parkinsonin tauti.",  # an eponym, not a person
])
def test_not_customer_names(text: str) -> None:
    assert names(text) == []


def test_allow_list() -> None:
    assert names("Asiakas kysyi Kela-Kertulta neuvoa.", allow=["Kela-Kertulta"]) == []


def test_fast_path_needs_no_names() -> None:
    check = PersonNamesCheck({"kind": "person_names"}, PACK)
    doc = Document("Opintotuen hakuaika alkaa nyt.")
    assert list(check.run(doc)) == []
    assert "_customer_context" not in doc.__dict__  # no word that could be a name: no customer is looked for
    doc = Document("Opintotuen hakuaika alkaa nyt, kertoo Liisa Mäkelä.")
    assert list(check.run(doc)) == []  # a name, but no customer, contact data or benefit matter beside it
    assert "_customer_context" in doc.__dict__


def test_name_gate_lets_through_every_kind_of_name() -> None:
    """The gate (`_may_name`) passes a post with any word a name can come from: a lower-case sure name, a
    capitalised name word, a lower-case name set off by commas, a capitalised word Voikko does not know."""
    check = PersonNamesCheck({"kind": "person_names", "ner": False}, PACK)
    for text in ("tänään asiakas virtanen soitti", "Asiakas Onni soitti.", "asiakas, tuuli, soitti tänään",
                 "Asiakas Tepa soitti tänään.", "tänään soitti Qwerkki virtanen"):
        assert check._may_name(Document(text)), text
    for text in ("hakuaika alkaa nyt ja kestää kuukauden", "hakuaika alkaa nyt, lue lisää Zorblaxista"):
        assert not check._may_name(Document(text)), text  # no name word; an unknown capitalised word stands alone


def test_detector_before_context_filter() -> None:
    doc = Document("Tapasin Pekan ja Virtasen. Ministeri Anna Korhonen puhui. Anna minulle kynä.")
    assert [n.text for n in find_names(doc)] == ["Pekan", "Virtasen", "Anna Korhonen"]


def test_ner_missing_falls_back_with_one_warning(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    from pelisaannot.finnish import ner

    real_import = builtins.__import__

    def no_spacy(name: str, *args: object, **kwargs: object) -> object:
        if name == "spacy":
            raise ImportError("No module named 'spacy'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(ner, "_state", {})
    monkeypatch.setattr(builtins, "__import__", no_spacy)
    with pytest.warns(ner.NerWarning):
        assert ner.persons("Asiakas Olukemi Adebayo soitti.") == []
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert ner.persons("Toinen kerta ei lataa eikä varoita.") == []
    assert ner._state == {"nlp": None}
    check = PersonNamesCheck({"kind": "person_names"}, PACK)
    doc = Document("Asiakkaani Pekka Virtanen soitti.")
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == ["Pekka Virtanen"]  # Voikko still finds names


def test_importing_the_package_does_not_load_spacy() -> None:
    import subprocess
    import sys

    code = ("import sys, pelisaannot; from pelisaannot.engine import Linter; "
            "Linter.from_policy('kela').check('Opintotuki nousee.'); print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_allow_names_from_settings_match_inflected_and_partial_mentions() -> None:
    check = PersonNamesCheck({"kind": "person_names"}, PackContext(Path("."), {"allow_names": ["Sanna Marin"]}))

    def found(text: str) -> list[str]:
        doc = Document(text)
        return [doc.text[m.start:m.end] for m in check.run(doc)]

    assert found("Asiakkaani Sanna Marin soitti eilen päätöksestään.") == []
    assert found("Asiakkaani Marinin hakemus hylättiin.") == []
    assert found("Asiakkaani Pekka Marin soitti eilen.") == ["Pekka Marin"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Päivän kohokohta: rouva Nieminen toi pullaa, kun hänen eläkepäätöksensä vihdoin tuli.", ["Nieminen"]),
    ("Herra Virtanen kävi palvelupisteessä kysymässä asumistuesta.", ["Virtanen"]),
    ("Kiitos rouva Niemiselle, joka piti hienon puheen seminaarissa.", []),  # no service or benefit word
    ("Neiti Etsivä -kirjat olivat lapsena suosikkejani.", []),
])
def test_an_honorific_before_a_name_with_a_benefit_matter_is_one_named_person(text: str, expected: list[str]) -> None:
    check = PersonNamesCheck({"kind": "person_names"}, PackContext(Path(".")))
    doc = Document(text)
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Jos joku tuntee Marja-Leena Koskisen Hämeenlinnasta, pyytäkää soittamaan, hänen hakemuksensa on kesken.",
     ["Marja-Leena Koskisen"]),
    ("Kollega Pekka Virtanen jäi eläkkeelle, ja hänen eläkkeensä alkoi toukokuussa.", []),
    ("Ministeri Sanni Grahn-Laasonen kertoi, että hänen esityksensä eläkkeistä valmistuu keväällä.", []),
])
def test_a_full_name_whose_sentence_has_his_or_her_benefit_matter(text: str, expected: list[str]) -> None:
    check = PersonNamesCheck({"kind": "person_names"}, PackContext(Path(".")))
    doc = Document(text)
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a name beside a benefit matter, no customer word: in the same sentence or the next one
    ("Onnea Kaisa Lehtonen, jonka kuntoutusrahapäätös tuli vihdoin!", ["Kaisa Lehtonen"]),
    ("Toivotan Raimo Heinoselle voimia! Sairauspäivärahan jatko on jo tulossa.", ["Raimo Heinoselle"]),
    ("Igår ringde Karin Lindqvist om sitt bostadsbidrag.", ["Karin Lindqvist"]),
    ("In the demo you can see Ville Koskinen and his pension decision.", ["Ville Koskinen"]),
    # the whole name, also when the surname is an ordinary word or unknown
    ("Asiakas Matti Meikäläinen soitti eilen.", ["Matti Meikäläinen"]),
    ("Hakija Pekka Xyzzynen odottaa päätöstä.", ["Pekka Xyzzynen"]),
    # a surname with its particle, or after a first name only the gazetteer knows: all of it, once
    ("Igår ringde Gustav von Numers om sitt bostadsbidrag.", ["Gustav von Numers"]),
    ("Asiakas Johanna af Hällström soitti tänään asumistuestaan.", ["Johanna af Hällström"]),
    ("Kunden Pieter van der Linde ringde om sin pension.", ["Pieter van der Linde"]),
    ("Customer Niamh O'Sullivan called about her housing allowance.", ["Niamh O'Sullivan"]),
])
def test_names_beside_a_matter(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Tack till Ebba Holm och Jonas Lind för kursen om bostadsbidrag.",                       # thanked together
    "Kiitos Sari ja Tero, opetitte minulle elatustuen säännöt.",
    "Opintotukijuliste valmistui. Kuva: Antti Rinne / Kela.",                                   # a photo credit
    "“Pensions must be simpler,” Dr Kaisa Nurmi said in her keynote.",                         # quoted source
    "Haemme juristia! Tehtävästä kertoo tiimipäällikkö Timo Salo, puh. 040 765 4321.",
    "Haemme etuuskäsittelijää! Kysy tehtävästä Pekka Salolta, 040 765 1234.",         # a title, no matter
    "Tervetuloa meille Sanna Koski! Sanna vastaa jatkossa opintotukiasioista.",          # a welcome post
    "Urheilija Mika Virtanen kertoi hakemuksestaan olympiakomitealle.",                        # a public role
    "Priserna har stigit, och det märks i bostadsbidraget.",                                    # "stigit" is Swedish
])
def test_colleagues_credits_and_public_roles(text: str) -> None:
    assert names(text) == []


def test_a_surname_before_a_person_word_is_still_a_name() -> None:
    # "Heikkilän äijä": the person word is a customer reference, the surname beside it is still published
    assert names("Tänään taas se Heikkilän äijä raivos luukulla sen työmarkkinatuesta.") == ["Heikkilän"]


@pytest.mark.parametrize("text", [
    "Keksitty esimerkki: Maija, 34, yksinhuoltaja Oulusta, hakee asumistukea 500 € vuokraan.",
    "Esimerkki:\nMaija on 34-vuotias yksinhuoltaja. Maija hakee asumistukea.",
])
def test_names_in_worked_examples(text: str) -> None:
    assert names(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # the person under an inspection or audit is a customer, whatever their job title
    ("Tarkastuksella tänään: kampaamoyrittäjä Sari Laine Porvoosta oli kirjannut lomamatkansa kuluiksi.",
     ["Sari Laine"]),
    ("Verotarkastuksen arkea: kuljetusliikkeen toimitusjohtaja Mikko Rantala selitti tänään autokuluja.",
     ["Mikko Rantala"]),
    ("Revision idag: företagaren Kent Nyberg hade bokfört sin båt som firmabil.", ["Kent Nyberg"]),
    # the inspector, a colleague, a compound that is no inspection
    ("Tilintarkastaja Liisa Mäkelä esitteli tarkastuksen tulokset hallitukselle.", []),
    ("Verotarkastuksen arkea: kollegani Pekka Salo kertoo työstään webinaarissa.", []),
    ("Kävin terveystarkastuksessa, ja lääkäri Pekka Salo sanoi että kaikki on kunnossa.", []),
])
def test_the_person_inspected(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_town_in_a_clipped_spoken_case_is_no_name() -> None:
    assert names("Eilen soitti asiakas Rautavaaralt ja kysy sen eläkkeest.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # an age beside the name: a customer's details, even when thanked
    ("Kiitos Eeva (88), joka toi meille pullaa kun asumistuki vihdoin tuli!", ["Eeva"]),
    ("Tack till Elsa, 91, som kom med blommor när pensionen äntligen ordnade sig.", ["Elsa"]),
    # a benefit in a clipped spoken elative ("asumistuest" is asumistuesta)
    ("Tänää kävi tiskil se sama Jorma taas kyselemäs sen asumistuest.", ["Jorma"]),
    # a one-of-a-kind role in its public role; colleagues thanked beside a benefit word
    ("Paikallinen taiteilija Maija Koivisto esiintyy torilla lauantaina!", []),
    ("Kiitos Mari ja Pekka mahtavasta koulutuksesta eilen asumistuen muutoksista!", []),
    ("Tänään koulutuksessa puhui Liisa Korhonen työttömyysturvan uudistuksista.", []),  # a speaker
    # congratulated on a benefit decision: a customer; on a new job: a colleague
    ("Onnittelut Jussi Koskiselle, joka sai vihdoin myönteisen kuntoutusrahapäätöksen!", ["Jussi Koskiselle"]),
    ("Grattis Anna Berg som äntligen fick sitt beslut om studiestöd!", ["Anna Berg"]),
    ("Onnittelut Liisa Mäkelälle, joka aloittaa asumistukitiimin vetäjänä!", []),
])
def test_ages_spoken_cases_and_roles(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Eilen soitti Pertti. Se oli ihan rikki, ku sen tuet loppu.", ["Pertti"]),           # spoken, matter next
    ("Jarmo Lehtinen tuli tiskille.\nVelat kasvaa ja sossu ei auta.", ["Jarmo Lehtinen"]),  # service word, no time
    ("Idag ringde Bengt Holm. Hans sjukpenning har dragits in.", ["Bengt Holm"]),
    ("Sarah Jones came in today. Her housing benefit was rejected again.", ["Sarah Jones"]),
    ("Eilen kävi hra Virtanen ja kysyi toimeentulosta.", ["Virtanen"]),                  # an abbreviated title
    ("Tänään kävi useita asiakkaita, esim. Pentti Rautio, joka kysyi toimeentulosta.", ["Pentti Rautio"]),
])
def test_a_visit_told_with_a_name_and_a_matter(text: str, expected: list[str]) -> None:
    """A visit verb with a time or service word: the name beside it is the visitor, and the matter in the
    sentence or the next is theirs; "esim." there brings in an instance, not a worked example."""
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Eilen tuli Netflixiin uusi sarja, jossa pääosassa on Jussi Vatanen ja masennus on teemana.",  # far from the verb
    "Tänään kävi kollega Pekka Salo kertomassa meille uusista tuista.",                            # a colleague
    "Eilen soitti Pertti ja kysyi, lähdenkö kalaan.",                                              # no matter
    "Jos eilen soitti Pertti, kerro sille tuista.",                                                # a condition
])
def test_not_a_customer_visit(text: str) -> None:
    assert names(text) == []


def test_a_visit_with_a_lower_case_name_and_a_compound_matter() -> None:
    assert names("eilen kävi taas se pertti ja sen sossurahat oli myöhäs") == ["pertti"]


def test_a_colleague_from_the_team_giving_a_talk() -> None:
    assert names("Yesterday Mikko Rantala from our team gave a great talk on sickness allowance.") == []


def test_a_greeted_reader_beside_a_matter_is_left_to_the_reply_rule() -> None:
    assert names("Hej Jonna! Din presentation om bostadsbidraget var jättebra.") == []


@pytest.mark.parametrize(("text", "expected"), [
    # "Syria" is a name only as "Syri" with a Finnish partitive ending: no case ending in an English sentence
    ("A customer from Syria called about her housing allowance.", []),
    ("I moved from Kenya to Finland in 2015 and now work as a benefits advisor.", []),
    # a gazetteer name read as it stands is still one, in English too
    ("Our customer Jukka Virtanen finally got his disability pension.", ["Jukka Virtanen"]),
    # and in a Finnish sentence the ending is a case: "Syriaa" would be "Syri" in the partitive
    ("Asiakas Syriaa ei tavoitettu, hänen hakemuksensa odottaa.", ["Syriaa"]),
])
def test_finnish_case_endings_read_only_in_finnish_sentences(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_model_guess_after_a_place_preposition_in_swedish_is_a_place() -> None:
    from pelisaannot.finnish import ner
    if not ner.enabled():
        pytest.skip("the NER model is not installed")
    check = PersonNamesCheck({"kind": "person_names"}, PACK)
    doc = Document("Jag hjälpte idag en pensionär från Karlö med hans bostadsbidrag.")
    assert [doc.text[m.start:m.end] for m in check.run(doc)] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Eräs asiakas, yksinhuoltaja, asuu Posiolla ja odotti päätöstä puoli vuotta.", []),  # a town, dwelt in
    ("Asiakas soitti, ja soitin takaisin Mäkelälle: hänen hakemuksensa on käsittelyssä.", ["Mäkelälle"]),  # a call
])
def test_a_town_after_a_verb_of_living_or_moving_is_no_name(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Idag ringde en kund. Hans sjukdagpenning har inte betalats på två månader.", []),  # the pronoun "his"
    ("Kunden ringde igen. Hans ringde också igår om sitt bostadsbidrag.", ["Hans"]),      # the name, before a verb
])
def test_swedish_hans_first_in_a_sentence(text: str, expected: list[str]) -> None:
    assert names(text) == expected


def test_a_colleague_congratulated_beside_a_matter_is_no_customer() -> None:
    assert names("Kollega jäi tänään eläkkeelle, onnea Pirjo!") == []
    assert names("Asiakas Pirjo Virtanen sai eläkepäätöksen, onnea hänelle.") == ["Pirjo Virtanen"]
