#!/usr/bin/env python3
"""usage: xbrl_facts.py DATA_JSON OIM_JSON[=LABEL]...

Compares the facts Arelle read from each edition's privacy.xhtml (its xBRL-JSON, saved by the saveLoadableOIM
plugin) one to one with the numbers data.json states. A fact's key is its concept, its scope and filters as
dimensions (a dimension the figure does not restrict, `all`, is left out) and the end of its fiscal year.

Expected facts come from every entry of data.json: each metric (figure), each goal (`value` at the year's end,
`prior` at the prior year's end) and each bar of each chart (at the end of the bar's own `fiscal_year`: a trend's
bars span years). The concept is `disc:` + the metric id in CamelCase, `proj:Figure<Name>` for a `sql:` figure,
`proj:Goal<Id>` for a `sql:` goal or a `sql:` chart bar (the bar's `goal`). An entry with `numerator` and
`denominator` (a goal's prior: `prior_numerator`, `prior_denominator`, `prior_percent`) has parts, each a concept
named after the entry's (`LedgerAdoptionDenominator`):
  - a percentage (unit `%`, or a `sql:` metric with a ratio: every built-in percent metric has unit `%`, and a
    `sql:` metric has a ratio only when its query returns numerator and denominator) has `Numerator` and
    `Denominator`, counts;
  - a count of scope (a ratio, unit not `%`) has `Denominator` and `Share` (its `percent`, a percentage).
Percentages are compared scaled (the page tags 94.3 as 0.943).

Rules:
  - REQUIRED in every edition: every entry's value; the Denominator and Share of every count of scope (the pages
    write "8 of 8 (100.0%)"); the Numerator and Denominator of every completion_by_population bar ("52.5% (63 of
    120)"). A part of an entry with no value (an incomplete figure is written untagged) is not required.
  - ALLOWED: any other part of any entry (a narrative sentence may show it).
  - every fact (all but goal status and target text) is an expected or allowed fact, equal to data.json's value
    within the fact's decimals: none made up; data.json stating one key twice with different values is a problem.
  - across editions: the required facts are in every edition; a key tagged in two editions has consistent values
    (equal when rounded to the fewer decimals); facts only some editions carry (narrative wording differs by
    language) are counted on one info line per edition.
Prints per edition the facts, numeric facts, distinct keys, and how many keys were required and allowed-only.
Exit 0 when all hold, 1 otherwise.
"""
import json
import sys
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

SCOPE_AXES = {"region": "RegionAxis", "relationship": "RelationshipAxis", "major": "MajorAxis", "company": "CompanyAxis"}
TEXT_CONCEPTS = {"disc:GoalStatus", "disc:GoalTarget"}
# A ratio's parts by the entry's kind: (part, is a percentage).
PARTS = {"percentage": (("Numerator", False), ("Denominator", False)), "count_of_scope": (("Denominator", False), ("Share", True))}


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


def year_end(data, fiscal_year):
    """The last day of `fiscal_year`, from data.json's period (the disclosed year's first day)."""
    first = date.fromisoformat(data["period"]["from"])
    start = date(first.year + fiscal_year - data["fiscal_year"], first.month, 1)
    return date(start.year + 1, start.month, 1) - timedelta(days=1)


def ratio_kind(unit, metric_id, numerator, denominator):
    if numerator is None or denominator is None:
        return None
    return "percentage" if unit == "%" or metric_id == "sql" else "count_of_scope"


class Expected:
    """Every key data.json states: its value, whether it is a percentage, whether the pages must tag it, and which
    entries state it. `conflicts` lists a key stated twice with different values."""

    def __init__(self):
        self.keys = {}
        self.conflicts = []

    def add(self, key, value, percent, required, what):
        if value is None:
            return
        known = self.keys.get(key)
        if known is None:
            self.keys[key] = {"value": value, "percent": percent, "required": required, "what": [what]}
            return
        if known["value"] != value:
            self.conflicts.append(f"data.json: {what} = {value} and {known['what'][0]} = {known['value']} are one fact {show(key)}")
        if required and not known["required"]:
            known["what"].insert(0, what)  # messages name an entry that requires the key
        else:
            known["what"].append(what)
        known["required"] = known["required"] or required

    def entry(self, concept, dims, end, value, unit, metric_id, ratio, what, required_parts=()):
        """One entry's value and parts; `ratio` is its (numerator, denominator, percent)."""
        kind = ratio_kind(unit, metric_id, ratio[0], ratio[1])
        self.add((concept, dims, end), value, unit == "%" or kind == "percentage", True, what)
        if kind is None:
            return
        numbers = {"Numerator": ratio[0], "Denominator": ratio[1], "Share": ratio[2]}
        required = set(required_parts) | ({"Denominator", "Share"} if kind == "count_of_scope" else set())
        for part, percent in PARTS[kind]:
            self.add((concept + part, dims, end), numbers[part], percent, part in required and value is not None, f"{what} {part}")


