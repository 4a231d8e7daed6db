import Foundation

extension SubmissionKit {
    /// Reads `folder/kit.json`; every problem is a located error at the manifest.
    public static func read(folder: String) throws(DiscloseError) -> SubmissionKit {
        let path = (folder as NSString).appendingPathComponent(manifestName)
        guard DataFolderLayout.isDirectory(folder) else {
            throw .invalid(at: SourceLocation(path: folder), "no kit here: a kit is a folder holding kit.json and the company's files")
        }
        guard FileManager.default.fileExists(atPath: path) else {
            throw .invalid(
                [.error(
                    at: SourceLocation(path: path),
                    "this folder has no kit.json, so it is not a submission kit (`disclose templates data DIR --company CODE` writes one)",
                    rule: .kit)])
        }
        let bytes = try InputFile.read(path, within: folder, kind: "kit manifest", limit: 1 << 20)
        func fail(_ message: String) -> DiscloseError { .invalid([.error(at: SourceLocation(path: path), message, rule: .kit)]) }
        guard let json = JSONValue.parse(bytes), case .object(let members) = json else {
            throw fail("kit.json is not a JSON object; it should be the manifest `disclose templates data` wrote")
        }
        func text(_ value: JSONValue?) -> String? { if case .string(let text)? = value { return text } else { return nil } }
        func number(_ value: JSONValue?) -> Int? { if case .number(let text)? = value { return Int(text) } else { return nil } }
        func texts(_ value: JSONValue?) -> [String]? {
            guard case .array(let items)? = value else { return nil }
            let list = items.compactMap(text)
            return list.count == items.count ? list : nil
        }
        guard number(members["kit"]) == format else {
            throw fail("kit.json is not a kit of format \(format) (found \(members["kit"].map { $0.serialized() } ?? "none")); ask the group for a new kit")
        }
        guard case .object(let company)? = members["company"], let code = text(company["code"]), let name = text(company["name"]),
            let group = text(members["group"]), let year = number(members["fiscal_year"]),
            let month = number(members["fiscal_year_start_month"]), let contract = text(members["contract"]),
            let courses = texts(members["courses"]), let encodingNames = texts(members["encodings"]),
            let allowList = texts(members["allow_list"]), case .object(let limits)? = members["limits"],
            let maxRows = number(limits["max_rows_per_file"]), case .array(let datasets)? = members["datasets"]
        else {
            throw fail("kit.json lacks a field a check needs (group, company, fiscal_year, contract, courses, encodings, allow_list, limits, datasets); ask the group for a new kit")
        }
        guard FiscalYear.supported.contains(year) else { throw fail(FiscalYear.outOfRange(year, "the kit's fiscal_year")) }
        guard (1...12).contains(month) else { throw fail("the kit's fiscal_year_start_month must be a month from 1 to 12, found \(month)") }
        guard FieldFormat.isCompanyCode(code) else { throw fail("'\(code)' is not a company code: use capital letters, digits and '-'") }
        guard contract == DataContract.version else {
            throw fail(
                "the kit follows data contract \(contract), and this disclose reads contract \(DataContract.version): "
                    + "use the disclose version the group uses, or ask for a new kit")
        }
        let encodings = encodingNames.compactMap(TextEncoding.init(name:))
        guard encodings.count == encodingNames.count, !encodings.isEmpty else {
            throw fail("kit.json names an encoding disclose does not read (\(encodingNames.joined(separator: ", ")))")
        }
        var carried: [String] = []
        for case .object(let dataset) in datasets where number(dataset["carried_forward_from"]) != nil {
            if let name = text(dataset["name"]) { carried.append(name) }
        }
        return SubmissionKit(
            group: group, company: code, companyName: name, fiscalYear: year, fiscalYearStartMonth: month, contract: contract,
            courses: courses, encodings: encodings, allowList: allowList, maxRowsPerFile: maxRows, carriedForward: carried)
    }
}
