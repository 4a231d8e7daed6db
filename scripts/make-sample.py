#!/usr/bin/env python3
"""Writes the fictional Aoba Group sample data (data/) in the repository root, deterministically.

Every company, person and figure is invented. The story mirrors a real disclosure of this kind:
the ledger system reaches every major overseas subsidiary by FY2025, management systems are set
up at the remaining domestic subsidiaries in FY2025, a dozen domestic companies hold the Privacy
Mark, training completion at the parent ends a little under its 95 % target, the parent has no
loss or leak incidents in FY2025 (some elsewhere, and earlier), and no government requests.

Run from the repository root: python3 scripts/make-sample.py  (it replaces data/ entirely).
Rows are written by column name; the columns of each file, and their order, come from the dataset
catalog through `disclose schema --datasets` ($DISCLOSE, else .build/debug/disclose, else disclose).
"""
import csv
import json
import os
import random
import shutil
import subprocess

YEARS = (2023, 2024, 2025)
RNG = random.Random(2025)

REGISTRY = ("code", "name", "country", "relationship", "parent_code", "major", "consolidated_from", "consolidated_until")
COMPANIES = [
    ("AOBA", "Aoba Holdings 株式会社", "JP", "parent", "", "no", "1962-04-01", ""),
    ("AOBA-SYS", "Aoba Systems Co., Ltd.", "JP", "subsidiary", "AOBA", "yes", "1985-04-01", ""),
    ("AOBA-NET", "青葉ネットワークス株式会社", "JP", "subsidiary", "AOBA", "yes", "1991-10-01", ""),
    ("AOBA-FIN", "Aoba Finance Co., Ltd.", "JP", "subsidiary", "AOBA", "yes", "1994-04-01", ""),
    ("AOBA-LOG", "Aoba Logistics Co., Ltd.", "JP", "subsidiary", "AOBA", "yes", "1998-04-01", ""),
    ("AOBA-MED", "あおばメディカル株式会社", "JP", "subsidiary", "AOBA", "no", "2003-04-01", ""),
    ("AOBA-EDU", "Aoba Education Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2005-04-01", ""),
    ("AOBA-RET", "Aoba Retail Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2006-04-01", ""),
    ("AOBA-ENG", "Aoba Engineering Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2008-04-01", ""),
    ("AOBA-CLD", "Aoba Cloud Services Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2012-04-01", ""),
    ("AOBA-HR", "Aoba Human Resources Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2013-07-01", ""),
    ("AOBA-INS", "Aoba Insurance Services Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2014-04-01", ""),
    ("AOBA-TRV", "Aoba Travel Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2015-04-01", "2025-09-30"),
    ("AOBA-ENR", "Aoba Energy Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2016-04-01", ""),
    ("AOBA-MKT", "Aoba Marketing Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2018-04-01", ""),
    ("AOBA-AGR", "Aoba Agritech Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2020-04-01", ""),
    ("AOBA-SEC", "Aoba Security Co., Ltd.", "JP", "subsidiary", "AOBA", "no", "2021-04-01", ""),
    ("AOBA-SYS-K", "Aoba Systems Kyushu Co., Ltd.", "JP", "sub-subsidiary", "AOBA-SYS", "no", "1999-04-01", ""),
    ("AOBA-SYS-T", "Aoba Systems Tohoku Co., Ltd.", "JP", "sub-subsidiary", "AOBA-SYS", "no", "2001-04-01", ""),
    ("AOBA-NET-S", "仙台ネットサービス株式会社", "JP", "sub-subsidiary", "AOBA-NET", "no", "2004-04-01", ""),
    ("AOBA-FIN-C", "Aoba Card Co., Ltd.", "JP", "sub-subsidiary", "AOBA-FIN", "no", "2007-04-01", ""),
    ("AOBA-LOG-W", "Aoba Warehouse Co., Ltd.", "JP", "sub-subsidiary", "AOBA-LOG", "no", "2010-04-01", ""),
    ("AOBA-MED-L", "Aoba Lab Services Co., Ltd.", "JP", "sub-subsidiary", "AOBA-MED", "no", "2016-04-01", ""),
    ("AOBA-RET-O", "Aoba Online Shop Co., Ltd.", "JP", "sub-subsidiary", "AOBA-RET", "no", "2019-04-01", ""),
    ("AOBA-US", "Aoba America Inc.", "US", "subsidiary", "AOBA", "yes", "2000-01-01", ""),
    ("AOBA-DE", "Aoba Europe GmbH", "DE", "subsidiary", "AOBA", "yes", "2002-04-01", ""),
    ("AOBA-GB", "Aoba UK Ltd.", "GB", "subsidiary", "AOBA", "yes", "2004-04-01", ""),
    ("AOBA-FR", "Société Aoba France SAS", "FR", "subsidiary", "AOBA", "yes", "2009-04-01", ""),
    ("AOBA-SG", "Aoba Asia Pacific Pte. Ltd.", "SG", "subsidiary", "AOBA", "yes", "2006-04-01", ""),
    ("AOBA-CN", "青叶信息技术（上海）有限公司", "CN", "subsidiary", "AOBA", "yes", "2008-04-01", ""),
    ("AOBA-IN", "Aoba India Pvt. Ltd.", "IN", "subsidiary", "AOBA", "yes", "2014-04-01", ""),
    ("AOBA-BR", "Aoba do Brasil Ltda. (São Paulo)", "BR", "subsidiary", "AOBA", "yes", "2016-04-01", ""),
    ("AOBA-AU", "Aoba Australia Pty Ltd", "AU", "subsidiary", "AOBA", "no", "2017-04-01", ""),
    ("AOBA-CA", "Aoba Canada Ltd.", "CA", "subsidiary", "AOBA", "no", "2018-04-01", ""),
    ("AOBA-ES", "Aoba Ibérica S.L.", "ES", "subsidiary", "AOBA", "no", "2019-04-01", ""),
    ("AOBA-MX", "Aoba México S.A. de C.V.", "MX", "subsidiary", "AOBA", "no", "2019-10-01", ""),
    ("AOBA-TH", "Aoba (Thailand) Co., Ltd.", "TH", "subsidiary", "AOBA", "no", "2020-04-01", ""),
    ("AOBA-VN", "Aoba Việt Nam Co., Ltd.", "VN", "subsidiary", "AOBA", "no", "2021-04-01", ""),
    ("AOBA-KR", "Aoba Korea Co., Ltd.", "KR", "subsidiary", "AOBA", "no", "2022-04-01", ""),
    ("AOBA-NL", "Aoba Nederland B.V.", "NL", "subsidiary", "AOBA", "no", "2022-10-01", ""),
]
CODES = [c[0] for c in COMPANIES]
INFO = {c[0]: c for c in COMPANIES}
OVERSEAS_MAJOR = ["AOBA-US", "AOBA-DE", "AOBA-GB", "AOBA-FR", "AOBA-SG", "AOBA-CN", "AOBA-IN", "AOBA-BR"]
# Fiscal year in which each company's ledger system went live (first control form registered).
LEDGER_FROM = {"AOBA-US": 2022, "AOBA-DE": 2022, "AOBA-GB": 2023, "AOBA-FR": 2024, "AOBA-SG": 2024,
               "AOBA-CN": 2024, "AOBA-IN": 2025, "AOBA-BR": 2025, "AOBA-AU": 2024, "AOBA-CA": 2025,
               "AOBA-NL": 2025}
