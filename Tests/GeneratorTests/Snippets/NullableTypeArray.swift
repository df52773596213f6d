// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
}

// FILE: Types/Usage.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Usage`.
public struct Usage: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Usage/properties/total`.
    public var total: Swift.Int

    /// Creates an `Usage`.
    ///
    /// - Parameters:
    ///   - total: The `total` value.
    public init(
        total: Swift.Int,
    ) {
        self.total = total
    }
}

