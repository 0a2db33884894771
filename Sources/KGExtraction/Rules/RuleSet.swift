/// The rule families, in the order they run over a page. Sentence rules run
/// unit by unit; the resistance pass runs after them, as it links what the
/// whole page established (mechanisms, and drugs that counter them).
enum RuleSet {
    static func apply(_ state: inout RuleState) {
        for index in state.units.indices {
            NameRules.apply(index, &state)
            ClassRules.apply(index, &state)
            MechanismRules.apply(index, &state)
            IndicationRules.apply(index, &state)
            SectionListRules.apply(index, &state)
            CautionRules.apply(index, &state)
            ReliabilityRules.apply(index, &state)
        }
    }
}
