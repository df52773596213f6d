/// Turns schema nodes into `Schema`s, normalising OpenAPI 3.0 and 3.1 spellings and reporting what it
/// cannot represent.
package struct SchemaParser {
    package let diagnostics: Diagnostics
    package func parse(_ node: Node, pointer: String) -> Schema {
        switch node.value {
        case .bool(let allowsAll):
            return Schema(pointer: pointer, origin: node.origin, isNever: !allowsAll)
        case .object:
            return parseObject(node, pointer: pointer)
        default:
            diagnostics.emit(.warning("a schema must be an object or a boolean, found \(node.kindName); treated as free-form", at: node.origin, pointer: pointer))
            return Schema(pointer: pointer, origin: node.origin)
        }
    }

    private func parseObject(_ node: Node, pointer: String) -> Schema {
        var types: [String] = []
        var nullable = node["nullable"]?.bool == true
        switch node["type"]?.value {
        case .string(let type)?:
            if type == "null" { nullable = true } else { types = [type] }
        case .array(let list)?:
            for entry in list {
                // YAML may spell the null type as an unquoted null.
                if entry.isNull || entry.string == "null" { nullable = true } else if let type = entry.string { types.append(type) }
            }
        case nil:
            break
        default:
            diagnostics.emit(.warning("'type' must be a string or an array of strings", at: node.origin, pointer: pointer + "/type"))
        }
        let known: Set = ["string", "integer", "number", "boolean", "array", "object"]
        for type in types where !known.contains(type) {
            diagnostics.emit(.warning("unknown type '\(type)'; treated as free-form", at: node.origin, pointer: pointer + "/type"))
        }
        types = types.filter(known.contains)

        var enumValues: [Node]?
        if let list = node["enum"]?.elements {
            if list.contains(where: \.isNull) { nullable = true }
            enumValues = list.filter { !$0.isNull }
        }
        var examples = (node["examples"]?.elements ?? []).enumerated().map { (pointer: pointer + "/examples/\($0.offset)", value: $0.element) }
        if let example = node["example"] { examples.insert((pointer: pointer + "/example", value: example), at: 0) }

        let properties = (node["properties"]?.members ?? []).map { member in
            (name: member.key, schema: parse(member.value, pointer: pointer + "/properties/" + JSONPointer.escape(member.key)))
        }
        var additional: Schema.AdditionalProperties
        if let extra = node["additionalProperties"] {
            switch extra.value {
            case .bool(true): additional = .any
            case .bool(false): additional = .forbidden
            default:
                let schema = parse(extra, pointer: pointer + "/additionalProperties")
                additional = schema.isUnconstrained ? .any : .schema(schema)
            }
        } else {
            additional = .unspecified
        }

        // `patternProperties`: a dictionary whose keys match a pattern. One pattern alone gives its
        // values' type; several, or one beside `additionalProperties`, any JSON value. The doc
        // comment states the patterns.
        var description = node["description"]?.string
        if let patterns = node["patternProperties"]?.members, !patterns.isEmpty {
            let values = patterns.map { parse($0.value, pointer: pointer + "/patternProperties/" + JSONPointer.escape($0.key)) }
            switch additional {
            case .unspecified, .forbidden:
                additional = values.count == 1 && !values[0].isUnconstrained ? .schema(values[0]) : .any
            case .any, .schema:
                additional = .any
            }
            let note = "Keys match " + patterns.map { "`\($0.key)`" }.joined(separator: " or ") + "."
            description = description.map { $0 + "\n\n" + note } ?? note
        }

        var discriminator: Schema.Discriminator?
        if let discriminatorNode = node["discriminator"], let name = discriminatorNode["propertyName"]?.string {
            let mapping = (discriminatorNode["mapping"]?.members ?? []).compactMap { member in
                member.value.string.map { (value: member.key, ref: $0) }
            }
            discriminator = .init(propertyName: name, mapping: mapping)
        }

        for keyword in ["not", "if", "dependentSchemas", "unevaluatedProperties"] where node[keyword] != nil {
            diagnostics.emit(.warning("'\(keyword)' is not used for code generation; values are not checked against it", at: node[keyword]?.origin ?? node.origin, pointer: pointer + "/" + keyword))
        }

        return Schema(
            pointer: pointer,
            origin: node.origin,
            ref: node["$ref"]?.string,
            types: types,
            nullable: nullable,
            format: node["format"]?.string,
            title: node["title"]?.string,
            description: description,
            deprecated: node["deprecated"]?.bool == true,
            deprecationMessage: node["x-deprecation-message"]?.string,
            properties: properties,
            required: (node["required"]?.elements ?? []).compactMap(\.string),
            additionalProperties: additional,
            items: node["items"].map { parse($0, pointer: pointer + "/items") },
            prefixItems: list(node, "prefixItems", pointer),
            allOf: list(node, "allOf", pointer),
            oneOf: list(node, "oneOf", pointer),
            anyOf: list(node, "anyOf", pointer),
            enumValues: enumValues,
            constValue: node["const"],
            defaultValue: node["default"],
            examples: examples,
            discriminator: discriminator
        )
    }

    private func list(_ node: Node, _ keyword: String, _ pointer: String) -> [Schema] {
        guard let entries = node[keyword] else { return [] }
        guard let elements = entries.elements else {
            diagnostics.emit(.warning("'\(keyword)' must be an array; ignored", at: entries.origin, pointer: pointer + "/" + keyword))
            return []
        }
        return elements.enumerated().map { parse($0.element, pointer: pointer + "/\(keyword)/\($0.offset)") }
    }
}
