/// The engine's working set: interned symbols and every relation's tuples.
/// One per evaluation; read-only (and so safe to share) once it is done.
final class Database: @unchecked Sendable {
    let symbols = SymbolTable()
    private(set) var relations: [String: Relation] = [:]
    /// Relations in the order they were created (for listings).
    private(set) var order: [String] = []

    @discardableResult
    func relation(for signature: RelationSignature) -> Relation {
        if let r = relations[signature.name] { return r }
        let r = Relation(signature: signature)
        relations[signature.name] = r
        order.append(signature.name)
        return r
    }

    /// Adds rows given as host values, checking arity and types.
    func add(_ rows: [[Value]], to relation: Relation) throws(EvaluationError) {
        let types = relation.signature.columnTypes
        var cells = [UInt64](repeating: 0, count: max(1, types.count))
        for (n, row) in rows.enumerated() {
            guard row.count == types.count else {
                throw .invalidInput(relation: relation.name,
                                    message: "row \(n + 1) has \(row.count) values; the relation has \(types.count) columns")
            }
            for (c, value) in row.enumerated() {
                switch (value, types[c]) {
                case (.number(let x), .float): cells[c] = Double(x).bitPattern
                case (_, let t) where t == value.type: cells[c] = symbols.encode(value)
                default:
                    throw .invalidInput(relation: relation.name,
                                        message: "row \(n + 1), column \(c + 1): expected a \(types[c].rawValue), got \(value)")
                }
            }
            _ = cells.withUnsafeBufferPointer { relation.store.pointee.insert($0.baseAddress!) }
        }
        relation.store.pointee.settle()
    }

    /// The rows of `relation` as host values, sorted.
    func values(of relation: Relation) -> [[Value]] {
        let store = relation.store.pointee
        let types = relation.signature.columnTypes
        return sortedRowIndices(relation).map { r in
            let row = store.row(Int(r))
            return (0..<store.arity).map { symbols.decode(row[$0], as: types[$0]) }
        }
    }

    /// Row numbers in output order: column by column by value (numbers as
    /// signed, floats numerically, symbols by their text).
    func sortedRowIndices(_ relation: Relation) -> [Int32] {
        let store = relation.store.pointee
        let arity = store.arity
        let rows = store.rows
        let types = relation.signature.columnTypes
        var order = (0..<Int32(store.count)).map { $0 }
        if types.allSatisfy({ $0 == .number }) {
            order.sort { x, y in
                let a = rows + Int(x) * arity, b = rows + Int(y) * arity
                for c in 0..<arity where a[c] != b[c] { return Int64(bitPattern: a[c]) < Int64(bitPattern: b[c]) }
                return false
            }
            return order
        }
        // Symbols compare by text: rank the ones that occur once, by their
        // text, so that the sort compares integers rather than strings.
        let rank = symbolRanks(relation)
        order.sort { x, y in
            let a = rows + Int(x) * arity, b = rows + Int(y) * arity
            for c in 0..<arity where a[c] != b[c] {
                switch types[c] {
                case .number: return Int64(bitPattern: a[c]) < Int64(bitPattern: b[c])
                case .float: return Double(bitPattern: a[c]) < Double(bitPattern: b[c])
                case .symbol: return rank[Int(a[c])] < rank[Int(b[c])]
                }
            }
            return false
        }
        return order
    }

    /// For each symbol id occurring in a symbol column of `relation`, its
    /// place in the text order of those symbols (other entries unused).
    private func symbolRanks(_ relation: Relation) -> [UInt32] {
        let store = relation.store.pointee
        let columns = relation.signature.columnTypes.indices.filter { relation.signature.columnTypes[$0] == .symbol }
        guard !columns.isEmpty else { return [] }
        var seen = [Bool](repeating: false, count: symbols.count)
        var ids: [UInt32] = []
        for r in 0..<store.count {
            let row = store.row(r)
            for c in columns where !seen[Int(row[c])] {
                seen[Int(row[c])] = true
                ids.append(UInt32(truncatingIfNeeded: row[c]))
            }
        }
        let runtime = FunctorRuntime(symbols: symbols)
        ids.sort { runtime.compareSymbols(UInt64($0), UInt64($1)) < 0 }
        var rank = [UInt32](repeating: 0, count: symbols.count)
        for (place, id) in ids.enumerated() { rank[Int(id)] = UInt32(place) }
        return rank
    }
}