# Domestic companies whose management system (administrator + professional) started in a given FY.
MGMT_FROM = {"AOBA-AGR": 2025, "AOBA-SEC": 2025, "AOBA-ENR": 2025, "AOBA-MKT": 2025, "AOBA-HR": 2025,
             "AOBA-INS": 2025, "AOBA-MED-L": 2025, "AOBA-RET-O": 2025, "AOBA-LOG-W": 2025,
             "AOBA-CLD": 2024, "AOBA-ENG": 2024, "AOBA-FIN-C": 2024, "AOBA-TRV": 2024}
PMARK = ["AOBA", "AOBA-SYS", "AOBA-NET", "AOBA-FIN", "AOBA-LOG", "AOBA-MED", "AOBA-EDU", "AOBA-CLD",
         "AOBA-HR", "AOBA-INS", "AOBA-SYS-K", "AOBA-SYS-T", "AOBA-FIN-C", "AOBA-MED-L"]
DEPARTMENTS = ["Sales", "Human Resources", "Customer Support", "Marketing", "Engineering", "Finance"]


def catalog_columns():
    """Each dataset's column names in file order, from the dataset catalog (never a second list here)."""
    for program in (os.environ.get("DISCLOSE"), ".build/debug/disclose", "disclose"):
        if program and (os.path.sep not in program or os.path.exists(program)):
            try:
                output = subprocess.run([program, "schema", "--datasets"], check=True, capture_output=True, text=True).stdout
            except (OSError, subprocess.CalledProcessError):
                continue
            datasets = json.loads(output)["datasets"]
            return {d["name"]: [c["name"] for c in d["columns"]] for d in datasets}, {d["name"]: d["kind"] for d in datasets}
    raise SystemExit("make-sample.py needs disclose: run `swift build` first or set DISCLOSE")


