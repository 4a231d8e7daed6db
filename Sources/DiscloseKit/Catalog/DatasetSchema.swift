/// The type of a CSV column in the data contract (SPEC §2).
public enum ColumnType: Sendable, Hashable {
    /// Free text, compared byte for byte.
    case text
    /// A company code: `[A-Z0-9][A-Z0-9-]*`.
    case companyCode
    /// An ISO 3166-1 alpha-2 country code.
    case country
    /// A whole number ≥ 0.
    case count
    /// `YYYY-MM-DD`, a day that exists.
    case date
    /// `yes` or `no`.
    case boolean
    /// One of a closed, lower-case set.
    case enumeration([String])
    /// A pseudonymous person id: never an e-mail address or a 12-digit number.
    case personID
    /// A course code declared under `courses:` in pipeline.yaml.
    case courseCode

    /// How the README describes this type.
    public var summary: String {
        switch self {
        case .text: return "text"
        case .companyCode: return "code `[A-Z0-9][A-Z0-9-]*`"
        case .country: return "ISO 3166-1 alpha-2"
        case .count: return "integer ≥ 0"
        case .date: return "date `YYYY-MM-DD`"
        case .boolean: return "`yes`/`no`"
        case .enumeration(let values): return values.map { "`\($0)`" }.joined(separator: ", ")
        case .personID: return "pseudonymous text"
        case .courseCode: return "course code from `courses:`"
        }
    }

    /// The SQLite column type values of this type are stored as.
    var sqlType: String {
        switch self {
        case .count, .boolean: return "INTEGER"
        default: return "TEXT"
        }
    }
}

/// One column of a dataset.
public struct ColumnSpec: Sendable {
    public var name: String
    public var type: ColumnType
    public var optional: Bool
    /// Never published and never readable by a `sql:` metric (incident summaries; person ids always).
    public var isPrivate: Bool
    public var note: String

    public init(_ name: String, _ type: ColumnType, optional: Bool = false, isPrivate: Bool = false, note: String = "") {
        self.name = name
        self.type = type
        self.optional = optional
        self.isPrivate = isPrivate || type == .personID
        self.note = note
    }
}

/// A rule across two or more fields of one row.
public enum RowRule: Sendable {
    /// `later` (when present) must not be before `earlier`.
    case notBefore(later: String, earlier: String)
    /// `column` must be present when `condition` equals `value`.
    case requiredWhen(column: String, condition: String, equals: String)
    /// `column` must be present unless `condition` equals `value`.
    case requiredUnless(column: String, condition: String, equals: String)
    /// When `condition` equals `value`, `column` must be one of `allowed`.
    case restrictedWhen(column: String, condition: String, equals: String, allowed: [String])
    /// `column` must not exceed `limit`.
    case notGreater(column: String, limit: String)
    /// `column` must be 0 unless `condition` is one of `values`.
    case zeroUnless(column: String, condition: String, oneOf: [String])
}

/// Whether a dataset holds a register as it stood at FY end or the FY's events.
public enum DatasetKind: String, Sendable {
    case registry
    case register
    case event
}

/// A dataset of the data contract: its file, columns, rules and key, as data.
public struct DatasetSpec: Sendable {
    /// Which dataset of the contract this is.
    public var dataset: DatasetName
    public var title: String
    public var kind: DatasetKind
    public var columns: [ColumnSpec]
    public var rules: [RowRule]
    /// Columns that together identify a row within one company's FY folder.
    public var key: [String]
    /// Rules against another dataset of the same folder.
    public var crossFileRules: [CrossFileRule] = []

    /// Table and file stem, e.g. `ledger`.
    public var name: String { dataset.rawValue }

    /// `ledger.csv`
    public var fileName: String { name + ".csv" }

    /// The column named `name`, if any.
    public func column(_ name: String) -> ColumnSpec? {
        columns.first { $0.name == name }
    }

    /// Where the column named `name` sits among `columns` (and so in a row's values), if it exists.
    public func position(of name: String) -> Int? {
        columns.firstIndex { $0.name == name }
    }
}
