// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/SearchSource`.
public enum SearchSource: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case x(SearchSource.X)
    case web(SearchSource.Web)
    case news(SearchSource.News)
    case rss(SearchSource.Rss)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "x": self = .x(try SearchSource.X(from: decoder))
        case "web": self = .web(try SearchSource.Web(from: decoder))
        case "news": self = .news(try SearchSource.News(from: decoder))
        case "rss": self = .rss(try SearchSource.Rss(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .x(let value):
            try value.encode(to: encoder)
        case .web(let value):
            try value.encode(to: encoder)
        case .news(let value):
            try value.encode(to: encoder)
        case .rss(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension SearchSource {
    /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0`.
    public struct X: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// List of X handles to exclude from the search results. X posts returned will not include
        /// any posts authored by these handles.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/excluded_x_handles`.
        public var excludedXHandles: [Swift.String]?
        ///  NOTE: `included_x_handles` and `x_handles` are the same parameter.
        /// `included_x_handles` is the new name but we keep both for backward compatibility.
        ///
        /// X Handles of the users from whom to consider the posts. Only available if mode is `auto`, `on` or `x`.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/included_x_handles`.
        public var includedXHandles: [Swift.String]?
        /// The minimum favorite count of the X posts to consider.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/post_favorite_count`.
        public var postFavoriteCount: Swift.Int32?
        /// The minimum view count of the X posts to consider.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/post_view_count`.
        public var postViewCount: Swift.Int32?
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/type`.
        public var type: Swift.String { "x" }
        /// DEPRECATED in favor of `included_x_handles`. Use `included_x_handles` instead.
        /// X Handles of the users from whom to consider the posts. Only available if mode is `auto`, `on` or `x`.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/0/properties/x_handles`.
        @available(*, deprecated, message: "DEPRECATED in favor of `included_x_handles`.") public var xHandles: [Swift.String]?
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["excluded_x_handles", "included_x_handles", "post_favorite_count", "post_view_count", "type", "x_handles"])

        /// Creates a `X`.
        ///
        /// - Parameters:
        ///   - excludedXHandles: List of X handles to exclude from the search results. X posts returned will not include
        ///   - includedXHandles:  NOTE: `included_x_handles` and `x_handles` are the same parameter.
        ///   - postFavoriteCount: The minimum favorite count of the X posts to consider.
        ///   - postViewCount: The minimum view count of the X posts to consider.
        ///   - xHandles: DEPRECATED in favor of `included_x_handles`. Use `included_x_handles` instead.
        public init(
            excludedXHandles: [Swift.String]? = nil,
            includedXHandles: [Swift.String]? = nil,
            postFavoriteCount: Swift.Int32? = nil,
            postViewCount: Swift.Int32? = nil,
            xHandles: [Swift.String]? = nil,
        ) {
            self.excludedXHandles = excludedXHandles
            self.includedXHandles = includedXHandles
            self.postFavoriteCount = postFavoriteCount
            self.postViewCount = postViewCount
            self.xHandles = xHandles
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.excludedXHandles = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_x_handles")
            self.includedXHandles = try container.decodeIfPresent([Swift.String].self, forKey: "included_x_handles")
            self.postFavoriteCount = try container.decodeIfPresent(Swift.Int32.self, forKey: "post_favorite_count")
            self.postViewCount = try container.decodeIfPresent(Swift.Int32.self, forKey: "post_view_count")
            self.xHandles = try container.decodeIfPresent([Swift.String].self, forKey: "x_handles")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.excludedXHandles, forKey: "excluded_x_handles")
            try container.encodeIfPresent(self.includedXHandles, forKey: "included_x_handles")
            try container.encodeIfPresent(self.postFavoriteCount, forKey: "post_favorite_count")
            try container.encodeIfPresent(self.postViewCount, forKey: "post_view_count")
            try GeneratedClientRuntime.UnionCoding.encodeTag("x", as: "type", to: encoder)
            try container.encodeIfPresent(self.xHandles, forKey: "x_handles")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension SearchSource {
    /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/1`.
    public struct Web: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// List of website to allow in the search results. This parameter act as a whitelist
        /// where only those websites can be selected. A maximum of 5 websites can be selected.
        ///
        /// Note 1: If no relevant information is found on those websites, the number of results
        /// returned might be smaller than `max_search_results`.
        ///
        /// Note 2: This parameter cannot be set with `excluded_websites`.
        ///
        /// - Example: `["wikipedia.com"]`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/1/properties/allowed_websites`.
        public var allowedWebsites: [Swift.String]?
        /// ISO alpha-2 code of the country. If the country is set, only data coming from this country
        /// will be considered. See .
        ///
        /// - Example: `"BE"`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/1/properties/country`.
        public var country: Swift.String?
        /// List of website to exclude from the search results without protocol specification or
        /// subdomains. A maximum of 5 websites can be excluded.
        ///
        /// Note 2: This parameter cannot be set with `allowed_websites`
        ///
        /// - Example: `["wikipedia.com"]`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/1/properties/excluded_websites`.
        public var excludedWebsites: [Swift.String]?
        /// If set to true, mature content won't be considered during the search. Default to `true`.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/1/properties/safe_search`.
        public var safeSearch: Swift.Bool?
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/1/properties/type`.
        public var type: Swift.String { "web" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["allowed_websites", "country", "excluded_websites", "safe_search", "type"])

        /// Creates a `Web`.
        ///
        /// - Parameters:
        ///   - allowedWebsites: List of website to allow in the search results. This parameter act as a whitelist
        ///   - country: ISO alpha-2 code of the country. If the country is set, only data coming from this country
        ///   - excludedWebsites: List of website to exclude from the search results without protocol specification or
        ///   - safeSearch: If set to true, mature content won't be considered during the search. Default to `true`.
        public init(
            allowedWebsites: [Swift.String]? = nil,
            country: Swift.String? = nil,
            excludedWebsites: [Swift.String]? = nil,
            safeSearch: Swift.Bool? = nil,
        ) {
            self.allowedWebsites = allowedWebsites
            self.country = country
            self.excludedWebsites = excludedWebsites
            self.safeSearch = safeSearch
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.allowedWebsites = try container.decodeIfPresent([Swift.String].self, forKey: "allowed_websites")
            self.country = try container.decodeIfPresent(Swift.String.self, forKey: "country")
            self.excludedWebsites = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_websites")
            self.safeSearch = try container.decodeIfPresent(Swift.Bool.self, forKey: "safe_search")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.allowedWebsites, forKey: "allowed_websites")
            try container.encodeIfPresent(self.country, forKey: "country")
            try container.encodeIfPresent(self.excludedWebsites, forKey: "excluded_websites")
            try container.encodeIfPresent(self.safeSearch, forKey: "safe_search")
            try GeneratedClientRuntime.UnionCoding.encodeTag("web", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension SearchSource {
    /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/2`.
    public struct News: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// ISO alpha-2 code of the country. If the country is set, only data coming from this country
        /// will be considered. See .
        ///
        /// - Example: `"BE"`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/2/properties/country`.
        public var country: Swift.String?
        /// List of website to exclude from the search results without protocol specification or
        /// subdomains. A maximum of 5 websites can be excluded.
        ///
        /// - Example: `["foxnews.com"]`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/2/properties/excluded_websites`.
        public var excludedWebsites: [Swift.String]?
        /// If set to true, mature content won't be considered during the search. Default to `true`.
        ///
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/2/properties/safe_search`.
        public var safeSearch: Swift.Bool?
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/2/properties/type`.
        public var type: Swift.String { "news" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["country", "excluded_websites", "safe_search", "type"])

        /// Creates a `News`.
        ///
        /// - Parameters:
        ///   - country: ISO alpha-2 code of the country. If the country is set, only data coming from this country
        ///   - excludedWebsites: List of website to exclude from the search results without protocol specification or
        ///   - safeSearch: If set to true, mature content won't be considered during the search. Default to `true`.
        public init(
            country: Swift.String? = nil,
            excludedWebsites: [Swift.String]? = nil,
            safeSearch: Swift.Bool? = nil,
        ) {
            self.country = country
            self.excludedWebsites = excludedWebsites
            self.safeSearch = safeSearch
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.country = try container.decodeIfPresent(Swift.String.self, forKey: "country")
            self.excludedWebsites = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_websites")
            self.safeSearch = try container.decodeIfPresent(Swift.Bool.self, forKey: "safe_search")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.country, forKey: "country")
            try container.encodeIfPresent(self.excludedWebsites, forKey: "excluded_websites")
            try container.encodeIfPresent(self.safeSearch, forKey: "safe_search")
            try GeneratedClientRuntime.UnionCoding.encodeTag("news", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension SearchSource {
    /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/3`.
    public struct Rss: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Links of the RSS feeds.
        ///
        /// - Example: `["https://status.x.ai/feed.xml"]`.
        /// - Generated from `#/components/schemas/SearchSource/oneOf/3/properties/links`.
        public var links: [Swift.String]
        /// - Remark: Generated from `#/components/schemas/SearchSource/oneOf/3/properties/type`.
        public var type: Swift.String { "rss" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["links", "type"])

        /// Creates a `Rss`.
        ///
        /// - Parameters:
        ///   - links: Links of the RSS feeds.
        public init(
            links: [Swift.String],
        ) {
            self.links = links
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.links = try container.decode([Swift.String].self, forKey: "links")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.links, forKey: "links")
            try GeneratedClientRuntime.UnionCoding.encodeTag("rss", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
