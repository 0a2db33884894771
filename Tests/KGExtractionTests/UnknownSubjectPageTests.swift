import Foundation
import KGGraph
import Testing
@testable import KGExtraction

/// A clinic's plain-text sheet about decitabine (`Fixtures/held-out-3/`)
/// that names a second drug, cedazuridine, as the subject of its own
/// sentence ("cedazuridine blocks cytidine deaminase"): the page's main drug
/// must not take that sentence over, and the combination is derived to
/// address the resistance the inhibited enzyme causes.
@Suite struct UnknownSubjectPageTests {
    @Test func decitabineClinicSheetInPlainText() throws {
        try HeldOutPageTests.check("../held-out-3/decitabine-clinic.txt", HeldOutPageTests.Expectations(
            found: [
                "decitabine HAS_BRAND_NAME DACOGEN",
                "decitabine IS_A hypomethylating agent",
                "decitabine USED_FOR myelodysplastic syndrome",
                "decitabine USED_FOR acute myeloid leukemia",
                "decitabine ACTIVATED_BY DCK",
                "decitabine INCORPORATED_INTO DNA",
                "cedazuridine INHIBITS CDA",
                "DCK down CONFERS_RESISTANCE_TO decitabine",
                "CDA up CONFERS_RESISTANCE_TO decitabine",
                "cedazuridine + decitabine ADDRESSES CDA up",
                "decitabine CAUSES_ADVERSE_EVENT fever",
                "decitabine CAUSES_ADVERSE_EVENT pneumonia",
            ],
            knownMisses: [
                "decitabine INHIBITS DNMT1",                    // "traps DNA methyltransferase 1"
                "decitabine CONTRAINDICATED_IN pregnancy",      // "Do not take decitabine if you are pregnant."
            ],
            wrong: [
                "decitabine INHIBITS CDA",
                "CDA down CONFERS_RESISTANCE_TO decitabine",
                "DCK up CONFERS_RESISTANCE_TO decitabine",
            ]))
    }
}
