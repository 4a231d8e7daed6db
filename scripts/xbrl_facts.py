#!/usr/bin/env python3
"""usage: xbrl_facts.py DATA_JSON OIM_JSON[=LABEL]...

Compares the facts Arelle read from each edition's privacy.xhtml (its xBRL-JSON, saved by the saveLoadableOIM
plugin) one to one with the figures of data.json:
  - every figure data.json states (each metric's and goal's `value`, each goal's `prior`) is a fact of every edition,
    under its concept, its scope and filters as dimensions, at the end of its fiscal year, equal within the fact's
    decimals;
  - every numeric fact is such a figure (none made up, none left over);
  - the numeric facts are identical across editions.
Prints the fact count per edition. Exit 0 when all hold, 1 otherwise.
"""
import json
import sys
from datetime import date, timedelta

SCOPE_AXES = {"region": "RegionAxis", "relationship": "RelationshipAxis", "major": "MajorAxis", "company": "CompanyAxis"}
TEXT_CONCEPTS = {"disc:GoalStatus", "disc:GoalTarget"}


def camel(name):
    out, upper = "", True
    for ch in name:
        if not (ch.isascii() and ch.isalnum()):
            upper = True
            continue
        out += ch.upper() if upper else ch
        upper = False
    return out if out[:1].isalpha() else "N" + out


def joined(values):
    return " ".join(sorted(values))


def dimensions(entry):
    dims = {}
    for key, value in (entry.get("scope") or {}).items():
        axis = "disc:" + SCOPE_AXES[key]
        dims[axis] = ("yes" if value else "no") if key == "major" else joined(value)
    for column, values in (entry.get("filter") or {}).items():
        dims["disc:" + camel(column) + "FilterAxis"] = joined(values)
    return tuple(sorted(dims.items()))


def expected(data):
    end = date.fromisoformat(data["period"]["to"])
    prior_end = date.fromisoformat(data["period"]["from"]) - timedelta(days=1)
    figures = []
    for metric in data["metrics"]:
        concept = "proj:Figure" + camel(metric["name"]) if metric["id"] == "sql" else "disc:" + camel(metric["id"])
        if metric.get("value") is not None:
            figures.append((concept, dimensions(metric), end, metric["value"], metric["unit"], "figure " + metric["name"]))
    for goal in data["goals"]:
        if "metric" not in goal:
            continue
        concept = "proj:Goal" + camel(goal["id"]) if goal["metric"] == "sql" else "disc:" + camel(goal["metric"])
        for year_end, key in ((end, "value"), (prior_end, "prior")):
            if goal.get(key) is not None:
                figures.append((concept, dimensions(goal), year_end, goal[key], goal["unit"], f"goal {goal['id']} {key}"))
    return figures


def facts(path):
    oim = json.load(open(path, encoding="utf-8"))
    found = []
    for fact in oim["facts"].values():
        dims = dict(fact["dimensions"])
        concept = dims.pop("concept")
        if concept in TEXT_CONCEPTS:
            continue
        period = dims.pop("period")
        dims.pop("entity", None)
        dims.pop("unit", None)
        end = date.fromisoformat(period.split("/")[-1][:10]) - timedelta(days=1)
        key_dims = tuple(sorted((k, v) for k, v in dims.items() if v != "all"))
        found.append((concept, key_dims, end, fact["value"], fact.get("decimals")))
    return found


def equal(value, unit, fact_value, decimals):
    if isinstance(value, str):
        return value == fact_value
    number = float(fact_value)
    if unit == "%":
        number *= 100
        tolerance = 0.5 * 10 ** -(decimals - 2) if decimals is not None else 0
    else:
        tolerance = 0.5 * 10 ** -decimals if decimals is not None else 0
    return abs(number - float(value)) <= tolerance + 1e-12


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    figures = expected(data)
    labels = {}
    paths = []
    for argument in sys.argv[2:]:
        path, _, label = argument.partition("=")
        labels[path] = label or path
        paths.append(path)
    problems = []
    editions = {}
    for path in paths:
        name = labels[path]
        found = facts(path)
        total = len(json.load(open(path, encoding="utf-8"))["facts"])
        editions[path] = sorted((c, d, e, v, dec) for c, d, e, v, dec in found)
        print(f"{labels.get(path, path)}: {total} facts, {len(found)} of them numeric ({len(set((c, d, e) for c, d, e, _, _ in found))} distinct), "
              f"{len(figures)} figures in data.json")
        matched = set()
        for concept, dims, end, value, unit, what in figures:
            hits = [i for i, f in enumerate(found) if f[0] == concept and f[1] == dims and f[2] == end]
            if not hits:
                problems.append(f"{name}: {what} ({concept} {dict(dims)} {end}) = {value} is not tagged")
                continue
            for i in hits:
                matched.add(i)
                if not equal(value, unit, found[i][3], found[i][4]):
                    problems.append(f"{name}: {what} ({concept}) is {value} in data.json, {found[i][3]} in the page")
        for i, fact in enumerate(found):
            if i not in matched:
                problems.append(f"{name}: fact {fact[0]} {dict(fact[1])} {fact[2]} = {fact[3]} is no figure of data.json")
    first = next(iter(editions.values()))
    for path, found in editions.items():
        if found != first:
            problems.append(f"{labels[path]}: numeric facts differ from {labels[next(iter(editions))]}")
    for problem in problems:
        print("error: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
