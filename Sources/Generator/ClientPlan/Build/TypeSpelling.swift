import ClientModel
import OpenAPIReading

/// Spells a `TypeUsage` as Swift source. Standard library and Foundation types are qualified so a
/// schema named `String` or `Date` cannot shadow them.
package struct TypeSpelling {
    package let names: NameTable
    package static let runtimeModule = "GeneratedClientRuntime"

    package func spell(_ usage: TypeUsage) -> String {
        switch usage {
        case .string: "Swift.String"
        case .int: "Swift.Int"
        case .int32: "Swift.Int32"
        case .int64: "Swift.Int64"
        case .double: "Swift.Double"
        case .bool: "Swift.Bool"
        case .date: "Foundation.Date"
        case .data: "Foundation.Data"
        case .file: Self.runtimeModule + ".FileUpload"
        case .json: Self.runtimeModule + ".JSONValue"
        case .named(let id): names[type: id].qualified
        case .array(let element): "[" + spell(element) + "]"
        case .dictionary(let value): "[Swift.String: " + spell(value) + "]"
        case .optional(let wrapped): spell(wrapped) + "?"
        }
    }

    /// A Swift string literal for `text`.
    /// Security requirements as `GeneratedClientRuntime.SecurityScheme` alternatives: `[[.bearer], [.apiKey(name: "k", in: .query)]]`.
    package static func securityLiteral(_ requirements: [[SecurityScheme]]) -> String {
        "[" + requirements.map { schemes in
            "[" + schemes.map { scheme in
                switch scheme {
                case .bearer: ".bearer"
                case .basic: ".basic"
                case .apiKey(let name, let location): ".apiKey(name: \(literal(name)), in: .\(location))"
                }
            }.joined(separator: ", ") + "]"
        }.joined(separator: ", ") + "]"
    }

    /// `["a", "b"]`.
    package static func arrayLiteral(_ texts: [String]) -> String {
        "[" + texts.map(literal).joined(separator: ", ") + "]"
    }

    package static func literal(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where scalar.value < 0x20: result += "\\u{\(String(scalar.value, radix: 16))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
