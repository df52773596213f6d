// FILE: Types/APIClient.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/APIClient`.
public struct APIClient: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/APIClient/properties/client`.
    public var client: Swift.String?

    /// Creates an `APIClient`.
    ///
    /// - Parameters:
    ///   - client: The `client` value.
    public init(
        client: Swift.String? = nil,
    ) {
        self.client = client
    }
}

// FILE: Types/Data.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Data`.
public struct Data: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Data/properties/date`.
    public var date: Date?
    /// - Remark: Generated from `#/components/schemas/Data/properties/url`.
    public var url: URL?
    /// - Remark: Generated from `#/components/schemas/Data/properties/payload`.
    public var payload: Foundation.Data?

    /// Creates a `Data`.
    ///
    /// - Parameters:
    ///   - date: The `date` value.
    ///   - url: The `url` value.
    ///   - payload: The `payload` value.
    public init(
        date: Date? = nil,
        url: URL? = nil,
        payload: Foundation.Data? = nil,
    ) {
        self.date = date
        self.url = url
        self.payload = payload
    }
}

// FILE: Types/Date.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Date`.
public struct Date: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Date/properties/when`.
    public var when: Foundation.Date?

    /// Creates a `Date`.
    ///
    /// - Parameters:
    ///   - when: The `when` value.
    public init(
        when: Foundation.Date? = nil,
    ) {
        self.when = when
    }
}

// FILE: Types/Decoder2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Decoder`.
public struct Decoder2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Decoder/properties/codingPath`.
    public var codingPath: Swift.String?

    /// Creates a `Decoder2`.
    ///
    /// - Parameters:
    ///   - codingPath: The `codingPath` value.
    public init(
        codingPath: Swift.String? = nil,
    ) {
        self.codingPath = codingPath
    }
}

// FILE: Types/Error2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Error`.
public struct Error2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Error/properties/result`.
    public var result: Result?

    /// Creates an `Error2`.
    ///
    /// - Parameters:
    ///   - result: The `result` value.
    public init(
        result: Result? = nil,
    ) {
        self.result = result
    }
}

// FILE: Types/JSONValue.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/JSONValue`.
public struct JSONValue: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/JSONValue/properties/value`.
    public var value: Swift.String?

    /// Creates a `JSONValue`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    public init(
        value: Swift.String? = nil,
    ) {
        self.value = value
    }
}

// FILE: Types/Optional.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Optional`.
public struct Optional: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Optional/properties/some`.
    public var `some`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/Optional/properties/none`.
    public var none: Swift.String?

    /// Creates an `Optional`.
    ///
    /// - Parameters:
    ///   - some: The `some` value.
    ///   - none: The `none` value.
    public init(
        `some`: Swift.String? = nil,
        none: Swift.String? = nil,
    ) {
        self.`some` = `some`
        self.none = none
    }
}

// FILE: Types/PETType.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/PET_`.
public enum PET: GeneratedClientRuntime.OpenEnum {
    case a
    case a2
    case _1
    case empty
    case self_
    case value
    case value2
    /// A value this client does not know yet; decoding never fails because the server added one.
    case unknown(Swift.String)

    public init(rawValue: Swift.String) {
        switch rawValue {
        case "a": self = .a
        case "A": self = .a2
        case "1": self = ._1
        case "": self = .empty
        case "self": self = .self_
        case "-": self = .value
        case "+": self = .value2
        default: self = .unknown(rawValue)
        }
    }

    public var rawValue: Swift.String {
        switch self {
        case .a: "a"
        case .a2: "A"
        case ._1: "1"
        case .empty: ""
        case .self_: "self"
        case .value: "-"
        case .value2: "+"
        case .unknown(let value): value
        }
    }
}

// FILE: Types/Pet.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/pet`.
public struct Pet: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/pet/properties/name`.
    public var name: Swift.String?

    /// Creates a `Pet`.
    ///
    /// - Parameters:
    ///   - name: The `name` value.
    public init(
        name: Swift.String? = nil,
    ) {
        self.name = name
    }
}

// FILE: Types/Pet2.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Pet`.
public struct Pet2: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Pet/properties/friend`.
    public var friend: Pet?

    /// Creates a `Pet2`.
    ///
    /// - Parameters:
    ///   - friend: The `friend` value.
    public init(
        friend: Pet? = nil,
    ) {
        self.friend = friend
    }
}

// FILE: Types/Result.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Result`.
public enum Result: Swift.Codable, Swift.Hashable, Swift.Sendable {
    case string(Swift.String)
    case integer(Swift.Int)

    public init(from decoder: any Swift.Decoder) throws {
        switch try GeneratedClientRuntime.JSONShape(of: decoder) {
        case .string: self = .string(try Swift.String(from: decoder))
        case .integer: self = .integer(try Swift.Int(from: decoder))
        default: throw GeneratedClientRuntime.UnionCoding.noVariant(in: decoder, type: "Result")
        }
    }

