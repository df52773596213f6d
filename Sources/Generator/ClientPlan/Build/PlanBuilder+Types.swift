import ClientModel
import OpenAPIReading

extension PlanBuilder {
    package func declaration(_ decl: TypeDecl) -> PlannedDeclaration {
        let name = SwiftIdentifier.escaped(names[type: decl.id].local)
        let docLines = DocComment.lines(decl.documentation, pointer: decl.id.pointer)
        let members = names[type: decl.id].members
        switch decl.kind {
        case .structure(let structure):
            return .structure(structView(structure, name: name, docs: docLines, decl: decl, members: members))
        case .stringEnum(let values):
            let cases = zip(values.values, members).map { EnumCaseView(caseName: SwiftIdentifier.escaped($0.1), literal: TypeSpelling.literal($0.0)) }
            let view = StringEnumView(docLines: docLines, deprecation: Self.deprecation(decl.documentation), access: config.access, name: name, cases: cases)
            return .stringEnum(view)
        case .union(let union):
            return .union(unionView(union, name: name, docs: docLines, decl: decl, members: members))
        case .tuple(let tuple):
            let elements = zip(tuple.elements, members).map { element, member in
                TupleElementView(elementDocLines: DocComment.lines(element.documentation, pointer: nil), name: SwiftIdentifier.escaped(member), type: spelling.spell(element.type))
            }
            return .tuple(TupleView(
                docLines: docLines, deprecation: Self.deprecation(decl.documentation), access: config.access, name: name, hashable: config.hashable,
                elements: elements, count: String(tuple.elements.count), restName: SwiftIdentifier.escaped(members[tuple.elements.count]), restType: spelling.spell(tuple.rest)
            ))
        case .alias(let usage):
            let view = TypeAliasView(docLines: docLines, deprecation: Self.deprecation(decl.documentation), access: config.access, name: name, type: spelling.spell(usage))
            return .alias(view)
        }
    }

    private func structView(_ structure: Structure, name: String, docs: [String], decl: TypeDecl, members: [String]) -> StructView {
        let keyed = structure.properties.filter { !$0.isComposed && $0.constant == nil }
        let hasComposed = structure.properties.contains { $0.isComposed }
        // A required value missing from a response, or from an object read whole for its other keys
        // or composed parts, is a placeholder in tolerant mode; a type only ever sent decodes strictly.
        let tolerant = (structure.decodedFromResponses && keyed.contains { !$0.type.isOptional })
            || structure.additionalProperties != nil || hasComposed
        let properties = zip(structure.properties, members).map { property, member in
            PropertyView(
                propertyDocLines: DocComment.lines(property.documentation, pointer: property.pointer),
                propertyDeprecation: Self.deprecation(property.documentation),
                indirect: property.isIndirect,
                name: SwiftIdentifier.escaped(member),
                storageName: member,
                type: spelling.spell(property.type),
                defaultLiteral: property.type.isOptional ? "nil" : nil,
                decodeMethod: property.type.isOptional ? "decodeIfPresent" : tolerant ? "decodeRequired" : "decode",
                encodeMethod: property.type.isOptional ? "encodeIfPresent" : "encode",
                decodedType: spelling.spell(property.type.unwrapped),
                composed: property.isComposed,
                constantLiteral: property.constant.map(TypeSpelling.literal),
                jsonNameLiteral: TypeSpelling.literal(property.jsonName)
            )
        }
        let additional = structure.additionalProperties.map { values in
            AdditionalPropertiesView(
                extraName: SwiftIdentifier.escaped(members.last ?? "additionalProperties"),
                extraValueType: spelling.spell(values),
                knownKeysLiteral: TypeSpelling.arrayLiteral(structure.properties.filter { !$0.isComposed }.map(\.jsonName))
            )
        }
        let unknown = structure.keepsUnknownFields ? UnknownFieldsView(
            fieldsName: SwiftIdentifier.escaped(members[members.count - 2]),
            knownKeysName: SwiftIdentifier.escaped(members[members.count - 1]),
            knownKeysLiteral: TypeSpelling.arrayLiteral(structure.properties.map(\.jsonName) + structure.keysTheUnionCodes)
        ) : nil
        return StructView(
            docLines: docs,
            initDocLines: DocComment.initializerLines(
                name: name,
                arguments: zip(structure.properties, properties).compactMap { property, view in
                    view.constantLiteral == nil ? (view.name, property.documentation.summary ?? "The `\(property.jsonName)` value.") : nil
                } + (additional.map { [($0.extraName, "The object's other keys and their values.")] } ?? [])
            ),
            deprecation: Self.deprecation(decl.documentation),
            access: config.access,
            name: name,
            hashable: config.hashable,
            properties: properties,
            additional: additional,
            unknown: unknown,
            hasKeyedProperties: !keyed.isEmpty,
            checksObject: keyed.isEmpty && !hasComposed && additional == nil
        )
    }

