import Testing
@testable import Datalog

@Suite struct StorageTests {
    func withRelation(_ types: [PrimitiveType], _ body: (Relation) -> Void) {
        body(Relation(signature: RelationSignature(name: "r", columnNames: types.map { _ in "c" }, columnTypes: types, location: nil)))
    }

    func insert(_ r: Relation, _ cells: [UInt64]) -> Bool {
        cells.withUnsafeBufferPointer { r.store.pointee.insert($0.baseAddress!) }
    }

    func contains(_ r: Relation, _ cells: [UInt64]) -> Bool {
        cells.withUnsafeBufferPointer { r.store.pointee.contains($0.baseAddress!) }
    }

    @Test func setsDeduplicateAcrossGrowthAndTheSwitchFromPackedKeys() {
        withRelation([.number, .number]) { r in
            for i in 0..<5000 { #expect(insert(r, [UInt64(i % 1000), UInt64(i / 1000)])) }
            #expect(r.store.pointee.pairs != nil)
            for i in 0..<5000 { #expect(!insert(r, [UInt64(i % 1000), UInt64(i / 1000)])) }
            // A negative number does not fit a packed key: the set switches to rows.
            let minusOne = UInt64(bitPattern: -1)
            #expect(insert(r, [minusOne, 7]))
            #expect(r.store.pointee.pairs == nil)
            #expect(!insert(r, [minusOne, 7]))
            #expect(contains(r, [999, 4]) && contains(r, [minusOne, 7]) && !contains(r, [7, minusOne]))
            #expect(r.count == 5001)
        }
    }

    @Test func theKeyReservedForEmptySlotsIsStillATuple() {
        withRelation([.number]) { r in
            #expect(insert(r, [.max]))
            #expect(!insert(r, [.max]))
            #expect(contains(r, [.max]) && !contains(r, [0]))
        }
    }

    @Test func hashIndexChainsAreNewestFirstAndKeptUpToDate() {
        withRelation([.number, .number, .number]) { r in
            let index = r.store.pointee.index(on: [1])
            for i in 0..<100 { _ = insert(r, [UInt64(i), UInt64(i % 3), UInt64(i * 2)]) }
            var key: UInt64 = 2
            var rows: [Int] = []
            var row = index.pointee.first(key: &key, rows: r.store.pointee.rows, arity: 3)
            while row >= 0 { rows.append(row); row = index.pointee.next(row) }
            #expect(rows == Array(stride(from: 98, through: 2, by: -3)))
        }
    }

    @Test func clusteredIndexGroupsRowsByKey() {
        withRelation([.symbol, .number]) { r in
            for i in 0..<300 { _ = insert(r, [UInt64(i % 7), UInt64(i)]) }
            let index = ClusteredIndex(columns: [0], store: r.store.pointee)
            defer { index.deallocate() }
            for k in 0..<8 {
                var key = UInt64(k)
                let (start, count) = index.lookup(&key)
                let values = (start..<start + count).map { index.rows[$0 * 2 + 1] }
                #expect(Set(values) == Set((0..<300).filter { $0 % 7 == k }.map(UInt64.init)))
                #expect((start..<start + count).allSatisfy { r.store.pointee.row(Int(index.origins[$0]))[1] == index.rows[$0 * 2 + 1] })
            }
        }
    }

    /// Symbols of every length class the table treats apart (empty, under 4,
    /// under 8, 8, up to 16, longer), and long ones sharing their first
    /// eight bytes and length, across the table's growth.
    @Test func symbolsOfEveryLengthAndSharedPrefixesStayDistinct() {
        let symbols = SymbolTable()
        var texts: [String] = ["", "a", "ab", "abc"]
        for i in 0..<3000 {
            texts.append("d\(i)")
            texts.append("abcdefgh\(i % 10)x\(i)")      // same first eight bytes
            texts.append(String(repeating: "z", count: i % 40) + "\(i)")
        }
        let ids = texts.map { symbols.intern($0) }
        #expect(Set(ids).count == Set(texts).count)
        for (text, id) in zip(texts, ids) {
            #expect(symbols.intern(text) == id && symbols.string(id) == text && symbols.lookup(text) == id)
        }
        #expect(symbols.lookup("abcdefgh1x2") == nil && symbols.lookup("d3000") == nil)
    }

    @Test func symbolsInternToStableIds() {
        let symbols = SymbolTable()
        let ids = (0..<5000).map { symbols.intern("s\($0)") }
        #expect(Set(ids).count == 5000)
        #expect((0..<5000).allSatisfy { symbols.intern("s\($0)") == ids[$0] && symbols.string(ids[$0]) == "s\($0)" })
        #expect(symbols.intern("") == symbols.intern("") && symbols.string(symbols.intern("")) == "")
        #expect(symbols.lookup("absent") == nil && symbols.lookup("s42") == ids[42])
        #expect(symbols.string(symbols.intern("α→β")) == "α→β")
    }
}

extension StorageTests {
    @Test func membershipFilterNeverRejectsAPresentTuple() {
        withRelation([.symbol, .symbol]) { r in
            for i in 0..<10_000 { _ = insert(r, [UInt64(i), UInt64(i * 3 % 1000)]) }
            guard let filter = r.store.pointee.membershipFilter() else { Issue.record("no filter"); return }
            var wrong = 0, absentRejected = 0
            for i in 0..<20_000 {
                let t: [UInt64] = [UInt64(i), UInt64(i * 3 % 1000)]
                let viaFilter = t.withUnsafeBufferPointer { r.store.contains($0.baseAddress!, filter: filter) }
                if viaFilter != contains(r, t) { wrong += 1 }
                if i >= 10_000 && !viaFilter { absentRejected += 1 }
            }
            #expect(wrong == 0)
            #expect(absentRejected > 9_850)  // the filter rejects all but about 1% of absent tuples
        }
    }
}

extension StorageTests {
    @Test func numbersAreWrittenInDecimalAtEveryWidth() {
        let sink = ByteSink(capturing: ())
        let values: [Int64] = [0, 7, -7, 9, 10, 99, 100, 12345, -12345, 999_999_999_999, .max, .min, .min + 1]
        for v in values { sink.number(v); sink.byte(10) }
        sink.flush()
        #expect(String(decoding: sink.captured, as: UTF8.self) == values.map { "\($0)\n" }.joined())
    }

    /// A binary relation of numbers is written in order from its pair set;
    /// the order must be the sorted rows' order.
    @Test func pairSetOrderIsTheSortedOrderOfTheRows() {
        let database = Database()
        let relation = database.relation(for: RelationSignature(name: "r", columnNames: ["a", "b"], columnTypes: [.number, .number], location: nil))
        var random = SplitMix64(state: 7)
        var rows: [[Value]] = []
        for i in 0..<20_000 {
            let a = random.below(i < 10_000 ? 50 : 5000)   // dense groups, then sparse ones
            let b = random.below(i % 3 == 0 ? 100_000 : 300)
            rows.append([.number(Int64(a)), .number(Int64(b))])
        }
        try? database.add(rows, to: relation)
        #expect(relation.store.pointee.pairs != nil)
        let viaSet = ByteSink(capturing: ())
        viaSet.writeRows(of: relation, database: database)
        viaSet.flush()
        let viaSort = ByteSink(capturing: ())
        viaSort.writeRows(of: relation, database: database, rows: database.sortedRowIndices(relation))
        viaSort.flush()
        #expect(viaSet.captured == viaSort.captured && !viaSet.captured.isEmpty)
    }
}
