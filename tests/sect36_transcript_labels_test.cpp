// An interview printed as a transcript whose asking label is the paper's name set in capitals, two or three words
// ("LANDBOTE ONLINE:", "THE HERALD:"), and whose answers are labelled by the full name once, then by the surname
// alone ("Martina Kessler:" then "Kessler:"): two speakers, so each question heads its answer; a cross-head between
// an answer and the next question heads too, in quotation marks or not (sections_transcript.cpp colon_key(),
// transcript_turns()). Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"
#include "test_pages.hpp"

#include <algorithm>
#include <string>
#include <vector>

using namespace archive;
using archive::test::check_heading_rows;
using archive::test::paragraphs_of;

namespace {

const char* const german = R"(Hafenpolitik
«Wir haben den Fluss zu lange vergessen»
Die Hafenmeisterin Martina Kessler über verschlammte Becken, leere Kais und das, was jetzt noch zu retten ist.
LANDBOTE ONLINE: Frau Kessler, die Stadt will den alten Hafen bis 2030 wiederbeleben. Ist das machbar?
Martina Kessler: Nur mit viel mehr Geld. Die Becken sind verschlammt, die Kais bröckeln, und seit Jahren hat niemand etwas repariert.
LANDBOTE ONLINE: Woran hat es gefehlt?
Kessler: Am Willen. Man hat jede teure Entscheidung auf den nächsten Stadtrat verschoben, über zwanzig Jahre lang.
LANDBOTE ONLINE: Der Bürgermeister verweist auf den neuen Radweg am Ufer.
Kessler: Der ist schön, aber er bringt kein einziges Schiff zurück. Ein Radweg ist noch kein Hafen.
»Ohne Bagger geht nichts«
LANDBOTE ONLINE: Was wäre der erste Schritt?
Kessler: Die Becken ausbaggern, und zwar alle drei, nicht nur das kleinste vor dem Rathaus.
LANDBOTE ONLINE: Was kostet das?
Kessler: Rund vier Millionen Euro. Das klingt nach viel, ist aber weniger als der Bau des Parkhauses damals.
)";

const char* const english = R"(Library
'We cannot keep the branch open on goodwill alone'
The chair of the library's friends on volunteers, heating bills and the council's promises.
THE HERALD: Ms Okafor, the council says the branch will stay open. Do you believe it?
Ruth Okafor: Not yet. We have heard that promise three times, and each time the opening hours were cut afterwards.
THE HERALD: Why are the hours shrinking?
Okafor: Because eleven volunteers cannot cover six days. Most of us are retired, and every one of us has a family.
THE HERALD: The council points to the new reading room.
Okafor: It is lovely, but a room does not open its own doors. Someone has to be there with the keys.
Money for a caretaker
THE HERALD: What would help most now?
Okafor: A paid caretaker for two days a week. That would cost less than the new signs on the bypass did.
'We close on Fridays'
THE HERALD: And if nothing changes?
Okafor: Then we close on Fridays from January, and probably on Thursdays by the summer as well.
)";

const char* const dutch = R"(Binnenvaart
'De sluis is veertig jaar te oud'
Sluiswachter Pieter Smit over lange wachtrijen, roestige deuren en de beloftes van de provincie.
NOORDER COURANT: Meneer Smit, de provincie zegt dat de sluis nog tien jaar meegaat. Klopt dat?
Pieter Smit: Nee. De deuren roesten door, en elke winter repareren we meer dan het jaar ervoor.
NOORDER COURANT: Hoe merken schippers dat?
Smit: Ze wachten soms drie uur voor de sluis. Vroeger was dat twintig minuten, hooguit een half uur.
NOORDER COURANT: De gedeputeerde belooft een nieuwe sluis.
Smit: Dat belooft hij al sinds 2019. Er ligt nog steeds geen tekening, en geen geld.
'Zonder nieuwe deuren stopt het'
NOORDER COURANT: Wat moet er nu als eerste gebeuren?
Smit: Nieuwe deuren, dit jaar nog. Anders moeten we de sluis op een dag gewoon dichtdoen.
)";

