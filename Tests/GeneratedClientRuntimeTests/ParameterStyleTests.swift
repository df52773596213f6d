@_spi(Generated) @testable import GeneratedClientRuntime
import Foundation
import Testing

/// OpenAPI's styles for query parameters and url-encoded form fields, one table for both.
@Suite struct ParameterStyleTests {
    static let address: JSONValue = .object(["city": .string("Oslo"), "zip": .string("0150"), "geo": .object(["lat": .number(59.9)])])

    @Test func deepObjectNestsEveryLevel() {
        let pairs = SerializationStyle.pairs("address", Self.address, style: "deepObject", explode: true)
        #expect(pairs.map { "\($0.0)=\($0.1)" } == ["address[city]=Oslo", "address[geo][lat]=59.9", "address[zip]=0150"])
    }

    @Test func formExplodedSpreadsMembersAndRepeatsElements() {
        #expect(SerializationStyle.pairs("address", .object(["city": .string("Oslo"), "zip": .null]), style: "form", explode: true).map { "\($0.0)=\($0.1)" } == ["city=Oslo"])
        #expect(SerializationStyle.pairs("tags", .array([.string("a"), .string("b")]), style: "form", explode: true).map { "\($0.0)=\($0.1)" } == ["tags=a", "tags=b"])
    }

    @Test func formNotExplodedJoinsWithCommas() {
        #expect(SerializationStyle.pairs("tags", .array([.string("a"), .string("b")]), style: "form", explode: false).map { "\($0.0)=\($0.1)" } == ["tags=a,b"])
        #expect(SerializationStyle.pairs("point", .object(["x": .integer(1), "y": .integer(2)]), style: "form", explode: false).map { "\($0.0)=\($0.1)" } == ["point=x,1,y,2"])
    }

    @Test func aFormBodyUsesTheSameRules() throws {
        struct Address: Encodable { var city: String; var zip: String? }
        var form = FormURLEncoded()
        try form.append("name", "Ada Lovelace")
        try form.append("address", Address(city: "Oslo", zip: nil), style: "deepObject", explode: true)
        try form.append("tags", ["a", "b c"], style: "form", explode: false)
        #expect(form.encoded == "name=Ada%20Lovelace&address%5Bcity%5D=Oslo&tags=a%2Cb%20c")
    }

    /// A path segment keeps what RFC 3986 lets it carry (`@`, `:`, `!`, `$`, …) and escapes what
    /// would end or split it (`/`, `?`, `#`, `%`), and `,` and `;`.
    @Test(arguments: [
        ("@alice:example.com", "@alice:example.com"), ("!726s6s6q:example.com", "!726s6s6q:example.com"),
        ("$event", "$event"), ("#monkeys:matrix.org", "%23monkeys:matrix.org"), ("a/b?c", "a%2Fb%3Fc"),
        ("a,b;c", "a%2Cb%3Bc"), ("50%", "50%25"), ("café", "caf%C3%A9"),
    ])
    func aPathSegmentEscapesOnlyWhatWouldChangeThePath(value: String, sent: String) throws {
        #expect(try PathEncoding.segment(value) == sent)
    }

    /// Any other schema goes by the `simple` style: an array's values joined by commas (each one's
    /// own commas escaped), an object's keys and values, a union's value.
    @Test func aPathSegmentOfAnotherSchemaUsesTheSimpleStyle() throws {
        enum IDOrNumber: Encodable {
            case id(String), number(Int)
            func encode(to encoder: any Encoder) throws {
                var container = encoder.singleValueContainer()
                switch self {
                case .id(let text): try container.encode(text)
                case .number(let number): try container.encode(number)
                }
            }
        }
        #expect(try PathEncoding.segment(encoding: ["a", "b,c"]) == "a,b%2Cc")
        #expect(try PathEncoding.segment(encoding: ["y": 2, "x": 1]) == "x,1,y,2")
        #expect(try PathEncoding.segment(encoding: IDOrNumber.id("@a")) == "@a")
        #expect(try PathEncoding.segment(encoding: IDOrNumber.number(7)) == "7")
        #expect(throws: APIClientError.self) { try PathEncoding.segment(encoding: String?.none) }
    }
}
