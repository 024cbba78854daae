// The text's last short lines (sect32): under the last paragraph, a short sentence of figures or a quotation that
// jusText rates below text ("Corn eased 0.2%, while soybeans were flat.", "“Fuel, crews, repairs: everything went
// up,” said Joan Miller.") is the text's own when a credit closes the text under it, or when it is a quotation with
// its speaker and verb of saying; a short sentence under such a quotation closes the text as under a paragraph.
// Invented lines.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "pipeline.hpp"
#include "region_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

const std::string en_credit = R"(Markets
Grain futures slip as harvest outlook improves
By Sam Holt
November 24, 2026
CHICAGO, Nov 24 - Wheat futures fell for a third session on Tuesday as forecasts of rain across the southern plains eased worries about the winter crop.
Traders said the weaker dollar had not been enough to draw buyers back into the market after last week's sharp rally.
Corn eased 0.2%, while soybeans were flat.
Reporting by Sam Holt; Editing by Anna White
Our Standards: The Trust Principles.
Read Next
)";

const std::string de_credit = R"(Wirtschaft
Getreidepreise geben nach guter Ernteprognose nach
Von Lukas Brenner
24. November 2026
Die Preise für Weizen an der Börse in Paris sind am Dienstag den dritten Tag in Folge gefallen, weil die Händler mit einer besseren Ernte im Süden des Landes rechnen.
Nach Angaben von Händlern reichte der schwächere Euro nicht aus, um die Käufer nach dem starken Anstieg der vergangenen Woche zurückzuholen.
Mais verlor 0,2 Prozent, Raps unverändert.
Mitarbeit: Anna Weiß
Weitere Artikel
)";

const std::string en_quote = R"(Menu
Ferry fares to rise in spring
Tom Carver
Nov 2, 2026
The harbour board voted on Monday night to raise ferry fares by a tenth from April, the first increase in six years, after a long debate over fuel costs.
Islanders who spoke at the meeting said the rise would hit families who cross every day for school and work on the mainland.
"Fuel, crews, repairs, insurance: everything went up, twice," said board member Joan Miller.
Comments
Most read
Harbour ferries return after storm
)";

const std::string de_quote = R"(Menü
Fährpreise steigen im Frühjahr
Von Tom Berger
2. November 2026
Der Hafenrat hat am Montagabend beschlossen, die Fährpreise ab April um ein Zehntel zu erhöhen, zum ersten Mal seit sechs Jahren, nach einer langen Debatte über die Kosten.
Inselbewohner sagten in der Sitzung, die Erhöhung treffe vor allem Familien, die jeden Tag zur Schule und zur Arbeit auf das Festland fahren.
„Treibstoff, Personal, Reparaturen, Versicherung: alles doppelt so teuer“, sagte Ratsmitglied Karin Roth.
Kommentare
Meistgelesen
Fähren fahren nach dem Sturm wieder
)";

} // namespace

TEST_CASE("sect32: a short sentence of figures over the credit closing the text is its last", "[sect32][sections]") {
    const test::KeptGoneCase cases[] = {
        {"en", en_credit, {"Traders said", "Corn eased 0.2%"}, {"Reporting by", "Read Next"}},
        {"de", de_credit, {"Nach Angaben", "Mais verlor 0,2 Prozent"}, {"Mitarbeit:", "Weitere Artikel"}},
        // (No credit under it: a line of figures past the last paragraph is no text the page vouches for.)
        {"en",
         test::replaced(en_credit, "Reporting by Sam Holt; Editing by Anna White\n", ""),
         {"Traders said"},
         {"Corn eased"}},
        {"de", test::replaced(de_credit, "Mitarbeit: Anna Weiß\n", ""), {"Nach Angaben"}, {"Mais verlor"}},
    };
    for (const auto& c : cases)
        test::check_kept_gone(c);
}

TEST_CASE("sect32: a quotation with its speaker closing the text is its last paragraph", "[sect32][sections]") {
    const test::KeptGoneCase cases[] = {
        {"en", en_quote, {"Islanders who", "\"Fuel, crews"}, {"Comments", "Most read"}},
        {"de", de_quote, {"Inselbewohner", "„Treibstoff, Personal"}, {"Kommentare", "Meistgelesen"}},
        // (No verb of saying: a list of words in quotation marks is no quotation of the text.)
        {"en",
         test::replaced(en_quote, "insurance: everything went up, twice,\" said board member Joan Miller.",
              "insurance, berth fees, harbour dues, pilots, tugs.\""),
         {"Islanders who"},
         {"\"Fuel, crews"}},
        {"de",
         test::replaced(de_quote, "Versicherung: alles doppelt so teuer“, sagte Ratsmitglied Karin Roth.",
              "Versicherung, Liegegebühren, Hafenabgaben, Lotsen.“"),
         {"Inselbewohner"},
         {"„Treibstoff"}},
    };
    for (const auto& c : cases)
        test::check_kept_gone(c);
}

TEST_CASE("sect32: the short sentence under a closing quotation closes the text", "[sect32][region]") {
    const test::KeptGoneCase cases[] = {
        {"en",
         test::replaced(en_quote,
                        "\"Fuel, crews, repairs, insurance: everything went up, twice,\" "
                        "said board member Joan Miller.",
                        "\"We are not done yet,\" said Joan Miller.\nThe new fares apply from April 1."),
         {"\"We are not done yet", "The new fares apply"},
         {"Comments", "Most read"}},
        {"de",
         test::replaced(de_quote,
                        "„Treibstoff, Personal, Reparaturen, Versicherung: alles doppelt so teuer“, "
                        "sagte Ratsmitglied Karin Roth.",
                        "„Wir sind noch nicht fertig“, sagte Karin Roth.\nDie neuen Preise gelten ab dem 1. April."),
         {"„Wir sind noch nicht fertig", "Die neuen Preise gelten"},
         {"Kommentare", "Meistgelesen"}},
    };
    for (const auto& c : cases)
        test::check_kept_gone(c);
}
