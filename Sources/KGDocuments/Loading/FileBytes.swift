import Foundation

/// A regular file's bytes, read with `open` and `read` straight into the
/// array the readers use: `FileHandle` (and `Data` copied into `[UInt8]`)
/// cost more than reading a typical page.
enum FileBytes {
    enum Failure: Error {
        /// `open` failed, with its `errno`.
        case open(Int32)
        /// `read` failed, with its `errno`.
        case read(Int32)
    }

    /// Up to `size` bytes of the file at `path` (fewer when it shrank since
    /// it was measured; what it grew by is not read).
    static func read(path: String, size: Int) throws(Failure) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .open(errno) }
        defer { close(descriptor) }
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, size - count)
                if got > 0 {
                    count += got
                } else if got == 0 {
                    break
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        if failure != 0 { throw .read(failure) }
        return bytes
    }

    /// The system's message for `code` ("Permission denied").
    static func message(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
