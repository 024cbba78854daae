// Kickers over the headline of Swiss and French pages: the label naming an event ("Fête de l'Escalade" / "Des
// milliers de Genevois ont défilé ..."), which the text repeats while it repeats none of the title's words, and the
// label under a subscribers' badge opening the head ("Abo" / "Streit um Hardbrücke" / <headline>). Every line is
// invented.
#include <catch2/catch.hpp>

#include "archive/archive.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* page;
    const char* kicker;
    const char* headline;
};

// Each page's record has the kicker and the headline its row gives.
void check_heads(const std::vector<Row>& rows) {
    for (const Row& r : rows) {
        INFO(r.page);
        const Article a = parse(r.page);
        CHECK(a.kicker.value_or("") == r.kicker);
        CHECK(a.headline.value_or("") == r.headline);
    }
}

} // namespace

TEST_CASE("a title under the label of the event the text retells is the headline", "[classify][headline][kicker]") {
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
    check_heads(rows);
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

TEST_CASE("the label under a subscribers' badge opening the head is the kicker", "[classify][kicker]") {
    const std::vector<Row> rows = {
        {
         "Seeblatt\n"
         "Region\n"
         "Schweiz\n"
         "Abo\n"
         "Anmelden\n"
         "\n"
         "Abo\n"
         "Streit um Seebrücke\n"
         "Stadt will zwei Spuren für Busse reservieren\n"
         "\n"
         "Der Stadtrat plant eine Busspur auf der Seebrücke. Der Gewerbeverband droht mit dem Referendum.\n"
         "\n"
         "Jana Roth\n"
         "Veröffentlicht am 12.03.2025, 06:30 Uhr\n"
         "\n"
         "Die Seebrücke ist eine der wichtigsten Verbindungen der Stadt. Täglich fahren dort über 40 000 Autos.\n"
         "\n"
         "Die Busbetriebe begrüssen den Plan, weil ihre Linien heute oft im Stau stehen.\n",
         "Streit um Seebrücke", "Stadt will zwei Spuren für Busse reservieren"},
        {
         "Le Quotidien du Lac\n"
         "Région\n"
         "Suisse\n"
         "Abonnés\n"
         "\n"
         "Abonnés\n"
         "Mobilité douce\n"
         "La Ville veut réserver deux voies aux bus\n"
         "\n"
         "La Municipalité prévoit une voie de bus sur le pont. Les commerçants menacent de lancer un référendum.\n"
         "\n"
         "Jeanne Morel\n"
         "Publié le 12.03.2025 à 06h30\n"
         "\n"
         "Le pont est l'un des axes principaux de la ville. Plus de 40 000 voitures y passent chaque jour.\n"
         "\n"
         "Les transports publics saluent le projet, car leurs lignes sont souvent bloquées dans les bouchons.\n",
         "Mobilité douce", "La Ville veut réserver deux voies aux bus"},
    };
    check_heads(rows);
}
