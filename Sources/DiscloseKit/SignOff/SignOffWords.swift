/// Every word sign-off puts on a page or in the published index, from one edition's words table.
public struct SignOffWords: Sendable {
    let edition: Edition

    public init(edition: Edition) {
        self.edition = edition
    }

    /// "Draft — not approved:" before the list of pending parts.
    var draftLead: String { edition[.draftLead] }

    /// How the banner names a goal's row.
    func goalRow(_ goalText: String) -> String { edition.format(.draftGoalRow, ["goal": goalText]) }

    /// The index page.
    var indexHeading: String { edition[.indexHeading] }
    var indexIntro: String { edition[.indexIntro] }
    var indexCaption: String { edition[.indexCaption] }
    var indexColumns: [String] {
        [.indexColumnYear, .indexColumnEdition, .indexColumnState, .indexColumnPage, .indexColumnMarkdown, .indexColumnInline, .indexColumnData].map {
            edition[$0]
        }
    }
    var stateDraft: String { edition[.indexStateDraft] }
    var stateFinal: String { edition[.indexStateFinal] }
    var indexEmpty: String { edition[.indexEmpty] }
    var fontFamily: String { edition[.fontFamily] }

    /// A language's name in the index (in that language, from its edition); the code itself when no edition writes it.
    func languageName(_ code: String) -> String {
        guard let other = Edition.named(code) else { return code }
        return edition.format(.indexLanguage, ["name": other[.languageName], "code": code])
    }
}
