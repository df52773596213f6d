// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/WebSearchAction`.
public enum WebSearchAction: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Action type "search" - Performs a web search query.
    case search(WebSearchAction.Search)
    /// Action type "open_page" - Opens a specific URL from search results.
    case openPage(WebSearchAction.OpenPage)
    /// Action type "find": Searches for a pattern within a loaded page.
    case find(WebSearchAction.Find)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "search": self = .search(try WebSearchAction.Search(from: decoder))
        case "open_page": self = .openPage(try WebSearchAction.OpenPage(from: decoder))
        case "find": self = .find(try WebSearchAction.Find(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .search(let value):
            try value.encode(to: encoder)
        case .openPage(let value):
            try value.encode(to: encoder)
        case .find(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension WebSearchAction {
    /// Action type "search" - Performs a web search query.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/0`.
    public struct Search: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The search query.
        ///
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/0/properties/query`.
        public var query: Swift.String
        /// The sources used in the search.
        ///
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/0/properties/sources`.
        public var sources: [WebSearchSource]?
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/0/properties/type`.
        public var type: Swift.String { "search" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["query", "sources", "type"])

        /// Creates a `Search`.
        ///
        /// - Parameters:
        ///   - query: The search query.
        ///   - sources: The sources used in the search.
        public init(
            query: Swift.String,
            sources: [WebSearchSource]? = nil,
        ) {
            self.query = query
            self.sources = sources
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.query = try container.decodeRequired(Swift.String.self, forKey: "query")
            self.sources = try container.decodeIfPresent([WebSearchSource].self, forKey: "sources")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.query, forKey: "query")
            try container.encodeIfPresent(self.sources, forKey: "sources")
            try GeneratedClientRuntime.UnionCoding.encodeTag("search", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension WebSearchAction {
    /// Action type "open_page" - Opens a specific URL from search results.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/1`.
    public struct OpenPage: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/1/properties/type`.
        public var type: Swift.String { "open_page" }
        /// The URL of the page to open.
        ///
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/1/properties/url`.
        public var url: Swift.String
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["type", "url"])

        /// Creates an `OpenPage`.
        ///
        /// - Parameters:
        ///   - url: The URL of the page to open.
        public init(
            url: Swift.String,
        ) {
            self.url = url
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.url = try container.decodeRequired(Swift.String.self, forKey: "url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try GeneratedClientRuntime.UnionCoding.encodeTag("open_page", as: "type", to: encoder)
            try container.encode(self.url, forKey: "url")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension WebSearchAction {
    /// Action type "find": Searches for a pattern within a loaded page.
    ///
    /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/2`.
    public struct Find: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The pattern or text to search for within the page.
        ///
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/2/properties/pattern`.
        public var pattern: Swift.String
        /// The source of the page to search in.
        ///
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/2/properties/source`.
        public var source: WebSearchSource
        /// - Remark: Generated from `#/components/schemas/WebSearchAction/oneOf/2/properties/type`.
        public var type: Swift.String { "find" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["pattern", "source", "type"])

        /// Creates a `Find`.
        ///
        /// - Parameters:
        ///   - pattern: The pattern or text to search for within the page.
        ///   - source: The source of the page to search in.
        public init(
            pattern: Swift.String,
            source: WebSearchSource,
        ) {
            self.pattern = pattern
            self.source = source
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.pattern = try container.decodeRequired(Swift.String.self, forKey: "pattern")
            self.source = try container.decodeRequired(WebSearchSource.self, forKey: "source")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.pattern, forKey: "pattern")
            try container.encode(self.source, forKey: "source")
            try GeneratedClientRuntime.UnionCoding.encodeTag("find", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
