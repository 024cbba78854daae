// "Thomas Käser, Seeländer Landbote", "Claire Monnier, La Gazette du Léman": a byline over the date line closed by the
// site's name, which the page prints alone at its top; the name is the outlet's, no author's. Invented pages.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("the site's name closing a byline over the date line is no author", "[classify][byline][head24]") {
    struct Row {
        const char* lang;
        const char* page;
        std::vector<std::string> authors;
    };
    const Row rows[] = {
        {"de",
         "Zum Inhalt springen\nSeeländer Landbote\nRegion Schweiz Welt Sport\nDie Fähre nach Erlach fährt wieder "
         "jeden Tag\nDer Kanton hat die Verbindung über den See für weitere zehn Jahre gesichert.\nThomas Käser, "
         "Seeländer Landbote\nPubliziert: 07.02.2024, 06:30\nDie Fähre zwischen Erlach und der Insel fährt ab März "
         "wieder jeden Tag, wie der Kanton am Dienstag mitteilte.\nIm Winter war der Betrieb auf die Wochenenden "
         "beschränkt, weil das Schiff in der Werft überholt wurde.\nDie Gemeinden am See hatten sich seit Jahren für "
         "einen täglichen Betrieb eingesetzt.\nDer Vertrag mit der Schifffahrtsgesellschaft läuft nun bis 2034.\n",
         {"Thomas Käser"}},
        {"fr",
         "Aller au contenu\nLa Gazette du Léman\nActualité Région Sports Culture\nLe bac de Nyon reprend du service "
         "tous les jours\nLe canton a garanti la liaison pour dix ans de plus.\nClaire Monnier, La Gazette du "
         "Léman\nPublié le 22 mai 2024 à 11h05\nLe bac entre Nyon et la rive française circulera de nouveau tous les "
         "jours dès mars, a annoncé le canton mardi.\nEn hiver, le service était limité aux week-ends, le bateau "
         "étant révisé au chantier naval.\nLes communes riveraines réclamaient depuis des années un service "
         "quotidien.\nLe contrat avec la compagnie de navigation court désormais jusqu'en 2034.\n",
         {"Claire Monnier"}},
        // a second author after the comma stays one: the page prints the name nowhere alone above
        {"en",
         "Skip to main content\nThe Harbour Post\nNews Politics Business Sport\nHarbour ferry to run every day "
         "again from March\nThe county has secured the crossing for another ten years.\nJane Roe, John Doe\n"
         "March 3, 2024\nThe ferry between the harbour and the island will run every day again from March, the "
         "county said on Tuesday.\nIn winter the service was cut to weekends while the boat was overhauled at the "
         "yard.\nThe villages on the bay had campaigned for years for a daily service.\nThe contract with the ferry "
         "company now runs until 2034.\n",
         {"Jane Roe", "John Doe"}},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        CHECK(classify(segment(r.page), r.lang).authors == r.authors);
    }
}
