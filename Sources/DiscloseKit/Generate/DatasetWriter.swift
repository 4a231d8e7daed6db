import Foundation

/// Generates one company's rows of every dataset for one fiscal year, consistent across years
/// (registers keep their history) and valid under every rule of the data contract.
struct DatasetWriter {
    let member: SyntheticGroup.Member
    let fiscalYear: FiscalYear
    let seed: UInt64
    let departments = ["Sales", "Human Resources", "Support", "Marketing", "Engineering", "Finance"]

    init(member: SyntheticGroup.Member, fiscalYear: FiscalYear, seed: UInt64) {
        self.member = member
        self.fiscalYear = fiscalYear
        self.seed = seed
    }

    /// A random stream for this company (and year, when given) that does not depend on anything else.
    func random(_ purpose: String, year: Int? = nil) -> SplitMix64 {
        SplitMix64(seed: seed ^ KeyIndex.hash([member.code, purpose, year.map(String.init) ?? ""]))
    }

    /// A day of the fiscal year, `offset` days after its start (wrapped into the year).
    func day(_ offset: Int) -> String {
        fiscalYear.start.adding(days: offset % 365).description
    }

    /// The company's control forms as they stand at this FY's end: (id, department, registered, retired).
    var forms: [(id: String, department: String, registered: Day, retired: Day?)] {
        var random = self.random("forms")
        let count = max(2, member.people / 6)
        let overseas = member.country != "JP"
        // Overseas companies adopt the ledger system in some year; domestic ones have always had it.
        let adoption = overseas ? FiscalYear(2023 + random.below(3)).start : Day(year: 2015, month: 4, day: 1) ?? member.from
        var result: [(String, String, Day, Day?)] = []
        for index in 0..<count {
            let registered = adoption.adding(days: index == 0 ? 0 : random.below(3 * 365))
            let retired: Day? = random.chance(8) ? registered.adding(days: 200 + random.below(900)) : nil
            guard registered <= fiscalYear.end else { continue }
            result.append(
                (String(format: "F%05d", index + 1), departments[index % departments.count], registered,
                 retired.flatMap { $0 <= fiscalYear.end ? $0 : nil }))
        }
        return result
    }

