import OpenAPIReading

extension ModelBuilder {
    /// Builds a `oneOf`/`anyOf` union, told apart by a tag property when the variants have one
    /// (an explicit `discriminator`, or a property each variant fixes to its own single value),
    /// and by JSON shape otherwise. Never by trial and error.
    func buildUnion(_ schema: Schema, variants: [Schema], id: DeclID) throws(Diagnostic) -> Union {
        if let discriminator = schema.discriminator {
            return try discriminatedUnion(variants, discriminator: discriminator, id: id)
        }
        if let property = try implicitTag(of: variants) {
            var result: [Variant] = []
            // Objects without the tag go to the one variant whose tag is optional, if there is exactly one.
            var optionalTag: [Int] = []
            for (offset, variant) in variants.enumerated() {
                let object = try schemas.mergedObject(of: variant)
                if object.properties.contains(where: { $0.name == property }), !object.required.contains(property) { optionalTag.append(offset) }
            }
            var claimed: Set<String> = []
            for (offset, variant) in variants.enumerated() {
                let all = try tagValues(of: variant, property: property) ?? []
                let values = all.filter { claimed.insert($0).inserted }
                if values.count < all.count {
                    let shared = all.filter { !values.contains($0) }.map { "'\($0)'" }.joined(separator: ", ")
                    diagnostics.emit(.warning("\(property) \(shared) also selects an earlier variant; objects with it decode as that one", at: variant.origin, pointer: variant.pointer))
                }
                let name: NameSource = values.count == 1 ? .given(values[0]) : variant.title.map { .given($0) } ?? .variant(position: offset + 1)
                let type = try usage(variant, name: name, parent: id, ignoringNullability: true)
                var entry = Variant(nameSource: values.count == 1 ? name : variantName(type, variant, fallback: name), type: type, documentation: documentation(variant), tags: values)
                entry.matchesMissingTag = optionalTag == [offset]
                result.append(entry)
            }
            return Union(dispatch: .tag(property: property), variants: result, hasUnknownCase: true)
        }
        return try shapeUnion(schema, variants: variants, id: id)
    }

    private func discriminatedUnion(_ variants: [Schema], discriminator: Schema.Discriminator, id: DeclID) throws(Diagnostic) -> Union {
        var result: [Variant] = []
        for variant in variants {
            let target = try schemas.target(of: variant)
            var tags: [String] = []
            for entry in discriminator.mapping {
                let ref = entry.ref.hasPrefix("#") ? entry.ref : "#/components/schemas/" + entry.ref
                if try schemas.resolve(ref, from: variant).pointer == target.pointer { tags.append(entry.value) }
            }
            if tags.isEmpty, let values = try tagValues(of: variant, property: discriminator.propertyName) { tags = values }
            if tags.isEmpty, variant.ref != nil { tags = [JSONPointer.unescape(String(target.pointer.split(separator: "/").last ?? ""))] }
            let name: NameSource = tags.first.map { .given($0) } ?? .variant(position: nil)
            let type = try usage(variant, name: name, parent: id, ignoringNullability: true)
            result.append(Variant(nameSource: name, type: type, documentation: documentation(variant), tags: tags))
        }
        return Union(dispatch: .tag(property: discriminator.propertyName), variants: result, hasUnknownCase: true)
    }

    /// The property that tells the variants apart: every variant fixes it to its own string values
    /// (a `const`, an `enum`, or for a nested union the values of its variants). A property whose
    /// values never overlap is preferred; otherwise the first variant to claim a value keeps it, and
    /// the overlap is reported.
    private func implicitTag(of variants: [Schema]) throws(Diagnostic) -> String? {
        guard let first = variants.first else { return nil }
        var candidates = try objectProperties(of: first).map(\.name)
        if candidates.isEmpty, let nested = try nestedVariants(of: first)?.first {
            candidates = try objectProperties(of: nested).map(\.name)
        }
        var overlapping: String?
        for name in candidates {
            var seen: Set<String> = []
            var usable = true
            var disjoint = true
            for variant in variants {
                guard let values = try tagValues(of: variant, property: name), !values.isEmpty else {
                    usable = false
                    break
                }
                for value in values where !seen.insert(value).inserted { disjoint = false }
            }
            if usable, disjoint { return name }
            if usable, overlapping == nil { overlapping = name }
        }
        return overlapping
    }

