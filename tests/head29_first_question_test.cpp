// An explainer with no standfirst: its first question right under the byline opens the series of question headings
// (each a short line between sentences of the answers) and heads the first answer, as the others do; it is no deck.
// A question under the headline over plain text, with no question after it, stays the text's first line. Invented
// pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

using archive::test::check_heading_rows;

TEST_CASE("an explainer's first question right under the byline heads its answer", "[sections][heading][head29]") {
    check_heading_rows({
        {"en", R"(Home
News
What is the new ferry pass and who can use it?
By Tom Harris
What does the pass cover?
It covers every crossing of the harbour ferry for a month, at any hour of the day.
Who can buy it?
Anyone living in the county can buy it at the pier or online from next week.
How much does it cost?
The pass costs forty pounds a month, half of that for pupils and pensioners.
)",
         {"What does the pass cover?", "Who can buy it?", "How much does it cost?"}},
        {"de", R"(Start
Nachrichten
Was der neue Fährpass bringt und wer ihn nutzen kann
Von Tom Harris
Was deckt der Pass ab?
Er gilt einen Monat lang für jede Überfahrt mit der Hafenfähre, zu jeder Tageszeit.
Wer kann ihn kaufen?
Alle Einwohner des Landkreises können ihn ab nächster Woche am Anleger oder im Netz kaufen.
Was kostet er?
Der Pass kostet vierzig Euro im Monat, für Schüler und Rentner die Hälfte.
)",
         {"Was deckt der Pass ab?", "Wer kann ihn kaufen?", "Was kostet er?"}},
        {"fr", R"(Accueil
Actualité
Ce que change le nouveau passe du bac et qui peut l'utiliser
Par Tom Harris
Que couvre le passe ?
Il couvre toutes les traversées du bac du port pendant un mois, à toute heure.
Qui peut l'acheter ?
Tous les habitants du département pourront l'acheter au quai ou en ligne dès la semaine prochaine.
Combien coûte-t-il ?
Le passe coûte quarante euros par mois, moitié prix pour les élèves et les retraités.
)",
         {"Que couvre le passe ?", "Qui peut l'acheter ?", "Combien coûte-t-il ?"}},
    });
}

TEST_CASE("a question under the headline over plain text is no heading", "[sections][heading][head29]") {
    check_heading_rows({
        {"en", R"(Home
News
Harbour ferry to run all night from next month
By Tom Harris
Will the night ferry be worth the cost to the town?
The council voted on Tuesday to run the harbour ferry through the night from the first of next month.
The night crossings will cost the town about two hundred thousand pounds a year, the council said.
Shop owners near the pier welcomed the plan, which they said would bring more visitors in the evening.
)",
         {}},
    });
}
