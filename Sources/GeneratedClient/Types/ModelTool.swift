// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// Definition of one tool that the model can call.
///
/// - Remark: Generated from `#/components/schemas/ModelTool`.
public enum ModelTool: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A function that the model can call.
    case function(ModelTool.FunctionModelTool)
    /// Search the web.
    case webSearch(ModelTool.WebSearch)
    /// Search X.
    case xSearch(ModelTool.XSearch)
    /// Search the knowledge bases.
    case fileSearch(ModelTool.FileSearch)
    /// Execute code.
    case codeInterpreter(ModelTool.CodeInterpreter)
    /// A remote MCP server to use.
    case mcp(ModelTool.Mcp)
    /// A local shell execution tool.
    case shell(ModelTool.Shell)
    /// A variant this client does not know yet, kept as the JSON it arrived as.
    case unknown(GeneratedClientRuntime.JSONValue)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.UnionCoding.tag("type", in: decoder) {
        case "function": self = .function(try ModelTool.FunctionModelTool(from: decoder))
        case "web_search": self = .webSearch(try ModelTool.WebSearch(from: decoder))
        case "x_search": self = .xSearch(try ModelTool.XSearch(from: decoder))
        case "file_search": self = .fileSearch(try ModelTool.FileSearch(from: decoder))
        case "code_interpreter": self = .codeInterpreter(try ModelTool.CodeInterpreter(from: decoder))
        case "mcp": self = .mcp(try ModelTool.Mcp(from: decoder))
        case "shell": self = .shell(try ModelTool.Shell(from: decoder))
        default: self = .unknown(try GeneratedClientRuntime.JSONValue(from: decoder))
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .function(let value):
            try value.encode(to: encoder)
        case .webSearch(let value):
            try value.encode(to: encoder)
        case .xSearch(let value):
            try value.encode(to: encoder)
        case .fileSearch(let value):
            try value.encode(to: encoder)
        case .codeInterpreter(let value):
            try value.encode(to: encoder)
        case .mcp(let value):
            try value.encode(to: encoder)
        case .shell(let value):
            try value.encode(to: encoder)
        case .unknown(let value):
            try value.encode(to: encoder)
        }
    }
}

