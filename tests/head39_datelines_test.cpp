// Datelines told from labels and read with their marks: a genre's label in capitals before a dash opening a
// standfirst ("INTERVIEW - ", "DÉCRYPTAGE - ", "KOMMENTAR - "), an interviewer's label opening the turns of an
// interview ("SPIEGEL: ..."), a place with the paper's own mark and a bar ("BERLIN taz | ..."), the day inside an
// agency's dateline ("WASHINGTON, 4 déc 2026 (AFP) - ...") and a closing tag with its day ("(APA, red, 3.12.2026)").
// Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "classify.hpp"
#include "press_datelines.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a genre's label in capitals before a dash is no dateline place", "[classify][dateline][head39]") {
    for (const char* paragraph : {
             "INTERVIEW - Invité de notre émission, l'ancien ministre dresse un bilan sévère du quinquennat.",
             "DÉCRYPTAGE - Le gouvernement veut réformer la taxe foncière avant la fin de l'année prochaine.",
             "ANALYSE - La majorité se divise sur le budget de la défense et les retraites des fonctionnaires.",
             "KOMMENTAR - Die Regierung hat beim Haushalt wieder einmal die falschen Prioritäten gesetzt.",
             "ANALYSIS - The governor's budget leans on one-off savings that will not come again next year.",
             "REPORTAJE - Los pescadores del puerto llevan tres semanas sin salir al mar por el temporal.",
         }) {
        INFO(paragraph);
        CHECK_FALSE(dateline_tag(paragraph));
    }
    // A place before the same dash is still a dateline.
    for (const char* paragraph : {
             "BORDEAUX - Le conseil municipal a voté jeudi soir le budget de la nouvelle ligne de tramway.",
             "WASHINGTON - The Senate voted late on Tuesday to extend the programme for another two years.",
         }) {
        INFO(paragraph);
        const auto tag = dateline_tag(paragraph);
        REQUIRE(tag);
        CHECK_FALSE(tag->place.empty());
    }
}

TEST_CASE("an interviewer's label opening later turns too is no dateline", "[classify][dateline][colon][head39]") {
    // The label's second turn printed as a heading (a short question), its third as a paragraph.
    const Section first{std::nullopt,
                        {"MAGAZIN: Frau Roe, die Werft hat im Sommer die Hälfte ihrer Aufträge verloren. Warum?",
                         "Roe: Weil die Reeder nicht mehr wissen, welche Regeln im nächsten Jahr gelten werden."}};
    const Section second{std::string("MAGAZIN: Und jetzt?"),
                         {"Roe: Jetzt warten alle auf die Entscheidung aus Brüssel, und das kann dauern."}};
    CHECK_FALSE(body_dateline({first, second}));
    const Section en{std::nullopt,
                     {"HERALD: Mr Roe, your shipyard lost half of its orders this summer. What went wrong?",
                      "Roe: The owners no longer know which rules will apply next year, so they wait.",
                      "HERALD: Will the new rules help the yard in the end?",
                      "Roe: Only if they come soon, and only if they hold for more than a year or two."}};
    CHECK_FALSE(body_dateline({en}));
    // A colon dateline with no later turn of the same head stays.
    const Section story{std::nullopt,
                        {"KARACHI: The port authority said on Monday it would dredge the eastern channel next year.",
                         "Roe: We have waited for this for a long time, the harbour master told reporters."}};
    const auto d = body_dateline({story});
    REQUIRE(d);
    CHECK(d->place == "KARACHI");
}

TEST_CASE("a place, the paper's own mark and a bar make a dateline", "[classify][dateline][head39]") {
    const auto tag = dateline_tag("HAMBURG taz | Rund 200 Beschäftigte der Werft haben am Morgen vor dem Tor gestreikt.");
    REQUIRE(tag);
    CHECK(tag->place == "HAMBURG");
    CHECK(tag->raw == "HAMBURG taz |");
    for (const char* paragraph : {
             // a menu's items joined by bars
             "POLITIK | Wirtschaft | Kultur | Sport | Wissen | Reise und mehr aus der Region",
             // a word in capitals and a bar, no mark
             "NEWS | The council voted on Tuesday to close the old harbour bridge for repairs.",
             // a mark of capitals
             "BERLIN TAZ | Rund 200 Beschäftigte der Werft haben am Morgen vor dem Tor gestreikt.",
         }) {
        INFO(paragraph);
        const auto none = dateline_tag(paragraph);
        CHECK((!none || none->place.empty()));
    }
}

TEST_CASE("a closing agency tag with the day it was filed", "[classify][agency][head39]") {
    CHECK(agency_tag("(APA, red, 3.12.2026)").value_or(std::vector<std::string>{}) == std::vector<std::string>{"apa"});
    CHECK(agency_tag("(dpa, 03/12/2026)").value_or(std::vector<std::string>{}) == std::vector<std::string>{"dpa"});
    // not a day: a figure alone, or a time
    CHECK_FALSE(agency_tag("(APA, red, 2026)"));
    CHECK_FALSE(agency_tag("(Kapitel 3.12.2026)"));
}

namespace {

// A page of a menu, a headline, the text's first paragraph (`opening`) and two more paragraphs.
std::string page_of(const char* headline, const char* opening) {
    return std::string("Home\nWorld\n") + headline + "\n" + opening +
           "\nThe two sides will meet again at the end of the month.\nNo other date has been set so far.\n";
}

} // namespace

TEST_CASE("the day in an agency's dateline is the record's when the page prints no other", "[classify][dates][head39]") {
    const Article a = parse(page_of("Les Etats-Unis et l'Ukraine reprennent leurs discussions à Genève",
                                    "WASHINGTON, 4 déc 2026 (AFP) - Les Etats-Unis et l'Ukraine vont reprendre leurs "
                                    "discussions la semaine prochaine à Genève, a annoncé jeudi le département d'Etat."));
    CHECK(a.published.value_or("") == "2026-12-04");
    CHECK(a.dateline.value_or("") == "WASHINGTON");
    const Article b = parse(page_of("Werft in Kiel streicht jede dritte Stelle",
                                    "Kiel, 3. Dezember 2026 (dpa) - Die Werft an der Förde will bis zum Sommer jede "
                                    "dritte Stelle streichen, wie ein Sprecher am Donnerstag mitteilte."));
    CHECK(b.published.value_or("") == "2026-12-03");
    // No year in the dateline: no day read.
    const Article c = parse(page_of("Talks on the harbour treaty to resume next week",
                                    "GENEVA, Dec 4 (Reuters) - Talks on the harbour treaty will resume next week in "
                                    "Geneva, the two delegations said in a joint statement on Thursday."));
    CHECK_FALSE(c.published);
}