    private func unionView(_ union: Union, name: String, docs: [String], decl: TypeDecl, members: [String]) -> UnionView {
        var cases: [UnionCaseView] = []
        var branches: [BranchView] = []
        var tagProperty: String?
        if case .tag(let property) = union.dispatch { tagProperty = TypeSpelling.literal(property) }
        for (variant, member) in zip(union.variants, members) {
            let type = spelling.spell(variant.type)
            let caseName = SwiftIdentifier.escaped(member)
            let viaContainer = Self.decodesViaContainer(variant.type)
            cases.append(UnionCaseView(
                caseDocLines: DocComment.lines(variant.documentation, pointer: nil),
                indirect: variant.isIndirect,
                caseName: caseName,
                type: type,
                writtenTagLiteral: variant.writesTag ? TypeSpelling.literal(variant.tags[0]) : nil
            ))
            if tagProperty != nil, !variant.tags.isEmpty {
                let patterns = variant.tags.map(TypeSpelling.literal) + (variant.matchesMissingTag ? ["nil"] : [])
                branches.append(BranchView(patterns: patterns.joined(separator: ", "), caseName: caseName, type: type, viaContainer: viaContainer))
            }
        }
        return UnionView(
            docLines: docs, deprecation: Self.deprecation(decl.documentation), access: config.access, name: name, hashable: config.hashable,
            nameLiteral: TypeSpelling.literal(names[type: decl.id].qualified), cases: cases, hasUnknown: union.hasUnknownCase,
            tagPropertyLiteral: tagProperty, tagBranches: branches,
            shapeDispatch: tagProperty == nil ? shapeDispatch(union, members: members) : nil
        )
    }

