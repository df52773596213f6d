/// A JSON or YAML value as read from a document, remembering where it came from and the order of object keys.
///
/// Everything after loading works on `Node`, so JSON and YAML inputs behave the same and every
/// diagnostic can name a file and line.
struct Node: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number as written, so 64-bit integers and decimals survive unchanged.
        case number(String)
        case string(String)
        case array([Node])
        case object([Member])
    }

    struct Member: Sendable, Equatable {
        var key: String
        var value: Node
    }

    var value: Value
    var origin: SourceOrigin

    init(_ value: Value, origin: SourceOrigin = .unknown) {
        self.value = value
        self.origin = origin
    }

    static func == (lhs: Node, rhs: Node) -> Bool { lhs.value == rhs.value }
}

/// The file and line a node was read from.
struct SourceOrigin: Sendable, Hashable {
    var file: Int32
    var line: Int32
    static let unknown = SourceOrigin(file: -1, line: 0)
}

extension Node {
    subscript(key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    var elements: [Node]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    var numberText: String? {
        if case .number(let text) = value { return text }
        return nil
    }

    var isNull: Bool { value == .null }

    /// A short name for the kind of value, for diagnostics.
    var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "boolean"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    /// Sets `key` to `node`, keeping the key's position when it already exists.
    mutating func set(_ key: String, _ node: Node) {
        guard case .object(var members) = value else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = node
        } else {
            members.append(Member(key: key, value: node))
        }
        value = .object(members)
    }
}
