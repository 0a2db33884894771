import KGGraph

/// A prodrug's activation read through its metabolites: when the page says
/// the drug is activated to a metabolite ("nelarabine is demethylated to
/// ara-G") and that metabolite is activated by an enzyme ("ara-G, which is
/// phosphorylated by dGK and dCK"), the drug is ACTIVATED_BY that enzyme,
/// with the enzyme sentence as evidence. Rule id: `chain.activated_by`.
enum ActivationChainRules {
    static func derive(_ state: inout RuleState) {
        let edges = state.sink.graph.edges.values
        let products = edges.filter { $0.relation == "ACTIVATED_TO" && $0.subject.kind == .drug && $0.object.kind == .metabolite }
        guard !products.isEmpty else { return }
        let activators = edges.filter { $0.relation == "ACTIVATED_BY" && $0.subject.kind == .metabolite }
        guard !activators.isEmpty else { return }
        var unitAt: [Int: Int] = [:]
        for (index, unit) in state.units.enumerated() where unitAt[unit.bytes.lowerBound] == nil { unitAt[unit.bytes.lowerBound] = index }
        for product in products {
            for activator in activators where activator.subject == product.object {
                guard let evidence = activator.evidence.first, let position = unitAt[evidence.bytes.lowerBound] else { continue }
                state.sink.add(product.subject, "ACTIVATED_BY", activator.object, unit: state.units[position], rule: "chain.activated_by",
                               confidence: 0.7, hedged: evidence.hedged)
            }
        }
    }
}
