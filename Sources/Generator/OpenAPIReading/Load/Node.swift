/// A JSON or YAML value as read from a document, remembering where it came from and the order of object keys.
///
/// Everything after loading works on `Node`, so JSON and YAML inputs behave the same and every
/// diagnostic can name a file and line.
package struct Node: Sendable, Equatable {
    package enum Value: Sendable, Equatable {
        case null
        case bool(Bool)
        /// The number as written, so 64-bit integers and decimals survive unchanged.
        case number(String)
        case string(String)
        case array([Node])
        case object([Member])
    }

    package struct Member: Sendable, Equatable {
        package var key: String
        package var value: Node
    }

    package var value: Value
    package var origin: SourceOrigin

    package init(_ value: Value, origin: SourceOrigin = .unknown) {
        self.value = value
        self.origin = origin
    }

    package static func == (lhs: Node, rhs: Node) -> Bool { lhs.value == rhs.value }
}

/// The file and line a node was read from.
package struct SourceOrigin: Sendable, Hashable {
    package var file: Int32
    package var line: Int32
    package static let unknown = SourceOrigin(file: -1, line: 0)
}

extension Node {
    package subscript(key: String) -> Node? {
        guard case .object(let members) = value else { return nil }
        return members.first(where: { $0.key == key })?.value
    }

    package var members: [Member]? {
        if case .object(let members) = value { return members }
        return nil
    }

    package var elements: [Node]? {
        if case .array(let elements) = value { return elements }
        return nil
    }

    package var string: String? {
        if case .string(let text) = value { return text }
        return nil
    }

    package var bool: Bool? {
        if case .bool(let flag) = value { return flag }
        return nil
    }

    package var numberText: String? {
        if case .number(let text) = value { return text }
        return nil
    }

    package var isNull: Bool { value == .null }

    /// A short name for the kind of value, for diagnostics.
    package var kindName: String {
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
    package mutating func set(_ key: String, _ node: Node) {
        guard case .object(var members) = value else { return }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = node
        } else {
            members.append(Member(key: key, value: node))
        }
        value = .object(members)
    }
}
