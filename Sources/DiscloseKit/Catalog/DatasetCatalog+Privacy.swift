extension DatasetCatalog {
    /// `table.column` of every column the catalog marks private: never published, never readable by `sql:`.
    public static let privateColumns: Set<String> = Set(
        all.flatMap { spec in spec.columns.filter(\.isPrivate).map { "\(spec.name).\($0.name)" } })
}
