"""One request worded apart (another period, "UAV" for "drone", an ask more) is one round-robin;
a request sharing only one sub-question with it is not."""

import pytest

from nlp.corpus import update_derived
from nlp.round_robin_merge import ask_key, same_request
from tests.support.corpus_builder import FORCES, build_db, response

DRONES = ["How many drones does the force own?", "What make and model are the drones?"]
UAV = ["How many unmanned aerial vehicles (UAVs) does your force own?",
       "How many times were UAVs deployed in each financial year from 2019/20 to 2022/23?",
       "What make and model are the UAVs?"]
# shares the first ask only: a different request
DRONE_COSTS = ["How many drones does the force own?",
               "How much did the force spend on drone pilot training in 2022?",
               "Which companies supplied drone batteries?"]


def _numbered(asks):
    return "\n".join(f"{i}. {a}" for i, a in enumerate(asks, 1))


@pytest.fixture
def db(tmp_path):
    rows = []
    for i, force in enumerate(FORCES[:3]):  # the short wording at three forces (x2 each)
        for k in range(2):
            rows.append(response(10 + 2 * i + k, force, f"Dear FOI team,\n{_numbered(DRONES)}",
                                 [], f"2023-0{i + 1}-1{k}", title="Drones"))
    for i, force in enumerate(FORCES[2:5]):  # the UAV wording at three forces
        rows.append(response(20 + i, force, _numbered(UAV), [], f"2023-06-0{i + 1}",
                             outcome="ncnd", title="Unmanned aerial vehicles"))
    for i, force in enumerate(FORCES[:2]):
        rows.append(response(30 + i, force, _numbered(DRONE_COSTS), [], f"2023-07-0{i + 1}",
                             title="Drones"))
    db = build_db(tmp_path / "c.db", rows, [])
    update_derived(db, None)
    return db


def test_synonyms_and_periods_fold_to_one_ask():
    assert ask_key(UAV[0]) == ask_key(DRONES[0]) == "drone own"
    assert ask_key("deployed for each of the calendar years 2020 to 2023") == \
        ask_key("deployed in each financial year from 2019/20 to 2022/23")
    assert same_request({"a b", "c d"}, {"a b", "c d", "e f"})
    assert not same_request({"a b", "c d", "e f"}, {"a b", "g h", "i j"})


def test_drone_and_uav_wordings_are_one_group(db):
    groups = {r["id"]: r for r in db.query("select * from round_robins")}
    members = {}
    for r in db.query("select round_robin_id, response_id from round_robin_members"):
        members.setdefault(r["round_robin_id"], set()).add(r["response_id"])
    drone_ids = {f"r{i:03d}" for i in (*range(10, 16), 20, 21, 22)}
    merged = [g for g, ids in members.items() if ids & drone_ids]
    assert len(merged) == 1, members
    g = groups[merged[0]]
    assert members[merged[0]] == drone_ids
    assert (g["forces"], g["responses"]) == (5, 9)
    assert g["title"] == "Drones"  # the title most members carry
    # the request sharing one ask is its own group
    costs = [g for g, ids in members.items() if {"r030", "r031"} <= ids]
    assert len(costs) == 1 and costs[0] != merged[0]


def test_incremental_update_keeps_the_merge(db):
    db["responses"].insert(response(40, FORCES[4], _numbered(UAV), [], "2024-01-05",
                                    title="UAVs"))
    update_derived(db, ["r040"])
    rows = list(db.query("select round_robin_id from round_robin_members where response_id "
                         "in ('r010', 'r020', 'r040')"))
    assert len({r["round_robin_id"] for r in rows}) == 1 and len(rows) == 3
    assert db.execute("select count(*) from round_robin_members where response_id = 'r040'"
                      ).fetchone()[0] == 1