    private func tagValues(of variant: Schema, property: String, depth: Int = 0) throws(Diagnostic) -> [String]? {
        if let schema = try objectProperties(of: variant).first(where: { $0.name == property })?.schema {
            let resolved = try schemas.target(of: schema)
            if let single = resolved.singleStringValue { return [single] }
            let strings = resolved.enumValues?.compactMap(\.string) ?? []
            return strings.isEmpty || strings.count != resolved.enumValues?.count ? nil : strings
        }
        guard depth < 8, let nested = try nestedVariants(of: variant) else { return nil }
        var values: [String] = []
        for child in nested {
            guard let childValues = try tagValues(of: child, property: property, depth: depth + 1) else { return nil }
            values += childValues
        }
        return values
    }

    /// The variants of a variant that is itself a union (directly, by `$ref`, or as a lone `allOf` member).
    private func nestedVariants(of schema: Schema) throws(Diagnostic) -> [Schema]? {
        var resolved = try schemas.target(of: schema)
        if let only = try schemas.allOfValueMember(of: resolved) { resolved = try schemas.target(of: only) }
        let alternatives = schemas.alternatives(of: resolved)
        return alternatives.count > 1 ? alternatives : nil
    }

    /// An object schema's properties including those it gets through `allOf`.
    func objectProperties(of schema: Schema) throws(Diagnostic) -> [(name: String, schema: Schema)] {
        try schemas.mergedObject(of: schema).properties
    }

    /// The JSON shapes a schema's values can have.
    func shapes(of schema: Schema, depth: Int = 0) throws(Diagnostic) -> Set<JSONShape> {
        let resolved = try schemas.target(of: schema)
        guard depth < 32 else { return Set(JSONShape.allCases) }
        let alternatives = schemas.alternatives(of: resolved)
        if !alternatives.isEmpty {
            var union: Set<JSONShape> = []
            for alternative in alternatives { union.formUnion(try shapes(of: alternative, depth: depth + 1)) }
            return union
        }
        if !resolved.properties.isEmpty || !resolved.allOf.isEmpty { return [.object] }
        if let values = resolved.enumValues, !values.isEmpty, values.allSatisfy({ $0.string != nil }) { return [.string] }
        if resolved.types.isEmpty {
            if resolved.items != nil { return [.array] }
            return resolved.isUnconstrained ? Set(JSONShape.allCases).subtracting([.null]) : [.object]
        }
        var result: Set<JSONShape> = []
        for type in resolved.types {
            switch type {
            case "string": result.insert(.string)
            case "integer": result.insert(.integer)
            case "number": result.formUnion([.number, .integer])
            case "boolean": result.insert(.bool)
            case "array": result.insert(.array)
            default: result.insert(.object)
            }
        }
        return result
    }

