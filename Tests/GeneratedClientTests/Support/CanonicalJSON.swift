import Foundation

/// JSON compared as values: key order, and members whose value is null, do not matter; numbers
/// compare by value.
enum CanonicalJSON {
    static func normalise(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]:
            var result: [String: Any] = [:]
            for (key, member) in object where !(member is NSNull) { result[key] = normalise(member) }
            return result
        case let array as [Any]:
            return array.map(normalise)
        default:
            return value
        }
    }

    static func parse(_ data: Data) throws -> Any {
        normalise(try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]))
    }

    static func text(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted, .fragmentsAllowed, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    static func equal(_ lhs: Any, _ rhs: Any) -> Bool {
        switch (lhs, rhs) {
        case let (left as [String: Any], right as [String: Any]):
            return left.count == right.count && left.allSatisfy { key, value in right[key].map { equal(value, $0) } ?? false }
        case let (left as [Any], right as [Any]):
            return left.count == right.count && zip(left, right).allSatisfy { equal($0, $1) }
        case let (left as String, right as String):
            return left == right
        case let (left as NSNumber, right as NSNumber):
            return left.isEqual(to: right)
        default:
            return false
        }
    }
}
