import KGGraph

/// How each kind of node looks in a DOT picture: a shape and a fill colour,
/// so that drugs, genes, mechanisms and combinations read apart at a glance.
struct DOTStyle {
    var shape: String
    var fill: String

    static func of(_ kind: NodeKind) -> DOTStyle {
        switch kind {
        case .drug: DOTStyle(shape: "box", fill: "#cfe2f3")
        case .drugClass: DOTStyle(shape: "box", fill: "#e6eef7")
        case .metabolite: DOTStyle(shape: "box", fill: "#d9ead3")
        case .gene: DOTStyle(shape: "ellipse", fill: "#fff2cc")
        case .process: DOTStyle(shape: "ellipse", fill: "#ead1dc")
        case .disease: DOTStyle(shape: "octagon", fill: "#f4cccc")
        case .adverseEvent: DOTStyle(shape: "octagon", fill: "#fce5cd")
        case .condition: DOTStyle(shape: "octagon", fill: "#f3f3f3")
        case .resistanceMechanism: DOTStyle(shape: "diamond", fill: "#ea9999")
        case .combination: DOTStyle(shape: "hexagon", fill: "#b6d7a8")
        case .cellLine: DOTStyle(shape: "component", fill: "#eeeeee")
        case .study: DOTStyle(shape: "note", fill: "#ffffff")
        case .document: DOTStyle(shape: "note", fill: "#f3f3f3")
        case .value: DOTStyle(shape: "plaintext", fill: "#ffffff")
        case .name: DOTStyle(shape: "plaintext", fill: "#ffffff")
        }
    }

    /// Negative statements are drawn red; derived ones dashed.
    static func edgeAttributes(_ edge: Edge) -> [String] {
        var out: [String] = []
        if edge.relation.hasPrefix("NOT_") { out += ["color=\"#cc0000\"", "fontcolor=\"#cc0000\""] }
        if edge.attributes["basis"] == "derived" { out.append("style=dashed") }
        if edge.evidence.count > 1 { out.append("penwidth=\(min(1 + Double(edge.evidence.count) * 0.5, 4))") }
        return out
    }
}
