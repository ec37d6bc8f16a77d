"""Writes drafts.jsonl: a seeded, labelled set of Finnish social-media drafts for the tone, confidential,
copyright, security and hashtags rules.

Each draft is built from hand-written fragments (openers, bodies, closers) so that the violating part sits
in varied, realistic surroundings, and the clean drafts include the tricky cases (salainen resepti, the film
Perkele, Kusiaiset, acronyms in capitals, general advice about passwords and confidentiality, a good hashtag
or two). The fragments were written for this set; none comes from shared/data.

Run: python benchmarks/policy_eval/generate.py  (writes benchmarks/policy_eval/drafts.jsonl)
"""

from __future__ import annotations

import json
import random
from pathlib import Path

SEED = 4
OUT = Path(__file__).with_name("drafts.jsonl")

OPENERS = [
    "Maanantaiaamu käyntiin.", "Pitkä päivä takana.", "Kiitos kaikille tämänpäiväisestä!", "Huomenta!",
    "Viikko on ollut vauhdikas.", "Palaverista juuri tultiin.", "Tänään oli messupäivä Tampereella.",
    "Asiakaspalvelussa riitti tänään puhelimia.", "Etätyöpäivä kotisohvalta.", "Lounastauolla ehtii ajatella.",
    "", "", "",
]
CLOSERS = [
    "", "", "", "Hyvää viikonloppua!", "Huomenna jatketaan.", "Palataan asiaan.", "Kahvia lisää, kiitos.",
    "Mitä mieltä te olette?", "Kommentoi alle!", "Nähdään ensi viikolla.",
]
GOOD_TAGS = ["", "", "", " #Kela", " #opintotuki", " #asumistuki #Kela", " #työelämä", " #sosiaaliturva",
             " #kuntoutus", " #OmaKela"]

# Clean bodies: ordinary posts of Kela employees, many of them close to a rule on purpose.
CLEAN = [
    "Opintotuen hakuaika syksyn opintoihin on nyt auki, hae tukea ajoissa OmaKelassa.",
    "Asumistuen tarkistus kannattaa tehdä, jos tulot muuttuvat. Ohjeet löytyvät kela.fi-sivuilta.",
    "Isoäidin salainen resepti on vihdoin julki: karjalanpiirakat syntyvät ruisjauhoista ja rakkaudesta.",
    "Katsoin viikonloppuna Jörn Donnerin dokumentin Perkele! Kuvia Suomesta. Yllättävän ajankohtainen.",
    "Kusiaiset rakensivat mökin portaiden alle valtavan keon, luonto on ihmeellinen.",
    "Perseus ja Andromeda olivat lapsena suosikkitarujani.",
    "KELA, THL ja HUS järjestävät yhteisen webinaarin EU:n rahoituksesta ensi viikolla.",
    "STM:n ja OKM:n yhteinen ohje julkaistiin tänään, ja se selkeyttää opiskelijoiden tukia.",
    "Luottamuksellinen keskustelu asiakkaan kanssa on hyvän palvelun perusta.",
    "Salasana kannattaa vaihtaa säännöllisesti, ja sen pitää olla pitkä.",
    "Muistutus: salasana vähintään 12 merkkiä, älä käytä samaa salasanaa työssä ja somessa.",
    "Hitto, unohdin sateenvarjon kotiin ja sade yllätti matkalla.",
    "Asiakas ei ole koskaan tyhmä, vaikka kysymys olisi yllättävä.",
    "Ei ole tyhmiä kysymyksiä, kysy rohkeasti asiakaspalvelusta.",
    "Esimieheni kannusti minua hakemaan koulutukseen, ja nyt se alkaa!",
    "Johdon päätös uudesta toimitilasta tuli myöhään, mutta muutto sujui hyvin.",
    "Surkea sää, mutta työkaverit piristävät päivää.",
    "Kiitos kollegoille huikeasta yhteistyöstä tänä vuonna.",
    "Uusi pääjohtaja vieraili tänään tiimissämme ja kuunteli ideoitamme.",
    "Tämä on TÄRKEÄÄ tietoa kaikille eläkkeelle jääville: hae eläkettä kolme kuukautta etukäteen.",
    "Hienoa, onnittelut koko tiimille!!",
    "Getty Images on maailman suurin kuvatoimisto, kerrottiin tänään mediakoulutuksessa.",
    "Tekijänoikeudet kuuluvat tekijälle, joten jaan vain linkin: https://www.kela.fi/ajankohtaista",
    "Lue lisää: https://www.kela.fi/asumistuki",
    "Sisäinen tarkastus valmistui, ja raportti on julkinen.",
    "Tein luonnoksen uudesta ohjeesta, se julkaistaan kun se on valmis.",
    "EU:n embargo Venäjälle jatkuu, kertoo uutistoimisto.",
    "Notaari vahvisti asiakirjan sinetillä, ja kauppa on valmis.",
    "Kelan palvelunumero on auki arkisin klo 9–16.",
    "Söin aamulla munakasta ja lähdin pyöräillen töihin.",
    "Pistä hakemus vireille ajoissa, niin päätös tulee nopeammin.",
    "Sosiaaliturvauudistuksen valmistelu etenee, ja kuulemme siitä lisää syksyllä.",
    "Asiakas sanoi \"kiitos avusta\", ja se lämmitti mieltä.",
    "Kampanjakoodi SYKSY2024 antaa alennusta messujen pääsylipusta.",
    "Vahvista tunnistautuminen pankkitunnuksilla, älä koskaan kerro tunnuksia puhelimessa.",
    "PIN-koodin pituus on neljä numeroa, ja sen voi vaihtaa sovelluksessa.",
    "Hienoa, että Kela-kortti uudistuu: uusi kortti tulee postissa.",
    "Lapsilisä maksetaan kuukauden 26. päivänä.",
    "Pelle Hermanni vieraili lastenjuhlassamme, ja lapset ilahtuivat.",
    "Dostojevskin romaani \"Idiootti\" on yksi lempikirjoistani.",
    "Kirjoitin ohjeen idioottivarmaksi, toivottavasti se auttaa.",
    "Helvetin portit -niminen näyttely avautui museossa.",
    "Vastaanotto on auki klo 9–16.",
    "Kuva: Kelan viestintä. Tervetuloa avoimien ovien päivään!",
    "Tutkimus julkaistiin tänään: https://www.kela.fi/tutkimus",
    "Tänään puhuttiin saavutettavuudesta: CamelCase-hashtagit auttavat ruudunlukijan käyttäjiä.",
    "\"Sosiaaliturvan pitää olla ymmärrettävää\", sanoi pääjohtaja avauspuheessaan.",
    "Yleistuen valmistelu on iso hanke, ja siitä kerrotaan lisää kela.fi-sivuilla.",
    "Urpo Kekkonen aloitti tänään tiimissämme, tervetuloa!",
    "Helsingin Sanomat kirjoitti tänään asumistuesta, kannattaa lukea.",
    "Rakennustyömaalla käytettiin nosturia ja porakonetta.",
    "Romanikulttuurin päivää vietetään huhtikuussa.",
    "Ilmoittaudu mukaan #kela2025-seminaariin!",
    "Hakemuksen numero on 123456-7890, se löytyy päätöksestä.",
    "Onko sinulla kysyttävää opintotuesta? Chat palvelee arkisin.",
    "Sinetöimme yhteistyön kumppanin kanssa tänään.",
    "Koodaus on kivaa: 2x4-lauta ja Covid19-rokotteet olivat päivän aiheet.",
    "Menimme tiimin kanssa Perkeleen näytökseen elokuvateatteriin.",
    "Tänään juhlitaan #HyvääTyöpäivää ja kiitetään kaikkia!",
    "Kiitos hienosta päivästä! #Kela #työelämä",
    "Kelan laatusinetti myönnettiin uudelle palvelulle.",
    "Lue myös: https://www.kela.fi/opintotuki",
    "Salaisuus paljastui: kahvihuoneen uusi kone keittää espressoa!",
    "Työttömyysturvan muutokset voimaan ensi vuoden alussa.",
    "Sairauspäivärahan hakeminen onnistuu verkossa.",
    "Oliko tämä vaikeaa? Ei ollenkaan.",
]

