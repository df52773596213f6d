extension SpecDiffer {
    /// Compares two schemas found at the same place, recursing into properties, items and variants.
    func compareSchemas(
        _ oldSchema: Schema, _ newSchema: Schema, location: String, direction: Direction, typeKind: String,
        visited: inout Set<String>, into report: inout Report
    ) {
        let before = oldSchemas.unwrapped(oldSchema)
        let after = newSchemas.unwrapped(newSchema)
        guard visited.insert(before.pointer + "|" + after.pointer).inserted else { return }
        let isRequest = direction == .request
        let wasNullable = oldSchemas.isNullable(oldSchema)
        let isNullable = newSchemas.isNullable(newSchema)
        if isNullable, !wasNullable {
            report.add("became-nullable", !isRequest, location, "now allows null", after.pointer)
        } else if wasNullable, !isNullable {
            report.add("became-non-nullable", isRequest, location, "no longer allows null", after.pointer)
        }
        if let change = typeChange(before, after) {
            report.add(typeKind, true, location, change, after.pointer)
            return
        }
        compareEnums(before, after, location: location, into: &report)
        compareVariants(before, after, location: location, direction: direction, typeKind: typeKind, visited: &visited, into: &report)
        compareProperties(before, after, location: location, direction: direction, visited: &visited, into: &report)
        if let oldItems = before.items, let newItems = after.items {
            compareSchemas(oldItems, newItems, location: location + "[]", direction: direction, typeKind: "type-changed", visited: &visited, into: &report)
        }
    }

    /// `string` → `integer`, `int32` → `int64`: the JSON type or format changed.
    private func typeChange(_ old: Schema, _ new: Schema) -> String? {
        let oldTypes = Set(old.types)
        let newTypes = Set(new.types)
        if !oldTypes.isEmpty, !newTypes.isEmpty, oldTypes != newTypes {
            return "type changed from \(old.types.joined(separator: "|")) to \(new.types.joined(separator: "|"))"
        }
        if (old.format ?? "") != (new.format ?? ""), !(oldTypes.isEmpty && newTypes.isEmpty) {
            return "format changed from \(old.format ?? "none") to \(new.format ?? "none")"
        }
        return nil
    }

    private func compareEnums(_ old: Schema, _ new: Schema, location: String, into report: inout Report) {
        guard let oldValues = old.enumValues?.map(JSONText.compact), let newValues = new.enumValues?.map(JSONText.compact) else { return }
        for value in newValues where !oldValues.contains(value) {
            report.add("enum-value-added", false, location, "new value \(value)", new.pointer)
        }
        for value in oldValues where !newValues.contains(value) {
            report.add("enum-value-removed", true, location, "value \(value) was removed", new.pointer)
        }
    }

    private func compareVariants(
        _ old: Schema, _ new: Schema, location: String, direction: Direction, typeKind: String,
        visited: inout Set<String>, into report: inout Report
    ) {
        func variants(_ schema: Schema) -> [(id: String, schema: Schema)] {
            let list = (schema.oneOf.isEmpty ? schema.anyOf : schema.oneOf).filter { !$0.isNullOnly }
            return list.enumerated().map { offset, variant in
                (variant.ref.map { String($0.split(separator: "/").last ?? "") } ?? "#\(offset)", variant)
            }
        }
        let oldVariants = variants(old)
        let newVariants = variants(new)
        for variant in newVariants where !oldVariants.contains(where: { $0.id == variant.id }) {
            report.add("variant-added", false, location + "." + variant.id, "new variant \(variant.id)", variant.schema.pointer)
        }
        for variant in oldVariants {
            guard let match = newVariants.first(where: { $0.id == variant.id }) else {
                report.add("variant-removed", true, location + "." + variant.id, "variant \(variant.id) was removed", variant.schema.pointer)
                continue
            }
            compareSchemas(variant.schema, match.schema, location: location, direction: direction, typeKind: typeKind, visited: &visited, into: &report)
        }
    }

    private func compareProperties(
        _ old: Schema, _ new: Schema, location: String, direction: Direction, visited: inout Set<String>, into report: inout Report
    ) {
        let (oldProperties, oldRequired) = oldSchemas.properties(of: old)
        let (newProperties, newRequired) = newSchemas.properties(of: new)
        let isRequest = direction == .request
        // `schema Name` locations separate the first property with a space: `schema Tag id`.
        let separator = location.hasPrefix("schema ") && !location.contains(".") && !location.contains("[") ? " " : "."
        for (name, schema) in newProperties where !oldProperties.contains(where: { $0.name == name }) {
            let path = location + separator + name
            if !isRequest {
                report.add("response-property-added", false, path, "new property \(name)", schema.pointer)
            } else if newRequired.contains(name) {
                report.add("request-property-added-required", true, path, "new required property \(name)", schema.pointer)
            } else {
                report.add("request-property-added-optional", false, path, "new optional property \(name)", schema.pointer)
            }
        }
        for (name, schema) in oldProperties {
            let path = location + separator + name
            guard let updated = newProperties.first(where: { $0.name == name })?.schema else {
                report.add(isRequest ? "request-property-removed" : "response-property-removed", true, path, "property \(name) was removed", schema.pointer)
                continue
            }
            let wasRequired = oldRequired.contains(name)
            let isRequired = newRequired.contains(name)
            if isRequired, !wasRequired {
                report.add(isRequest ? "request-property-became-required" : "response-property-became-required", isRequest, path, "\(name) is now required", updated.pointer)
            } else if wasRequired, !isRequired {
                report.add(isRequest ? "request-property-became-optional" : "response-property-became-optional", !isRequest, path, "\(name) is now optional", updated.pointer)
            }
            compareSchemas(schema, updated, location: path, direction: direction, typeKind: "type-changed", visited: &visited, into: &report)
        }
    }
}

