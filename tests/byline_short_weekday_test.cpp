// The authors' names alone on a line under the standfirst, over the page's date line that opens with the weekday's
// short form ("wo 3 dec 2026 om 09.14", "Mi., 3. Dez. 2026", "mer. 3 déc. 2026"): the names are the byline, two of
// them joined by the language's "and" ("en", "und", "et"), a capitalised particle inside a name ("Van Damme", "De
// Smet") or none; and the standfirst over them is the lede. Under the text's last paragraph they sign nothing so.
// Invented lines, pages without blank lines.
#include <catch2/catch.hpp>

#include "classify.hpp"
#include "pipeline.hpp"

#include <string>
#include <vector>

using namespace archive;

namespace {

struct Row {
    const char* lang;
    const char* head;   // the menu and the headline
    const char* lede;   // the standfirst
    const char* names;  // the names line
    const char* date;   // the date line
    const char* body;   // the text
    std::vector<std::string> authors;
};

const char* const body_nl = "Rond zes uur merkten werknemers van de haven water op in de kelder van het kantoorgebouw aan de kade.\n"
                            "Uit voorzorg werd het gebouw volledig ontruimd en werd de straat voor het verkeer afgesloten.\n"
                            "De brandweer pompte de hele ochtend water weg en kon het lek tegen de middag dichten.\n"
                            "Volgens de stad is er geen gevaar voor de stabiliteit van het gebouw of van de kademuur.\n";
const char* const body_de = "Gegen sechs Uhr bemerkten Angestellte des Hafens Wasser im Keller des Bürogebäudes am Kai.\n"
                            "Vorsorglich wurde das Gebäude vollständig geräumt und die Strasse für den Verkehr gesperrt.\n"
                            "Die Feuerwehr pumpte den ganzen Morgen Wasser ab und konnte das Leck gegen Mittag abdichten.\n"
                            "Laut der Stadt besteht keine Gefahr für die Stabilität des Gebäudes oder der Kaimauer.\n";
const char* const body_fr = "Vers six heures, des employés du port ont remarqué de l'eau dans la cave de l'immeuble de bureaux du quai.\n"
                            "Par précaution, le bâtiment a été entièrement évacué et la rue fermée à la circulation.\n"
                            "Les pompiers ont pompé l'eau toute la matinée et ont pu colmater la fuite vers midi.\n"
                            "Selon la ville, il n'y a aucun danger pour la stabilité du bâtiment ou du mur du quai.\n";

std::string page_of(const Row& r) {
    return std::string(r.head) + "\n" + r.lede + "\n" + r.names + "\n" + r.date + "\n" + r.body;
}

} // namespace

TEST_CASE("names over a date line opening with the weekday's short form are the byline", "[classify][byline][weekday]") {
    const char* const head_nl = "Nieuws\nRegio\nSport\nLek in kantoorgebouw aan de kade: gebouw ontruimd";
    const char* const lede_nl = "Een lek in de kelder heeft het kantoorgebouw aan de kade woensdagochtend urenlang lamgelegd.";
    const Row rows[] = {
        {"nl", head_nl, lede_nl, "Pieter Van Damme en Sofie Claes", "wo 3 dec 2026 om 09.14", body_nl,
         {"Pieter Van Damme", "Sofie Claes"}},
        {"nl", head_nl, lede_nl, "Pieter Janssens en Sofie De Smet", "wo 3 dec 2026 om 09.14 - Bijgewerkt om 15.47",
         body_nl, {"Pieter Janssens", "Sofie De Smet"}},
        {"nl", head_nl, lede_nl, "Pieter Janssens en Sofie Claes", "ma 1 dec 2026", body_nl,
         {"Pieter Janssens", "Sofie Claes"}},
        {"de", "News\nRegion\nSport\nLeck im Bürogebäude am Kai: Gebäude geräumt",
         "Ein Leck im Keller hat das Bürogebäude am Kai am Mittwochmorgen stundenlang lahmgelegt.",
         "Anna Muster und Max Roe", "Mi., 3. Dez. 2026", body_de, {"Anna Muster", "Max Roe"}},
        {"fr", "Actualités\nRégion\nSports\nFuite dans un immeuble du quai : le bâtiment évacué",
         "Une fuite dans la cave a paralysé l'immeuble de bureaux du quai pendant des heures mercredi matin.",
         "Jeanne Morel et Paul Roux", "mer. 3 déc. 2026", body_fr, {"Jeanne Morel", "Paul Roux"}},
    };
    for (const Row& r : rows) {
        INFO(r.names << " / " << r.date);
        const Article a = classify(segment(page_of(r)), r.lang);
        CHECK(a.authors == r.authors);
        CHECK(a.lede.value_or("") == r.lede);
    }
}

TEST_CASE("names over a date line by its weekday sign the text only under its head", "[classify][byline][weekday]") {
    // Under the text's last paragraph the names and the date close the page's text, as they do over a date line
    // without the weekday: no byline read by the date line's shape.
    for (const char* date : {"wo 3 dec 2026 om 09.14", "3 dec 2026 om 09.14"}) {
        INFO(date);
        const std::string page = std::string("Nieuws\nRegio\nSport\nLek in kantoorgebouw aan de kade: gebouw ontruimd\n") +
                                 body_nl + "Pieter Janssens en Sofie Claes\n" + date + "\nMeer nieuws\n";
        CHECK(classify(segment(page), "nl").authors.empty());
    }
}