SWEARS = ["paska", "perkeleen", "saatanan", "vitun", "helvetin", "paskaa", "perseestä", "vittu", "jumalauta",
          "helvetisti", "paskamainen", "vituttaa", "saatanasti", "kusettaa", "fucking", "shit", "jävla"]
TONE_SWEAR = [
    "Taas {w} järjestelmä kaatui kesken päivän.", "Ihan {w} homma tämä uusi lomake.",
    "{W}, unohdin kokouksen kokonaan.", "Onpa {w} kiire tänään.", "Tämä päivä on ollut yhtä {w}.",
    "Koko viikko meni {w}.", "Mikä {w} tässä kestää?", "{W} mikä ruuhka aamulla.",
]
OBFUSCATED = ["v*ttu", "p4ska", "v i t t u", "p.e.r.k.e.l.e", "paskaaaa", "perkeleeeen", "vi**u", "s@atana",
              "hel*etin", "p*rkele"]
INSULTS = ["idiootti", "idiootteja", "ääliö", "kusipää", "kusipäitä", "urpo", "tollo", "luusereita", "paskiainen",
           "typerys", "mulkku", "dille", "aivokääpiö", "moron", "idiot"]
TONE_INSULT = [
    "Esimies on täysi {w}.", "Kaikki työkaverit ovat {w}.", "Taas joku {w} soitti ja huusi.",
    "Sanokaa noille {w}, että lopettavat.", "Asiakas oli tänään ihan {w}.", "Se uusi pomo on {w}.",
]
SLURS = ["ryssä", "mamut", "neekeri", "hintti", "mongoloidi", "mutakuono", "retardi"]
TONE_SLUR = ["Taas yksi {w} jonossa.", "Nuo {w} vievät kaikki tuet.", "Ihan {w} touhua tuo."]
OBSCENE = ["kyrpä", "kyrvästä", "pillu", "nussia", "kullin"]
TONE_OBSCENE = ["Ihan {w} koko homma.", "Nuolkaa {w}.", "Mitä {w} tässä taas?"]
DISRESPECT = [
    "Meidän uusi esimies on ihan kädetön.", "Johto on täysin osaamaton, ei mitään uutta.",
    "Pomo on oikea pelle.", "Työkaverit ovat niin laiskoja, että kaikki jää minulle.",
    "Kelan palvelu on ihan surkeaa nykyään.", "Asiakkaat ovat tänään olleet todella rasittavia.",
    "Lähiesimies on säälittävä nuoleskelija.", "Meidän johto on naurettava sirkus.",
    "Kollega on niin saamaton, ettei mitään tapahdu.", "Asiakas kyseli taas tyhmiä koko puhelun.",
    "Esihenkilömme on ihan hyödytön kaikessa.", "HR on ihan kyvytön hoitamaan mitään.",
    "Tiimi on täynnä laiskoja vätyksiä.", "Koko organisaatio on ihan sekopää.",
]
SHOUTING = [
    "MIKSI KUKAAN EI VASTAA PUHELIMEEN?", "Taas tämä järjestelmä kaatui!!!", "Onko tämä todella näin vaikeaa???",
    "EN ENÄÄ IKINÄ jonota tuolla.", "TÄMÄ ON AIVAN MAHDOTONTA!", "Kuka keksi tämän lomakkeen?!?!",
    "KIITOS VAAN TAAS KERRAN.", "Nyt riitti!!!!",
]

