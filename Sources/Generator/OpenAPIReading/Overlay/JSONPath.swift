/// The subset of JSONPath (RFC 9535) that overlay targets use: `$`, `.name`, `['name']`, `[N]`, `[*]`,
/// `.*`, `..name` and filters `[?(@.a.b == 'value')]` (`==`, `!=`, or bare existence).
///
/// Evaluation yields locations (paths of keys and indices) rather than values, so an overlay can
/// change or remove what it selects.
package struct JSONPath: Sendable {
    package enum Segment: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    package enum Selector: Sendable {
        case child(String)
        case index(Int)
        case wildcard
        case descendant(String?)
        case filter(Filter)
    }

    package struct Filter: Sendable {
        package var path: [String]
        package var comparison: (op: String, literal: Node.Value)?
    }

    package let text: String
    package let selectors: [Selector]

    package init(_ text: String) throws(JSONPathError) {
        self.text = text
        var parser = JSONPathParser(text: Array(text.unicodeScalars))
        self.selectors = try parser.parse()
    }

    /// The locations of every node the path selects in `root`, in document order.
    package func locations(in root: Node) -> [[Segment]] {
        var current: [[Segment]] = [[]]
        for selector in selectors {
            var next: [[Segment]] = []
            for location in current {
                guard let node = root.node(at: location) else { continue }
                next.append(contentsOf: Self.apply(selector, to: node, at: location))
            }
            current = next
        }
        return current
    }

    private static func apply(_ selector: Selector, to node: Node, at location: [Segment]) -> [[Segment]] {
        switch selector {
        case .child(let name):
            return node[name] != nil ? [location + [.key(name)]] : []
        case .index(let index):
            guard let elements = node.elements else { return [] }
            let resolved = index < 0 ? elements.count + index : index
            return elements.indices.contains(resolved) ? [location + [.index(resolved)]] : []
        case .wildcard:
            return children(of: node, at: location).map(\.0)
        case .descendant(let name):
            var found: [[Segment]] = []
            collectDescendants(of: node, at: location, named: name, into: &found)
            return found
        case .filter(let filter):
            return children(of: node, at: location).filter { matches(filter, $0.1) }.map(\.0)
        }
    }

    private static func children(of node: Node, at location: [Segment]) -> [([Segment], Node)] {
        switch node.value {
        case .object(let members): return members.map { (location + [.key($0.key)], $0.value) }
        case .array(let elements): return elements.enumerated().map { (location + [.index($0.offset)], $0.element) }
        default: return []
        }
    }

    private static func collectDescendants(of node: Node, at location: [Segment], named name: String?, into found: inout [[Segment]]) {
        for (childLocation, child) in children(of: node, at: location) {
            if let name {
                if case .key(name) = childLocation.last { found.append(childLocation) }
            } else {
                found.append(childLocation)
            }
            collectDescendants(of: child, at: childLocation, named: name, into: &found)
        }
    }

    private static func matches(_ filter: Filter, _ node: Node) -> Bool {
        var current: Node? = node
        for key in filter.path { current = current?[key] }
        guard let value = current?.value else { return false }
        guard let (op, literal) = filter.comparison else { return true }
        return op == "==" ? value == literal : value != literal
    }
}

package struct JSONPathError: Error, Sendable {
    package var message: String
}

private struct JSONPathParser {
    let text: [Unicode.Scalar]
    var index = 0

    mutating func parse() throws(JSONPathError) -> [JSONPath.Selector] {
        guard peek == "$" else { throw fail("a JSONPath starts with '$'") }
        index += 1
        var selectors: [JSONPath.Selector] = []
        while index < text.count {
            if consume("..") {
                if consume("*") { selectors.append(.descendant(nil)) } else { selectors.append(.descendant(try name())) }
            } else if consume(".") {
                selectors.append(consume("*") ? .wildcard : .child(try name()))
            } else if consume("[") {
                selectors.append(try bracket())
                guard consume("]") else { throw fail("expected ']'") }
            } else {
                throw fail("unexpected '\(text[index])'")
            }
        }
        return selectors
    }

    var peek: Unicode.Scalar? { index < text.count ? text[index] : nil }

    func fail(_ message: String) -> JSONPathError {
        JSONPathError(message: "\(message) at offset \(index)")
    }

