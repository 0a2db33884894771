extension EdgeKey {
    /// Hashes the subject's and object's ids and the relation, not the
    /// kinds or the attributes. Keys that differ only there (a side effect
    /// stated with two frequencies) share a hash and are told apart by
    /// equality, which compares every field; hashing a dictionary of
    /// attributes (each pair with a hasher of its own) cost more than the
    /// rest of the key, and every fact a page states is hashed this way.
    ///
    /// ```swift
    /// let a = EdgeKey(subject: drug, relation: "CAUSES_ADVERSE_EVENT", object: nausea, attributes: ["frequency": "common"])
    /// let b = EdgeKey(subject: drug, relation: "CAUSES_ADVERSE_EVENT", object: nausea, attributes: ["frequency": "rare"])
    /// a.hashValue == b.hashValue   // true
    /// a == b                       // false
    /// ```
    public func hash(into hasher: inout Hasher) {
        hasher.combine(subject.id)
        hasher.combine(relation)
        hasher.combine(object.id)
    }
}
