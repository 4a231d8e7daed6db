/// Lays out rows of cells as aligned plain-text columns for the terminal (two spaces between columns), measured in
/// terminal columns (`TerminalWidth`), so kanji, kana and full-width digits line up with ASCII.
struct AlignedColumns {
    var rows: [[String]]
    /// Columns whose cells are right-aligned (numbers).
    var rightAligned: Set<Int> = []

    /// Each row as a line, columns padded to their widest cell, trailing spaces removed.
    /// `decorate` may wrap a padded cell (colour, say) after the padding is decided.
    func lines(decorate: (_ row: Int, _ column: Int, _ padded: String) -> String = { $2 }) -> [String] {
        let count = rows.map(\.count).max() ?? 0
        let widths = (0..<count).map { column in rows.map { column < $0.count ? TerminalWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.enumerated().map { index, row in
            row.enumerated().map { column, cell in
                decorate(index, column, TerminalWidth.pad(cell, to: widths[column], right: rightAligned.contains(column)))
            }.joined(separator: "  ").trimmingTrailingSpaces
        }
    }
}
