import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One line of the results table.
struct Row: Codable {
    var section: String
    var name: String
    var unit: String
    var ours: Double?
    var peer: Double?
    /// For decoding: Foundation's untyped parse of the same bytes.
    var floor: Double?
    /// For decoding: a hand-written `Codable` model of the same type, where there is one.
    var handWritten: Double? = nil
    /// True when more is better (throughput); false for times and memory.
    var higherIsBetter: Bool
    var note: String = ""

    init(section: String, name: String, unit: String, ours: Double?, peer: Double?, floor: Double? = nil, handWritten: Double? = nil,
         higherIsBetter: Bool, note: String = "") {
        self.section = section
        self.name = name
        self.unit = unit
        self.ours = ours
        self.peer = peer
        self.floor = floor
        self.handWritten = handWritten
        self.higherIsBetter = higherIsBetter
        self.note = note
    }

    /// How many times better ours is than the peer (>1 is better, whatever the unit).
    var advantage: Double? {
        guard let ours, let peer, ours > 0, peer > 0 else { return nil }
        return higherIsBetter ? ours / peer : peer / ours
    }
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    guard !sorted.isEmpty else { return .nan }
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// Seconds taken by `body`.
func time(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// Throughput in MB/s of `body` over `bytes`, the median of several timed batches.
func throughput(bytes: Int, batches: Int = 5, minimumSeconds: Double = 0.2, _ body: () throws -> Void) rethrows -> Double {
    var iterations = 1
    while try time({ for _ in 0..<iterations { try body() } }) < minimumSeconds / 4 { iterations *= 2 }
    var rates: [Double] = []
    for _ in 0..<batches {
        let seconds = try time { for _ in 0..<iterations { try body() } }
        rates.append(Double(bytes * iterations) / seconds / 1_000_000)
    }
    return median(rates)
}

/// A finished child process: wall time, peak resident memory and exit status.
struct Run {
    var seconds: Double
    var peakMegabytes: Double
    var status: Int32
    var output: String
}

/// Runs a program and measures it with wait4's resource usage (peak RSS of that child alone).
func measure(_ executable: String, _ arguments: [String]) -> Run {
    var pid: pid_t = 0
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("bench-\(UUID().uuidString).log").path
    posix_spawn_file_actions_addopen(&actions, 1, log, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)
    let argv = ([executable] + arguments).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    let start = ContinuousClock.now
    guard posix_spawnp(&pid, executable, &actions, nil, argv, environ) == 0 else {
        return Run(seconds: .nan, peakMegabytes: .nan, status: -1, output: "cannot start \(executable)")
    }
    var status: Int32 = 0
    var usage = rusage()
    wait4(pid, &status, 0, &usage)
    let elapsed = ContinuousClock.now - start
    let output = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: log)
    let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Run(
        seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18,
        peakMegabytes: Double(usage.ru_maxrss) / 1024,
        status: exit,
        output: output
    )
}

/// Peak resident memory of this process so far, in MB.
func ownPeakMegabytes() -> Double {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Current resident memory of this process, in MB (from /proc).
func ownResidentMegabytes() -> Double {
    guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Double(text.split(separator: " ").dropFirst().first ?? "") else { return .nan }
    return pages * Double(sysconf(Int32(_SC_PAGESIZE))) / 1_048_576
}

/// The Swift files below `folder`, as paths.
func swiftFiles(in folder: String) -> [String] {
    (FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".swift") }.map { folder + "/" + $0 }
}

/// Lines of Swift below `folder`: what a generator wrote.
func lines(in folder: String) -> Int {
    swiftFiles(in: folder).reduce(0) { total, file in
        total + ((try? String(contentsOfFile: file, encoding: .utf8))?.split(separator: "\n", omittingEmptySubsequences: false).count ?? 0)
    }
}
