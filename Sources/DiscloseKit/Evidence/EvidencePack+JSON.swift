/// `evidence.json`: the pack as data (its schema is in the README, "Evidence pack").
extension EvidencePack {
    /// Version of the evidence.json layout.
    static let schemaVersion = 1

    public var json: JSONValue {
        .object([
            "schema": .int(Self.schemaVersion),
            "title": .string(title),
            "organization": .string(organization),
            "fiscal_year": .int(fiscalYear.label),
            "period": JSONReport.period(fiscalYear),
            "figures": .array(figures.map { json($0) }),
            "manifest": .object([
                "disclose_version": .string(manifest.discloseVersion),
                "pipeline": Self.json(manifest.pipeline),
                "content": .array(manifest.content.map(Self.json)),
                "inputs": .array(manifest.inputs.map(Self.json)),
                "outputs": .array(manifest.outputs.map(Self.json)),
            ]),
        ])
    }

    /// The pack's digests of its own parts, so an edit to any of them is found even when nothing else changed:
    /// each figure (by id), the manifest, the rest of the document (`document`), and the index.html it renders to.
    static func integrity(of document: JSONValue, indexHTML: String) -> JSONValue {
        var figures: [String: JSONValue] = [:]
        for figure in document["figures"]?.items ?? [] {
            figures[figure["id"]?.stringValue ?? ""] = .string(SHA256.hex(of: figure.serialized()))
        }
        var rest = document
        if case .object(var members) = rest {
            for key in ["figures", "manifest", "integrity"] { members[key] = nil }
            rest = .object(members)
        }
        return .object([
            "figures": .object(figures),
            "manifest": .string(SHA256.hex(of: (document["manifest"] ?? .null).serialized())),
            "document": .string(SHA256.hex(of: rest.serialized())),
            "index_html": .string(SHA256.hex(of: indexHTML)),
        ])
    }

    static func json(_ digest: Digest) -> JSONValue {
        .object(["path": .string(digest.path), "sha256": .string(digest.sha256)])
    }

    func json(_ figure: Figure) -> JSONValue {
        let result = figure.result
        var members: [String: JSONValue] = [
            "id": .string(figure.id),
            "kind": .string(figure.kind),
            "anchor": .string(figure.anchor),
            "label": .string(figure.label),
            "published": .string(figure.published),
            "fiscal_year": .int(result.fiscalYear),
            "value": JSONValue(metricValue: result.value),
            "metric": .string(result.reference.id),
            "scope": JSONValue(scope: result.reference.scope),
            "filter": .object(result.reference.filter.mapValues { .array($0.map(JSONValue.string)) }),
            "rule": .string(figure.rule),
            "sql": .string(result.sql),
            "parameters": .object(Dictionary(uniqueKeysWithValues: figure.parameters.map { ($0.name, JSONValue.string($0.value)) })),
            "row_selection": .string(figure.rowSelection),
            "coverage": .object([
                "in_scope": .int(result.coverage.inScope), "reported": .int(result.coverage.reported),
                "not_reported": .array(result.coverage.missingCompanies.map(JSONValue.string)),
            ]),
            "companies": .array(figure.contributions.map(Self.json)),
            "prior": figure.prior.map { prior in
                .object([
                    "fiscal_year": .int(prior.fiscalYear), "value": JSONValue(metricValue: prior.value),
                    "published": .string(edition.figure(prior)),
                    "source": .string("recomputed by the same rule from the FY\(prior.fiscalYear) data files (digests in manifest.inputs)"),
                    "sql": .string(prior.sql),
                ])
            } ?? .null,
        ]
        if let ratio = result.ratio {
            members["numerator"] = .int(ratio.numerator)
            members["denominator"] = .int(ratio.denominator)
        }
        if result.value == nil { members["partial_value"] = JSONValue(metricValue: result.partialValue) }
        if let shown = figure.statementShown { members["statement_shown"] = .bool(shown) }
        return .object(members)
    }

    static func json(_ contribution: Contribution) -> JSONValue {
        var members: [String: JSONValue] = [
            "code": .string(contribution.code),
            "name": .string(contribution.name),
            "figure": .string(contribution.text),
            "not_reported": .array(contribution.missing.map(JSONValue.string)),
            "files": .array(
                contribution.files.map { file in
                    .object([
                        "path": .string(file.path), "sha256": .string(file.sha256), "rows": .int(file.rows),
                        "rows_used": .int(file.rowsUsed), "lines": .array(file.lines.map { .string("\(file.path):\($0)") }),
                    ])
                }),
        ]
        if let count = contribution.count { members["count"] = .int(count) }
        if let numerator = contribution.numerator { members["numerator"] = .int(numerator) }
        if let denominator = contribution.denominator { members["denominator"] = .int(denominator) }
        return .object(members)
    }
}
