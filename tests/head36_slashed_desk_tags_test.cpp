// Closing tags of a text written from an agency's wire, slash-joined with no space:
// - "© SZ/dpa/van": after a copyright sign, the outlet's capitals before the agency, then the editor's initials (a
//   picture's credit, "© dpa", "© Reuters/Jane Roe", names no editor and stays no tag);
// - "ATS/Red.", "Red./ATS": the newsroom's abbreviation beside the agency, capitalised and with a full stop or not.
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_found_or_none;

namespace {

/// A closing tag's line and the agencies agency_tag() should read from it (empty: no tag).
struct TagRow {
    const char* line;
    std::vector<std::string> ids;
};

void check_tags(const std::vector<TagRow>& rows) {
    for (const TagRow& r : rows)
        check_found_or_none(r.line, agency_tag(r.line), r.ids);
}

} // namespace

TEST_CASE("a copyright sign before an outlet, an agency and an editor's initials is the agency's tag",
          "[classify][tags][agency][head36]") {
    check_tags({
        {"© SZ/dpa/van", {"dpa"}},      // de: outlet, agency, editor
        {"© HB/sda/kfr", {"sda"}},      // de-CH
        {"© GP/AFP/jb", {"afp"}},       // fr
        {"© CdT/ANSA/red", {}},         // an outlet not in capitals is no desk's initials: no tag
        {"(c) EFE/jrs", {"efe"}},       // es: the sign typed as "(c)"
        {"© dpa", {}},                  // a picture's credit
        {"© Reuters/Jane Roe", {}},     // a picture's credit with the photographer
        {"© APA/AP", {}},               // two agencies selling a picture, no editor
        {"SZ/dpa", {}},                 // the outlet's capitals before the agency need the editor's initials
    });
}

TEST_CASE("the newsroom's abbreviation beside an agency in a slashed tag keeps the agency",
          "[classify][tags][agency][head36]") {
    check_tags({
        {"ATS/Red.", {"ats"}},  // it-CH: the agency, then the desk
        {"ATS/Red", {"ats"}},   // it-CH: no full stop
        {"Red./ATS", {"ats"}},  // it-CH: the desk first
        {"dpa/Red.", {"dpa"}},  // de
        {"AFP/Red.", {"afp"}},  // fr
        {"Red./Foto", {}},      // no agency
        {"Red./Rot", {}},       // no agency
    });
}
