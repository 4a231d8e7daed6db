/// Reading `disclosure.languages` and the human texts that must be written in each of them.
extension ConfigDecoder {
    /// `languages: [en, ja]`: language codes, no duplicates; `[en]` when absent.
    mutating func languageList(_ node: YAMLNode?) -> [String] {
        guard let node else { return ["en"] }
        var languages: [String] = []
        for (code, location) in stringList(node, "languages") ?? [] {
            if !Self.isLanguageCode(code) {
                error(location, "'\(code)' is not a language code: write a lowercase code such as en or ja")
            } else if languages.contains(code) {
                error(location, "language '\(code)' is listed twice")
            } else {
                languages.append(code)
            }
        }
        return languages.isEmpty ? ["en"] : languages
    }

    /// `en`, `ja`, `pt-br`: two or three lowercase letters, optionally a region or script subtag.
    static func isLanguageCode(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// A human text: a plain string when the disclosure has one language, else a map with a text for each.
    ///
    /// `owner` names what the text belongs to in messages ("goal 'web-training'"), `key` the text ("text").
    mutating func localizedText(_ node: YAMLNode?, _ key: String, owner: String) -> LocalizedText? {
        guard let node else { return nil }
        let entries = localizedEntries(node, key, owner: owner) { (decoder: inout ConfigDecoder, value: YAMLNode) in
            decoder.nonEmptyString(value, key)
        }
        return entries.map(LocalizedText.init)
    }

    /// A value per language: a plain value when there is one language, else a map `{en: …, ja: …}` with every language.
    mutating func localizedEntries(
        _ node: YAMLNode, _ key: String, owner: String, read: (inout ConfigDecoder, YAMLNode) -> String?
    ) -> [String: String]? {
        if case .mapping(let entries) = node.kind {
            var result: [String: String] = [:]
            var complete = true
            for (languageNode, value) in entries {
                let language = languageNode.scalar ?? ""
                guard languages.contains(language) else {
                    error(
                        languageNode.location,
                        "'\(language)' is not a language of this disclosure (languages: \(languages.joined(separator: ", ")))"
                            + Suggestion.hint(for: language, in: languages))
                    complete = false
                    continue
                }
                if let text = read(&self, value) { result[language] = text } else { complete = false }
            }
            for language in languages where result[language] == nil && complete {
                error(node.location, "\(owner) has no '\(language)' \(key)")
            }
            return result.count == languages.count ? result : nil
        }
        if languages.count > 1 {
            let missing = languages.map { "'\($0)'" }.joined(separator: " or ")
            let example = languages.map { "\($0): …" }.joined(separator: ", ")
            error(node.location, "\(owner) has no \(missing) \(key): with several languages write a map such as {\(example)}")
            return nil
        }
        return read(&self, node).map { [languages[0]: $0] }
    }
}
