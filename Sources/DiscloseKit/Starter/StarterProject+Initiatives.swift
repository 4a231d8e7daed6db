/// The starter's Main Initiatives: one content file per topic of the reference page, in its order, so a new project
/// starts from the whole page. `initiatives.md` (the starter's first file) holds incidents, accidents and complaints.
extension StarterProject {
    /// A topic's file name under `content/` and its text in each language.
    struct Topic {
        var file: String
        var english: String
        var japanese: String
    }

    /// The files of `sections: initiatives:`, in page order.
    static let initiativeTopics: [Topic] = [
        Topic(
            file: "management-system.md",
            english: """
                # Personal Information Protection Management System

                {{! Describe the management system and its rules: acquisition, use, provision to third parties, secondary use, and requests from the people concerned. }}
                {{organization}} runs a personal information protection management system based on written procedures.

                - **Acquisition:** people are told the purpose and agree before their personal information is collected.
                - **Provision to third parties:** personal information is given to others only with consent, unless a law requires it.
                - **Secondary use:** using personal information for another purpose without prior consent is forbidden.
                - **Requests from the people concerned:** requests to see, correct or delete personal information are answered.

                """,
            japanese: """
                # 個人情報保護マネジメントシステム

                {{! マネジメントシステムと、取得・利用・第三者提供・目的外利用・本人からの請求に関するルールを記載します。 }}
                {{organization}}は、文書化した手順に基づいて個人情報保護マネジメントシステムを運用しています。

                - **取得**：利用目的を本人に知らせ、同意を得てから取得すること。
                - **第三者への提供**：法令で求められる場合を除き、本人の同意を得てから提供すること。
                - **目的外利用**：本人の事前の同意なしに、目的外の利用をしないこと。
                - **本人からの請求**：個人情報の開示・訂正・削除の請求に応じること。

                """),
        Topic(
            file: "management-of-personal-information.md",
            english: """
                # Management of Personal Information

                Each department registers the personal information it handles as control forms in the ledger system and reviews them once a year.

                """,
            japanese: """
                # 個人情報の管理

                各部門は取り扱う個人情報を台帳システムに管理票として登録し、年1回見直しています。

                """),
        Topic(
            file: "cross-border-transfers.md",
            english: """
                # Initiatives to Address Cross-border Transfers of Personal Information

                Overseas subsidiaries obtain the consent and sign the data transfer agreements that local law requires before personal information crosses a border.

                """,
            japanese: """
                # 個人情報の越境移転への対応

                海外の子会社は、個人情報を国外へ移転する前に、各国の法令が求める本人の同意を得て、データ移転契約を結んでいます。

                """),
        Topic(
            file: "customers-and-partners.md",
            english: """
                # Initiatives for Customers and Business Partners

                ## Contractors

                Contractors that handle personal information for the group sign a pledge and follow the security control measures set in their contracts.

                ## Individual Numbers (My Number)

                Individual Numbers are handled as Specific Personal Information, with access restricted to the staff who need them.

                """,
            japanese: """
                # お客さま・お取引先に関する取り組み

                ## 委託先の管理

                個人情報の取り扱いを委託する先には誓約書の提出を求め、契約で定めた安全管理措置を守ってもらっています。

                ## マイナンバー（個人番号）の取り扱い

                マイナンバーは特定個人情報として、必要な担当者だけが扱えるようにしています。

                """),
        Topic(
            file: "monitoring-and-improvement.md",
            english: """
                # Monitoring and Improvement

                Internal audits against JIS Q 15001 and regular inspections keep the management system improving.

                ## Verification of Security Control Measures

                Once a year, every department checks how it applies the security control measures and plans improvements where it falls short.

                ## Verification of the State of Personal Information Management

                Control forms are reviewed once a year, and each department head holds a management review.

                ## Verification of Operations During Emergencies

                After a loss or leak, the company concerned reviews how its security control measures worked.

                """,
            japanese: """
                # モニタリングと改善

                JIS Q 15001に基づく内部監査と定期的な点検によって、マネジメントシステムを改善しています。

                ## 安全管理措置の運用状況の検証

                各部門は年1回、安全管理措置の実施状況を検証し、不十分な点があれば改善計画を立てます。

                ## 個人情報の管理状況の検証

                管理票を年1回見直し、各部門の長がマネジメントレビューを行います。

                ## 緊急時の運用の検証

                紛失や漏えいが起きた場合は、その会社が安全管理措置の運用状況を改めて検証します。

                """),
        Topic(
            file: "government-requests.md",
            english: """
                # Responses to Requests from Governments for Personal Information

                A department asked by a government or law-enforcement agency for personal information consults the Administrator, and the company decides under the applicable law, with respect for the rights of the person concerned.

                """,
            japanese: """
                # 政府機関からの個人情報の提供要請への対応

                政府機関や捜査機関から個人情報の提供を求められた部門は管理者に相談し、会社は本人の権利を尊重したうえで、法令に沿って対応を判断します。

                """),
        Topic(
            file: "privacy-in-business.md",
            english: """
                # Privacy in Business Activities

                Products and services are designed with privacy laws such as the GDPR in mind, and with care for the human rights that the use of AI can affect.

                """,
            japanese: """
                # 事業活動におけるプライバシー

                GDPRなどのプライバシー保護の法令と、AIの利用が人権に与える影響に配慮して、製品やサービスを設計しています。

                """),
        Topic(
            file: "emergency-response.md",
            english: """
                # Response in an Emergency Such as a Leak of Personal Information

                Whoever discovers a loss or leak reports it at once to their manager and the incident desk, which acts by standard procedures and tells the people affected where needed.

                """,
            japanese: """
                # 漏えいなどの緊急時の対応

                紛失や漏えいを見つけた人はすぐに上司と事故の窓口に連絡し、窓口は標準の手順に沿って対応し、必要に応じて本人に知らせます。

                """),
        Topic(
            file: "training.md",
            english: """
                # Training and Awareness

                ## Training for All Officers and Employees

                {{#figures.completion.complete}}
                In fiscal year {{fy}}, the web-based training was completed by {{figures.completion.percent}} of the officers and employees assigned it.
                {{/figures.completion.complete}}
                {{#figures.completion.incomplete}}
                Web-based training completion is not stated for fiscal year {{fy}}: {{figures.completion.coverage}}.
                {{/figures.completion.incomplete}}

                ## Education for Professionals

                {{#figures.lectures.complete}}
                Professionals attended {{figures.lectures.value}} {{#figures.lectures.one}}lecture{{/figures.lectures.one}}{{^figures.lectures.one}}lectures{{/figures.lectures.one}}.
                {{/figures.lectures.complete}}

                ## Training for New Hires

                New hires learn the basics of personal information protection from an introductory textbook.

                """,
            japanese: """
                # 研修と啓発

                ## 全役員・従業員向けの研修

                {{#figures.completion.complete}}
                研修を割り当てた役員・従業員の{{figures.completion.percent}}がWeb研修を修了しました。
                {{/figures.completion.complete}}
                {{#figures.completion.incomplete}}
                {{fy}}のWeb研修の修了率は記載しません（{{figures.completion.coverage}}）。
                {{/figures.completion.incomplete}}

                ## 推進担当者向けの教育

                {{#figures.lectures.complete}}
                推進担当者は講義に{{figures.lectures.value}}回参加しました。
                {{/figures.lectures.complete}}

                ## 新入社員向けの研修

                新入社員は、入門テキストで個人情報保護の基本を学びます。

                """),
    ]

    /// The files of `sections: initiatives:` in page order, `initiatives.md` (incidents) in its place.
    static let initiativeFiles: [String] = {
        var files = initiativeTopics.map(\.file)
        files.insert("initiatives.md", at: 5)
        return files
    }()
}
