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
/// (`a(x), b(x) :- c(x).`) are parsed into one rule per head.
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
        /// `lhs op rhs`
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

public enum ArithmeticOperator: String, Sendable, Hashable, CaseIterable {
    case add = "+", subtract = "-", multiply = "*", divide = "/", modulo = "%"
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
