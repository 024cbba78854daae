// "ani/jbe", "efe/mrt": an editor's initials joined by a slash, the first ones spelling an agency's id in small
// letters, though that agency's tag is printed in capitals ("ANI", "EFE"): no agency tag. A piece naming an agency
// surely (in capitals, or one whose tag is printed in small letters, "dpa", "ats") keeps the tag, and with it the
// other agencies in small letters ("ats/afp"). Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "rows.hpp"

#include <string>
#include <vector>

using namespace archive;
using archive::test::check_found_or_none;

TEST_CASE("initials in small letters that spell an agency's id are no tag without a sure agency beside them",
          "[classify][tags][agency][head35]") {
    struct Row {
        const char* line;
        std::vector<std::string> ids; // empty: no tag
    };
    const std::vector<Row> rows = {
        {"ani/jbe", {}},              // de: two editors' initials, the first ANI's id
        {"efe/mrt", {}},              // es: the same with EFE's
        {"afp/lch", {}},              // fr: AFP's id in small letters, alone it is no tag either ("afp")
        {"mlk/dpa", {"dpa"}},         // de: the editor, then an agency printed in small letters
        {"ats/afp", {"ats", "afp"}},  // fr-CH: a sure agency, then another in small letters
        {"jbe/ANI", {"ani"}},         // en: the agency in capitals after the initials
        {"EFE/mrt", {"efe"}},         // es
    };
    for (const Row& r : rows)
        check_found_or_none(r.line, agency_tag(r.line), r.ids);
}
