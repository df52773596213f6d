// FILE: Types/NewPet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/NewPet`.
public struct NewPet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?

    /// Creates a `NewPet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - tag: The `tag` value.
    public init(
        name: Swift.String,
        tag: Swift.String? = nil,
    ) {
        self.name = name
        self.tag = tag
    }
}

// FILE: Types/Pet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Pet`.
public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/name`.
    public var name: Swift.String
    /// - Remark: Generated from `#/components/schemas/NewPet/properties/tag`.
    public var tag: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Pet/allOf/1/properties/id`.
    public var id: Swift.Int64

    /// Creates a `Pet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    ///   - tag: The `tag` value.
    ///   - id: The `id` value.
    public init(
        name: Swift.String,
        tag: Swift.String? = nil,
        id: Swift.Int64,
    ) {
        self.name = name
        self.tag = tag
        self.id = id
    }
}

