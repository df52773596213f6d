import ClientModel
import OpenAPIReading

/// Spells where a name comes from as the spec-side text it stands for, before `SwiftIdentifier`
/// makes it a Swift name: `.item(of: .given("tools"))` is `toolsItem`.
struct NameSourceText {
    let declarations: [DeclID: TypeDecl]

    func text(_ source: NameSource) -> String {
        switch source {
        case .given(let name): name
        case .item(let of): text(of) + "Item"
        case .value(let of): text(of) + "Value"
        case .parameter(let operationID, let name): operationID + "_" + name
        case .requestBody(let operationID): operationID + "Request"
        case .response(let operationID): operationID + "Response"
        case .event(let operationID): operationID + "Event"
        case .additionalProperty: "AdditionalProperty"
        case .example: "Example"
        case .variant(let position): position.map { "variant\($0)" } ?? "variant"
        case .typeOf(let type, let fallback): typeText(type, fallback: fallback)
        }
    }

    /// `string`, `integer`, a named type's own name; arrays in the plural (`contentParts`, and
    /// `integersArray` for arrays of arrays); `fallback` for any JSON value.
    private func typeText(_ type: TypeUsage, fallback: NameSource) -> String {
        if case .json = type { return text(fallback) }
        switch type.unwrapped {
        case .string: return "string"
        case .int, .int32, .int64: return "integer"
        case .double: return "number"
        case .bool: return "bool"
        case .date: return "date"
        case .data: return "data"
        case .file: return "file"
        case .json: return "value"
        case .dictionary: return "dictionary"
        case .named(let id):
            guard let decl = declarations[id] else { preconditionFailure("a variant's type at \(id.pointer) has no declaration") }
            return text(decl.nameSource)
        case .array(let element):
            let name = typeText(element, fallback: fallback)
            return name.hasSuffix("s") ? name + "Array" : name + "s"
        case .optional(let wrapped): return typeText(wrapped, fallback: fallback)
        }
    }
}
