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
          initiatives:                  # one file per topic of Main Initiatives, in page order
            - content/management-system.md
            - content/management-of-personal-information.md
            - content/cross-border-transfers.md
            - content/customers-and-partners.md
            - content/monitoring-and-improvement.md
            - content/initiatives.md
            - content/government-requests.md
            - content/privacy-in-business.md
            - content/emergency-response.md
            - content/training.md

        """

    static let governance = """
        # Organisation

        {{organization}} names an officer responsible for personal information protection, and each
        department appoints an Administrator and a Professional.

        # Privacy Mark

        {{! Say since when the parent company has held the Privacy Mark, and which group companies hold it. }}
        Group companies in Japan hold the Privacy Mark, which certifies management in line with JIS Q 15001.

        # Management at Consolidated Subsidiaries

        Subsidiaries in Japan run management systems on the parent's model; each major overseas subsidiary has an Administrator.

        """

    static let strategy = """
        # Policy

        Group companies in Japan adopt the parent's privacy policy; overseas companies follow their local law.

        """

    static let initiatives = """
        # Incidents, Accidents and Complaints, and the Measures Taken

        {{#figures.leaks.zero}}
        There were no incidents involving the loss or leak of personal information at the parent company in fiscal year {{fy}}.
        {{/figures.leaks.zero}}
        {{#figures.leaks.nonzero}}
        The parent company recorded {{figures.leaks.value}} loss or leak {{#figures.leaks.one}}incident{{/figures.leaks.one}}{{^figures.leaks.one}}incidents{{/figures.leaks.one}} in fiscal year {{fy}}.
        {{/figures.leaks.nonzero}}
        {{! A figure some company did not report is guarded: state it with its coverage instead. }}
        {{#figures.leaks.incomplete}}
        Loss or leak incidents at the parent company in fiscal year {{fy}}: {{figures.leaks.partial_value}};
        {{figures.leaks.coverage}}.
        {{/figures.leaks.incomplete}}

        """

    /// Data rows for one company's dataset in one fiscal year (without the header), built by column name.
    static func rows(_ dataset: DatasetName, company: String, year: Int) -> [String] {
        let spec = DatasetCatalog.spec(dataset)
        let overseas = company == "KAEDE-US"
        switch dataset {
        case .companies:
            return []  // the registry is one file for the group (`registry`), not a per-company file
        case .governmentRequests:
            return []  // the starter group has received no government requests
        case .ledger:
            if overseas && year == 2024 { return [] }
            let registered = overseas ? "2025-06-01" : "2020-04-01"
            return [
                spec.line([
                    "form_id": "F001", "department": "Sales", "category": "customer", "specific_personal_info": "no",
                    "subjects": "120", "cross_border": overseas ? "yes" : "no", "transfer_basis": overseas ? "contract" : "",
                    "outsourced": "no", "risk": "medium", "registered_on": registered,
                ]),
                spec.line([
                    "form_id": "F002", "department": "Human Resources", "category": "employee",
                    "specific_personal_info": overseas ? "no" : "yes", "subjects": "40", "cross_border": "no", "outsourced": "yes",
                    "contractor_pledge": "yes", "risk": "low", "registered_on": registered,
                ]),
            ]
        case .reviews:
            if overseas && year == 2024 { return [] }
            func review(_ id: String, _ kind: String, _ subject: String, _ day: String) -> String {
                spec.line([
                    "review_id": id, "kind": kind, "subject": subject, "performed_on": day, "result": "conforming",
                    "corrective_action": "none",
                ])
            }
            return [
                review("R1", "control-form", "F001", "\(year)-10-01"), review("R2", "control-form", "F002", "\(year)-10-02"),
                review("M1", "management-review", "Sales", "\(year + 1)-02-10"),
            ]
        case .incidents:
            guard company == "KAEDE-JP" && year == 2024 else { return [] }
            return [
                spec.line([
                    "incident_id": "I-1", "type": "loss", "occurred_on": "2024-07-01", "discovered_on": "2024-07-02",
                    "records_affected": "3", "substantiated": "yes", "regulator_notified": "no", "summary": "kept internal",
                ])
            ]
        case .training:
            let people = company == "KAEDE" ? 40 : 10
            let done = company == "KAEDE" ? (year == 2025 ? 37 : 39) : 10
            return (0..<people).map { n in
                spec.line([
                    "person_id": "\(company)-P\(n + 100)", "population": "employee", "role": "general", "course": "SEC-WEB",
                    "assigned_on": "\(year)-05-01", "completed_on": n < done ? "\(year)-06-15" : "",
                ])
            }
        case .trainingSessions:
            guard company == "KAEDE" else { return [] }
            return (1...(year == 2025 ? 6 : 5)).map { n in
                spec.line([
                    "session_id": "L\(n)", "kind": "lecture", "title": "Lecture \(n)", "audience": "professional",
                    "held_on": "\(year)-0\(3 + n)-10",
                ])
            }
        case .privacyMark:
            guard !overseas else { return [] }
            return [
                spec.line([
                    "certificate_no": "PM-\(company)", "first_certified_on": "2010-10-01", "valid_from": "\(year - 1)-10-01",
                    "valid_until": "\(year + 1)-09-30", "status": "valid",
                ])
            ]
        case .appointments:
            return [("A1", "administrator"), ("A2", "professional")].map { suffix, role in
                spec.line([
                    "person_id": "\(company)-\(suffix)", "role": role, "department": "All", "appointed_on": "2019-04-01",
                ])
            }
        }
    }
}
