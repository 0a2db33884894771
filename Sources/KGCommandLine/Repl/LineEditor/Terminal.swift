import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The terminal settings to put back, shared with the signal handlers
/// (which cannot capture context). Written only while the terminal is
/// switched to raw mode, from the REPL's one thread.
nonisolated(unsafe) private var savedTerminalSettings: termios?

/// Raw mode on the controlling terminal: every key arrives as it is pressed,
/// nothing is echoed, and the settings are restored on exit, on `close` and
/// on the signals that end a process (the shell gets a sane terminal back
/// even when `kg repl` is killed).
enum Terminal {
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Switches standard input to raw mode; false when it is not a terminal.
    static func enableRawMode() -> Bool {
        var settings = termios()
        guard tcgetattr(STDIN_FILENO, &settings) == 0 else { return false }
        savedTerminalSettings = settings
        var raw = settings
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        raw.c_cflag |= tcflag_t(CS8)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        guard tcsetattr(STDIN_FILENO, TCSADRAIN, &raw) == 0 else { return false }
        for ending in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(ending) { number in
                Terminal.restore()
                signal(number, SIG_DFL)
                raise(number)
            }
        }
        atexit { Terminal.restore() }
        return true
    }

    /// Puts the saved settings back (safe to call twice, and from a signal handler).
    static func restore() {
        guard var settings = savedTerminalSettings else { return }
        tcsetattr(STDIN_FILENO, TCSADRAIN, &settings)
    }

    /// Reads what bytes are available (blocking for at least one); nil at end of input.
    static func readBytes() -> [UInt8]? {
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(STDIN_FILENO, &buffer, buffer.count)
            if count > 0 { return Array(buffer[..<count]) }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    /// Whether a byte arrives within `milliseconds` (to tell a lone ESC from a sequence).
    static func hasInput(within milliseconds: Int32) -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, milliseconds) > 0
    }

    /// The terminal's width in columns (80 when it cannot be asked).
    static var columns: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