    /// Calls `emit` with each CSV row of `dataset` (without the header), built by column name.
    mutating func rows(_ dataset: DatasetName, _ emitLine: (String) throws(DiscloseError) -> Void) throws(DiscloseError) {
        let spec = DatasetCatalog.spec(dataset)
        func emit(_ values: KeyValuePairs<String, String>) throws(DiscloseError) { try emitLine(spec.line(values)) }
        var random = self.random(dataset.rawValue, year: fiscalYear.label)
        switch dataset {
        case .companies:
            break  // the registry is one file for the group (SyntheticGroup writes it), not a per-company file
        case .ledger:
            for form in forms {
                let crossBorder = member.country != "JP" || random.chance(5)
                let outsourced = random.chance(30)
                try emit([
                    "form_id": form.id, "department": form.department,
                    "category": ["customer", "employee", "business-partner", "other"][random.below(4)],
                    "specific_personal_info": member.country == "JP" && random.chance(10) ? "yes" : "no",
                    "subjects": String(10 + random.below(5000)), "cross_border": crossBorder ? "yes" : "no",
                    "transfer_basis": crossBorder ? ["consent", "contract", "adequacy"][random.below(3)] : "",
                    "outsourced": outsourced ? "yes" : "no", "contractor_pledge": outsourced ? "yes" : "",
                    "risk": ["low", "medium", "high"][random.below(3)], "registered_on": form.registered.description,
                    "retired_on": form.retired?.description ?? "",
                ])
            }
        case .reviews:
            var number = 0
            func review(_ kind: String, _ subject: String, _ day: String, _ result: String = "conforming", _ action: String = "none")
                throws(DiscloseError)
            {
                number += 1
                try emit([
                    "review_id": String(format: "R%06d", number), "kind": kind, "subject": subject, "performed_on": day,
                    "result": result, "corrective_action": action,
                ])
            }
            for form in forms where form.retired.map({ $0 > fiscalYear.start }) ?? true {
                for third in 0..<3 where random.chance(92) {
                    try review("control-form", form.id, day(30 + 110 * third + random.below(90)))
                }
            }
            for department in Set(forms.map(\.department)).sorted() {
                try review("management-review", department, day(300 + random.below(60)))
            }
            try review("security-verification", "All departments", day(200), "observation")
            if random.chance(70) {
                let nonconforming = random.chance(20)
                let kind = member.country == "JP" ? "internal-audit" : "inspection"
                if nonconforming {
                    try review(kind, "Compliance", day(240), "nonconforming", random.chance(50) ? "open" : "closed")
                } else {
                    try review(kind, "Compliance", day(240))
                }
            }
        case .incidents:
            for index in 0..<(random.chance(12) ? 1 + random.below(2) : 0) {
                let types = ["loss", "leak", "theft", "unauthorized-access", "secondary-use", "external-complaint"]
                let discovered = 10 + random.below(340)
                try emit([
                    "incident_id": "INC-\(fiscalYear.label)-\(index + 1)", "type": types[random.below(types.count)],
                    "occurred_on": day(discovered - 5), "discovered_on": day(discovered),
                    "records_affected": String(random.below(500)), "substantiated": random.chance(80) ? "yes" : "no",
                    "regulator_notified": random.chance(40) ? "yes" : "no", "summary": "internal note",
                ])
            }
        case .governmentRequests:
            if random.chance(3) {
                let requested = 1 + random.below(5)
                try emit([
                    "request_id": "GR-\(fiscalYear.label)-1", "received_on": day(100), "requester": "law-enforcement",
                    "country": member.country, "subjects_requested": String(requested), "outcome": "partially-disclosed",
                    "subjects_disclosed": String(requested - 1),
                ])
            }
        case .training:
            for person in 0..<member.people {
                let id = DatasetWriter.personID(member.firstPerson + person)
                let completed = random.chance(95) ? day(40 + random.below(300)) : ""
                try emit([
                    "person_id": id, "population": person % 40 == 0 ? "officer" : person % 9 == 0 ? "dispatched" : "employee",
                    "role": "general", "course": "SEC-WEB", "assigned_on": day(30), "completed_on": completed,
                ])
                if person % 20 == 7 {
                    try emit([
                        "person_id": id, "population": "employee", "role": "new-hire", "course": "PI-INTRO", "assigned_on": day(5),
                        "completed_on": day(20),
                    ])
                }
            }
        case .trainingSessions:
            for index in 0..<(5 + random.below(10)) {
                let kinds = ["lecture", "practical-course", "drill", "newsletter", "awareness"]
                try emit([
                    "session_id": "S\(index + 1)", "kind": kinds[index % kinds.count], "title": "Session \(index + 1)",
                    "audience": "all", "held_on": day(20 + 25 * index),
                ])
            }
        case .privacyMark:
            if member.country == "JP", KeyIndex.hash([member.code]) % 5 < 2 {
                try emit([
                    "certificate_no": "PM-\(member.code)", "first_certified_on": "2008-10-01",
                    "valid_from": "\(fiscalYear.label - 1)-10-01", "valid_until": "\(fiscalYear.label + 1)-09-30", "status": "valid",
                ])
            }
        case .appointments:
            let first = DatasetWriter.personID(member.firstPerson)
            let second = DatasetWriter.personID(member.firstPerson + 1)
            let start = KeyIndex.hash([member.code, "appointments"]) % 4 == 0 ? fiscalYear.start.description : "2019-04-01"
            try emit(["person_id": first, "role": "administrator", "department": "All departments", "appointed_on": "2019-04-01"])
            try emit(["person_id": second, "role": "professional", "department": "All departments", "appointed_on": start])
        }
    }

    /// A pseudonymous person id such as `P-0001A2` (never 12 digits, never an e-mail address).
    static func personID(_ number: Int) -> String {
        let text = String(number, radix: 36, uppercase: true)
        return "P-" + String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}
