/// The rule families, in the order they run over a page. Sentence rules run
/// unit by unit; resistance remedies run after them, as they link what the
/// whole page established (mechanisms, and drugs that counter them).
enum RuleSet {
    static func apply(_ state: inout RuleState) {
        for index in state.units.indices {
            NameRules.apply(index, &state)
            FrontMatterRules.apply(index, &state)
            ClassRules.apply(index, &state)
            MechanismRules.apply(index, &state)
            SynergyRules.apply(index, &state)
            IndicationRules.apply(index, &state)
            SectionListRules.apply(index, &state)
            CautionRules.apply(index, &state)
            TableRules.apply(index, &state)
            OutcomeRules.apply(index, &state)
            ReportedEventRules.apply(index, &state)
            ReferenceRules.apply(index, &state)
            ResistanceRules.apply(index, &state)
            ReliabilityRules.apply(index, &state)
        }
        for index in state.units.indices {
            AddressesRules.apply(index, &state)
        }
        AddressesRules.derive(&state)
        ActivationChainRules.derive(&state)
    }
}