COLUMNS, KINDS = catalog_columns()
INCIDENT = ("incident_id", "type", "occurred_on", "discovered_on", "records_affected", "substantiated", "regulator_notified")
INCIDENTS = {
    (2023, "AOBA"): [("INC-2301", "loss", "2023-06-12", "2023-06-13", 40, "yes", "yes")],
    (2023, "AOBA-RET"): [("INC-2302", "leak", "2023-09-02", "2023-09-05", 318, "yes", "yes")],
    (2023, "AOBA-US"): [("INC-2303", "unauthorized-access", "2024-02-20", "2024-02-21", 1250, "yes", "yes")],
    (2024, "AOBA-LOG"): [("INC-2401", "loss", "2024-11-08", "2024-11-08", 12, "yes", "no")],
    (2024, "AOBA-EDU"): [("INC-2402", "external-complaint", "2024-12-01", "2024-12-03", 0, "no", "no")],
    (2025, "AOBA-RET-O"): [("INC-2501", "leak", "2025-03-29", "2025-04-02", 56, "yes", "yes")],
    (2025, "AOBA-BR"): [("INC-2502", "theft", "2025-08-14", "2025-08-15", 3, "yes", "yes")],
}
# Parent completion (completed of 1,000 assignments) per FY: 93.1 %, 95.8 %, 94.3 %.
PARENT_COMPLETED = {2023: 931, 2024: 958, 2025: 943}


def consolidated(code, day):
    info = INFO[code]
    return info[6] <= day and (info[7] == "" or info[7] >= day)


def write(path, dataset, rows):
    """Writes rows given as {column: value}; unknown column names are an error, missing ones are empty."""
    columns = COLUMNS[dataset]
    for row in rows:
        unknown = set(row) - set(columns)
        if unknown:
            raise SystemExit(f"{dataset}: no column {sorted(unknown)} in the catalog ({', '.join(columns)})")
    if os.path.dirname(path):
        os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", newline="", encoding="utf-8") as out:
        out.write(",".join(columns) + "\n")
        csv.writer(out, lineterminator="\n").writerows([[row.get(c, "") for c in columns] for row in rows])


def person(code, number):
    return f"{code.replace('AOBA', 'AB')}-{number:05d}"


def day(year, month, dom):
    return f"{year:04d}-{month:02d}-{dom:02d}"


def fy_day(fy, offset_months, dom):
    month = 4 + offset_months
    year = fy + (1 if month > 12 else 0)
    return day(year, month - 12 if month > 12 else month, dom)


def ledger(code, fy):
    domestic = INFO[code][2] == "JP"
    start = LEDGER_FROM.get(code, 2015 if domestic else None)
    if start is None or fy < start:
        return []
    rng = random.Random(f"ledger-{code}")
    count = 12 if code == "AOBA" else 4 + rng.randrange(5)
    rows = []
    for n in range(count):
        first_fy = start if n < 2 else start + rng.randrange(max(1, 2026 - start))
        if first_fy > fy:
            continue
        registered = fy_day(first_fy, rng.randrange(12), 1 + rng.randrange(28))
        if n == 0:
            registered = fy_day(start, 1, 15)
        retired = ""
        if n == count - 1 and count > 5:
            registered = fy_day(start, 0, 1)
            retired = day(start + 1, 10, 1)
            if retired > day(fy + 1, 3, 31):
                retired = ""  # the register is as it stood at FY end: no future retirements
        cross = "yes" if (not domestic or n % 5 == 0) else "no"
        outsourced = "yes" if n % 3 == 1 else "no"
        rows.append({"form_id": f"F{n + 1:03d}", "department": DEPARTMENTS[n % len(DEPARTMENTS)],
                     "category": ["customer", "employee", "business-partner", "other"][n % 4],
                     "specific_personal_info": "yes" if domestic and n % 4 == 1 else "no",
                     "subjects": 50 * (1 + rng.randrange(40)), "cross_border": cross,
                     "transfer_basis": ["contract", "consent", "adequacy"][n % 3] if cross == "yes" else "",
                     "outsourced": outsourced, "contractor_pledge": "yes" if outsourced == "yes" else "",
                     "risk": ["low", "medium", "high"][rng.randrange(3)], "registered_on": registered, "retired_on": retired})
    return rows


