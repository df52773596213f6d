// FILE: Types/Expression.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Expression`.
public enum Expression: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case node(Node)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .object: self = .node(try Node(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Expression")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .node(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/Node.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Node`.
public struct Node: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Node/properties/value`.
    public var value: Swift.String
    /// - Remark: Generated from `#/components/schemas/Node/properties/next`.
    @GeneratedClientRuntime.Indirect public var next: Node?
    /// - Remark: Generated from `#/components/schemas/Node/properties/children`.
    public var children: [Node]?

    /// Creates a `Node`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    ///   - next: The `next` value.
    ///   - children: The `children` value.
    public init(
        value: Swift.String,
        next: Node? = nil,
        children: [Node]? = nil,
    ) {
        self.value = value
        self._next = GeneratedClientRuntime.Indirect(wrappedValue: next)
        self.children = children
    }
}

