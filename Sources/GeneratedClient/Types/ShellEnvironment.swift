// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// The environment configuration for a shell tool.
///
/// - Remark: Generated from `#/components/schemas/ShellEnvironment`.
public struct ShellEnvironment: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// An optional list of skills available in the local environment.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellEnvironment/properties/skills`.
    public var skills: [LocalShellSkill]?
    /// The type of the environment. Currently only `local` is supported.
    ///
    /// - Remark: Generated from `#/components/schemas/ShellEnvironment/properties/type`.
    public var type: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["skills", "type"])

    /// Creates a `ShellEnvironment`.
    ///
    /// - Parameters:
    ///   - skills: An optional list of skills available in the local environment.
    ///   - type: The type of the environment. Currently only `local` is supported.
    public init(
        skills: [LocalShellSkill]? = nil,
        type: Swift.String,
    ) {
        self.skills = skills
        self.type = type
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.skills = try container.decodeIfPresent([LocalShellSkill].self, forKey: "skills")
        self.type = try container.decodeRequired(Swift.String.self, forKey: "type")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encodeIfPresent(self.skills, forKey: "skills")
        try container.encode(self.type, forKey: "type")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