    public func encode(to encoder: any Swift.Encoder) throws {
        switch self {
        case .string(let value):
            try value.encode(to: encoder)
        case .integer(let value):
            try value.encode(to: encoder)
        }
    }
}

// FILE: Types/String.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
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
    /// - Remark: Generated from `#/components/schemas/String/properties/foo-bar`.
    public var fooBar3: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/FooBar`.
    public var fooBar4: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/größe`.
    public var größe: Swift.Int?
    /// - Remark: Generated from `#/components/schemas/String/properties/1st`.
    public var _1st: Swift.Bool?
    /// - Remark: Generated from `#/components/schemas/String/properties/type`.
    public var type: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/init`.
    public var init_: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/Type`.
    public var type2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/Self`.
    public var self_2: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/protocol`.
    public var `protocol`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/default`.
    public var `default`: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/`.
    public var value: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/$ref`.
    public var ref: Swift.String?
    /// - Remark: Generated from `#/components/schemas/String/properties/additionalProperties`.
    public var additionalProperties: Swift.String?

    /// Creates a `String`.
    ///
    /// - Parameters:
    ///   - self_: The `self` value.
    ///   - class: The `class` value.
    ///   - fooBar: The `foo_bar` value.
    ///   - fooBar2: The `fooBar` value.
    ///   - fooBar3: The `foo-bar` value.
    ///   - fooBar4: The `FooBar` value.
    ///   - größe: The `größe` value.
    ///   - _1st: The `1st` value.
    ///   - type: The `type` value.
    ///   - init_: The `init` value.
    ///   - type2: The `Type` value.
    ///   - self_2: The `Self` value.
    ///   - protocol: The `protocol` value.
    ///   - default: The `default` value.
    ///   - value: The `` value.
    ///   - ref: The `$ref` value.
    ///   - additionalProperties: The `additionalProperties` value.
    public init(
        self_: Swift.String? = nil,
        `class`: Swift.String? = nil,
        fooBar: Swift.String? = nil,
        fooBar2: Swift.String? = nil,
        fooBar3: Swift.String? = nil,
        fooBar4: Swift.String? = nil,
        größe: Swift.Int? = nil,
        _1st: Swift.Bool? = nil,
        type: Swift.String? = nil,
        init_: Swift.String? = nil,
        type2: Swift.String? = nil,
        self_2: Swift.String? = nil,
        `protocol`: Swift.String? = nil,
        `default`: Swift.String? = nil,
        value: Swift.String? = nil,
        ref: Swift.String? = nil,
        additionalProperties: Swift.String? = nil,
    ) {
        self.self_ = self_
        self.`class` = `class`
        self.fooBar = fooBar
        self.fooBar2 = fooBar2
        self.fooBar3 = fooBar3
        self.fooBar4 = fooBar4
        self.größe = größe
        self._1st = _1st
        self.type = type
        self.init_ = init_
        self.type2 = type2
        self.self_2 = self_2
        self.`protocol` = `protocol`
        self.`default` = `default`
        self.value = value
        self.ref = ref
        self.additionalProperties = additionalProperties
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case self_ = "self"
        case `class`
        case fooBar = "foo_bar"
        case fooBar2 = "fooBar"
        case fooBar3 = "foo-bar"
        case fooBar4 = "FooBar"
        case größe
        case _1st = "1st"
        case type
        case init_ = "init"
        case type2 = "Type"
        case self_2 = "Self"
        case `protocol`
        case `default`
        case value = ""
        case ref = "$ref"
        case additionalProperties
    }
}

// FILE: Types/Type_.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/Type`.
public struct Type_: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/Type/properties/value`.
    public var value: String?

    /// Creates a `Type_`.
    ///
    /// - Parameters:
    ///   - value: The `value` value.
    public init(
        value: String? = nil,
    ) {
        self.value = value
    }
}

// FILE: Types/URL.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/URL`.
public typealias URL = Swift.String

// FILE: Types/_3DModel.swift
// Generated from an OpenAPI document by the generator. Do not edit by hand.
import GeneratedClientRuntime
import Foundation

/// - Remark: Generated from `#/components/schemas/3DModel`.
public struct _3DModel: Swift.Codable, Swift.Hashable, Swift.Sendable {
    /// - Remark: Generated from `#/components/schemas/3DModel/properties/2x`.
    public var _2x: Swift.Double?

    /// Creates a `_3DModel`.
    ///
    /// - Parameters:
    ///   - _2x: The `2x` value.
    public init(
        _2x: Swift.Double? = nil,
    ) {
        self._2x = _2x
    }

    enum CodingKeys: Swift.String, Swift.CodingKey {
        case _2x = "2x"
    }
}

