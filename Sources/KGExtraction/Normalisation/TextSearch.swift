/// Substring search over UTF-8 bytes. Foundation's `String.contains(_:)`
/// goes through NSString and dominated extraction time; the texts searched
/// here are short and the needles ASCII, so a byte scan is both exact and fast.
extension StringProtocol {
    func has(_ needle: String) -> Bool {
        var needleBytes = needle
        return needleBytes.withUTF8 { pattern in
            guard let first = pattern.first else { return true }
            let count = pattern.count
            return self.utf8.withContiguousStorageIfAvailable { haystack -> Bool in
                guard haystack.count >= count else { return false }
                var index = 0
                let last = haystack.count - count
                while index <= last {
                    if haystack[index] == first {
                        var matched = 1
                        while matched < count && haystack[index + matched] == pattern[matched] { matched += 1 }
                        if matched == count { return true }
                    }
                    index += 1
                }
                return false
            } ?? Array(self.utf8).withUnsafeBufferPointer { haystack in
                guard haystack.count >= count else { return false }
                for start in 0...(haystack.count - count) where haystack[start] == first {
                    if (1..<count).allSatisfy({ haystack[start + $0] == pattern[$0] }) { return true }
                }
                return false
            }
        }
    }
}
