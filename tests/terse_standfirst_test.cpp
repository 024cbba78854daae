// Tests of the terse standfirst: a line in the headline's style (few small words, a comma or a figure, perhaps no
// final stop) right under the headline and over the byline or the date line is the lede, though its prose alone rates
// it bad. Every line is invented.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>

using namespace archive;

namespace {

struct Row {
    const char* language;
    const char* page;
    const char* lede; // the lede sought, or an empty string for none
};

} // namespace

TEST_CASE("a terse standfirst over the byline is the lede", "[classify][lede]") {
    const Row rows[] = {
        {"en",
         "Harbour council votes to close the old ferry terminal\n"
         "Commuters crowd hearing as council cites falling traffic, $3.1 million repair bill\n"
         "By Jane Roe\n"
         "Published: Apr 2, 2026 at 8:15 PM EDT\n"
         "The Harbour City Council voted 5-2 Wednesday night to close the old ferry terminal at the end of the "
         "summer season.\n"
         "About 900 daily riders will move to the new pier on the east side of the bay in the fall.\n",
         "Commuters crowd hearing as council cites falling traffic, $3.1 million repair bill"},
        {"de",
         "Stadtrat beschließt Schließung des alten Fähranlegers\n"
         "Pendler füllen Sitzungssaal, Verwaltung nennt sinkende Fahrgastzahlen, 3,1 Millionen Euro Sanierungsbedarf\n"
         "Von Anna Muster\n"
         "Der Stadtrat hat am Mittwochabend mit fünf zu zwei Stimmen beschlossen, den alten Fähranleger zum Ende der "
         "Saison zu schließen.\n"
         "Rund 900 Fahrgäste am Tag sollen im Herbst auf den neuen Anleger am Ostufer ausweichen.\n",
         "Pendler füllen Sitzungssaal, Verwaltung nennt sinkende Fahrgastzahlen, 3,1 Millionen Euro Sanierungsbedarf"},
        {"fr",
         "Le conseil municipal vote la fermeture de l'ancien embarcadère\n"
         "Salle comble, baisse de fréquentation, 3,1 millions d'euros de travaux: usagers inquiets\n"
         "Par Jeanne Morel\n"
         "Le conseil municipal a voté mercredi soir, par cinq voix contre deux, la fermeture de l'ancien embarcadère "
         "à la fin de la saison.\n"
         "Quelque 900 passagers par jour devront rejoindre le nouveau quai de la rive est à l'automne.\n",
         "Salle comble, baisse de fréquentation, 3,1 millions d'euros de travaux: usagers inquiets"},
    };
    // (The byline under the standfirst is read as ever: one author.)
    for (const auto& r : rows) {
        const Article a = classify(segment(r.page), r.language);
        INFO(r.language << ", authors: " << a.authors.size());
        CHECK(a.lede.value_or("") == r.lede);
        CHECK(a.authors.size() == 1);
    }
}

TEST_CASE("a terse line under the headline with body text under it is the lede only over longer paragraphs",
          "[classify][lede]") {
    // No byline nor date line sets the line apart: the paragraphs under it, half again as long as the line, part it
    // from the body (head93); under paragraphs of its own length it is the body's opening, or a line of the page.
    const Article a = classify(segment("Harbour council votes to close the old ferry terminal\n"
                                       "Commuters crowd hearing as council cites falling traffic, $3.1 million bill\n"
                                       "The Harbour City Council voted 5-2 Wednesday night to close the old ferry "
                                       "terminal at the end of the summer season.\n"
                                       "About 900 daily riders will move to the new pier on the east side of the bay "
                                       "in the fall.\n"),
                               "en");
    CHECK(a.lede.value_or("") == "Commuters crowd hearing as council cites falling traffic, $3.1 million bill");
    const Article near = classify(segment("Harbour council votes to close the old ferry terminal\n"
                                          "Commuters crowd hearing as council cites falling traffic, $3.1 million bill\n"
                                          "The Harbour City Council voted 5-2 Wednesday night to close the terminal.\n"
                                          "About 900 daily riders will move to the new pier in the fall.\n"),
                                  "en");
    CHECK_FALSE(near.lede);
}
