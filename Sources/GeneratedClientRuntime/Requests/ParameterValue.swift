import Foundation

/// A value that can stand in a path, query or header: its text form.
public protocol ParameterValue: Sendable {
    var parameterText: String { get }
}

extension String: ParameterValue { public var parameterText: String { self } }
extension Int: ParameterValue { public var parameterText: String { String(self) } }
extension Int32: ParameterValue { public var parameterText: String { String(self) } }
extension Int64: ParameterValue { public var parameterText: String { String(self) } }
extension Double: ParameterValue { public var parameterText: String { String(self) } }
extension Bool: ParameterValue { public var parameterText: String { self ? "true" : "false" } }
extension Date: ParameterValue { public var parameterText: String { ISO8601DateFormatter().string(from: self) } }

/// Percent-encoding for path segments and query components.
@_spi(Generated) public enum PathEncoding {
    /// RFC 3986 unreserved characters: all that passes unescaped in a query component.
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
    /// What a path segment carries as it is (RFC 3986 `pchar`): unreserved characters, `:` and `@`,
    /// and the sub-delimiters but `,` (it separates a `simple` array's values) and `;` (some servers
    /// cut a segment there). `@alice:example.com` and `!room` go out as written; `/`, `?`, `#` and
    /// `%` are escaped.
    static let segmentCharacters = unreserved.union(CharacterSet(charactersIn: ":@!$&'()*+="))

    /// One path segment, escaped. A value that would change which path is called (`""`, `.`, `..`,
    /// or their percent-encoded forms, as in `DELETE /v1/files/..`) throws
    /// `APIClientError.invalidRequest`, as openai-python refuses them.
    public static func segment(_ value: some ParameterValue) throws -> String {
        try checked(value.parameterText, escaped: escapeSegment(value.parameterText))
    }

    /// A path parameter of any other schema, by OpenAPI's `simple` style: an array `a,b`, an
    /// object `k,v,k,v` (keys in order), a union the value it holds, each part escaped.
    public static func segment(encoding value: some Encodable) throws -> String {
        let parts: [String] = switch try JSONValue(encoding: value) {
        case .array(let elements): elements.map(\.parameterText)
        case .object(let members): members.sorted { $0.key < $1.key }.flatMap { [$0.key, $0.value.parameterText] }
        case let scalar: [scalar.parameterText]
        }
        return try checked(parts.joined(separator: ","), escaped: parts.map(escapeSegment).joined(separator: ","))
    }

    private static func checked(_ text: String, escaped: String) throws -> String {
        let decoded = text.removingPercentEncoding ?? text
        if decoded.isEmpty || decoded == "." || decoded == ".." {
            throw APIClientError.invalidRequest("the path parameter value \(text.debugDescription) would change the request's path")
        }
        return escaped
    }

    static func escapeSegment(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: segmentCharacters) ?? text
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
