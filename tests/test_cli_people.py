"""``cercle people list|add|erase`` on the demo centre, run as a user would."""

import pytest

from tests.test_cli import cercle


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("people") / "demo.sqlite3"
    result = cercle("demo", "create", str(path))
    assert result.returncode == 0, result.stderr
    return path


def test_add_list_and_erase_a_person(demo_file):
    database = ("--database", str(demo_file))
    refused = cercle("people", "add", "Nadia", "--phone", "06 12 34 56 78", *database)
    assert refused.returncode == 1 and "only with the date" in refused.stderr
    added = cercle("people", "add", "Nadia", "--role", "relay", "--phone", "0612345678", "--consent",
                   "2026-11-02", *database)
    assert added.returncode == 0, added.stderr
    person_id = added.stdout.split("\t")[0]
    listed = cercle("people", "list", "--search", "nadia", *database)
    assert listed.stdout.strip() == f"{person_id}\tNadia\tHabitant-relais"
    contact = cercle("people", "list", "--search", "cpam", *database)
    assert "Mme Roux\tPartner's contact\tCPAM de l'Isère" in contact.stdout
    erased = cercle("people", "erase", person_id, *database)
    assert erased.returncode == 0 and "forgotten" in erased.stdout
    assert "Nadia" not in cercle("people", "list", "--all", *database).stdout
    unknown = cercle("people", "add", "Paul", "--role", "partner_contact", "--partner", "Nulle part", *database)
    assert unknown.returncode == 1 and "No partner is called Nulle part" in unknown.stderr
