// Table-driven tests of the reading times written as a sentence to the reader (lexicon section reading_time: Polish
// "Ten tekst przeczytasz w 3 minuty", "you will read this text in 3 minutes"): a name over one is the author's, as
// over "11 min read", and the line is no headline.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <tuple>
#include <vector>

using namespace archive;

namespace {

const char* const pl_title = "Promy na zatoce czekają dłużej niż zwykle";
const char* const pl_sentence =
    "Promy odpłynęły rano później, ponieważ wiatr nad zatoką był silny i zimny, a ludzie długo czekali na nabrzeżu.";

Article pl_page(const std::string& under_title) {
    const std::string s = pl_sentence;
    const std::string page = std::string("Wiadomości\nKraj | Świat | Sport\n\n") + pl_title + "\n" + under_title +
                             "\n\n" + s + " " + s + "\n\n" + s + "\n\nUdostępnij\n";
    return classify(segment(page), "pl");
}

} // namespace

TEST_CASE("a name over a reading time told to the reader is the author's", "[classify][byline][reading_time]") {
    for (const char* reading : {"Ten tekst przeczytasz w 3 minuty", "Artykuł przeczytasz w 4 min."}) {
        INFO(reading);
        const Article a = pl_page(std::string("Anna Kowalska\n") + reading);
        CHECK(a.authors == std::vector<std::string>{"Anna Kowalska"});
        CHECK(a.headline == pl_title);
    }
    // The post's age before it on the line ("today, 10:42") still leaves it a reading time.
    CHECK(pl_page("Anna Kowalska\nDzisiaj, 10:42 Ten tekst przeczytasz w 1 minutę").authors ==
          std::vector<std::string>{"Anna Kowalska"});
}
