// "Neue Brücke soll Radfahrer" / "über den Kanal führen": a title broken over two lines, as a print or a PDF prints it
// (the first half closed by no stop, the second opening in small letters, no blank line between), is one headline; its
// kicker stands over the first half. A title over a line in small letters that goes on with no title ("zum Vergrößern
// anklicken", a picture's hint) is not joined to it. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

namespace {

const char* const de_text = "Ab Frühjahr verbindet ein Steg aus Holz die beiden Ufer am Hafen\nVon Jonas Keller\n\n"
                            "Hafenstadt. Die Stadt will den Kanal am Hafen künftig mit einer Brücke für Radfahrer und "
                            "Fußgänger überqueren. Der Bauausschuss hat am Mittwoch die Mittel freigegeben.\n\n"
                            "„Damit sparen viele Pendler den Umweg über die Schleuse“, sagte Baudezernent Paul Ebert. "
                            "Die Brücke kostet rund 2,1 Millionen Euro.\n\n"
                            "Kritik kommt von den Anwohnern am Kai, die mehr Lärm befürchten.\n";

const char* const en_text = "A timber deck will link the two banks of the harbour from March\nBy Jonas Keller\n\n"
                            "Haventon. The town will span the canal at the harbour with a bridge for cyclists and "
                            "walkers. The planning committee released the money on Wednesday.\n\n"
                            "\"It saves commuters the long way round by the lock,\" said Paul Ebert, the head of "
                            "planning. The bridge will cost about 2.1 million pounds.\n\n"
                            "People living on the quay fear more noise.\n";

} // namespace

TEST_CASE("a headline broken over two lines is one headline", "[headline][head42]") {
    struct Row {
        std::string page;
        const char* headline;
        const char* kicker;
    };
    const Row rows[] = {
        {std::string("LOKALES\nNeue Brücke soll Radfahrer\nüber den Kanal führen\n") + de_text,
         "Neue Brücke soll Radfahrer über den Kanal führen", "LOKALES"},
        {std::string("LOCAL\nNew footbridge to carry cyclists\nacross the canal by spring\n") + en_text,
         "New footbridge to carry cyclists across the canal by spring", "LOCAL"},
        // The title on one line, a picture's hint under it: not joined.
        {std::string("LOKALES\nNeue Brücke soll Radfahrer über den Kanal führen\nzum Vergrößern anklicken\n") + de_text,
         "Neue Brücke soll Radfahrer über den Kanal führen", "LOKALES"},
    };
    for (const Row& r : rows) {
        INFO(r.headline);
        const Article a = parse(r.page);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.kicker.value_or("") == r.kicker);
    }
}

TEST_CASE("a line closing on a word broken by a hyphen is no title's first half", "[headline][head42]") {
    // A PDF's text wrapped with hyphens, no blank line: the deck's broken lines are not joined as a title.
    const Article a = parse("LOKALES\nNeue Brücke soll Radfahrer\nüber den Kanal führen\n"
                            "Ab Frühjahr verbindet ein Holz-\nsteg die beiden Ufer im Halb-\nstundentakt\nVon Jonas Keller\n"
                            "Hafenstadt. Die Stadt und die Gemeinde Nordau wol-\n"
                            "len den Kanal künftig mit einer hölzernen Brü-\n"
                            "cke verbinden. Der Bauausschuss hat am Mittwoch die Mittel für den\n"
                            "Steg freigegeben. Zwei Minuten dauert der Weg, die\n"
                            "Brücke bietet Platz für Radfahrer und Fußgänger zugleich.\n");
    CHECK(a.headline.value_or("").find("- ") == std::string::npos);
}
