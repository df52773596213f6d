import CLibYAML

/// Reads YAML with the system libyaml into `Node`s, keeping key order, lines, anchors and aliases.
///
/// Plain scalars are resolved with the YAML 1.2 core schema (`null`, `~`, booleans, numbers), the
/// schema OpenAPI documents are written for; quoted scalars are always strings.
package struct YAMLParser {
    package static let maxDepth = 512

    package static func parse(_ bytes: [UInt8], file: Int32) throws(Diagnostic) -> Node {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw .error("could not initialise libyaml", at: SourceOrigin(file: file, line: 0))
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { buffer throws(Diagnostic) -> Node in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            var builder = Builder(file: file)
            return try builder.run(&parser)
        }
    }

    private struct Builder {
        let file: Int32
        var anchors: [String: Node] = [:]
        var depth = 0
        /// Where the parser is, as JSON pointer tokens, so a syntax error can name the place.
        var path: [String] = []

        init(file: Int32) { self.file = file }

        mutating func next(_ parser: inout yaml_parser_t) throws(Diagnostic) -> yaml_event_t {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                let line = Int32(parser.problem_mark.line) + 1
                let problem = parser.problem.map { String(cString: $0) } ?? "syntax error"
                var message = "invalid YAML: \(problem)"
                if let context = parser.context { message += " \(String(cString: context))" }
                throw .error(message, at: SourceOrigin(file: file, line: line), pointer: path.map { "/" + JSONPointer.escape($0) }.joined())
            }
            return event
        }

        mutating func run(_ parser: inout yaml_parser_t) throws(Diagnostic) -> Node {
            var root: Node?
            while true {
                var event = try next(&parser)
                defer { yaml_event_delete(&event) }
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    guard let root else { throw .error("the YAML document is empty", at: SourceOrigin(file: file, line: 1)) }
                    return root
                case YAML_DOCUMENT_START_EVENT where root != nil:
                    throw .error("expected one YAML document, found several", at: origin(event.start_mark))
                case YAML_STREAM_START_EVENT, YAML_DOCUMENT_START_EVENT, YAML_DOCUMENT_END_EVENT:
                    continue
                default:
                    root = try node(from: &event, &parser)
                }
            }
        }

        func origin(_ mark: yaml_mark_t) -> SourceOrigin {
            SourceOrigin(file: file, line: Int32(mark.line) + 1)
        }

        mutating func node(from event: inout yaml_event_t, _ parser: inout yaml_parser_t) throws(Diagnostic) -> Node {
            let start = origin(event.start_mark)
            switch event.type {
            case YAML_ALIAS_EVENT:
                let name = String(cString: event.data.alias.anchor)
                guard let target = anchors[name] else { throw .error("unknown YAML alias '*\(name)'", at: start) }
                return target
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let text = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                let tag = scalar.tag.map { String(cString: $0) }
                let plain = scalar.style == YAML_PLAIN_SCALAR_STYLE
                let node = Node(Self.resolve(text, plain: plain, tag: tag), origin: start)
                remember(node, anchor: scalar.anchor)
                return node
            case YAML_SEQUENCE_START_EVENT:
                let anchor = event.data.sequence_start.anchor.map { String(cString: $0) }
                try enter(start)
                var elements: [Node] = []
                while true {
                    var child = try next(&parser)
                    defer { yaml_event_delete(&child) }
                    if child.type == YAML_SEQUENCE_END_EVENT { break }
                    path.append(String(elements.count))
                    elements.append(try node(from: &child, &parser))
                    path.removeLast()
                }
                depth -= 1
                let node = Node(.array(elements), origin: start)
                if let anchor { anchors[anchor] = node }
                return node
            case YAML_MAPPING_START_EVENT:
                let anchor = event.data.mapping_start.anchor.map { String(cString: $0) }
                try enter(start)
                var members: [Node.Member] = []
                while true {
                    var keyEvent = try next(&parser)
                    defer { yaml_event_delete(&keyEvent) }
                    if keyEvent.type == YAML_MAPPING_END_EVENT { break }
                    let key = try node(from: &keyEvent, &parser)
                    path.append(key.string ?? key.numberText ?? "?")
                    var valueEvent = try next(&parser)
                    defer { yaml_event_delete(&valueEvent) }
                    let value = try node(from: &valueEvent, &parser)
                    path.removeLast()
                    let keyText: String
                    switch key.value {
                    case .string(let text), .number(let text): keyText = text
                    case .bool(let flag): keyText = flag ? "true" : "false"
                    case .null: keyText = "null"
                    default: throw .error("a YAML mapping key must be a scalar", at: key.origin)
                    }
                    if keyText == "<<", case .object(let merged) = value.value {
                        for member in merged where !members.contains(where: { $0.key == member.key }) {
                            members.append(member)
                        }
                        continue
                    }
                    if members.contains(where: { $0.key == keyText }) {
                        throw .error("duplicate key '\(keyText)' in a YAML mapping", at: key.origin)
                    }
                    members.append(Node.Member(key: keyText, value: value))
                }
                depth -= 1
                let node = Node(.object(members), origin: start)
                if let anchor { anchors[anchor] = node }
                return node
            default:
                throw .error("unexpected YAML event", at: start)
            }
        }

        mutating func enter(_ origin: SourceOrigin) throws(Diagnostic) {
            depth += 1
            if depth > YAMLParser.maxDepth { throw .error("YAML nesting deeper than \(YAMLParser.maxDepth) levels", at: origin) }
        }

        mutating func remember(_ node: Node, anchor: UnsafeMutablePointer<yaml_char_t>?) {
            if let anchor { anchors[String(cString: anchor)] = node }
        }

        /// YAML 1.2 core schema resolution for plain scalars.
        static func resolve(_ text: String, plain: Bool, tag: String?) -> Node.Value {
            if let tag, tag.hasSuffix(":str") { return .string(text) }
            guard plain else { return .string(text) }
            switch text {
            case "", "~", "null", "Null", "NULL": return .null
            case "true", "True", "TRUE": return .bool(true)
            case "false", "False", "FALSE": return .bool(false)
            default: break
            }
            if isJSONNumber(text) { return .number(text) }
            if let first = text.first, first == "+" || first == ".", isJSONNumber(String(text.dropFirst(first == "+" ? 1 : 0)).replacingLeadingDot()) {
                return .number(String(text.dropFirst(first == "+" ? 1 : 0)).replacingLeadingDot())
            }
            return .string(text)
        }

        static func isJSONNumber(_ text: String) -> Bool {
            var bytes = Substring(text).utf8[...]
            if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            let digits = bytes.prefix(while: { (48...57).contains($0) })
            guard !digits.isEmpty else { return false }
            if digits.count > 1, digits.first == 48 { return false }
            bytes = bytes.dropFirst(digits.count)
            if bytes.first == UInt8(ascii: ".") {
                bytes = bytes.dropFirst()
                let fraction = bytes.prefix(while: { (48...57).contains($0) })
                guard !fraction.isEmpty else { return false }
                bytes = bytes.dropFirst(fraction.count)
            }
            if bytes.first == UInt8(ascii: "e") || bytes.first == UInt8(ascii: "E") {
                bytes = bytes.dropFirst()
                if bytes.first == UInt8(ascii: "+") || bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
                let exponent = bytes.prefix(while: { (48...57).contains($0) })
                guard !exponent.isEmpty else { return false }
                bytes = bytes.dropFirst(exponent.count)
            }
            return bytes.isEmpty
        }
    }
}

private extension String {
    /// `.5` is a YAML float but not JSON; write it as `0.5`.
    func replacingLeadingDot() -> String { hasPrefix(".") ? "0" + self : self }
}