def reviews(code, fy, forms):
    rng = random.Random(f"reviews-{code}-{fy}")
    rows = []
    for n, form in enumerate(forms):
        if form["retired_on"] and form["retired_on"] <= day(fy, 4, 1):
            continue
        if rng.random() < 0.92:
            rows.append(review(f"R{fy % 100}-{n + 1:03d}", "control-form", form["form_id"],
                               fy_day(fy, 5 + rng.randrange(6), 1 + rng.randrange(28))))
    for n, dept in enumerate(sorted({f["department"] for f in forms})):
        rows.append(review(f"M{fy % 100}-{n + 1:02d}", "management-review", dept, fy_day(fy, 10, 10 + n)))
    rows.append(review(f"S{fy % 100}-01", "security-verification", "All departments", fy_day(fy, 8, 20), "observation"))
    if INFO[code][2] == "JP":
        rows.append(review(f"A{fy % 100}-01", "internal-audit", "All departments", fy_day(fy, 9, 12)))
        if code != "AOBA" and (fy == 2025 or rng.random() < 0.5):
            rows.append(review(f"I{fy % 100}-01", "inspection", "Compliance", fy_day(fy, 6, 17)))
    elif code in OVERSEAS_MAJOR or fy == 2025:
        result = "nonconforming" if rng.random() < 0.3 else "conforming"
        action = ("open" if fy == 2025 and rng.random() < 0.5 else "closed") if result == "nonconforming" else "none"
        rows.append(review(f"I{fy % 100}-01", "inspection", "Compliance", fy_day(fy, 7, 5), result, action))
    return rows


def review(review_id, kind, subject, performed_on, result="conforming", action="none"):
    return {"review_id": review_id, "kind": kind, "subject": subject, "performed_on": performed_on, "result": result,
            "corrective_action": action}


def training(code, fy):
    rows = []
    if code == "AOBA":
        done = PARENT_COMPLETED[fy]
        for n in range(1000):
            population = "officer" if n < 30 else ("dispatched" if n >= 880 else "employee")
            role = "administrator" if n % 50 == 7 else ("professional" if n % 50 == 8 else "general")
            completed = fy_day(fy, 2 + n % 6, 1 + n % 28) if n < done else ""
            rows.append(assignment(person(code, n + 1), population, role, "SEC-WEB", fy_day(fy, 1, 10), completed))
        for n in range(40):
            rows.append(assignment(person(code, 2001 + n), "employee", "new-hire", "PI-INTRO", fy_day(fy, 0, 3), fy_day(fy, 0, 20)))
        return rows
    rng = random.Random(f"training-{code}-{fy}")
    people = 20 + rng.randrange(40)
    for n in range(people):
        completed = fy_day(fy, 2 + rng.randrange(8), 1 + rng.randrange(28)) if rng.random() < 0.96 else ""
        rows.append(assignment(person(code, n + 1), "employee", "general", "SEC-WEB", fy_day(fy, 1, 10), completed))
    return rows


def assignment(person_id, population, role, course, assigned_on, completed_on):
    return {"person_id": person_id, "population": population, "role": role, "course": course, "assigned_on": assigned_on,
            "completed_on": completed_on}


def session(session_id, kind, title, audience, held_on):
    return {"session_id": session_id, "kind": kind, "title": title, "audience": audience, "held_on": held_on}


def sessions(code, fy):
    if code != "AOBA":
        return [session(f"AW{fy % 100}-01", "awareness", "Privacy awareness briefing", "all", fy_day(fy, 6, 14))]
    lectures = {2023: 13, 2024: 14, 2025: 15}[fy]
    rows = [session(f"L{fy % 100}-{n + 1:02d}", "lecture", f"Handling personal information, part {n + 1}", "professional",
                    fy_day(fy, n % 12, 8 + n % 15)) for n in range(lectures)]
    rows += [session(f"P{fy % 100}-{n + 1:02d}", "practical-course", "Practical course for business lines", "professional",
                     fy_day(fy, 3 * n + 2, 18)) for n in range(3)]
    rows += [session(f"D{fy % 100}-{n + 1:02d}", "drill", "Collective incident-response drill", "administrator",
                     fy_day(fy, 8 + 2 * n, 22)) for n in range(2)]
    rows += [session(f"N{fy % 100}-{n + 1:02d}", "newsletter", "Monthly privacy newsletter", "administrator",
                     fy_day(fy, n, 1)) for n in range(12)]
    rows.append(session(f"T{fy % 100}-01", "textbook", "Introductory textbook on personal information", "new-hire", fy_day(fy, 0, 1)))
    return rows


