extension ConfigDecoder {
    /// `entity: {scheme: URI, id: text}`; an id under the LEI scheme must be an LEI with valid check digits.
    mutating func disclosureEntity(_ node: YAMLNode) -> DisclosureEntity? {
        guard let map = fields(of: node, in: "entity", allowed: ["scheme", "id"], required: ["scheme", "id"]) else { return nil }
        guard let scheme = nonEmptyString(map["scheme"], "scheme"), let id = nonEmptyString(map["id"], "id") else { return nil }
        var valid = true
        if let schemeNode = map["scheme"], !DisclosureEntity.isURI(scheme) {
            error(schemeNode.location, "'scheme' must be a URI such as \(DisclosureEntity.leiScheme), found '\(scheme)'")
            valid = false
        }
        if let idNode = map["id"] {
            if id.contains(where: { $0.isWhitespace }) || id.contains(where: { $0.unicodeScalars.contains { $0.value < 0x20 } }) {
                error(idNode.location, "'id' must be one word without spaces, found '\(id)'")
                valid = false
            } else if scheme == DisclosureEntity.leiScheme, !DisclosureEntity.isLEI(id) {
                error(idNode.location, "'\(id)' is no LEI: an LEI is 20 capital letters and digits whose check digits (the last two) make it 1 modulo 97 (ISO 17442)")
                valid = false
            }
        }
        return valid ? DisclosureEntity(scheme: scheme, id: id, location: node.location) : nil
    }
}

extension DisclosureEntity {
    /// The identifier scheme of the Legal Entity Identifier.
    public static let leiScheme = "http://standards.iso.org/iso/17442"

    /// True for 20 characters `[A-Z0-9]` whose ISO 7064 MOD 97-10 remainder (letters as 10…35) is 1.
    public static func isLEI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes.allSatisfy({ (48...57).contains($0) || (65...90).contains($0) }) else { return false }
        guard bytes.suffix(2).allSatisfy({ (48...57).contains($0) }) else { return false }
        var remainder = 0
        for byte in bytes {
            if byte <= 57 {
                remainder = (remainder * 10 + Int(byte - 48)) % 97
            } else {
                remainder = (remainder * 100 + Int(byte - 55)) % 97
            }
        }
        return remainder == 1
    }

    /// True for an absolute URI: a scheme (`http`, `urn`, …), a colon, then no spaces.
    static func isURI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter else { return false }
        return scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && text[text.index(after: colon)...].count > 0 && !text.contains { $0.isWhitespace }
    }
}

extension DisclosureSettings {
    /// The note `check` prints after its listing when `entity:` is not set (a note, never a warning or an error, so
    /// `--strict` and CI formats are as before): the inline XBRL pages then name the organisation under disclose's
    /// local scheme, which no register resolves.
    public func entityNote(configPath: String) -> String? {
        guard entity == nil else { return nil }
        let place = location ?? SourceLocation(path: configPath, line: 1, column: 1)
        let name = organization[mainLanguage]
        return "\(place.path):\(place.line):\(place.column): note: disclosure.entity is not set: the inline XBRL pages (privacy.xhtml) "
            + "identify the reporting entity as '\(name)' under disclose's local scheme \(DisclosureEntity.localScheme); give its LEI "
            + "with entity: {scheme: \(DisclosureEntity.leiScheme), id: <LEI>}"
    }
}

extension DisclosureEntity {
    /// The scheme of an entity named by the organisation's name (no `entity:` in pipeline.yaml).
    public static let localScheme = "https://taxonomy.disclose.invalid/entity-name"
}
