/// A small DEFLATE (RFC 1951) decoder with a gzip (RFC 1952) wrapper, for chart archives.
/// Output is bounded so a hostile archive cannot exhaust memory.
public struct InflateError: Error, Equatable, Sendable {
    public var message: String
}

public enum Inflate {
    /// Largest decompressed size accepted (charts are small; Helm caps files at 5 MiB each).
    public static let maxOutput = 256 << 20

    /// Decompresses a gzip stream (one or more members).
    public static func gunzip(_ data: [UInt8], limit: Int = maxOutput) throws -> [UInt8] {
        var out: [UInt8] = []
        var pos = 0
        repeat {
            guard data.count - pos >= 18, data[pos] == 0x1f, data[pos + 1] == 0x8b else {
                throw InflateError(message: pos == 0 ? "gzip: invalid header" : "gzip: trailing garbage")
            }
            guard data[pos + 2] == 8 else { throw InflateError(message: "gzip: unsupported compression method") }
            let flags = data[pos + 3]
            var p = pos + 10
            if flags & 0x04 != 0 {
                guard p + 2 <= data.count else { throw InflateError(message: "unexpected EOF") }
                p += 2 + Int(data[p]) + Int(data[p + 1]) << 8
            }
            if flags & 0x08 != 0 { while p < data.count && data[p] != 0 { p += 1 }; p += 1 }
            if flags & 0x10 != 0 { while p < data.count && data[p] != 0 { p += 1 }; p += 1 }
            if flags & 0x02 != 0 { p += 2 }
            guard p <= data.count else { throw InflateError(message: "unexpected EOF") }
            var reader = BitReader(data: data, position: p)
            try inflate(&reader, into: &out, limit: limit)
            pos = reader.alignedPosition + 8 // CRC32 + ISIZE
            guard pos <= data.count else { throw InflateError(message: "unexpected EOF") }
        } while pos < data.count && data[pos] == 0x1f
        return out
    }

    /// Decodes raw DEFLATE data from `reader`, appending to `out`.
    static func inflate(_ reader: inout BitReader, into out: inout [UInt8], limit: Int) throws {
        var final = false
        while !final {
            final = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0:
                reader.alignToByte()
                let len = try reader.bits(16), nlen = try reader.bits(16)
                guard len == (~nlen & 0xffff) else { throw InflateError(message: "flate: corrupt stored block") }
                guard out.count + len <= limit else { throw InflateError(message: "archive too large") }
                out.append(contentsOf: try reader.bytes(len))
            case 1:
                try decodeBlock(&reader, into: &out, limit: limit, lit: Huffman.fixedLiteral, dist: Huffman.fixedDistance)
            case 2:
                let (lit, dist) = try readDynamicTables(&reader)
                try decodeBlock(&reader, into: &out, limit: limit, lit: lit, dist: dist)
            default:
                throw InflateError(message: "flate: invalid block type")
            }
        }
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59,
                                            67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4,
                                             5, 5, 5, 5, 0]
    private static let distBase: [Int] = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769,
                                          1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577]
    private static let distExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10,
                                           11, 11, 12, 12, 13, 13]

    private static func decodeBlock(_ r: inout BitReader, into out: inout [UInt8], limit: Int,
                                    lit: Huffman, dist: Huffman) throws {
        while true {
            let sym = try lit.decode(&r)
            if sym < 256 {
                guard out.count < limit else { throw InflateError(message: "archive too large") }
                out.append(UInt8(sym))
            } else if sym == 256 {
                return
            } else {
                let li = sym - 257
                guard li < lengthBase.count else { throw InflateError(message: "flate: corrupt length code") }
                let length = lengthBase[li] + (try r.bits(lengthExtra[li]))
                let di = try dist.decode(&r)
                guard di < distBase.count else { throw InflateError(message: "flate: corrupt distance code") }
                let distance = distBase[di] + (try r.bits(distExtra[di]))
                guard distance <= out.count else { throw InflateError(message: "flate: distance too far back") }
                guard out.count + length <= limit else { throw InflateError(message: "archive too large") }
                let start = out.count - distance
                for k in 0..<length { out.append(out[start + k]) }
            }
        }
    }

    private static func readDynamicTables(_ r: inout BitReader) throws -> (Huffman, Huffman) {
        let hlit = try r.bits(5) + 257, hdist = try r.bits(5) + 1, hclen = try r.bits(4) + 4
        let order = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]
        var codeLengths = [Int](repeating: 0, count: 19)
        for i in 0..<hclen { codeLengths[order[i]] = try r.bits(3) }
        let clTable = try Huffman(lengths: codeLengths)
        var lengths: [Int] = []
        while lengths.count < hlit + hdist {
            let sym = try clTable.decode(&r)
            switch sym {
            case 0..<16: lengths.append(sym)
            case 16:
                guard let prev = lengths.last else { throw InflateError(message: "flate: bad repeat") }
                lengths += Array(repeating: prev, count: 3 + (try r.bits(2)))
            case 17: lengths += Array(repeating: 0, count: 3 + (try r.bits(3)))
            default: lengths += Array(repeating: 0, count: 11 + (try r.bits(7)))
            }
        }
        guard lengths.count == hlit + hdist else { throw InflateError(message: "flate: bad code lengths") }
        return (try Huffman(lengths: Array(lengths[0..<hlit])), try Huffman(lengths: Array(lengths[hlit...])))
    }
}

