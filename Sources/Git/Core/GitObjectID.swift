internal import CGit2

/// A commit, tree or blob id (SHA-1), held as its 40-character lowercase hex form.
public struct GitObjectID: Hashable, Sendable, CustomStringConvertible, Comparable {
    public let hex: String

    init(_ oid: git_oid) {
        var oid = oid
        var buffer = [CChar](repeating: 0, count: 41)
        git_oid_fmt(&buffer, &oid)
        buffer[40] = 0
        hex = String(cString: buffer)
    }

    /// Accepts a full 40-digit hex id; nil for anything else.
    public init?(hex: String) {
        let lower = hex.lowercased()
        guard lower.utf8.count == 40, lower.utf8.allSatisfy(isHexDigit) else { return nil }
        self.hex = lower
    }

    /// The 7-character abbreviation git shows by default.
    public var short: String { String(hex.prefix(7)) }

    public var description: String { hex }

    public static func < (a: GitObjectID, b: GitObjectID) -> Bool { a.hex < b.hex }
}

func isHexDigit(_ b: UInt8) -> Bool {
    (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x66) || (b >= 0x41 && b <= 0x46)
}
