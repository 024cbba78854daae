// "Von Lena Hartmann / 12.03.2026, 09.30 Uhr / • / 5 Min / Artikel zum Hören • 6 Min / Link kopieren / <caption> /
// Foto: … / <body>": the page's reading aids and buttons (page_chrome()) between the byline block and the lead
// picture do not push the title signed by them out of reach: the line over the picture's credit is its caption
// (Choice::title_over_date()), and those lines do not count in the title's distance to its article (score_title()).
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>

using namespace archive;

TEST_CASE("reading aids and buttons between the byline and the picture leave the title signed by them the headline",
          "[classify][headline][page_chrome][head35]") {
    struct Row {
        const char* page;
        const char* lang;
        const char* headline;
        const char* lede;
        const char* caption;
    };
    const Row rows[] = {
        {
        "DIE RUNDSCHAU\n"
        "Menü\n"
        "Politik\n"
        "Wirtschaft\n"
        "Kultur\n"
        "Sport\n"
        "Abo\n"
        "Anmelden\n"
        "Kieler Förde\n"
        "Bürgermeisterin stoppt das Hafenprojekt\n"
        "Die Stadt will keine neuen Schulden für den Hafen machen. Die Reeder sprechen von einem schweren Fehler.\n"
        "Von Lena Hartmann\n"
        "12.03.2026, 09.30 Uhr\n"
        "•\n"
        "5 Min\n"
        "Artikel zum Hören • 6 Min\n"
        "Zur Merkliste hinzufügen\n"
        "Link kopieren\n"
        "Bürgermeisterin Hartwig am Hafen\n"
        "Foto: Tim Brandt / dpa\n"
        "Kiel – Im Streit um den Ausbau des Hafens hat Bürgermeisterin Ute Hartwig das Projekt vorerst gestoppt. Die Kosten seien seit dem Frühjahr um ein Drittel gestiegen, sagte Hartwig am Mittwoch im Rathaus.\n"
        "Die Reeder reagierten verärgert. Der Hafen verliere ohne den Ausbau seine Kunden an die Konkurrenz, erklärte ihr Verband.\n"
        "Der Stadtrat will im April über das Projekt beraten. Bis dahin ruhen alle Arbeiten am Kai.\n",
        "de", "Bürgermeisterin stoppt das Hafenprojekt",
        "Die Stadt will keine neuen Schulden für den Hafen machen. Die Reeder sprechen von einem schweren Fehler.",
        "Bürgermeisterin Hartwig am Hafen"},
        {
        "THE HARBOUR POST\n"
        "Menu\n"
        "Politics\n"
        "Business\n"
        "Culture\n"
        "Sport\n"
        "Subscribe\n"
        "Sign in\n"
        "Kiel Fjord\n"
        "Mayor puts costly quay scheme on ice\n"
        "The city will take on no new debt for the port. Shipowners call the decision a grave mistake.\n"
        "By Lena Hartmann\n"
        "12 March 2026, 09:30\n"
        "•\n"
        "5 min read\n"
        "Listen to this article • 6 min\n"
        "Copy link\n"
        "Mayor Hartwig at the harbour\n"
        "Photo: Tim Brandt / Reuters\n"
        "KIEL – In the row over the expansion of the port, Mayor Ute Hartwig has halted the project for now. Its costs have risen by a third since the spring, Hartwig said on Wednesday at the town hall.\n"
        "Shipowners reacted angrily. Without the expansion the harbour will lose its customers to its rivals, their association said.\n"
        "The council will discuss the project in April. Until then all work on the quay is halted.\n",
        "en", "Mayor puts costly quay scheme on ice",
        "The city will take on no new debt for the port. Shipowners call the decision a grave mistake.",
        "Mayor Hartwig at the harbour"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.language == r.lang);
        CHECK(a.headline.value_or("") == r.headline);
        CHECK(a.lede.value_or("") == r.lede);
        REQUIRE(a.media.size() == 1);
        CHECK(a.media.front().caption.value_or("") == r.caption);
    }
}
