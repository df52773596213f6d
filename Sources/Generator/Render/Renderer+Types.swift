extension Renderer {
    func declaration(_ decl: TypeDecl) -> String {
        let name = Naming.escaped(names.local[decl.id] ?? "Type")
        let docLines = DocComment.lines(decl.documentation, pointer: decl.id.pointer)
        let members = names.members[decl.id] ?? []
        switch decl.kind {
        case .structure(let structure):
            return render(structView(structure, name: name, docs: docLines, decl: decl, members: members), "Struct")
        case .stringEnum(let values):
            let cases = zip(values.values, members).map { EnumCaseView(name: Naming.escaped($0.1), literal: TypeSpelling.literal($0.0)) }
            let view = StringEnumView(docLines: docLines, attributes: attributes(decl.documentation), access: config.access, name: name, cases: cases)
            return render(view, "StringEnum")
        case .union(let union):
            return render(unionView(union, name: name, docs: docLines, decl: decl, members: members), "Union")
        case .alias(let usage):
            let view = TypeAliasView(docLines: docLines, attributes: attributes(decl.documentation), access: config.access, name: name, type: spelling.spell(usage))
            return render(view, "TypeAlias")
        }
    }

    private func structView(_ structure: Structure, name: String, docs: [String], decl: TypeDecl, members: [String]) -> StructView {
        var properties: [PropertyView] = []
        var parameters: [String] = []
        var assignments: [String] = []
        var codingKeys: [String] = []
        var decoded: [DecodedPropertyView] = []
        for (property, member) in zip(structure.properties, members) {
            let swiftName = Naming.escaped(member)
            let type = spelling.spell(property.type)
            properties.append(PropertyView(
                docLines: DocComment.lines(property.documentation, pointer: property.pointer),
                attributes: (property.isIndirect ? ["@ClientRuntime.Indirect"] : []) + attributes(property.documentation),
                name: swiftName,
                type: type
            ))
            var parameter = "\(swiftName): \(type)"
            if let constant = property.constant {
                parameter += " = " + TypeSpelling.literal(constant)
            } else if property.type.isOptional {
                parameter += " = nil"
            }
            parameters.append(parameter)
            assignments.append(property.isIndirect
                ? "self._\(member) = ClientRuntime.Indirect(wrappedValue: \(swiftName))"
                : "self.\(swiftName) = \(swiftName)")
            decoded.append(DecodedPropertyView(
                name: swiftName,
                method: property.type.isOptional ? "decodeIfPresent" : "decodeRequired",
                type: spelling.spell(property.type.unwrapped)
            ))
            codingKeys.append(member == property.jsonName ? "case \(swiftName)" : "case \(swiftName) = \(TypeSpelling.literal(property.jsonName))")
        }
        return StructView(
            docLines: docs,
            attributes: attributes(decl.documentation),
            access: config.access,
            name: name,
            conformances: "Swift.Codable, Swift.Hashable, Swift.Sendable",
            properties: properties,
            initParameters: parameters,
            assignments: assignments,
            hasCodingKeys: zip(structure.properties, members).contains { $0.0.jsonName != $0.1 },
            codingKeys: codingKeys,
            // Only a required, non-optional property can be missing in a way synthesis would throw on.
            decodesTolerantly: structure.decodedFromResponses && structure.properties.contains { !$0.type.isOptional },
            decodedProperties: decoded
        )
    }

    private func unionView(_ union: Union, name: String, docs: [String], decl: TypeDecl, members: [String]) -> UnionView {
        var cases: [UnionCaseView] = []
        var branches: [BranchView] = []
        var tagProperty: String?
        if case .tag(let property) = union.dispatch { tagProperty = TypeSpelling.literal(property) }
        for (variant, member) in zip(union.variants, members) {
            let type = spelling.spell(variant.type)
            let caseName = Naming.escaped(member)
            cases.append(UnionCaseView(
                docLines: DocComment.lines(variant.documentation, pointer: nil),
                indirect: variant.isIndirect ? "indirect " : "",
                name: caseName,
                type: type,
                tagLiteral: writesTag(variant, tagged: tagProperty != nil) ? TypeSpelling.literal(variant.tags[0]) : nil
            ))
            if tagProperty != nil, !variant.tags.isEmpty {
                let patterns = variant.tags.map(TypeSpelling.literal) + (variant.matchesMissingTag ? ["nil"] : [])
                branches.append(BranchView(patterns: patterns.joined(separator: ", "), caseName: caseName, type: type))
            }
        }
        let nameLiteral = TypeSpelling.literal(names.qualified[decl.id] ?? name)
        var view = UnionView(
            docLines: docs, attributes: attributes(decl.documentation), access: config.access, name: name,
            nameLiteral: nameLiteral, cases: cases, hasUnknown: union.hasUnknownCase, propertyLiteral: tagProperty ?? "",
            tagDispatch: nil, shapeDispatch: nil
        )
        if let tagProperty {
            view.tagDispatch = TagDispatchView(propertyLiteral: tagProperty, branches: branches)
        } else {
            view.shapeDispatch = shapeDispatch(union, members: members)
        }
        return view
    }

    /// Encoding writes the tag when the variant requires it and has exactly one value for it; a
    /// variant whose tag is optional, or a nested union, writes its own.
    private func writesTag(_ variant: Variant, tagged: Bool) -> Bool {
        tagged && variant.tags.count == 1 && !variant.matchesMissingTag && !isUnion(variant.type)
    }

    private func isUnion(_ type: TypeUsage) -> Bool {
        guard case .named(let id) = type.unwrapped, let decl = model.types.first(where: { $0.id == id }) else { return false }
        if case .union = decl.kind { return true }
        return false
    }

    private func shapeDispatch(_ union: Union, members: [String]) -> ShapeDispatchView {
        var simple: [BranchView] = []
        var keyed: [KeyedBranchView] = []
        var elements: [BranchView] = []
        var covered: Set<JSONShape> = []
        var firstArrayVariant = true
        for (variant, member) in zip(union.variants, members) {
            let caseName = Naming.escaped(member)
            let type = spelling.spell(variant.type)
            covered.formUnion(variant.shapes)
            var plain = variant.shapes
            if let key = variant.distinguishingKey {
                keyed.append(KeyedBranchView(keyLiteral: TypeSpelling.literal(key), caseName: caseName, type: type))
                plain.removeAll { $0 == .object }
            }
            if !variant.elementShapes.isEmpty {
                // An empty array decodes as the first array variant.
                var patterns = variant.elementShapes.map { ".\($0.rawValue)?" }
                if firstArrayVariant { patterns.insert("nil", at: 0) }
                firstArrayVariant = false
                elements.append(BranchView(patterns: patterns.joined(separator: ", "), caseName: caseName, type: type))
                plain.removeAll { $0 == .array }
            }
            if !plain.isEmpty {
                simple.append(BranchView(patterns: plain.map { ".\($0.rawValue)" }.joined(separator: ", "), caseName: caseName, type: type))
            }
        }
        let elementShapes = Set(union.variants.flatMap(\.elementShapes))
        return ShapeDispatchView(
            branches: simple,
            keyedGroups: keyed.isEmpty ? [] : [KeyedGroupView(pattern: ".object", keyed: keyed)],
            elementGroups: elements.isEmpty ? [] : [ElementGroupView(elements: elements, needsDefault: elementShapes.count < JSONShape.allCases.count)],
            needsDefault: covered.count < JSONShape.allCases.count
        )
    }
}
