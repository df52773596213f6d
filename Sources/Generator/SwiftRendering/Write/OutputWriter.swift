import Foundation

/// Writes generated files: only those whose bytes changed, removing generated Swift files no longer
/// generated. A Swift file without the generated header is the user's own (xAI's conveniences
/// beside the generated client): never removed, never part of `--check`'s diff.
/// All content is rendered in memory first, so a failed generation writes nothing.
package struct OutputWriter {
    package init() {}

    package struct Summary: Equatable {
        package var written: [String] = []
        package var removed: [String] = []
        package var unchanged = 0
    }

    package let fileManager = FileManager.default

    /// Brings `directory` in line with `files` (relative path → contents).
    package func sync(_ files: [String: String], into directory: String) throws -> Summary {
        var summary = Summary()
        try fileManager.createDirectory(atPath: directory, withIntermediateDirectories: true)
        for path in files.keys.sorted() {
            let target = directory + "/" + path
            let data = Data((files[path] ?? "").utf8)
            if fileManager.contents(atPath: target) == data {
                summary.unchanged += 1
                continue
            }
            try fileManager.createDirectory(atPath: (target as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try Self.replace(target, with: data)
            summary.written.append(path)
        }
        for path in existingGeneratedFiles(in: directory) where files[path] == nil {
            try fileManager.removeItem(atPath: directory + "/" + path)
            summary.removed.append(path)
        }
        removeEmptyFolders(in: directory)
        return summary
    }

    /// Writes `data` to a temporary file beside `path` and renames it into place, so nobody (an
    /// editor, a build, a generator stopped half way) ever sees half a file. Unlike
    /// `Data.write(options: .atomic)` it does not `fsync`: on box's 937 files that cost more wall
    /// time than rendering them, and surviving a power cut is version control's job.
    package static func replace(_ path: String, with data: Data) throws {
        let temporary = path + ".generating-\(getpid())"
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard descriptor >= 0 else { throw FileWriteError(path: temporary, code: errno) }
        var failure: Int32 = 0
        data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let count = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += count
            }
        }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temporary, path) != 0 { failure = errno }
        if failure != 0 {
            unlink(temporary)
            throw FileWriteError(path: path, code: failure)
        }
    }

    /// Differences between `files` and `directory` as a unified diff; empty when they match.
    package func diff(_ files: [String: String], against directory: String) throws -> String {
        let staging = fileManager.temporaryDirectory.appendingPathComponent("generator-check-\(UUID().uuidString)").path
        defer { try? fileManager.removeItem(atPath: staging) }
        _ = try sync(files, into: staging)
        // The generated files only, so hand-written ones beside them are not reported as removed.
        let existing = staging + "-existing"
        try fileManager.createDirectory(atPath: existing, withIntermediateDirectories: true)
        defer { try? fileManager.removeItem(atPath: existing) }
        for path in existingGeneratedFiles(in: directory) {
            let copy = existing + "/" + path
            try fileManager.createDirectory(atPath: (copy as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try fileManager.copyItem(atPath: directory + "/" + path, toPath: copy)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["diff", "-ruN", "-x", "*.md", existing, staging]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: output, as: UTF8.self)
            .replacingOccurrences(of: staging + "-existing", with: directory)
            .replacingOccurrences(of: staging, with: directory + " (generated)")
    }

    /// Swift files that start with the generated header (`File.mustache`'s first line).
    private func existingGeneratedFiles(in directory: String) -> [String] {
        guard let enumerator = fileManager.enumerator(atPath: directory) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter { path in
            guard path.hasSuffix(".swift"), let handle = FileHandle(forReadingAtPath: directory + "/" + path) else { return false }
            defer { try? handle.close() }
            let start = String(decoding: (try? handle.read(upToCount: 256)) ?? Data(), as: UTF8.self)
            return Self.isGenerated(start)
        }.sorted()
    }

    package static func isGenerated(_ contents: String) -> Bool {
        let firstLine = contents.prefix { $0 != "\n" }
        return firstLine.hasPrefix("//") && firstLine.contains("Do not edit by hand")
    }

    private func removeEmptyFolders(in directory: String) {
        guard let enumerator = fileManager.enumerator(atPath: directory) else { return }
        let folders = enumerator.compactMap { $0 as? String }.filter {
            var isDirectory: ObjCBool = false
            return fileManager.fileExists(atPath: directory + "/" + $0, isDirectory: &isDirectory) && isDirectory.boolValue
        }
        for folder in folders.sorted(by: >) where (try? fileManager.contentsOfDirectory(atPath: directory + "/" + folder))?.isEmpty == true {
            try? fileManager.removeItem(atPath: directory + "/" + folder)
        }
    }
}

/// A file the writer could not write, named with the system's reason.
package struct FileWriteError: LocalizedError, CustomStringConvertible {
    package let path: String
    package let code: Int32
    package var errorDescription: String? { "\(path): \(String(cString: strerror(code)))" }
    package var description: String { errorDescription ?? path }
}
