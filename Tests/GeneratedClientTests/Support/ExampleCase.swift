import ClientRuntime
import Foundation
import Testing

/// One example from the spec and the generated type it must decode into (see Generated/ExampleCatalog.swift).
struct ExampleCase: Sendable, CustomTestStringConvertible {
    let pointer: String
    let json: String
    let typeName: String
    /// Decodes the example into its type and encodes it again.
    let roundTrip: @Sendable (Data) throws -> Data

    init<T: Codable>(_ pointer: String, _ type: T.Type, _ json: String) {
        self.pointer = pointer
        self.json = json
        self.typeName = String(describing: type)
        self.roundTrip = { data in try JSONCoding.encode(try JSONCoding.decode(T.self, from: data)) }
    }

    var testDescription: String { pointer }

    /// The example decoded into `T`, for tests that need typed values.
    static func value<T: Decodable>(_ type: T.Type = T.self, at pointer: String) throws -> T {
        guard let example = exampleCatalog.first(where: { $0.pointer == "#" + pointer }) else {
            throw TestFailure("no example at #\(pointer)")
        }
        return try JSONCoding.decode(T.self, from: Data(example.json.utf8))
    }

    static func json(at pointer: String) throws -> String {
        guard let example = exampleCatalog.first(where: { $0.pointer == "#" + pointer }) else {
            throw TestFailure("no example at #\(pointer)")
        }
        return example.json
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
