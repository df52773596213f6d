// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchOptions`.
public struct WebSearchOptions: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchOptions/properties/filters`.
    public var filters: GeneratedClientRuntime.JSONValue?
    /// This field included for compatibility reason with OpenAI's API. It is mapped to `max_search`.
    ///
    /// - Default: `"medium"`.
    /// - Example: `"medium"`.
    /// - Generated from `#/components/schemas/WebSearchOptions/properties/search_context_size`.
    public var searchContextSize: Swift.String?
    /// Only included for compatibility.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchOptions/properties/user_location`.
    public var userLocation: GeneratedClientRuntime.JSONValue?

    /// Creates a `WebSearchOptions`.
    ///
    /// - Parameters:
    ///   - filters: Only included for compatibility.
    ///   - searchContextSize: This field included for compatibility reason with OpenAI's API. It is mapped to `max_search`.
    ///   - userLocation: Only included for compatibility.
    public init(
        filters: GeneratedClientRuntime.JSONValue? = nil,
        searchContextSize: Swift.String? = nil,
        userLocation: GeneratedClientRuntime.JSONValue? = nil,
    ) {
        self.filters = filters
        self.searchContextSize = searchContextSize
        self.userLocation = userLocation
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case filters
        case searchContextSize = "search_context_size"
        case userLocation = "user_location"
    }
}