CONFIDENTIAL = [
    ("Tässä pätkä muistiosta: LUOTTAMUKSELLINEN – ei jakeluun.", "marking"),
    ("Liitteenä raportti (TL IV) tiedoksi kaikille!", "marking"),
    ("Salassa pidettävä JulkL 24 § 1 mom. 25 kohta, mutta kerron silti pääkohdat.", "marking"),
    ("Kalvot ovat vain sisäiseen käyttöön, mutta jaan ne silti.", "marking"),
    ("LUONNOS 3.2. – tässä tulevan tiedotteen teksti, kertokaa mielipiteenne.", "marking"),
    ("Embargo 14.3. klo 10, mutta kerron jo nyt: uusi etuus tulee!", "marking"),
    ("Liitteessä (sisäinen) lisää lukuja ensi vuoden budjetista.", "marking"),
    ("Sekretessbelagd: kundens uppgifter i bilagan.", "marking"),
    ("Slides from today, internal use only, enjoy!", "marking"),
    ("Tiedote on julkaisuvapaa torstaina, mutta tässä ennakkoon.", "marking"),
    ("Raportti (suojaustaso III) oli kiinnostavaa luettavaa.", "marking"),
    ("SALAINEN: hallituksen esityksen luonnos, älkää levittäkö.", "marking"),
    ("Käyttö rajoitettu\nOhessa ensi vuoden säästölistat.", "marking"),
    ("Kopioin tähän: KÄYTTÖ RAJOITETTU, ST III. Yksiköiden vertailu.", "marking"),
    ("Tämä on CONFIDENTIAL, mutta pakko jakaa.", "marking"),
    ("Ei jakeluun! Mutta tässä silti uusi organisaatiokaavio.", "marking"),
    ("Uusi ohje löytyy Sinetistä, käykää lukemassa!", "internal"),
    ("Raportti on täällä: https://sinetti.kela.fi/sites/ohjeet/raportti.pdf", "internal"),
    ("Lähetä kommentit osoitteeseen matti.meikalainen@ad.kela.fi", "internal"),
    ("Katso ohje KELA-SIS-2041 ennen kuin vastaat.", "internal"),
    ("Kelmussa oli taas katko koko aamun.", "internal"),
    ("Sinetin etusivulla on nyt uusi uutinen organisaatiomuutoksesta.", "internal"),
    ("Palvelin intra.kela.local ei vastaa, onko muilla sama?", "internal"),
    ("Etuuskäsittely-Kasi hyytyi taas iltapäivällä.", "internal"),
]

