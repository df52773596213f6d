@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import Testing

/// The rule in docs/type-mapping.md for object variants no single key tells apart, and for string
/// variants told apart by value, checked against the signatures of the `StructuralUnions` snippet.
@Suite struct StructuralDispatchTests {
    /// Card, Wallet, Closed from `Tests/GeneratorTests/Snippets/StructuralUnions.yaml`, plus a variant
    /// fixed by a constant.
    static let signatures: [ObjectSignature] = [
        .init(required: ["number"], known: ["number", "holder"]),
        .init(required: ["number", "provider"], known: ["number", "provider"]),
        .init(required: [], known: ["holder"], closed: true),
        .init(required: ["kind"], known: ["kind", "number"], constants: ["kind": "voucher"]),
    ]

    struct Probe: Decodable {
        let position: Int?
        init(from decoder: any Decoder) throws {
            position = try UnionCoding.bestMatch(StructuralDispatchTests.signatures, in: decoder)
        }
    }

    static let cases: [(json: String, position: Int?)] = [
        // Only Card's required keys are present.
        (#"{"number": "4111"}"#, 0),
        (#"{"number": "4111", "holder": "Ada"}"#, 0),
        // Wallet's required keys are all present and it names both keys.
        (#"{"number": "4111", "provider": "pay"}"#, 1),
        // Closed names every key and requires none.
        (#"{"holder": "Ada"}"#, 2),
        // An extra key rules Closed out; Card requires `number`: no candidate, Card and Closed name
        // one key each, and the earlier wins.
        (#"{"holder": "Ada", "extra": 1}"#, 0),
        // The constant decides between Card and the voucher.
        (#"{"kind": "voucher", "number": "1"}"#, 3),
        (#"{"kind": "gift", "number": "1"}"#, 0),
        // A constant's key holding no string is not the constant; it does not stop decoding.
        (#"{"kind": 5, "number": "1"}"#, 0),
        // Nothing any variant names.
        (#"{"unrelated": true}"#, nil),
        (#"{}"#, 2),
    ]

    @Test(arguments: 0..<cases.count)
    func picksTheBestFit(_ index: Int) throws {
        let (json, expected) = Self.cases[index]
        let probe = try JSONDecoder().decode(Probe.self, from: Data(json.utf8))
        #expect(probe.position == expected, "\(json)")
    }

    struct ElementProbe: Decodable {
        let position: Int?
        init(from decoder: any Decoder) throws {
            position = try UnionCoding.bestMatchOfFirstElement(StructuralDispatchTests.signatures, in: decoder)
        }
    }

    @Test func arraysAreWeighedByTheirFirstElement() throws {
        let decode = { (json: String) in try JSONDecoder().decode(ElementProbe.self, from: Data(json.utf8)).position }
        #expect(try decode(#"[{"number": "1", "provider": "pay"}, {"number": "2"}]"#) == 1)
        #expect(try decode(#"[{"number": "1"}]"#) == 0)
        #expect(try decode(#"[]"#) == nil)
    }

    @Test func dateTimeStringsAreToldFromOtherStrings() throws {
        #expect(UnionCoding.isDateTime("2026-11-28T21:35:54Z"))
        #expect(UnionCoding.isDateTime("2026-11-28T21:35:54.123+01:00"))
        #expect(!UnionCoding.isDateTime("small"))
        #expect(!UnionCoding.isDateTime("2026-11-28"))
    }

    @Test func additionalPropertiesRoundTrip() throws {
        struct Labels: Codable, Equatable {
            var name: String
            var extra: [String: Int]
            enum CodingKeys: String, CodingKey { case name }
            init(name: String, extra: [String: Int]) { self.name = name; self.extra = extra }
            init(from decoder: any Decoder) throws {
                name = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .name)
                extra = try AdditionalProperties.decode(Int.self, from: decoder, excluding: ["name"])
            }
            func encode(to encoder: any Encoder) throws {
                var container = encoder.container(keyedBy: CodingKeys.self)
                try container.encode(name, forKey: .name)
                try AdditionalProperties.encode(extra, to: encoder)
            }
        }
        let decoded = try JSONCoding.decode(Labels.self, from: Data(#"{"name": "a", "b": 2, "c": 3}"#.utf8))
        #expect(decoded == Labels(name: "a", extra: ["b": 2, "c": 3]))
        let encoded = try JSONCoding.decode(JSONValue.self, from: JSONCoding.encode(decoded))
        #expect(encoded == .object(["name": .string("a"), "b": .integer(2), "c": .integer(3)]))
    }
}
