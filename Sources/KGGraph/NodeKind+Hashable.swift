extension NodeKind {
    /// Hashes the case, not its name. A raw-value enum hashes its
    /// `rawValue` by default (here a string such as `"ResistanceMechanism"`),
    /// and a kind is hashed with every node key and edge key, so graph
    /// building spent much of its hashing on kind names. Equality is
    /// unchanged, and hash values never leave the process.
    ///
    /// ```swift
    /// Set<NodeKind>([.drug, .gene]).contains(.gene)   // true, one small integer hashed
    /// ```
    public func hash(into hasher: inout Hasher) {
        hasher.combine(caseNumber)
    }

    /// The case's place in the declaration.
    private var caseNumber: UInt8 {
        switch self {
        case .drug: 0
        case .drugClass: 1
        case .metabolite: 2
        case .gene: 3
        case .process: 4
        case .disease: 5
        case .adverseEvent: 6
        case .condition: 7
        case .resistanceMechanism: 8
        case .combination: 9
        case .cellLine: 10
        case .study: 11
        case .document: 12
        case .value: 13
        case .name: 14
        }
    }
}