    private func shapeUnion(_ schema: Schema, variants: [Schema], id: DeclID) throws(Diagnostic) -> Union {
        var result: [Variant] = []
        var claims: [Set<JSONShape>] = []
        for (offset, variant) in variants.enumerated() {
            // An inline variant's type is named by its title when it has one.
            let position = NameSource.variant(position: offset + 1)
            let type = try usage(variant, name: variant.title.map { .given($0) } ?? position, parent: id, ignoringNullability: true)
            result.append(Variant(nameSource: variantName(type, variant, fallback: position), type: type, documentation: documentation(variant)))
            claims.append(try shapes(of: variant))
        }
        // A number variant accepts integers only when no variant is specifically an integer.
        let explicitInteger = claims.indices.filter { claims[$0].contains(.integer) && !claims[$0].contains(.number) }
        if !explicitInteger.isEmpty {
            for index in claims.indices where claims[index].contains(.number) { claims[index].remove(.integer) }
        }
        for shape in JSONShape.allCases {
            let claimants = claims.indices.filter { claims[$0].contains(shape) }
            guard let first = claimants.first else { continue }
            if claimants.count > 1, shape == .object, let keys = try distinguishingKeys(variants, claimants) {
                for (index, key) in zip(claimants, keys) {
                    result[index].shapes.append(shape)
                    result[index].distinguishingKey = key
                    // An inline object variant is best named by the key that identifies it.
                    if variants[index].title == nil, variants[index].ref == nil, case .named(let nested) = result[index].type {
                        result[index].nameSource = .given(key)
                        declarations[nested]?.nameSource = .given(key)
                    }
                }
                continue
            }
            if claimants.count > 1, shape == .array, let elementShapes = try elementShapes(variants, claimants) {
                for (index, shapes) in zip(claimants, elementShapes) {
                    result[index].shapes.append(shape)
                    result[index].elementShapes = shapes
                }
                continue
            }
            if claimants.count > 1, shape == .array, let items = try objectItems(variants, claimants) {
                let signatures = try items.map { item throws(Diagnostic) in try signature(of: item) }
                for (position, index) in claimants.enumerated() {
                    result[index].shapes.append(.array)
                    result[index].elementSignature = signatures[position]
                    if let earlier = signatures[..<position].firstIndex(of: signatures[position]) {
                        diagnostics.emit(.warning("variants #\(variants[claimants[earlier]].pointer) and #\(variants[index].pointer) accept the same arrays; such arrays decode as the first", at: schema.origin, pointer: schema.pointer))
                    }
                }
                continue
            }
            if claimants.count > 1, shape == .object {
                try weighObjectVariants(variants, claimants, into: &result, union: schema)
                continue
            }
            if claimants.count > 1, shape == .string {
                try tellStringsApart(variants, claimants, into: &result, union: schema)
                continue
            }
            if claimants.count > 1 {
                let names = claimants.map { "#\(variants[$0].pointer)" }.joined(separator: ", ")
                warnUnmapped("variants \(names) all accept a JSON \(shape.rawValue) and nothing tells them apart; the first is decoded", schema)
            }
            result[first].shapes.append(shape)
        }
        return Union(dispatch: .shape, variants: result, hasUnknownCase: false)
    }

    /// Object variants no single key tells apart are chosen at run time by the evidence their schemas
    /// give: required keys, named keys, `const` values and `additionalProperties: false` (the rule is in
    /// docs/type-mapping.md). Only variants that accept exactly the same objects are reported.
    private func weighObjectVariants(_ variants: [Schema], _ claimants: [Int], into result: inout [Variant], union: Schema) throws(Diagnostic) {
        var signatures: [ObjectSignature] = []
        for index in claimants { signatures.append(try signature(of: variants[index])) }
        for (position, index) in claimants.enumerated() {
            result[index].shapes.append(.object)
            result[index].objectSignature = signatures[position]
            if let earlier = signatures[..<position].firstIndex(of: signatures[position]) {
                // Mapped by the documented rule, so a warning but not an unmapped construct.
                diagnostics.emit(.warning("variants #\(variants[claimants[earlier]].pointer) and #\(variants[index].pointer) accept the same objects; such objects decode as the first", at: union.origin, pointer: union.pointer))
            }
        }
    }

    /// What an object schema says about the objects it accepts.
    private func signature(of schema: Schema) throws(Diagnostic) -> ObjectSignature {
        let object = try schemas.mergedObject(of: schema)
        var constants: [(key: String, value: String)] = []
        for (name, property) in object.properties {
            if let value = try schemas.target(of: property).singleStringValue { constants.append((name, value)) }
        }
        let closed = if case .forbidden = object.additionalProperties { true } else { false }
        return ObjectSignature(
            required: object.properties.map(\.name).filter(object.required.contains) + object.required.filter { name in !object.properties.contains { $0.name == name } }.sorted(),
            known: object.properties.map(\.name),
            closed: closed,
            constants: constants
        )
    }

