/// A plan as one line per step, for reading what the planner chose (join
/// order, index or grouped scan, where filters sit):
///
/// ```text
/// 0 scanGrouped path[delta] slot 0 bind c0→r1 c1→r2
/// 1 lookup edge keys r2 slot 1 bind c1→r3
/// 2 emit path keys r1 r3
/// ```
extension RulePlan: CustomStringConvertible {
    var description: String {
        var lines: [String] = []
        for pc in 0..<stepCount {
            let s = steps[pc]
            var line = "\(pc) \(s.kind)"
            if s.slot >= 0 && s.slot < slotRelations.count { line += " \(slotRelations[s.slot])" }
            if s.kind == .scan || s.kind == .probe { line += "[\(s.version)]" }
            if s.keys.count > 0 { line += " keys " + (0..<s.keys.count).map { "r\(s.keys[$0])" }.joined(separator: " ") }
            if s.bindColumns.count > 0 {
                line += " bind " + (0..<s.bindColumns.count).map { "c\(s.bindColumns[$0])→r\(s.bindRegisters[$0])" }.joined(separator: " ")
            }
            if s.checkColumns.count > 0 {
                line += " check " + (0..<s.checkColumns.count).map { "c\(s.checkColumns[$0])=r\(s.checkRegisters[$0])" }.joined(separator: " ")
            }
            if s.kind == .compare { line += " r\(s.a) \(s.compareOp) r\(s.b)" }
            if s.kind == .exists && s.filter != nil { line += " (filtered)" }
            if s.warmIndex != nil { line += " (warms c\(s.warmColumn))" }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
