import Foundation

extension APIClient.Request {
    /// A query parameter whose value is an object, a union or a nested array, serialised by its
    /// OpenAPI style (`SerializationStyle`). Nested values are sent as compact JSON.
    public mutating func addQuery(_ name: String, encoding value: (some Encodable)?, style: String = "form", explode: Bool = true) throws {
        guard let value else { return }
        query += SerializationStyle.pairs(name, try JSONValue(encoding: value), style: style, explode: explode)
    }

    /// A header whose value is an object or a union: its plain text, or compact JSON.
    public mutating func setHeader(_ name: String, encoding value: (some Encodable)?) throws {
        guard let value else { return }
        let json = try JSONValue(encoding: value)
        if json != .null { setHeader(name, json.parameterText) }
    }
}

extension JSONValue: ParameterValue {
    /// Strings as they are, numbers and booleans as written in JSON, anything else as compact JSON.
    public var parameterText: String {
        switch self {
        case .string(let text): text
        case .integer(let number): String(number)
        case .number(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: ""
        case .array, .object: (try? JSONCoding.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
    }

    /// The JSON form of any encodable value.
    public init(encoding value: some Encodable) throws {
        self = try JSONCoding.decode(JSONValue.self, from: JSONCoding.encode(value))
    }
}
