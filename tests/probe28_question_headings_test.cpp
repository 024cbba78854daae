// Tests of an explainer's question headings (heading_by_neighbours(), sections_build.cpp): under a section a question
// heads, the next question between two paragraphs heads the text below it, even a short sentence jusText rates bad.
// Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <string>
#include <vector>

using namespace archive;

using archive::test::check_heading_rows;

TEST_CASE("a question under a section a question heads heads the short text below it",
          "[sections][heading][probe28]") {
    check_heading_rows({
        {"en", R"(Home
Explainers
What is the new rent cap and who does it cover?
The law takes effect in January. Here is what tenants and landlords need to know about it.
By Tom Harris
What does the law do?
It limits annual rent increases to 3% for most private tenancies in the country.
Who is exempt?
New-build homes are exempt for the first ten years, as are holiday lets on the coast.
When does it start?
The cap applies to rent reviews from 1 January 2027.
)",
         {"What does the law do?", "Who is exempt?", "When does it start?"}},
        {"de", R"(Start
Erklärt
Was die neue Mietpreisbremse bedeutet und für wen sie gilt
Das Gesetz tritt im Januar in Kraft. Was Mieter und Vermieter jetzt darüber wissen müssen.
Von Tom Harris
Was regelt das Gesetz?
Es begrenzt die jährlichen Mieterhöhungen für die meisten privaten Wohnungen auf drei Prozent.
Wer ist ausgenommen?
Neubauten sind für die ersten zehn Jahre ausgenommen, ebenso die Ferienwohnungen an der Küste.
Ab wann gilt sie?
Die Bremse gilt ab dem 1. Januar 2027.
)",
         {"Was regelt das Gesetz?", "Wer ist ausgenommen?", "Ab wann gilt sie?"}},
        {"fr", R"(Accueil
Décryptage
Ce que change le plafonnement des loyers et qui est concerné
La loi entre en vigueur en janvier. Voici ce que les locataires et les propriétaires doivent savoir.
Par Tom Harris
Que prévoit la loi ?
Elle limite la hausse annuelle des loyers à 3 % pour la plupart des locations privées du pays.
Qui est exempté ?
Les logements neufs sont exemptés pendant dix ans, tout comme les locations de vacances sur la côte.
Quand entre-t-elle en vigueur ?
Le plafond vaut pour les baux signés dès 2027.
)",
         {"Que prévoit la loi ?", "Qui est exempté ?", "Quand entre-t-elle en vigueur ?"}},
    });
}

TEST_CASE("a question of the text under a heading that is no question stays text", "[sections][heading][probe28]") {
    // The section above is headed by a label, not a question: a question between two paragraphs is the writer's.
    check_heading_rows({
        {"en", R"(Home
News
Council delays vote on the harbour plan after a long debate
By Tom Harris
The council delayed its vote on the harbour plan on Tuesday after a debate of four hours.
The background
The plan would add two new quays and widen the channel for the ferries by next summer.
Who will pay for it?
The port says it will pay.
)",
         {"The background"}},
    });
}
