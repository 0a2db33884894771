extension String {
    /// The same text as `lowercased()`, built over UTF-8 bytes: ASCII
    /// letters are lowered by arithmetic and other scalars copied unless
    /// they change when lower-cased (then their full lower-case mapping is
    /// written, as `lowercased()` does scalar by scalar). The standard
    /// library leaves its ASCII fast path for the whole string as soon as
    /// one `µ` or `’` appears, and most sentences have one.
    ///
    /// ```swift
    /// "Bcl-xL’s β-Catenin".lowercasedFast()   // "bcl-xl’s β-catenin"
    /// ```
    func lowercasedFast() -> String {
        withUTF8Bytes { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    out.append(byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte)
                    index += 1
                    continue
                }
                let (scalar, length) = Tokenizer.scalar(bytes, index)
                if scalar.properties.changesWhenLowercased {
                    out.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
                }
                index += length
            }
            return String(decoding: out, as: UTF8.self)
        }
    }
}
