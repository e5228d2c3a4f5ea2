/// Turns libyaml's mark index (it counts characters, not bytes, and does not count a leading
/// byte-order mark) into a byte offset in the source.
struct SourceOffsets {
    private let bomBytes: Int
    private let byteCount: Int
    /// Byte offset of each character, only built when the text is not pure ASCII.
    private let characterStarts: [Int32]?

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        byteCount = bytes.count
        let bom = bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF
        bomBytes = bom ? 3 : 0
        var ascii = true
        for b in bytes where b >= 0x80 { ascii = false; break }
        if ascii {
            characterStarts = nil
        } else {
            var starts: [Int32] = []
            starts.reserveCapacity(bytes.count)
            var i = bomBytes
            while i < bytes.count {
                if bytes[i] & 0xC0 != 0x80 { starts.append(Int32(truncatingIfNeeded: i)) }
                i += 1
            }
            characterStarts = starts
        }
    }

    func byteOffset(ofCharacter index: Int) -> Int {
        guard let starts = characterStarts else { return min(index + bomBytes, byteCount) }
        return index >= 0 && index < starts.count ? Int(starts[index]) : byteCount
    }
}
