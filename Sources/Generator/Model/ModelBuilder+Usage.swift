extension ModelBuilder {
    /// The type a schema has where it is used, declaring nested types for inline objects, enums and unions.
    func usage(_ schema: Schema, hint: String, parent: DeclID?, ignoringNullability: Bool = false) throws(Diagnostic) -> TypeUsage {
        let base = try nonOptionalUsage(schema, hint: hint, parent: parent)
        if ignoringNullability { return base }
        return try isNullable(schema) ? base.optional : base
    }

    /// Null is allowed by the schema itself, a `oneOf`/`anyOf` null branch, or the component it refers to.
    func isNullable(_ schema: Schema) throws(Diagnostic) -> Bool {
        if schema.nullable { return true }
        let alternatives = schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf
        if alternatives.contains(where: \.isNullOnly) { return true }
        if schema.ref != nil { return try target(of: schema).nullable }
        return false
    }

    private func nonOptionalUsage(_ schema: Schema, hint: String, parent: DeclID?) throws(Diagnostic) -> TypeUsage {
        if schema.isNever {
            warnUnmapped("schema 'false' allows no value; mapped to a JSON value", schema)
            return .json
        }
        if let ref = schema.ref {
            let referenced = try resolve(ref, from: schema)
            if referenced.pointer.hasPrefix("/components/schemas/"), referenced.pointer.split(separator: "/").count == 3 {
                return .named(DeclID(pointer: referenced.pointer))
            }
            // A $ref into some other part of the document becomes a top-level type of its own.
            let name = JSONPointer.unescape(String(referenced.pointer.split(separator: "/").last ?? "Schema"))
            return .named(try declare(referenced, hint: name, parent: nil))
        }
        switch try classify(schema) {
        case .union, .structure, .stringEnum:
            return .named(try declare(schema, hint: hint, parent: parent))
        case .other:
            break
        }
        let alternatives = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !$0.isNullOnly }
        if let only = alternatives.first {
            return try usage(only, hint: hint, parent: parent, ignoringNullability: true)
        }
        if schema.allOf.count == 1, let only = schema.allOf.first {
            return try usage(only, hint: hint, parent: parent, ignoringNullability: true)
        }
        return try primitiveUsage(schema, hint: hint, parent: parent)
    }

    private func primitiveUsage(_ schema: Schema, hint: String, parent: DeclID?) throws(Diagnostic) -> TypeUsage {
        let type = schema.types.first ?? inferredType(schema)
        switch type {
        case "string":
            switch schema.format {
            case "date-time": return .date
            case "byte", "binary": return .data
            default: return .string
            }
        case "integer":
            switch schema.format {
            case "int32": return .int32
            case "int64": return .int64
            default: return .int
            }
        case "number": return .double
        case "boolean": return .bool
        case "array":
            guard let items = schema.items else { return .array(.json) }
            return .array(try usage(items, hint: hint + "Item", parent: parent))
        case "object":
            switch schema.additionalProperties {
            case .schema(let values): return .dictionary(try usage(values, hint: hint + "Value", parent: parent))
            default: return .dictionary(.json)
            }
        default:
            return .json
        }
    }

    /// The type implied by type-specific keywords when `type` is missing.
    private func inferredType(_ schema: Schema) -> String? {
        if schema.items != nil { return "array" }
        if case .schema = schema.additionalProperties { return "object" }
        if let first = schema.enumValues?.first ?? schema.constValue {
            switch first.value {
            case .string: return "string"
            case .bool: return "boolean"
            case .number(let text): return text.contains(where: { $0 == "." || $0 == "e" || $0 == "E" }) ? "number" : "integer"
            default: return nil
            }
        }
        return nil
    }

    // MARK: Structures

    func buildStructure(_ schema: Schema, id: DeclID) throws(Diagnostic) -> Structure {
        var collected: [(name: String, schema: Schema)] = []
        var required: Set<String> = []
        var additional: Schema.AdditionalProperties = schema.additionalProperties
        var visiting: Set<String> = []
        try collectProperties(schema, into: &collected, required: &required, additional: &additional, visiting: &visiting)
        var properties: [Property] = []
        for (name, propertySchema) in collected {
            let isRequired = required.contains(name)
            let target = try target(of: propertySchema)
            var type: TypeUsage
            var constant: String?
            // A property fixed to one value (a union tag) is a plain string the initialiser fills in.
            let nullable = try isNullable(propertySchema)
            if propertySchema.ref == nil, let value = target.singleStringValue {
                type = nullable ? .optional(.string) : .string
                constant = isRequired && !nullable ? value : nil
            } else {
                type = try usage(propertySchema, hint: name, parent: id)
            }
            if !isRequired { type = type.optional }
            properties.append(Property(jsonName: name, type: type, required: isRequired, documentation: documentation(propertySchema), constant: constant, pointer: propertySchema.pointer))
        }
        if case .schema(let values) = additional {
            warnUnmapped("additionalProperties beside named properties is not generated; extra keys are ignored when decoding", values)
        }
        return Structure(properties: properties)
    }

    /// Gathers properties from the schema and everything it `allOf`-includes, in order; later
    /// definitions of a property replace earlier ones in place.
    private func collectProperties(
        _ schema: Schema, into properties: inout [(name: String, schema: Schema)], required: inout Set<String>,
        additional: inout Schema.AdditionalProperties, visiting: inout Set<String>
    ) throws(Diagnostic) {
        guard visiting.insert(schema.pointer).inserted else {
            throw .error("allOf includes itself; the merged type would be infinite", at: schema.origin, pointer: schema.pointer)
        }
        defer { visiting.remove(schema.pointer) }
        for member in schema.allOf {
            let resolved = try target(of: member)
            let alternatives = resolved.oneOf.isEmpty ? resolved.anyOf : resolved.oneOf
            if alternatives.filter({ !$0.isNullOnly }).count > 1 {
                warnUnmapped("a oneOf/anyOf inside allOf is not merged; its variants' properties are not generated", resolved)
                continue
            }
            if resolved.properties.isEmpty, resolved.allOf.isEmpty, !resolved.isUnconstrained, resolved.types != ["object"] {
                warnUnmapped("allOf member is not an object; it does not add properties", resolved)
                continue
            }
            if case .schema = resolved.additionalProperties { additional = resolved.additionalProperties }
            try collectProperties(resolved, into: &properties, required: &required, additional: &additional, visiting: &visiting)
        }
        for property in schema.properties {
            if let index = properties.firstIndex(where: { $0.name == property.name }) {
                properties[index] = property
            } else {
                properties.append(property)
            }
        }
        required.formUnion(schema.required)
    }
}
