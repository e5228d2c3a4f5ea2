#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Unbuffered-by-Swift writes of whole outputs: renders are built in one buffer and written once.
enum StandardOutput {
    static func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buf in
            _ = fwrite(buf.baseAddress, 1, buf.count, stdout)
        }
        fflush(stdout)
    }

    /// Colour only on a terminal and when NO_COLOR is unset (https://no-color.org).
    static var wantsColor: Bool {
        if getenv("NO_COLOR") != nil { return false }
        return isatty(1) != 0
    }
}

enum StandardError {
    static func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buf in
            _ = fwrite(buf.baseAddress, 1, buf.count, stderr)
        }
    }

    /// Colour only on a terminal and when NO_COLOR is unset (https://no-color.org).
    static var wantsColor: Bool {
        if getenv("NO_COLOR") != nil { return false }
        return isatty(2) != 0
    }
}
