// FILE: Types/ChatResponse.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// The chat response.
///
/// - Remark: Generated from `#/components/schemas/ChatResponse`.
public struct ChatResponse: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A unique ID.
    ///
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/id`.
    public var id: Swift.String
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/created`.
    public var created: Swift.Int64
    /// - Example: `"fp_123"`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/system_fingerprint`.
    public var systemFingerprint: Swift.String?
    /// - Default: `1.0`.
    /// - Generated from `#/components/schemas/ChatResponse/properties/temperature`.
    public var temperature: Swift.Double?
    /// - Remark: Generated from `#/components/schemas/ChatResponse/properties/legacy`.
    @available(*, deprecated) public var legacy: Swift.Bool?

    /// Creates a `ChatResponse`.
    ///
    /// - Parameters:
    ///   - id: A unique ID.
    ///   - created: The `created` value.
    ///   - systemFingerprint: The `system_fingerprint` value.
    ///   - temperature: The `temperature` value.
    ///   - legacy: The `legacy` value.
    public init(
        id: Swift.String,
        created: Swift.Int64,
        systemFingerprint: Swift.String? = nil,
        temperature: Swift.Double? = nil,
        legacy: Swift.Bool? = nil,
    ) {
        self.id = id
        self.created = created
        self.systemFingerprint = systemFingerprint
        self.temperature = temperature
        self.legacy = legacy
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case id
        case created
        case systemFingerprint = "system_fingerprint"
        case temperature
        case legacy
    }
}

