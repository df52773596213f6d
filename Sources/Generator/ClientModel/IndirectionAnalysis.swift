import OpenAPIReading

/// Finds where a value type would contain itself (a struct property or enum payload leading back to
/// the same type without an array or dictionary in between) and marks those places for boxing.
enum IndirectionAnalysis {
    static func markRecursion(in types: inout [TypeDecl]) {
        let index = Dictionary(types.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        func inlineTargets(_ usage: TypeUsage) -> [DeclID] {
            switch usage {
            case .named(let id): [id]
            case .optional(let wrapped): inlineTargets(wrapped)
            default: []
            }
        }
        func edges(_ decl: TypeDecl) -> [DeclID] {
            switch decl.kind {
            case .structure(let structure): structure.properties.flatMap { inlineTargets($0.type) }
            case .union(let union): union.variants.flatMap { inlineTargets($0.type) }
            case .alias(let usage): inlineTargets(usage)
            case .tuple(let tuple): tuple.elements.flatMap { inlineTargets($0.type) }
            case .stringEnum: []
            }
        }
        // reaches[a] contains b when a stores b inline, directly or transitively.
        var cache: [DeclID: Set<DeclID>] = [:]
        func reachable(from start: DeclID) -> Set<DeclID> {
            if let known = cache[start] { return known }
            var seen: Set<DeclID> = []
            var stack = [start]
            while let next = stack.popLast() {
                guard let position = index[next] else { continue }
                for target in edges(types[position]) where seen.insert(target).inserted {
                    stack.append(target)
                }
            }
            cache[start] = seen
            return seen
        }
        for position in types.indices {
            let id = types[position].id
            switch types[position].kind {
            case .structure(var structure):
                for property in structure.properties.indices {
                    let targets = inlineTargets(structure.properties[property].type)
                    if targets.contains(where: { $0 == id || reachable(from: $0).contains(id) }) {
                        structure.properties[property].isIndirect = true
                    }
                }
                types[position].kind = .structure(structure)
            case .union(var union):
                for variant in union.variants.indices {
                    let targets = inlineTargets(union.variants[variant].type)
                    if targets.contains(where: { $0 == id || reachable(from: $0).contains(id) }) {
                        union.variants[variant].isIndirect = true
                    }
                }
                types[position].kind = .union(union)
            default:
                break
            }
        }
    }
}
