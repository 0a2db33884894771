/// Batched insertion: the hash set of a big relation does not fit in any
/// cache, so inserting one tuple at a time waits on a memory miss per tuple
/// (two when the set holds row numbers: the slot, then the row). Inserting a
/// batch in two passes — hash every tuple and load its first slot (and row),
/// then insert — lets the processor overlap the misses of the first pass
/// (its loads do not depend on each other), as software prefetching would.
extension RelationStore {
    /// Inserts `count` tuples laid out one after the other; `origins` (one
    /// per tuple) is recorded as provenance when it is kept. Calls `inserted`
    /// with the number of each new tuple's row; stops early (returning the
    /// number of tuples consumed) if it returns false.
    @inline(__always)
    mutating func insertBatch(_ tuples: UnsafePointer<UInt64>, count n: Int, origins: UnsafePointer<UInt64>?,
                              inserted: (Int) -> Bool) -> Int {
        let chunk = 32
        var hashes = (UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0),
                      UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0), UInt64(0))
        return withUnsafeMutableBytes(of: &hashes) { raw in
            let h = raw.baseAddress!.assumingMemoryBound(to: UInt64.self)
            var start = 0
            while start < n {
                let m = min(chunk, n - start)
                var sink: UInt64 = 0
                for i in 0..<m {
                    let hash = self.hash(tuples + (start + i) * arity)
                    h[i] = hash
                    sink &+= touch(hash)
                }
                if sink == 0x5EED { touchSink &+= 1 }
                for i in 0..<m {
                    let t = tuples + (start + i) * arity
                    if insert(t, hash: h[i], origin: origins?[start + i] ?? 0) {
                        if !inserted(count - 1) { return start + i + 1 }
                    }
                }
                start += m
            }
            return n
        }
    }
}

/// Written only so that the loads of the warm-up passes are not optimised away.
nonisolated(unsafe) var touchSink: UInt64 = 0