const char* const french = R"(Patrimoine
« Le phare ne tiendra pas dix ans de plus »
La gardienne Anne Morel explique pourquoi la tour se fissure et ce que la commune devrait faire.
LE COURRIER : Madame Morel, la commune dit que le phare est solide. Est-ce vrai ?
Anne Morel : Non. Les fissures s'élargissent chaque hiver, et l'escalier n'est plus sûr depuis deux ans.
LE COURRIER : Pourquoi rien n'a été fait ?
Morel : Parce que chaque devis a été repoussé au budget suivant. Cela dure depuis quinze ans.
LE COURRIER : Le maire parle d'une souscription publique.
Morel : C'est une bonne idée, mais elle ne suffira pas. Il faut aussi l'argent de la région.
« Il faut fermer la tour cet hiver »
LE COURRIER : Que proposez-vous maintenant ?
Morel : Fermer la tour au public cet hiver et commencer les travaux dès le printemps prochain.
)";

} // namespace

TEST_CASE("a paper's name in capitals and a surname after the full name label one transcript", "[classify][heading]") {
    check_heading_rows({
        {"de",
         german,
         {"LANDBOTE ONLINE: Frau Kessler, die Stadt will den alten Hafen bis 2030 wiederbeleben. Ist das machbar?",
          "LANDBOTE ONLINE: Woran hat es gefehlt?",
          "LANDBOTE ONLINE: Der Bürgermeister verweist auf den neuen Radweg am Ufer.", "»Ohne Bagger geht nichts«",
          "LANDBOTE ONLINE: Was wäre der erste Schritt?", "LANDBOTE ONLINE: Was kostet das?"}},
        {"en",
         english,
         {"THE HERALD: Ms Okafor, the council says the branch will stay open. Do you believe it?",
          "THE HERALD: Why are the hours shrinking?", "THE HERALD: The council points to the new reading room.",
          "Money for a caretaker", "THE HERALD: What would help most now?", "'We close on Fridays'",
          "THE HERALD: And if nothing changes?"}},
        {"nl",
         dutch,
         {"NOORDER COURANT: Meneer Smit, de provincie zegt dat de sluis nog tien jaar meegaat. Klopt dat?",
          "NOORDER COURANT: Hoe merken schippers dat?", "NOORDER COURANT: De gedeputeerde belooft een nieuwe sluis.",
          "'Zonder nieuwe deuren stopt het'", "NOORDER COURANT: Wat moet er nu als eerste gebeuren?"}},
        {"fr",
         french,
         {"LE COURRIER : Madame Morel, la commune dit que le phare est solide. Est-ce vrai ?",
          "LE COURRIER : Pourquoi rien n'a été fait ?", "LE COURRIER : Le maire parle d'une souscription publique.",
          "« Il faut fermer la tour cet hiver »", "LE COURRIER : Que proposez-vous maintenant ?"}},
    });
}

TEST_CASE("a surname matching no earlier label, or a sentence after an answer, reads as before",
          "[classify][heading]") {
    // A third name ("Brunner:", no earlier label ends in it) makes three speakers: no transcript, and the questions
    // head only as their shape says (a statement put as a question heads nothing).
    std::string third = german;
    third.replace(third.find("Kessler: Am Willen."), std::string("Kessler:").size(), "Brunner:");
    third.replace(third.find("Kessler: Der ist"), std::string("Kessler:").size(), "Brunner:");
    const Article a = classify(segment(third), "de");
    const auto headings = test::headings_of(a);
    CHECK(std::find(headings.begin(), headings.end(),
                    "LANDBOTE ONLINE: Der Bürgermeister verweist auf den neuen Radweg am Ufer.") == headings.end());

    // A line closed by its stop between an answer and the next question goes on with the answer: text, no heading.
    std::string more = english;
    const std::string after = "Someone has to be there with the keys.\n";
    const std::string sentence = "The friends have asked for a meeting in March.";
    more.insert(more.find(after) + after.size(), sentence + "\n");
    const Article b = classify(segment(more), "en");
    const auto paragraphs = paragraphs_of(b);
    CHECK(std::find(paragraphs.begin(), paragraphs.end(), sentence) != paragraphs.end());
    CHECK(test::headings_of(b).size() == 7);
}
