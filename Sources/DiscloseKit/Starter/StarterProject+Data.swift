extension StarterProject {
    static let pipeline = """
        # A starter disclosure project written by `disclose init`. Every name and figure is fictional.
        # Run `disclose check` to validate the data, `disclose build` to write output/FY2025/.
        disclosure:
          title: Personal Information Protection and Privacy
          organization: Kaede Group
          fiscal_year: 2025
          fiscal_year_start_month: 4
          home_country: JP
        courses:
          SEC-WEB: {title: Web-based information security training}
        medium_term:
          period: {from: 2021-04, to: 2026-03}
          goals:
            - {id: governance, title: Strengthen data-privacy governance at group companies}
            - {id: risk, title: Deepen risk management in every department}
        figures:
          leaks: {label: Loss or leak incidents at the parent company, id: incidents, filter: {type: [loss, leak, theft, unauthorized-access]}}
          completion: {label: Web-based training completion (parent company), id: training_completion, filter: {course: [SEC-WEB]}}
          lectures: {label: Lectures for Professionals, id: training_sessions, filter: {kind: [lecture]}}
        goals:
          - id: overseas-ledger
            under: governance
            fiscal_year: 2025
            text: Introduce the ledger system at every major overseas subsidiary
            metric: {id: ledger_adoption, scope: {region: overseas, major: yes}}
            target: "100%"
            achievement: "Ledger system in place at {{numerator}} of {{denominator}} major overseas subsidiaries"
          - id: web-training
            under: risk
            fiscal_year: 2025
            text: Web-based information security training for all officers and employees
            metric: {id: training_completion, filter: {course: [SEC-WEB]}}
            target: ">= 95%"
            achievement: "Completion rate {{percent}}"
          - id: monitoring-2026
            under: governance
            fiscal_year: 2026
            text: Keep monitoring personal information protection at every subsidiary
        sections:
          governance: content/governance.md
          strategy: content/strategy.md
          initiatives: content/initiatives.md

        """

    static let governance = """
        # Organisation

        {{organization}} names an officer responsible for personal information protection, and each
        department appoints an Administrator and a Professional.

        """

    static let strategy = """
        # Policy

        Group companies in Japan adopt the parent's privacy policy; overseas companies follow their local law.

        """

    static let initiatives = """
        # Incidents

        {{#figures.leaks.zero}}
        There were no incidents involving the loss or leak of personal information at the parent company in fiscal year {{fy}}.
        {{/figures.leaks.zero}}
        {{#figures.leaks.nonzero}}
        The parent company recorded {{figures.leaks.value}} loss or leak incidents in fiscal year {{fy}}.
        {{/figures.leaks.nonzero}}
        {{! A figure some company did not report is guarded: state it with its coverage instead. }}
        {{#figures.leaks.incomplete}}
        Loss or leak incidents at the parent company in fiscal year {{fy}}: {{figures.leaks.partial_value}};
        {{figures.leaks.coverage}}.
        {{/figures.leaks.incomplete}}

        # Training

        {{#figures.completion.complete}}
        {{figures.completion.percent}} of assigned officers and employees completed the web-based training.
        {{/figures.completion.complete}}
        {{#figures.completion.incomplete}}
        Web-based training completion is not stated for fiscal year {{fy}}: {{figures.completion.coverage}}.
        {{/figures.completion.incomplete}}
        {{#figures.lectures.complete}}
        Professionals attended {{figures.lectures.value}} lectures.
        {{/figures.lectures.complete}}

        """

    /// Data rows for one company's dataset in one fiscal year (without the header).
    static func rows(_ dataset: String, company: String, year: Int) -> [String] {
        let overseas = company == "KAEDE-US"
        switch dataset {
        case "ledger":
            if overseas && year == 2024 { return [] }
            let registered = overseas ? "2025-06-01" : "2020-04-01"
            return [
                "F001,Sales,customer,no,120,\(overseas ? "yes,contract" : "no,"),no,,medium,\(registered),",
                "F002,Human Resources,employee,\(overseas ? "no" : "yes"),40,no,,yes,yes,low,\(registered),",
            ]
        case "reviews":
            if overseas && year == 2024 { return [] }
            return [
                "R1,control-form,F001,\(year)-10-01,conforming,none", "R2,control-form,F002,\(year)-10-02,conforming,none",
                "M1,management-review,Sales,\(year + 1)-02-10,conforming,none",
            ]
        case "incidents":
            return company == "KAEDE-JP" && year == 2024 ? ["I-1,loss,2024-07-01,2024-07-02,3,yes,no,kept internal"] : []
        case "training":
            let people = company == "KAEDE" ? 40 : 10
            let done = company == "KAEDE" ? (year == 2025 ? 37 : 39) : 10
            return (0..<people).map { n in
                "\(company)-P\(n + 100),employee,general,SEC-WEB,\(year)-05-01,\(n < done ? "\(year)-06-15" : "")"
            }
        case "training_sessions":
            guard company == "KAEDE" else { return [] }
            return (1...(year == 2025 ? 6 : 5)).map { "L\($0),lecture,Lecture \($0),professional,\(year)-0\(3 + $0)-10" }
        case "privacy_mark":
            return overseas ? [] : ["PM-\(company),2010-10-01,\(year - 1)-10-01,\(year + 1)-09-30,valid"]
        case "appointments":
            return ["\(company)-A1,administrator,All,2019-04-01,", "\(company)-A2,professional,All,2019-04-01,"]
        default:
            return []
        }
    }
}
