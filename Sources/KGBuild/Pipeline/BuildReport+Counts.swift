import KGStore

extension BuildReport {
    /// Fills the graph's size and the pages without facts from the store.
    mutating func readCounts(from store: GraphStore) throws(BuildError) {
        do {
            let counts = try store.factCounts()
            facts = counts.facts
            evidence = counts.evidence
            pagesWithoutFacts = try store.pagesWithoutFacts()
            if note != nil { unchanged = counts.pages }
        } catch {
            throw .store(error)
        }
    }
}
