@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import Testing

/// One example from the spec and the generated type it must decode into (see Generated/ExampleCatalog.swift).
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let pointer: String
    let json: String
    let typeName: String
    /// Decodes the example into its type in strict mode and encodes it again.
    let roundTrip: @Sendable (Data) throws -> Data
    /// Decodes JSON into the example's type in `mode` and returns the placeholders it needed.
    let decodeReporting: @Sendable (Data, DecodingMode) throws -> [DecodingIssue]
    /// Decodes the example with `TapeDecoder` and with Foundation's `JSONDecoder` (strict mode) and
    /// returns both values re-encoded with sorted keys, or each one's error.
    let decodeWithBoth: @Sendable (Data) -> (tape: String, foundation: String)

    init<T: Codable>(_ pointer: String, _ type: T.Type, _ json: String) {
        self.pointer = pointer
        self.json = json
        self.typeName = String(describing: type)
        self.roundTrip = { data in try JSONCoding.encode(try JSONCoding.decode(T.self, from: data, mode: .strict)) }
        self.decodeReporting = { data, mode in try ExampleCase.decode(T.self, data, mode) }
        self.decodeWithBoth = { data in
            func text(_ decode: () throws -> T) -> String {
                do {
                    return String(decoding: try ExampleCase.sortedEncoder.encode(try decode()), as: UTF8.self)
                } catch {
                    return "error: \(error)"
                }
            }
            return (text { try JSONCoding.decode(T.self, from: data, mode: .strict) },
                    text { try DecodingSession.run(.strict) { try ExampleCase.foundationDecoder.decode(T.self, from: data) }.0 })
        }
    }

    /// Foundation's decoder, configured as `JSONCoding` configured it before it had `TapeDecoder`.
    static let foundationDecoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            if let date = JSONCoding.parseDate(text) { return date }
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "Not an ISO 8601 date: \(text)"))
        }
        return decoder
    }()

    static let sortedEncoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    var testDescription: String { pointer }

    /// Request examples published as a JSON string that holds the request object. A request example
    /// is documentation, not evidence of what a server sends, so it is read as the object it spells.
    static let requestExamplesPublishedAsText: Set<String> = [
        "#/paths/~1v1~1embeddings/post/requestBody/content/application~1json/example",
    ]

    /// The example as published, or for the listed request examples the object its text spells.
    var decodableJSON: Data {
        get throws {
            let data = Data(json.utf8)
            guard Self.requestExamplesPublishedAsText.contains(pointer),
                  case .string(let text) = try JSONCoding.decode(JSONValue.self, from: data) else { return data }
            return Data(text.utf8)
        }
    }

    /// Decodes through the same path a client uses for a response, collecting what it reports.
    private static func decode<T: Decodable>(_ type: T.Type, _ data: Data, _ mode: DecodingMode) throws -> [DecodingIssue] {
        let issues = IssueCollector()
        let decoder = ResponseDecoder(mode: mode, onIssue: { issues.append($0) })
        _ = try decoder.decode(type, from: data, operationID: "example", requestID: nil)
        return issues.all
    }

    /// The example decoded into `T`, for tests that need typed values.
    static func value<T: Decodable>(_ type: T.Type = T.self, at pointer: String) throws -> T {
        guard let example = exampleCatalog.first(where: { $0.pointer == "#" + pointer }) else {
            throw TestFailure("no example at #\(pointer)")
        }
        return try JSONCoding.decode(T.self, from: try example.decodableJSON, mode: .strict)
    }

    static func json(at pointer: String) throws -> String {
        guard let example = exampleCatalog.first(where: { $0.pointer == "#" + pointer }) else {
            throw TestFailure("no example at #\(pointer)")
        }
        return String(decoding: try example.decodableJSON, as: UTF8.self)
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Collects what a hook reports, from any thread.
final class IssueCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var issues: [DecodingIssue] = []

    func append(_ issue: DecodingIssue) { lock.withLock { issues.append(issue) } }
    var all: [DecodingIssue] { lock.withLock { issues } }
}
