import Testing
@testable import Datalog

/// `PairSet` against a plain `Set` of pairs, through every change of a
/// group's container: one inline value, a hash block, a bitmap, and back to
/// a hash block when a far value would make the bitmap too large.
@Suite struct PairSetTests {
    struct Pair: Hashable { let first: UInt32, second: UInt32 }

    func check(_ pairs: [Pair]) {
        var set = PairSet()
        defer { set.deallocate() }
        var expected = Set<Pair>()
        for p in pairs {
            let new = expected.insert(p).inserted
            #expect(set.insert(first: p.first, second: p.second) == new, "insert \(p)")
        }
        #expect(set.count == expected.count)
        #expect(set.groupCount == Set(expected.map(\.first)).count)
        for p in expected { #expect(set.contains(first: p.first, second: p.second), "contains \(p)") }
        for p in pairs.prefix(500) {
            let absent = Pair(first: p.first, second: p.second &+ 1_000_003)
            if absent.second != PairSet.emptySlot {
                #expect(set.contains(first: absent.first, second: absent.second) == expected.contains(absent))
            }
        }
    }

    @Test func denseGroupsBecomeBitmapsAndAgreeWithASet() {
        var numbers = SplitMix64(state: 1)
        check((0..<60_000).map { _ in Pair(first: UInt32(numbers.below(50)), second: UInt32(numbers.below(3000))) })
    }

    @Test func sparseGroupsStayHashedAndAgreeWithASet() {
        var numbers = SplitMix64(state: 2)
        check((0..<60_000).map { _ in Pair(first: UInt32(numbers.below(20_000)), second: UInt32(numbers.below(4_000_000_000))) })
    }

    @Test func aFarValueTurnsABitmapBackIntoAHashBlock() {
        var pairs = (0..<200).map { Pair(first: 9, second: UInt32($0)) }
        pairs.append(Pair(first: 9, second: 4_000_000_000))
        pairs += (0..<200).map { Pair(first: 9, second: UInt32($0 * 7)) }
        pairs.append(Pair(first: 9, second: 0))
        check(pairs)
    }

    @Test func bitmapsWidenForLargerValuesInTheirRange() {
        check((0..<2000).map { Pair(first: UInt32($0 % 3), second: UInt32($0 * 5)) } + (0..<2000).map { Pair(first: 1, second: UInt32($0)) })
    }

    @Test func capacitiesArePowersOfTwoFilledAtMostThreeQuarters() {
        for n in 2..<5000 {
            let c = PairSet.capacity(for: n)
            #expect(c >= 4 && c & (c - 1) == 0 && n * 4 <= c * 3 && (c == 4 || n * 8 > c * 3))
        }
        #expect(PairSet.bitmapWords(covering: 0) == 4 && PairSet.bitmapWords(covering: 128) == 8)
        #expect(!PairSet.fits(first: 1, second: UInt64(UInt32.max)) && !PairSet.fits(first: 1 << 32, second: 0))
    }
}
