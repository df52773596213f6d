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

/// Percent-encoding for path segments and query components (RFC 3986 unreserved characters pass).
@_spi(Generated) public enum PathEncoding {
    static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    /// One path segment, escaped. A value that would change which path is called (`""`, `.`, `..`,
    /// or their percent-encoded forms, as in `DELETE /v1/files/..`) throws
    /// `APIClientError.invalidRequest`, as openai-python refuses them.
    public static func segment(_ value: some ParameterValue) throws -> String {
        let text = value.parameterText
        let decoded = text.removingPercentEncoding ?? text
        if decoded.isEmpty || decoded == "." || decoded == ".." {
            throw APIClientError.invalidRequest("the path parameter value \(text.debugDescription) would change the request's path")
        }
        return escape(text)
    }

    static func escape(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: unreserved) ?? text
    }
}
