"""Generate the labelled customer-data evaluation set `drafts.jsonl` (seeded, so it is reproducible).

Half the drafts carry customer data of every kind (identity codes of every century sign, IBANs, phone numbers
in every notation, e-mail addresses, street addresses, plates, customer names in any form, customer stories
without a name); half are clean but tricky (general advice about customers, public service numbers, colleagues
thanked by name, ministers quoted, codes that fail their checksum, office addresses, statistics). Every draft
is a composition of an opening, a body built from slot-filled templates and a closing, each drawn from several
paraphrases, so the set is not the rules' own examples. Labels are the rule ids a careful reader would expect.

    python benchmarks/customer_data/generate.py   # writes benchmarks/customer_data/drafts.jsonl
"""

from __future__ import annotations

import json
import random
from pathlib import Path

from stdnum import iban as iban_mod
from stdnum.fi import hetu as hetu_mod

OUT = Path(__file__).with_name("drafts.jsonl")
SEED = 20261125
N_EACH = 200

# (nominative, genitive, partitive, allative): gradation and -nen stems are written out, not derived.
FIRST = [("Pekka", "Pekan", "Pekkaa", "Pekalle"), ("Liisa", "Liisan", "Liisaa", "Liisalle"),
         ("Matti", "Matin", "Mattia", "Matille"), ("Aino", "Ainon", "Ainoa", "Ainolle"),
         ("Juha", "Juhan", "Juhaa", "Juhalle"), ("Tuula", "Tuulan", "Tuulaa", "Tuulalle"),
         ("Eero", "Eeron", "Eeroa", "Eerolle"), ("Sanna", "Sannan", "Sannaa", "Sannalle"),
         ("Jari", "Jarin", "Jaria", "Jarille"), ("Riitta", "Riitan", "Riittaa", "Riitalle"),
         ("Mikko", "Mikon", "Mikkoa", "Mikolle"), ("Helena", "Helenan", "Helenaa", "Helenalle"),
         ("Timo", "Timon", "Timoa", "Timolle"), ("Maija", "Maijan", "Maijaa", "Maijalle"),
         ("Simo", "Simon", "Simoa", "Simolle"), ("Olena", "Olenan", "Olenaa", "Olenalle"),
         ("Abdullahi", "Abdullahin", "Abdullahia", "Abdullahille"), ("Fatima", "Fatiman", "Fatimaa", "Fatimalle"),
         ("Kalle", "Kallen", "Kallea", "Kallelle"), ("Anneli", "Annelin", "Annelia", "Annelille")]
LAST = [("Virtanen", "Virtasen", "Virtasta", "Virtaselle"), ("Korhonen", "Korhosen", "Korhosta", "Korhoselle"),
        ("Nieminen", "Niemisen", "Niemistä", "Niemiselle"), ("Mäkelä", "Mäkelän", "Mäkelää", "Mäkelälle"),
        ("Hämäläinen", "Hämäläisen", "Hämäläistä", "Hämäläiselle"), ("Laine", "Laineen", "Lainetta", "Laineelle"),
        ("Heikkinen", "Heikkisen", "Heikkistä", "Heikkiselle"), ("Koskinen", "Koskisen", "Koskista", "Koskiselle"),
        ("Järvinen", "Järvisen", "Järvistä", "Järviselle"), ("Lehtonen", "Lehtosen", "Lehtosta", "Lehtoselle"),
        ("Hakala", "Hakalan", "Hakalaa", "Hakalalle"), ("Peltola", "Peltolan", "Peltolaa", "Peltolalle"),
        ("Nguyen", "Nguyenin", "Nguyenia", "Nguyenille"), ("Mohamed", "Mohamedin", "Mohamedia", "Mohamedille"),
        ("Kinnunen", "Kinnusen", "Kinnusta", "Kinnuselle"), ("Salonen", "Salosen", "Salosta", "Saloselle")]
TOWNS = [("Kuopio", "Kuopiosta", "Kuopiossa"), ("Oulu", "Oulusta", "Oulussa"), ("Tampere", "Tampereelta",
         "Tampereella"), ("Joensuu", "Joensuusta", "Joensuussa"), ("Lahti", "Lahdesta", "Lahdessa"),
         ("Rovaniemi", "Rovaniemeltä", "Rovaniemellä"), ("Seinäjoki", "Seinäjoelta", "Seinäjoella"),
         ("Pori", "Porista", "Porissa"), ("Kajaani", "Kajaanista", "Kajaanissa"), ("Vaasa", "Vaasasta", "Vaasassa")]
