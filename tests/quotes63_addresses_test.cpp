// A web address alone in quote marks is nobody's words (UnitReader::names_no_one): the value of a key in a block of
// code that an article keeps ("\"home\": \"https://example.org/start\","), a link printed in quotes; the words around
// it, a speaker's name or a colon, change nothing. Words quoted around an address still are someone's.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "quote_checks.hpp"

#include <string>
#include <vector>

using namespace archive;
using namespace archive::quote_checks;

TEST_CASE("a web address alone in quote marks is nobody's words", "[quotes][filter]") {
    struct Row {
        const char* lang;
        std::vector<std::string> paragraphs;
        const char* address;
    };
    const Row rows[] = {
        {"en",
         {"A request to the index MUST be answered with a document whose context field names the schema, for instance:",
          "\"@context\": \"https://harbour.example.org/spec/index\","},
         "https://harbour.example.org/spec/index"},
        {"en", {"The mayor, Jane Roe, said: \"www.harbour-town.example.org\""}, "www.harbour-town.example.org"},
        {"de",
         {"Die Antwort auf eine Anfrage an den Ordner muss ein Dokument sein, dessen Feld den Aufbau nennt, etwa so:",
          "\"@context\": \"https://hafen.example.org/spec/ordner\","},
         "https://hafen.example.org/spec/ordner"},
        {"de", {"Die Bürgermeisterin Anna Berger sagte: „www.hafenstadt.example.org“"}, "www.hafenstadt.example.org"},
    };
    for (const auto& r : rows) {
        CAPTURE(r.address);
        CHECK(find_quote(extract_quotes(body(r.lang, r.paragraphs)), r.address) == nullptr);
    }
    // A sentence in quote marks that names an address is said.
    const std::vector<Quote> said = extract_quotes(
        body("en", {"\"Every timetable is online at www.harbour-town.example.org now,\" the mayor, Jane Roe, said."}));
    CHECK(find_quote(said, "Every timetable is online at www.harbour-town.example.org now") != nullptr);
}
