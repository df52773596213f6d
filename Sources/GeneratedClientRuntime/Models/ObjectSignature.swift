/// What an object variant of a union accepts, from its schema: the evidence used to choose among
/// variants that no single key tells apart.
@_spi(Generated) public struct ObjectSignature: Sendable {
    public let required: Set<String>
    public let known: Set<String>
    /// `additionalProperties: false`: an object with any other key is not this variant.
    public let closed: Bool
    /// Keys fixed to one string (`const`); an object holding another value there is not this variant.
    public let constants: [String: String]

    public init(required: [String], known: [String], closed: Bool = false, constants: [String: String] = [:]) {
        self.required = Set(required)
        self.known = Set(known)
        self.closed = closed
        self.constants = constants
    }
}

@_spi(Generated) extension UnionCoding {
    /// The position of the signature that fits the object in `decoder` best (docs/type-mapping.md):
    /// among the signatures whose required keys are all present, whose constants match, and which know
    /// every key when closed, the one that knows most of the object's keys; a tie goes to more
    /// required keys, then fewer known keys (the tighter fit), then the earlier variant. When none
    /// fits, the one knowing most of the object's keys, if it knows any; otherwise nil.
    public static func bestMatch(_ signatures: [ObjectSignature], in decoder: any Decoder) throws -> Int? {
        let keys = try keys(in: decoder)
        var best: (position: Int, score: (Int, Int, Int))?
        var fallback: (position: Int, known: Int)?
        for (position, signature) in signatures.enumerated() {
            let knownKeys = keys.intersection(signature.known).count
            if knownKeys > 0, knownKeys > (fallback?.known ?? 0) { fallback = (position, knownKeys) }
            guard signature.required.isSubset(of: keys) else { continue }
            if signature.closed, !keys.isSubset(of: signature.known) { continue }
            var constantsMatch = true
            for (key, value) in signature.constants where keys.contains(key) {
                // A value that is not a string there is not the constant either.
                if (try? tag(key, in: decoder)) != value {
                    constantsMatch = false
                    break
                }
            }
            guard constantsMatch else { continue }
            let score = (knownKeys, signature.required.count, -signature.known.count)
            if best.map({ score > $0.score }) ?? true { best = (position, score) }
        }
        return best?.position ?? fallback?.position
    }

    /// `bestMatch` for the first element of the array in `decoder`; nil for an empty array.
    public static func bestMatchOfFirstElement(_ signatures: [ObjectSignature], in decoder: any Decoder) throws -> Int? {
        var container = try decoder.unkeyedContainer()
        if container.isAtEnd { return nil }
        return try bestMatch(signatures, in: container.superDecoder())
    }

    /// The string a union holds, to choose a variant by its value.
    public static func string(in decoder: any Decoder) throws -> String {
        try decoder.singleValueContainer().decode(String.self)
    }

    /// True when `text` is an ISO 8601 date-time, as a `format: date-time` variant decodes it.
    public static func isDateTime(_ text: String) -> Bool {
        JSONCoding.parseDate(text) != nil
    }
}
