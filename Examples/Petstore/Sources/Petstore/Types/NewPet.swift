// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/NewPet`.
public struct NewPet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/kind`.
    public var kind: Kind
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?

    /// Creates a `NewPet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - kind: The `kind` value.
    ///   - tag: The `tag` value.
    public init(
        name: Swift.String,
        kind: Kind,
        tag: Swift.String? = nil,
    ) {
        self.name = name
        self.kind = kind
        self.tag = tag
    }
}
