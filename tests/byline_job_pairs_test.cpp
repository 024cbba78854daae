// "Posted by Jane Roe, Staff Engineer, and Sam Vale, Software Engineer": a company's or a lab's blog names each author
// with a job in capitals (lexicon section job_title_words); the names go on after the first job (bylines.cpp).
#include <catch2/catch.hpp>

#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("authors named with a job in capitals each", "[byline]") {
    struct Row {
        const char* byline;
        std::vector<std::string> authors;
    };
    const std::vector<Row> rows = {
        {"Posted by Priya Nair, Staff Engineer, and Tomas Berg, Software Engineer", {"Priya Nair", "Tomas Berg"}},
        {"By Priya Nair, Research Scientist, and Tomas Berg, Product Designer", {"Priya Nair", "Tomas Berg"}},
        {"Von Anna Kessler, Leitende Ingenieurin, und Jan Roth, Softwareentwickler", {"Anna Kessler", "Jan Roth"}},
        // the job alone after the only name
        {"Posted by Priya Nair, Staff Engineer", {"Priya Nair"}},
    };
    for (const Row& r : rows) {
        INFO(r.byline);
        const std::string page = std::string("How we moved our test runners to a shared build cache\n\n") + r.byline +
                                 "\n\nLast spring our slowest pipeline took forty minutes from a push to a green "
                                 "check, and most of that time went into compiling files nobody had changed.\n\nThis "
                                 "post tells how we found the waste, what we tried first and what finally worked.\n";
        CHECK(parse(page).authors == r.authors);
    }
}
