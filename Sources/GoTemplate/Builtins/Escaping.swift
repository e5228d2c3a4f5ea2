/// The escapers behind Go's `html`, `js` and `urlquery` builtins.
enum Escaping {
    /// `template.HTMLEscapeString`
    static func html(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "&#34;"
            case "'": out += "&#39;"
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\u{0}": out += "\u{FFFD}"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    /// `template.JSEscapeString`
    static func js(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case "'": out += "\\'"
            case "\"": out += "\\\""
            case "<": out += "\\u003C"
            case ">": out += "\\u003E"
            case "&": out += "\\u0026"
            case "=": out += "\\u003D"
            default:
                if u.value < 0x20 {
                    var h = String(u.value, radix: 16, uppercase: true)
                    while h.count < 4 { h = "0" + h }
                    out += "\\u" + h
                } else if u.value >= 0x80 && !goIsPrint(u) {
                    var h = String(u.value, radix: 16, uppercase: true)
                    while h.count < 4 { h = "0" + h }
                    out += "\\u" + h
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }

    /// `url.QueryEscape`
    static func queryEscape(_ s: String) -> String { percentEscape(s, spaceAsPlus: true, keep: "-_.~") }

    /// `url.PathEscape`
    static func pathEscape(_ s: String) -> String { percentEscape(s, spaceAsPlus: false, keep: "-_.~$&+=:@") }

    static func percentEscape(_ s: String, spaceAsPlus: Bool, keep: String) -> String {
        let hex = Array("0123456789ABCDEF")
        var out = ""
        let keepSet = Set(keep.utf8)
        for b in s.utf8 {
            if (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || keepSet.contains(b) {
                out.unicodeScalars.append(Unicode.Scalar(b))
            } else if b == 0x20 && spaceAsPlus {
                out += "+"
            } else {
                out += "%"
                out.append(hex[Int(b >> 4)])
                out.append(hex[Int(b & 15)])
            }
        }
        return out
    }
}
