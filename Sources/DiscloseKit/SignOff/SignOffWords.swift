/// Every word sign-off puts on a page or in the published index, in one place so an edition can own it.
///
/// English only for now: each edition's pages get these words until editions carry their own.
public enum SignOffWords {
    /// "Draft — not approved:" before the list of pending parts.
    static let draftLead = "Draft — not approved:"

    /// How the banner names a goal's row.
    static func goalRow(_ goalText: String) -> String { "goal “\(goalText)”" }

    /// The index page.
    static let indexHeading = "Published disclosures"
    static let indexIntro = "Every fiscal year and edition in this folder, with its state: final pages are approved part by part; drafts are not."
    static let indexCaption = "Pages and data by fiscal year and edition"
    static let indexColumns = ["Fiscal year", "Edition", "State", "Page", "Markdown", "Data"]
    /// The HTML index puts the three files in one cell, so it reads on a phone.
    static let indexHTMLColumns = ["Fiscal year", "Edition", "State", "Files"]
    static let stateDraft = "draft"
    static let stateFinal = "final"
    static let indexEmpty = "No page has been published yet."

    /// A language's name in the index; the code itself when unknown.
    static func languageName(_ code: String) -> String {
        let names = ["en": "English", "ja": "Japanese (日本語)"]
        return names[code].map { "\($0) (\(code))" } ?? code
    }
}