COPYRIGHT = [
    ("Hyvä tiivistys! © Helsingin Sanomat 2024. Kaikki oikeudet pidätetään.", "notice"),
    ("Kopioin tähän koko artikkelin. All rights reserved.", "notice"),
    ("Tämä kannattaa lukea: \"Sosiaaliturvan uudistus on vuosikymmenen suurin hanke, ja sen onnistuminen "
     "edellyttää, että etuuksien hakeminen yksinkertaistuu, päätökset nopeutuvat ja ihmiset ymmärtävät, mihin he "
     "ovat oikeutettuja elämäntilanteensa muuttuessa.\"", "quotation"),
    ("\"Työelämä muuttuu nopeammin kuin koskaan, ja siksi jatkuva oppiminen on jokaisen työntekijän ja jokaisen "
     "organisaation tärkein taito. Ne, jotka oppivat uutta koko uransa ajan, pärjäävät myös silloin, kun "
     "tehtävät muuttuvat kokonaan.\" Tämä pysäytti.", "quotation"),
    ("Kelan asumistuki muuttuu ensi vuonna\nTeksti Maija Mallikas\nJulkaistu 12.3.2024 klo 10.15\n"
     "Asumistuen laskentaan tulee muutoksia, jotka koskevat erityisesti opiskelijoita.\nJaa\nLue myös:", "page"),
    ("Uusi etuus julkaistiin tänään. Kuva: Lehtikuva / Markku Ulander\nPäivitetty 3.4. 14:05", "page"),
    ("Eläkeikä nousee vaiheittain\nToimittaja Pekka Esimerkki\nPäivitetty 5.5.2024 8:30\nEläkeiän nousu koskee "
     "1965 jälkeen syntyneitä.\nKommentit (12)\nTilaa uutiskirje", "page"),
    ("Käytetään tätä kuvaa kansikuvana https://www.gettyimages.fi/detail/valokuva/perhe-keittiossa-1234567", "stock"),
    ("Löysin hyvän kuvan: https://www.google.com/imgres?imgurl=https://example.com/kuva.jpg", "stock"),
    ("Kuva shutterstock.com/image-photo/happy-family-123456 sopii tähän hyvin.", "stock"),
    ("Tässä kuva: https://www.istockphoto.com/fi/valokuva/ihmiset-toimistossa-gm1234", "stock"),
    ("Mielenkiintoista: yleistuen ensimmäinen vaihe siirtyy todennäköisesti vuodella eteenpäin, koska "
     "tietojärjestelmien muutokset vaativat enemmän aikaa kuin arvioitiin.", "protected"),
    ("Näin se menee: asumistuen ja toimeentulotuen yhteensovittaminen on osoittautunut monimutkaiseksi, sillä "
     "etuuksien laskentasäännöt poikkeavat toisistaan useassa kohdassa.", "protected"),
    ("© 2024 Uutistoimisto Esimerkki. Kopioitu tähän koko juttu luettavaksi.", "notice"),
]
COPYRIGHT_CLEAN = [
    "Lue koko artikkeli: https://www.kela.fi/ajankohtaista (lähde: Kela, kaikki oikeudet pidätetään)",
    "Kuva: https://www.shutterstock.com/image-photo/123456 (lisensoitu Kelan viestinnän tilille)",
    "Kuva Unsplashista https://unsplash.com/photos/abc123, vapaasti käytettävä.",
    "Yleistuen ensimmäinen vaihe voi myöhästyä, koska tietojärjestelmät vaativat muutoksia.",
    "\"Sosiaaliturvan uudistus on vuosikymmenen suurin hanke, ja sen onnistuminen edellyttää, että etuuksien "
    "hakeminen yksinkertaistuu ja päätökset nopeutuvat\", totesi pääjohtaja.",
    "Julkaistu 12.3.2024, ja kirjoitin siitä oman tiivistelmän alle.",
]

SECURITY = [
    "Uusi wlan-salasana: Kesä2024!", "Testaa tällä: password=hunter2",
    "Salasanani on Koira123, älkää kertoko kenellekään.",
    "Tekstiviestillä tuli vahvistuskoodi 482193, joku yritti kirjautua!",
    "Botin avain on xoxb-1234567890-abcdefghijkl, jos joku tarvitsee.",
    "token ghp_aB3dE5fG7hI9jK1lM3nO5pQ7rS9tU1vW3xY5 toimii testissä",
    "Tässä avain: -----BEGIN RSA PRIVATE KEY----- MIIEpAIBAAKCAQEA",
    "GitLab-token glpat-x7Yh2kL9mN4pQ8rS1tV3 vanhenee huomenna.",
    "AWS: AKIAIOSFODNN7EXAMPLE, älä jaa eteenpäin.",
    "api_key: sk-proj-4fGh7JkL9mNpQrStUvWxYz12345", "PIN-koodi on 4821, muista vaihtaa.",
    "Kertakäyttökoodi: 739104", "Tunnus matti ja salasana: Talvi#2025",
    "Yhteys: https://admin:Salainen123@palvelin.example.com/hallinta",
    "Tässä tunniste: aZ3kP9qL2mX7vB4nC8wE1rT6yU5iO0pA, testatkaa.",
    "Lösenord: Sommar2024",
]

