// The lines of code that only their neighbours show (mark_code_runs): a configuration file's section in capitals over
// its keys ("[Server]" / "Port=8080"), printed again in a second file, and the lines of a block between the bracket
// that opens it at a line's end and the bracket that closes it at a line's start ("module.exports = {" /
// "  entry: [\"./src/main.js\"]," / "};"). They stay in the article's text though the page prints them twice or they
// look like a label and its value; a page's data printed under its text does not pull the region down to it.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "code_runs.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::has_paragraph_starting;

namespace {

// mark_code_runs() of a page's lines, over code_line() of each.
std::vector<char> code_of(const std::string& page) {
    const std::vector<Block> blocks = segment(page);
    std::vector<char> code;
    for (const Block& b : blocks)
        code.push_back(code_line(b));
    mark_code_runs(blocks, code);
    return code;
}

} // namespace

TEST_CASE("a section of a configuration file over its keys, and a block between its brackets, are code", "[code]") {
    CHECK(code_of("[Server]\nPort=8080\n") == std::vector<char>{1, 1});
    CHECK(code_of("[log-level]\nlevel = debug\n") == std::vector<char>{1, 1});
    CHECK(code_of("module.exports = {\n  entry: [\"./src/main.js\"],\n  mode: \"production\",\n};\n") ==
          std::vector<char>{1, 1, 1, 1});
    CHECK(code_of("const routes = [\n  { path: \"/\", page: home },\n  { path: \"/about\", page: about }\n];\n") ==
          std::vector<char>{1, 1, 1, 1});
    // A label in square brackets over a line of words, a section over a blank line, a bracket left open, prose
    // under an opening bracket: none of them.
    CHECK(code_of("[Video]\nThe mayor opens the new bridge\n") == std::vector<char>{0, 0});
    CHECK(code_of("[Server]\n\nPort=8080\n") == std::vector<char>{0, 1});
    CHECK(code_of("Die Liste der Sieger (\nAnna Muster, Max Beispiel\n") == std::vector<char>{0, 0});
    CHECK(code_of("The committee named three winners (\nsee the list below for their names and towns\n).\n") ==
          std::vector<char>{0, 0, 0});
}

TEST_CASE("a tutorial keeps its code: a section printed twice, a key and its value inside braces", "[region][code]") {
    const std::string page = R"(Harbour Dev Notes
Tutorials
Running the tide logger as a service
By Jane Roe
The harbour office logs the tide gauge every minute, and the logger has to start again by itself after a power cut.
This tutorial turns the logger into a service of the system and adds a timer that checks it every hour.

Create the file /etc/tide/logger.conf for the logger itself:

[Server]
Port=8080
Folder=/var/log/tide

Then the file /etc/tide/checker.conf for the hourly check:

[Server]
Port=8081
Interval=3600

The web page that shows the tides is built with a small configuration:

module.exports = {
  entry: ["./src/tides.js"],
};

With both files in place the logger starts at boot, and the checker writes a line to the journal every hour.
If a line is missing in the morning, the office knows that the gauge stopped during the night and sends someone.
Share this tutorial
)";
    INFO(page);
    Article a = classify(segment(page), "en");
    CHECK(has_paragraph_starting(a, "Port=8080"));
    CHECK(has_paragraph_starting(a, "Port=8081"));
    for (const std::string line : {"[Server]", "entry: [\"./src/tides.js\"],", "};"}) {
        CAPTURE(line);
        CHECK(has_paragraph_starting(a, line));
        CHECK_FALSE(test::in_boilerplate(a, line));
    }
}

TEST_CASE("a page's data printed in braces under its text stays out of the article", "[region][code]") {
    const std::string page = R"(Harbour Town News
Ferries to run all winter
By Jane Roe
The ferry to the islands will run all winter for the first time, the council decided on Tuesday evening.
The service will cost the town about two million a year, which the council wants to share with the county.
Islanders have asked for a winter ferry for twenty years, and two of the three island schools had closed since.
The first winter boat leaves the eastern pier on the first Monday of November at seven in the morning.
Share this article
More from Harbour Town News
{
"@type": "NewsArticle",
"headline": "Ferries to run all winter",
"author": [{
"@type": "Person",
"name": "Jane Roe"
}]
}
Council votes on the new pier in March
Island school to reopen next year
)";
    INFO(page);
    Article a = classify(segment(page), "en");
    CHECK(has_paragraph_starting(a, "The first winter boat leaves"));
    for (const std::string line : {"{", "\"@type\": \"NewsArticle\",", "}]", "Island school to reopen next year"}) {
        CAPTURE(line);
        CHECK_FALSE(has_paragraph_starting(a, line));
    }
}