STREETS = [("Koivukuja", "Koivukujalla"), ("Kauppakatu", "Kauppakadulla"), ("Rantatie", "Rantatiellä"),
           ("Kirkkopolku", "Kirkkopolulla"), ("Myllytie", "Myllytiellä"), ("Puistokatu", "Puistokadulla"),
           ("Pihlajakuja", "Pihlajakujalla"), ("Urheilutie", "Urheilutiellä"), ("Satamakatu", "Satamakadulla"),
           ("Haapaniemenkatu", "Haapaniemenkadulla"), ("Harjurinne", "Harjurinteellä"), ("Kalliokuja", "Kalliokujalla")]
HEALTH = ["masennus", "syöpä", "diabetes", "MS-tauti", "skitsofrenia", "työuupumus", "alkoholiongelma",
          "paniikkihäiriö", "reuma", "epilepsia", "dementia", "kehitysvamma"]
HEALTH_ELATIVE = ["masennuksesta", "syövästä", "diabeteksesta", "MS-taudista", "skitsofreniasta",
                  "työuupumuksesta", "alkoholiongelmasta", "paniikkihäiriöstä", "reumasta", "epilepsiasta",
                  "dementiasta", "kehitysvammasta"]
FAMILY = ["kolme lasta", "kaksi pientä lasta", "vaimo ja vauva", "leskeksi jäänyt äiti", "eronnut puoliso",
          "kaksoset", "teini-ikäinen tytär"]
BENEFITS = ["asumistuen", "toimeentulotuen", "sairauspäivärahan", "työmarkkinatuen", "kuntoutusrahan",
            "vammaistuen", "opintotuen", "takuueläkkeen", "lapsilisän", "vanhempainpäivärahan"]
MONTHS = ["tammikuuta", "helmikuuta", "maaliskuuta", "huhtikuuta", "toukokuuta", "kesäkuuta", "syyskuuta"]
OPENINGS = ["", "", "Huh mikä päivä. ", "Pakko jakaa tämä. ", "Tänään töissä: ", "Mietteitä asiakaspalvelusta. ",
            "Perjantaifiilis! ", "Joskus tämä työ koskettaa. ", "Aamuvuoro takana. "]
CLOSINGS = ["", "", " #kela", " Voimia kaikille!", " Onneksi on viikonloppu.", " #asiakaspalvelu #työ",
            " Tällaista tämä on.", " 🙏", " Mitä mieltä olette?"]
CUSTOMER_REFS = ["Eräs asiakas", "Yksi asiakkaani", "Asiakkaani", "Tänään soittanut asiakas", "Eräs hakija",
                 "Aamulla asioinut asiakas", "Asiakkaamme", "Eräs kuntoutuja", "Yksi potilas"]
PERSON_REFS = ["Eräs nainen", "Yksi isä", "Eräs vanhempi herra", "Eräs nuori äiti", "Yksi eläkeläinen",
               "Eräs opiskelija"]


def _hetu(rng: random.Random, valid: bool = True) -> str:
    sign = rng.choice("+-ABCDEFUVWXY")
    year = rng.randint(0, 99)
    if sign in "ABCDEF":
        year = rng.randint(0, 24)
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    individual = rng.randint(900, 999) if rng.random() < 0.15 else rng.randint(2, 899)
    body = f"{day:02d}{month:02d}{year:02d}{sign}{individual:03d}"
    check = "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(body[:6] + f"{individual:03d}") % 31]
    assert hetu_mod.is_valid(body + check, allow_temporary=True)
    if not valid:
        alphabet = "0123456789ABCDEFHJKLMNPRSTUVWXY"
        check = alphabet[(alphabet.index(check) + rng.randint(1, 30)) % 31]
    return body + check


def _iban(rng: random.Random, valid: bool = True) -> str:
    country, length = rng.choice([("FI", 14), ("FI", 14), ("FI", 14), ("DE", 18), ("SE", 20), ("EE", 16)])
    bban = "".join(str(rng.randint(0, 9)) for _ in range(length))
    check = iban_mod.calc_check_digits(country + "00" + bban)
    if not valid:
        check = f"{(int(check) + rng.randint(1, 50)) % 97 + 2:02d}"
    compact = country + check + bban
    if rng.random() < 0.3:
        return compact
    return " ".join(compact[i:i + 4] for i in range(0, len(compact), 4))