    private func shapeDispatch(_ union: Union, members: [String]) -> ShapeDispatchView {
        var simple: [BranchView] = []
        var keyed: [KeyedBranchView] = []
        var elements: [BranchView] = []
        var covered: Set<JSONShape> = []
        var firstArrayVariant = true
        var valueBranches: [BranchView] = []
        var otherString: BranchView?
        var dateTime: BranchView?
        var signatures: [SignatureView] = []
        var signatureBranches: [SignatureBranchView] = []
        var elementSignatures: [SignatureView] = []
        var elementBranches: [SignatureBranchView] = []
        for (variant, member) in zip(union.variants, members) {
            let caseName = SwiftIdentifier.escaped(member)
            let type = spelling.spell(variant.type)
            let viaContainer = Self.decodesViaContainer(variant.type)
            covered.formUnion(variant.shapes)
            var plain = variant.shapes
            if let values = variant.stringValues {
                if variant.matchesDateTime {
                    dateTime = BranchView(patterns: "", caseName: caseName, type: type, viaContainer: viaContainer)
                } else if values.isEmpty {
                    otherString = BranchView(patterns: "", caseName: caseName, type: type, viaContainer: viaContainer)
                } else {
                    valueBranches.append(BranchView(patterns: values.map(TypeSpelling.literal).joined(separator: ", "), caseName: caseName, type: type, viaContainer: viaContainer))
                }
                plain.removeAll { $0 == .string }
            }
            if let signature = variant.objectSignature {
                signatureBranches.append(SignatureBranchView(position: signatures.count, caseName: caseName, type: type, viaContainer: viaContainer))
                signatures.append(Self.signatureView(signature))
                plain.removeAll { $0 == .object }
            }
            if let signature = variant.elementSignature {
                elementBranches.append(SignatureBranchView(position: elementSignatures.count, caseName: caseName, type: type, viaContainer: viaContainer))
                elementSignatures.append(Self.signatureView(signature))
                plain.removeAll { $0 == .array }
            }
            if let key = variant.distinguishingKey {
                keyed.append(KeyedBranchView(keyLiteral: TypeSpelling.literal(key), caseName: caseName, type: type, viaContainer: viaContainer))
                plain.removeAll { $0 == .object }
            }
            if !variant.elementShapes.isEmpty {
                // An empty array decodes as the first array variant.
                var patterns = variant.elementShapes.map { ".\($0.rawValue)?" }
                if firstArrayVariant { patterns.insert("nil", at: 0) }
                firstArrayVariant = false
                elements.append(BranchView(patterns: patterns.joined(separator: ", "), caseName: caseName, type: type, viaContainer: viaContainer))
                plain.removeAll { $0 == .array }
            }
            if !plain.isEmpty {
                simple.append(BranchView(patterns: plain.map { ".\($0.rawValue)" }.joined(separator: ", "), caseName: caseName, type: type, viaContainer: viaContainer))
            }
        }
        let elementShapes = Set(union.variants.flatMap(\.elementShapes))
        return ShapeDispatchView(
            branches: simple,
            keyedGroups: keyed.isEmpty ? [] : [KeyedGroupView(pattern: ".object", keyed: keyed)],
            elementGroups: elements.isEmpty ? [] : [ElementGroupView(elements: elements, needsElementDefault: elementShapes.count < JSONShape.allCases.count)],
            // Without a variant for other strings, they go to the first with values: an open enum.
            stringGroups: stringGroups(valueBranches: valueBranches, dateTime: dateTime, other: otherString),
            signatureGroups: signatures.isEmpty ? [] : [SignatureGroupView(signatures: signatures, signatureBranches: signatureBranches)],
            elementSignatureGroups: elementBranches.first.map { first in
                [ElementSignatureGroupView(elementSignatures: elementSignatures, elementBranches: elementBranches, emptyBranch: first)]
            } ?? [],
            needsDefault: covered.count < JSONShape.allCases.count
        )
    }

    /// Strings told apart by value: values first, then dates, then the variant for any other string
    /// (without one, the first variant with values or the dates take the rest).
    private func stringGroups(valueBranches: [BranchView], dateTime: BranchView?, other: BranchView?) -> [StringGroupView] {
        guard let fallback = other ?? valueBranches.first ?? dateTime else { return [] }
        let dateTimeIsFallback = other == nil && valueBranches.isEmpty
        return [StringGroupView(
            valueBranches: other == nil && !valueBranches.isEmpty ? Array(valueBranches.dropFirst()) : valueBranches,
            dateTimeBranch: dateTimeIsFallback ? nil : dateTime,
            otherBranch: fallback
        )]
    }

    package static func signatureView(_ signature: ObjectSignature) -> SignatureView {
        SignatureView(
            requiredLiteral: TypeSpelling.arrayLiteral(signature.required),
            knownLiteral: TypeSpelling.arrayLiteral(signature.known),
            closed: signature.closed,
            constantsLiteral: signature.constants.isEmpty ? nil
                : "[" + signature.constants.map { TypeSpelling.literal($0.key) + ": " + TypeSpelling.literal($0.value) }.joined(separator: ", ") + "]"
        )
    }

    /// `Date` and `Data` read through a container so the decoder's strategies apply.
    package static func decodesViaContainer(_ type: TypeUsage) -> Bool {
        switch type.unwrapped {
        case .date, .data: true
        default: false
        }
    }
}
