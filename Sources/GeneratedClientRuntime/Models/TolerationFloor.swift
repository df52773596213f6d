import Foundation

/// Where tolerant decoding stops: placeholders stand in for a field a server left out, not for a
/// body that is another thing altogether. A success body whose outermost object carries none of the
/// type's required keys, or lacks more than half of them (three or more), is not that type: it is
/// `BodyIsAnError` when it has an `error` member (an error sent with a success status) and a
/// decoding error otherwise. `docs/type-mapping.md` states the rule.
enum TolerationFloor {
    /// The body was an error: `{"error": ...}` with none of the type's required keys.
    struct BodyIsAnError: Error {}

    static func check<T: Decodable>(_ type: T.Type, body: Data, missing: Set<String>) throws {
        let required = requiredKeys(of: type)
        guard !required.isEmpty else { return }
        let carried = required.subtracting(missing)
        let lacksMost = missing.count >= 3 && missing.count * 2 > required.count
        guard carried.isEmpty || lacksMost else { return }
        if carried.isEmpty, (try? TapeDecoder.decode(JSONValue.self, from: body))?["error"] != nil { throw BodyIsAnError() }
        let names = required.sorted().joined(separator: ", ")
        let reason = carried.isEmpty
            ? "the body carries none of its required keys (\(names)): it is not a \(type)"
            : "the body lacks \(missing.count) of its \(required.count) required keys (has only \(carried.sorted().joined(separator: ", ")) of \(names)): it is not a \(type)"
        throw DecodingError.dataCorrupted(.init(codingPath: [], debugDescription: reason))
    }

    /// The required keys of `type`'s outermost object: those an empty object lacks.
    static func requiredKeys<T: Decodable>(of type: T.Type) -> Set<String> {
        let session = DecodingSession(mode: .tolerant)
        _ = DecodingSession.$current.withValue(session) { try? TapeDecoder.decode(type, from: Data("{}".utf8)) }
        return session.missingRootKeys
    }
}
