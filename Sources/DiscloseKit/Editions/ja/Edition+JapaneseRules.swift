extension Edition {
    /// The `ja` edition's wording of each built-in metric's rule (`disclose explain`, the evidence pack).
    static let japaneseRules: [String: String] = [
        "incidents": "年度中に発見された事故の件数",
        "records_affected": "年度中に発見された事故で影響を受けた記録の件数",
        "government_requests": "年度中に受けた政府機関からの個人データの開示要請の件数",
        "government_request_disclosure_rate": "年度中に受けた開示要請のうち、開示または一部開示した要請の割合",
        "training_completion": "年度中に割り当てた研修のうち、年度末までに修了した割合",
        "training_sessions": "年度中に開催した研修の回数",
        "privacy_mark_holders": "年度末を含む有効なプライバシーマークの認定を持つ会社の数",
        "privacy_mark_first_certified": "範囲内の認定のうち最も早い初回認定日",
        "cross_border_forms": "年度末に有効な管理票のうち、国境を越える個人情報の移転を含むものの件数",
        "specific_pi_forms": "年度末に有効な管理票のうち、個人番号（マイナンバー）を扱うものの件数",
        "contractor_pledge_coverage": "年度末に有効な委託先のある管理票のうち、委託先が誓約書を提出している割合",
        "companies_in_scope": "年度末に連結されている会社の数",
        "ledger_adoption": "年度末に有効な管理票が1件以上ある会社の数",
        "ledger_adoption_new": "初めての管理票の登録が年度中にあった会社の数",
        "control_form_review_coverage": "年度中に有効だった管理票のうち、年度中に管理票の見直しを行った割合",
        "management_review_coverage": "年度中に有効な管理票がある（会社、部門）のうち、年度中にその部門のマネジメントレビューを行った割合",
        "security_verification_coverage": "年度中にセキュリティ検証を行った会社の割合",
        "internal_audit_coverage": "年度中に内部監査を行った会社の割合",
        "inspected_companies": "年度中に1回以上点検を受けた会社の数",
        "open_corrective_actions": "年度中に行った見直しで不適合とされ、是正処置が完了していない件数",
        "management_system_companies": "年度末に管理者と推進担当者がともに任命されている会社の数",
        "management_system_new": "管理者と推進担当者が初めてそろった日が年度中にある会社の数",
        "administrator_companies": "年度末に管理者が任命されている会社の数",
        "incident_verification_coverage": "年度中に発見された事故のうち、発見の日から年度末までに同じ会社でセキュリティ検証を行ったものの割合",
    ]
}
