import CYAML

/// One libyaml event, copied out of C memory.
struct YAMLEvent {
    enum Kind {
        case streamStart, streamEnd, documentStart, documentEnd
        case alias(anchor: String)
        case scalar(value: String, plain: Bool, anchor: String?)
        case sequenceStart(anchor: String?)
        case sequenceEnd
        case mappingStart(anchor: String?)
        case mappingEnd
    }

    var kind: Kind
    /// 1-based line and character column.
    var line: Int
    var column: Int
}

/// Owns a libyaml event parser (`yaml_parser_t`) over a private copy of the input; deleted in `deinit`.
final class YAMLEventStream {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    let path: String
    /// The text parsed, for syntax-error hints.
    let bytes: [UInt8]

    init(_ bytes: [UInt8], path: String) throws(DiscloseError) {
        self.path = path
        self.bytes = bytes
        // libyaml needs a valid pointer even for empty input: keep at least one byte allocated.
        input = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: max(1, bytes.count))
        _ = input.initialize(from: bytes)
        parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        guard yaml_parser_initialize(parser) == 1 else {
            parser.deallocate()
            input.deallocate()
            throw DiscloseError(.fileSystem("libyaml could not start a parser for \(path)"))
        }
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, or a located syntax error.
    func next() throws(DiscloseError) -> YAMLEvent {
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            throw syntaxError()
        }
        defer { yaml_event_delete(&event) }
        let line = Int(event.start_mark.line) + 1
        let column = Int(event.start_mark.column) + 1
        func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?, length: Int? = nil) -> String? {
            guard let pointer else { return nil }
            let count = length ?? strlen(pointer)
            return String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
        }
        let kind: YAMLEvent.Kind
        switch event.type {
        case YAML_STREAM_START_EVENT: kind = .streamStart
        case YAML_STREAM_END_EVENT: kind = .streamEnd
        case YAML_DOCUMENT_START_EVENT: kind = .documentStart
        case YAML_DOCUMENT_END_EVENT: kind = .documentEnd
        case YAML_ALIAS_EVENT: kind = .alias(anchor: text(event.data.alias.anchor) ?? "")
        case YAML_SCALAR_EVENT:
            let scalar = event.data.scalar
            if let tag = text(scalar.tag), scalar.plain_implicit == 0 {
                throw .invalid(
                    at: SourceLocation(path: path, line: line, column: column),
                    "YAML tag '\(tag)' is not used in pipeline.yaml" + YAMLSyntaxHint.hint(in: bytes, line: line))
            }
            kind = .scalar(
                value: text(scalar.value, length: Int(scalar.length)) ?? "",
                plain: scalar.style == YAML_PLAIN_SCALAR_STYLE, anchor: text(scalar.anchor))
        case YAML_SEQUENCE_START_EVENT: kind = .sequenceStart(anchor: text(event.data.sequence_start.anchor))
        case YAML_SEQUENCE_END_EVENT: kind = .sequenceEnd
        case YAML_MAPPING_START_EVENT: kind = .mappingStart(anchor: text(event.data.mapping_start.anchor))
        case YAML_MAPPING_END_EVENT: kind = .mappingEnd
        default: kind = .streamEnd
        }
        return YAMLEvent(kind: kind, line: line, column: column)
    }

    private func syntaxError() -> DiscloseError {
        let mark = parser.pointee.problem_mark
        let problem = parser.pointee.problem.map { String(cString: $0) } ?? "invalid YAML"
        let context = parser.pointee.context.map { String(cString: $0) }
        let message = context.map { "\(problem) (\($0))" } ?? problem
        let line = Int(mark.line) + 1
        return .invalid(
            at: SourceLocation(path: path, line: line, column: Int(mark.column) + 1),
            "YAML syntax error: \(message)" + YAMLSyntaxHint.hint(in: bytes, line: line))
    }
}

private func strlen(_ pointer: UnsafeMutablePointer<yaml_char_t>) -> Int {
    var count = 0
    while pointer[count] != 0 { count += 1 }
    return count
}
