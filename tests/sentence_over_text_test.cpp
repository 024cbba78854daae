// A sentence of the article's first lines that jusText rates near text, between the head's date line or an ad's
// label and a related link, took their class (bad) though the text goes on right under it: with only short lines and
// such sentences between it and a paragraph rated text, it is text too (boiler22 kind 7). A sentence over a comment's
// signature and date stays out. Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "body_checks.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::in_body;

namespace {

const char* const en_page = R"(Home
News
Sport

New marina opens to boats on the east quay

The berths can take boats of up to fifteen metres.

By Owen Tregarthen
March 12, 2026 8:15 am

Forty yachts sailed out of Porthkennack's new marina on Monday, two years behind schedule.

Advertisement

"We had almost given up on the place," said harbour master Gwen Pascoe.

Read more: Quay road to close for resurfacing

The marina has 180 berths and a fuel pontoon, and the harbour board expects it to be full by the start of the summer season.

Berth holders will pay the same fees as in the old basin for the first year, the board said in a statement on Monday.

Privacy policy
)";

} // namespace

TEST_CASE("a sentence rated near text between the date line, an ad's label and a link over the text is text",
          "[region][sentence_over_text]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> lines;
    };
    const std::vector<Row> rows = {
        {"en", en_page,
         {"Forty yachts sailed out of Porthkennack's new marina on Monday, two years behind schedule."}},
        {"pl", R"(Strona główna
Wiadomości
Sport

Nowa przystań jachtowa otwarta przy wschodnim nabrzeżu

Przystań pomieści łodzie o długości do piętnastu metrów.

Autor: Anna Kowalczyk
12 marca 2026, 08:15

W poniedziałek rano z nowej przystani wypłynęły pierwsze jachty. Budowa trwała trzy lata i kosztowała 40 mln zł.

Reklama

– Czekaliśmy na tę przystań bardzo długo – powiedziała kapitan portu Ewa Nowak.

Czytaj także: Remont nabrzeża potrwa do lata

Przystań ma 180 miejsc postojowych i stację paliw. Zarząd portu spodziewa się, że wszystkie miejsca zostaną zajęte jeszcze przed wakacjami.

Właściciele łodzi zapłacą w pierwszym roku takie same opłaty jak w starym basenie, poinformował zarząd w poniedziałek.

Polityka prywatności
)",
         {"W poniedziałek rano z nowej przystani wypłynęły pierwsze jachty. Budowa trwała trzy lata i kosztowała 40 mln zł.",
          "– Czekaliśmy na tę przystań bardzo długo – powiedziała kapitan portu Ewa Nowak."}},
    };
    for (const Row& r : rows) {
        INFO(r.lang);
        const Article a = parse(r.page);
        for (const std::string& line : r.lines) {
            INFO(line);
            CHECK(in_body(a, line));
        }
    }
}

TEST_CASE("a sentence over a comment's signature and its date stays out of the body", "[region][sentence_over_text]") {
    // The English row's page with a comment's signature and date for the ad's label.
    std::string page = en_page;
    page.replace(page.find("Advertisement"), std::string("Advertisement").size(), "– Owen T\nMarch 13, 2026 at 9:40");
    const Article a = parse(page);
    CHECK_FALSE(in_body(a, "Forty yachts sailed out of Porthkennack's new marina on Monday, two years behind schedule."));
}
