/// Reads regular files out of a (ustar/pax/gnu) tar stream, as Helm's archive loader needs.
struct TarEntry {
    var name: String
    var data: [UInt8]
}

enum TarReader {
    static func entries(_ tar: [UInt8], path: String) throws -> [TarEntry] {
        var out: [TarEntry] = []
        var pos = 0
        var longName: String?
        var paxPath: String?
        while pos + 512 <= tar.count {
            let header = tar[pos..<pos + 512]
            if header.allSatisfy({ $0 == 0 }) { break }
            let size = octal(header, 124, 12)
            let type = header[pos + 156]
            let dataStart = pos + 512
            guard size >= 0, dataStart + size <= tar.count else {
                throw HelmError.load(message: "unexpected EOF", path: path)
            }
            let data = Array(tar[dataStart..<dataStart + size])
            pos = dataStart + (size + 511) / 512 * 512
            switch type {
            case UInt8(ascii: "L"):
                longName = cString(data[...])
            case UInt8(ascii: "x"):
                paxPath = paxRecord(data, key: "path")
            case UInt8(ascii: "g"):
                continue
            case UInt8(ascii: "0"), 0, UInt8(ascii: "7"):
                var name = cString(header[(header.startIndex)..<(header.startIndex + 100)])
                let prefix = cString(header[(header.startIndex + 345)..<(header.startIndex + 500)])
                if header[header.startIndex + 257..<header.startIndex + 262].elementsEqual(Array("ustar".utf8)),
                   !prefix.isEmpty {
                    name = prefix + "/" + name
                }
                if let l = longName { name = l }
                if let p = paxPath { name = p }
                longName = nil
                paxPath = nil
                // Helm normalises Windows separators and refuses paths escaping the chart.
                name = String(name.map { $0 == "\\" ? "/" : $0 })
                if name.split(separator: "/").contains("..") {
                    throw HelmError.load(message: "chart illegally contains content outside the base directory: \"\(name)\"",
                                         path: path)
                }
                out.append(TarEntry(name: name, data: data))
            default:
                longName = nil
                paxPath = nil
            }
        }
        return out
    }

    private static func octal(_ h: ArraySlice<UInt8>, _ offset: Int, _ len: Int) -> Int {
        var v = 0
        let start = h.startIndex + offset
        for b in h[start..<start + len] {
            if b == 0 || b == UInt8(ascii: " ") { if v > 0 { break } else { continue } }
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "7") else { return -1 }
            v = v * 8 + Int(b - UInt8(ascii: "0"))
            if v > Int(Int32.max) { return -1 }
        }
        return v
    }

    private static func cString(_ bytes: ArraySlice<UInt8>) -> String {
        let end = bytes.firstIndex(of: 0) ?? bytes.endIndex
        return String(decoding: bytes[bytes.startIndex..<end], as: UTF8.self)
    }

    private static func paxRecord(_ data: [UInt8], key: String) -> String? {
        // Records: "LEN key=value\n".
        let text = String(decoding: data, as: UTF8.self)
        for line in text.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let kv = line[line.index(after: space)...]
            if kv.hasPrefix(key + "=") { return String(kv.dropFirst(key.count + 1)) }
        }
        return nil
    }
}