def expected(data):
    end = year_end(data, data["fiscal_year"])
    prior_end = date.fromisoformat(data["period"]["from"]) - timedelta(days=1)
    found = Expected()

    def ratio(entry, prefix=""):
        return tuple(entry.get(prefix + key) for key in ("numerator", "denominator", "percent"))

    for metric in data["metrics"]:
        concept = "proj:Figure" + camel(metric["name"]) if metric["id"] == "sql" else "disc:" + camel(metric["id"])
        found.entry(concept, dimensions(metric), end, metric.get("value"), metric["unit"], metric["id"], ratio(metric), "figure " + metric["name"])
    for goal in data["goals"]:
        if "metric" not in goal:
            continue
        concept = "proj:Goal" + camel(goal["id"]) if goal["metric"] == "sql" else "disc:" + camel(goal["metric"])
        dims = dimensions(goal)
        found.entry(concept, dims, end, goal.get("value"), goal["unit"], goal["metric"], ratio(goal), f"goal {goal['id']} value")
        found.entry(concept, dims, prior_end, goal.get("prior"), goal["unit"], goal["metric"], ratio(goal, "prior_"), f"goal {goal['id']} prior")
    for chart in data.get("charts", []):
        by_population = chart["kind"] == "completion_by_population"
        for bar in chart["bars"]:
            concept = "proj:Goal" + camel(bar["goal"]) if bar["id"] == "sql" else "disc:" + camel(bar["id"])
            subject = bar.get("population") or (f"FY{bar['fiscal_year']}" if chart["kind"] == "trend" else bar["goal"])
            found.entry(
                concept, dimensions(bar), year_end(data, bar["fiscal_year"]), bar.get("value"), bar["unit"], bar["id"], ratio(bar),
                f"chart {chart['id']} bar {subject}", ("Numerator", "Denominator") if by_population else ())
    return found


def facts(oim):
    found = []
    for fact in oim["facts"].values():
        dims = dict(fact["dimensions"])
        concept = dims.pop("concept", "(no concept: not in the taxonomy)")
        if concept in TEXT_CONCEPTS:
            continue
        period = dims.pop("period")
        dims.pop("entity", None)
        dims.pop("unit", None)
        end = date.fromisoformat(period.split("/")[-1][:10]) - timedelta(days=1)
        key_dims = tuple(sorted((k, v) for k, v in dims.items() if v != "all"))
        found.append(((concept, key_dims, end), fact.get("value", ""), fact.get("decimals")))
    return found


def show(key):
    concept, dims, end = key
    return f"({concept} {dict(dims)} {end})"


def equal(value, percent, fact_value, decimals):
    if isinstance(value, str):
        return value == fact_value
    number = float(fact_value)
    if percent:
        number *= 100
        # data.json writes percentages exact to 6 decimals.
        tolerance = (0.5 * 10 ** -(decimals - 2) if decimals is not None else 0) + 0.5e-6
    else:
        tolerance = 0.5 * 10 ** -decimals if decimals is not None else 0
    return abs(number - float(value)) <= tolerance + 1e-12


def consistent(a, b):
    """Two facts of one key agree: equal when both are rounded to the fewer decimals (XBRL's duplicate facts)."""
    (va, da), (vb, db) = a, b
    try:
        x, y = Decimal(va), Decimal(vb)
    except ArithmeticError:
        return va == vb
    places = [d for d in (da, db) if isinstance(d, int)]
    if not places:
        return x == y
    quantum = Decimal(1).scaleb(-min(places))
    return x.quantize(quantum, ROUND_HALF_UP) == y.quantize(quantum, ROUND_HALF_UP)


def check(data, editions):
    """Checks `editions`, a list of (label, OIM JSON object); returns (report lines, problems)."""
    wanted = expected(data)
    lines, problems = [], list(wanted.conflicts)
    required = {key for key, item in wanted.keys.items() if item["required"]}
    tagged = {}
    for label, oim in editions:
        found = facts(oim)
        values = {}
        for key, value, decimals in found:
            values.setdefault(key, set()).add((value, decimals))
            item = wanted.keys.get(key)
            if item is None:
                problems.append(f"{label}: fact {show(key)} = {value} is no number of data.json")
            elif not equal(item["value"], item["percent"], value, decimals):
                problems.append(f"{label}: {item['what'][0]} {show(key)} is {item['value']} in data.json, {value} in the page")
        for key in sorted(required - values.keys(), key=repr):
            item = wanted.keys[key]
            problems.append(f"{label}: required {item['what'][0]} {show(key)} = {item['value']} is not tagged")
        tagged[label] = values
        distinct = values.keys() & wanted.keys.keys()
        lines.append(
            f"{label}: {len(oim['facts'])} facts, {len(found)} of them numeric ({len(values)} distinct): "
            f"{len(distinct & required)} required, {len(distinct - required)} allowed-only; "
            f"data.json states {len(wanted.keys)} ({len(required)} required)")
    labels = [label for label, _ in editions]
    for i, a in enumerate(labels):
        for b in labels[i + 1:]:
            for key in sorted(tagged[a].keys() & tagged[b].keys(), key=repr):
                if not all(consistent(x, y) for x in tagged[a][key] for y in tagged[b][key]):
                    shown = lambda label: ", ".join(sorted(v for v, _ in tagged[label][key]))
                    problems.append(f"{b}: fact {show(key)} is {shown(b)}, {shown(a)} in {a}")
    if len(labels) > 1:
        everywhere = set.intersection(*(set(values) for values in tagged.values()))
        for label in labels:
            only = sorted(set(tagged[label]) - everywhere, key=repr)
            if only:
                names = ", ".join(f"{concept} {end}" for concept, _, end in only)
                lines.append(f"info: {label}: {len(only)} fact{'' if len(only) == 1 else 's'} not in every edition (narrative wording): {names}")
    return lines, sorted(set(problems))


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    data = json.load(open(sys.argv[1], encoding="utf-8"))
    editions = []
    for argument in sys.argv[2:]:
        path, _, label = argument.partition("=")
        editions.append((label or path, json.load(open(path, encoding="utf-8"))))
    lines, problems = check(data, editions)
    for line in lines:
        print(line)
    for problem in problems:
        print("error: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
