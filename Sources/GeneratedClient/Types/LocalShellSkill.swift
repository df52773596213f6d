// Generated from an OpenAPI document by the generator. Do not edit by hand.
@_spi(Generated) import GeneratedClientRuntime
import Foundation

/// A skill available in the local shell environment.
///
/// - Remark: Generated from `#/components/schemas/LocalShellSkill`.
public struct LocalShellSkill: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// A description of what the skill does.
    ///
    /// - Remark: Generated from `#/components/schemas/LocalShellSkill/properties/description`.
    public var description: Swift.String
    /// The name of the skill.
    ///
    /// - Remark: Generated from `#/components/schemas/LocalShellSkill/properties/name`.
    public var name: Swift.String
    /// The path to the directory containing the skill (with a SKILL.md file).
    ///
    /// - Remark: Generated from `#/components/schemas/LocalShellSkill/properties/path`.
    public var path: Swift.String
    /// The object's members that no property above reads, as the server sent them: a field added to
    /// the API after this client was generated. Written back beside the properties when encoding,
    /// so a field the document lacks can be sent too; a name a property has is refused there.
    public var unknownFields: [Swift.String: GeneratedClientRuntime.JSONValue] = [:]

    /// The JSON names the properties read.
    private static let knownKeys = GeneratedClientRuntime.UnknownFields.Known(["description", "name", "path"])

    /// Creates a `LocalShellSkill`.
    ///
    /// - Parameters:
    ///   - description: A description of what the skill does.
    ///   - name: The name of the skill.
    ///   - path: The path to the directory containing the skill (with a SKILL.md file).
    public init(
        description: Swift.String,
        name: Swift.String,
        path: Swift.String,
    ) {
        self.description = description
        self.name = name
        self.path = path
    }

    public init(from decoder: any Swift.Decoder) throws {
        let container = try decoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        self.description = try container.decodeRequired(Swift.String.self, forKey: "description")
        self.name = try container.decodeRequired(Swift.String.self, forKey: "name")
        self.path = try container.decodeRequired(Swift.String.self, forKey: "path")
        self.unknownFields = try GeneratedClientRuntime.UnknownFields.decode(from: decoder, known: Self.knownKeys)
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        var container = encoder.container(keyedBy: GeneratedClientRuntime.AnyCodingKey.self)
        try container.encode(self.description, forKey: "description")
        try container.encode(self.name, forKey: "name")
        try container.encode(self.path, forKey: "path")
        if !self.unknownFields.isEmpty { try GeneratedClientRuntime.UnknownFields.encode(self.unknownFields, known: Self.knownKeys, of: Self.self, to: encoder) }
    }
}
