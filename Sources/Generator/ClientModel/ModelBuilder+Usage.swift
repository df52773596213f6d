import OpenAPIReading

extension ModelBuilder {
    /// The type a schema has where it is used, declaring nested types for inline objects, enums and unions.
    func usage(_ schema: Schema, name: NameSource, parent: DeclID?, ignoringNullability: Bool = false) throws(Diagnostic) -> TypeUsage {
        let base = try nonOptionalUsage(schema, name: name, parent: parent)
        if ignoringNullability { return base }
        return try isNullable(schema) ? base.optional : base
    }

    func isNullable(_ schema: Schema) throws(Diagnostic) -> Bool {
        try schemas.isNullable(schema)
    }

    private func nonOptionalUsage(_ schema: Schema, name: NameSource, parent: DeclID?) throws(Diagnostic) -> TypeUsage {
        if schema.isNever {
            warnUnmapped("schema 'false' allows no value; mapped to a JSON value", schema)
            return .json
        }
        if let ref = schema.ref {
            let referenced = try schemas.resolve(ref, from: schema)
            if JSONPointer.componentSchemaName(referenced.pointer) != nil {
                return .named(DeclID(pointer: referenced.pointer))
            }
            // A $ref into some other part of the document becomes a top-level type of its own.
            let last = JSONPointer.unescape(String(referenced.pointer.split(separator: "/").last ?? "Schema"))
            return .named(try declare(referenced, name: .given(last), parent: nil))
        }
        switch try classify(schema) {
        case .union, .structure, .stringEnum, .tuple:
            return .named(try declare(schema, name: name, parent: parent))
        case .other:
            break
        }
        if let only = schemas.alternatives(of: schema).first {
            return try usage(only, name: name, parent: parent, ignoringNullability: true)
        }
        if let only = try schemas.allOfValueMember(of: schema) {
            return try usage(only, name: name, parent: parent, ignoringNullability: true)
        }
        return try primitiveUsage(schema, name: name, parent: parent)
    }

    private func primitiveUsage(_ schema: Schema, name: NameSource, parent: DeclID?) throws(Diagnostic) -> TypeUsage {
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
            return .array(try usage(items, name: .item(of: name), parent: parent))
        case "object":
            switch schema.additionalProperties {
            case .schema(let values): return .dictionary(try usage(values, name: .value(of: name), parent: parent))
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
        let merged = try schemas.mergedObject(of: schema)
        for member in merged.nonObjectMembers {
            warnUnmapped("allOf member is not an object; it does not add properties", member)
        }
        var properties: [Property] = []
        for (name, propertySchema) in merged.properties {
            let isRequired = merged.required.contains(name)
            let target = try schemas.target(of: propertySchema)
            var type: TypeUsage
            var constant: String?
            // A property fixed to one value (a union tag) is a plain string the initialiser fills in.
            let nullable = try isNullable(propertySchema)
            if propertySchema.ref == nil, let value = target.singleStringValue {
                type = nullable ? .optional(.string) : .string
                constant = isRequired && !nullable ? value : nil
            } else {
                type = try usage(propertySchema, name: .given(name), parent: id)
            }
            if !isRequired { type = type.optional }
            properties.append(Property(jsonName: name, type: type, required: isRequired, documentation: documentation(propertySchema), constant: constant, pointer: propertySchema.pointer))
        }
        // A required key the schema names but does not describe (box's `lock.type`) must still be
        // sent and kept: a free-form property.
        for name in merged.required.sorted() where !merged.properties.contains(where: { $0.name == name }) {
            properties.append(Property(jsonName: name, type: .json, required: true, documentation: Documentation(), pointer: schema.pointer + "/required"))
        }
        properties += try composedParts(of: schema, unionMembers: merged.unionMembers, id: id)
        var additional: TypeUsage?
        switch merged.additionalProperties {
        case .schema(let values) where !properties.isEmpty:
            additional = try usage(values, name: .additionalProperty, parent: id)
        case .any where !properties.isEmpty:
            additional = .json
        default:
            break
        }
        return Structure(properties: properties, additionalProperties: additional)
    }

    /// The unions an object is also made of: `allOf` members that are a `oneOf`/`anyOf`, and a
    /// `oneOf`/`anyOf` written beside the object's own `properties`. Each is a property read from the
    /// whole object.
    private func composedParts(of schema: Schema, unionMembers: [Schema], id: DeclID) throws(Diagnostic) -> [Property] {
        var parts: [(name: String, schema: Schema)] = unionMembers.map { member in
            (JSONPointer.componentSchemaName(member.pointer) ?? (member.oneOf.isEmpty ? "anyOf" : "oneOf"), member)
        }
        let target = try schemas.target(of: schema)
        if schemas.alternatives(of: target).count > 1 {
            let keyword = target.oneOf.isEmpty ? "anyOf" : "oneOf"
            parts.append((keyword, target.unionPart(pointer: target.pointer + "/" + keyword)))
        }
        var properties: [Property] = []
        for (name, part) in parts {
            let type: TypeUsage = JSONPointer.componentSchemaName(part.pointer) != nil
                ? .named(DeclID(pointer: part.pointer)) : .named(try declare(part, name: .given(name), parent: id))
            properties.append(Property(jsonName: name, type: type, required: true, documentation: documentation(part), pointer: part.pointer, isComposed: true))
        }
        return properties
    }

    /// Structures and unions a client decodes from responses (a success body or a stream event) read
    /// tolerantly: a required value the server left out becomes a reported placeholder, and a union
    /// value no variant accepts is kept as `.unknown`. Types only ever sent keep strict decoding.
    func markDecodedFromResponses(_ types: inout [TypeDecl]) {
        for index in types.indices where schemas.reach(types[index].id.pointer).contains(.received) {
            switch types[index].kind {
            case .structure(var structure):
                structure.decodedFromResponses = true
                types[index].kind = .structure(structure)
            case .union(var union):
                union.hasUnknownCase = true
                types[index].kind = .union(union)
            case .alias, .stringEnum, .tuple:
                break
            }
        }
    }
}
