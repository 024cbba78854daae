// A title over a long standfirst signed by the byline or the author's name under it: the standfirst sums the
// article and shares more of its words than the title, but the line right over it (longer than a kicker's label, no
// stop) is the headline and the standfirst the lede. A label of a few words over a long signed title stays its kicker.
// Invented pages.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"
#include "headline_rows.hpp"

#include <string>

namespace {

const char* const en_page = R"(Skip to main content
Sign in
The Harbour Ledger - Back to home
News
Opinion
Sport
Housing
Commuters brace for dearer crossings in the new year
Average fares on the island routes will rise 12% from January, with the steepest increases on the night crossings to the mainland
Ruth Alder
Tue 24 Nov 2026 06.00 GMT
Last modified on Tue 24 Nov 2026 09.15 GMT
Share
A ferry leaves the island's harbour at dawn. Photograph: Tom Baker/The Harbour Ledger
Ferry fares on the island routes will rise by an average of 12% from January, the operators said on Tuesday, blaming the cost of fuel.
The night crossings to the mainland will see the steepest increases, with some fares rising by a fifth.
"We have held fares for two years, but fuel now costs us twice what it did," said the operators' spokesman, Ben Vale.
Island councillors said the rises would hit families who cross every day for work and school.
)";
const char* const en_title = "Commuters brace for dearer crossings in the new year";
const char* const en_standfirst = "Average fares on the island routes will rise 12% from January, with the steepest "
                                  "increases on the night crossings to the mainland";

// The English page with a label of two words where the title stood.
std::string under_label(std::string page) {
    page.replace(page.find(en_title), std::string(en_title).size(), "Island ferries");
    return page;
}

} // namespace

TEST_CASE("a title over a long signed standfirst is the headline", "[headline][lede][head29]") {
    const archive::test::HeadRow rows[] = {
        {en_page, "Housing", en_title, en_standfirst},
        {R"(Zum Inhalt springen
Anmelden
Hafenblatt - Zur Startseite
Nachrichten
Meinung
Sport
Verkehr
Pendler auf den Inselrouten müssen bald tiefer in die Tasche greifen
Die Preise auf den Inselrouten steigen ab Januar im Schnitt um zwölf Prozent, am stärksten auf den Nachtfahrten zum Festland
Anna Muster
Di 24.11.2026 06.00 Uhr
Teilen
Die Fahrpreise auf den Inselrouten steigen ab Januar im Schnitt um zwölf Prozent, teilten die Reedereien am Dienstag mit und nannten die Treibstoffkosten als Grund.
Am stärksten steigen die Preise auf den Nachtfahrten zum Festland, manche Fahrkarten werden um ein Fünftel teurer.
"Wir haben die Preise zwei Jahre lang gehalten, aber der Treibstoff kostet uns heute doppelt so viel", sagte ein Sprecher der Reedereien.
Die Inselgemeinden sagten, die Erhöhung treffe vor allem Familien, die jeden Tag zur Arbeit und zur Schule übersetzen.
)", "Verkehr", "Pendler auf den Inselrouten müssen bald tiefer in die Tasche greifen",
         "Die Preise auf den Inselrouten steigen ab Januar im Schnitt um zwölf Prozent, am stärksten auf den "
         "Nachtfahrten zum Festland"},
        // a label of two words over the long signed line: its kicker, the long line the headline
        {under_label(en_page), "Island ferries", en_standfirst, ""},
    };
    archive::test::check_heads(rows);
}
