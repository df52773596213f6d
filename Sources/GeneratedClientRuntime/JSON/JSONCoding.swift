import Foundation

/// The JSON encoding and decoding every generated type goes through: ISO 8601 dates (with or without
/// fractional seconds), base64 data, and nil optionals left out. Encoding is one shared, configured
/// `JSONEncoder` (making one per call showed up in the benchmark); decoding is `TapeDecoder`.
@_spi(Generated) public enum JSONCoding {
    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }()

    public static func encode(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }

    /// Decodes `data`; see `DecodingMode` for what happens when a required value is absent or null.
    /// Decodes JSON carried as text inside a response (a tool call's `arguments`, a structured
    /// output's `content`). Failures are `APIClientError.decoding` whose path starts at `path`:
    /// `function.arguments.city`.
    public static func decodeEmbedded<T: Decodable>(_ type: T.Type, fromText text: String, at path: String, operationID: String, mode: DecodingMode = .strict) throws -> T {
        do {
            return try decode(type, from: Data(text.utf8), mode: mode)
        } catch {
            var failure = DecodingFailure(operationID: operationID, type: type, error: error, requestID: nil)
            failure.path = failure.path == "(root)" || failure.path.isEmpty ? path : path + (failure.path.hasPrefix("[") ? "" : ".") + failure.path
            throw APIClientError.decoding(failure)
        }
    }

    public static func decode<T: Decodable>(_ type: T.Type, from data: Data, mode: DecodingMode = .tolerant) throws -> T {
        try decodeReporting(type, from: data, mode: mode).value
    }

    /// Decodes `data` and returns the placeholders it needed (always none in strict mode).
    static func decodeReporting<T: Decodable>(_ type: T.Type, from data: Data, mode: DecodingMode, storage: JSONBytes? = nil) throws -> (value: T, substituted: [(path: String, kind: DecodingIssue.Kind)]) {
        let (value, session) = try DecodingSession.run(mode) { try TapeDecoder.decode(type, from: data, storage: storage) }
        if !session.missingRootKeys.isEmpty { try TolerationFloor.check(type, body: data, missing: session.missingRootKeys) }
        return (value, session.issues)
    }

    static func parseDate(_ text: String) -> Date? {
        if let date = try? Date(text, strategy: .iso8601) { return date }
        return try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true))
    }

    /// `choices[0].message.content` from a decoding error's coding path.
    public static func describe(_ path: [any CodingKey]) -> String {
        var result = ""
        for key in path {
            if let index = key.intValue {
                result += "[\(index)]"
            } else {
                result += (result.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return result.isEmpty ? "(root)" : result
    }
}
