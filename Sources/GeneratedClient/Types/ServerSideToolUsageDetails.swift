// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails`.
public struct ServerSideToolUsageDetails: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// Number of code interpreter calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/code_interpreter_calls`.
    public var codeInterpreterCalls: Swift.Int32
    /// Number of document search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/document_search_calls`.
    public var documentSearchCalls: Swift.Int32
    /// Number of file search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/file_search_calls`.
    public var fileSearchCalls: Swift.Int32
    /// Number of MCP calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/mcp_calls`.
    public var mcpCalls: Swift.Int32
    /// Number of web search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/web_search_calls`.
    public var webSearchCalls: Swift.Int32
    /// Number of X search calls.
    ///
    /// - Remark: Generated from `#/components/schemas/ServerSideToolUsageDetails/properties/x_search_calls`.
    public var xSearchCalls: Swift.Int32

    /// Creates a `ServerSideToolUsageDetails`.
    ///
    /// - Parameters:
    ///   - codeInterpreterCalls: Number of code interpreter calls.
    ///   - documentSearchCalls: Number of document search calls.
    ///   - fileSearchCalls: Number of file search calls.
    ///   - mcpCalls: Number of MCP calls.
    ///   - webSearchCalls: Number of web search calls.
    ///   - xSearchCalls: Number of X search calls.
    public init(
        codeInterpreterCalls: Swift.Int32,
        documentSearchCalls: Swift.Int32,
        fileSearchCalls: Swift.Int32,
        mcpCalls: Swift.Int32,
        webSearchCalls: Swift.Int32,
        xSearchCalls: Swift.Int32,
    ) {
        self.codeInterpreterCalls = codeInterpreterCalls
        self.documentSearchCalls = documentSearchCalls
        self.fileSearchCalls = fileSearchCalls
        self.mcpCalls = mcpCalls
        self.webSearchCalls = webSearchCalls
        self.xSearchCalls = xSearchCalls
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.codeInterpreterCalls = try container.decodeRequired(Swift.Int32.self, forKey: .codeInterpreterCalls)
        self.documentSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: .documentSearchCalls)
        self.fileSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: .fileSearchCalls)
        self.mcpCalls = try container.decodeRequired(Swift.Int32.self, forKey: .mcpCalls)
        self.webSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: .webSearchCalls)
        self.xSearchCalls = try container.decodeRequired(Swift.Int32.self, forKey: .xSearchCalls)
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case codeInterpreterCalls = "code_interpreter_calls"
        case documentSearchCalls = "document_search_calls"
        case fileSearchCalls = "file_search_calls"
        case mcpCalls = "mcp_calls"
        case webSearchCalls = "web_search_calls"
        case xSearchCalls = "x_search_calls"
    }
}
