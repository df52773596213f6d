import OpenAPIReading

/// A use of a type in generated code (a property, a parameter, a payload), before it is spelled in Swift.
package indirect enum TypeUsage: Hashable, Sendable {
    case string
    case int, int32, int64
    case double
    case bool
    case date
    /// base64 in JSON (`format: byte`), raw bytes in a binary body (`format: binary`).
    case data
    /// A file part of a multipart form (`format: binary` in a form body).
    case file
    /// Any JSON value: free-form schemas and `{}`.
    case json
    case named(DeclID)
    case array(TypeUsage)
    case dictionary(TypeUsage)
    case optional(TypeUsage)

    package var unwrapped: TypeUsage {
        if case .optional(let wrapped) = self { return wrapped }
        return self
    }

    package var isOptional: Bool {
        if case .optional = self { return true }
        return false
    }

    package var optional: TypeUsage { isOptional ? self : .optional(self) }
}

/// Identifies a declaration by the JSON pointer it was generated from.
package struct DeclID: Hashable, Comparable, Sendable, CustomStringConvertible {
    package var pointer: String
    package var description: String { pointer }
    package static func < (lhs: DeclID, rhs: DeclID) -> Bool { lhs.pointer < rhs.pointer }
}