    mutating func consume(_ token: String) -> Bool {
        let scalars = Array(token.unicodeScalars)
        guard index + scalars.count <= text.count, Array(text[index..<index + scalars.count]) == scalars else { return false }
        index += scalars.count
        return true
    }

    mutating func skipSpaces() {
        while peek == " " { index += 1 }
    }

    mutating func name() throws(JSONPathError) -> String {
        var result = ""
        while let scalar = peek, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_" || scalar == "-" || scalar == "$" {
            result.unicodeScalars.append(scalar)
            index += 1
        }
        guard !result.isEmpty else { throw fail("expected a member name") }
        return result
    }

    mutating func quoted() throws(JSONPathError) -> String {
        guard let quote = peek, quote == "'" || quote == "\"" else { throw fail("expected a quoted name") }
        index += 1
        var result = ""
        while let scalar = peek, scalar != quote {
            if scalar == "\\", index + 1 < text.count {
                index += 1
            }
            result.unicodeScalars.append(text[index])
            index += 1
        }
        guard consume(String(quote)) else { throw fail("unterminated string") }
        return result
    }

    mutating func bracket() throws(JSONPathError) -> JSONPath.Selector {
        skipSpaces()
        defer { skipSpaces() }
        if consume("*") { return .wildcard }
        if peek == "'" || peek == "\"" { return .child(try quoted()) }
        if consume("?") { return .filter(try filter()) }
        var digits = ""
        if consume("-") { digits = "-" }
        while let scalar = peek, ("0"..."9").contains(scalar) {
            digits.unicodeScalars.append(scalar)
            index += 1
        }
        guard let number = Int(digits) else { throw fail("expected an index, a quoted name, '*' or a filter") }
        return .index(number)
    }

    mutating func filter() throws(JSONPathError) -> JSONPath.Filter {
        skipSpaces()
        let parenthesised = consume("(")
        skipSpaces()
        guard consume("@") else { throw fail("a filter starts with '@'") }
        var path: [String] = []
        while true {
            if consume(".") { path.append(try name()) } else if consume("[") {
                path.append(try quoted())
                guard consume("]") else { throw fail("expected ']'") }
            } else { break }
        }
        skipSpaces()
        var comparison: (String, Node.Value)?
        for op in ["==", "!="] where consume(op) {
            skipSpaces()
            comparison = (op, try literal())
            skipSpaces()
        }
        if parenthesised, !consume(")") { throw fail("expected ')'") }
        return JSONPath.Filter(path: path, comparison: comparison)
    }

    mutating func literal() throws(JSONPathError) -> Node.Value {
        if peek == "'" || peek == "\"" { return .string(try quoted()) }
        for (word, value) in [("true", Node.Value.bool(true)), ("false", .bool(false)), ("null", .null)] where consume(word) {
            return value
        }
        var number = ""
        while let scalar = peek, ("0"..."9").contains(scalar) || scalar == "-" || scalar == "." {
            number.unicodeScalars.append(scalar)
            index += 1
        }
        guard !number.isEmpty else { throw fail("expected a literal") }
        return .number(number)
    }
}

extension Node {
    package func node(at location: [JSONPath.Segment]) -> Node? {
        var current = self
        for segment in location {
            switch segment {
            case .key(let key):
                guard let child = current[key] else { return nil }
                current = child
            case .index(let index):
                guard let elements = current.elements, elements.indices.contains(index) else { return nil }
                current = elements[index]
            }
        }
        return current
    }

    /// Applies `change` to the node at `location`; `change` receives nil to remove it from its parent.
    package mutating func modify(at location: ArraySlice<JSONPath.Segment>, _ change: (inout Node) -> Void, remove: Bool = false) {
        guard let segment = location.first else {
            change(&self)
            return
        }
        let rest = location.dropFirst()
        switch (segment, value) {
        case (.key(let key), .object(var members)):
            guard let position = members.firstIndex(where: { $0.key == key }) else { return }
            if rest.isEmpty, remove {
                members.remove(at: position)
            } else {
                members[position].value.modify(at: rest, change, remove: remove)
            }
            value = .object(members)
        case (.index(let index), .array(var elements)):
            guard elements.indices.contains(index) else { return }
            if rest.isEmpty, remove {
                elements.remove(at: index)
            } else {
                elements[index].modify(at: rest, change, remove: remove)
            }
            value = .array(elements)
        default:
            return
        }
    }
}
