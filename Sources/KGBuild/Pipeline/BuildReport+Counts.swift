import KGStore

extension BuildReport {
    /// Fills the graph's size and the pages without facts from the store.
    mutating func readCounts(from store: GraphStore) throws(BuildError) {
        do {
            let statistics = try store.statistics()
            facts = statistics.edges
            evidence = statistics.evidence
            pagesWithoutFacts = try store.pagesWithoutFacts()
            if note != nil { unchanged = statistics.pages }
        } catch {
            throw .store(error)
        }
    }
}
