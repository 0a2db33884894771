/// The syntax tree of a Datalog program, as the parser produces it and the
/// checks, planner and evaluator read it. Names are kept as written; nothing
/// here is resolved yet.
///
/// A program such as
///
/// ```
/// .decl edge(x: number, y: number)
/// .input edge
/// path(x, y) :- edge(x, y).
/// path(x, z) :- path(x, y), edge(y, z).
/// ?- path(1, y).
/// ```
///
/// has one declaration, one directive, two rules and one query.
public struct Program: Sendable, Hashable {
    public var types: [TypeDeclaration] = []
    public var relations: [RelationDeclaration] = []
    public var directives: [Directive] = []
    /// Rules and facts (a fact is a rule with an empty body), in source order.
    public var rules: [Rule] = []
    public var queries: [Query] = []

    public init() {}
}

/// `.type Name <: symbol` (a subtype) or `.type Name = number` (an alias).
public struct TypeDeclaration: Sendable, Hashable {
    public enum Form: Sendable, Hashable { case subtype, alias }
    public var name: String
    public var form: Form
    /// The type it refines or renames, as written (`symbol`, `number`, `float` or another declared type).
    public var base: String
    public var location: SourceLocation
    /// Where `base` is written (set by the parser; `nil` in a tree built in code).
    public var baseLocation: SourceLocation? = nil

    public init(name: String, form: Form, base: String, location: SourceLocation) {
        self.name = name
        self.form = form
        self.base = base
        self.location = location
    }
}

/// `.decl name(attribute: type, ...)`.
public struct RelationDeclaration: Sendable, Hashable {
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var type: String
        public var location: SourceLocation
        /// Where `type` is written (set by the parser; `nil` in a tree built in code).
        public var typeLocation: SourceLocation? = nil
        public init(name: String, type: String, location: SourceLocation) {
            self.name = name
            self.type = type
            self.location = location
        }
    }
    public var name: String
    public var attributes: [Attribute]
    public var location: SourceLocation

    public init(name: String, attributes: [Attribute], location: SourceLocation) {
        self.name = name
        self.attributes = attributes
        self.location = location
    }
}

/// `.input r`, `.output r, s`, `.printsize r`, with `(key=value, ...)` parameters.
public struct Directive: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable { case input, output, printsize }
    public var kind: Kind
    public var relations: [String]
    public var parameters: [String: String]
    public var location: SourceLocation
    /// Where each of `relations` is named (filled by the parser; may be
    /// empty for directives built in code, then `location` stands for all).
    public var relationLocations: [SourceLocation] = []

    public init(kind: Kind, relations: [String], parameters: [String: String] = [:], location: SourceLocation) {
        self.kind = kind
        self.relations = relations
        self.parameters = parameters
        self.location = location
    }
}

/// `head :- body.`; a fact when `body` is empty. Soufflé's multi-head rules
/// (`a(x), b(x) :- c(x).`) are parsed into one rule per head, and a body
/// with a top-level `;` (`a(x) :- b(x) ; c(x).`) into one rule per
/// alternative (each located at its head).
public struct Rule: Sendable, Hashable {
    public var head: Atom
    public var body: [Literal]
    public var location: SourceLocation

    public init(head: Atom, body: [Literal], location: SourceLocation) {
        self.head = head
        self.body = body
        self.location = location
    }

    public var isFact: Bool { body.isEmpty }
}

/// `?- atom.` or `atom?`.
public struct Query: Sendable, Hashable {
    public var atom: Atom
    public var location: SourceLocation

    public init(atom: Atom, location: SourceLocation) {
        self.atom = atom
        self.location = location
    }
}

/// `relation(term, ...)`.
public struct Atom: Sendable, Hashable {
    public var relation: String
    public var arguments: [Term]
    public var location: SourceLocation

    public init(relation: String, arguments: [Term], location: SourceLocation) {
        self.relation = relation
        self.arguments = arguments
        self.location = location
    }
}

/// One literal of a rule body.
public struct Literal: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case atom(Atom)
        /// `!atom`
        case negated(Atom)
        /// `lhs op rhs`. The constraints `contains(a, s)` and `match(re, s)`
        /// arrive as `f(...) = 1` (`= 0` when negated with `!`), and Soufflé's
        /// `true` and `false` as `1 = 1` and `1 = 0`.
        case comparison(ComparisonOperator, Term, Term)
        /// `( a, b ; c )`: each alternative is a conjunction.
        case disjunction([[Literal]])
    }
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

public enum ComparisonOperator: String, Sendable, Hashable, CaseIterable {
    case equal = "=", notEqual = "!=", less = "<", lessOrEqual = "<=", greater = ">", greaterOrEqual = ">="
}

/// An argument or expression.
public struct Term: Sendable, Hashable {
    public indirect enum Kind: Sendable, Hashable {
        case variable(String)
        /// `_`
        case anonymous
        case string(String)
        case number(Int64)
        case float(Double)
        /// `-x`
        case negate(Term)
        case binary(ArithmeticOperator, Term, Term)
        /// `cat(a, b)`, `strlen(s)`, `substr(s, i, n)`, `contains(a, b)`,
        /// `match(re, s)`, `lower(s)`, `to_number(s)`, `to_string(n)`, ...
        case functor(String, [Term])
        case aggregate(Aggregate)
    }
    public var kind: Kind
    public var location: SourceLocation

    public init(_ kind: Kind, location: SourceLocation) {
        self.kind = kind
        self.location = location
    }
}

/// The binary operators of expressions, Soufflé's: arithmetic, `^` (power),
/// and the bitwise (`band`, `bor`, `bxor`, `bshl`, `bshr`, `bshru`) and
/// logical (`land`, `lor`, `lxor`) ones on numbers. The unary `bnot` and
/// `lnot` are functors.
public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%", power = "^"
    case bitAnd = "band", bitOr = "bor", bitXor = "bxor"
    case shiftLeft = "bshl", shiftRight = "bshr", shiftRightUnsigned = "bshru"
    case logicalAnd = "land", logicalOr = "lor", logicalXor = "lxor"

    /// Whether the operator takes numbers only (not floats).
    public var isIntegerOnly: Bool {
        switch self {
        case .add, .subtract, .multiply, .divide, .power: false
        default: true
        }
    }

    /// Binding strength, as in Soufflé's grammar: `lor` loosest, then `lxor`,
    /// `land`, `bor`, `bxor`, `band`, the shifts, `+ -`, `* / %`; `^`
    /// binds tighter than a unary minus and groups to the right.
    public var precedence: Int {
        switch self {
        case .logicalOr: 1
        case .logicalXor: 2
        case .logicalAnd: 3
        case .bitOr: 4
        case .bitXor: 5
        case .bitAnd: 6
        case .shiftLeft, .shiftRight, .shiftRightUnsigned: 7
        case .add, .subtract: 8
        case .multiply, .divide, .modulo: 9
        case .power: 10
        }
    }
}

/// `count : { body }`, `sum x : { body }`, `min x : { ... }`, `max`, `mean`.
public struct Aggregate: Sendable, Hashable {
    public enum Function: String, Sendable, Hashable, CaseIterable { case count, sum, min, max, mean }
    public var function: Function
    /// The aggregated expression; `nil` for `count`.
    public var target: Term?
    public var body: [Literal]

    public init(function: Function, target: Term?, body: [Literal]) {
        self.function = function
        self.target = target
        self.body = body
    }
}
