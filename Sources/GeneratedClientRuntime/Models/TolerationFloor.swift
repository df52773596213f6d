import Foundation

/// Where tolerant decoding stops: placeholders stand in for a field a server left out, not for a
/// body that is another thing altogether. For the outermost object of a success body:
/// - none of the type's required keys, and an `error` member that is not `null`: an error sent with
///   a success status (`BodyIsAnError`, which callers turn into `APIClientError.api`);
/// - none of two or more required keys: a decoding error (with a single required key, its absence
///   alone is what tolerance is for);
/// - three or more required keys missing, more than half of them: a decoding error.
/// `docs/type-mapping.md` states the rule.
enum TolerationFloor {
    /// The body was an error: `{"error": ...}` with none of the type's required keys.
    struct BodyIsAnError: Error {}

    static func check<T: Decodable>(_ type: T.Type, body: Data, missing: Set<String>) throws {
        let required = requiredKeys(of: type)
        guard !required.isEmpty else { return }
        let carried = required.subtracting(missing)
        if carried.isEmpty, let error = (try? TapeDecoder.decode(JSONValue.self, from: body))?["error"], error != .null {
            throw BodyIsAnError()
        }
        let names = required.sorted().joined(separator: ", ")
        if carried.isEmpty, required.count >= 2 {
            throw corrupted("the body carries none of its required keys (\(names)): it is not a \(type)")
        }
        if missing.count >= 3, missing.count * 2 > required.count {
            throw corrupted("the body lacks \(missing.count) of its \(required.count) required keys (has only \(carried.sorted().joined(separator: ", ")) of \(names)): it is not a \(type)")
        }
    }

    private static func corrupted(_ reason: String) -> DecodingError {
        .dataCorrupted(.init(codingPath: [], debugDescription: reason))
    }

    /// The required keys of `type`'s outermost object: those an empty object lacks.
    static func requiredKeys<T: Decodable>(of type: T.Type) -> Set<String> {
        let session = DecodingSession(mode: .tolerant)
        _ = DecodingSession.$current.withValue(session) { try? TapeDecoder.decode(type, from: Data("{}".utf8)) }
        return session.missingRootKeys
    }
}
