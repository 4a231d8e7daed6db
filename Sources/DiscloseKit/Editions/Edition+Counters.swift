/// Counters after incomplete figures in running text: "{{value}}件" reads "少なくとも2件（39社中38社が報告）" or "未報告",
/// never "未報告件" or "少なくとも2（…）件".
///
/// In a language whose counters follow the number (`counters` in its words table), the narrative context wraps each
/// incomplete figure's text in marks, with a slot after the bound's number; once the template is rendered,
/// `placeCounters` moves a counter written right after the figure into the slot, or drops it after a word that is no
/// number. The marks are private-use characters that never reach the page.
extension Edition {
    static let figureOpen: Character = "\u{F8F0}"
    static let figureClose: Character = "\u{F8F1}"
    static let counterSlot: Character = "\u{F8F2}"

    /// The edition's counter words, longest first (so `万円` wins over `円`).
    var counterWords: [String] {
        self[.counters].split(separator: "|").map(String.init).filter { !$0.isEmpty }.sorted { $0.count > $1.count }
    }

    /// True when the edition writes counters after numbers, so incomplete figures are marked for `placeCounters`.
    var placesCounters: Bool { !counterWords.isEmpty }

    /// An incomplete figure's text as the narrative context holds it: wrapped in marks when the edition places counters.
    func markedFigure(_ text: String) -> String {
        placesCounters ? String(Edition.figureOpen) + text + String(Edition.figureClose) : text
    }

    /// The counter slot to write after an incomplete figure's number ("" when the edition places no counters).
    var counterSlotText: String { placesCounters ? String(Edition.counterSlot) : "" }

    /// Rendered narrative with every counter after a marked figure placed, and every mark removed.
    func placeCounters(in text: String) -> String {
        guard text.contains(Edition.figureOpen) || text.contains(Edition.counterSlot) else { return text }
        let counters = counterWords
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: Edition.figureOpen) {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            guard let close = rest[afterOpen...].firstIndex(of: Edition.figureClose) else {
                rest = rest[afterOpen...]
                continue
            }
            let figure = String(rest[afterOpen..<close])
            rest = rest[rest.index(after: close)...]
            guard let counter = counters.first(where: { rest.hasPrefix($0) }) else {
                result += figure
                continue
            }
            if figure.contains(Edition.counterSlot) {
                // "少なくとも2" + slot + "（…）" followed by 件: the counter goes after the number.
                result += figure.map { $0 == Edition.counterSlot ? counter : String($0) }.joined()
                rest = rest.dropFirst(counter.count)
            } else if figure.last?.isNumber == true {
                result += figure
            } else {
                // A word ("未報告", "対象会社なし") or a percentage takes no counter.
                result += figure
                rest = rest.dropFirst(counter.count)
            }
        }
        result += rest
        result.removeAll { $0 == Edition.figureOpen || $0 == Edition.figureClose || $0 == Edition.counterSlot }
        return result
    }
}
