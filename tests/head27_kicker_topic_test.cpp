// The label naming an event over the headline ("Fête de l'Escalade" / "Des milliers de Genevois ont défilé ..."):
// the text repeats the label's words and none of the title's, yet the title under it is the headline and the label
// its kicker. Every line is invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

TEST_CASE("a title under the label of the event the text retells is the headline", "[classify][headline][kicker]") {
    struct Row {
        const char* page;
        const char* kicker;
        const char* headline;
    };
    const std::vector<Row> rows = {
        {
         "Le Quotidien du Lac\n"
         "Région\n"
         "Suisse\n"
         "\n"
         "Nuit des Musées\n"
         "Des milliers de Lausannois ont visité les galeries du Flon\n"
         "\n"
         "La Nuit des Musées a séduit plus de visiteurs que jamais, selon les organisateurs.\n"
         "\n"
         "Jeanne Morel\n"
         "Publié le 22.06.2025 à 08h15\n"
         "\n"
         "1/6\n"
         "Les visiteurs devant le musée d'art.\n"
         "Laurent Girard\n",
         "Nuit des Musées", "Des milliers de Lausannois ont visité les galeries du Flon"},
        {
         "Seeblatt\n"
         "Region\n"
         "Schweiz\n"
         "\n"
         "Zürcher Knabenschiessen\n"
         "Tausende Besucher pilgerten trotz Regen zum Albisgütli\n"
         "\n"
         "Das Zürcher Knabenschiessen hat mehr Gäste angezogen als je zuvor, so die Organisatoren.\n"
         "\n"
         "Jana Roth\n"
         "Veröffentlicht am 22.10.2025, 08:15 Uhr\n"
         "\n"
         "1/6\n"
         "Die jungen Schützen am Knabenschiessen.\n"
         "Hans Keller\n",
         "Zürcher Knabenschiessen", "Tausende Besucher pilgerten trotz Regen zum Albisgütli"},
    };
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
    // A sentence closed by its stop under a short headline is its standfirst, not the title.
    const Article b = parse(
         "Le Quotidien du Lac\n"
         "Région\n"
         "\n"
         "Incendie au port\n"
         "Les pompiers sont intervenus toute la nuit avec douze véhicules.\n"
         "\n"
         "L'incendie au port a détruit un entrepôt. L'incendie au port a été maîtrisé vers six heures.\n"
         "\n"
         "Jeanne Morel\n"
         "Publié le 22.06.2025 à 08h15\n"
         "\n"
         "L'incendie au port n'a pas fait de blessés, selon la police cantonale.\n");
    CHECK(b.headline.value_or("") == "Incendie au port");
}
