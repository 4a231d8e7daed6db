/// The starter project in English, Japanese or both (`disclose init --languages en,ja`).
extension StarterProject {
    /// The languages the starter project is written in.
    public static let languages = ["en", "ja"]

    /// A human text of pipeline.yaml: the plain string for one language, a `{en: …, ja: …}` map for several.
    static func text(_ english: String, _ japanese: String, _ languages: [String]) -> String {
        let texts = ["en": english, "ja": japanese]
        if languages.count == 1 { return quoted(texts[languages[0]] ?? english) }
        return "{" + languages.map { "\($0): \(quoted(texts[$0] ?? english))" }.joined(separator: ", ") + "}"
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// pipeline.yaml for `languages` (the first is the main edition).
    static func pipeline(_ languages: [String]) -> String {
        let t = { (english: String, japanese: String) in text(english, japanese, languages) }
        let section = { (key: String) -> String in
            guard languages.count > 1 else { return "content/\(key).md" }
            return "{" + languages.map { "\($0): \(folder($0, languages))\(key).md" }.joined(separator: ", ") + "}"
        }
        let languagesLine = languages == ["en"] ? "" : "\n  languages: [\(languages.joined(separator: ", "))]"
        return """
            # A starter disclosure project written by `disclose init`. Every name and figure is fictional.
            # Run `disclose check` to validate the data, `disclose build` to write output/FY2025/.
            disclosure:
              title: \(t("Personal Information Protection and Privacy", "個人情報保護とプライバシー"))
              organization: \(t("Kaede Group", "かえでグループ"))
              fiscal_year: 2025
              fiscal_year_start_month: 4
              home_country: JP\(languagesLine)
            courses:
              SEC-WEB: {title: \(t("Web-based information security training", "情報セキュリティWeb研修"))}
            medium_term:
              period: {from: 2021-04, to: 2026-03}
              goals:
                - {id: governance, title: \(t("Strengthen data-privacy governance at group companies", "グループ各社のデータプライバシーのガバナンスを強化する"))}
                - {id: risk, title: \(t("Deepen risk management in every department", "すべての部門でリスク管理を深める"))}
            figures:
              leaks: {label: \(t("Loss or leak incidents at the parent company", "親会社での紛失・漏えい事故")), id: incidents, filter: {type: [loss, leak, theft, unauthorized-access]}}
              completion: {label: \(t("Web-based training completion (parent company)", "Web研修の修了率（親会社）")), id: training_completion, filter: {course: [SEC-WEB]}}
              lectures: {label: \(t("Lectures for Professionals", "推進担当者向けの講演会")), id: training_sessions, filter: {kind: [lecture]}}
            goals:
              - id: overseas-ledger
                under: governance
                fiscal_year: 2025
                text: \(t("Introduce the ledger system at every major overseas subsidiary", "海外の主要子会社すべてに台帳システムを導入する"))
                metric: {id: ledger_adoption, scope: {region: overseas, major: yes}}
                target: "100%"
                achievement: \(t("Ledger system in place at {{numerator}} of {{denominator}} major overseas subsidiaries", "海外の主要子会社{{denominator}}社のうち{{numerator}}社で台帳システムを導入済み"))
              - id: web-training
                under: risk
                fiscal_year: 2025
                text: \(t("Web-based information security training for all officers and employees", "すべての役員・従業員への情報セキュリティWeb研修"))
                metric: {id: training_completion, filter: {course: [SEC-WEB]}}
                target: ">= 95%"
                achievement: \(t("Completion rate {{percent}}", "修了率{{percent}}"))
              - id: monitoring-2026
                under: governance
                fiscal_year: 2026
                text: \(t("Keep monitoring personal information protection at every subsidiary", "すべての子会社で個人情報保護の点検を続ける"))
            sections:
              governance: \(section("governance"))
              strategy: \(section("strategy"))
              initiatives:
            \(initiativeFiles.map { "    - " + section(String($0.dropLast(3))) }.joined(separator: "\n"))

            """
    }

    /// `content/` for the main language, `content/<lang>/` for the others.
    static func folder(_ language: String, _ languages: [String]) -> String {
        language == languages.first ? "content/" : "content/\(language)/"
    }

    static let japaneseGovernance = """
        # 体制

        {{organization}}は個人情報保護を担当する役員を置き、各部門が管理者と推進担当者を任命しています。

        # プライバシーマーク

        {{! 親会社がいつからプライバシーマークの認定を受けているか、どのグループ会社が認定を受けているかを記載します。 }}
        国内のグループ会社は、JIS Q 15001に沿った管理を認めるプライバシーマークの認定を受けています。

        # 連結子会社の管理体制

        国内の子会社は親会社と同じ形のマネジメントシステムを運用し、海外の主要な子会社には管理者を置いています。

        """

    static let japaneseStrategy = """
        # 方針

        国内のグループ会社は親会社の個人情報保護方針を採用し、海外の会社は各国の法令に従っています。

        """

    static let japaneseInitiatives = """
        # 個人情報に関する事故・苦情とその対応

        {{#figures.leaks.zero}}
        {{fy}}、親会社で個人情報の紛失・漏えいの事故はありませんでした。
        {{/figures.leaks.zero}}
        {{#figures.leaks.nonzero}}
        {{fy}}、親会社では紛失・漏えいの事故が{{figures.leaks.value}}件ありました。
        {{/figures.leaks.nonzero}}
        {{! 一部の会社が報告していない数値は、網羅状況とともに示します。 }}
        {{#figures.leaks.incomplete}}
        {{fy}}の親会社での紛失・漏えい事故：{{figures.leaks.partial_value}}件（{{figures.leaks.coverage}}）。
        {{/figures.leaks.incomplete}}

        """
}
