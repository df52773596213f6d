import Foundation

extension TapeDecoder {
    /// The current value as `JSONValue`, read straight from the tape: the same values as
    /// `JSONValue.init(from:)` (whole numbers that fit 64 bits stay `.integer`, duplicate keys keep the
    /// first), and a number no `Double` can hold (`1e400`) fails naming its field, where trying each
    /// shape in turn would end in a misleading "expected a dictionary".
    func jsonValue() throws -> JSONValue {
        switch kind {
        case .null: return .null
        case .true: return .bool(true)
        case .false: return .bool(false)
        case .integer, .number:
            if let integer = try? integer(Int64.self) { return .integer(integer) }
            return .number(try floatingPoint(Double.self))
        case .string, .escapedString:
            return .string(try decodeString())
        case .array:
            var elements: [JSONValue] = []
            var element = tape.firstChild(of: index)
            let end = tape.next(after: index)
            while element < end {
                elements.append(try at(element, .index(elements.count)) { try $0.jsonValue() })
                element = tape.next(after: element)
            }
            return .array(elements)
        case .object:
            var members: [String: JSONValue] = [:]
            for key in tape.keys(of: index) {
                let name = tape.string(at: key)
                if members[name] != nil { continue }
                members[name] = try at(key + 1, .key(name)) { try $0.jsonValue() }
            }
            return .object(members)
        }
    }
}