def _phone(rng: random.Random) -> str:
    """A personal number libphonenumber accepts as Finnish (mobile or landline), in one of seven notations."""
    import phonenumbers

    while True:
        number = _phone_candidate(rng)
        parsed = phonenumbers.parse(number, "FI")
        if phonenumbers.is_valid_number(parsed) and phonenumbers.number_type(parsed) in (0, 1, 2):
            return number


def _phone_candidate(rng: random.Random) -> str:
    prefix = rng.choice(["40", "41", "44", "45", "50", "46"])
    d = "".join(str(rng.randint(0, 9)) for _ in range(7))
    style = rng.randrange(7)
    if style == 0:
        return f"+358 {prefix} {d[:3]} {d[3:]}"
    if style == 1:
        return f"0{prefix}-{d[:3]} {d[3:]}"
    if style == 2:
        return f"0{prefix}{d}"
    if style == 3:
        return f"0{prefix} {d}"
    if style == 4:
        area = rng.choice(["09", "02", "03", "08", "017", "014"])
        return f"({area}) {d[:4]} {d[4:]}" if area == "09" else f"{area} {d[:3]} {d[3:]}"
    if style == 5:
        return f"+358{prefix}{d}"
    return f"0{prefix} {d[:3]} {d[3:5]} {d[5:]}"


def _email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST)[0].lower(), rng.choice(LAST)[0].lower()
    first, last = first.replace("ä", "a").replace("ö", "o"), last.replace("ä", "a").replace("ö", "o")
    user = rng.choice([f"{first}.{last}", f"{first}{rng.randint(60, 99)}", f"{first[0]}{last}", f"{first}_{last}"])
    return f"{user}@{rng.choice(['gmail.com', 'hotmail.fi', 'outlook.com', 'luukku.com', 'yahoo.com', 'kolumbus.fi'])}"


def _address(rng: random.Random) -> tuple[str, str]:
    """(phrase, address span)."""
    street, adessive = rng.choice(STREETS)
    number = f"{rng.randint(1, 60)}"
    if rng.random() < 0.5:
        number += f" {rng.choice('ABCD')} {rng.randint(1, 30)}"
    if rng.random() < 0.5:
        town = rng.choice(TOWNS)[0]
        span = f"{street} {number}, {rng.randint(10, 99)}{rng.randint(100, 999)} {town}"
        return rng.choice([f"asuu osoitteessa {span}", f"antoi osoitteekseen {span}"]), span
    if rng.random() < 0.5:
        span = f"{adessive} {number}"
        return rng.choice([f"asuu {span}", f"muutti asumaan {span}"]), span
    span = f"{street} {number}"
    return rng.choice([f"kotiosoite on {span}", f"asuu osoitteessa {span}"]), span


def _plate(rng: random.Random) -> str:
    return "".join(rng.choice("ABCEFGHIJKLMNOPRSTUVXYZ") for _ in range(3)) + f"-{rng.randint(1, 999)}"


def _age(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(19, 95)}-vuotias", f"{rng.randint(19, 95)} vuotta täyttänyt",
                       "nelikymppinen", "kolmekymppinen"])


def _amount(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(120, 4800)} euroa", f"{rng.randint(1, 9)} {rng.randint(100, 999)} euroa",
                       f"{rng.randint(50, 900)},{rng.randint(10, 99)} €"])


def _date(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.2024",
                       f"{rng.randint(1, 28)}. {rng.choice(MONTHS)}"])


def _name(rng: random.Random, form: int) -> str:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    style = rng.randrange(4)
    if style == 0:
        return first[form]
    if style == 1:
        return f"{first[0]} {last[form]}"
    if style == 2:
        return last[form]
    return f"{first[0].lower()} {last[form].lower()}" if form == 0 else f"{first[0]} {last[form]}"


