// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/ChatResponse`.
public struct ChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/fingerprint`.
    public var fingerprint: Swift.String?
    /// Token usage.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/usage`.
    public var usage: Usage?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/name`.
    public var name: Swift.String?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/tags`.
    public var tags: [Swift.String]?
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["fingerprint", "usage", "name", "tags"])

    /// Creates a `ChatResponse`.
    ///
    /// - Parameters:
    ///   - fingerprint: The `fingerprint` value.
    ///   - usage: Token usage.
    ///   - name: The `name` value.
    ///   - tags: The `tags` value.
    public init(
        fingerprint: Swift.String? = nil,
        usage: Usage? = nil,
        name: Swift.String? = nil,
        tags: [Swift.String]? = nil,
    ) {
        self.fingerprint = fingerprint
        self.usage = usage
        self.name = name
        self.tags = tags
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.fingerprint = try container.decodeIfPresent(Swift.String.self, forKey: "fingerprint")
        self.usage = try container.decodeIfPresent(Usage.self, forKey: "usage")
        self.name = try container.decodeIfPresent(Swift.String.self, forKey: "name")
        self.tags = try container.decodeIfPresent([Swift.String].self, forKey: "tags")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.fingerprint, forKey: "fingerprint")
        try container.encodeIfPresent(self.usage, forKey: "usage")
        try container.encodeIfPresent(self.name, forKey: "name")
        try container.encodeIfPresent(self.tags, forKey: "tags")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

// FILE: Types/Usage.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Usage`.
public struct Usage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Usage/properties/total`.
    public var total: Swift.Int
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["total"])

    /// Creates an `Usage`.
    ///
    /// - Parameters:
    ///   - total: The `total` value.
    public init(
        total: Swift.Int,
    ) {
        self.total = total
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.total = try container.decode(Swift.Int.self, forKey: "total")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.total, forKey: "total")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}