extension ModelTool {
    /// A function that the model can call.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/0`.
    public struct FunctionModelTool: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// A description of the function to indicate to the model when to call it.
        ///
        /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/description`.
        public var description: Swift.String?
        /// The name of the function. If the model calls the function, this name is used in the
        /// response.
        ///
        /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/name`.
        public var name: Swift.String
        /// A JSON schema describing the function parameters. The model _should_ follow the schema,
        /// however, this is not enforced at the moment.
        ///
        /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/parameters`.
        public var parameters: GeneratedClientRuntime.JSONValue
        /// Not supported. Only maintained for compatibility reasons.
        ///
        /// - Remark: Generated from `#/components/schemas/FunctionDefinition/properties/strict`.
        public var strict: Swift.Bool?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/0/allOf/1/properties/type`.
        public var type: Swift.String { "function" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["description", "name", "parameters", "strict", "type"])

        /// Creates a `FunctionModelTool`.
        ///
        /// - Parameters:
        ///   - description: A description of the function to indicate to the model when to call it.
        ///   - name: The name of the function. If the model calls the function, this name is used in the
        ///   - parameters: A JSON schema describing the function parameters. The model _should_ follow the schema,
        ///   - strict: Not supported. Only maintained for compatibility reasons.
        public init(
            description: Swift.String? = nil,
            name: Swift.String,
            parameters: GeneratedClientRuntime.JSONValue,
            strict: Swift.Bool? = nil,
        ) {
            self.description = description
            self.name = name
            self.parameters = parameters
            self.strict = strict
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.description = try container.decodeIfPresent(Swift.String.self, forKey: "description")
            self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
            self.parameters = try container.decodeRequired(GeneratedClientRuntime.JSONValue.self, forKey: "parameters")
            self.strict = try container.decodeIfPresent(Swift.Bool.self, forKey: "strict")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.description, forKey: "description")
            try container.encode(self.name, forKey: "name")
            try container.encode(self.parameters, forKey: "parameters")
            try container.encodeIfPresent(self.strict, forKey: "strict")
            try GeneratedClientRuntime.UnionCoding.encodeTag("function", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// Search the web.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1`.
    public struct WebSearch: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// Filters to apply to the search results. Compatible with OpenAI's API.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/filters`.
        public var filters: WebSearchFilters?
        /// High level guidance for the amount of context window space to use for the
        /// search. Available values are `low`, `medium`, or `high`.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/search_context_size`.
        public var searchContextSize: Swift.String?
        /// The user location to use for the search.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/user_location`.
        public var userLocation: WebSearchUserLocation?
        /// List of website domains to allow in the search results. This parameter act as a whitelist
        /// where only those websites can be selected. A maximum of 5 websites can be selected.
        ///
        /// Note: This parameter cannot be set with `excluded_domains`.
        ///
        /// - Example: `["wikipedia.com"]`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/allowed_domains`.
        public var allowedDomains: [Swift.String]?
        /// When true, activates the image search server-side tool, enabling
        /// the model to search for images alongside the standard web search.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/enable_image_search`.
        public var enableImageSearch: Swift.Bool?
        /// Enable image understanding during web search.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/enable_image_understanding`.
        public var enableImageUnderstanding: Swift.Bool?
        /// List of website domains to exclude from the search results without protocol specification or
        /// subdomains. A maximum of 5 websites can be excluded.
        ///
        /// Note: This parameter cannot be set with `allowed_domains`
        ///
        /// - Example: `["wikipedia.com"]`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/excluded_domains`.
        public var excludedDomains: [Swift.String]?
        /// Control whether the web search tool fetches live content or uses only cached content.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/1/properties/external_web_access`.
        public var externalWebAccess: Swift.Bool?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/1/allOf/2/properties/type`.
        public var type: Swift.String { "web_search" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["filters", "search_context_size", "user_location", "allowed_domains", "enable_image_search", "enable_image_understanding", "excluded_domains", "external_web_access", "type"])

        /// Creates a `WebSearch`.
        ///
        /// - Parameters:
        ///   - filters: Filters to apply to the search results. Compatible with OpenAI's API.
        ///   - searchContextSize: High level guidance for the amount of context window space to use for the
        ///   - userLocation: The user location to use for the search.
        ///   - allowedDomains: List of website domains to allow in the search results. This parameter act as a whitelist
        ///   - enableImageSearch: When true, activates the image search server-side tool, enabling
        ///   - enableImageUnderstanding: Enable image understanding during web search.
        ///   - excludedDomains: List of website domains to exclude from the search results without protocol specification or
        ///   - externalWebAccess: Control whether the web search tool fetches live content or uses only cached content.
        public init(
            filters: WebSearchFilters? = nil,
            searchContextSize: Swift.String? = nil,
            userLocation: WebSearchUserLocation? = nil,
            allowedDomains: [Swift.String]? = nil,
            enableImageSearch: Swift.Bool? = nil,
            enableImageUnderstanding: Swift.Bool? = nil,
            excludedDomains: [Swift.String]? = nil,
            externalWebAccess: Swift.Bool? = nil,
        ) {
            self.filters = filters
            self.searchContextSize = searchContextSize
            self.userLocation = userLocation
            self.allowedDomains = allowedDomains
            self.enableImageSearch = enableImageSearch
            self.enableImageUnderstanding = enableImageUnderstanding
            self.excludedDomains = excludedDomains
            self.externalWebAccess = externalWebAccess
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.filters = try container.decodeIfPresent(WebSearchFilters.self, forKey: "filters")
            self.searchContextSize = try container.decodeIfPresent(Swift.String.self, forKey: "search_context_size")
            self.userLocation = try container.decodeIfPresent(WebSearchUserLocation.self, forKey: "user_location")
            self.allowedDomains = try container.decodeIfPresent([Swift.String].self, forKey: "allowed_domains")
            self.enableImageSearch = try container.decodeIfPresent(Swift.Bool.self, forKey: "enable_image_search")
            self.enableImageUnderstanding = try container.decodeIfPresent(Swift.Bool.self, forKey: "enable_image_understanding")
            self.excludedDomains = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_domains")
            self.externalWebAccess = try container.decodeIfPresent(Swift.Bool.self, forKey: "external_web_access")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.filters, forKey: "filters")
            try container.encodeIfPresent(self.searchContextSize, forKey: "search_context_size")
            try container.encodeIfPresent(self.userLocation, forKey: "user_location")
            try container.encodeIfPresent(self.allowedDomains, forKey: "allowed_domains")
            try container.encodeIfPresent(self.enableImageSearch, forKey: "enable_image_search")
            try container.encodeIfPresent(self.enableImageUnderstanding, forKey: "enable_image_understanding")
            try container.encodeIfPresent(self.excludedDomains, forKey: "excluded_domains")
            try container.encodeIfPresent(self.externalWebAccess, forKey: "external_web_access")
            try GeneratedClientRuntime.UnionCoding.encodeTag("web_search", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// Search X.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/2`.
    public struct XSearch: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// List of X Handles of the users from whom to consider the posts.
        ///
        /// Note: This parameter cannot be set with `excluded_x_handles`.
        ///
        /// - Example: `["elonmusk"]`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/2/properties/allowed_x_handles`.
        public var allowedXHandles: [Swift.String]?
        /// Enable image understanding during X search.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/2/properties/enable_image_understanding`.
        public var enableImageUnderstanding: Swift.Bool?
        /// Enable video understanding during X search.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/2/properties/enable_video_understanding`.
        public var enableVideoUnderstanding: Swift.Bool?
        /// List of X Handles of the users from whom to exclude the posts.
        ///
        /// Note: This parameter cannot be set with `allowed_x_handles`.
        ///
        /// - Example: `["elonmusk"]`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/2/properties/excluded_x_handles`.
        public var excludedXHandles: [Swift.String]?
        /// Date from which to consider the results in ISO-8601 YYYY-MM-DD. See
        /// .
        ///
        /// - Example: `"2024-06-24"`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/2/properties/from_date`.
        public var fromDate: Swift.String?
        /// Date up to which to consider the results in ISO-8601 YYYY-MM-DD. See
        /// .
        ///
        /// - Example: `"2024-12-24"`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/2/properties/to_date`.
        public var toDate: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/2/properties/type`.
        public var type: Swift.String { "x_search" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["allowed_x_handles", "enable_image_understanding", "enable_video_understanding", "excluded_x_handles", "from_date", "to_date", "type"])

        /// Creates a `XSearch`.
        ///
        /// - Parameters:
        ///   - allowedXHandles: List of X Handles of the users from whom to consider the posts.
        ///   - enableImageUnderstanding: Enable image understanding during X search.
        ///   - enableVideoUnderstanding: Enable video understanding during X search.
        ///   - excludedXHandles: List of X Handles of the users from whom to exclude the posts.
        ///   - fromDate: Date from which to consider the results in ISO-8601 YYYY-MM-DD. See
        ///   - toDate: Date up to which to consider the results in ISO-8601 YYYY-MM-DD. See
        public init(
            allowedXHandles: [Swift.String]? = nil,
            enableImageUnderstanding: Swift.Bool? = nil,
            enableVideoUnderstanding: Swift.Bool? = nil,
            excludedXHandles: [Swift.String]? = nil,
            fromDate: Swift.String? = nil,
            toDate: Swift.String? = nil,
        ) {
            self.allowedXHandles = allowedXHandles
            self.enableImageUnderstanding = enableImageUnderstanding
            self.enableVideoUnderstanding = enableVideoUnderstanding
            self.excludedXHandles = excludedXHandles
            self.fromDate = fromDate
            self.toDate = toDate
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.allowedXHandles = try container.decodeIfPresent([Swift.String].self, forKey: "allowed_x_handles")
            self.enableImageUnderstanding = try container.decodeIfPresent(Swift.Bool.self, forKey: "enable_image_understanding")
            self.enableVideoUnderstanding = try container.decodeIfPresent(Swift.Bool.self, forKey: "enable_video_understanding")
            self.excludedXHandles = try container.decodeIfPresent([Swift.String].self, forKey: "excluded_x_handles")
            self.fromDate = try container.decodeIfPresent(Swift.String.self, forKey: "from_date")
            self.toDate = try container.decodeIfPresent(Swift.String.self, forKey: "to_date")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.allowedXHandles, forKey: "allowed_x_handles")
            try container.encodeIfPresent(self.enableImageUnderstanding, forKey: "enable_image_understanding")
            try container.encodeIfPresent(self.enableVideoUnderstanding, forKey: "enable_video_understanding")
            try container.encodeIfPresent(self.excludedXHandles, forKey: "excluded_x_handles")
            try container.encodeIfPresent(self.fromDate, forKey: "from_date")
            try container.encodeIfPresent(self.toDate, forKey: "to_date")
            try GeneratedClientRuntime.UnionCoding.encodeTag("x_search", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// Search the knowledge bases.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/3`.
    public struct FileSearch: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// A filter to apply.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/3/properties/filters`.
        public var filters: GeneratedClientRuntime.JSONValue?
        /// - Example: `10`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/3/properties/max_num_results`.
        public var maxNumResults: Swift.Int32?
        /// Ranking options for search.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/3/properties/ranking_options`.
        public var rankingOptions: GeneratedClientRuntime.JSONValue?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/3/properties/type`.
        public var type: Swift.String { "file_search" }
        /// List of vector store IDs to search within.
        ///
        /// - Example: `["collection_id_1","collection_id_2"]`.
        /// - Generated from `#/components/schemas/ModelTool/oneOf/3/properties/vector_store_ids`.
        public var vectorStoreIDs: [Swift.String]
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["filters", "max_num_results", "ranking_options", "type", "vector_store_ids"])

        /// Creates a `FileSearch`.
        ///
        /// - Parameters:
        ///   - filters: A filter to apply.
        ///   - maxNumResults: The `max_num_results` value.
        ///   - rankingOptions: Ranking options for search.
        ///   - vectorStoreIDs: List of vector store IDs to search within.
        public init(
            filters: GeneratedClientRuntime.JSONValue? = nil,
            maxNumResults: Swift.Int32? = nil,
            rankingOptions: GeneratedClientRuntime.JSONValue? = nil,
            vectorStoreIDs: [Swift.String],
        ) {
            self.filters = filters
            self.maxNumResults = maxNumResults
            self.rankingOptions = rankingOptions
            self.vectorStoreIDs = vectorStoreIDs
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.filters = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "filters")
            self.maxNumResults = try container.decodeIfPresent(Swift.Int32.self, forKey: "max_num_results")
            self.rankingOptions = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "ranking_options")
            self.vectorStoreIDs = try container.decodeRequired([Swift.String].self, forKey: "vector_store_ids")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.filters, forKey: "filters")
            try container.encodeIfPresent(self.maxNumResults, forKey: "max_num_results")
            try container.encodeIfPresent(self.rankingOptions, forKey: "ranking_options")
            try GeneratedClientRuntime.UnionCoding.encodeTag("file_search", as: "type", to: encoder)
            try container.encode(self.vectorStoreIDs, forKey: "vector_store_ids")
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// Execute code.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/4`.
    public struct CodeInterpreter: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The code interpreter container. Can be a container ID or an object that specifies
        /// uploaded file IDs to make available to your code.
        /// For OpenAI API compatibility ONLY. Request will be rejected if this field is set.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/4/properties/container`.
        public var container: GeneratedClientRuntime.JSONValue?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/4/properties/type`.
        public var type: Swift.String { "code_interpreter" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["container", "type"])

        /// Creates a `CodeInterpreter`.
        ///
        /// - Parameters:
        ///   - container: The code interpreter container. Can be a container ID or an object that specifies
        public init(
            container: GeneratedClientRuntime.JSONValue? = nil,
        ) {
            self.container = container
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.container = try container.decodeIfPresent(GeneratedClientRuntime.JSONValue.self, forKey: "container")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.container, forKey: "container")
            try GeneratedClientRuntime.UnionCoding.encodeTag("code_interpreter", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// A remote MCP server to use.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5`.
    public struct Mcp: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/allowed_tools`.
        public var allowedTools: [Swift.String]?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/authorization`.
        public var authorization: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/connector_id`.
        public var connectorID: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/headers`.
        public var headers: [Swift.String: Swift.String]?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/require_approval`.
        public var requireApproval: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/server_description`.
        public var serverDescription: Swift.String?
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/server_label`.
        public var serverLabel: Swift.String
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/server_url`.
        public var serverURL: Swift.String
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/5/properties/type`.
        public var type: Swift.String { "mcp" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["allowed_tools", "authorization", "connector_id", "headers", "require_approval", "server_description", "server_label", "server_url", "type"])

        /// Creates a `Mcp`.
        ///
        /// - Parameters:
        ///   - allowedTools: The `allowed_tools` value.
        ///   - authorization: The `authorization` value.
        ///   - connectorID: The `connector_id` value.
        ///   - headers: The `headers` value.
        ///   - requireApproval: The `require_approval` value.
        ///   - serverDescription: The `server_description` value.
        ///   - serverLabel: The `server_label` value.
        ///   - serverURL: The `server_url` value.
        public init(
            allowedTools: [Swift.String]? = nil,
            authorization: Swift.String? = nil,
            connectorID: Swift.String? = nil,
            headers: [Swift.String: Swift.String]? = nil,
            requireApproval: Swift.String? = nil,
            serverDescription: Swift.String? = nil,
            serverLabel: Swift.String,
            serverURL: Swift.String,
        ) {
            self.allowedTools = allowedTools
            self.authorization = authorization
            self.connectorID = connectorID
            self.headers = headers
            self.requireApproval = requireApproval
            self.serverDescription = serverDescription
            self.serverLabel = serverLabel
            self.serverURL = serverURL
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.allowedTools = try container.decodeIfPresent([Swift.String].self, forKey: "allowed_tools")
            self.authorization = try container.decodeIfPresent(Swift.String.self, forKey: "authorization")
            self.connectorID = try container.decodeIfPresent(Swift.String.self, forKey: "connector_id")
            self.headers = try container.decodeIfPresent([Swift.String: Swift.String].self, forKey: "headers")
            self.requireApproval = try container.decodeIfPresent(Swift.String.self, forKey: "require_approval")
            self.serverDescription = try container.decodeIfPresent(Swift.String.self, forKey: "server_description")
            self.serverLabel = try container.decodeRequired(Swift.String.self, forKey: "server_label")
            self.serverURL = try container.decodeRequired(Swift.String.self, forKey: "server_url")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encodeIfPresent(self.allowedTools, forKey: "allowed_tools")
            try container.encodeIfPresent(self.authorization, forKey: "authorization")
            try container.encodeIfPresent(self.connectorID, forKey: "connector_id")
            try container.encodeIfPresent(self.headers, forKey: "headers")
            try container.encodeIfPresent(self.requireApproval, forKey: "require_approval")
            try container.encodeIfPresent(self.serverDescription, forKey: "server_description")
            try container.encode(self.serverLabel, forKey: "server_label")
            try container.encode(self.serverURL, forKey: "server_url")
            try GeneratedClientRuntime.UnionCoding.encodeTag("mcp", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}

extension ModelTool {
    /// A local shell execution tool.
    ///
    /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/6`.
    public struct Shell: Swift.Codable, Swift.Hashable, Swift.Sendable {
        /// The environment configuration for the shell tool.
        ///
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/6/properties/environment`.
        public var environment: ShellEnvironment
        /// - Remark: Generated from `#/components/schemas/ModelTool/oneOf/6/properties/type`.
        public var type: Swift.String { "shell" }
        /// The object's members that no property above reads, as the server sent them: a field added to
        /// the API after this client was generated. Written back beside the properties when encoding,
        /// so a field the document lacks can be sent too; a name a property has is refused there.
        public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

        /// The JSON names the properties read.
        private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["environment", "type"])

        /// Creates a `Shell`.
        ///
        /// - Parameters:
        ///   - environment: The environment configuration for the shell tool.
        public init(
            environment: ShellEnvironment,
        ) {
            self.environment = environment
        }

        public init(from decoder: any Swift.Decoder) throws {
            let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            self.environment = try container.decodeRequired(ShellEnvironment.self, forKey: "environment")
            self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
        }

        public func encode(to encoder: any Swift.Encoder) throws {
            var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
            try container.encode(self.environment, forKey: "environment")
            try GeneratedClientRuntime.UnionCoding.encodeTag("shell", as: "type", to: encoder)
            if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
        }
    }
}