/// Resolves `$ref`s and merges `allOf` properties within one document, for the differ.
final class SchemaLookup {
    private let document: OpenAPIDocument
    private let parser: SchemaParser
    private var cache: [String: Schema] = [:]

    init(document: OpenAPIDocument, diagnostics: Diagnostics) {
        self.document = document
        self.parser = SchemaParser(diagnostics: diagnostics)
        for (_, schema) in document.schemas { cache[schema.pointer] = schema }
    }

    /// The schema a `$ref` chain ends at; the schema itself when the chain is broken or cyclic.
    func target(_ schema: Schema) -> Schema {
        var current = schema
        var seen: Set<String> = []
        while let ref = current.ref, ref.hasPrefix("#"), seen.insert(ref).inserted {
            let pointer = String(ref.dropFirst())
            if let known = cache[pointer] {
                current = known
            } else if let node = DocumentReader.resolveLocal(ref, in: document.root) {
                let parsed = parser.parse(node, pointer: pointer)
                cache[pointer] = parsed
                current = parsed
            } else {
                break
            }
        }
        return current
    }

    /// The schema that says something: `$ref`s followed, and a `oneOf: [{type: null}, X]` or
    /// `allOf: [X]` wrapper replaced by `X`.
    func unwrapped(_ schema: Schema, depth: Int = 0) -> Schema {
        let resolved = target(schema)
        guard depth < 16, resolved.properties.isEmpty, resolved.types.isEmpty else { return resolved }
        let all = resolved.oneOf.isEmpty ? resolved.anyOf : resolved.oneOf
        let alternatives = all.filter { !$0.isNullOnly }
        // Only a nullable wrapper is looked through; a one-variant union stays a union.
        if alternatives.count == 1, all.count > 1, resolved.allOf.isEmpty { return unwrapped(alternatives[0], depth: depth + 1) }
        if resolved.allOf.count == 1, alternatives.isEmpty { return unwrapped(resolved.allOf[0], depth: depth + 1) }
        return resolved
    }

    func isNullable(_ schema: Schema) -> Bool {
        let resolved = target(schema)
        if schema.nullable || resolved.nullable { return true }
        return (resolved.oneOf + resolved.anyOf + schema.oneOf + schema.anyOf).contains(where: \.isNullOnly)
    }

    /// Properties (own and through `allOf`) and the required names.
    func properties(of schema: Schema, depth: Int = 0) -> ([(name: String, schema: Schema)], Set<String>) {
        let resolved = target(schema)
        var properties: [(name: String, schema: Schema)] = []
        var required = Set(resolved.required)
        if depth < 16 {
            for member in resolved.allOf {
                let (inherited, inheritedRequired) = self.properties(of: member, depth: depth + 1)
                for property in inherited where !properties.contains(where: { $0.name == property.name }) { properties.append(property) }
                required.formUnion(inheritedRequired)
            }
        }
        for property in resolved.properties {
            properties.removeAll { $0.name == property.name }
            properties.append(property)
        }
        return (properties, required)
    }
}
