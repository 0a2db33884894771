extension Edge {
    /// True for a `HAS_COMPONENT` edge that only restates its combination's
    /// identity: a combination's canonical id is its members joined by ` + `,
    /// so `clofarabine + cytarabine HAS_COMPONENT cytarabine` says nothing the
    /// node's id does not. A component with a stated `role` ("venetoclax as
    /// the backbone") is a fact of its own and is not a membership edge.
    ///
    /// Membership edges stay in the graph (Datalog's `has_component`, the
    /// exports, `kg stats`); the facts table leaves them out on request,
    /// because the schema's facts contract lists what pages state, and a
    /// combination's members are part of its name there.
    ///
    /// ```swift
    /// let edge = Edge(subject: NodeKey(id: "clofarabine + cytarabine", kind: .combination),
    ///                 relation: "HAS_COMPONENT", object: NodeKey(id: "cytarabine", kind: .drug))
    /// edge.isMembership   // true
    /// ```
    public var isMembership: Bool {
        relation == "HAS_COMPONENT" && subject.kind == .combination && attributes["role"] == nil
    }
}
