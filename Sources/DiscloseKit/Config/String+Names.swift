extension String {
    /// `leaks_group` → `leaks group`, for labels made from names.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
