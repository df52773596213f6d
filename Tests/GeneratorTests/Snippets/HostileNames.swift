// FILE: Types/String.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/String`.
public struct String: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/String/properties/self`.
    public var self_: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/class`.
    public var `class`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/foo_bar`.
    public var fooBar: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/fooBar`.
    public var fooBar2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/größe`.
    public var größe: Swift.Int?
    /// - Remark: Generated from `#/components/schemas/String/properties/1st`.
    public var _1st: Swift.Bool?
    /// - Remark: Generated from `#/components/schemas/String/properties/type`.
    public var type: Swift.String?

    public init(
        self_: Swift.String? = nil,
        `class`: Swift.String? = nil,
        fooBar: Swift.String? = nil,
        fooBar2: Swift.String? = nil,
        größe: Swift.Int? = nil,
        _1st: Swift.Bool? = nil,
        type: Swift.String? = nil,
    ) {
        self.self_ = self_
        self.`class` = `class`
        self.fooBar = fooBar
        self.fooBar2 = fooBar2
        self.größe = größe
        self._1st = _1st
        self.type = type
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case self_ = "self"
        case `class`
        case fooBar = "foo_bar"
        case fooBar2 = "fooBar"
        case größe
        case _1st = "1st"
        case type
    }
}

// FILE: Types/Type_.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import ClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Type`.
public struct Type_: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Type/properties/value`.
    public var value: String?

    public init(
        value: String? = nil,
    ) {
        self.value = value
    }
}