HASHTAG_BAD = [
    ("Asiakkaani soitti taas, #kela #some #työ #arki #elämä #kiire #maanantai", "generic", "fence"),
    ("#Kela #maksaa #asumistuen #tänään", "generic", "fence"),
    ("Kela #maksaa #asumistuen #tänään kaikille", "generic", "fence"),
    ("Tänään #opintotuki ja #asumistuki. Huomenna #sairauspäiväraha. Lisäksi #kuntoutus!", "x", "count"),
    ("Hakuaika alkaa nyt! #opintotuet", "generic", "library"),
    ("Muista hakea ajoissa #opintotki", "generic", "library"),
    ("Uusi palvelu on auki #omakela", "generic", "library"),
    ("#KELA tiedottaa: palvelut auki normaalisti.", "generic", "library"),
    ("Tervetuloa #Kelan messuosastolle!", "generic", "library"),
    ("Hae tukea ajoissa #asumistuet", "generic", "library"),
    ("Kiitos kaikille! #hyväätyöpäivää", "generic", "camel"),
    ("Tänään juhlitaan #kelanavoimetovet", "generic", "camel"),
    ("Kesä alkaa #kesälomaalkaa #aurinkopaistaa", "generic", "camel"),
    ("Hyvää viikonloppua #kiitoskaikillekollegoille", "generic", "camel"),
    ("Uusi blogi julki #sosiaaliturva #kela #opintotuki #asumistuki #eläke #kuntoutus #työelämä", "linkedin",
     "fence"),
    ("Kuvia #tiimi #työ #kela #kesä", "facebook", "fence"),
    ("Oletko #opiskelija ja #muutat #uuteen #asuntoon? Hae asumistukea.", "generic", "fence"),
    ("Info tänään #lapsilisät", "generic", "library"),
]
HASHTAG_CLEAN = [
    ("Opintotuen hakuaika alkaa nyt. #opintotuki #Kela", "generic"),
    ("Kiitos #Kela-tiimille hienosta päivästä! #työelämä #tiimi", "generic"),
    ("Vastaanotto on auki klo 9–16. #kela", "generic"),
    ("Kuvia kesäpäiviltä #kesä #kela #työelämä #tiimi #helsinki #sosiaaliturva #kuva", "instagram"),
    ("Tervetuloa! #sosiaaliturvauudistus", "generic"),
    ("Nähdään Oulussa! #oulu2026", "generic"),
    ("Kiitos kaikille! #HyvääTyöpäivää", "generic"),
    ("Kesä tuli! #kesä #loma", "generic"),
]


# A second round of fragments written after the rules, to see how they generalise beyond their own examples.
NOVEL_CLEAN = [
    "Mitä hittoa tässä tapahtuu? Tulostin taas tukossa.", "Kirottu tulostin jumittaa taas.",
    "Hulluja päiviä -kampanja alkoi tavaratalossa.", "Tyhmä kysymys: milloin opintotuki maksetaan?",
    "Esimies ei ole koskaan laiska, hän tekee pitkää päivää.", "Salainen joulupukki -arvonta alkoi työpaikalla!",
    "Luonnos kesämökin piharakennuksesta valmistui.", "Embargo-sanaa käytetään kansainvälisessä politiikassa.",
    "Salasana: älä koskaan kerro sitä puhelimessa.", "Unohditko salasanan? Vaihda se OmaKelassa.",
    "Vahvistuskoodi tulee tekstiviestinä muutamassa sekunnissa.",
    "Kaikki oikeudet kuuluvat tekijöille, siksi jaan vain linkin.",
    "Asiakas oli tyytyväinen ja kiitti palvelusta.", "Kollegani on maailman paras tiimikaveri!",
    "Johto kertoi tänään uudesta strategiasta avoimesti.", "Tapan aikaa lukemalla ennen kokousta.",
    "Lyön vetoa, että hakemus käsitellään nopeasti.", "Vanhat paperit pitäisi polttaa tai silputa tietoturvallisesti.",
    "Luin juuri Perkele-elokuvasta kirjoitetun arvion.", "Idiootti-romaani oli lukupiirin kirjana.",
    "Sisäinen motivaatio on tärkeä voimavara työssä.", "Kelan uusi verkkopalvelu on selkeä ja nopea.",
    "Eläkeläisten asumistuki muuttui vuoden alussa.", "Hyvä esimies kuuntelee ja kannustaa.",
    "Tiimimme voitti sählyturnauksen! Kiitos kaikille.", "Opintotuen tulorajat kannattaa tarkistaa syksyllä.",
    "TE-palvelut ja Kela tekevät yhteistyötä työttömyysturvassa.", "YK:n ja WHO:n raportit julkaistiin tänään.",
    "Tein kuvan itse, käyttäkää vapaasti Kelan kanavissa.", "Kiitos @kelantutkimus hienosta esityksestä!",
]
NOVEL_TONE = [
    ("Tää uus lomake on ihan perseestä.", "swear"), ("Vittu mikä sää taas.", "swear"),
    ("Menipä taas päin helvettiä koko projekti.", "swear"), ("Ihan saatanan hyvä keikka eilen!", "swear"),
    ("Voi paska, kahvi loppui.", "swear"), ("Tää on ihan perkeleellistä.", "swear"),
    ("Paskat väliä, mennään silti.", "swear"), ("Fuck, taas myöhässä.", "swear"),
    ("Kuka ääliö keksi tämän järjestelmän?", "insult"), ("Jotkut asiakkaat on ihan idiootteja.", "insult"),
    ("Se on ihan täys kusipää.", "insult"), ("Meidän tiimissä on pari luuseria.", "insult"),
    ("Mikä tollo jätti kahvinkeittimen päälle?", "insult"), ("Esimies käyttäytyi kuin mikäkin kretiini.", "insult"),
    ("Esimiehemme on aivan osaamaton johtamaan ihmisiä.", "disrespect"),
    ("Uusi johtaja on täysin kyvytön tekemään päätöksiä.", "disrespect"),
    ("Työkaverini on laiskin ihminen jonka tiedän.", "disrespect"),
    ("Asiakkaat ovat tyhmiä kuin saappaat.", "disrespect"), ("Kela on nykyään ihan naurettava laitos.", "disrespect"),
    ("Meidän pomo on ihan hullu.", "disrespect"), ("Kollegat ovat ärsyttäviä mielistelijöitä.", "disrespect"),
    ("KUKAAN EI KERRO MITÄÄN!", "shouting"), ("Taas jonot!!!", "shouting"), ("NYT ON PAKKO SANOA jotain.", "shouting"),
    ("Jos tuo asiakas soittaa vielä kerran, tapan sen.", "threat"), ("Ensi kerralla vedän sitä turpaan.", "threat"),
    ("Tää on ihan v1tun hidas.", "obfuscated"), ("P-A-S-K-A päivä.", "obfuscated"),
]
NOVEL_CONFIDENTIAL = [
    "Luottamuksellinen\nHallituksen neuvottelutulos kohta kohdalta:", "[LUONNOS] Uusi viestintästrategia 2025",
    "Embargoon asti 5.6. klo 8 – mutta te saatte tietää jo nyt.",
    "Tämä tieto on salassa pidettävä JulkL 24 §:n nojalla, mutta kerron silti.",
    "Dokumentti on merkitty TL III -luokkaan, pari kuvakaappausta alla.", "Do not forward: new organisation chart.",
    "Sisäinen: ensi viikon YT-neuvottelujen aikataulu.", "Katsokaa Sinetin uutinen palkkauudistuksesta!",
    "Tunnari toimii osoitteessa https://portaali.kela.local/kirjaudu",
]
NOVEL_COPYRIGHT = [
    "„Hyvinvointivaltion tulevaisuus ratkeaa siinä, miten hyvin onnistumme yhdistämään työn, koulutuksen ja "
    "sosiaaliturvan niin, että jokainen voi ottaa vastaan työtä ilman pelkoa toimeentulon katkeamisesta ja "
    "ilman byrokratian loukkuja.“ Näin se on.",
    "Jaa artikkeli\nTeksti: Liisa Toimittaja\nKelan etuudet nousevat indeksin mukana ensi vuonna.\nLue myös:",
    "Otin kuvan Google-kuvahausta: https://images.google.com/imgres?imgurl=x.jpg",
    "https://stock.adobe.com/fi/images/perhe/12345 käyttöön blogiin",
    "Kaikki oikeudet pidätetään – kopioin silti tähän.",
]
NOVEL_SECURITY = [
    "Wifi: KelaVieras, salasana: Tervetuloa2024", "pw: Syksy!2023",
    "Palvelun API-avain: 9f8e7d6c5b4a39281726354453627181",
    "Mun salasana on Aurinko1, eikä kukaan arvaa sitä.",
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U",
]
NOVEL_HASHTAGS = [
    ("#asumistukea haetaan verkossa", "library"), ("Hae #toimeentulotukii ajoissa", "library"),
    ("Uutta tietoa #työttömyysturvaa koskien", "library"), ("Tervetuloa #tervetuloatöihin", "camel"),
    ("Tänään #töissä #Kelassa #ihan #kivaa", "fence"), ("Hae ajoissa #opintotuki #asumistuki #Kela #opiskelu", "fence"),
]
NOVEL_HASHTAGS_CLEAN = [("#Opintotuki alkaa taas syksyllä", "generic"), ("#kelakortti uusiutuu", "generic"),
                        ("Hyvää kesää! #kesä", "x")]


