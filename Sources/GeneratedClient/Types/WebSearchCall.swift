// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// The output of a web search tool call.
///
/// - Remark: Generated from `#/components/schemas/WebSearchCall`.
public struct WebSearchCall: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An object describing the specific action taken in this web search call.
    /// Includes details on how the model used the web (search, open_page, find).
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchCall/properties/action`.
    public var action: WebSearchAction
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

    /// Creates a `WebSearchCall`.
    ///
    /// - Parameters:
    ///   - action: An object describing the specific action taken in this web search call.
    ///   - id: The unique ID of the web search tool call.
    ///   - status: The status of the web search tool call.
    public init(
        action: WebSearchAction,
        id: Swift.String? = nil,
        status: Swift.String? = nil,
    ) {
        self.action = action
        self.id = id
        self.status = status
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.action = try container.decodeRequired(WebSearchAction.self, forKey: "action")
        self.id = try container.decodeIfPresent(Swift.String.self, forKey: "id")
        self.status = try container.decodeIfPresent(Swift.String.self, forKey: "status")
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.action, forKey: "action")
        try container.encodeIfPresent(self.id, forKey: "id")
        try container.encodeIfPresent(self.status, forKey: "status")
        try GeneratedClientRuntime.UnionCoding.encodeTag("web_search_call", as: "type", to: encoder)
    }
}
