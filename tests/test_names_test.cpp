// The test cases' own names. ctest runs each case by the name catch_discover_tests reads from the binary, and CMake
// splits that list on ';': a name holding one became two ctest entries matching no case, and ctest reported both
// as passed without running the case (eleven cases ran that way until the twenty-third session).
#include <catch2/catch.hpp>

#include <string>

TEST_CASE("no test case name holds a semicolon, which would keep ctest from running it", "[tests]") {
    std::string with_semicolon;  // the names, one a line: the check prints them when it fails
    for (const Catch::TestCase& test : Catch::getRegistryHub().getTestCaseRegistry().getAllTests()) {
        if (test.name.find(';') != std::string::npos) with_semicolon += test.name + '\n';
    }
    CHECK(with_semicolon == "");
}
