import KGGraph

/// Names of one thing stated together: a brand named on the page
/// (HAS_BRAND_NAME), "cytarabine (ara-C)", "ABCG2 (also known as BCRP)",
/// "Deoxycytidine Kinase (dCK)" (HAS_SYNONYM). Rule ids: `name.*`.
enum NameRules {
    static func apply(_ unitIndex: Int, _ state: inout RuleState) {
        let unit = state.units[unitIndex]
        let tokens = unit.tokens
        // Mentions are looked at in place: only those that qualify are copied.
        for position in unit.mentions.indices where unit.mentions[position].isBrand && unit.mentions[position].kind == .drug {
            let mention = unit.mentions[position]
            let brand = state.sink.node(id: mention.surface, kind: .name, name: mention.surface)
            state.sink.add(state.sink.node(mention), "HAS_BRAND_NAME", brand, unit: unit, rule: "name.brand", confidence: 0.9)
        }
        for position in unit.mentions.indices where unit.mentions[position].kind == .drug || unit.mentions[position].kind == .gene {
            var index = unit.mentions[position].end
            guard index < tokens.count, tokens[index].key == "(" else { continue }
            let mention = unit.mentions[position]
            index += 1
            if index + 2 < tokens.count, tokens[index].key == "also", tokens[index + 1].key == "known", tokens[index + 2].key == "as" { index += 3 }
            guard position + 1 < unit.mentions.count else { continue }
            let inner = unit.mentions[position + 1]
            guard inner.first == index, inner.end < tokens.count, tokens[inner.end].key == ")", inner.key == mention.key else { continue }
            guard NameKey.key(of: inner.surface) != NameKey.key(of: mention.surface) else { continue }
            let relation = inner.isBrand || mention.isBrand ? "HAS_BRAND_NAME" : "HAS_SYNONYM"
            let name = NameKey.key(of: inner.surface) == NameKey.key(of: mention.id) ? mention.surface : inner.surface
            state.sink.add(state.sink.node(mention), relation, state.sink.node(id: name, kind: .name, name: name),
                           unit: unit, rule: "name.parenthesis", confidence: 0.9)
        }
    }
}