/// LSB-first bit reader over a byte array.
struct BitReader {
    let data: [UInt8]
    var position: Int
    private var buffer: UInt64 = 0
    private var count = 0

    init(data: [UInt8], position: Int) {
        self.data = data
        self.position = position
    }

    mutating func bits(_ n: Int) throws -> Int {
        if n == 0 { return 0 }
        while count < n {
            guard position < data.count else { throw InflateError(message: "unexpected EOF") }
            buffer |= UInt64(data[position]) << UInt64(count)
            position += 1
            count += 8
        }
        let v = Int(buffer & ((1 << UInt64(n)) - 1))
        buffer >>= UInt64(n)
        count -= n
        return v
    }

    mutating func alignToByte() {
        let drop = count % 8
        buffer >>= UInt64(drop)
        count -= drop
    }

    mutating func bytes(_ n: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(n)
        while count >= 8 && out.count < n {
            out.append(UInt8(buffer & 0xff))
            buffer >>= 8
            count -= 8
        }
        let rest = n - out.count
        guard position + rest <= data.count else { throw InflateError(message: "unexpected EOF") }
        out.append(contentsOf: data[position..<position + rest])
        position += rest
        return out
    }

    /// Byte position after the last fully consumed byte (unused buffered bits returned).
    var alignedPosition: Int { position - count / 8 }
}

/// Canonical Huffman decoding table (counts per length + sorted symbols, as zlib's puff.c).
struct Huffman {
    private var counts = [Int](repeating: 0, count: 16)
    private var symbols: [Int] = []

    init(lengths: [Int]) throws {
        for l in lengths { counts[l] += 1 }
        counts[0] = 0
        var offsets = [Int](repeating: 0, count: 16)
        for i in 1..<16 { offsets[i] = offsets[i - 1] + counts[i - 1] }
        symbols = [Int](repeating: 0, count: lengths.count)
        for (sym, l) in lengths.enumerated() where l != 0 {
            symbols[offsets[l]] = sym
            offsets[l] += 1
        }
    }

    func decode(_ r: inout BitReader) throws -> Int {
        var code = 0, first = 0, index = 0
        for len in 1..<16 {
            code |= try r.bits(1)
            let count = counts[len]
            if code - count < first { return symbols[index + (code - first)] }
            index += count
            first += count
            first <<= 1
            code <<= 1
        }
        throw InflateError(message: "flate: corrupt huffman code")
    }

    static let fixedLiteral: Huffman = {
        var l = [Int](repeating: 8, count: 288)
        for i in 144..<256 { l[i] = 9 }
        for i in 256..<280 { l[i] = 7 }
        return (try? Huffman(lengths: l)) ?? Huffman.empty
    }()

    static let fixedDistance: Huffman = (try? Huffman(lengths: [Int](repeating: 5, count: 30))) ?? Huffman.empty

    private static let empty = Huffman()
    private init() {}
}
