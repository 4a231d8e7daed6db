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

    /// Calls `emit` with each CSV row of `dataset` (without the header).
    mutating func rows(_ dataset: String, _ emit: (String) throws(DiscloseError) -> Void) throws(DiscloseError) {
        var random = self.random(dataset, year: fiscalYear.label)
        switch dataset {
        case "ledger":
            for form in forms {
                let crossBorder = member.country != "JP" || random.chance(5)
                let outsourced = random.chance(30)
                try emit(
                    [form.id, form.department, ["customer", "employee", "business-partner", "other"][random.below(4)],
                     member.country == "JP" && random.chance(10) ? "yes" : "no", String(10 + random.below(5000)),
                     crossBorder ? "yes" : "no", crossBorder ? ["consent", "contract", "adequacy"][random.below(3)] : "",
                     outsourced ? "yes" : "no", outsourced ? "yes" : "", ["low", "medium", "high"][random.below(3)],
                     form.registered.description, form.retired?.description ?? ""].joined(separator: ","))
            }
        case "reviews":
            var number = 0
            func next() -> String { number += 1; return String(format: "R%06d", number) }
            for form in forms where form.retired.map({ $0 > fiscalYear.start }) ?? true {
                for third in 0..<3 where random.chance(92) {
                    try emit("\(next()),control-form,\(form.id),\(day(30 + 110 * third + random.below(90))),conforming,none")
                }
            }
            for department in Set(forms.map(\.department)).sorted() {
                try emit("\(next()),management-review,\(department),\(day(300 + random.below(60))),conforming,none")
            }
            try emit("\(next()),security-verification,All departments,\(day(200)),observation,none")
            if random.chance(70) {
                let nonconforming = random.chance(20)
                try emit(
                    "\(next()),\(member.country == "JP" ? "internal-audit" : "inspection"),Compliance,\(day(240)),"
                        + (nonconforming ? "nonconforming,\(random.chance(50) ? "open" : "closed")" : "conforming,none"))
            }
        case "incidents":
            for index in 0..<(random.chance(12) ? 1 + random.below(2) : 0) {
                let types = ["loss", "leak", "theft", "unauthorized-access", "secondary-use", "external-complaint"]
                let discovered = 10 + random.below(340)
                try emit(
                    "INC-\(fiscalYear.label)-\(index + 1),\(types[random.below(types.count)]),\(day(discovered - 5)),\(day(discovered)),"
                        + "\(random.below(500)),\(random.chance(80) ? "yes" : "no"),\(random.chance(40) ? "yes" : "no"),internal note")
            }
        case "government_requests":
            if random.chance(3) {
                let requested = 1 + random.below(5)
                try emit("GR-\(fiscalYear.label)-1,\(day(100)),law-enforcement,\(member.country),\(requested),partially-disclosed,\(requested - 1)")
            }
        case "training":
            for person in 0..<member.people {
                let id = DatasetWriter.personID(member.firstPerson + person)
                let completed = random.chance(95) ? day(40 + random.below(300)) : ""
                try emit("\(id),\(person % 40 == 0 ? "officer" : person % 9 == 0 ? "dispatched" : "employee"),general,SEC-WEB,\(day(30)),\(completed)")
                if person % 20 == 7 {
                    try emit("\(id),employee,new-hire,PI-INTRO,\(day(5)),\(day(20))")
                }
            }
        case "training_sessions":
            for index in 0..<(5 + random.below(10)) {
                let kinds = ["lecture", "practical-course", "drill", "newsletter", "awareness"]
                try emit("S\(index + 1),\(kinds[index % kinds.count]),Session \(index + 1),all,\(day(20 + 25 * index))")
            }
        case "privacy_mark":
            if member.country == "JP", KeyIndex.hash([member.code]) % 5 < 2 {
                try emit("PM-\(member.code),2008-10-01,\(fiscalYear.label - 1)-10-01,\(fiscalYear.label + 1)-09-30,valid")
            }
        case "appointments":
            let first = DatasetWriter.personID(member.firstPerson)
            let second = DatasetWriter.personID(member.firstPerson + 1)
            let start = KeyIndex.hash([member.code, "appointments"]) % 4 == 0 ? fiscalYear.start.description : "2019-04-01"
            try emit("\(first),administrator,All departments,2019-04-01,")
            try emit("\(second),professional,All departments,\(start),")
        default:
            break
        }
    }

    /// A pseudonymous person id such as `P-0001A2` (never 12 digits, never an e-mail address).
    static func personID(_ number: Int) -> String {
        let text = String(number, radix: 36, uppercase: true)
        return "P-" + String(repeating: "0", count: max(0, 6 - text.count)) + text
    }
}
