#!/usr/bin/env python3
"""usage: xbrl_facts_test.py

Tests scripts/xbrl_facts.py by mutation on the hand-made facts of Tests/xbrl/facts/ (data.json and the xBRL-JSON of
an en and a ja edition): the fixture passes as written, with a narrative fact only the en edition tags and a `sql:` goal
whose ratio is in a unit other than `%` (a percentage all the same, tagged scaled); each mutation below must fail
with the problem it names. Needs no Arelle. Exit 0 when every case holds, 1 otherwise.
"""
import copy
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xbrl_facts  # noqa: E402

FIXTURES = os.path.join(HERE, "..", "Tests", "xbrl", "facts")


def load(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as file:
        return json.load(file)


def find(oim, concept, period_start="", **dimensions):
    """The id of the first fact of `concept` whose period starts with `period_start` and whose dimensions include
    `dimensions` (`disc_PopulationFilterAxis="all"`)."""
    wanted = {name.replace("_", ":", 1): value for name, value in dimensions.items()}
    for key, fact in oim["facts"].items():
        dims = fact["dimensions"]
        if dims["concept"] == concept and dims["period"].startswith(period_start) and wanted.items() <= dims.items():
            return key
    raise KeyError(concept)


def drop_share(data, en, ja):
    del en["facts"][find(en, "disc:LedgerAdoptionShare", "2026")]


def drop_population_denominator(data, en, ja):
    del ja["facts"][find(ja, "disc:TrainingCompletionDenominator")]


def drop_trend_year(data, en, ja):
    # the FY2024 bar's value, tagged twice (goal's prior, trend table): gone from both places
    for _ in range(2):
        del en["facts"][find(en, "disc:LedgerAdoption", "2025-04-01T00:00:00")]


def made_up(data, en, ja):
    fact = copy.deepcopy(en["facts"][find(en, "disc:LedgerAdoption", "2026")])
    fact["dimensions"]["disc:RegionAxis"] = "domestic"
    en["facts"]["made-up"] = fact


def wrong_year(data, en, ja):
    en["facts"][find(en, "disc:TrainingCompletionNumerator", disc_PopulationFilterAxis="all")]["dimensions"]["period"] = "2024-04-01T00:00:00/2025-04-01T00:00:00"


def wrong_share(data, en, ja):
    ja["facts"][find(ja, "disc:LedgerAdoptionShare", "2025")]["value"] = "0.76"


def wrong_allowed_part(data, en, ja):
    en["facts"][find(en, "disc:TrainingCompletionNumerator", disc_PopulationFilterAxis="all")]["value"] = "1888"


def editions_differ(data, en, ja):
    # 94.35 in data.json: 0.943 and 0.944 are each within half a unit of the third decimal, but not the same value
    ja["facts"][find(ja, "disc:TrainingCompletion")]["value"] = "0.944"


def stated_twice(data, en, ja):
    data["charts"][0]["bars"][0]["value"] = 5


def concept_not_in_taxonomy(data, en, ja):
    # Arelle writes a fact whose concept the taxonomy lacks with neither concept nor value
    fact = en["facts"][find(en, "disc:LedgerAdoptionDenominator", "2026")]
    del fact["dimensions"]["concept"], fact["value"]


def no_charts(data, en, ja):
    # data.json from before the charts array: the trend's and population chart's numbers are no longer stated
    del data["charts"]


# (mutation, the text a problem must contain; None: the case passes)
CASES = [
    (None, None),
    (drop_share, "en: required goal overseas-ledger value Share (disc:LedgerAdoptionShare"),
    (drop_population_denominator, "ja: required chart chart-training-web bar dispatched Denominator"),
    (drop_trend_year, "en: required goal overseas-ledger prior (disc:LedgerAdoption"),
    (made_up, "en: fact (disc:LedgerAdoption {'disc:MajorAxis': 'yes', 'disc:RegionAxis': 'domestic'} 2026-03-31) = 8 is no number of data.json"),
    (wrong_year, "en: fact (disc:TrainingCompletionNumerator {'disc:CourseFilterAxis': 'SEC-WEB', 'disc:RelationshipAxis': 'parent'} 2025-03-31) = 1887 is no number"),
    (wrong_share, "ja: goal overseas-ledger prior Share (disc:LedgerAdoptionShare"),
    (wrong_allowed_part, "en: figure web Numerator (disc:TrainingCompletionNumerator {'disc:CourseFilterAxis': 'SEC-WEB', 'disc:RelationshipAxis': 'parent'} 2026-03-31) is 1887 in data.json, 1888 in the page"),
    (editions_differ, "ja: fact (disc:TrainingCompletion {'disc:CourseFilterAxis': 'SEC-WEB', 'disc:RelationshipAxis': 'parent'} 2026-03-31) is 0.944, 0.943 in en"),
    (stated_twice, "data.json: chart chart-trend-overseas-ledger bar FY2024 = 5 and goal overseas-ledger prior = 6 are one fact"),
    (concept_not_in_taxonomy, "en: fact ((no concept: not in the taxonomy) {'disc:MajorAxis': 'yes', 'disc:RegionAxis': 'overseas'} 2026-03-31)"),
    (no_charts, "is no number of data.json"),
]


def main():
    failures = 0
    for mutation, expected in CASES:
        data, en, ja = load("data.json"), load("en.json"), load("ja.json")
        if mutation:
            mutation(data, en, ja)
        lines, problems = xbrl_facts.check(data, [("en", en), ("ja", ja)])
        name = mutation.__name__ if mutation else "the fixture as written"
        if expected is None:
            ok = not problems and any(line.startswith("info: en: 1 fact not in every edition") for line in lines)
        else:
            ok = any(expected in problem for problem in problems)
        print(("ok: " if ok else "FAILED: ") + name + ("" if ok else f": expected {expected!r}, got {problems}"))
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
