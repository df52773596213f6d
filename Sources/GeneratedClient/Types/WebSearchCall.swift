// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The output of a web search tool call.
///
/// - Remark: Generated from `#/components/schemas/WebSearchCall`.
public struct WebSearchCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An object describing the specific action taken in this web search call.
    /// Includes details on how the model used the web (search, open_page, find).
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/action`.
    public var action: WebSearchAction?
    /// The unique ID of the web search tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/id`.
    public var id: Swift.String?
    /// The status of the web search tool call.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/status`.
    public var status: Swift.String?
    /// The type of the web search tool call. Always `web_search_call`.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/type`.
    public var type: Swift.String { "web_search_call" }
    /// The search's arguments as a JSON string (older responses, instead of `action`).
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/arguments`.
    public var arguments: Swift.String?
    /// The server-side tool's name (older responses).
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/name`.
    public var name: Swift.String?
    /// The ID of the call (older responses).
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/call_id`.
    public var callID: Swift.String?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["action", "id", "status", "type", "arguments", "name", "call_id"])

    /// Creates a `WebSearchCall`.
    ///
    /// - Parameters:
    ///   - action: An object describing the specific action taken in this web search call.
    ///   - id: The unique ID of the web search tool call.
    ///   - status: The status of the web search tool call.
    ///   - arguments: The search's arguments as a JSON string (older responses, instead of `action`).
    ///   - name: The server-side tool's name (older responses).
    ///   - callID: The ID of the call (older responses).
    public init(
        action: WebSearchAction? = nil,
        id: Swift.String? = nil,
        status: Swift.String? = nil,
        arguments: Swift.String? = nil,
        name: Swift.String? = nil,
        callID: Swift.String? = nil,
    ) {
        self.action = action
        self.id = id
        self.status = status
        self.arguments = arguments
        self.name = name
        self.callID = callID
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.action = try container.decodeIfPresent(WebSearchAction.self, forKey: "action")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
        self.arguments = try container.decodeIfPresent(Swift.String.self, forKey: "arguments")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.callID = try container.decodeIfPresent(Swift.String.self, forKey: "call_id")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.action, forKey: "action")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("web_search_call", as: "type", to: encoder)
        try container.encodeIfPresent(self.arguments, forKey: "arguments")
        try container.encodeIfPresent(self.name, forKey: "name")
        try container.encodeIfPresent(self.callID, forKey: "call_id")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