    /// For array variants whose elements are all objects: the element schemas.
    private func objectItems(_ variants: [Schema], _ claimants: [Int]) throws(Diagnostic) -> [Schema]? {
        var items: [Schema] = []
        for index in claimants {
            guard let element = try schemas.unwrapped(variants[index]).items, try shapes(of: element) == [.object] else { return nil }
            items.append(element)
        }
        return items
    }

    /// String variants: each `enum`/`const` variant takes its own values, a `format: date-time`
    /// variant the strings that parse as dates, and the first other variant every other string.
    /// Variants that accept exactly the same strings are reported; the first takes them.
    private func tellStringsApart(_ variants: [Schema], _ claimants: [Int], into result: inout [Variant], union: Schema) throws(Diagnostic) {
        var seen: Set<String> = []
        var open: Int?
        var dateTime: Int?
        for index in claimants {
            result[index].shapes.append(.string)
            let resolved = try schemas.unwrapped(variants[index])
            let values = (resolved.constValue.flatMap(\.string).map { [$0] } ?? resolved.enumValues?.compactMap(\.string))?.filter { seen.insert($0).inserted }
            if let values, !values.isEmpty {
                result[index].stringValues = values
            } else if resolved.format == "date-time", dateTime == nil, resolved.enumValues == nil {
                result[index].stringValues = []
                result[index].matchesDateTime = true
                dateTime = index
            } else if let first = open {
                result[index].shapes.removeAll { $0 == .string }
                diagnostics.emit(.warning("variants #\(variants[first].pointer) and #\(variants[index].pointer) accept the same strings; such strings decode as the first", at: union.origin, pointer: union.pointer))
            } else {
                result[index].stringValues = []
                open = index
            }
        }
    }

    /// For object variants: a required key each has that no other claims as a property.
    private func distinguishingKeys(_ variants: [Schema], _ claimants: [Int]) throws(Diagnostic) -> [String]? {
        var keys: [String] = []
        for index in claimants {
            var others: Set<String> = []
            for other in claimants where other != index {
                others.formUnion(try objectProperties(of: variants[other]).map(\.name))
            }
            let resolved = try schemas.target(of: variants[index])
            var required = resolved.required
            for member in resolved.allOf { required += try schemas.target(of: member).required }
            guard let key = required.first(where: { !others.contains($0) }) else { return nil }
            keys.append(key)
        }
        return keys
    }

    /// For array variants: the shapes of their elements, when no two variants share one.
    private func elementShapes(_ variants: [Schema], _ claimants: [Int]) throws(Diagnostic) -> [[JSONShape]]? {
        var claims: [Set<JSONShape>] = []
        for index in claimants {
            guard let items = try schemas.target(of: variants[index]).items else { return nil }
            claims.append(try shapes(of: items))
        }
        // As for the variants themselves: number elements take integers only when no variant's
        // elements are specifically integers.
        if claims.contains(where: { $0.contains(.integer) && !$0.contains(.number) }) {
            for index in claims.indices where claims[index].contains(.number) { claims[index].remove(.integer) }
        }
        var seen: Set<JSONShape> = []
        for claim in claims {
            guard seen.isDisjoint(with: claim) else { return nil }
            seen.formUnion(claim)
        }
        return claims.map { claim in JSONShape.allCases.filter(claim.contains) }
    }

    /// A variant is named by its schema's `title`, else after its type (see `NameSource.typeOf`).
    private func variantName(_ type: TypeUsage, _ schema: Schema, fallback: NameSource) -> NameSource {
        schema.title.map { .given($0) } ?? .typeOf(type, fallback: fallback)
    }
}