def subtle_positive(rng: random.Random) -> tuple[str, list[str]]:
    """Harder cases: all caps, inflected and foreign names, stories without a customer word, spread out."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    town = rng.choice(TOWNS)
    kind = rng.randrange(8)
    if kind == 0:
        return (f"ASIAKAS {first[0].upper()} {last[0].upper()} SOITTI TAAS. EI MITÄÄN TOIVOA.", ["FI-CD-007"])
    if kind == 1:
        return (rng.choice([f"Lupasin hakijalle {last[3]}, että asia hoituu tällä viikolla.",
                            f"Potilaan {first[1]} {last[1]} hakemus on ollut jonossa jo kuukauden.",
                            f"Kuntoutuja {first[0]} {last[0]} sai vihdoin päätöksensä.",
                            f"Asiakkaan {last[1]} kanssa käytiin tänään pitkä keskustelu."]), ["FI-CD-007"])
    if kind == 2:
        age = rng.randint(60, 95)
        return (rng.choice([
            f"Tänään tiskillä kävi {age}-vuotias mummo {town[1]}, jonka miehellä on dementia.",
            f"Yksi {age}-vuotias pappa {town[1]} itki, koska eläke ei riitä lääkkeisiin ja vuokraan.",
            f"Tapasin tänään {age}-vuotiaan leskirouvan, joka asuu yksin {town[2]} ja sairastaa syöpää.",
        ]), ["FI-CD-008"])
    if kind == 3:
        return (f"Eräs asiakas soitti tänään. Hän on {rng.randint(20, 60)}-vuotias yksinhuoltaja {town[2]}. "
                f"Hänen {rng.choice(BENEFITS)} päätöksensä viivästyi, ja nyt hänellä on {_amount(rng)} vuokrarästejä.",
                ["FI-CD-008"])
    if kind == 4:
        h = rng.randrange(len(HEALTH))
        return (f"Asiakkaani sai tänään tietää, että hänellä on {HEALTH[h]}. Kolme lasta ja työpaikka vaarassa. "
                f"Sydän särkyy.", ["FI-CD-008"])
    if kind == 5:
        return (f"Hakijan tunnus {_hetu(rng).lower()} näkyi kuvakaappauksessa, poistin sen heti.", ["FI-CD-001"])
    if kind == 6:
        return (f"Muistutus itselle: soita asiakkaalle ({_phone(rng)}) ennen kello 12.", ["FI-CD-003"])
    return (rng.choice([
        f"Asiakas {rng.choice(['Ahmed Hassan', 'Olena Kovalenko', 'Tran Thi Mai', 'Sergei Ivanov'])} tarvitsi tulkin, "
        f"joten varasimme ajan uudelleen.",
        f"Eräs asiakas, {rng.choice(['Ahmed', 'Svetlana', 'Mohammed', 'Jean-Pierre'])}, kertoi odottaneensa "
        f"päätöstä kaksi kuukautta."]), ["FI-CD-007"])


def positive(rng: random.Random) -> tuple[str, list[str]]:
    if rng.random() < 0.3:
        text, labels = subtle_positive(rng)
        return rng.choice(OPENINGS) + text + rng.choice(CLOSINGS), labels
    kind = rng.randrange(9)
    ref = rng.choice(CUSTOMER_REFS)
    if kind == 0:
        h = _hetu(rng)
        body, labels = rng.choice([
            f"{ref} luki puhelimessa henkilötunnuksensa {h} niin kovaa, että koko käytävä kuuli.",
            f"Lomakkeeseen oli kirjoitettu tunnus {h} väärään kenttään, joten hakemus palautui.",
            f"Hakijan hetu {h} ja nimi olivat kuoressa näkyvissä.",
            f"Kuka muistaa {h}? Sama tunnus tuli vastaan kolmesti tänään.",
        ]), ["FI-CD-001"]
    elif kind == 1:
        i = _iban(rng)
        body, labels = rng.choice([
            f"{ref} pyysi muuttamaan tilinumeron {i} ja ihmetteli, miksi tuki ei tullut.",
            f"Tuki maksettiin vahingossa tilille {i}, eikä asiakas huomannut mitään.",
            f"Maksu palautui tililtä {i}, joten soitin hakijalle.",
        ]), ["FI-CD-002"]
    elif kind == 2:
        p = _phone(rng)
        body, labels = rng.choice([
            f"{ref} jätti soittopyynnön numeroon {p}, mutta ei vastannut.",
            f"Jos joku tuntee tämän hakijan, hänen numeronsa on {p}.",
            f"Soittakaa {p}, rouva odottaa yhä vastausta.",
            f"{ref} antoi numeronsa {p} ja pyysi soittamaan iltaisin.",
        ]), ["FI-CD-003"]
    elif kind == 3:
        e = _email(rng)
        body, labels = rng.choice([
            f"{ref} lähetti liitteet osoitteesta {e} jo kolmannen kerran.",
            f"Hakijan sähköposti {e} on ollut väärin rekisterissä koko vuoden.",
            f"Vastaan asiakkaalle osoitteeseen {e} heti kun ehdin.",
        ]), ["FI-CD-004"]
    elif kind == 4:
        phrase, _span = _address(rng)
        body, labels = rng.choice([
            f"{ref} {phrase} ja odottaa yhä päätöstä.",
            f"{ref} kertoi, että hän {phrase} yksin.",
        ]), ["FI-CD-005"]
    elif kind == 5:
        plate = _plate(rng)
        body, labels = rng.choice([
            f"{ref} jätti autonsa {plate} pihaan koko päiväksi.",
            f"Matkakorvaushakemuksessa auton rekisterinumero {plate} oli väärin.",
            f"{ref} ajoi pakettiautolla {plate} suoraan toimiston eteen.",
        ]), ["FI-CD-006"]
    elif kind == 6:
        body = rng.choice([
            f"{rng.choice(['Asiakkaani', 'Asiakkaamme', 'Tänään asioinut asiakas', 'Potilas', 'Hakija'])} "
            f"{_name(rng, 0)} soitti tänään jo kolmannen kerran.",
            f"{ref} {_name(rng, 0)} ei ymmärtänyt päätöstä, vaikka selitin sen kahdesti.",
            f"Tänään tiskillä kävi {_name(rng, 0)}, tuttu asiakas vuosien takaa.",
            f"Soitin asiakkaalle {_name(rng, 3)} ja kerroin, että hakemus on käsittelyssä.",
            f"{_name(rng, 0)}-niminen asiakas kiitti meitä avusta.",
            f"Asiakas {_name(rng, 0)} jätti hakemuksen liitteineen eilen.",
        ])
        labels = ["FI-CD-007"]
    elif kind == 7:
        town = rng.choice(TOWNS)
        h = rng.randrange(len(HEALTH))
        parts = rng.sample([
            f"{_age(rng)}", f"kotoisin {town[1]}", f"hänellä on {rng.choice(FAMILY)}",
            f"hän kertoi {HEALTH_ELATIVE[h]}", f"sai hylkäävän {rng.choice(BENEFITS)} päätöksen {_date(rng)}",
            f"joutuu maksamaan takaisin {_amount(rng)}",
        ], 3)
        r = rng.choice(CUSTOMER_REFS + PERSON_REFS)
        body = rng.choice([
            f"{r}, {parts[0]}, soitti tänään: {parts[1]}, ja lisäksi {parts[2]}.",
            f"{r} tuli tiskille itkien. Taustalla: {parts[0]}, {parts[1]}. Lopuksi {parts[2]}.",
            f"{r} oli {parts[0]}. {parts[1].capitalize()}. Ja vielä {parts[2]}.",
        ])
        labels = ["FI-CD-008"]
    else:
        # Two kinds at once: a name with a phone number, or a story with an identity code.
        if rng.random() < 0.5:
            body = f"Asiakkaani {_name(rng, 0)} pyysi soittamaan numeroon {_phone(rng)} huomenna."
            labels = ["FI-CD-007", "FI-CD-003"]
        else:
            body = (f"{rng.choice(CUSTOMER_REFS)}, {_age(rng)} {rng.choice(['mies', 'nainen'])} "
                    f"{rng.choice(TOWNS)[1]}, antoi tunnuksensa {_hetu(rng)} ja kertoi "
                    f"{rng.choice(HEALTH_ELATIVE)}.")
            labels = ["FI-CD-001", "FI-CD-008"]
    return rng.choice(OPENINGS) + body + rng.choice(CLOSINGS), labels


def subtle_negative(rng: random.Random) -> str:
    """Clean drafts that look like customer data: one's own family, public figures, plural advice, mascots."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    town = rng.choice(TOWNS)
    return rng.choice([
        f"Äitini täytti tänään {rng.randint(70, 95)} vuotta {town[2]}. Onnea äiti!",
        "Oma isäni sairastui syöpään viime vuonna, ja siksi lähden mukaan hyväntekeväisyysjuoksuun.",
        f"Asiakkaamme ovat olleet tyytyväisiä uuteen verkkopalveluun: {rng.randint(70, 95)} % antoi hyvän arvion.",
        f"Kansanedustaja {first[0]} {last[0]} kysyi, miten asiakkaiden käsittelyajat saadaan lyhyemmiksi.",
        "Kela-Kerttu vastaa lapsiperheiden kysymyksiin Facebookissa arkisin.",
        f"Toimitusjohtaja {last[0]} kertoi, että asiakkaiden tyytyväisyys nousi {rng.randint(2, 9)} prosenttia.",
        f"Työttömät ja opiskelijat voivat hakea asumistukea. {town[0]}n toimistossa neuvotaan arkisin.",
        f"Moni {rng.randint(60, 80)}-vuotias asiakas asioi mieluummin puhelimessa kuin verkossa.",
        f"Tutkija {first[0]} {last[0]}: asiakkaista kolmannes kokee hakemisen vaikeaksi.",
        f"Kirjoitin gradun aiheesta {rng.choice(HEALTH)} ja työkyky. Kiitos ohjaajalleni {first[3]}!",
        f"Jos asiakkaalla on {rng.choice(HEALTH)}, hän voi hakea kuntoutusta. Lue lisää kela.fi/kuntoutus.",
        f"Soitin tänään {first[3]}, kollegalleni {town[2]}, ja sovimme yhteisestä koulutuksesta.",
    ])


