/// A rule between two datasets of the same company folder, declared in the dataset catalog.
public enum CrossFileRule: Sendable, Hashable {
    /// When `when` holds, `column` must name a `key` of a valid row of `dataset` (e.g. a control-form
    /// review's subject is a `form_id` of the company's ledger). `dataset` is read first.
    case references(column: String, dataset: String, key: String, when: RowCondition?)

    /// The dataset whose keys this rule checks against.
    public var dataset: String {
        switch self {
        case .references(_, let dataset, _, _): return dataset
        }
    }

    /// The column of the referenced dataset the rule's values must match.
    public var key: String {
        switch self {
        case .references(_, _, let key, _): return key
        }
    }
}

/// `column = value`, the condition under which a rule applies.
public struct RowCondition: Sendable, Hashable {
    public var column: String
    public var value: String

    public init(_ column: String, equals value: String) {
        self.column = column
        self.value = value
    }
}

/// The keys a referenced dataset's file held (valid rows, rejected rows, and whether the whole file was
/// rejected), for the rows of another dataset that name them.
struct ReferencedKeys: Sendable {
    var valid: Set<String> = []
    var rejected: Set<String> = []
    var fileRejected = false

    /// True when a value missing from `valid` may only be missing because the row holding it was rejected.
    func rejectedRowMayHold(_ key: String) -> Bool {
        fileRejected || rejected.contains(key)
    }
}

extension DatasetSpec {
    /// The dataset this one's rows reference, if any (its file is parsed first in each folder).
    var referencedDataset: String? {
        crossFileRules.first?.dataset
    }

    /// The column other datasets reference in this one (e.g. the ledger's `form_id`), if any.
    var referencedKey: String? {
        Self.referencedKeys[name]
    }

    /// For each dataset other datasets reference, the column they name (looked up per file, so built once).
    static let referencedKeys: [String: String] = DatasetCatalog.all.flatMap(\.crossFileRules).reduce(into: [:]) { keys, rule in
        if keys[rule.dataset] == nil { keys[rule.dataset] = rule.key }
    }
}