def privacy_mark(code, fy):
    if code not in PMARK:
        return []
    first = "2005-10-01" if code == "AOBA" else day(2006 + PMARK.index(code), 4, 1)
    def certificate(since, until):
        return {"certificate_no": f"PM-{1000 + PMARK.index(code)}-{since}", "first_certified_on": first,
                "valid_from": day(since, 10, 1), "valid_until": day(until, 9, 30), "status": "valid"}
    return [certificate(fy - 1, fy + 1), certificate(fy - 3, fy - 1)]


def appointments(code, fy):
    domestic = INFO[code][2] == "JP"
    start = MGMT_FROM.get(code, 2019)
    rows = []
    if domestic and fy >= start:
        admin_from = day(2019, 4, 1) if start == 2025 and code in ("AOBA-ENR", "AOBA-MKT") else fy_day(start, 0, 1)
        pro_from = fy_day(start, 3, 1) if start == 2025 else fy_day(start, 0, 1)
        rows.append(appointment(person(code, 90001), "administrator", "All departments", admin_from, ""))
        rows.append(appointment(person(code, 90002), "professional", "All departments", pro_from, ""))
        if code == "AOBA":
            rows.append(appointment(person(code, 90003), "auditor", "Internal Audit", day(2018, 4, 1), ""))
            rows.append(appointment(person(code, 90004), "promotion-office", "Promotion Office", day(2017, 4, 1), ""))
            rows.append(appointment(person(code, 90005), "professional", "Sales", day(2019, 4, 1), day(2024, 4, 1)))
    elif domestic and start == 2025 and code in ("AOBA-ENR", "AOBA-MKT"):
        rows.append(appointment(person(code, 90001), "administrator", "All departments", day(2019, 4, 1), ""))
    if not domestic:
        rows.append(appointment(person(code, 90001), "administrator", "All departments", day(2020, 4, 1), ""))
    return rows


def appointment(person_id, role, department, appointed_on, ended_on):
    return {"person_id": person_id, "role": role, "department": department, "appointed_on": appointed_on, "ended_on": ended_on}


# The rows of each per-company dataset for one company and FY (`forms` is that company's ledger rows). Every
# dataset `disclose schema --datasets` lists needs a writer here: a new one stops the script (see main) rather
# than leaving its files out of the sample.
WRITERS = {
    "ledger": lambda code, fy, forms: forms,
    "reviews": lambda code, fy, forms: reviews(code, fy, forms),
    "incidents": lambda code, fy, forms: [dict(zip(INCIDENT, i), summary="(internal) details kept by the Promotion Office")
                                          for i in INCIDENTS.get((fy, code), [])],
    "government_requests": lambda code, fy, forms: [],
    "training": lambda code, fy, forms: training(code, fy),
    "training_sessions": lambda code, fy, forms: sessions(code, fy),
    "privacy_mark": lambda code, fy, forms: privacy_mark(code, fy),
    "appointments": lambda code, fy, forms: appointments(code, fy),
}


def check_writers(kinds):
    """Stops (exit 1, naming them) when the catalog has a per-company dataset with no writer, or a writer names none."""
    per_company = [name for name, kind in kinds.items() if kind != "registry"]
    missing = [name for name in per_company if name not in WRITERS]
    unknown = sorted(set(WRITERS) - set(per_company))
    if missing:
        raise SystemExit(f"make-sample.py: no writer for dataset {', '.join(missing)} (listed by `disclose schema --datasets`); "
                         "add one to WRITERS")
    if unknown:
        raise SystemExit(f"make-sample.py: WRITERS has {', '.join(unknown)}, which is no per-company dataset of the catalog")
    return per_company


def main():
    datasets = check_writers(KINDS)
    shutil.rmtree("data", ignore_errors=True)
    os.makedirs("data")
    write("data/companies.csv", "companies", [dict(zip(REGISTRY, company)) for company in COMPANIES])
    for fy in YEARS:
        end = day(fy + 1, 3, 31)
        for code in CODES:
            if not consolidated(code, end) and not (code == "AOBA-TRV" and fy == 2025):
                continue
            folder = f"data/FY{fy}/{code}"
            forms = ledger(code, fy)
            for dataset in datasets:
                write(f"{folder}/{dataset}.csv", dataset, WRITERS[dataset](code, fy, forms))


if __name__ == "__main__":
    main()
