extension String {
    /// `leaks_group` → `leaks group`, for labels made from names.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension String {
    /// The text without the spaces at its end.
    var trimmingTrailingSpaces: String {
        var copy = self
        while copy.last == " " { copy.removeLast() }
        return copy
    }
}
