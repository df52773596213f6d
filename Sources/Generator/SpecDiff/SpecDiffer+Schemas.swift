import OpenAPIReading

extension SpecDiffer {
    /// Compares two schemas found at the same place, recursing into properties, items and variants.
    package func compareSchemas(
        _ oldSchema: Schema, _ newSchema: Schema, location: String, direction: Direction, typeKind: String,
        visited: inout Set<String>, into report: inout Report
    ) throws(Diagnostic) {
        let before = try oldSchemas.unwrapped(oldSchema)
        let after = try newSchemas.unwrapped(newSchema)
        guard visited.insert(before.pointer + "|" + after.pointer).inserted else { return }
        // A named schema becomes an inline one or another named one: the Swift type is renamed.
        let oldName = JSONPointer.componentSchemaName(before.pointer)
        let newName = JSONPointer.componentSchemaName(after.pointer)
        if oldName != newName {
            let describe = { (name: String?) in name.map { "`\($0)`" } ?? "an inline schema" }
            report.add("type-renamed", true, location, "the Swift type changes: \(describe(oldName)) became \(describe(newName))", after.pointer)
        }
        let isRequest = direction == .request
        let wasNullable = try oldSchemas.isNullable(oldSchema)
        let isNullable = try newSchemas.isNullable(newSchema)
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
        try compareVariants(before, after, location: location, direction: direction, typeKind: typeKind, visited: &visited, into: &report)
        try compareProperties(before, after, location: location, direction: direction, visited: &visited, into: &report)
        if let oldItems = before.items, let newItems = after.items {
            try compareSchemas(oldItems, newItems, location: location + "[]", direction: direction, typeKind: "type-changed", visited: &visited, into: &report)
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
    ) throws(Diagnostic) {
        // A variant is known by its schema's name, else by the one value it fixes its tag to (an
        // inline event `{type: {enum: [response.created]}}` is `response.created`), else by position.
        func variants(_ schema: Schema, in index: SchemaIndex) -> [(id: String, schema: Schema)] {
            index.alternatives(of: schema).enumerated().map { offset, variant in
                (variant.ref.map { String($0.split(separator: "/").last ?? "") } ?? Self.tagValue(of: variant) ?? "#\(offset)", variant)
            }
        }
        let oldVariants = variants(old, in: oldSchemas)
        let newVariants = variants(new, in: newSchemas)
        for variant in newVariants where !oldVariants.contains(where: { $0.id == variant.id }) {
            report.add("variant-added", false, location + "." + variant.id, "new variant \(variant.id)", variant.schema.pointer)
        }
        for variant in oldVariants {
            guard let match = newVariants.first(where: { $0.id == variant.id }) else {
                report.add("variant-removed", true, location + "." + variant.id, "variant \(variant.id) was removed", variant.schema.pointer)
                continue
            }
            try compareSchemas(variant.schema, match.schema, location: location, direction: direction, typeKind: typeKind, visited: &visited, into: &report)
        }
    }

    /// The single string a variant's required property is fixed to (`const` or a one-value `enum`).
    package static func tagValue(of variant: Schema) -> String? {
        for (name, property) in variant.properties where variant.required.contains(name) {
            if let value = property.constValue?.string { return value }
            if let values = property.enumValues, values.count == 1, let value = values[0].string { return value }
        }
        return nil
    }

    private func compareProperties(
        _ old: Schema, _ new: Schema, location: String, direction: Direction, visited: inout Set<String>, into report: inout Report
    ) throws(Diagnostic) {
        let oldObject = try oldSchemas.mergedObject(of: old)
        let newObject = try newSchemas.mergedObject(of: new)
        let (oldProperties, oldRequired) = (oldObject.properties, oldObject.required)
        let (newProperties, newRequired) = (newObject.properties, newObject.required)
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
        // The memberwise initialiser takes the properties in order: a new order breaks its callers.
        let oldOrder = oldProperties.map(\.name).filter { name in newProperties.contains { $0.name == name } }
        let newOrder = newProperties.map(\.name).filter { name in oldProperties.contains { $0.name == name } }
        if oldOrder != newOrder {
            report.add("property-order-changed", true, location, "properties reordered (\(oldOrder.joined(separator: ", ")) → \(newOrder.joined(separator: ", "))): the initialiser's arguments follow", new.pointer)
        }
        for (name, schema) in oldProperties {
            let path = location + separator + name
            guard let updated = newProperties.first(where: { $0.name == name })?.schema else {
                report.add(isRequest ? "request-property-removed" : "response-property-removed", true, path, "property \(name) was removed", schema.pointer)
                continue
            }
            if updated.deprecated, !schema.deprecated {
                let reason = updated.deprecationMessage.map { ": \($0)" } ?? ""
                report.add("property-deprecated", false, path, "\(name) is now deprecated\(reason)", updated.pointer)
            }
            let wasRequired = oldRequired.contains(name)
            let isRequired = newRequired.contains(name)
            if isRequired, !wasRequired {
                report.add(isRequest ? "request-property-became-required" : "response-property-became-required", isRequest, path, "\(name) is now required", updated.pointer)
            } else if wasRequired, !isRequired {
                report.add(isRequest ? "request-property-became-optional" : "response-property-became-optional", !isRequest, path, "\(name) is now optional", updated.pointer)
            }
            try compareSchemas(schema, updated, location: path, direction: direction, typeKind: "type-changed", visited: &visited, into: &report)
        }
    }
}
