import Foundation
import OpenAPIReading

/// Writes a list of API changes for a terminal, a CI job summary (Markdown) or tools (JSON).
///
/// Text and Markdown read in a minute at any size: counts by kind first, then breaking changes
/// before the rest, each grouped under the schema or operation where it originates. A change
/// inside a component schema is listed once under that schema, with the operations it reaches
/// counted and named, instead of once per operation.
package enum ChangeReport {
    package enum Format: String, CaseIterable, Sendable {
        case text, markdown, json
    }

    /// GitHub's limit for a pull-request comment or job summary, in characters.
    package static let markdownLimit = 65_536

    package static func render(_ changes: [APIChange], as format: Format) -> String {
        let breaking = changes.filter(\.breaking).count
        switch format {
        case .text, .markdown:
            guard !changes.isEmpty else { return format == .markdown ? "### No API changes.\n" : "No API changes.\n" }
            let groups = ChangeGroup.make(changes)
            return format == .text ? text(groups, total: changes.count, breaking: breaking) : markdown(groups, total: changes.count, breaking: breaking)
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            struct Body: Encodable {
                package var breaking: Int
                package var changes: [APIChange]
            }
            let data = (try? encoder.encode(Body(breaking: breaking, changes: changes))) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
    }

    /// `API changes: 2161 (49 breaking)` and the counts by kind, breaking kinds first.
    private static func summary(_ groups: [ChangeGroup], total: Int, breaking: Int) -> (headline: String, counts: [(kind: String, breaking: Bool, count: Int)]) {
        var counts: [String: (breaking: Bool, count: Int)] = [:]
        for group in groups {
            for entry in group.entries {
                counts[entry.kind + (entry.breaking ? "!" : ""), default: (entry.breaking, 0)].count += 1
            }
        }
        let listed = groups.reduce(0) { $0 + $1.entries.count }
        let headline = "API changes: \(total) (\(breaking) breaking)" + (listed < total ? "; \(listed) after merging repeats of one schema change" : "")
        let sorted = counts.map { (kind: $0.key.hasSuffix("!") ? String($0.key.dropLast()) : $0.key, breaking: $0.value.breaking, count: $0.value.count) }
            .sorted { ($0.breaking ? 0 : 1, -$0.count, $0.kind) < ($1.breaking ? 0 : 1, -$1.count, $1.kind) }
        return (headline, sorted)
    }

    private static func text(_ groups: [ChangeGroup], total: Int, breaking: Int) -> String {
        let (headline, counts) = summary(groups, total: total, breaking: breaking)
        var lines = [headline]
        lines.append("  " + counts.map { "\($0.kind) \($0.count)\($0.breaking ? " (breaking)" : "")" }.joined(separator: ", "))
        for breakingSection in [true, false] {
            let section = groups.compactMap { $0.filtered(breaking: breakingSection) }
            guard !section.isEmpty else { continue }
            lines.append(breakingSection ? "Breaking:" : "Not breaking:")
            for group in section {
                lines.append("  \(group.title)\(group.affectsNote)")
                let width = group.entries.map(\.kind.count).max() ?? 0
                for entry in group.entries {
                    lines.append("    \(entry.kind.padding(toLength: width, withPad: " ", startingAt: 0))  \(entry.place)\(entry.message)")
                }
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func markdown(_ groups: [ChangeGroup], total: Int, breaking: Int) -> String {
        let (headline, counts) = summary(groups, total: total, breaking: breaking)
        var output = "### \(headline)\n\n| change | count |\n|---|---|\n"
        for count in counts {
            output += "| \(count.breaking ? "**breaking** " : "")`\(count.kind)` | \(count.count) |\n"
        }
        // Room for the note that says what was left out.
        let budget = markdownLimit - 400
        var omitted = 0
        for breakingSection in [true, false] {
            let section = groups.compactMap { $0.filtered(breaking: breakingSection) }
            guard !section.isEmpty else { continue }
            let count = section.reduce(0) { $0 + $1.entries.count }
            // Breaking changes open, the rest folded: a reviewer sees what needs attention first.
            var block = "\n<details\(breakingSection ? " open" : "")><summary><b>\(breakingSection ? "Breaking" : "Not breaking")</b>: "
                + "\(count) change\(count == 1 ? "" : "s") in \(section.count) group\(section.count == 1 ? "" : "s")</summary>\n"
            for group in section {
                var text = "\n**\(escape(group.title))**\(escape(group.affectsNote))\n\n"
                for entry in group.entries {
                    text += "- `\(entry.kind)` \(escape(entry.place))\(escape(entry.message))\n"
                }
                if output.count + block.count + text.count > budget {
                    omitted += group.entries.count
                    continue
                }
                block += text
            }
            output += block + "\n</details>\n"
        }
        if omitted > 0 {
            output += "\n_\(omitted) more changes are not shown: this summary stops at GitHub's \(markdownLimit)-character limit. "
                + "Run `generator diff OLD NEW --format text` for all of them._\n"
        }
        return output
    }

    private static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "*", with: "\\*").replacingOccurrences(of: "_", with: "\\_")
    }
}

/// The changes that originate in one schema or one operation.
package struct ChangeGroup {
    package struct Entry {
        package var kind: String
        package var breaking: Bool
        /// Where inside the group: `properties.usage ` or `response.200.body.id `, with a trailing space; empty for the group itself.
        package var place: String
        package var message: String
    }

    package var title: String
    package var entries: [Entry]
    /// For a schema: the operations whose requests or responses reach the change.
    package var affects: [String]

    package var affectsNote: String {
        guard !affects.isEmpty else { return "" }
        let shown = affects.prefix(5).joined(separator: ", ")
        let more = affects.count > 5 ? ", and \(affects.count - 5) more" : ""
        return " (reaches \(affects.count) operation\(affects.count == 1 ? "" : "s"): \(shown)\(more))"
    }

    package func filtered(breaking: Bool) -> ChangeGroup? {
        let kept = entries.filter { $0.breaking == breaking }
        return kept.isEmpty ? nil : ChangeGroup(title: title, entries: kept, affects: affects)
    }

    /// Groups by the schema a change's pointer lies in (`#/components/schemas/Name/...`), else by
    /// the operation or place in its location; repeats of one schema change merge into one entry.
    package static func make(_ changes: [APIChange]) -> [ChangeGroup] {
        var order: [String] = []
        var entries: [String: [Entry]] = [:]
        var seen: [String: Set<String>] = [:]
        var affects: [String: [String]] = [:]
        for change in changes {
            let pointer = (change.pointer ?? "").hasPrefix("#") ? String((change.pointer ?? "").dropFirst()) : (change.pointer ?? "")
            let tokens = pointer.split(separator: "/", omittingEmptySubsequences: false)
            let operation = Self.operation(of: change.location)
            let title: String
            var place = ""
            if tokens.count >= 4, tokens[1] == "components", tokens[2] == "schemas", change.kind != "schema-added", change.kind != "schema-removed" {
                title = "schema " + JSONPointer.unescape(String(tokens[3]))
                place = tokens.dropFirst(4).map { JSONPointer.unescape(String($0)) }.joined(separator: ".")
                if !place.isEmpty { place += " " }
            } else if let operation {
                title = operation
                let rest = change.location.dropFirst(operation.count).trimmingCharacters(in: .whitespaces)
                place = rest.isEmpty ? "" : rest + " "
            } else {
                title = change.location
            }
            if entries[title] == nil { order.append(title) }
            if let operation, title != operation, !(affects[title] ?? []).contains(operation) {
                affects[title, default: []].append(operation)
            }
            let key = "\(change.kind)|\(change.breaking)|\(place)|\(change.message)"
            guard seen[title, default: []].insert(key).inserted else { continue }
            entries[title, default: []].append(Entry(kind: change.kind, breaking: change.breaking, place: place, message: change.message))
        }
        return order.sorted().map { ChangeGroup(title: $0, entries: entries[$0] ?? [], affects: (affects[$0] ?? []).sorted()) }
    }

    /// `POST /v1/chat/completions` from `POST /v1/chat/completions response.200.body.id`.
    package static func operation(of location: String) -> String? {
        let parts = location.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count >= 2, ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"].contains(String(parts[0])) else { return nil }
        return parts[0] + " " + parts[1]
    }
}