# A third round, written while probing the rules for gaps (so the rules have seen their kind of wording).
ROUND3: list[tuple[str, list[str], str]] = [
    ("Ihan sama mitä ne päättää, ne on kuitenkin kaikki idiootteja siellä johdossa.", ["tone"], "insult"),
    ("Voi jumalauta tätä IT-tukea.", ["tone"], "swear"), ("Pomo on ihan paska johtaja.", ["tone"], "swear"),
    ("Meidän tiimin vetäjä on ihan mulkku.", ["tone"], "insult"), ("WTF tämä uusi järjestelmä.", ["tone"], "swear"),
    ("Nuo asiakkaat on ihan ääliöitä.", ["tone"], "insult"), ("Kelan johto on ihan pihalla.", ["tone"], "disrespect"),
    ("Jävla skit, allt kraschade igen.", ["tone"], "swear"), ("This is bullshit, honestly.", ["tone"], "swear"),
    ("Our manager is a complete idiot.", ["tone"], "insult"),
    ("Taas meni pieleen, v*tun järjestelmä.", ["tone"], "obfuscated"),
    ("Mikä pask4 päivä.", ["tone"], "obfuscated"), ("P*rkele sentään.", ["tone"], "obfuscated"),
    ("Asiakas oli ihan kaheli.", ["tone"], "disrespect"), ("Pomo on nilkki.", ["tone"], "insult"),
    ("Jotkut asiakkaat on ihan sekopäitä.", ["tone"], "disrespect"), ("Aivan helvetillinen kiire.", ["tone"], "swear"),
    ("Vitun hyvä kirja!", ["tone"], "swear"), ("Perkeleen huono elokuva.", ["tone"], "swear"),
    ("Mitä hittoa, voi hitsi sentään.", [], "clean"), ("Perhana, bussi meni ohi.", [], "clean"),
    ("Kela on maailman paras työpaikka!", [], "clean"), ("Meillä on Kelassa huippu esimiehet.", [], "clean"),
    ("Asiakkaan tilanne oli surkea, mutta saimme ratkaisun.", [], "clean"),
    ("Tyhmiä virheitä sattuu kaikille, asiakas ymmärsi.", [], "clean"),
    ("Perkele! Kuvia Suomesta on Jörn Donnerin dokumentti vuodelta 1971.", [], "clean"),
    ("Saatanan säkeet on Rushdien romaani.", [], "clean"), ("Pelasimme mökillä paskahousua koko illan.", [], "clean"),
    ("Helvetin enkelit -moottoripyöräkerho oli uutisissa.", [], "clean"),
    ("Hän toimii KELAn, THL:n ja HUSin yhteishankkeessa.", [], "clean"),
    ("TÄRKEÄ TIEDOTE: palvelupisteet kiinni juhannuksena.", [], "clean"),
    ("Luottamuksellista tietoa: ensi vuonna leikataan!", ["confidential"], "leak"),
    ("Tämä on vielä salaista, mutta kerron teille: uusi etuus tulee.", ["confidential"], "leak"),
    ("Pssst, sisäpiirin tietoa: YT:t alkavat maanantaina.", ["confidential"], "leak"),
    ("Ohessa kuvakaappaus sisäisestä järjestelmästä.", ["confidential"], "leak"),
    ("Tiedoksi: tämä on luonnos, älkää jakako vielä.", ["confidential"], "leak"),
    ("Tässä tuleva tiedote etukäteen, julkaistaan vasta maanantaina.", ["confidential"], "leak"),
    ("Tämä viesti on tarkoitettu vain vastaanottajalle.", ["confidential"], "marking"),
    ("Internal only: Q3 results draft", ["confidential"], "marking"),
    ("[Confidential] Strategy 2030", ["confidential"], "marking"),
    ("Palaverin muistio (sisäinen)", ["confidential"], "marking"),
    ("Tämä esitys on luottamuksellinen. Kiitos ymmärryksestä.", ["confidential"], "leak"),
    ("Hei! Alla ote hallituksen esityksestä, jota ei ole vielä julkaistu.", ["confidential"], "leak"),
    ("Lähetä palautetta osoitteeseen palaute@kela.local", ["confidential"], "internal"),
    ("Asiakkaan kanssa käydyt keskustelut ovat luottamuksellisia.", [], "clean"),
    ("Kelan asiakirjat ovat pääosin julkisia, mutta osa on salassa pidettäviä.", [], "clean"),
    ("Hyvä tietää: julkisuuslaki 24 § kertoo, mitkä tiedot ovat salassa pidettäviä.", [], "clean"),
    ("Salainen ase: hyvä kahvi!", [], "clean"),
    ("Päätös ei ole vielä julkinen, joten emme voi kommentoida sitä.", [], "clean"),
    ("Kopioin tähän Hesarin jutun kokonaan, koska se on maksumuurin takana:", ["copyright"], "declared"),
    ("Tässä koko artikkeli maksumuurin takaa.", ["copyright"], "declared"),
    ("Lainaan tähän kokonaisuudessaan Ylen artikkelin.", ["copyright"], "declared"),
    ("Otin kuvan netistä, toivottavasti ei haittaa.", ["copyright"], "declared"),
    ("Kuva: Pinterest", ["copyright"], "declared"),
    ("Copy-paste Ylen jutusta: sosiaaliturva uudistuu.", ["copyright"], "declared"),
    ("Tämä meemi on netistä, en tiedä kuka teki.", ["copyright"], "declared"),
    ("All rights reserved © 2024 Sanoma Media Finland", ["copyright"], "notice"),
    ("Uusi esite julkaistu! © Kela 2024", [], "clean"), ("Kuva: Matti Meikäläinen", [], "clean"),
    ("Tämän kuvan otti kollegani Matti, kiitos!", [], "clean"),
    ("Ostin kuvan Shutterstockista lisenssillä.", [], "clean"),
    ("Salasana on sama kuin ennenkin: kela123", ["security"], "credential"),
    ("Tunnukset: matti.m / Kesäloma2024", ["security"], "credential"),
    ("Käyttäjätunnus admin, salasana admin123.", ["security"], "credential"),
    ("Password: Summer2024!", ["security"], "credential"), ("Code: 839201", ["security"], "credential"),
    ("SMS-koodi 771203", ["security"], "credential"),
    ("Unohditko salasanan? Vaihda se OmaKelassa.", [], "clean"),
    ("Kurssin koodi 1234 löytyy opinto-oppaasta.", [], "clean"),
    ("#lapsilisät maksetaan tänään", ["hashtags"], "library"),
    ("Hae #toimeentulotukea ajoissa.", ["hashtags"], "library"),
    ("#opintotuki #Opintotuki #OPINTOTUKI", ["hashtags"], "duplicates"),
    ("Kiitos kaikille #kiitoskaikillekollegoille", ["hashtags"], "camel"),
    ("#sairauspaivaraha hakemus verkossa", ["hashtags"], "library"),
    ("Kiitos taas Kela, tosi nopeaa palvelua 🙄", ["tone"], "mocking"),
    ("Esimies taas innostui uusista prosesseista 🤡", ["tone"], "mocking"),
    ("Maanantai 🖕", ["tone"], "obscene"), ("Pitkä päivä 🙄 mutta selvittiin.", [], "clean"),
    ("Tuollainen ansaitsisi luodin.", ["tone"], "threat"), ("Hän ansaitsee kiitoksen hienosta työstä.", [], "clean"),
    ("Mahtava päivä! #työhyvinvointi #kiitos", [], "clean"), ("#perhevapaat #perhevapaauudistus", [], "clean"),
]