def negative(rng: random.Random) -> str:
    if rng.random() < 0.3:
        return rng.choice(OPENINGS) + subtle_negative(rng) + rng.choice(CLOSINGS)
    first, last = rng.choice(FIRST), rng.choice(LAST)
    kind = rng.randrange(10)
    if kind == 0:
        body = rng.choice([
            f"Asiakas voi hakea {rng.choice(['asumistukea', 'toimeentulotukea', 'opintotukea'])} OmaKelassa, jos "
            "hänen tulonsa ovat pienet.",
            "Asiakkaat, joilla on diabetes tai reuma, voivat saada lääkekorvausta apteekissa.",
            "Jos sairastut, hae sairauspäivärahaa viimeistään kahden kuukauden kuluessa.",
            "Muistathan, että asiakkaan asioista ei puhuta somessa. Vaitiolovelvollisuus koskee meitä kaikkia.",
            "Moni asiakas kysyy, miten asumistuki lasketaan. Vastaus löytyy verkkosivuiltamme.",
            "Hakija saa päätöksen yleensä kahdessa viikossa. Käsittelyaikoja voi seurata verkossa.",
            "Asiakkaiden palaute auttaa meitä kehittämään palvelua. Kiitos kaikille vastanneille!",
            "Kun asiakas hakee kuntoutusta, hänen kannattaa liittää hakemukseen lääkärinlausunto.",
        ])
    elif kind == 1:
        body = rng.choice([
            "Kelan palvelunumero on 020 692 210. Palvelemme arkisin.",
            "Lisätietoja: viestinta@kela.fi tai kela.fi/yhteystiedot.",
            "Soita meille numeroon 020 692 210 tai asioi OmaKelassa.",
            "Verohallinnon palvelunumero 029 497 000 auttaa verokortti-asioissa.",
            "Mediakyselyt: viestinta@kela.fi. Päivystämme klo 8-16.",
        ])
    elif kind == 2:
        body = rng.choice([
            f"Iso kiitos kollega {first[3]} hienosta koulutuksesta! Asiakkaat tulevat hyötymään tästä.",
            f"Kiitos {first[0]} {last[0]} tuesta tänään, ilman sinua asiakasjono olisi venynyt iltaan.",
            f"Työkaverini {first[0]} {last[0]} voitti tiimin palkinnon. Onnea!",
            f"Kiitos tiimin {first[3]} ja {rng.choice(FIRST)[3]}, teitte hyvää työtä asiakkaiden eteen.",
            f"Esimieheni {first[0]} muistutti, että asiakaspalvelu on joukkuelaji.",
        ])
    elif kind == 3:
        body = rng.choice([
            f"Ministeri {first[0]} {last[0]} sanoi, että asiakkaiden palveluihin tarvitaan lisää rahaa.",
            f"Pääministeri {last[0]} vieraili tänään Kelan toimistossa.",
            f"Professori {first[0]} {last[0]} puhui webinaarissa sosiaaliturvan uudistuksesta.",
            f"Sosiaali- ja terveysministeri {last[0]} esitteli uudistuksen. Asiakkaille tulee muutoksia ensi vuonna.",
            f"Kirjailija {first[0]} {last[0]} kirjoittaa uudessa kirjassaan köyhyydestä.",
        ])
    elif kind == 4:
        fake = _hetu(rng, valid=False)
        body = rng.choice([
            f"Esimerkkitunnus {fake} ei läpäise tarkistusta, joten järjestelmä hylkää sen.",
            f"Koulutuksessa käytimme keksittyä tunnusta {fake}.",
            f"Päätöksen diaarinumero on {rng.randint(100, 999)}/{rng.randint(2019, 2025)}.",
            f"Tilinumero {_iban(rng, valid=False)} on koulutusmateriaalin esimerkki, ei oikea tili.",
        ])
    elif kind == 5:
        street, _ = rng.choice(STREETS)
        body = rng.choice([
            f"Kelan palvelupiste muuttaa osoitteeseen {street} {rng.randint(1, 40)} ensi kuussa.",
            f"Tervetuloa tapahtumaan, joka järjestetään osoitteessa {street} {rng.randint(1, 40)}!",
            f"{street} on kaupungin vanhin katu.",
        ])
    elif kind == 6:
        body = rng.choice([
            f"Vuonna 2023 asumistukea sai {rng.randint(300, 400)} 000 kotitaloutta.",
            f"Keskimääräinen takuueläke oli {rng.randint(900, 1000)} euroa kuukaudessa 1.1.2024 alkaen.",
            f"Hakemuksia tuli {rng.randint(10, 99)} % enemmän kuin viime vuonna. "
            f"Käsittelyaika oli {rng.randint(5, 30)} päivää.",
            "Asiakkaista 40 % asioi verkossa ja 30-vuotiaat ovat ahkerimpia käyttäjiä.",
        ])
    elif kind == 7:
        body = rng.choice([
            "COVID-19-rokotukset alkoivat vuonna 2021 ja EU-27 maat sopivat yhteisestä linjasta.",
            f"Lomake SV-{rng.randint(10, 99)} löytyy verkosta.",
            "Uusi laki tulee voimaan 1.1.2025, ja asiakkaat saavat siitä tiedon kirjeellä.",
        ])
    elif kind == 8:
        body = rng.choice([
            f"Tervetuloa kuuntelemaan {first[1]} {last[1]} esitystä asiakaskokemuksesta!",
            f"{first[0]} {last[0]} aloittaa viestintäjohtajana maanantaina.",
            "Anna palautetta asiakaspalvelustamme! Kaikki vastanneet osallistuvat arvontaan.",
            f"Lahden ja {rng.choice(TOWNS)[0]}n toimistot ovat kiinni juhannuksena.",
        ])
    else:
        body = rng.choice([
            "Tänään soitti paljon asiakkaita, jotka kysyivät opintotuen tulorajoista.",
            "Asiakkaat jonottivat aamulla, koska verkkopalvelu oli hetken poissa käytöstä.",
            "Eilen moni asiakas kertoi, että uusi verkkopalvelu on helppokäyttöinen.",
            "Opiskelijat muistavat kysyä, milloin opintoraha maksetaan. Maksupäivä on kuun 1. päivä.",
        ])
    return rng.choice(OPENINGS) + body + rng.choice(CLOSINGS)


def main() -> None:
    rng = random.Random(SEED)
    rows = []
    seen: set[str] = set()
    while len([r for r in rows if r["labels"]]) < N_EACH:
        text, labels = positive(rng)
        if text not in seen:
            seen.add(text)
            rows.append({"text": text, "labels": sorted(labels)})
    while len([r for r in rows if not r["labels"]]) < N_EACH:
        text = negative(rng)
        if text not in seen:
            seen.add(text)
            rows.append({"text": text, "labels": []})
    rng.shuffle(rows)
    with OUT.open("w", encoding="utf-8") as fh:
        for i, row in enumerate(rows):
            fh.write(json.dumps({"id": f"cd{i:04d}", **row}, ensure_ascii=False) + "\n")
    print(f"{len(rows)} drafts -> {OUT}")


if __name__ == "__main__":
    main()
