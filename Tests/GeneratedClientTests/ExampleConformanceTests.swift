@_spi(Generated) import GeneratedClientRuntime
import Foundation
import XAI
import Testing

/// Every example in the spec, as published upstream (the overlay edits none), decodes into its
/// generated type in strict mode, re-encodes, and equals the example as JSON (key order and omitted
/// nulls aside). A response example is a record of what the server sent: when one does not decode,
/// the schema is corrected in the overlay, never the example. `known-example-failures.json` lists
/// reasoned exceptions (none today); an entry fails this test once it starts passing.
@Suite struct ExampleConformanceTests {
    static let knownFailures: [String: String] = {
        guard let data = FileManager.default.contents(atPath: TestPaths.knownExampleFailures),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: String] else { return [:] }
        return object
    }()

    @Test func catalogHoldsEveryExample() {
        // 89 examples in the upstream document; the overlay adds none and removes none.
        #expect(exampleCatalog.count == 89)
    }

    @Test func onlyTheListedRequestExamplesArePublishedAsText() throws {
        // Media-type examples only: a property's example may well be a string.
        let published = try exampleCatalog.filter { example in
            guard example.pointer.contains("/content/"),
                  case .string = try JSONCoding.decode(JSONValue.self, from: Data(example.json.utf8)) else { return false }
            return true
        }
        #expect(Set(published.map(\.pointer)) == ExampleCase.requestExamplesPublishedAsText)
    }

    @Test(arguments: exampleCatalog)
    func roundTrip(_ example: ExampleCase) throws {
        let json = try example.decodableJSON
        let original = try CanonicalJSON.parse(json)
        let outcome = Result { try CanonicalJSON.parse(try example.roundTrip(json)) }
        let matches = (try? outcome.get()).map { CanonicalJSON.equal(original, $0) } ?? false
        if let reason = Self.knownFailures[example.pointer] {
            #expect(!matches, "\(example.pointer) now round-trips; remove it from known-example-failures.json (\(reason))")
            return
        }
        let reencoded = try outcome.get()
        let expectedText = try CanonicalJSON.text(original)
        let actualText = try CanonicalJSON.text(reencoded)
        #expect(matches, "\(example.pointer) as \(example.typeName) re-encodes differently:\nexpected \(expectedText)actual   \(actualText)")
    }

    /// `TapeDecoder` reads every example in the document as Foundation's `JSONDecoder` does.
    @Test(arguments: exampleCatalog)
    func decodesAsFoundationDoes(_ example: ExampleCase) throws {
        let (tape, foundation) = example.decodeWithBoth(try example.decodableJSON)
        #expect(tape == foundation, "\(example.pointer) as \(example.typeName)")
    }
}