def _wrap(rng: random.Random, body: str, tags: bool = True) -> str:
    parts = [rng.choice(OPENERS), body, rng.choice(CLOSERS)]
    text = " ".join(p for p in parts if p)
    tag = rng.choice(GOOD_TAGS)  # drawn always, so that the seeded sequence does not depend on the body
    return text + (tag if tags and "#" not in body else "")


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def build(seed: int = SEED) -> list[dict[str, object]]:
    rng = random.Random(seed)
    rows: list[dict[str, object]] = []

    def add(text: str, labels: list[str], kind: str, platform: str = "generic") -> None:
        rows.append({"id": f"d{len(rows) + 1:04d}", "text": text, "platform": platform, "labels": labels,
                     "kind": kind})

    for body in CLEAN:
        add(_wrap(rng, body), [], "clean")
    for body in rng.sample(CLEAN, 40):
        add(_wrap(rng, body), [], "clean")
    for _ in range(24):
        template, word = rng.choice(TONE_SWEAR), rng.choice(SWEARS)
        add(_wrap(rng, template.format(w=word, W=_cap(word)), tags=False), ["tone"], "swear")
    for word in OBFUSCATED:
        template = rng.choice(TONE_SWEAR)
        add(_wrap(rng, template.format(w=word, W=word), tags=False), ["tone"], "obfuscated")
    for word in INSULTS:
        add(_wrap(rng, rng.choice(TONE_INSULT).format(w=word), tags=False), ["tone"], "insult")
    for word in SLURS:
        add(_wrap(rng, rng.choice(TONE_SLUR).format(w=word), tags=False), ["tone"], "slur")
    for word in OBSCENE:
        add(_wrap(rng, rng.choice(TONE_OBSCENE).format(w=word), tags=False), ["tone"], "obscene")
    for body in DISRESPECT:
        add(_wrap(rng, body, tags=False), ["tone"], "disrespect")
    for body in SHOUTING:
        add(_wrap(rng, body, tags=False), ["tone"], "shouting")
    for body, kind in CONFIDENTIAL:
        add(_wrap(rng, body), ["confidential"], kind)
    for body, kind in COPYRIGHT:
        add(_wrap(rng, body, tags=False), ["copyright"], kind)
    for body in COPYRIGHT_CLEAN:
        add(_wrap(rng, body, tags=False), [], "clean-copyright")
    for body in SECURITY:
        add(_wrap(rng, body, tags=False), ["security"], "credential")
    for body, platform, kind in HASHTAG_BAD:
        add(body, ["hashtags"], kind, platform)
    for body, platform in HASHTAG_CLEAN:
        add(body, [], "clean-hashtags", platform)
    for body in NOVEL_CLEAN:
        add(_wrap(rng, body), [], "clean-novel")
    for body, kind in NOVEL_TONE:
        add(_wrap(rng, body, tags=False), ["tone"], kind + "-novel")
    for body in NOVEL_CONFIDENTIAL:
        add(_wrap(rng, body), ["confidential"], "confidential-novel")
    for body in NOVEL_COPYRIGHT:
        add(_wrap(rng, body, tags=False), ["copyright"], "copyright-novel")
    for body in NOVEL_SECURITY:
        add(_wrap(rng, body, tags=False), ["security"], "security-novel")
    for body, kind in NOVEL_HASHTAGS:
        add(body, ["hashtags"], kind + "-novel")
    for body, platform in NOVEL_HASHTAGS_CLEAN:
        add(body, [], "clean-hashtags-novel", platform)
    for body, labels, kind in ROUND3:
        add(body, labels, kind + "-round3")
    # Mixed drafts: two problems in one post.
    for _ in range(12):
        swear = rng.choice(TONE_SWEAR).format(w="paskaa", W="Paskaa")
        body, _kind = rng.choice(CONFIDENTIAL)
        add(f"{body} {swear}", ["confidential", "tone"], "mixed")
    for _ in range(6):
        add(f"{rng.choice(SECURITY)} {rng.choice(DISRESPECT)}", ["security", "tone"], "mixed")
    rng.shuffle(rows)
    for i, row in enumerate(rows, 1):
        row["id"] = f"d{i:04d}"
    return rows


def main() -> None:
    rows = build()
    with OUT.open("w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} drafts to {OUT}")


if __name__ == "__main__":
    main()
