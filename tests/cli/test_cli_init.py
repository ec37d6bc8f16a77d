"""`pelisaannot init` sets up a second organisation from nothing; `test-rules` prints failures readably."""

from __future__ import annotations

from pathlib import Path

import yaml

from pelisaannot.policy import load_policy


def test_init_scaffolds_a_working_pack(invoke, tmp_path: Path) -> None:
    result = invoke("init", "rules/kunta", "--organisation", "Esimerkin kunta")
    assert result.exit_code == 0, result.output
    folder = tmp_path / "rules" / "kunta"
    assert sorted(p.name for p in folder.iterdir()) == ["KUNTA-CF-001.yaml", "README.md", "pack.yaml",
                                                         "pelisaannot.md"]
    policy = load_policy(folder)
    assert (policy.name, policy.organisation, policy.parents) == ("kunta", "Esimerkin kunta", ("base",))
    assert policy.rule("KUNTA-CF-001") is not None and policy.rule("FI-CD-001") is not None
    assert policy.rule("KELA-HT-002") is None  # Kela's own rules are not inherited from base
    assert yaml.safe_load((folder / "pack.yaml").read_text(encoding="utf-8"))["extends"] == "base"
    assert result.output.startswith(f"Luotiin paketti kunta kansioon rules/kunta: {len(policy.rules)} sääntöä")

    selftest = invoke("test-rules", "rules/kunta")
    assert selftest.exit_code == 0 and selftest.output.rstrip().endswith(" 0 epäonnistui")

    checked = invoke("check", "--policy", "rules/kunta", "--select", "KUNTA,FI-TO-001", "-",
                     stdin="Istun taas Kuutamon palaverissa, paska päivä.")
    assert checked.exit_code == 1
    lines = checked.output.splitlines()
    assert lines[0].startswith("-:1:12: KUNTA-CF-001 [warning] Luonnoksessa mainitaan sisäinen koodinimi (Kuutamon).")
    assert lines[0].endswith("/rules/kunta/pelisaannot.md#sisaiset-nimet)")
    assert " FI-TO-001 [warning] " in lines[3]


def test_a_config_file_can_point_at_the_new_pack(invoke, tmp_path: Path) -> None:
    invoke("init", "packs/oma", "--prefix", "OMA")
    (tmp_path / ".pelisaannot.yaml").write_text("policy: packs/oma\nselect: [OMA]\n", encoding="utf-8")
    assert invoke("check", "-", stdin="Kuutamo julkaistaan pian.").exit_code == 1
    assert invoke("check", "-", stdin="Kaunis kuutamo.").exit_code == 0


def test_init_extends_a_pack_folder(invoke, tmp_path: Path) -> None:
    invoke("init", "packs/emo", "--prefix", "EMO")
    result = invoke("init", "packs/tytar", "--extends", "packs/emo", "--prefix", "TYT")
    assert result.exit_code == 0, result.output
    manifest = yaml.safe_load((tmp_path / "packs" / "tytar" / "pack.yaml").read_text(encoding="utf-8"))
    assert manifest["extends"] == "../emo"
    policy = load_policy(tmp_path / "packs" / "tytar")
    assert policy.parents == ("emo", "base")
    assert {"EMO-CF-001", "TYT-CF-001", "FI-CD-001"} <= {r.id for r in policy.rules}


def test_init_extends_kela(invoke, tmp_path: Path) -> None:
    result = invoke("init", "packs/kelan-tiimi", "--extends", "kela", "--prefix", "TIIMI")
    assert result.exit_code == 0, result.output
    policy = load_policy(tmp_path / "packs" / "kelan-tiimi")
    assert policy.parents == ("kela", "base")
    assert {"TIIMI-CF-001", "KELA-HT-002", "FI-CD-001"} <= {r.id for r in policy.rules}
    assert policy.rule("FI-CD-001").link.endswith("/rules/kela/pelisaannot.md#vaitiolovelvollisuus")
    assert invoke("test-rules", "packs/kelan-tiimi").exit_code == 0


def test_init_misuse_is_one_line_exit_2(process, tmp_path: Path) -> None:
    (tmp_path / "taynna").mkdir()
    (tmp_path / "taynna" / "x.txt").write_text("x", encoding="utf-8")
    full = process("init", "taynna")
    assert full.returncode == 2
    assert full.stderr.strip() == "pelisaannot: error: taynna: kansio on olemassa eikä ole tyhjä; anna uusi kansio"
    missing = process("init", "uusi", "--extends", "eiole")
    assert missing.returncode == 2 and "pelisääntöpakettia ei ole" in missing.stderr
    assert not (tmp_path / "uusi").exists()
    assert process("init", "uusi", "--name", "Iso Nimi").returncode == 2
    assert process("init", "uusi", "--prefix", "ab-1").returncode == 2


def test_test_rules_prints_failures_by_rule(invoke, tmp_path: Path) -> None:
    invoke("init", "kunta")
    rule_file = tmp_path / "kunta" / "KUNTA-CF-001.yaml"
    rule = yaml.safe_load(rule_file.read_text(encoding="utf-8"))
    rule["examples"]["bad"].append({"text": "Kuutamo ja\nmuuta", "match": "Kuutamo ja", "platform": "x"})
    rule["examples"]["bad"].append("Ei koodinimeä tässä.")
    rule["examples"]["good"].insert(0, {"text": "Kuutamo on hieno.", "note": "väärin luokiteltu esimerkki"})
    rule_file.write_text(yaml.safe_dump(rule, allow_unicode=True, sort_keys=False), encoding="utf-8")
    result = invoke("test-rules", "kunta", "--select", "KUNTA")
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"KUNTA-CF-001: Julkistamaton koodinimi ({rule_file.resolve()}) - 3 epäonnistui",
        "  EPÄONNISTUI bad #3 [x]: odotettiin kohtaa 'Kuutamo ja', saatiin 'Kuutamo'   "
        "(huono (säännön pitää huomauttaa))",
        "    | Kuutamo ja",
        "    | muuta",
        "  EPÄONNISTUI bad #4: ei löydöstä   (huono (säännön pitää huomauttaa))",
        "    | Ei koodinimeä tässä.",
        "  EPÄONNISTUI good #1: odottamaton löydös kohdassa 'Kuutamo'   (hyvä (säännön pitää olla hiljaa))",
        "    | Kuutamo on hieno.",
        "    huomautus: väärin luokiteltu esimerkki",
        "1 sääntöä, 7 esimerkkiä: 4 läpi, 3 epäonnistui",
    ]
