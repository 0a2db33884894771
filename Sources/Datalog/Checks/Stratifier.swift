/// Stratification: the strongly connected components of the relations'
/// dependency graph (Tarjan's algorithm, iterative so that deep programs
/// cannot overflow the stack), in dependency order. A negation or an
/// aggregate inside a component is an error naming the cycle, relation by
/// relation: `a -> !b -> a`.
///
/// Only relations with rules or facts are in strata; the others (host
/// relations, `.input` relations without rules) are read as they are.
struct Stratifier {
    struct Dependency {
        var head: Int
        var body: Int
        var use: AtomUse
        var location: SourceLocation
    }

    let program: Program
    var names: [String] = []
    var index: [String: Int] = [:]
    var dependencies: [Dependency] = []
    var edges: [[Int]] = []
    var diagnostics: [Diagnostic] = []

    init(program: Program, relations: Set<String>) {
        self.program = program
        // Nodes: relations in order of first appearance in rules, so strata are stable.
        for rule in program.rules {
            rule.forEachAtom { atom, _, _ in
                guard relations.contains(atom.relation) else { return }
                node(atom.relation)
            }
        }
        edges = Array(repeating: [], count: names.count)
        for rule in program.rules {
            guard let head = index[rule.head.relation] else { continue }
            for literal in rule.body {
                literal.forEachAtom { atom, use in
                    guard let body = index[atom.relation] else { return }
                    dependencies.append(Dependency(head: head, body: body, use: use, location: atom.location))
                    edges[head].append(body)
                }
            }
        }
    }

    @discardableResult
    mutating func node(_ name: String) -> Int {
        if let known = index[name] { return known }
        index[name] = names.count
        names.append(name)
        return names.count - 1
    }

    /// Components in dependency order (a component after those it reads).
    func components() -> [[Int]] {
        var order = Array(repeating: -1, count: names.count)
        var lowLink = Array(repeating: 0, count: names.count)
        var onStack = Array(repeating: false, count: names.count)
        var stack: [Int] = []
        var result: [[Int]] = []
        var counter = 0
        for root in names.indices where order[root] < 0 {
            // Each frame: a node and the position of the next edge to follow.
            var frames: [(node: Int, edge: Int)] = [(root, 0)]
            order[root] = counter; lowLink[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            while let frame = frames.last {
                let v = frame.node
                if frame.edge < edges[v].count {
                    frames[frames.count - 1].edge += 1
                    let w = edges[v][frame.edge]
                    if order[w] < 0 {
                        order[w] = counter; lowLink[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, 0))
                    } else if onStack[w] {
                        lowLink[v] = min(lowLink[v], order[w])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { lowLink[parent.node] = min(lowLink[parent.node], lowLink[v]) }
                if lowLink[v] == order[v] {
                    var component: [Int] = []
                    while true {
                        let w = stack.removeLast()
                        onStack[w] = false
                        component.append(w)
                        if w == v { break }
                    }
                    result.append(component.sorted())
                }
            }
        }
        return result
    }

    /// The strata, reporting every negation or aggregate inside a cycle.
    mutating func stratify() -> [Stratum] {
        let components = components()
        var componentOf = Array(repeating: 0, count: names.count)
        for (number, component) in components.enumerated() { for node in component { componentOf[node] = number } }
        var reportedPairs: Set<[Int]> = []
        for dependency in dependencies where dependency.use != .positive && componentOf[dependency.head] == componentOf[dependency.body] {
            guard reportedPairs.insert([dependency.head, dependency.body]).inserted else { continue }
            reportCycle(through: dependency, within: Set(components[componentOf[dependency.head]]))
        }
        var rulesOf = Array(repeating: [Int](), count: names.count)
        for (number, rule) in program.rules.enumerated() {
            if let head = index[rule.head.relation] { rulesOf[head].append(number) }
        }
        var recursiveComponents: Set<Int> = []
        for dependency in dependencies where componentOf[dependency.head] == componentOf[dependency.body] {
            recursiveComponents.insert(componentOf[dependency.head])
        }
        var strata: [Stratum] = []
        for (number, component) in components.enumerated() {
            let ruleIndices = component.flatMap { rulesOf[$0] }.sorted()
            guard !ruleIndices.isEmpty else { continue }
            let recursive = recursiveComponents.contains(number)
            strata.append(Stratum(relations: component.filter { !rulesOf[$0].isEmpty }.map { names[$0] },
                                  ruleIndices: ruleIndices, isRecursive: recursive))
        }
        return strata
    }

    /// `a -> !b -> c -> a`: the negated (or aggregated) step, then the
    /// shortest way back within the component.
    mutating func reportCycle(through dependency: Dependency, within component: Set<Int>) {
        // Breadth-first from the body relation back to the head.
        let (head, body) = (dependency.head, dependency.body)
        var previous: [Int: Dependency] = [:]
        var queue = [body]
        var seen: Set<Int> = [body]
        var position = 0
        while head != body, position < queue.count, previous[head] == nil {
            let current = queue[position]
            position += 1
            for step in dependencies where step.head == current && component.contains(step.body) && !seen.contains(step.body) {
                previous[step.body] = step
                seen.insert(step.body)
                queue.append(step.body)
            }
        }
        var path: [Dependency] = []
        var current = head
        while current != body, let step = previous[current] {
            path.append(step)
            current = step.head
        }
        path.reverse()
        let steps = [dependency] + path
        var text = names[dependency.head]
        for step in steps { text += " -> " + Stratifier.label(step.use) + names[step.body] }
        let through = dependency.use == .negated ? "its own negation" : "an aggregate over itself"
        diagnostics.append(.error(
            "relation '\(names[dependency.head])' depends on \(through): \(text)", at: dependency.location,
            hint: "negation and aggregation must be stratified: no relation may depend on them through a cycle"))
    }

    static func label(_ use: AtomUse) -> String {
        switch use {
        case .positive: ""
        case .negated: "!"
        case .aggregated: "aggregate "
        }
    }
}
